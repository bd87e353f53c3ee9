#pragma once

#include "domain/Message.h"
#include "storage/Database.h"

#include <QHash>

#include <chrono>

namespace md {

/// Messages, keyed by (account, external id).
class MessageRepository {
public:
    explicit MessageRepository(const Database& database)
        : m_db(database)
    {
    }
    Result<qint64> upsert(const Message& message);
    Result<QList<Message>> forAccount(qint64 accountId, int limit = 500) const;
    Status markRead(qint64 id);

private:
    const Database& m_db;
};

} // namespace md
