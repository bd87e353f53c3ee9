#pragma once

#include <QSettings>

#include <chrono>

namespace md::settings {

/// A whole-number setting of the settings file: its key, default and the range it is taken within. Every
/// number Marketdesk reads from the settings file is one of these (a table, not scattered literals), so a value
/// typed by hand — 0, -5, "abc" — can never become a zero-length timer or a request storm.
struct IntegerSetting {
    const char* key; ///< "group/name"
    int defaultValue;
    int minimum;
    int maximum;
};

inline constexpr IntegerSetting kOrdersIntervalMinutes {"sync/ordersIntervalMinutes", 5, 1, 1440};
inline constexpr IntegerSetting kRefreshIntervalMinutes {"accounts/refreshIntervalMinutes", 10, 1, 60};
inline constexpr IntegerSetting kRefreshAheadMinutes {"accounts/refreshAheadMinutes", 5, 1, 60};
inline constexpr IntegerSetting kHealthIntervalMinutes {"accounts/healthIntervalMinutes", 15, 1, 1440};

/// The setting's value; its default when it is absent, or — with one warning naming the key, the value found and
/// the range — when the stored value is not a whole number within range.
int read(const QSettings& settings, const IntegerSetting& setting);
/// read() for a key built at run time ("providers/ebay/production/redirectPort").
int read(const QSettings& settings, const QString& key, int defaultValue, int minimum, int maximum);

/// An address setting: an absolute http or https URL with a host ("{shop}" may stand for a Shopify store's
/// host). Its default when absent or empty, or — with one warning — when the stored text is not such an address.
QString readAddress(const QSettings& settings, const QString& key, const QString& defaultValue);

/// read(), as minutes.
inline std::chrono::minutes minutes(const QSettings& settings, const IntegerSetting& setting)
{
    return std::chrono::minutes(read(settings, setting));
}

} // namespace md::settings
