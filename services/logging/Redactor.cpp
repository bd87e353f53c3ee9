#include "logging/Redactor.h"

#include <QReadWriteLock>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace md {

namespace {

struct Registry {
    QReadWriteLock lock;
    QSet<QString> secrets;
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

const QList<QRegularExpression>& patterns()
{
    // Each pattern keeps group 1 (the carrier) and masks the rest of the match.
    static const QList<QRegularExpression> list {
        QRegularExpression(u"(\\b(?:Bearer|Basic)\\s+)[A-Za-z0-9._~+/=\\-^#|:]+"_s,
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"(\\b(?:access_token|refresh_token|id_token|client_secret|code|spapi_oauth_code|"
                           "fb_exchange_token|password|passwd|code_verifier|hmac)=)[^&\\s\"'<>]+"_s,
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"(\"(?:access_token|refresh_token|id_token|client_secret|code|password|"
                           "code_verifier)\"\\s*:\\s*\")[^\"]*"_s,
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"((?:X-EBAY-API-IAF-TOKEN|x-amz-access-token|X-Shopify-Access-Token|Authorization)"
                           "\\s*[:=]\\s*)[^\\s,;]+"_s,
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"((?:postgres|postgresql)://[^:/@\\s]+:)[^@\\s]+"_s,
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"(<(?:eBayAuthToken)>)[^<]+"_s),
    };
    return list;
}

} // namespace

void Redactor::addSecret(const QString& secret)
{
    if (secret.size() < 6)
        return;
    QWriteLocker locker(&registry().lock);
    registry().secrets.insert(secret);
}

void Redactor::removeSecret(const QString& secret)
{
    QWriteLocker locker(&registry().lock);
    registry().secrets.remove(secret);
}

void Redactor::clearSecrets()
{
    QWriteLocker locker(&registry().lock);
    registry().secrets.clear();
}

QString Redactor::redact(QString text)
{
    {
        QReadLocker locker(&registry().lock);
        for (const QString& secret : std::as_const(registry().secrets)) {
            if (text.contains(secret))
                text.replace(secret, kMask.toString());
        }
    }
    for (const QRegularExpression& pattern : patterns()) {
        QString result;
        qsizetype last = 0;
        auto it = pattern.globalMatch(text);
        if (!it.hasNext())
            continue;
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            result += QStringView(text).mid(last, match.capturedStart(0) - last);
            result += match.captured(1);
            result += kMask;
            last = match.capturedEnd(0);
        }
        result += QStringView(text).mid(last);
        text = result;
    }
    return text;
}

std::string Redactor::redact(const std::string& utf8)
{
    return redact(QString::fromStdString(utf8)).toStdString();
}

} // namespace md
