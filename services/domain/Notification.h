#pragma once

// A notification and how serious it is.

#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace md {

/// How serious a notification is.
enum class Severity {
    Info, ///< Something happened; no action needed.
    Warning, ///< Action will be needed soon.
    Error, ///< Action is needed now.
};
QString severityKey(Severity severity);
std::optional<Severity> severityFromKey(const QString& key);
QString severityDisplayName(Severity severity);

/// A row in the Notifications pane (and, while open, in the tray).
struct Notification {
    qint64 id = 0;
    std::optional<qint64> accountId;
    QString houseName;
    QString kind; ///< e.g. "token.revoked".
    Severity severity = Severity::Info;
    QString episodeKey; ///< At most one open notification per episode key.
    QString title; ///< as raised (see NotificationText: shown rendered from kind and args, in today's language)
    QString body;
    QVariantMap args; ///< what the words are made of: house, marketplace, times (UTC, ISO 8601), counts, errors
    QDateTime createdAt;
    QDateTime resolvedAt; ///< Invalid while open.
    QDateTime readAt;
};

} // namespace md
