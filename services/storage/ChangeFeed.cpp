#include "storage/ChangeFeed.h"

#include "logging/LogCategories.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md {

namespace {
/// More ids than this are not worth sending: the followers re-read their view.
constexpr int kMostIds = 200;
constexpr std::chrono::seconds kListenCheck {5};

const QHash<QString, QString>& tableAggregates()
{
    static const QHash<QString, QString> map {
        {u"accounts"_s, u"accounts"_s},
        {u"account_scopes"_s, u"accounts"_s},
        {u"token_metadata"_s, u"accounts"_s},
        {u"health_events"_s, u"accounts"_s},
        {u"orders"_s, u"orders"_s},
        {u"order_items"_s, u"orders"_s},
        {u"order_events"_s, u"orders"_s},
        {u"order_quarantine"_s, u"orders"_s},
        {u"order_search"_s, u"orders"_s},
        {u"orders_fts"_s, u"orders"_s},
        {u"sku_mappings"_s, u"orders"_s},
        {u"stock_items"_s, u"stock"_s},
        {u"stock_ledger"_s, u"stock"_s},
        {u"locations"_s, u"stock"_s},
        {u"outbox"_s, u"outbox"_s},
        {u"notifications"_s, u"notifications"_s},
        {u"listings"_s, u"listings"_s},
        {u"listing_offers"_s, u"listings"_s},
        {u"returns"_s, u"returns"_s},
        {u"return_items"_s, u"returns"_s},
        {u"messages"_s, u"messages"_s},
        {u"saved_searches"_s, u"searches"_s},
        {u"saved_search_hits"_s, u"searches"_s},
        {u"sync_cursors"_s, u"sync"_s},
        {u"activity_log"_s, u"activity"_s},
    };
    return map;
}
} // namespace

QString ChangeFeed::aggregateOf(const QString& table)
{
    return tableAggregates().value(table.toLower());
}

QStringList ChangeFeed::aggregates()
{
    QStringList all;
    for (const QString& aggregate : tableAggregates()) {
        if (!all.contains(aggregate))
            all << aggregate;
    }
    all.sort();
    return all;
}

QString ChangeFeed::tableWritten(const QString& sql)
{
    // INSERT [OR …] INTO t, REPLACE INTO t, UPDATE [OR …] t, DELETE FROM t; a WITH clause before any of them.
    static const QSet<QString> skip {u"INTO"_s, u"OR"_s,       u"REPLACE"_s, u"IGNORE"_s, u"ABORT"_s,
                                     u"FAIL"_s, u"ROLLBACK"_s, u"FROM"_s,    u"ONLY"_s};
    const QStringList words = sql.simplified().split(u' ', Qt::SkipEmptyParts);
    bool writing = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString word = words.at(i).toUpper();
        if (!writing) {
            if (word == "INSERT"_L1 || word == "UPDATE"_L1 || word == "DELETE"_L1 || word == "REPLACE"_L1)
                writing = true;
            else if (i == 0 && word != "WITH"_L1)
                return {};
            continue;
        }
        if (skip.contains(word))
            continue;
        QString table = words.at(i);
        const qsizetype paren = table.indexOf(u'(');
        if (paren >= 0)
            table.truncate(paren);
        table.remove(u'"');
        return table;
    }
    return {};
}

QString ChangeFeed::encodeIds(const QSet<qint64>& ids)
{
    if (ids.size() > kMostIds)
        return {};
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

QList<qint64> ChangeFeed::decodeIds(const QString& ids)
{
    QList<qint64> list;
    for (const QString& part : ids.split(u',', Qt::SkipEmptyParts))
        list << part.toLongLong();
    return list;
}

QString ChangeFeed::encodePayload(const QString& aggregate, const QString& ids)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject {{u"a"_s, aggregate}, {u"ids"_s, ids}}).toJson(QJsonDocument::Compact));
}

/// The feed's connection and timers, on the feed's thread.
class ChangeFeed::Listener : public QObject {
    Q_OBJECT
public:
    explicit Listener(DatabaseConfig config)
        : m_config(std::move(config))
    {
    }

    void start()
    {
        auto database = Database::open(m_config);
        m_config.password.clear(); // the connection keeps what it needs to reconnect
        if (!database) {
            emit unavailable(database.error().message);
            return;
        }
        m_database = std::move(*database);
        m_flush = new QTimer(this);
        m_flush->setSingleShot(true);
        m_flush->setInterval(kPollInterval);
        connect(m_flush, &QTimer::timeout, this, &Listener::flush);
        auto* tick = new QTimer(this);
        if (m_database->dialect().isSqlite()) {
            m_last = lastSeq().value_or(0);
            tick->setInterval(kPollInterval);
            connect(tick, &QTimer::timeout, this, &Listener::poll);
        } else {
            listen();
            tick->setInterval(kListenCheck);
            connect(tick, &QTimer::timeout, this, &Listener::checkListening);
        }
        tick->start();
        qCInfo(lcStorage).noquote() << "change feed following" << m_config.displayName();
    }

signals:
    void changed(const QString& aggregate, const QList<qint64>& ids);
    void unavailable(const QString& message);

private:
    std::optional<qint64> lastSeq()
    {
        SqlQuery query(*m_database, u"SELECT COALESCE(MAX(seq), 0) FROM change_log"_s);
        auto seq = query.execScalar();
        if (!seq)
            return std::nullopt;
        return seq->toLongLong();
    }

    void poll()
    {
        {
            SqlQuery query(*m_database, u"SELECT seq, aggregate, ids FROM change_log WHERE seq > :last ORDER BY seq"_s);
            query.bind(u":last"_s, m_last);
            if (!query.exec())
                return; // logged; tried again at the next tick
            while (query.next()) {
                m_last = query.value(0).toLongLong();
                add(query.value(1).toString(), query.value(2).toString());
            }
        }
        if (auto last = lastSeq(); last && *last < m_last) {
            // The file was replaced (restored from a copy): its numbering started again; everything may differ.
            m_last = *last;
            everythingChanged();
        }
        if (++m_polls % 240 == 0) { // about once a minute
            SqlQuery prune(*m_database, u"DELETE FROM change_log WHERE at < :cutoff"_s);
            prune.bind(u":cutoff"_s, QDateTime::currentMSecsSinceEpoch() - std::chrono::milliseconds(kKeep).count());
            if (Status pruned = prune.exec(); !pruned)
                qCDebug(lcStorage).noquote() << "change log not pruned:" << pruned.error().toLogString();
        }
    }

    void listen()
    {
        QSqlDriver* driver = m_database->connection().driver();
        if (driver != m_heard) {
            m_heard = driver;
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                        if (name != QLatin1StringView(kChannel))
                            return;
                        const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
                        add(o.value("a"_L1).toString(), o.value("ids"_L1).toString());
                    });
        }
        if (!driver->subscribeToNotification(QString::fromLatin1(kChannel)))
            qCWarning(lcStorage).noquote() << "change feed: LISTEN failed:" << driver->lastError().text();
    }

    void checkListening()
    {
        SqlQuery ping(*m_database, u"SELECT 1"_s);
        if (ping.execScalar())
            return;
        if (!m_database->reconnectIfLost())
            return; // tried again at the next check
        // Back: listen again, and whatever was announced while nobody listened is lost — everything changed.
        listen();
        everythingChanged();
    }

    void everythingChanged()
    {
        for (const QString& aggregate : ChangeFeed::aggregates())
            add(aggregate, {});
    }

    void add(const QString& aggregate, const QString& ids)
    {
        if (aggregate.isEmpty())
            return;
        Pending& pending = m_pending[aggregate];
        if (ids.isEmpty())
            pending.any = true;
        for (qint64 id : decodeIds(ids))
            pending.ids.insert(id);
        if (!m_flush->isActive())
            m_flush->start();
    }

    void flush()
    {
        const auto pending = std::exchange(m_pending, {});
        for (auto it = pending.cbegin(); it != pending.cend(); ++it)
            emit changed(it.key(), it->any ? QList<qint64>() : QList<qint64>(it->ids.cbegin(), it->ids.cend()));
    }

    struct Pending {
        QSet<qint64> ids;
        bool any = false;
    };
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_database;
    QTimer* m_flush = nullptr;
    QSqlDriver* m_heard = nullptr; ///< the driver whose notifications are connected
    qint64 m_last = 0;
    quint64 m_polls = 0;
    QHash<QString, Pending> m_pending;
};

ChangeFeed::ChangeFeed(DatabaseConfig config, QObject* parent)
    : QObject(parent)
    , m_listener(new Listener(std::move(config)))
{
    m_thread.setObjectName(u"md-feed"_s);
    m_listener->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(m_listener, &Listener::changed, this, &ChangeFeed::changed);
    connect(m_listener, &Listener::unavailable, this, &ChangeFeed::unavailable);
}

ChangeFeed::~ChangeFeed()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_listener;
    }
}

void ChangeFeed::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_listener, &Listener::start, Qt::QueuedConnection);
}

} // namespace md

#include "ChangeFeed.moc"
