#pragma once

#include "storage/DatabaseConfig.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThread>

#include <chrono>

namespace md {

/// What other parts of Marketdesk — this process, another one on the same SQLite file, another workstation on
/// the same PostgreSQL server — committed, as `(aggregate, ids)`: "orders", "stock", "outbox", "accounts",
/// "notifications", "listings", "returns", "messages", "searches", "sync". Models subscribe and re-read.
///
/// Every write through SqlQuery announces its table's aggregate (Database::announce adds ids), published with
/// its transaction's commit. On PostgreSQL the announcements travel by NOTIFY and arrive on a dedicated LISTEN
/// connection; on SQLite they are change_log rows, polled every kPollInterval. Either way the feed lives on its
/// own thread with its own connection, and delivers on the thread that owns it, coalesced: one changed() per
/// aggregate per kPollInterval. If the LISTEN connection is lost it reconnects and says every aggregate changed
/// (what was sent meanwhile is gone).
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    static constexpr auto kChannel = "marketdesk_changes";
    static constexpr std::chrono::milliseconds kPollInterval {250};
    /// change_log rows older than this are pruned (a follower further behind re-reads everything anyway).
    static constexpr std::chrono::minutes kKeep {10};

    explicit ChangeFeed(DatabaseConfig config, QObject* parent = nullptr);
    ~ChangeFeed() override;
    /// Opens the feed's connection on its thread and starts following from now.
    void start();

    /// The aggregate a table belongs to (empty: not announced, e.g. schema_migrations or change_log).
    static QString aggregateOf(const QString& table);
    /// The table an INSERT, UPDATE, DELETE or REPLACE statement writes (empty for any other).
    static QString tableWritten(const QString& sql);
    static QString encodeIds(const QSet<qint64>& ids);
    static QList<qint64> decodeIds(const QString& ids);
    static QString encodePayload(const QString& aggregate, const QString& ids);
    /// Every aggregate the feed announces.
    static QStringList aggregates();

signals:
    /// Rows of `aggregate` changed; `ids` are those the writers named (empty: they named none, re-read the view).
    void changed(const QString& aggregate, const QList<qint64>& ids);
    /// The feed's connection could not be opened (the panes then only change on their own actions).
    void unavailable(const QString& message);

private:
    class Listener;
    QThread m_thread;
    Listener* m_listener = nullptr;
};

} // namespace md
