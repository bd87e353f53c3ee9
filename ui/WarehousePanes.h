#pragma once

#include "core/Result.h"
#include "domain/Stock.h"

#include <QObject>

#include <functional>
#include <optional>
#include <utility>

class QPushButton;
class QWidget;

namespace md {

class Database;
class DatabaseWorker;
class OutboxModel;
class StockModel;
class TablePane;

/// The Stock pane's parts over its TablePane: the ledger of the selected SKU at its location in the details, and
/// Count… to record what a person counted (refused when the stock changed meanwhile). Reads and writes go through
/// the database worker.
class StockPane : public QObject {
    Q_OBJECT
public:
    StockPane(TablePane* pane, StockModel* model, DatabaseWorker* worker, QWidget* window);
    /// Records a count of the current row's SKU at its location (the dialog's work, callable by tests).
    void recount(int counted, const QString& note);
    /// Records stock received at the current row's location (the Receive dialog's work, callable by tests).
    void receive(int quantity, const QString& note);
    /// Moves free stock of the current row's SKU to another location (the Transfer dialog's work).
    void transfer(qint64 toLocationId, int quantity, const QString& note);
    /// Receives stock of any SKU at a location given by its code, created when new (the Add stock dialog's work).
    void addStock(const QString& sku, const QString& locationCode, int quantity, const QString& note);

signals:
    /// Stock changed: the pane's rows should be read again.
    void changed();
    void message(const QString& text, int timeoutMs);
    void finished(bool ok);

private:
    /// What the Count and Receive dialogs ask: a quantity and a note.
    struct QuantityQuestion {
        QString name; ///< object names: NAMEDialog, NAMEQuantity, NAMENote
        QString title;
        QString intro;
        QString quantityLabel;
        int minimum = 0;
        int value = 0;
        QString noteLabel;
        QString notePlaceholder;
    };
    std::optional<std::pair<int, QString>> askQuantity(const QuantityQuestion& question);
    /// Runs a change of the current row's stock on the worker; says `done(level)` or why it was refused.
    void changeStock(const QString& what, std::function<Status(const Database&, const StockLevel&)> change,
                     std::function<QString(const StockLevel&)> done);
    void openCountDialog();
    void openReceiveDialog();
    void openTransferDialog();
    void openAddDialog();
    /// Reads the locations on the worker, then calls `use` on the GUI thread.
    void withLocations(std::function<void(const QList<Location>&)> use);
    void showLedger();
    TablePane* m_pane;
    StockModel* m_model;
    DatabaseWorker* m_worker;
    QWidget* m_window;
    QPushButton* m_count;
    QPushButton* m_receive;
    QPushButton* m_transfer = nullptr;
    QString m_ledgerHtml;
    qint64 m_ledgerFor = -1;
};

/// The Outbox pane's parts: Retry for an action the marketplace stopped (looked up there first), Withdraw for one
/// not sent yet.
class OutboxPane : public QObject {
    Q_OBJECT
public:
    OutboxPane(TablePane* pane, OutboxModel* model, DatabaseWorker* worker, QWidget* window);
    enum Step { Retry, Withdraw };
    Q_ENUM(Step)
    /// Applies the step to the current row's entry.
    void apply(Step step);

signals:
    /// The outbox changed: read it again and send what is due.
    void changed();
    void message(const QString& text, int timeoutMs);
    void finished(bool ok);

private:
    void update();
    TablePane* m_pane;
    OutboxModel* m_model;
    DatabaseWorker* m_worker;
    QWidget* m_window;
    QPushButton* m_retry;
    QPushButton* m_withdraw;
};

} // namespace md
