#pragma once

#include "core/Result.h"
#include "domain/Account.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace md {

class Database;
class SecretStore;

/// What a person does to an account once it is connected: rename its house, change its purpose, deactivate or
/// reactivate it, forget it (its keychain secrets first, then its rows). The rules live here, not in the
/// window or the wiring; each refusal is a sentence for the person, and each change is announced, so whoever
/// holds tokens, alerts or rows of the account reacts to the signal instead of being told by hand.
class AccountService : public QObject {
    Q_OBJECT
public:
    AccountService(const Database& database, SecretStore& secrets, QObject* parent = nullptr);

    /// Whether `houseName` can name the account: not empty, at most 64 characters, and not the house of another
    /// active account (`excludingAccountId`: the account itself).
    static Status checkHouseName(const Database& database, const QString& houseName, qint64 excludingAccountId = 0);

    /// Renames the house (every copy of the name in the same transaction, see AccountRepository::update).
    Status rename(qint64 accountId, const QString& houseName);
    Status changePurpose(qint64 accountId, Purpose purpose);
    /// Deactivates (no jobs run) or reactivates it; reactivating is refused while another active account has
    /// its house name.
    Status setActive(qint64 accountId, bool active);
    /// Deletes its tokens from the keychain, then (only when that worked) the account and everything stored for
    /// it. `done` gets the outcome.
    void forget(qint64 accountId, std::function<void(const Status&)> done);

signals:
    /// Something about the account changed (its rows are to be read again).
    void changed(qint64 accountId);
    /// It was deactivated or reactivated: tokens held in memory go, and a deactivated one has nothing to warn about.
    void activeChanged(qint64 accountId, bool active);
    /// It is gone, with its secrets.
    void forgotten(qint64 accountId);

private:
    Result<Account> load(qint64 accountId) const;
    /// Loads the account, applies `change`, stores it and announces it.
    Status update(qint64 accountId, const std::function<void(Account&)>& change);

    const Database& m_database;
    SecretStore& m_secrets;
};

} // namespace md
