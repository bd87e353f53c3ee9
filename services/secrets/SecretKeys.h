#pragma once

// The keychain's keys: where each secret Marketdesk keeps is found. Everything that reads, writes or deletes a
// secret names it through these.

#include "domain/Provider.h"

#include <QString>

namespace md::secretkeys {

/// An account's token: tokens/PROVIDER/ENVIRONMENT/MARKETPLACE-USER/KIND (KIND: access, refresh).
inline QString tokenKey(Provider provider, Environment environment, const QString& externalUserId, const QString& kind)
{
    return QStringLiteral("tokens/%1/%2/%3/%4")
        .arg(providerKey(provider), environmentKey(environment), externalUserId, kind);
}

/// This app's client secret for a marketplace and environment.
inline QString clientSecretKey(Provider provider, Environment environment)
{
    return QStringLiteral("apps/%1/%2/client-secret").arg(providerKey(provider), environmentKey(environment));
}

} // namespace md::secretkeys
