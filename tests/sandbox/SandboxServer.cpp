#include "SandboxServer.h"

#include "logging/Redactor.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace md::sandbox {

namespace {

const QHash<int, QByteArray>& reasons()
{
    static const QHash<int, QByteArray> map {{200, "OK"},
                                             {201, "Created"},
                                             {204, "No Content"},
                                             {302, "Found"},
                                             {400, "Bad Request"},
                                             {401, "Unauthorized"},
                                             {403, "Forbidden"},
                                             {404, "Not Found"},
                                             {405, "Method Not Allowed"},
                                             {409, "Conflict"},
                                             {429, "Too Many Requests"},
                                             {500, "Internal Server Error"},
                                             {502, "Bad Gateway"},
                                             {503, "Service Unavailable"}};
    return map;
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    default:
        return u"OTHER"_s;
    }
}

const QHash<QString, Fault::Kind>& faultKinds()
{
    static const QHash<QString, Fault::Kind> map {
        {u"latency"_s, Fault::Kind::Latency},     {u"hang"_s, Fault::Kind::Hang},
        {u"status"_s, Fault::Kind::Status},       {u"rate-limit"_s, Fault::Kind::RateLimit},
        {u"truncated"_s, Fault::Kind::Truncated}, {u"malformed"_s, Fault::Kind::Malformed},
        {u"reset"_s, Fault::Kind::Reset},         {u"wrong-content-type"_s, Fault::Kind::WrongContentType}};
    return map;
}

QJsonObject errorJson(const QString& message)
{
    return QJsonObject {{u"error"_s, message}};
}

} // namespace

Response Response::json(int status, const QJsonValue& value)
{
    Response r;
    r.status = status;
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::xml(int status, const QByteArray& body)
{
    Response r;
    r.status = status;
    r.contentType = "text/xml;charset=utf-8";
    r.body = body;
    return r;
}

Response Response::html(int status, const QString& body)
{
    Response r;
    r.status = status;
    r.contentType = "text/html;charset=utf-8";
    r.body = body.toUtf8();
    return r;
}

Response Response::redirect(const QUrl& location)
{
    Response r;
    r.status = 302;
    r.contentType = "text/plain";
    r.headers << qMakePair(QByteArray("Location"), location.toEncoded());
    return r;
}

QList<qsizetype> Provider::churnPicks(SandboxServer& server, qsizetype count)
{
    QList<qsizetype> picks;
    const int wanted = server.config().churnPerListing;
    for (int i = 0; i < wanted && count > 0; ++i)
        picks << qsizetype(server.random()() % quint64(count));
    return picks;
}

QUrlQuery Request::form() const
{
    QUrlQuery q;
    q.setQuery(QString::fromUtf8(body).replace(u'+', u' '));
    return q;
}

QJsonObject Request::jsonBody() const
{
    return QJsonDocument::fromJson(body).object();
}

QString Request::bearerToken() const
{
    const QByteArray value = header("authorization");
    if (!value.startsWith("Bearer "))
        return {};
    return QString::fromUtf8(value.mid(7)).trimmed();
}

std::optional<Fault> Fault::fromJson(const QJsonObject& object, QString* error)
{
    Fault fault;
    fault.route = object.value("route"_L1).toString(u"*"_s);
    const QString kind = object.value("kind"_L1).toString();
    if (!faultKinds().contains(kind)) {
        *error = u"unknown fault kind \"%1\"; one of: %2"_s.arg(kind, QStringList(faultKinds().keys()).join(u", "_s));
        return std::nullopt;
    }
    fault.kind = faultKinds().value(kind);
    fault.status = object.value("status"_L1).toInt(503);
    fault.delayMs = object.value("delayMs"_L1).toInt(0);
    fault.retryAfter = object.value("retryAfter"_L1).toInt(1);
    fault.remaining = object.value("count"_L1).toInt(-1);
    return fault;
}

QJsonObject Fault::toJson() const
{
    return {{u"route"_s, route},     {u"kind"_s, faultKinds().key(kind)}, {u"status"_s, status},
            {u"delayMs"_s, delayMs}, {u"retryAfter"_s, retryAfter},       {u"count"_s, remaining}};
}

SandboxServer::SandboxServer(Config config, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_random(m_config.seed)
{
    registerControlRoutes();
    for (Provider* provider : {makeEbay(*this), makeAmazon(*this), makeFacebook(*this), makeShopify(*this)}) {
        provider->registerRoutes(*this);
        m_providers << provider;
    }
    reset();
}

SandboxServer::~SandboxServer()
{
    for (const auto& socket : std::as_const(m_hung)) {
        if (socket)
            socket->abort();
    }
    qDeleteAll(m_providers);
}

quint16 SandboxServer::start(quint16 port)
{
    // Loopback only: the sandbox is never reachable from another machine.
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void SandboxServer::route(const QString& name, QHttpServerRequest::Method method, const QString& pattern,
                          Handler handler, Provider* provider)
{
    m_routes.append({name, method, QRegularExpression(u"^"_s + pattern + u"$"_s), std::move(handler), provider});
}

QDateTime SandboxServer::now() const
{
    if (m_frozenAt.isValid())
        return m_frozenAt.addMSecs(m_clockOffsetMs);
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

void SandboxServer::advanceClock(qint64 seconds)
{
    m_clockOffsetMs += seconds * 1000;
}

QList<User> SandboxServer::users(const QString& provider) const
{
    QList<User> list;
    for (const User& u : m_users) {
        if (u.provider == provider)
            list << u;
    }
    return list;
}

const User* SandboxServer::user(const QString& provider, const QString& id) const
{
    for (const User& u : m_users) {
        if (u.provider == provider && u.id == id)
            return &u;
    }
    return nullptr;
}

QString SandboxServer::randomText(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = char(m_random() & 0xff);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SandboxServer::issueToken(const Token& token, const QString& prefix)
{
    const QString text = prefix + randomText(36);
    m_tokens.insert(text, token);
    return text;
}

Token* SandboxServer::token(const QString& text)
{
    auto it = m_tokens.find(text);
    return it == m_tokens.end() ? nullptr : &it.value();
}

std::optional<Response> SandboxServer::authorize(const QString& text, const QString& provider, Provider& errors,
                                                 QString* userId)
{
    Token* t = text.isEmpty() ? nullptr : token(text);
    if (!t || t->provider != provider || t->kind != "access"_L1 || t->revoked)
        return errors.errorResponse(401, u"Invalid access token"_s);
    if (t->expiresAt.isValid() && t->expiresAt <= now())
        return errors.errorResponse(401, u"Access token expired"_s);
    if (m_config.callLimitPerToken > 0 && ++t->calls > m_config.callLimitPerToken) {
        Response r = errors.errorResponse(429, u"The request limit has been reached for the resource."_s);
        r.headers << qMakePair(QByteArray("Retry-After"), QByteArray("1"));
        return r;
    }
    *userId = t->userId;
    return std::nullopt;
}

int SandboxServer::revokeUser(const QString& provider, const QString& userId)
{
    int count = 0;
    for (Token& t : m_tokens) {
        if (t.provider == provider && t.userId == userId && !t.revoked) {
            t.revoked = true;
            ++count;
        }
    }
    return count;
}

QString SandboxServer::issueCode(const AuthorizationCode& code, const QString& prefix)
{
    const QString text = prefix + randomText(24);
    m_codes.insert(text, code);
    return text;
}

AuthorizationCode* SandboxServer::code(const QString& text)
{
    auto it = m_codes.find(text);
    return it == m_codes.end() ? nullptr : &it.value();
}

bool SandboxServer::pkceMatches(const AuthorizationCode& code, const QString& verifier)
{
    if (code.codeChallenge.isEmpty())
        return true;
    const QString computed =
        QString::fromLatin1(QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return !verifier.isEmpty() && computed == code.codeChallenge;
}

Response SandboxServer::consentPage(const QString& marketplace, const QString& app, const QStringList& scopes,
                                    const QUrlQuery& query, const QString& provider, const QString& action) const
{
    QString options;
    const QList<User> list = users(provider);
    for (int i = 0; i < list.size(); ++i) {
        options += u"<label><input type=radio name=user value=\"%1\"%2> %3 <small>(%4, %5)</small></label><br>"_s.arg(
            list[i].id.toHtmlEscaped(), i == 0 ? u" checked"_s : QString(), list[i].displayName.toHtmlEscaped(),
            list[i].username.toHtmlEscaped(), list[i].marketplaceId.toHtmlEscaped());
    }
    QString hidden;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        hidden += u"<input type=hidden name=\"%1\" value=\"%2\">"_s.arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    return Response::html(
        200,
        u"<!doctype html><html><head><meta charset=utf-8><title>%1 sandbox — grant access</title></head><body>"
        "<h1>%1 sandbox: grant application access</h1><p>The application <b>%2</b> asks to access your %1 "
        "account with these permissions:</p><pre>%3</pre><form method=post action=\"%4\">%5"
        "<fieldset><legend>Sign in as</legend>%6</fieldset>"
        "<button type=submit name=decision value=approve id=approve>Approve</button> "
        "<button type=submit name=decision value=deny id=deny>Deny</button></form></body></html>"_s.arg(
            marketplace.toHtmlEscaped(), app.toHtmlEscaped(), scopes.join(u'\n').toHtmlEscaped(),
            action.toHtmlEscaped(), hidden, options));
}

SandboxServer::ConsentDecision SandboxServer::readDecision(const Request& request)
{
    const QUrlQuery form = request.form();
    ConsentDecision decision;
    decision.approved = form.queryItemValue(u"decision"_s) == "approve"_L1;
    decision.userId = form.queryItemValue(u"user"_s, QUrl::FullyDecoded);
    for (const auto& [key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (key != "decision"_L1 && key != "user"_L1)
            decision.original.addQueryItem(key, value);
    }
    return decision;
}

Response SandboxServer::denied(QUrl target, const QString& state, const QList<QPair<QString, QString>>& extra)
{
    QUrlQuery query(target);
    query.addQueryItem(u"state"_s, state);
    query.addQueryItem(u"error"_s, u"access_denied"_s);
    for (const auto& [key, value] : extra)
        query.addQueryItem(key, value);
    target.setQuery(query);
    return Response::redirect(target);
}

QString SandboxServer::autoApprovedUser(const QString& provider, const QUrlQuery& query) const
{
    const QString wanted = query.queryItemValue(u"sandbox_user"_s, QUrl::FullyDecoded);
    const QList<User> list = users(provider);
    for (const User& u : list) {
        if (u.username == wanted)
            return u.id;
    }
    return list.isEmpty() ? QString() : list.first().id;
}

void SandboxServer::reset()
{
    m_random.seed(m_config.seed);
    // With an epoch the sandbox's clock starts there, so a run is reproducible to the second it is started at.
    m_frozenAt = QDateTime();
    m_clockOffsetMs =
        m_config.epoch.isValid() ? m_config.epoch.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch() : 0;
    m_epoch = m_config.epoch.isValid()
        ? m_config.epoch.toUTC()
        : QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
    m_users.clear();
    m_tokens.clear();
    m_codes.clear();
    m_faults.clear();
    m_log.clear();
    m_actions.clear();
    m_sequence = 0;
    for (Provider* provider : std::as_const(m_providers))
        provider->reset();
}

std::optional<Fault> SandboxServer::takeFault(const QString& route)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault& f = m_faults[i];
        if (f.route != "*"_L1 && f.route != route)
            continue;
        Fault copy = f;
        if (f.remaining > 0 && --f.remaining == 0)
            m_faults.removeAt(i);
        return copy;
    }
    return std::nullopt;
}

void SandboxServer::logRequest(const Request& request, const QString& route, int status)
{
    LoggedRequest entry;
    entry.sequence = ++m_sequence;
    entry.route = route;
    entry.method = methodName(request.method);
    entry.path = request.url.path();
    entry.query = Redactor::redact(request.query.toString(QUrl::FullyDecoded));
    static const QList<QByteArray> secretHeaders {"authorization", "x-ebay-api-iaf-token", "x-amz-access-token",
                                                  "x-shopify-access-token", "cookie"};
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        const bool secret = secretHeaders.contains(it.key());
        entry.headers.insert(QString::fromLatin1(it.key()),
                             secret ? u"«masked»"_s : Redactor::redact(QString::fromUtf8(it.value())));
    }
    entry.body = Redactor::redact(QString::fromUtf8(request.body));
    entry.status = status;
    m_log << entry;
    std::fprintf(stderr, "sandbox: %d %s %s (%s)\n", status, qPrintable(entry.method), qPrintable(entry.path),
                 qPrintable(route));
}

bool SandboxServer::handleRequest(const QHttpServerRequest& raw, QTcpSocket* socket)
{
    Request request;
    request.method = raw.method();
    request.url = raw.url();
    request.query = raw.query();
    request.body = raw.body();
    for (const auto& [name, value] : raw.headers())
        request.headers.insert(name.toLower(), value);

    const QString path = request.url.path();
    const Route* matched = nullptr;
    bool pathKnown = false;
    for (const Route& r : std::as_const(m_routes)) {
        auto match = r.pattern.match(path);
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (r.method == request.method) {
            matched = &r;
            request.match = match;
            break;
        }
    }
    if (!matched) {
        const int status = pathKnown ? 405 : 404;
        logRequest(request, QString(), status);
        write(socket, Response::json(status, errorJson(pathKnown ? u"method not allowed"_s : u"no such route"_s)),
              nullptr);
        return true;
    }

    if (m_config.movesOnOverTime) {
        for (Provider* provider : std::as_const(m_providers))
            provider->evolve(now());
    }

    const std::optional<Fault> fault =
        matched->name.startsWith("sandbox."_L1) ? std::nullopt : takeFault(matched->name);
    Response response;
    if (fault && (fault->kind == Fault::Kind::Status || fault->kind == Fault::Kind::RateLimit)) {
        const int status = fault->kind == Fault::Kind::RateLimit ? 429 : fault->status;
        response = matched->provider ? matched->provider->errorResponse(status, u"Injected fault"_s)
                                     : Response::json(status, errorJson(u"injected fault"_s));
        if (fault->kind == Fault::Kind::RateLimit)
            response.headers << qMakePair(QByteArray("Retry-After"), QByteArray::number(fault->retryAfter));
    } else {
        response = matched->handler(request);
    }
    logRequest(request, matched->name, fault && fault->kind == Fault::Kind::Hang ? 0 : response.status);

    if (fault && fault->kind == Fault::Kind::Hang) {
        m_hung << socket;
        return true;
    }
    if (fault && fault->kind == Fault::Kind::Latency) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault->delayMs, this, [this, guard, response] {
            if (guard)
                write(guard, response, nullptr);
        });
        return true;
    }
    write(socket, response, fault ? &*fault : nullptr);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Q_UNUSED(request);
    write(socket, Response::json(404, errorJson(u"no such route"_s)), nullptr);
}

void SandboxServer::write(QTcpSocket* socket, const Response& response, const Fault* fault)
{
    QByteArray body = response.body;
    QByteArray contentType = response.contentType;
    const Fault::Kind kind = fault ? fault->kind : Fault::Kind::Latency;
    if (fault && kind == Fault::Kind::Malformed)
        body = contentType.contains("xml") ? QByteArray("<GetUserResponse><Ack>Succ")
                                           : QByteArray("{\"orders\": [{\"orderId\": ");
    if (fault && kind == Fault::Kind::WrongContentType)
        contentType = "text/html;charset=utf-8";

    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasons().value(response.status, "Status") + "\r\n";
    // An answer without a body (eBay's 201 Created of a shipping fulfillment, with its Location) declares no
    // content type; every answer carries the marketplace's clock in Date (RFC 9110 §6.6.1: IMF-fixdate).
    if (!body.isEmpty() || (fault && kind == Fault::Kind::WrongContentType))
        head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Date: " + QLocale::c().toString(now(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1() + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n\r\n";

    if (fault && (kind == Fault::Kind::Truncated || kind == Fault::Kind::Reset)) {
        socket->write(head + body.left(body.size() / 2));
        socket->flush();
        if (kind == Fault::Kind::Reset) {
            socket->abort();
        } else {
            socket->disconnectFromHost();
        }
        return;
    }
    socket->write(head + body);
    socket->disconnectFromHost();
}

void SandboxServer::registerControlRoutes()
{
    using M = QHttpServerRequest::Method;
    route(
        u"sandbox.health"_s, M::Get, u"/_sandbox/health"_s,
        [](const Request&) {
            return Response::json(200, QJsonObject {{u"ok"_s, true}});
        },
        nullptr);
    route(
        u"sandbox.reset"_s, M::Post, u"/_sandbox/reset"_s,
        [this](const Request&) {
            reset();
            return Response::json(200, QJsonObject {{u"ok"_s, true}});
        },
        nullptr);
    route(
        u"sandbox.seed"_s, M::Post, u"/_sandbox/seed"_s,
        [this](const Request& r) {
            const QJsonObject body = r.jsonBody();
            m_config.seed = quint64(body.value("seed"_L1).toInteger(qint64(m_config.seed)));
            m_config.ordersPerUser = body.value("ordersPerUser"_L1).toInt(m_config.ordersPerUser);
            reset();
            return Response::json(
                200, QJsonObject {{u"seed"_s, qint64(m_config.seed)}, {u"ordersPerUser"_s, m_config.ordersPerUser}});
        },
        nullptr);
    route(
        u"sandbox.revoke"_s, M::Post, u"/_sandbox/revoke"_s,
        [this](const Request& r) {
            const QJsonObject body = r.jsonBody();
            const int count = revokeUser(body.value("provider"_L1).toString(), body.value("userId"_L1).toString());
            return Response::json(200, QJsonObject {{u"revoked"_s, count}});
        },
        nullptr);
    route(
        u"sandbox.faults.add"_s, M::Post, u"/_sandbox/faults"_s,
        [this](const Request& r) {
            QString error;
            auto fault = Fault::fromJson(r.jsonBody(), &error);
            if (!fault)
                return Response::json(400, errorJson(error));
            m_faults << *fault;
            return Response::json(201, fault->toJson());
        },
        nullptr);
    route(
        u"sandbox.faults.list"_s, M::Get, u"/_sandbox/faults"_s,
        [this](const Request&) {
            QJsonArray list;
            for (const Fault& f : std::as_const(m_faults))
                list << f.toJson();
            return Response::json(200, list);
        },
        nullptr);
    route(
        u"sandbox.faults.clear"_s, M::Delete, u"/_sandbox/faults"_s,
        [this](const Request&) {
            m_faults.clear();
            return Response::json(200, QJsonObject {{u"ok"_s, true}});
        },
        nullptr);
    route(
        u"sandbox.clock"_s, M::Post, u"/_sandbox/clock"_s,
        [this](const Request& r) {
            const QJsonObject body = r.jsonBody();
            if (body.contains("freeze"_L1)) {
                const QDateTime current = now();
                m_clockOffsetMs = 0;
                m_frozenAt = body.value("freeze"_L1).toBool() ? current : QDateTime();
                if (!m_frozenAt.isValid())
                    m_clockOffsetMs = current.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
            }
            advanceClock(body.value("advanceSeconds"_L1).toInteger(0));
            return Response::json(
                200, QJsonObject {{u"now"_s, now().toString(Qt::ISODateWithMs)}, {u"frozen"_s, m_frozenAt.isValid()}});
        },
        nullptr);
    route(
        u"sandbox.requests"_s, M::Get, u"/_sandbox/requests"_s,
        [this](const Request& r) {
            const QString only = r.query.queryItemValue(u"route"_s);
            QJsonArray list;
            for (const LoggedRequest& e : std::as_const(m_log)) {
                if (!only.isEmpty() && e.route != only)
                    continue;
                list << QJsonObject {{u"sequence"_s, e.sequence}, {u"route"_s, e.route},  {u"method"_s, e.method},
                                     {u"path"_s, e.path},         {u"query"_s, e.query},  {u"headers"_s, e.headers},
                                     {u"body"_s, e.body},         {u"status"_s, e.status}};
            }
            return Response::json(200, list);
        },
        nullptr);
    route(
        u"sandbox.actions"_s, M::Get, u"/_sandbox/actions"_s,
        [this](const Request& r) {
            const QString only = r.query.queryItemValue(u"provider"_s);
            QJsonArray list;
            for (const AppliedAction& a : std::as_const(m_actions)) {
                if (only.isEmpty() || a.provider == only)
                    list << QJsonObject {{u"sequence"_s, a.sequence},
                                         {u"provider"_s, a.provider},
                                         {u"action"_s, a.action},
                                         {u"orderId"_s, a.orderId},
                                         {u"detail"_s, a.detail}};
            }
            return Response::json(200, list);
        },
        nullptr);
    route(
        u"sandbox.cancelOrder"_s, M::Post, u"/_sandbox/cancel-order"_s,
        [this](const Request& r) {
            const QString id = r.jsonBody().value("orderId"_L1).toString();
            for (Provider* provider : std::as_const(m_providers)) {
                if (provider->cancelOrder(id))
                    return Response::json(200, QJsonObject {{u"ok"_s, true}});
            }
            return Response::json(404, QJsonObject {{u"error"_s, u"no such order"_s}});
        },
        nullptr);
    route(
        u"sandbox.requests.clear"_s, M::Delete, u"/_sandbox/requests"_s,
        [this](const Request&) {
            m_log.clear();
            return Response::json(200, QJsonObject {{u"ok"_s, true}});
        },
        nullptr);
    route(
        u"sandbox.config"_s, M::Post, u"/_sandbox/config"_s,
        [this](const Request& r) {
            const QJsonObject body = r.jsonBody();
            m_config.accessTokenSeconds = body.value("accessTokenSeconds"_L1).toInt(m_config.accessTokenSeconds);
            m_config.refreshTokenSeconds = body.value("refreshTokenSeconds"_L1).toInt(m_config.refreshTokenSeconds);
            m_config.callLimitPerToken = body.value("callLimitPerToken"_L1).toInt(m_config.callLimitPerToken);
            m_config.churnPerListing = std::max(0, body.value("churnPerListing"_L1).toInt(m_config.churnPerListing));
            m_config.autoApprove = body.value("autoApprove"_L1).toBool(m_config.autoApprove);
            const QJsonObject ruNames = body.value("ruNames"_L1).toObject();
            for (auto it = ruNames.begin(); it != ruNames.end(); ++it)
                m_config.ruNames.insert(it.key(), it.value().toString());
            const QJsonObject clients = body.value("clients"_L1).toObject();
            for (auto it = clients.begin(); it != clients.end(); ++it)
                m_config.clients.insert(it.key(), it.value().toString());
            return Response::json(200, QJsonObject {{u"ok"_s, true}});
        },
        nullptr);
    route(
        u"sandbox.users"_s, M::Get, u"/_sandbox/users"_s,
        [this](const Request& r) {
            QJsonArray list;
            for (const User& u : users(r.query.queryItemValue(u"provider"_s)))
                list << QJsonObject {{u"provider"_s, u.provider},
                                     {u"id"_s, u.id},
                                     {u"username"_s, u.username},
                                     {u"displayName"_s, u.displayName},
                                     {u"marketplaceId"_s, u.marketplaceId}};
            return Response::json(200, list);
        },
        nullptr);
}

void SandboxServer::recordAction(const QString& provider, const QString& action, const QString& orderId,
                                 const QString& detail)
{
    m_actions.append({qint64(m_actions.size()) + 1, provider, action, orderId, detail});
}

} // namespace md::sandbox
