#pragma once

#include "core/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace md {

/// One numbered schema change. Its SQL is a template for SqlDialect::expand().
struct MigrationStep {
    int version = 0;
    QString description;
    QString sql;
};

/// What a migration run did.
struct MigrationReport {
    int fromVersion = 0;
    int toVersion = 0;
    QList<int> applied;
    QString backupPath; ///< SQLite copy taken before the first step, empty when none was needed.
};

/// Brings a database to the newest schema, one step per transaction.
///
/// The version lives in schema_migrations (created inside the first step's transaction, so a failed first step
/// leaves even a fresh database empty). A step that fails is rolled back whole and named in the error; a database
/// newer than this build is refused untouched; an SQLite file that already holds data is copied aside (VACUUM
/// INTO, consistent under WAL) before the first step runs.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(md::Migrator)
public:
    Migrator();
    explicit Migrator(QList<MigrationStep> steps);

    /// The steps shipped in resources/sql/migrations (file names NNN_description.sql).
    static QList<MigrationStep> builtinSteps();
    /// Splits a migration script into statements at semicolons that end a line; "--" comment lines are dropped.
    static QStringList splitStatements(const QString& script);
    /// The database's schema version, 0 for a database Marketdesk never touched.
    static Result<int> currentVersion(const Database& database);

    int latestVersion() const;
    const QList<MigrationStep>& steps() const { return m_steps; }
    Result<MigrationReport> migrate(const Database& database) const;

private:
    Result<QString> backupSqlite(const Database& database, int fromVersion) const;
    Status applyStep(const Database& database, const MigrationStep& step) const;

    QList<MigrationStep> m_steps;
};

} // namespace md
