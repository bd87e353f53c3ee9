#pragma once

// marketdesk-sandbox: a local stand-in for the marketplaces, speaking their wire formats over loopback HTTP so
// that Marketdesk's real clients run against it with only base URLs changed. Tests and demo mode use it.

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>

#include <functional>
#include <random>

namespace md::sandbox {

/// One answer of the sandbox, before any fault is applied.
struct Response {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response json(int status, const QJsonValue& value);
    static Response xml(int status, const QByteArray& body);
    static Response html(int status, const QString& body);
    static Response redirect(const QUrl& location);
};

/// What a handler sees of a request.
struct Request {
    QHttpServerRequest::Method method;
    QUrl url;
    QUrlQuery query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< Lower-case names.
    QRegularExpressionMatch match; ///< Captures of the route's path pattern.

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QUrlQuery form() const; ///< application/x-www-form-urlencoded body.
    QJsonObject jsonBody() const;
    QString bearerToken() const; ///< The token of "Authorization: Bearer …", empty when absent.
};

/// A fault the sandbox injects on a route, for the next `remaining` matching requests (or all, when -1).
struct Fault {
    /// What goes wrong.
    enum class Kind {
        Latency, ///< Answer normally after `delayMs`.
        Hang, ///< Accept the request and never answer.
        Status, ///< Answer with `status` (500, 502, 503…) and a provider-shaped error body.
        RateLimit, ///< Answer 429 with Retry-After: `retryAfter` seconds.
        Truncated, ///< Promise the whole body (Content-Length) but send half, then close.
        Malformed, ///< Send a body that is not valid JSON/XML.
        Reset, ///< Send headers and part of the body, then reset the connection.
        WrongContentType ///< Send the body as text/html.
    };
    QString route; ///< Route name (e.g. "ebay.getOrders") or "*".
    Kind kind = Kind::Status;
    int status = 503;
    int delayMs = 0;
    int retryAfter = 1;
    int remaining = -1;

    static std::optional<Fault> fromJson(const QJsonObject& object, QString* error);
    QJsonObject toJson() const;
};

/// One received request, as the control API reports it (secrets masked).
struct LoggedRequest {
    qint64 sequence = 0;
    QString route;
    QString method;
    QString path;
    QString query;
    QJsonObject headers;
    QString body;
    int status = 0;
};

/// A change a client made on a marketplace (a shipment, a cancellation), recorded when the marketplace applied it:
/// tests read them (GET /_sandbox/actions) to prove that each of Marketdesk's actions was applied exactly once.
struct AppliedAction {
    qint64 sequence = 0;
    QString provider; ///< "ebay", "amazon", "shopify"
    QString action; ///< "ship", "cancel"
    QString orderId; ///< the marketplace's order id
    QString detail; ///< tracking number, cancel reason…
};

/// A sandbox user who can sign in on a consent page.
struct User {
    QString provider; ///< "ebay", "shopify", "amazon", "facebook".
    QString id; ///< Marketplace user id (eBay immutable userId, selling partner id…).
    QString username;
    QString displayName;
    QString marketplaceId;
    QString email;
};

/// An issued token.
struct Token {
    QString provider;
    QString userId;
    QString kind; ///< "access" or "refresh".
    QString clientId;
    QStringList scopes;
    QDateTime expiresAt; ///< Invalid: never expires.
    bool revoked = false;
    int calls = 0;
};

/// A pending authorization code.
struct AuthorizationCode {
    QString provider;
    QString userId;
    QString clientId;
    QString redirectUri;
    QStringList scopes;
    QString codeChallenge; ///< PKCE S256 challenge, when the client sent one.
    QDateTime expiresAt;
    bool used = false;
};

/// Sandbox settings (command line, or POST /_sandbox/config).
struct Config {
    quint64 seed = 1;
    int ordersPerUser = 40;
    int accessTokenSeconds = 7200; ///< eBay's 2 hours; the demo uses 1200 (20 minutes), so refreshes show.
    int refreshTokenSeconds = 47304000; ///< eBay's 18 months.
    int callLimitPerToken = 0; ///< 0: unlimited; above it, 429 with Retry-After.
    /// After every answer to an order listing (eBay getOrders, Amazon searchOrders, Shopify orders), the
    /// marketplace changes this many of that seller's orders (updated now), as a busy marketplace does between
    /// two pages of a client's pass. 0: orders change only as the clock moves.
    int churnPerListing = 0;
    /// The marketplace moves on as the clock does (new orders, payments clearing, shipments): false holds it
    /// still, for a test whose expectations must not depend on where the clock's ticks fall.
    bool movesOnOverTime = true;
    bool autoApprove = false; ///< Demo: consent pages approve at once as the first (or named) user.
    QDateTime epoch; ///< Seeded data is dated relative to this; invalid: the start time.
    QHash<QString, QString> clients; ///< client id → client secret.
    QHash<QString, QString> ruNames; ///< eBay RuName → accept URL.
};

class SandboxServer;

/// A set of routes for one marketplace.
class Provider {
public:
    virtual ~Provider() = default;
    virtual void registerRoutes(SandboxServer& server) = 0;
    /// Rebuilds the provider's state from the seed.
    virtual void reset() = 0;
    /// Lets time pass on the marketplace (new orders, shipments, cancellations) up to `now`.
    virtual void evolve(const QDateTime& now) = 0;
    /// The provider's error body for a status, as its API shapes errors.
    virtual Response errorResponse(int status, const QString& message) const = 0;
    /// The buyer (or the marketplace) cancels the order now, as happens while a seller is about to ship it;
    /// false when this provider has no such order (POST /_sandbox/cancel-order).
    virtual bool cancelOrder(const QString& orderId)
    {
        Q_UNUSED(orderId);
        return false;
    }

protected:
    /// Between two pages of a client's pass, the marketplace changes `config.churnPerListing` of the orders that
    /// `own` picks (the listing seller's), chosen at random, with `touch` (see Config::churnPerListing).
    template<typename Orders, typename Own, typename Touch>
    static void churn(SandboxServer& server, Orders& orders, Own own, Touch touch)
    {
        QList<typename Orders::value_type*> mine;
        for (auto& o : orders) {
            if (own(o))
                mine << &o;
        }
        for (qsizetype pick : churnPicks(server, mine.size()))
            touch(*mine.at(pick));
    }

private:
    static QList<qsizetype> churnPicks(SandboxServer& server, qsizetype count);
};

/// The HTTP server: a router, a request log, fault injection, a clock and the control API under /_sandbox/.
/// Listens on 127.0.0.1 only.
class SandboxServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<Response(const Request&)>;

    explicit SandboxServer(Config config, QObject* parent = nullptr);
    ~SandboxServer() override;

    /// Listens on 127.0.0.1 (port 0: any free port); returns the port, 0 on failure.
    quint16 start(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    /// Registers a route; `pattern` is a regular expression matched against the whole path.
    void route(const QString& name, QHttpServerRequest::Method method, const QString& pattern, Handler handler,
               Provider* provider);

    Config& config() { return m_config; }
    const Config& config() const { return m_config; }
    std::mt19937_64& random() { return m_random; }
    /// The sandbox's clock: real time plus an offset, or frozen (tests).
    QDateTime now() const;
    /// The moment seeded data is dated back from: --epoch, or the start time rounded down to the hour.
    QDateTime epoch() const { return m_epoch; }
    void advanceClock(qint64 seconds);

    QList<User> users(const QString& provider) const;
    void addUser(const User& user) { m_users << user; }
    const User* user(const QString& provider, const QString& id) const;

    /// Issues a token; the text looks like the provider's own tokens.
    QString issueToken(const Token& token, const QString& prefix);
    Token* token(const QString& text);
    /// Checks an access token for a provider: returns the provider's error response, or nullopt when it is good
    /// (and counts the call against the per-token limit).
    std::optional<Response> authorize(const QString& accessToken, const QString& provider, Provider& errors,
                                      QString* userId);
    /// Revokes every token of a user (the next refresh gets invalid_grant). Returns how many.
    int revokeUser(const QString& provider, const QString& userId);

    QString issueCode(const AuthorizationCode& code,
                      const QString& prefix = QStringLiteral("v^1.1#i^1#f^0#p^3#r^1#I^3#t^"));
    AuthorizationCode* code(const QString& text);
    /// Whether the PKCE verifier matches the code's S256 challenge (true when the code carries no challenge).
    static bool pkceMatches(const AuthorizationCode& code, const QString& verifier);

    /// A consent page: the app, the permissions asked, a choice of the provider's sandbox users, and Approve /
    /// Deny buttons posting `query` back to `action` with "decision" and "user".
    Response consentPage(const QString& marketplace, const QString& app, const QStringList& scopes,
                         const QUrlQuery& query, const QString& provider, const QString& action) const;
    /// With auto-approve: the user named by ?sandbox_user= (username), else the provider's first user.
    QString autoApprovedUser(const QString& provider, const QUrlQuery& query) const;

    /// What a consent page posted back: the decision, the chosen user, and the original authorize parameters.
    struct ConsentDecision {
        bool approved = false;
        QString userId;
        QUrlQuery original;
    };
    static ConsentDecision readDecision(const Request& request);
    /// The browser's way back after Deny: `target` plus state, error=access_denied and the provider's extras.
    static Response denied(QUrl target, const QString& state, const QList<QPair<QString, QString>>& extra = {});

    /// Random printable token text of `bytes` random bytes.
    QString randomText(int bytes);
    /// Re-seeds and rebuilds everything (POST /_sandbox/reset). Faults given with --fault survive a reset.
    void reset();
    /// Injects a fault (as POST /_sandbox/faults does).
    void addFault(const Fault& fault) { m_faults << fault; }
    /// Every request received so far, secrets masked (as GET /_sandbox/requests reports them).
    const QList<LoggedRequest>& requests() const { return m_log; }
    /// Records a change the marketplace applied (see AppliedAction).
    void recordAction(const QString& provider, const QString& action, const QString& orderId, const QString& detail);
    const QList<AppliedAction>& actions() const { return m_actions; }
    void clearFaults() { m_faults.clear(); }
    /// Every token and authorization code issued so far (tests search for them where they must not be).
    QStringList issuedSecrets() const { return m_tokens.keys() + m_codes.keys(); }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Route {
        QString name;
        QHttpServerRequest::Method method;
        QRegularExpression pattern;
        Handler handler;
        Provider* provider = nullptr;
    };

    void registerControlRoutes();
    void write(QTcpSocket* socket, const Response& response, const Fault* fault);
    std::optional<Fault> takeFault(const QString& route);
    void logRequest(const Request& request, const QString& route, int status);

    Config m_config;
    quint16 m_port = 0;
    std::mt19937_64 m_random;
    qint64 m_clockOffsetMs = 0;
    QDateTime m_epoch;
    QDateTime m_frozenAt;
    QList<Route> m_routes;
    QList<Provider*> m_providers;
    QList<User> m_users;
    QHash<QString, Token> m_tokens;
    QHash<QString, AuthorizationCode> m_codes;
    QList<Fault> m_faults;
    QList<LoggedRequest> m_log;
    QList<AppliedAction> m_actions;
    qint64 m_sequence = 0;
    QList<QPointer<QTcpSocket>> m_hung;
};

/// eBay (OAuth, Commerce Identity, Trading GetUser, Sell Fulfillment).
Provider* makeEbay(SandboxServer& server);
/// Amazon (Seller Central consent, Login with Amazon, Sellers, Orders 2026-01-01, Orders v0 shipment
/// confirmation).
Provider* makeAmazon(SandboxServer& server);
/// Facebook (Login dialog, code and long-lived token exchange, /me).
Provider* makeFacebook(SandboxServer& server);
/// Shopify (per-shop OAuth with HMAC-signed callbacks, Admin GraphQL shop/orders/fulfillmentCreate).
Provider* makeShopify(SandboxServer& server);

} // namespace md::sandbox
