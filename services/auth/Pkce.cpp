#include "auth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace md {

Pkce Pkce::generate()
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    constexpr quint32 kSize = sizeof kAlphabet - 1; // 66
    Pkce pkce;
    pkce.verifier.reserve(64);
    QRandomGenerator* random = QRandomGenerator::system();
    while (pkce.verifier.size() < 64) {
        // Rejection sampling keeps every character equally likely.
        const quint32 value = random->generate() & 0x7f;
        if (value < kSize * (128 / kSize))
            pkce.verifier.append(kAlphabet[value % kSize]);
    }
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace md
