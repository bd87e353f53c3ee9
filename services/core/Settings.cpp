#include "core/Settings.h"

#include "logging/LogCategories.h"

using namespace Qt::StringLiterals;

namespace md::settings {

int read(const QSettings& settings, const IntegerSetting& setting)
{
    const QString key = QString::fromLatin1(setting.key);
    const QVariant stored = settings.value(key);
    if (!stored.isValid())
        return setting.defaultValue;
    bool ok = false;
    const int value = stored.toString().trimmed().toInt(&ok);
    if (ok && value >= setting.minimum && value <= setting.maximum)
        return value;
    qCWarning(lcApp).noquote() << u"setting %1=%2 in %3 is not a whole number from %4 to %5; using %6"_s.arg(
        key, stored.toString(), settings.fileName(), QString::number(setting.minimum), QString::number(setting.maximum),
        QString::number(setting.defaultValue));
    return setting.defaultValue;
}

} // namespace md::settings
