#include "core/Settings.h"

#include "logging/LogCategories.h"

#include <QMutex>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace md::settings {

namespace {
/// One warning per key and bad value in a run: the same settings are read again whenever a service is rebuilt.
void warnOnce(const QSettings& settings, const QString& key, const QString& value, const QString& expected,
              const QString& fallback)
{
    static QMutex mutex;
    static QSet<QString> warned;
    {
        const QMutexLocker lock(&mutex);
        const QString seen = key + u'\n' + value + u'\n' + settings.fileName();
        if (warned.contains(seen))
            return;
        warned.insert(seen);
    }
    qCWarning(lcApp).noquote() << u"setting %1=%2 in %3 is not %4; using %5"_s.arg(key, value, settings.fileName(),
                                                                                   expected, fallback);
}
} // namespace

int read(const QSettings& settings, const QString& key, int defaultValue, int minimum, int maximum)
{
    const QVariant stored = settings.value(key);
    if (!stored.isValid())
        return defaultValue;
    bool ok = false;
    const int value = stored.toString().trimmed().toInt(&ok);
    if (ok && value >= minimum && value <= maximum)
        return value;
    warnOnce(settings, key, stored.toString(),
             u"a whole number from %1 to %2"_s.arg(QString::number(minimum), QString::number(maximum)),
             QString::number(defaultValue));
    return defaultValue;
}

int read(const QSettings& settings, const IntegerSetting& setting)
{
    return read(settings, QString::fromLatin1(setting.key), setting.defaultValue, setting.minimum, setting.maximum);
}

QString readAddress(const QSettings& settings, const QString& key, const QString& defaultValue)
{
    const QString stored = settings.value(key).toString().trimmed();
    if (stored.isEmpty())
        return defaultValue;
    QString probe = stored;
    probe.replace(u"{shop}"_s, u"shop.example"_s);
    const QUrl url(probe, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1) && !url.host().isEmpty() &&
        url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment())
        return stored;
    warnOnce(settings, key, stored, u"an http or https address"_s, defaultValue.isEmpty() ? u"none"_s : defaultValue);
    return defaultValue;
}

} // namespace md::settings
