#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <chrono>
#include <optional>

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
    /// (auth.state-unknown, auth.state-replayed, auth.state-expired, auth.state-cancelled).
    Result<qint64> consume(const QString& state, const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// Whether a state would be accepted for `pendingId` now, without consuming it: empty when it would, else why
    /// not (the same codes as consume(), and auth.state-other-attempt for a state of another live attempt).
    Status check(const QString& state, qint64 pendingId, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    /// Discards the states of a pending connection (cancelled, failed or timed out): an answer that still comes
    /// for one of them is refused as cancelled, never taken for a later connection.
    void cancel(qint64 pendingId);

private:
    /// Why a state is refused now (nullopt: it is pending and current).
    std::optional<Error> refusal(const QString& state, const QDateTime& now) const;

    struct Entry {
        qint64 pendingId = 0;
        QDateTime expiresAt;
    };
    QHash<QString, Entry> m_pending;
    QSet<QString> m_used;
    QSet<QString> m_cancelled;
};

} // namespace md
