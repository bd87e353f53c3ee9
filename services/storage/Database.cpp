#include "storage/Database.h"

#include "logging/LogCategories.h"
#include "storage/ChangeFeed.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace md {

namespace {
QAtomicInt g_connectionCounter;
}

Database::Database(const DatabaseConfig& config, QString connectionName)
    : m_config(config)
    , m_dialect(config.backend)
    , m_connectionName(std::move(connectionName))
{
    m_config.password.clear();
}

Database::~Database()
{
    m_statements.clear(); // the statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig& config)
{
    const SqlDialect dialect(config.backend);
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName())) {
        return Error {
            u"database.driver-missing"_s,
            tr("The Qt SQL driver %1 is not installed (Debian package %2).")
                .arg(dialect.driverName(), dialect.isSqlite() ? u"libqt6sql6-sqlite"_s : u"libqt6sql6-psql"_s),
            {}};
    }

    const QString name = u"md-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1) + 1);
    std::unique_ptr<Database> database(new Database(config, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
    if (dialect.isSqlite()) {
        const QFileInfo file(config.sqlitePath);
        if (!QDir().mkpath(file.absolutePath())) {
            return Error {
                u"database.folder-unwritable"_s,
                tr("Cannot create the folder %1 for the database.").arg(QDir::toNativeSeparators(file.absolutePath())),
                {}};
        }
        // SQLite only says "unable to open database file": say which of the likely causes it is.
        const QFileInfo folder(file.absolutePath());
        if (file.exists() ? !file.isWritable() : !folder.isWritable()) {
            return Error {u"database.read-only"_s,
                          file.exists()
                              ? tr("Marketdesk cannot write to its database %1: the file is read-only. Give your user "
                                   "write access to it, or start Marketdesk with --data-dir and a folder you can "
                                   "write to.")
                                    .arg(QDir::toNativeSeparators(file.absoluteFilePath()))
                              : tr("Marketdesk cannot create its database in %1: the folder is read-only. Give your "
                                   "user write access to it, or start Marketdesk with --data-dir and a folder you can "
                                   "write to.")
                                    .arg(QDir::toNativeSeparators(folder.absoluteFilePath())),
                          {}};
        }
        db.setDatabaseName(config.sqlitePath);
    } else {
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setUserName(config.user);
        db.setDatabaseName(config.databaseName);
        if (!config.password.isEmpty())
            db.setPassword(config.password);
        QString options = config.options;
        if (!options.contains(u"connect_timeout"_s))
            options += (options.isEmpty() ? QString() : u";"_s) + u"connect_timeout=10"_s;
        db.setConnectOptions(options);
    }

    if (!db.open()) {
        const QString driverText = db.lastError().text();
        const bool authFailed =
            driverText.contains(u"password authentication failed"_s) || driverText.contains(u"no password supplied"_s);
        return Error {authFailed ? u"database.auth-failed"_s : u"database.open-failed"_s,
                      authFailed ? tr("The database server refused the password for %1.").arg(config.displayName())
                                 : tr("Cannot open the database %1.").arg(config.displayName()),
                      driverText};
    }

    for (const QString& statement : dialect.sessionSetup()) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return sql::errorFrom(query.lastError(), tr("Cannot prepare the database session"));
    }
    qCInfo(lcStorage) << "opened" << config.displayName() << "as" << name;
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

namespace {
/// The SQLite files found damaged in this process (every connection to one refuses writes from then on).
QMutex g_damagedLock;
QSet<QString> g_damaged;
std::atomic<bool> g_anyDamaged {false};

QString markerOf(const QString& sqlitePath)
{
    return sqlitePath + u".damaged"_s;
}

void markDamaged(const QString& sqlitePath, const QString& what)
{
    {
        const QMutexLocker lock(&g_damagedLock);
        if (g_damaged.contains(sqlitePath))
            return;
        g_damaged.insert(sqlitePath);
        g_anyDamaged = true;
    }
    QFile marker(markerOf(sqlitePath));
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        marker.write(what.toUtf8());
    qCCritical(lcStorage).noquote() << "the database file" << sqlitePath << "is damaged (" << what
                                    << "); Marketdesk stops writing to it";
}

bool isWrite(const QString& sql)
{
    const QString head = sql.trimmed().left(8).toUpper();
    return !(head.startsWith(u"SELECT"_s) || head.startsWith(u"WITH"_s) || head.startsWith(u"PRAGMA"_s) ||
             head.startsWith(u"EXPLAIN"_s));
}
} // namespace

Result<QStringList> Database::runCheck(const QString& pragma) const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA "_s + pragma)) {
        noteFailure(query.lastError());
        return sql::errorFrom(query.lastError(), tr("Cannot check the database file"));
    }
    QStringList found;
    while (query.next() && found.size() < 20)
        found << query.value(0).toString();
    if (found == QStringList {u"ok"_s})
        found.clear();
    return found;
}

Status Database::quickCheck() const
{
    if (!m_dialect.isSqlite())
        return {};
    QString found;
    if (QFile marker(markerOf(m_config.sqlitePath)); marker.open(QIODevice::ReadOnly)) {
        found = QString::fromUtf8(marker.readAll()); // an earlier run found it damaged (a deeper check, a statement)
    } else {
        auto problems = runCheck(u"quick_check"_s);
        if (!problems)
            return problems.error();
        found = problems->join(u'\n');
    }
    if (found.isEmpty())
        return {};
    return Error {u"database.corrupt"_s,
                  tr("The database file %1 is damaged. Marketdesk stops writing to it; restore the copy taken before "
                     "the last update, or a backup.")
                      .arg(QDir::toNativeSeparators(m_config.sqlitePath)),
                  found};
}

bool Database::isDamaged() const
{
    if (!m_dialect.isSqlite())
        return false;
    if (g_anyDamaged) {
        const QMutexLocker lock(&g_damagedLock);
        if (g_damaged.contains(m_config.sqlitePath))
            return true;
    }
    return false;
}

Error Database::damaged() const
{
    return Error {u"database.corrupt"_s,
                  tr("The database file %1 is damaged, so Marketdesk stopped writing to it. Quit and start Marketdesk "
                     "again to restore the copy taken before the last update.")
                      .arg(QDir::toNativeSeparators(m_config.sqlitePath)),
                  {}};
}

Status Database::integrityCheck() const
{
    if (!m_dialect.isSqlite())
        return {};
    auto problems = runCheck(u"integrity_check"_s);
    if (!problems)
        return problems.error();
    if (problems->isEmpty())
        return {};
    markDamaged(m_config.sqlitePath, problems->join(u"; "_s));
    Error error = damaged();
    error.detail = problems->join(u'\n');
    return error;
}

void Database::noteFailure(const QSqlError& error) const
{
    if (m_dialect.isSqlite() && sql::problemOf(error) == sql::Problem::Corrupt)
        markDamaged(m_config.sqlitePath, error.text().simplified());
    if (!m_lost && sql::problemOf(error) == sql::Problem::Unreachable) {
        m_lost = true;
        m_reconnectAttempts = 0;
        m_nextReconnectAt = QDateTime::currentDateTimeUtc();
        qCWarning(lcStorage).noquote() << "database server unreachable (" << error.text().simplified()
                                       << "); reconnecting";
    }
}

bool Database::reconnectIfLost() const
{
    if (!m_lost)
        return true;
    if (m_transactionDepth > 0 || QDateTime::currentDateTimeUtc() < m_nextReconnectAt)
        return false;
    for (const auto& [sql, statement] : m_statements) {
        if (statement.inUse)
            return false;
    }
    // Closed first, so the statements prepared on the old connection are let go without talking to a server
    // that is gone.
    QSqlDatabase db = connection();
    db.close();
    m_statements.clear();
    bool ok = db.open();
    for (const QString& statement : m_dialect.sessionSetup()) {
        if (!ok)
            break;
        QSqlQuery query(db);
        ok = query.exec(statement);
    }
    if (!ok) {
        const qint64 wait = std::min<qint64>(30, qint64(1) << std::min(m_reconnectAttempts, 5));
        ++m_reconnectAttempts;
        m_nextReconnectAt = QDateTime::currentDateTimeUtc().addSecs(wait);
        qCInfo(lcStorage).noquote() << "database server still unreachable; next try in" << wait << "s";
        return false;
    }
    qCInfo(lcStorage).noquote() << "database server reachable again; reconnected" << m_connectionName << "after"
                                << m_reconnectAttempts << "failed tries";
    m_lost = false;
    m_reconnectAttempts = 0;
    return true;
}

QString Database::serverVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(m_dialect.serverVersionQuery()) && query.next())
        return query.value(0).toString();
    return tr("unknown");
}

QStringList Database::tableNames() const
{
    QStringList names;
    QSqlQuery query(connection());
    if (query.exec(m_dialect.tableNamesQuery())) {
        while (query.next())
            names << query.value(0).toString();
    }
    return names;
}

Error Database::unreachable() const
{
    return sql::unreachable(m_config.displayName());
}

SqlQuery::SqlQuery(const Database& database, const QString& sql)
    : m_database(database)
    , m_sql(sql)
    , m_write(isWrite(sql))
{
    if (!database.reconnectIfLost()) {
        m_unreachable = true; // nothing to prepare on a connection that is gone
        m_own = std::make_unique<QSqlQuery>();
        m_query = m_own.get();
        return;
    }
    auto it = database.m_statements.find(sql);
    if (it != database.m_statements.end() && !it->second.inUse) {
        it->second.inUse = true;
        m_query = it->second.query.get();
        m_prepared = true;
        m_cached = true;
        return;
    }
    auto query = std::make_unique<QSqlQuery>(database.connection());
    m_prepared = query->prepare(sql);
    if (m_prepared && it == database.m_statements.end() &&
        database.m_statements.size() < std::size_t(Database::kStatementCacheSize)) {
        m_query = query.get();
        database.m_statements.emplace(sql, Database::CachedStatement {std::move(query), true});
        m_cached = true;
        return;
    }
    m_own = std::move(query);
    m_query = m_own.get();
}

SqlQuery::~SqlQuery()
{
    // Reset the statement (SQLite keeps a reader open on an unfinished one) and give it back.
    m_query->finish();
    if (!m_cached)
        return;
    if (auto it = m_database.m_statements.find(m_sql); it != m_database.m_statements.end())
        it->second.inUse = false;
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    m_query->bindValue(placeholder, value);
    return *this;
}

void Database::announce(const QString& aggregate, const QList<qint64>& ids) const
{
    QSet<qint64>& named = m_changes[aggregate];
    for (qint64 id : ids)
        named.insert(id);
    if (m_transactionDepth == 0) {
        if (Status published = publishChanges(); !published)
            qCWarning(lcStorage).noquote() << "a change was not announced:" << published.error().toLogString();
    }
}

void Database::noteWrite(const QString& sql) const
{
    auto it = m_writeTargets.constFind(sql);
    if (it == m_writeTargets.cend())
        it = m_writeTargets.insert(sql, ChangeFeed::aggregateOf(ChangeFeed::tableWritten(sql)));
    if (!it->isEmpty())
        announce(*it);
}

Status Database::publishChanges() const
{
    if (m_changes.isEmpty())
        return {};
    const QHash<QString, QSet<qint64>> changes = std::exchange(m_changes, {});
    if (m_dialect.isSqlite()) {
        if (!m_hasChangeLog)
            m_hasChangeLog = tableNames().contains(u"change_log"_s);
        if (!*m_hasChangeLog)
            return {}; // a file not migrated yet: nobody follows it
    }
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QString ids = ChangeFeed::encodeIds(*it);
        QSqlQuery query(connection());
        if (m_dialect.isSqlite()) {
            query.prepare(u"INSERT INTO change_log (aggregate, ids, at) VALUES (?, ?, ?)"_s);
            query.addBindValue(it.key());
            query.addBindValue(ids.isEmpty() ? u""_s : ids); // NOT NULL: a null QString binds NULL
            query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        } else {
            query.prepare(u"SELECT pg_notify(?, ?)"_s);
            query.addBindValue(QString::fromLatin1(ChangeFeed::kChannel));
            query.addBindValue(ChangeFeed::encodePayload(it.key(), ids));
        }
        if (!query.exec()) {
            noteFailure(query.lastError());
            return sql::errorFrom(query.lastError(), tr("Cannot announce a change"));
        }
    }
    return {};
}

Status SqlQuery::exec()
{
    if (m_unreachable)
        return m_database.unreachable();
    if (m_write && m_database.isDamaged())
        return m_database.damaged(); // never another write into a damaged file
    if (!m_prepared || !m_query->exec()) {
        m_database.noteFailure(m_query->lastError());
        qCWarning(lcStorage).noquote() << "statement failed:" << m_query->lastError().text() << "|"
                                       << m_sql.simplified();
        return sql::errorFrom(m_query->lastError(), tr("A database statement failed"));
    }
    if (m_write) {
        m_rowsAffected = m_query->numRowsAffected();
        if (m_rowsAffected != 0) // an UPDATE that matched nothing changed nothing
            m_database.noteWrite(m_sql);
    }
    return {};
}

bool SqlQuery::next()
{
    if (m_query->next())
        return true;
    if (const QSqlError error = m_query->lastError(); error.isValid()) {
        m_database.noteFailure(error);
        qCWarning(lcStorage).noquote() << "reading a result failed:" << error.text() << "|" << m_sql.simplified();
    }
    return false;
}

Result<QVariant> SqlQuery::execScalar()
{
    if (Status status = exec(); !status)
        return status.error();
    if (!m_query->next())
        return Error {u"database.no-row"_s, tr("The database returned no row where one was expected."), m_sql};
    QVariant value = m_query->value(0);
    // Finish the statement: SQLite refuses to COMMIT while a RETURNING statement is still being stepped.
    m_query->finish();
    return value;
}

Transaction::Transaction(const Database& database)
    : m_database(database)
    , m_depth(database.m_transactionDepth)
{
    if (!database.reconnectIfLost()) {
        m_error = database.unreachable();
        return;
    }
    if (database.isDamaged()) {
        m_error = database.damaged();
        return;
    }
    QSqlQuery query(database.connection());
    const QString begin = m_depth > 0   ? u"SAVEPOINT md_sp_%1"_s.arg(m_depth)
        : database.dialect().isSqlite() ? u"BEGIN IMMEDIATE"_s
                                        : u"BEGIN"_s;
    m_active = query.exec(begin);
    if (m_active) {
        ++database.m_transactionDepth;
    } else {
        database.noteFailure(query.lastError());
        m_error = sql::errorFrom(query.lastError(), tr("Cannot begin a database transaction"));
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error {u"database.no-transaction"_s, tr("No database transaction is open."), {}};
    // The outermost commit publishes what its writes announced, inside it: both land, or neither.
    if (m_depth == 0) {
        if (Status published = m_database.publishChanges(); !published) {
            rollback();
            return published;
        }
    }
    QSqlQuery query(m_database.connection());
    if (!query.exec(m_depth > 0 ? u"RELEASE SAVEPOINT md_sp_%1"_s.arg(m_depth) : u"COMMIT"_s)) {
        m_database.noteFailure(query.lastError());
        Error error = sql::errorFrom(query.lastError(), tr("Cannot commit the database transaction"));
        rollback();
        return error;
    }
    m_active = false;
    --m_database.m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_database.connection());
    const bool ok = m_depth > 0 ? query.exec(u"ROLLBACK TO SAVEPOINT md_sp_%1"_s.arg(m_depth)) &&
            query.exec(u"RELEASE SAVEPOINT md_sp_%1"_s.arg(m_depth))
                                : query.exec(u"ROLLBACK"_s);
    if (!ok) {
        // After a full disk or an I/O error SQLite has often rolled back already, and a server that went away rolled
        // back with the connection: then there is nothing to say.
        const QString text = query.lastError().text();
        if (text.contains(u"no transaction is active"_s) || text.contains(u"no such savepoint"_s) ||
            m_database.isLost())
            qCDebug(lcStorage) << "rollback: the database had already rolled back:" << text;
        else
            qCWarning(lcStorage) << "rollback failed:" << text;
    }
    m_active = false;
    --m_database.m_transactionDepth;
    if (m_depth == 0)
        m_database.m_changes.clear(); // nothing of it was written: nothing to announce
}

namespace sql {

QVariant fromTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime toTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant fromOptionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> toOptionalId(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant fromText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Problem problemOf(const QSqlError& error)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.text();
    // PostgreSQL names errors by SQLSTATE (five characters), SQLite by number (primary code in the low byte).
    const bool postgres = native.size() == 5;
    const int sqlite = postgres ? -1 : (native.toInt() & 0xff);
    if (native == "23505"_L1 || native == "2067"_L1 || native == "1555"_L1 ||
        text.contains(u"UNIQUE constraint failed"_s) || text.contains(u"duplicate key"_s))
        return Problem::UniqueViolation;
    if (sqlite == 13 || native == "53100"_L1 || text.contains(u"database or disk is full"_s))
        return Problem::DiskFull;
    if (sqlite == 8 || text.contains(u"attempt to write a readonly database"_s))
        return Problem::ReadOnly;
    if (sqlite == 11 || sqlite == 26 || text.contains(u"database disk image is malformed"_s) ||
        text.contains(u"file is not a database"_s))
        return Problem::Corrupt;
    if (sqlite == 10)
        return Problem::DiskError;
    if ((postgres &&
         (native.startsWith(u"08"_s) || native == "57P01"_L1 || native == "57P02"_L1 || native == "57P03"_L1)) ||
        text.contains(u"server closed the connection"_s) || text.contains(u"no connection to the server"_s) ||
        text.contains(u"terminating connection"_s) || text.contains(u"could not connect to server"_s) ||
        text.contains(u"connection to server"_s))
        return Problem::Unreachable;
    return Problem::Other;
}

Error unreachable(const QString& detail)
{
    return Error {u"database.unreachable"_s,
                  Database::tr("The database server cannot be reached; Marketdesk reconnects by itself and nothing "
                               "waiting to be saved is lost."),
                  detail};
}

Error errorFrom(const QSqlError& error, const QString& what)
{
    const QString databaseText = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString technical = what + u": "_s + databaseText;
    // What happened, in a sentence that says what to do; the statement's context and the database's own words are
    // the detail.
    switch (problemOf(error)) {
    case Problem::UniqueViolation:
        // Callers say "already exists" instead of "failed".
        return Error {u"database.unique-violation"_s, technical, error.driverText()};
    case Problem::DiskFull:
        return Error {u"database.disk-full"_s,
                      Database::tr("The disk that holds the database is full. Free some space on it: nothing was "
                                   "half-written, and what was being saved is saved once there is room."),
                      technical};
    case Problem::ReadOnly:
        return Error {u"database.read-only"_s,
                      Database::tr("Marketdesk cannot write to its database: the file or its folder is read-only. "
                                   "Give your user write access to it, or start Marketdesk with --data-dir and a "
                                   "folder you can write to."),
                      technical};
    case Problem::Corrupt:
        return Error {u"database.corrupt"_s,
                      Database::tr("The database file is damaged. Marketdesk stops writing to it; restore the copy "
                                   "taken before the last update, or a backup."),
                      technical};
    case Problem::DiskError:
        return Error {u"database.disk-error"_s,
                      Database::tr("The database file could not be read or written (a disk error). Check the disk; "
                                   "nothing was half-written."),
                      technical};
    case Problem::Unreachable:
        return unreachable(technical);
    case Problem::Other:
        break;
    }
    return Error {u"database.statement-failed"_s, technical, error.driverText()};
}

} // namespace sql

} // namespace md
