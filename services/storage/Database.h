#pragma once

#include "core/Result.h"
#include "storage/DatabaseConfig.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <optional>
#include <unordered_map>

namespace md {

/// One open connection to Marketdesk's database, SQLite or PostgreSQL.
///
/// A QSqlDatabase connection belongs to the thread that opened it: each worker thread opens its own Database
/// with the same config. The connection is removed when the object dies.
class Database {
    Q_DECLARE_TR_FUNCTIONS(md::Database)
public:
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig& config);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return m_dialect; }
    const DatabaseConfig& config() const { return m_config; }
    QString connectionName() const { return m_connectionName; }

    /// "SQLite 3.40.1" or PostgreSQL's version() text.
    QString serverVersion() const;
    /// SQLite: PRAGMA quick_check, before anything is written (a file damaged mid-file opens without complaint);
    /// database.corrupt with what the check found when it is not sound. PostgreSQL looks after its own files.
    Status quickCheck() const;
    /// Names of the tables in Marketdesk's schema (SQLite file, or the current PostgreSQL schema).
    QStringList tableNames() const;

    /// Whether a statement found the server gone (a PostgreSQL restart, a dropped network) and the connection
    /// is not back yet.
    bool isLost() const { return m_lost; }
    /// A statement failed: when it is because the server went away, the connection is marked lost, and the
    /// next statement or transaction outside a transaction reconnects first.
    void noteFailure(const QSqlError& error) const;
    /// Reconnects a lost connection when no transaction or statement of it is under way: closes it, opens it
    /// again, sets the session up and forgets its prepared statements (they are prepared again on first use).
    /// Tries at most every 1, 2, 4… 30 seconds, so a server that stays down costs no storm. True when connected.
    bool reconnectIfLost() const;
    /// What a statement on a lost connection answers, without reaching the server.
    Error unreachable() const;

    /// SQLite: PRAGMA integrity_check (slower and deeper than quick_check: run in the background, daily). A
    /// damaged file is marked as such (see isDamaged()).
    Status integrityCheck() const;
    /// Whether this SQLite file was found damaged — by a check, or by SQLITE_CORRUPT on any connection of this
    /// process or an earlier run (a marker file beside it, FILE.damaged). Its transactions and writes are
    /// refused from then on; the next start offers the copy taken before the last update.
    bool isDamaged() const;
    /// What a write to a damaged file answers.
    Error damaged() const;

    /// The change feed's side of writing: names rows of an aggregate ("orders") a write of this connection
    /// changed. Every INSERT, UPDATE or DELETE through SqlQuery announces its table's aggregate by itself; this
    /// adds the ids. Announcements are published with the outermost commit, in the same transaction (SQLite:
    /// change_log rows; PostgreSQL: NOTIFY), or at once outside a transaction; a rollback drops them.
    void announce(const QString& aggregate, const QList<qint64>& ids = {}) const;
    /// The schema changed (a migration ran): what the connection knew of its tables is read again.
    void schemaChanged() const { m_hasChangeLog.reset(); }

private:
    friend class Transaction;
    friend class SqlQuery;
    Database(const DatabaseConfig& config, QString connectionName);
    /// PRAGMA quick_check or integrity_check: what it found wrong (empty when sound), or the statement's error.
    Result<QStringList> runCheck(const QString& pragma) const;

    /// Prepared statements by SQL text, reused instead of parsed again for every call (the sync runs the same
    /// few statements for every order). One user at a time; a statement already in use is prepared afresh.
    struct CachedStatement {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };
    static constexpr int kStatementCacheSize = 256;
    mutable std::unordered_map<QString, CachedStatement> m_statements;

    DatabaseConfig m_config;
    mutable bool m_lost = false;
    mutable int m_reconnectAttempts = 0;
    mutable QDateTime m_nextReconnectAt;
    mutable int m_transactionDepth = 0; ///< Nesting of Transaction objects; inner ones are savepoints.
    /// A statement succeeded: its table's aggregate joins what is announced.
    void noteWrite(const QString& sql) const;
    /// Writes what was announced (change_log rows or NOTIFY) and forgets it.
    Status publishChanges() const;
    mutable QHash<QString, QSet<qint64>> m_changes; ///< announced, not yet published: aggregate → ids named
    mutable QHash<QString, QString> m_writeTargets; ///< statement text → the aggregate it writes (empty: none)
    mutable std::optional<bool> m_hasChangeLog; ///< SQLite: whether change_log exists (before migration 7 not)
    SqlDialect m_dialect;
    QString m_connectionName;
};

/// A prepared statement with bound values only: no value is ever pasted into SQL text.
class SqlQuery {
    Q_DECLARE_TR_FUNCTIONS(md::SqlQuery)
public:
    SqlQuery(const Database& database, const QString& sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery&) = delete;
    SqlQuery& operator=(const SqlQuery&) = delete;

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    Status exec();
    /// Runs the statement and returns the first column of the first row (e.g. RETURNING id), or an error.
    Result<QVariant> execScalar();
    /// The next row; false at the end or on an error met while stepping (SQLITE_CORRUPT on a damaged page is
    /// often met here, not in exec(): it is noted as in exec()).
    bool next();
    QVariant value(int index) const { return m_query->value(index); }
    QVariant value(const QString& column) const { return m_query->value(column); }
    /// Rows the last exec() changed (read before anything else ran on the connection, such as an announcement).
    int numRowsAffected() const { return m_rowsAffected; }
    QSqlQuery& raw() { return *m_query; }

private:
    const Database& m_database;
    QString m_sql;
    std::unique_ptr<QSqlQuery> m_own; ///< a statement of its own when the cached one is in use (or the cache full)
    QSqlQuery* m_query = nullptr; ///< m_own, or the connection's cached statement for m_sql
    bool m_prepared = false;
    bool m_cached = false;
    bool m_write = false; ///< not a SELECT: an INSERT, UPDATE or DELETE announces its aggregate
    int m_rowsAffected = -1;
    bool m_unreachable = false; ///< the connection was lost and is not back: exec() says so at once
};

/// Begins a transaction; rolls it back on destruction unless commit() succeeded. SQLite transactions begin
/// IMMEDIATE so two writers queue on busy_timeout instead of failing at their first write. A Transaction inside
/// another becomes a savepoint, so a repository method can be atomic alone and part of a caller's transaction.
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(md::Transaction)
public:
    explicit Transaction(const Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Whether BEGIN succeeded; when not, error() says why.
    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }
    Status commit();
    void rollback();

private:
    const Database& m_database;
    bool m_active = false;
    int m_depth = 0;
    Error m_error;
};

namespace sql {
/// UTC time as integer milliseconds since the epoch, or NULL for an invalid time.
QVariant fromTime(const QDateTime& time);
QDateTime toTime(const QVariant& value);
QVariant fromOptionalId(const std::optional<qint64>& id);
std::optional<qint64> toOptionalId(const QVariant& value);
/// NULL for an empty string, so optional text columns stay NULL rather than ''.
QVariant fromText(const QString& text);
/// The kinds of database failure a person is told about in their own words.
enum class Problem { UniqueViolation, DiskFull, ReadOnly, Corrupt, DiskError, Unreachable, Other };
/// What kind of failure a driver's error is (SQLite result codes, PostgreSQL SQLSTATEs, libpq's words).
Problem problemOf(const QSqlError& error);
/// The server went away: what every statement on that connection answers (database.unreachable).
Error unreachable(const QString& detail);
Error errorFrom(const QSqlError& error, const QString& what);
} // namespace sql

} // namespace md
