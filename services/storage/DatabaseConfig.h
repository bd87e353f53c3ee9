#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace md {

/// Which SQL server holds Marketdesk's data.
enum class Backend {
    Sqlite, ///< A local file (the default): one workstation.
    PostgreSQL, ///< A shared server: several workstations in one warehouse.
};

/// Where the database is. Never holds a password for longer than a connection attempt, and never writes one:
/// toUrl() and displayName() omit it. The password comes from the keychain or the standard PG environment.
struct DatabaseConfig {
    Q_DECLARE_TR_FUNCTIONS(md::DatabaseConfig)
public:
    Backend backend = Backend::Sqlite;
    QString sqlitePath; ///< Absolute path of the SQLite file.
    QString host;
    int port = 5432;
    QString user;
    QString databaseName;
    QString password; ///< Transient; filled from the keychain or the URL just before connecting.
    QString options; ///< Extra libpq connect options, e.g. "sslmode=require".

    static DatabaseConfig sqlite(const QString& path);
    /// Parses "postgresql://user@host:port/dbname" (or postgres://, an sqlite:///path, or a plain file path).
    /// A password in the URL is accepted for this session only and registered with the log redactor.
    static Result<DatabaseConfig> fromUrl(const QString& url);

    /// The URL without any password: safe for settings, logs and the status bar.
    QString toUrl() const;
    /// Short text for people: "SQLite — /path/marketdesk.sqlite" or "PostgreSQL — user@host:5432/db".
    QString displayName() const;
    /// Key of the password in the keychain, e.g. "database/postgresql://user@host:5432/db".
    QString passwordKey() const;
};

} // namespace md
