#include "TestDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace md::test {

namespace {
QAtomicInt g_counter;

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}
} // namespace

void addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgresql") << Backend::PostgreSQL;
}

std::optional<DatabaseConfig> TestDatabase::postgresAdminConfig(QString* error)
{
    const QString state = qEnvironmentVariable("MARKETDESK_TEST_PG_DIR");
    const QString url = state.isEmpty() ? QString() : readFile(state + u"/url"_s);
    if (url.isEmpty()) {
        *error = u"The test PostgreSQL server is not running: run the tests through ctest (fixture \"postgres\") "
                 "or ./setup.sh test. MARKETDESK_TEST_PG_DIR=%1"_s.arg(state);
        return std::nullopt;
    }
    auto config = DatabaseConfig::fromUrl(url);
    if (!config) {
        *error = config.error().message;
        return std::nullopt;
    }
    config->password = readFile(state + u"/password"_s);
    return *config;
}

std::unique_ptr<TestDatabase> TestDatabase::create(Backend backend, QString* error)
{
    std::unique_ptr<TestDatabase> test(new TestDatabase);
    if (backend == Backend::Sqlite) {
        test->m_dir = std::make_unique<QTemporaryDir>();
        test->m_config = DatabaseConfig::sqlite(test->m_dir->filePath(u"test.sqlite"_s));
    } else {
        auto admin = postgresAdminConfig(error);
        if (!admin)
            return nullptr;
        auto adminDb = Database::open(*admin);
        if (!adminDb) {
            *error = adminDb.error().toLogString();
            return nullptr;
        }
        // The name is ours (digits and letters only), so it can be part of the statement.
        test->m_pgName =
            u"md_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(g_counter.fetchAndAddRelaxed(1));
        QSqlQuery query((*adminDb)->connection());
        if (!query.exec(u"CREATE DATABASE %1"_s.arg(test->m_pgName))) {
            *error = query.lastError().text();
            return nullptr;
        }
        test->m_config = *admin;
        test->m_config.databaseName = test->m_pgName;
    }
    if (!test->reopen(error))
        return nullptr;
    return test;
}

bool TestDatabase::reopen(QString* error)
{
    m_database.reset();
    auto database = Database::open(m_config);
    if (!database) {
        *error = database.error().toLogString();
        return false;
    }
    m_database = std::move(*database);
    return true;
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (m_pgName.isEmpty())
        return;
    QString error;
    if (auto admin = postgresAdminConfig(&error)) {
        if (auto adminDb = Database::open(*admin)) {
            QSqlQuery query((*adminDb)->connection());
            query.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgName));
        }
    }
}

} // namespace md::test
