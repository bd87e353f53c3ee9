#include "storage/repositories/AccountRepository.h"

#include "storage/Database.h"
#include "storage/RowReading.h"

using namespace Qt::StringLiterals;

namespace md {

namespace {

constexpr auto kColumns = "id, provider, environment, house_name, purpose, external_user_id, username, "
                          "marketplace_id, site_id, shop_domain, active, default_location_id, connected_at, "
                          "created_at, updated_at";

Account readAccount(SqlQuery& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.provider = providerFromKey(q.value(1).toString()).value_or(Provider::Ebay);
    a.environment = environmentFromKey(q.value(2).toString()).value_or(Environment::Production);
    a.houseName = q.value(3).toString();
    a.purpose = purposeFromKey(q.value(4).toString()).value_or(Purpose::Seller);
    a.externalUserId = q.value(5).toString();
    a.username = q.value(6).toString();
    a.marketplaceId = q.value(7).toString();
    a.siteId = q.value(8).toString();
    a.shopDomain = q.value(9).toString();
    a.active = q.value(10).toBool();
    a.defaultLocationId = sql::toOptionalId(q.value(11));
    a.connectedAt = sql::toTime(q.value(12));
    a.createdAt = sql::toTime(q.value(13));
    a.updatedAt = sql::toTime(q.value(14));
    return a;
}

void bindAccount(SqlQuery& q, const Account& a)
{
    q.bind(u":provider"_s, providerKey(a.provider))
        .bind(u":environment"_s, environmentKey(a.environment))
        .bind(u":house"_s, a.houseName.trimmed())
        .bind(u":purpose"_s, purposeKey(a.purpose))
        .bind(u":external"_s, a.externalUserId)
        .bind(u":username"_s, sql::fromText(a.username))
        .bind(u":marketplace"_s, sql::fromText(a.marketplaceId))
        .bind(u":site"_s, sql::fromText(a.siteId))
        .bind(u":shop"_s, sql::fromText(a.shopDomain))
        .bind(u":active"_s, a.active)
        .bind(u":location"_s, sql::fromOptionalId(a.defaultLocationId))
        .bind(u":connected"_s, sql::fromTime(a.connectedAt))
        .bind(u":now"_s, QDateTime::currentMSecsSinceEpoch());
}

Result<std::optional<Account>> readOne(SqlQuery& q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Account>();
    return std::optional<Account>(readAccount(q));
}

} // namespace

Result<qint64> AccountRepository::insert(const Account& account)
{
    SqlQuery q(m_db,
               u"INSERT INTO accounts (provider, environment, house_name, purpose, external_user_id, username, "
               "marketplace_id, site_id, shop_domain, active, default_location_id, connected_at, created_at, "
               "updated_at) VALUES (:provider, :environment, :house, :purpose, :external, :username, "
               ":marketplace, :site, :shop, :active, :location, :connected, :now, :now) RETURNING id"_s);
    bindAccount(q, account);
    auto id = q.execScalar();
    if (!id) {
        if (id.error().code == "database.unique-violation"_L1) {
            return Error {id.error().code,
                          tr("An account for this marketplace user, or an active account named \"%1\", already "
                             "exists.")
                              .arg(account.houseName.trimmed()),
                          id.error().detail};
        }
        return id.error();
    }
    return id->toLongLong();
}

Status AccountRepository::update(const Account& account)
{
    SqlQuery q(m_db,
               u"UPDATE accounts SET provider = :provider, environment = :environment, house_name = :house, "
               "purpose = :purpose, external_user_id = :external, username = :username, "
               "marketplace_id = :marketplace, site_id = :site, shop_domain = :shop, active = :active, "
               "default_location_id = :location, connected_at = :connected, updated_at = :now "
               "WHERE id = :id"_s);
    bindAccount(q, account);
    q.bind(u":id"_s, account.id);
    // The house name is copied into orders and returns (so lists and exports need no join): a rename renames
    // every copy in the same transaction, so one account never shows two names and the House filter finds all.
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = q.exec(); !s)
        return s;
    for (const char* table : {"orders", "returns"}) {
        SqlQuery copies(m_db,
                        u"UPDATE %1 SET house_name = :house WHERE account_id = :id AND house_name <> :house"_s.arg(
                            QLatin1StringView(table)));
        copies.bind(u":house"_s, account.houseName.trimmed()).bind(u":id"_s, account.id);
        if (Status s = copies.exec(); !s)
            return s;
    }
    return transaction.commit();
}

Result<std::optional<Account>> AccountRepository::findById(qint64 id) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM accounts WHERE id = :id"_s.arg(QLatin1StringView(kColumns)));
    q.bind(u":id"_s, id);
    return readOne(q);
}

Result<std::optional<Account>> AccountRepository::findByExternalUser(Provider provider, Environment environment,
                                                                     const QString& externalUserId) const
{
    SqlQuery q(m_db,
               u"SELECT %1 FROM accounts WHERE provider = :provider AND environment = :environment "
               "AND external_user_id = :external"_s.arg(QLatin1StringView(kColumns)));
    q.bind(u":provider"_s, providerKey(provider))
        .bind(u":environment"_s, environmentKey(environment))
        .bind(u":external"_s, externalUserId);
    return readOne(q);
}

Result<QList<Account>> AccountRepository::list() const
{
    SqlQuery q(m_db, u"SELECT %1 FROM accounts ORDER BY lower(house_name), id"_s.arg(QLatin1StringView(kColumns)));
    return sql::readAll<Account>(q, readAccount);
}

Result<bool> AccountRepository::houseNameTaken(const QString& houseName, qint64 excludingId) const
{
    SqlQuery q(m_db,
               u"SELECT COUNT(*) FROM accounts WHERE active = :active AND lower(house_name) = lower(:house) "
               "AND id <> :id"_s);
    q.bind(u":active"_s, true).bind(u":house"_s, houseName.trimmed()).bind(u":id"_s, excludingId);
    auto count = q.execScalar();
    if (!count)
        return count.error();
    return count->toLongLong() > 0;
}

Status AccountRepository::setActive(qint64 id, bool active)
{
    SqlQuery q(m_db, u"UPDATE accounts SET active = :active, updated_at = :now WHERE id = :id"_s);
    q.bind(u":active"_s, active).bind(u":now"_s, QDateTime::currentMSecsSinceEpoch()).bind(u":id"_s, id);
    return q.exec();
}

Status AccountRepository::remove(qint64 id)
{
    SqlQuery q(m_db, u"DELETE FROM accounts WHERE id = :id"_s);
    q.bind(u":id"_s, id);
    return q.exec();
}

Status AccountRepository::saveTokenMetadata(const TokenMetadata& m)
{
    SqlQuery q(m_db,
               u"INSERT INTO token_metadata (account_id, access_expires_at, refresh_expires_at, reauth_due_at, "
               "last_refreshed_at, last_refresh_error, consecutive_failures, revoked_at, updated_at) VALUES (:account, "
               ":access, :refresh, :reauth, :refreshed, :error, :failures, :revoked, :now) ON CONFLICT (account_id) DO "
               "UPDATE SET access_expires_at = excluded.access_expires_at, refresh_expires_at = "
               "excluded.refresh_expires_at, reauth_due_at = excluded.reauth_due_at, last_refreshed_at = "
               "excluded.last_refreshed_at, last_refresh_error = excluded.last_refresh_error, "
               "consecutive_failures = excluded.consecutive_failures, revoked_at = excluded.revoked_at, "
               "updated_at = excluded.updated_at"_s);
    q.bind(u":account"_s, m.accountId)
        .bind(u":access"_s, sql::fromTime(m.accessExpiresAt))
        .bind(u":refresh"_s, sql::fromTime(m.refreshExpiresAt))
        .bind(u":reauth"_s, sql::fromTime(m.reauthDueAt))
        .bind(u":refreshed"_s, sql::fromTime(m.lastRefreshedAt))
        .bind(u":error"_s, sql::fromText(m.lastRefreshError))
        .bind(u":failures"_s, m.consecutiveFailures)
        .bind(u":revoked"_s, sql::fromTime(m.revokedAt))
        .bind(u":now"_s, QDateTime::currentMSecsSinceEpoch());
    return q.exec();
}

Result<std::optional<TokenMetadata>> AccountRepository::tokenMetadata(qint64 accountId) const
{
    SqlQuery q(
        m_db,
        u"SELECT access_expires_at, refresh_expires_at, reauth_due_at, last_refreshed_at, "
        "last_refresh_error, consecutive_failures, revoked_at FROM token_metadata WHERE account_id = :account"_s);
    q.bind(u":account"_s, accountId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<TokenMetadata>();
    TokenMetadata m;
    m.accountId = accountId;
    m.accessExpiresAt = sql::toTime(q.value(0));
    m.refreshExpiresAt = sql::toTime(q.value(1));
    m.reauthDueAt = sql::toTime(q.value(2));
    m.lastRefreshedAt = sql::toTime(q.value(3));
    m.lastRefreshError = q.value(4).toString();
    m.consecutiveFailures = q.value(5).toInt();
    m.revokedAt = sql::toTime(q.value(6));
    return std::optional<TokenMetadata>(m);
}

Status AccountRepository::setScopes(qint64 accountId, const QStringList& scopes)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    SqlQuery clear(m_db, u"DELETE FROM account_scopes WHERE account_id = :account"_s);
    clear.bind(u":account"_s, accountId);
    if (Status s = clear.exec(); !s)
        return s;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString& scope : QSet<QString>(scopes.cbegin(), scopes.cend())) {
        SqlQuery add(m_db, u"INSERT INTO account_scopes (account_id, scope, granted_at) VALUES (:a, :s, :t)"_s);
        add.bind(u":a"_s, accountId).bind(u":s"_s, scope).bind(u":t"_s, now);
        if (Status s = add.exec(); !s)
            return s;
    }
    return transaction.commit();
}

Result<QStringList> AccountRepository::scopes(qint64 accountId) const
{
    SqlQuery q(m_db, u"SELECT scope FROM account_scopes WHERE account_id = :account ORDER BY scope"_s);
    q.bind(u":account"_s, accountId);
    return sql::readAll<QString>(q, [](SqlQuery& r) { return r.value(0).toString(); });
}

} // namespace md
