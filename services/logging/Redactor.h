#pragma once

#include <QString>

#include <string>

namespace md {

/// Masks secrets before any log sink sees them.
///
/// Two nets: every value registered as a secret (a token read from the keychain, an authorization code, a client
/// secret, a database password) is replaced wherever it appears; and well-known carriers of secrets (Bearer and
/// Basic credentials, token=… parameters, "access_token": "…" JSON members, passwords in database URLs) are masked
/// even when the value was never registered. Thread-safe: sync workers log too.
class Redactor {
public:
    static constexpr QStringView kMask = u"«redacted»";

    /// Registers a secret; values shorter than 6 characters are ignored (they would mask ordinary words).
    static void addSecret(const QString& secret);
    /// Forgets a secret (e.g. after an account is forgotten). Masking the old value longer does no harm.
    static void removeSecret(const QString& secret);
    /// Forgets every registered secret; for tests.
    static void clearSecrets();

    static QString redact(QString text);
    static std::string redact(const std::string& utf8);
};

} // namespace md
