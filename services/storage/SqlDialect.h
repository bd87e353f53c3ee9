#pragma once

#include "storage/DatabaseConfig.h"

#include <QString>
#include <QStringList>

namespace md {

/// Every difference between SQLite and PostgreSQL that Marketdesk's SQL meets, in one place.
///
/// Migration files are written once with placeholders (${ID}, ${BOOL}, ${BLOB}, ${NOCASE}) that expand() fills
/// in; queries otherwise use the common subset both servers speak (ON CONFLICT … DO UPDATE, RETURNING, partial
/// and expression indexes, TRUE/FALSE literals).
class SqlDialect {
public:
    explicit SqlDialect(Backend backend)
        : m_backend(backend)
    {
    }

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }
    QString driverName() const;

    /// Expands the placeholders of a migration template for this server and keeps only the lines meant for it
    /// (blocks between "-- @sqlite" or "-- @postgresql" and "-- @end").
    QString expand(const QString& sqlTemplate) const;
    /// Statements run on every new connection (pragmas, session settings); they change nothing in the file.
    QStringList sessionSetup() const;
    /// Statements that change the database file's own settings; run by the migrator once the schema is known.
    QStringList persistentSetup() const;
    /// A query returning one row and one column: the server's version text.
    QString serverVersionQuery() const;
    /// A query returning the names of Marketdesk's tables, one per row.
    QString tableNamesQuery() const;

    /// Statements that (re)write an order's search terms, binding :id and :terms (FTS5 table / tsvector table).
    QStringList orderSearchWrite() const;
    /// A condition true for the orders whose terms match the search bound at `placeholder`.
    QString orderSearchCondition(const QString& idColumn, const QString& placeholder) const;
    /// The search to bind for `words` (letters and digits only): every word, as a prefix, must match.
    QString orderSearchQuery(const QStringList& words) const;

private:
    Backend m_backend;
};

} // namespace md
