#pragma once

#include "providers/AuthClient.h"

#include <QCoreApplication>

class QNetworkAccessManager;

namespace md {

/// Where Meta's Graph API is, and this app's id there (the app secret comes from the keychain).
struct FacebookEndpoints {
    QUrl dialogUrl = QUrl(QStringLiteral("https://www.facebook.com")); ///< The Login dialog's host.
    QUrl graphUrl = QUrl(QStringLiteral("https://graph.facebook.com"));
    QString version = QStringLiteral("v19.0");
    QString appId;
    QStringList scopes;
};

/// Facebook authorization: the Login dialog, the code exchange, then the exchange for a long-lived (60-day)
/// token. There is no refresh token: re-authorization is the only renewal, so its date is recorded to warn
/// ahead of time.
class FacebookClient : public AuthClient {
    Q_OBJECT
public:
    FacebookClient(FacebookEndpoints endpoints, QNetworkAccessManager* network, QObject* parent = nullptr);

    Provider provider() const override { return Provider::Facebook; }
    bool hasAppKeys() const override { return !m_endpoints.appId.isEmpty(); }
    QUrl authorizeUrl(const QString& state, const QUrl& redirectUri, const QString& shopDomain) const override;
    void exchangeCode(const QUrlQuery& callback, const QString& clientSecret, const QUrl& redirectUri,
                      TokenCallback done) override;
    void fetchIdentity(const TokenSet& tokens, const QUrlQuery& callback, IdentityCallback done) override;
    /// GET /me with the long-lived token.
    void checkHealth(const Account& account, const QString& accessToken, HealthCallback done) override;

private:
    QUrl graph(const QString& path, const QList<std::pair<QString, QString>>& query) const;
    static Error graphError(const QByteArray& body, const QString& fallback);

    FacebookEndpoints m_endpoints;
    QNetworkAccessManager* m_network;
};

} // namespace md
