#include "sync/SyncService.h"

#include "auth/TokenManager.h"
#include "logging/LogCategories.h"
#include "providers/Marketplace.h"
#include "providers/OrderSource.h"
#include "providers/PageSource.h"
#include "storage/Database.h"
#include "storage/repositories/AccountRepository.h"
#include "sync/OrderImport.h"
#include "sync/OutboxSender.h"
#include "sync/PagedSync.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace md {

/// Lives on the worker thread; everything it owns is created there.
class SyncService::Worker : public QObject {
    Q_OBJECT
public:
    Worker(DatabaseConfig config, TokenManager* tokens, QList<ProviderEndpoints> endpoints)
        : m_config(std::move(config))
        , m_tokens(tokens)
        , m_endpoints(std::move(endpoints))
    {
    }

    /// Opens the connection and builds the sync and the outbox sender (`dataFolder`: see senderId()).
    void initialize(const QString& dataFolder)
    {
        auto database = Database::open(m_config);
        m_config.password.clear();
        if (!database) {
            emit unavailable(database.error().message);
            return;
        }
        m_database = std::move(*database);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_sync = std::make_unique<PagedSync>(*m_database, TokenAccess::across(m_tokens, this));
        // One sink per synced resource; each marketplace's entry point gives its sources of them.
        m_sync->addSink(std::make_unique<OrderImport>(*m_database));
        // The outbox goes out from here too: its own connection, off the GUI thread, in step with the syncs.
        m_outbox = std::make_unique<OutboxSender>(*m_database, TokenAccess::across(m_tokens, this),
                                                  SyncService::senderId(dataFolder));
        // Each marketplace's entry point builds its clients; one that has none is left out.
        for (const ProviderEndpoints& e : std::as_const(m_endpoints)) {
            std::unique_ptr<FulfilmentClient> client = Marketplace::of(e.provider).fulfilment(e, m_network.get());
            if (!client)
                continue;
            m_outbox->addClient(client.get(), e.environment);
            m_fulfilment.push_back(std::move(client));
        }
        connect(m_outbox.get(), &OutboxSender::changed, this, &Worker::outboxChanged);
        connect(m_outbox.get(), &OutboxSender::refused, this, &Worker::outboxRefused);
        m_outbox->setPaused(m_outboxPaused);
        m_outbox->start();
        for (const ProviderEndpoints& e : std::as_const(m_endpoints)) {
            for (std::unique_ptr<PageSource>& source : Marketplace::of(e.provider).sources(e, m_network.get())) {
                m_sync->addSource(source.get(), e.environment);
                m_sources.push_back(std::move(source));
            }
        }
        connect(m_sync.get(), &PagedSync::progress, this, &Worker::progress);
        connect(m_sync.get(), &PagedSync::waiting, this, &Worker::waiting);
        connect(m_sync.get(), &PagedSync::finished, this,
                [this](qint64 accountId, const QString& code, const QString& message, const QString& resource) {
                    auto pending = m_pending.find(accountId);
                    const bool last = pending == m_pending.end() || --*pending <= 0;
                    if (last)
                        m_pending.remove(accountId);
                    emit finished(accountId, code, message, resource, last);
                });
    }

    /// Syncs every resource of the account; the last one to end says so.
    void sync(qint64 accountId)
    {
        if (!m_sync) {
            emit finished(accountId, u"sync.unavailable"_s, tr("The sync has no database connection."), {}, true);
            return;
        }
        if (m_pending.contains(accountId))
            return;
        auto account = AccountRepository(*m_database).findById(accountId);
        QStringList resources = account && account->has_value() ? m_sync->resourcesFor(**account) : QStringList();
        // None: the orders' pass is asked for anyway, and ends at once saying why (gone, deactivated, unsupported).
        if (resources.isEmpty())
            resources << QString::fromLatin1(OrderSource::kResource);
        m_pending.insert(accountId, int(resources.size()));
        for (const QString& resource : std::as_const(resources))
            m_sync->sync(accountId, resource);
    }
    void cancel(qint64 accountId)
    {
        if (m_sync)
            m_sync->cancel(accountId);
    }
    void kickOutbox()
    {
        if (m_outbox)
            m_outbox->kick();
    }
    void setOutboxPaused(bool paused)
    {
        m_outboxPaused = paused;
        if (m_outbox)
            m_outbox->setPaused(paused);
    }
    void networkReturned()
    {
        if (m_outbox)
            m_outbox->networkReturned();
    }
    void shutdown()
    {
        // Destroyed on their own thread, before it ends.
        m_outbox.reset();
        m_fulfilment.clear();
        m_sync.reset();
        m_sources.clear();
        m_network.reset();
        m_database.reset();
    }

signals:
    void progress(qint64 accountId, int entriesSoFar, const QString& resource);
    void waiting(qint64 accountId, const QString& message, const QString& resource);
    void finished(qint64 accountId, const QString& errorCode, const QString& message, const QString& resource,
                  bool lastOfAccount);
    void unavailable(const QString& message);
    void outboxChanged(qint64 outboxId, qint64 orderId);
    void outboxRefused(const md::Notification& notification);

private:
    DatabaseConfig m_config;
    TokenManager* m_tokens;
    QList<ProviderEndpoints> m_endpoints;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::vector<std::unique_ptr<PageSource>> m_sources;
    std::unique_ptr<PagedSync> m_sync;
    QHash<qint64, int> m_pending; ///< resources of an account whose pass has not ended
    std::vector<std::unique_ptr<FulfilmentClient>> m_fulfilment;
    std::unique_ptr<OutboxSender> m_outbox;
    bool m_outboxPaused = true; ///< until the app knows the keychain and the network are there
};

SyncService::SyncService(DatabaseConfig database, TokenManager& tokens, QList<ProviderEndpoints> endpoints,
                         QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(database), &tokens, std::move(endpoints)))
{
    m_thread.setObjectName(u"md-sync"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::progress, this, &SyncService::progress);
    connect(m_worker, &Worker::waiting, this, &SyncService::waiting);
    connect(m_worker, &Worker::unavailable, this, &SyncService::unavailable);
    connect(m_worker, &Worker::outboxChanged, this, &SyncService::outboxChanged);
    connect(m_worker, &Worker::outboxRefused, this, &SyncService::outboxRefused);
    connect(m_worker, &Worker::finished, this,
            [this](qint64 id, const QString& code, const QString& message, const QString& resource, bool last) {
                if (last) {
                    m_syncing.remove(id);
                    emit syncingChanged();
                }
                emit finished(id, code, message, resource);
            });
}

SyncService::~SyncService()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_worker, &Worker::shutdown, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

QString SyncService::senderId(const QString& dataFolder)
{
    const QByteArray machine = QSysInfo::machineUniqueId();
    const QString folder =
        dataFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataFolder;
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray(machine + QSysInfo::machineHostName().toUtf8() +
                                                                   qgetenv("USER") + folder.toUtf8()),
                                                        QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(16));
}

void SyncService::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, folder = m_dataFolder] { worker->initialize(folder); }, Qt::QueuedConnection);
}

bool SyncService::syncsOrders(const Account& account)
{
    return account.active && Marketplace::of(account.provider).capabilities().syncsOrders &&
        account.purpose != Purpose::Buyer;
}

void SyncService::setAccounts(const QList<Account>& accounts)
{
    QList<qint64> wanted;
    int position = 0;
    for (const Account& account : accounts) {
        if (!syncsOrders(account))
            continue;
        wanted << account.id;
        const QString job = u"sync/%1"_s.arg(account.id);
        if (!m_scheduler.isScheduled(job))
            schedule(account.id, QDateTime::currentDateTimeUtc().addSecs(10 + 5 * position++));
    }
    for (qint64 id : std::as_const(m_accounts)) {
        if (!wanted.contains(id)) {
            m_scheduler.cancel(u"sync/%1"_s.arg(id));
            cancel(id);
        }
    }
    m_accounts = wanted;
}

void SyncService::schedule(qint64 accountId, const QDateTime& due)
{
    m_scheduler.schedule(u"sync/%1"_s.arg(accountId), due, [this, accountId] {
        syncNow(accountId);
        schedule(accountId, QDateTime::currentDateTimeUtc().addSecs(std::chrono::seconds(m_interval).count()));
    });
}

void SyncService::syncNow(qint64 accountId)
{
    if (m_syncing.contains(accountId))
        return;
    m_syncing.insert(accountId);
    emit syncingChanged();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, accountId] { worker->sync(accountId); }, Qt::QueuedConnection);
}

void SyncService::setPaused(bool paused)
{
    paused ? m_scheduler.pause() : m_scheduler.resume();
    const bool wasPaused = std::exchange(m_paused, paused);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, paused] { worker->setOutboxPaused(paused); }, Qt::QueuedConnection);
    if (wasPaused && !paused) {
        // Back online (or the keychain is back): what waited out a backoff goes now.
        QMetaObject::invokeMethod(m_worker, &Worker::networkReturned, Qt::QueuedConnection);
    }
}

void SyncService::sendOutbox()
{
    QMetaObject::invokeMethod(m_worker, &Worker::kickOutbox, Qt::QueuedConnection);
}

void SyncService::syncAll()
{
    for (qint64 id : std::as_const(m_accounts))
        syncNow(id);
}

void SyncService::cancel(qint64 accountId)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, accountId] { worker->cancel(accountId); }, Qt::QueuedConnection);
}

void SyncService::cancelAll()
{
    for (qint64 id : std::as_const(m_syncing))
        cancel(id);
}

} // namespace md

#include "SyncService.moc"
