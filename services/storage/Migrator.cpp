#include "storage/Migrator.h"

#include "logging/LogCategories.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md {

namespace {
constexpr auto kVersionTable = "schema_migrations";
}

Migrator::Migrator()
    : Migrator(builtinSteps())
{
}

Migrator::Migrator(QList<MigrationStep> steps)
    : m_steps(std::move(steps))
{
    std::sort(m_steps.begin(), m_steps.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
}

QList<MigrationStep> Migrator::builtinSteps()
{
    static const QRegularExpression fileName(u"^(\\d+)_([A-Za-z0-9_]+)\\.sql$"_s);
    QList<MigrationStep> steps;
    QDirIterator it(u":/sql/migrations"_s, QDir::Files);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const auto match = fileName.match(info.fileName());
        if (!match.hasMatch()) {
            qCWarning(lcMigration) << "ignoring misnamed migration" << info.fileName();
            continue;
        }
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        steps.append(
            {match.captured(1).toInt(), match.captured(2).replace(u'_', u' '), QString::fromUtf8(file.readAll())});
    }
    return steps;
}

QStringList Migrator::splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    for (const QString& line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith("--"_L1))
            continue;
        current += line + u'\n';
        // A semicolon inside a dollar-quoted body (a PostgreSQL function) does not end the statement.
        const bool insideBody = current.count("$$"_L1) % 2 == 1;
        if (trimmed.endsWith(u';') && !insideBody) {
            current = current.trimmed();
            current.chop(1);
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Result<int> Migrator::currentVersion(const Database& database)
{
    if (!database.tableNames().contains(QLatin1StringView(kVersionTable)))
        return 0;
    SqlQuery query(database, u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
    auto version = query.execScalar();
    if (!version)
        return version.error();
    return version->toInt();
}

int Migrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

Result<MigrationReport> Migrator::migrate(const Database& database) const
{
    auto current = currentVersion(database);
    if (!current)
        return current.error();

    MigrationReport report;
    report.fromVersion = report.toVersion = *current;
    if (*current > latestVersion()) {
        return Error {u"migration.database-newer"_s,
                      tr("This database was written by a newer Marketdesk (schema version %1; this version knows up "
                         "to %2). Update Marketdesk, or choose another database. Nothing was changed.")
                          .arg(*current)
                          .arg(latestVersion()),
                      database.config().displayName()};
    }

    for (const QString& statement : database.dialect().persistentSetup()) {
        QSqlQuery query(database.connection());
        if (!query.exec(statement)) {
            return Error {u"migration.setup-failed"_s,
                          tr("Cannot prepare the database: %1").arg(query.lastError().text()), statement};
        }
    }

    const bool pending = std::any_of(m_steps.cbegin(), m_steps.cend(),
                                     [&](const MigrationStep& step) { return step.version > *current; });
    if (!pending)
        return report;

    if (database.dialect().isSqlite() && *current > 0) {
        auto backup = backupSqlite(database, *current);
        if (!backup)
            return backup.error();
        report.backupPath = *backup;
    }

    for (const MigrationStep& step : m_steps) {
        if (step.version <= report.toVersion)
            continue;
        qCInfo(lcMigration) << "applying step" << step.version << step.description;
        if (Status status = applyStep(database, step); !status) {
            Error error = status.error();
            qCCritical(lcMigration).noquote() << "step" << step.version << "failed:" << error.toLogString();
            return Error {u"migration.step-failed"_s,
                          tr("Updating the database failed at step %1 (%2): %3. The database was left as it was "
                             "before this step.")
                              .arg(step.version)
                              .arg(step.description, error.message),
                          error.detail};
        }
        report.applied << step.version;
        report.toVersion = step.version;
    }
    return report;
}

Result<QString> Migrator::backupSqlite(const Database& database, int fromVersion) const
{
    const QFileInfo file(database.config().sqlitePath);
    const QString path =
        file.absoluteDir().filePath(u"%1.v%2-%3.bak"_s.arg(file.fileName())
                                        .arg(fromVersion)
                                        .arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz'Z'"_s)));
    SqlQuery query(database, u"VACUUM INTO :path"_s);
    query.bind(u":path"_s, path);
    if (Status status = query.exec(); !status) {
        return Error {u"migration.backup-failed"_s,
                      tr("Cannot copy the database to %1 before updating it; nothing was changed. %2")
                          .arg(QDir::toNativeSeparators(path), status.error().message),
                      status.error().detail};
    }
    qCInfo(lcMigration) << "copied the database aside to" << path;
    return path;
}

Status Migrator::applyStep(const Database& database, const MigrationStep& step) const
{
    // A step that rebuilds a table others refer to turns SQLite's foreign keys off around its transaction (the
    // pragma is ignored inside one), checks every reference before committing, and turns them back on.
    const bool foreignKeysOff = database.dialect().isSqlite() &&
        step.sql.contains(QRegularExpression(u"^-- @foreign-keys-off$"_s, QRegularExpression::MultilineOption));
    auto setForeignKeys = [&database](bool on) {
        QSqlQuery(database.connection()).exec(on ? u"PRAGMA foreign_keys = ON"_s : u"PRAGMA foreign_keys = OFF"_s);
    };
    if (foreignKeysOff)
        setForeignKeys(false);
    const auto restore = qScopeGuard([&] {
        if (foreignKeysOff)
            setForeignKeys(true);
    });

    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.error();

    QStringList statements {
        u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
        "applied_at BIGINT NOT NULL)"_s};
    statements += splitStatements(database.dialect().expand(step.sql));
    for (const QString& statement : std::as_const(statements)) {
        QSqlQuery query(database.connection());
        if (!query.exec(statement)) {
            return Error {u"migration.statement-failed"_s,
                          query.lastError().databaseText().isEmpty() ? query.lastError().text()
                                                                     : query.lastError().databaseText(),
                          statement.simplified().left(200)};
        }
    }

    if (foreignKeysOff) {
        QSqlQuery check(database.connection());
        if (!check.exec(u"PRAGMA foreign_key_check"_s) || check.next()) {
            return Error {
                u"migration.foreign-keys"_s,
                tr("The update left a reference to a missing row in table %1.").arg(check.value(0).toString()),
                check.lastError().text()};
        }
    }

    SqlQuery record(database,
                    u"INSERT INTO schema_migrations (version, description, applied_at) "
                    "VALUES (:version, :description, :applied)"_s);
    record.bind(u":version"_s, step.version)
        .bind(u":description"_s, step.description)
        .bind(u":applied"_s, QDateTime::currentMSecsSinceEpoch());
    if (Status status = record.exec(); !status)
        return status;
    Status committed = transaction.commit();
    database.schemaChanged();
    return committed;
}

} // namespace md
