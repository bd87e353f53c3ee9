#pragma once

#include "domain/Notification.h"
#include "storage/Database.h"

#include <QHash>

#include <chrono>

namespace md {

/// Notifications: at most one open notification per episode key.
class NotificationRepository {
    Q_DECLARE_TR_FUNCTIONS(md::NotificationRepository)
public:
    explicit NotificationRepository(const Database& database)
        : m_db(database)
    {
    }
    /// Opens a notification unless one with the same episode key is open; returns the open one's id and
    /// whether it was created now.
    Result<std::pair<qint64, bool>> raise(const Notification& notification);
    /// Resolves the open notification of an episode; returns how many were resolved (0 or 1).
    Result<int> resolve(const QString& episodeKey);
    /// Episode keys of the open notifications whose key starts with `prefix`.
    Result<QStringList> openEpisodes(const QString& prefix) const;
    Status markRead(qint64 id);
    Result<QList<Notification>> list(int limit = 500) const;

private:
    const Database& m_db;
};

} // namespace md
