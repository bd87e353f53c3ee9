#pragma once

#include "domain/Account.h"
#include "domain/Provider.h"
#include "domain/TokenMetadata.h"
#include "storage/Database.h"

namespace md {

/// Accounts with their token metadata and granted scopes (one aggregate). Never sees a token.
class AccountRepository {
    Q_DECLARE_TR_FUNCTIONS(md::AccountRepository)
public:
    explicit AccountRepository(const Database& database)
        : m_db(database)
    {
    }

    /// Inserts a new account and returns its id; a duplicate marketplace user or active house name is refused.
    Result<qint64> insert(const Account& account);
    Status update(const Account& account);
    Result<std::optional<Account>> findById(qint64 id) const;
    Result<std::optional<Account>> findByExternalUser(Provider provider, Environment environment,
                                                      const QString& externalUserId) const;
    Result<QList<Account>> list() const;
    /// Whether an active account other than excludingId already uses this house name (case-insensitive).
    Result<bool> houseNameTaken(const QString& houseName, qint64 excludingId = 0) const;
    Status setActive(qint64 id, bool active);
    /// Deletes the account and, through cascades, everything synced for it.
    Status remove(qint64 id);

    Status saveTokenMetadata(const TokenMetadata& metadata);
    Result<std::optional<TokenMetadata>> tokenMetadata(qint64 accountId) const;
    /// Replaces the granted scopes of an account.
    Status setScopes(qint64 accountId, const QStringList& scopes);
    Result<QStringList> scopes(qint64 accountId) const;

private:
    const Database& m_db;
};

} // namespace md
