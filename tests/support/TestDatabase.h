#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace md::test {

/// A fresh, empty database for one test: an SQLite file in a temporary folder, or a new database on the
/// harness's PostgreSQL server (ctest fixture "postgres"), dropped afterwards.
class TestDatabase {
public:
    /// Creates one; on failure returns nullptr and sets *error (the test should QFAIL with it).
    static std::unique_ptr<TestDatabase> create(Backend backend, QString* error);
    ~TestDatabase();

    Database& db() { return *m_database; }
    /// The config, password included, for opening more connections to the same database.
    const DatabaseConfig& config() const { return m_config; }
    /// Closes the connection (e.g. before reopening with another config).
    void close() { m_database.reset(); }
    /// Opens (again) a connection to the same database.
    bool reopen(QString* error);

    /// The harness server's admin config, or an error text when it is not running.
    static std::optional<DatabaseConfig> postgresAdminConfig(QString* error);

private:
    TestDatabase() = default;

    DatabaseConfig m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QString m_pgName;
};

/// Adds "sqlite" and "postgresql" rows to a data-driven test with a column "backend".
void addBackendRows();

} // namespace md::test
