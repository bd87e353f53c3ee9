#pragma once

// A saved search on a marketplace and what it found.

#include "domain/Provider.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace md {

/// A search Marketdesk runs on a marketplace at an interval, remembering what it found.
struct SavedSearch {
    qint64 id = 0;
    QString name;
    Provider provider = Provider::Ebay;
    std::optional<qint64> accountId;
    QString query;
    QString filters = QStringLiteral("{}"); ///< JSON.
    int intervalMinutes = 60;
    bool active = true;
    QDateTime lastRunAt;
};

/// An item a saved search found.
struct SavedSearchHit {
    qint64 id = 0;
    qint64 savedSearchId = 0;
    QString externalItemId;
    QString title;
    QString currency;
    std::optional<qint64> priceMinor;
    QString url;
    bool seen = false;
    QDateTime foundAt;
};

} // namespace md
