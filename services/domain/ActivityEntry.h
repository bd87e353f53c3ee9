#pragma once

// A line of the activity log.

#include <QDateTime>
#include <QString>

#include <optional>

namespace md {

/// A line in the activity log: who did what to which object.
struct ActivityEntry {
    qint64 id = 0;
    QDateTime occurredAt;
    std::optional<qint64> accountId;
    QString actor; ///< "user", "sync", "scheduler"…
    QString action;
    QString subjectType;
    QString subjectId;
    QString details; ///< JSON; never a secret.
};

} // namespace md
