#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <chrono>

namespace md {

/// The OAuth `state` values of pending connections: 256 bits from the system CSPRNG each, bound to one pending
/// connection, single-use, and valid for ten minutes. Telling "replayed" and "expired" apart from "unknown"
/// lets the person see exactly why a callback was refused.
class StateRegistry {
    Q_DECLARE_TR_FUNCTIONS(md::StateRegistry)
public:
    static constexpr std::chrono::minutes kLifetime {10};

    /// Issues a state for a pending connection.
    QString issue(qint64 pendingId, const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// Consumes a state: the pending connection it belongs to, or why it is refused
    /// (auth.state-unknown, auth.state-replayed, auth.state-expired).
    Result<qint64> consume(const QString& state, const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// Forgets the states of a pending connection (cancelled or timed out).
    void cancel(qint64 pendingId);

private:
    struct Entry {
        qint64 pendingId = 0;
        QDateTime expiresAt;
    };
    QHash<QString, Entry> m_pending;
    QSet<QString> m_used;
};

} // namespace md
