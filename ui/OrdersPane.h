#pragma once

#include "storage/repositories/OrderRepository.h"
#include "ui/OrderDialogs.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabBar;
class QToolButton;
class QWidget;

namespace md {

class AccountsModel;
class DatabaseWorker;
class OrdersModel;
class TablePane;
struct PackingSlips;
struct PickList;

/// The Orders pane's own parts over its TablePane: the search and filters (house, marketplace, status, dates,
/// needs attention) that the model runs in SQL, the match count, the scan box, Ship/Pack/Cancel, the pick list and
/// the CSV export. Every database step goes through the database worker; the GUI thread only asks and shows.
class OrdersPane : public QObject {
    Q_OBJECT
public:
    OrdersPane(TablePane* pane, OrdersModel* model, AccountsModel* accounts, DatabaseWorker* worker, QWidget* window);

    TablePane* pane() const { return m_pane; }
    /// The views over the orders: All orders, To ship (open orders by ship-by date).
    enum View { AllOrders, ToShip };
    Q_ENUM(View)
    QTabBar* viewTabs() const { return m_viewTabs; }
    void setView(View view);
    QLineEdit* scanBox() const { return m_scanBox; }
    /// Beside the scan box: what the last scan found wrong (hidden when it found its order).
    QLabel* scanProblem() const { return m_scanProblem; }
    /// The order of the current row (0: none).
    qint64 currentOrderId() const;
    /// The orders of the selected rows, in view order.
    QList<qint64> selectedOrderIds() const;
    /// Makes the order current; false when it is not among the rows read.
    bool selectOrder(qint64 orderId);
    /// Looks up a scanned order or tracking number and shows that order (or says that none has it).
    void openCode(const QString& code);

    /// Writes the orders of the current view to `path` as CSV, with a cancellable progress dialog.
    void exportCsv(const QString& path);
    /// Builds the pick list of the selected orders and hands it to `use` (on the GUI thread).
    void buildPickList(const std::function<void(const PickList&)>& use);
    /// Marks the orders of a pick list that was printed or saved as picked (on the worker), then re-reads.
    void markPicked(const PickList& list);
    /// Reads the selected orders' packing slips and hands them to `use` (on the GUI thread).
    void buildPackingSlips(const std::function<void(const PackingSlips&)>& use);
    /// Ships several orders at once (the batch dialog's work, one outbox entry each, on the worker); `done` gets
    /// the orders refused and why.
    void shipBatch(const QList<BatchShipDialog::Shipment>& shipments,
                   const std::function<void(const QHash<qint64, QString>&)>& done = {});
    /// Marks every order given that can be packed as packed (on the worker).
    void packOrders(const QList<qint64>& orderIds);

    enum Action { Ship, Pack, Cancel, Stock };
    Q_ENUM(Action)
    /// Runs an action on the current order: its dialog, then the outbox entry written on the worker.
    void act(Action action);
    /// Moves or releases what the order's lines hold (the Stock dialog's work, on the worker; tests call it).
    void changeReservations(qint64 orderId, const QList<ReservationsDialog::Change>& changes);
    /// Gives a line without SKU the SKU it sold, remembered for its marketplace item (the mapping dialog's work,
    /// on the worker; tests call it).
    void mapLine(qint64 lineId, const QString& sku);
    /// What a sync is doing now (empty: none): the empty pane says orders are on their way instead of asking
    /// to connect an account.
    void setSyncActivity(const QString& text);
    /// Saves the warehouse's note on the order (on the worker; the note dialog's work, callable by tests).
    void setNote(qint64 orderId, const QString& note);

signals:
    /// Something was written to the outbox (and its order changed): time to send it and to read the orders again.
    void outboxWritten();
    /// A message for the status bar.
    void message(const QString& text, int timeoutMs);
    /// Stock levels changed (reservations moved by hand): whoever shows them reads them again.
    void stockChanged();
    /// An export, a pick list or an action finished (tests wait on it).
    void finished(const QString& what, bool ok);

private:
    void buildFilters();
    void buildActions();
    void applyFilter();
    void updateHouses();
    void updateEmptyText();
    void updateActions();
    void updateCount();
    QString detailsHtml(int row);
    void ship(qint64 orderId);
    void shipSelected(const QList<qint64>& orderIds);
    /// Of the `selection`, the orders an action can take (the current one when nothing is selected).
    QList<qint64> actionable(Action action, QList<qint64> selection) const;
    /// Reads something of the selected orders on the worker (`build`) and hands it to `use`; a failure is
    /// reported under `what`; finished(`tag`, ok) either way.
    template<typename T>
    void readForSelection(const QString& what, const QString& tag,
                          std::function<Result<T>(const Database&, const QList<qint64>&)> build,
                          const std::function<void(const T&)>& use);
    void cancel(qint64 orderId);
    void openReservations(qint64 orderId);
    void editNote(qint64 orderId);
    void openMapping(qint64 lineId);
    void report(const QString& what, const QString& message);

    TablePane* m_pane;
    OrdersModel* m_model;
    AccountsModel* m_accounts;
    DatabaseWorker* m_worker;
    QWidget* m_window;
    QTabBar* m_viewTabs = nullptr;
    OrderSort m_allOrdersSort; ///< the All orders view's sort, back when leaving To ship
    QComboBox* m_house = nullptr;
    QComboBox* m_provider = nullptr;
    QComboBox* m_status = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_attention = nullptr;
    QLabel* m_count = nullptr;
    QLineEdit* m_scanBox = nullptr;
    QLabel* m_scanProblem = nullptr;
    QPushButton* m_showAll = nullptr;
    QHash<int, QPushButton*> m_buttons;
    QToolButton* m_pickList = nullptr; ///< the Print menu: pick list and packing slips
    QPushButton* m_export = nullptr;
    QString m_text;
    QString m_syncActivity;
    QList<qint64> m_scannedIds;
    qint64 m_selectWhenRead = 0; ///< an order to make current once the rows asked for arrive (or read again)
};

} // namespace md
