// Facebook (Meta Graph API) in the sandbox: the Login dialog, the code exchange, the fb_exchange_token
// long-lived exchange (60 days, no refresh token: re-authorization is the only renewal), and /me. Graph errors
// have Meta's shape: {"error": {"message", "type": "OAuthException", "code", "error_subcode", "fbtrace_id"}}.
// Paths may carry a version prefix (/v19.0/…) as real Graph calls do.

#include "SandboxServer.h"

#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace md::sandbox {

namespace {

constexpr int kShortLivedSeconds = 3600 * 2;
constexpr int kLongLivedSeconds = 60 * 86400;
const QString kVersion = u"(?:/v\\d+\\.\\d+)?"_s;

class Facebook final : public Provider {
public:
    explicit Facebook(SandboxServer& server)
        : m_server(server)
    {
    }

    void registerRoutes(SandboxServer& s) override
    {
        using M = QHttpServerRequest::Method;
        s.route(
            u"facebook.dialog"_s, M::Get, kVersion + u"/dialog/oauth"_s, [this](const Request& r) { return dialog(r); },
            this);
        s.route(
            u"facebook.decision"_s, M::Post, kVersion + u"/dialog/oauth/decision"_s,
            [this](const Request& r) { return decision(r); }, this);
        s.route(
            u"facebook.accessToken"_s, M::Get, kVersion + u"/oauth/access_token"_s,
            [this](const Request& r) { return accessToken(r); }, this);
        s.route(
            u"facebook.me"_s, M::Get, kVersion + u"/me"_s, [this](const Request& r) { return me(r); }, this);
    }

    void reset() override
    {
        const QList<std::pair<QString, QString>> people {{u"Atelier Côte-des-Neiges"_s, u"1000876543210001"_s},
                                                         {u"Marché Rosemont"_s, u"1000876543210002"_s}};
        for (const auto& [name, id] : people) {
            User u;
            u.provider = u"facebook"_s;
            u.id = QString::number(id.toLongLong() + qint64(m_server.config().seed));
            u.username = name;
            u.displayName = name;
            u.marketplaceId = u"FACEBOOK_MARKETPLACE"_s;
            m_server.addUser(u);
        }
    }

    void evolve(const QDateTime&) override { }

    Response errorResponse(int status, const QString& message) const override
    {
        return graphError(status == 401 ? 400 : status, message,
                          status == 401       ? 190
                              : status == 429 ? 4
                                              : 2,
                          status == 401 ? 463 : 0);
    }

private:
    Response graphError(int status, const QString& message, int code, int subcode) const
    {
        QJsonObject error {{u"message"_s, message},
                           {u"type"_s, code == 190 || code == 100 ? u"OAuthException"_s : u"GraphMethodException"_s},
                           {u"code"_s, code},
                           {u"fbtrace_id"_s, u"A%1"_s.arg(qHash(message), 0, 36)}};
        if (subcode)
            error.insert(u"error_subcode"_s, subcode);
        return Response::json(status, QJsonObject {{u"error"_s, error}});
    }

    Response dialog(const Request& r)
    {
        const QUrl redirect(r.query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        if (!m_server.config().clients.contains(r.query.queryItemValue(u"client_id"_s)) || !redirect.isValid() ||
            redirect.isRelative())
            return Response::html(400,
                                  u"<!doctype html><title>Facebook sandbox</title><h1>Invalid App ID or URL</h1>"_s);
        if (m_server.config().autoApprove)
            return approve(r.query, m_server.autoApprovedUser(u"facebook"_s, r.query));
        return m_server.consentPage(
            u"Facebook"_s, r.query.queryItemValue(u"client_id"_s),
            r.query.queryItemValue(u"scope"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts), r.query,
            u"facebook"_s, u"/dialog/oauth/decision"_s);
    }

    Response decision(const Request& r)
    {
        const auto decision = SandboxServer::readDecision(r);
        if (!decision.approved) {
            return SandboxServer::denied(QUrl(decision.original.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded)),
                                         decision.original.queryItemValue(u"state"_s, QUrl::FullyDecoded),
                                         {{u"error_code"_s, u"200"_s},
                                          {u"error_description"_s, u"Permissions error"_s},
                                          {u"error_reason"_s, u"user_denied"_s}});
        }
        return approve(decision.original, decision.userId);
    }

    Response approve(const QUrlQuery& query, const QString& userId)
    {
        if (!m_server.user(u"facebook"_s, userId))
            return Response::html(400, u"<h1>Unknown sandbox user</h1>"_s);
        AuthorizationCode code;
        code.provider = u"facebook"_s;
        code.userId = userId;
        code.clientId = query.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
        code.redirectUri = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
        code.scopes = query.queryItemValue(u"scope"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
        if (query.queryItemValue(u"code_challenge_method"_s) == "S256"_L1)
            code.codeChallenge = query.queryItemValue(u"code_challenge"_s, QUrl::FullyDecoded);
        code.expiresAt = m_server.now().addSecs(600);
        const QString text = m_server.issueCode(code, u"AQ"_s);
        QUrl target(code.redirectUri);
        QUrlQuery q(target);
        q.addQueryItem(u"code"_s, QString::fromLatin1(QUrl::toPercentEncoding(text)));
        q.addQueryItem(u"state"_s, query.queryItemValue(u"state"_s, QUrl::FullyDecoded));
        target.setQuery(q);
        target.setFragment(u"_=_"_s); // as Facebook appends to every redirect
        return Response::redirect(target);
    }

    Response accessToken(const Request& r)
    {
        const QString clientId = r.query.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
        if (!m_server.config().clients.contains(clientId) ||
            m_server.config().clients.value(clientId) != r.query.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded))
            return graphError(400, u"Error validating client secret."_s, 1, 0);
        const QDateTime now = m_server.now();
        QString userId;
        int lifetime = kShortLivedSeconds;
        QStringList scopes;
        if (r.query.queryItemValue(u"grant_type"_s) == "fb_exchange_token"_L1) {
            const Token* shortLived =
                m_server.token(r.query.queryItemValue(u"fb_exchange_token"_s, QUrl::FullyDecoded));
            if (!shortLived || shortLived->provider != "facebook"_L1 || shortLived->revoked ||
                shortLived->expiresAt <= now)
                return graphError(400, u"Error validating access token: The session is invalid."_s, 190, 460);
            userId = shortLived->userId;
            scopes = shortLived->scopes;
            lifetime = kLongLivedSeconds;
        } else {
            AuthorizationCode* code = m_server.code(r.query.queryItemValue(u"code"_s, QUrl::FullyDecoded));
            if (!code || code->provider != "facebook"_L1 || code->clientId != clientId)
                return graphError(400, u"Invalid verification code format."_s, 100, 0);
            if (code->used)
                return graphError(400, u"This authorization code has been used."_s, 100, 36009);
            if (code->expiresAt <= now)
                return graphError(400, u"This authorization code has expired."_s, 100, 36007);
            if (code->redirectUri != r.query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded))
                return graphError(400,
                                  u"Error validating verification code. Please make sure your redirect_uri is "
                                  "identical to the one you used in the OAuth dialog request"_s,
                                  100, 36008);
            code->used = true;
            if (!SandboxServer::pkceMatches(*code, r.query.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded)))
                return graphError(400, u"Invalid code verifier."_s, 100, 0);
            userId = code->userId;
            scopes = code->scopes;
        }
        const QString token = m_server.issueToken(
            {u"facebook"_s, userId, u"access"_s, clientId, scopes, now.addSecs(lifetime), false, 0}, u"EAAB"_s);
        return Response::json(
            200, QJsonObject {{u"access_token"_s, token}, {u"token_type"_s, u"bearer"_s}, {u"expires_in"_s, lifetime}});
    }

    Response me(const Request& r)
    {
        QString token = r.bearerToken();
        if (token.isEmpty())
            token = r.query.queryItemValue(u"access_token"_s, QUrl::FullyDecoded);
        QString userId;
        if (auto error = m_server.authorize(token, u"facebook"_s, *this, &userId))
            return *error;
        const User* u = m_server.user(u"facebook"_s, userId);
        return Response::json(200, QJsonObject {{u"id"_s, u->id}, {u"name"_s, u->displayName}});
    }

    SandboxServer& m_server;
};

} // namespace

Provider* makeFacebook(SandboxServer& server)
{
    return new Facebook(server);
}

} // namespace md::sandbox
