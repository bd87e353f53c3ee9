#pragma once

#include "core/Scheduler.h"
#include "domain/Account.h"
#include "domain/Notification.h"
#include "providers/ProviderSettings.h"
#include "storage/DatabaseConfig.h"

#include <QObject>
#include <QSet>
#include <QThread>

#include <chrono>

namespace md {

class TokenManager;

/// The app's sync and outbox, off the GUI thread: a PagedSync with its own database connection, network access,
/// a sink per resource and the marketplaces' sources lives on a worker thread; access tokens come from the GUI thread's
/// TokenManager. The GUI thread asks (sync now, cancel) and hears (progress, finished) through queued signals only.
/// Each active account with a marketplace that syncs is synced — every resource it has — every `interval` on one
/// Scheduler.
class SyncService : public QObject {
    Q_OBJECT
public:
    /// `database` carries what the worker needs to open its own connection (the password only in memory, until
    /// then); `endpoints` the marketplaces' addresses per environment.
    SyncService(DatabaseConfig database, TokenManager& tokens, QList<ProviderEndpoints> endpoints,
                QObject* parent = nullptr);
    ~SyncService() override;

    /// The app's data folder (--data-dir): part of this Marketdesk's outbox sender id, so two instances with
    /// their own folders on one computer and one shared database never take each other's sends. Before start().
    void setDataFolder(const QString& folder) { m_dataFolder = folder; }
    /// Starts the worker thread (it opens its connection there).
    void start();
    void setInterval(std::chrono::minutes interval) { m_interval = interval; }
    /// The accounts to keep in sync (active ones whose marketplace syncs orders); schedules follow.
    void setAccounts(const QList<Account>& accounts);
    void syncNow(qint64 accountId);
    void syncAll();
    void cancel(qint64 accountId);
    void cancelAll();
    /// Offline or without a keychain: scheduled syncs wait (Sync now still tries, and says why it fails), and
    /// the outbox holds its entries; when it resumes, they go at once.
    void setPaused(bool paused);
    /// Something was queued in the outbox: send it now (unless paused).
    void sendOutbox();
    QSet<qint64> syncing() const { return m_syncing; }
    /// This Marketdesk among those sharing the database: the computer, the user and the data folder (empty: the
    /// standard one), so the same installation restarted is the same sender and another folder is another.
    static QString senderId(const QString& dataFolder);
    /// Whether Marketdesk can sync this account's orders.
    static bool syncsOrders(const Account& account);

signals:
    /// Signals name the resource ("orders", …) last.
    void progress(qint64 accountId, int entriesSoFar, const QString& resource);
    /// A sync waits for the database server, which went away (a restart): `message` says so.
    void waiting(qint64 accountId, const QString& message, const QString& resource);
    /// One resource's pass ended; syncing() no longer holds the account once its last one has.
    void finished(qint64 accountId, const QString& errorCode, const QString& message, const QString& resource);
    void syncingChanged();
    /// The worker could not open its database connection.
    void unavailable(const QString& message);
    /// An outbox entry moved on (the window re-reads the order and the outbox).
    void outboxChanged(qint64 outboxId, qint64 orderId);
    /// A marketplace refused a shipment or cancellation: its notification (stored), to show.
    void outboxRefused(const md::Notification& notification);

private:
    class Worker;
    void schedule(qint64 accountId, const QDateTime& due);

    QThread m_thread;
    Worker* m_worker = nullptr;
    Scheduler m_scheduler;
    QSet<qint64> m_syncing;
    QList<qint64> m_accounts;
    std::chrono::minutes m_interval {5};
    QString m_dataFolder;
    bool m_paused = true;
};

} // namespace md
