#pragma once

#include "core/Result.h"
#include "domain/Account.h"
#include "domain/Notification.h"
#include "domain/Outbox.h"
#include "domain/PerMarketplace.h"
#include "domain/Provider.h"
#include "providers/FulfilmentClient.h"
#include "sync/TokenAccess.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace md {

class Database;

/// How the outbox retries.
struct OutboxPolicy {
    std::chrono::milliseconds backoffBase {std::chrono::seconds(5)}; ///< first retry after a transient failure
    std::chrono::milliseconds backoffCap {std::chrono::minutes(15)}; ///< longest wait; it never gives up
};

/// Delivers the outbox: one entry at a time, each account's entries in the order they were made. An attempt is
/// claimed (committed as SENDING, by this sender only) before the request leaves; an entry that may have arrived (the
/// app stopped mid-send, or the answer was lost) is looked up on the marketplace before it is sent again, and a
/// conflict is looked up too (it may be our own earlier attempt). What the marketplace answered and its local effect
/// (the order's status, stock consumed or released, the timeline) are one transaction. Transient failures wait with
/// exponential backoff and jitter and are retried for as long as it takes; conflicts and refusals stop the
/// entry for a person to decide. SQL runs on the thread this object lives on.
class OutboxSender : public QObject {
    Q_OBJECT
public:
    /// `senderId` names this Marketdesk among those sharing the database, the same across its restarts (so that
    /// it takes back at once what it was sending when it stopped).
    OutboxSender(const Database& database, TokenAccess tokens, QString senderId, QObject* parent = nullptr);

    void addClient(FulfilmentClient* client, std::optional<Environment> environment = std::nullopt);
    void setPolicy(const OutboxPolicy& policy) { m_policy = policy; }

    /// Starts sending (each look for due entries first takes back what a stopped run left SENDING).
    void start();
    /// Something was queued (or the network is back): look for due entries now.
    void kick();
    /// Offline or without a keychain: nothing is sent; entries wait.
    void setPaused(bool paused);
    /// The network is back: entries waiting out a backoff are due now.
    void networkReturned();
    bool isBusy() const { return !m_inFlight.isEmpty(); }

    /// At most this many entries are under way at once, one per account: an account's entries go strictly in
    /// order, and a slow or hung marketplace call (each has its own timeout) delays only its own account's.
    static constexpr int kMaxInFlight = 8;

signals:
    /// An entry moved on (sending, sent, waiting, stopped); `orderId` 0 when it has none.
    void changed(qint64 outboxId, qint64 orderId);
    /// Nothing is due and nothing is under way.
    void idle();
    /// The marketplace refused an action (a conflict, a rejection): its notification, already stored.
    void refused(const md::Notification& notification);

private:
    FulfilmentClient* clientFor(const Account& account) const;
    void process(const OutboxEntry& entry);
    void sendNow(const Account& account, const QString& token, const OutboxEntry& entry);
    void handle(const Account& account, const OutboxEntry& entry, const FulfilmentOutcome& outcome);
    void finishApplied(const Account& account, const OutboxEntry& entry, const QString& result);
    void finishStopped(const OutboxEntry& entry, OutboxState state, const QString& message);
    void retryLater(const OutboxEntry& entry, const QString& message, std::chrono::milliseconds delay,
                    bool mayHaveArrived);
    void done(const OutboxEntry& entry);
    Notification refusalNotice(const OutboxEntry& entry, const QString& message) const;
    void scheduleNext();

    const Database& m_database;
    TokenAccess m_tokens;
    QString m_senderId;
    PerMarketplace<FulfilmentClient*> m_clients;
    OutboxPolicy m_policy;
    QHash<qint64, qint64> m_inFlight; ///< entry id → its account, for the entries under way
    bool m_paused = false;
    QSet<qint64> m_refreshedFor; ///< entries whose refused token was refreshed once already
    QTimer m_timer;
};

} // namespace md
