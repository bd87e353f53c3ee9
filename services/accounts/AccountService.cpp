#include "accounts/AccountService.h"

#include "logging/LogCategories.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "storage/repositories/AccountRepository.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace md {

AccountService::AccountService(const Database& database, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
{
}

Status AccountService::checkHouseName(const Database& database, const QString& houseName, qint64 excludingAccountId)
{
    const QString name = houseName.trimmed();
    if (name.isEmpty())
        return Error {u"account.house-empty"_s, tr("Give the account a house name, such as \"Warehouse-A\"."), {}};
    if (name.size() > 64)
        return Error {u"account.house-too-long"_s, tr("A house name has at most 64 characters."), {}};
    auto taken = AccountRepository(database).houseNameTaken(name, excludingAccountId);
    if (!taken)
        return taken.error();
    if (*taken) {
        return Error {u"account.house-taken"_s,
                      tr("An active account is already called \"%1\". Choose another house name.").arg(name),
                      {}};
    }
    return {};
}

Result<Account> AccountService::load(qint64 accountId) const
{
    auto account = AccountRepository(m_database).findById(accountId);
    if (!account)
        return account.error();
    if (!account->has_value())
        return Error {u"account.not-found"_s, tr("This account is no longer stored."), QString::number(accountId)};
    return **account;
}

Status AccountService::update(qint64 accountId, const std::function<void(Account&)>& change)
{
    auto account = load(accountId);
    if (!account)
        return account.error();
    Account changedAccount = *account;
    change(changedAccount);
    if (Status updated = AccountRepository(m_database).update(changedAccount); !updated)
        return updated;
    emit changed(accountId);
    return {};
}

Status AccountService::rename(qint64 accountId, const QString& houseName)
{
    QString before;
    Status renamed = update(accountId, [&](Account& a) {
        before = a.houseName;
        a.houseName = houseName.trimmed();
    });
    if (renamed)
        qCInfo(lcAuth).noquote() << "renamed the house" << before << "to" << houseName.trimmed();
    return renamed;
}

Status AccountService::changePurpose(qint64 accountId, Purpose purpose)
{
    return update(accountId, [purpose](Account& a) { a.purpose = purpose; });
}

Status AccountService::setActive(qint64 accountId, bool active)
{
    auto account = load(accountId);
    if (!account)
        return account.error();
    if (active) {
        // Another active account may have taken the house name meanwhile.
        if (Status house = checkHouseName(m_database, account->houseName, accountId); !house) {
            return Error {house.error().code,
                          house.error().message + u"\n\n"_s + tr("Rename the house first, then reactivate it."),
                          {}};
        }
    }
    if (Status changedState = AccountRepository(m_database).setActive(accountId, active); !changedState)
        return changedState;
    qCInfo(lcAuth).noquote() << (active ? "reactivated" : "deactivated") << account->houseName;
    emit activeChanged(accountId, active);
    emit changed(accountId);
    return {};
}

void AccountService::forget(qint64 accountId, std::function<void(const Status&)> done)
{
    auto account = load(accountId);
    if (!account) {
        done(account.error());
        return;
    }
    const Account a = *account;
    // Keychain first: the tokens must go even if the database is kept by a failure below.
    auto remaining = std::make_shared<int>(2);
    auto failed = std::make_shared<QString>();
    for (const QString& kind : {u"access"_s, u"refresh"_s}) {
        m_secrets.remove(secretkeys::tokenKey(a.provider, a.environment, a.externalUserId, kind),
                         [this, a, remaining, failed, done](const Status& removed) {
                             if (!removed)
                                 *failed = removed.error().message;
                             if (--*remaining > 0)
                                 return;
                             if (!failed->isEmpty()) {
                                 done(Error {u"account.keychain"_s,
                                             tr("The tokens of %1 could not be deleted from the keychain, so the "
                                                "account was kept: %2")
                                                 .arg(a.houseName, *failed),
                                             {}});
                                 return;
                             }
                             if (Status removedRow = AccountRepository(m_database).remove(a.id); !removedRow) {
                                 done(removedRow);
                                 return;
                             }
                             qCInfo(lcAuth).noquote() << "forgot the account" << a.houseName << "and its data";
                             emit forgotten(a.id);
                             emit changed(a.id);
                             done({});
                         });
    }
}

} // namespace md
