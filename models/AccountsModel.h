#pragma once

#include "domain/Account.h"
#include "domain/AccountStatus.h"
#include "domain/HealthEvent.h"
#include "domain/Provider.h"
#include "domain/TokenMetadata.h"
#include "models/RecordTableModel.h"
#include "storage/Database.h"

namespace md {

/// One row of the Accounts pane: the account, its token metadata and its last health check.
struct AccountRow {
    Account account;
    std::optional<TokenMetadata> tokens; ///< nullopt: never connected (or an OfferUp manual account)
    std::optional<HealthEvent> lastHealth;
    qint64 id = 0; ///< account.id (RecordTableModel keys on it)
};

/// Accounts, one row per account, with their status (text and colour), token expiries and last health check.
/// The status also depends on what only the running app knows (the keychain's state, refreshes under way):
/// set those with setKeychainAvailable() and setRefreshing().
class AccountsModel : public RecordTableModel<AccountRow> {
    Q_OBJECT
public:
    enum Column {
        House,
        Provider,
        MarketplaceUser,
        Purpose,
        Marketplace,
        Status,
        AccessExpires,
        ReauthorizationDue,
        LastHealth,
        Environment,
        ColumnCount
    };
    /// The status value (an md::AccountStatus) of a row.
    static constexpr int StatusRole = Qt::UserRole + 20;

    using RecordTableModel::RecordTableModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Re-reads the accounts (keeping the view's selection).
    md::Status reload(const Database& database);
    void setKeychainAvailable(bool available);
    void setRefreshing(const QSet<qint64>& accountIds);
    /// Time moves on: updates the status and "in …" columns.
    void tick();
    AccountStatus status(const AccountRow& row) const;
    AccountStatus status(int row) const { return status(record(row)); }
    /// The colour a status is shown in (always with its text).
    static QColor statusColor(AccountStatus status);

protected:
    int columns() const override { return ColumnCount; }
    qint64 idOf(const AccountRow& a) const override { return a.id; }
    QVariant cellData(const AccountRow& a, int column, int role) const override;
    QVariant sortValue(const AccountRow& a, int column) const override;

private:
    QDateTime now() const;
    bool m_keychainAvailable = true;
    QSet<qint64> m_refreshing;
};

} // namespace md
