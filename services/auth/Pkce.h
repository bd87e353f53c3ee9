#pragma once

#include <QByteArray>

namespace md {

/// A PKCE (RFC 7636) pair: the verifier Marketdesk keeps, and the S256 challenge it sends with the authorize
/// request. Qt 6.4's QtNetworkAuth has no PKCE, so Marketdesk makes its own.
struct Pkce {
    QByteArray verifier; ///< 64 characters of [A-Za-z0-9-._~] from the system CSPRNG.
    QByteArray challenge; ///< base64url(SHA-256(verifier)) without padding.

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray& verifier);
};

} // namespace md
