#include "storage/DatabaseConfig.h"

#include "logging/Redactor.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace md {

DatabaseConfig DatabaseConfig::sqlite(const QString& path)
{
    DatabaseConfig config;
    config.backend = Backend::Sqlite;
    config.sqlitePath = QDir::cleanPath(QDir().absoluteFilePath(path));
    return config;
}

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error {u"database.url-empty"_s, tr("The database address is empty."), {}};

    if (!trimmed.contains(u"://"_s)) {
        // A file path, unless it only looks like one: a mistyped address ("postgresql//host/db", "::::") must
        // never become a new empty SQLite file.
        static const QRegularExpression addressLike(u"^(postgres(ql)?|sqlite)\\b|[:@]"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
        if (addressLike.match(trimmed).hasMatch()) {
            return Error {u"database.url-invalid"_s,
                          tr("\"%1\" is neither a database address nor a file path. A PostgreSQL address looks like "
                             "postgresql://user@host:5432/dbname; a SQLite database is a file path such as "
                             "/home/me/marketdesk.sqlite.")
                              .arg(trimmed),
                          {}};
        }
        return sqlite(trimmed);
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    static const QRegularExpression portPart(u"^[a-z]+://[^/]*:(\\d*)(/|$)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (const auto port = portPart.match(trimmed); port.hasMatch()) {
        bool ok = false;
        const int number = port.captured(1).toInt(&ok);
        if (!ok || number < 1 || number > 65535) {
            return Error {u"database.port-invalid"_s,
                          tr("The port in the database address must be a number from 1 to 65535 (PostgreSQL's is "
                             "usually 5432); \"%1\" is not.")
                              .arg(port.captured(1)),
                          {}};
        }
    }
    if (!url.isValid()) {
        return Error {u"database.url-invalid"_s,
                      tr("\"%1\" is not a valid database address. A PostgreSQL address looks like "
                         "postgresql://user@host:5432/dbname.")
                          .arg(trimmed),
                      url.errorString()};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == "sqlite"_L1) {
        if (url.path().isEmpty())
            return Error {u"database.sqlite-path-missing"_s, tr("The SQLite address names no file."), {}};
        return sqlite(url.path());
    }
    if (scheme != "postgresql"_L1 && scheme != "postgres"_L1) {
        return Error {u"database.scheme-unsupported"_s,
                      tr("Unsupported database type \"%1\": use postgresql://user@host:port/dbname or a SQLite "
                         "file path.")
                          .arg(scheme),
                      {}};
    }

    DatabaseConfig config;
    config.backend = Backend::PostgreSQL;
    config.host = url.host();
    if (config.host.isEmpty())
        return Error {u"database.host-missing"_s, tr("The PostgreSQL address names no host."), {}};
    config.port = url.port(5432);
    config.user = url.userName();
    if (config.user.isEmpty())
        return Error {u"database.user-missing"_s, tr("The PostgreSQL address names no user (user@host)."), {}};
    config.databaseName = url.path().mid(1);
    if (config.databaseName.isEmpty() || config.databaseName.contains(u'/'))
        return Error {u"database.name-missing"_s, tr("The PostgreSQL address names no database (/dbname)."), {}};
    config.password = url.password();
    if (!config.password.isEmpty())
        Redactor::addSecret(config.password);

    QStringList options;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        static const QStringList allowed {u"sslmode"_s, u"connect_timeout"_s, u"application_name"_s, u"sslrootcert"_s,
                                          u"target_session_attrs"_s};
        if (!allowed.contains(key)) {
            return Error {u"database.option-unsupported"_s,
                          tr("Unsupported PostgreSQL option \"%1\" in the database address.").arg(key),
                          {}};
        }
        options << key + u'=' + value;
    }
    config.options = options.join(u';');
    return config;
}

QString DatabaseConfig::toUrl() const
{
    if (backend == Backend::Sqlite)
        return sqlitePath;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + databaseName);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (const QString& option : options.split(u';', Qt::SkipEmptyParts))
            query.addQueryItem(option.section(u'=', 0, 0), option.section(u'=', 1));
        url.setQuery(query);
    }
    return url.toString();
}

QString DatabaseConfig::displayName() const
{
    if (backend == Backend::Sqlite)
        return tr("SQLite — %1").arg(QDir::toNativeSeparators(sqlitePath));
    return tr("PostgreSQL — %1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

QString DatabaseConfig::passwordKey() const
{
    return u"database/"_s + toUrl();
}

} // namespace md
