#pragma once

#include "domain/Order.h"
#include "domain/Stock.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace md {

/// One tracking number being typed or scanned, with its carrier: the carrier is guessed from the number's shape
/// and the destination until the person picks one, and the number is checked (check digits included) as it
/// changes. The ship dialogs are built from these.
class TrackingEntry : public QObject {
    Q_OBJECT
public:
    /// `country`: where the parcel goes (ISO 3166 code), for the guess.
    TrackingEntry(const QString& country, QWidget* parent);
    QComboBox* carrierBox() const { return m_carrier; }
    QLineEdit* trackingEdit() const { return m_tracking; }
    QString carrierId() const;
    QString trackingNumber() const;
    /// Why the number cannot be the carrier's (empty: it can, or nothing is typed yet).
    QString problem() const;
    bool isEmpty() const;
    bool isValid() const;

signals:
    void changed();

private:
    QComboBox* m_carrier;
    QLineEdit* m_tracking;
    bool m_carrierChosen = false; ///< picked by the person: no longer guessed from the number
};

/// Ship an order: the carrier and the tracking number (checked while typing or scanning; OK only when it can be
/// one of the carrier's numbers).
class ShipDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShipDialog(const Order& order, QWidget* parent = nullptr);
    QString carrierId() const;
    QString trackingNumber() const;
    /// Shows why the last attempt was refused (kept open for correction).
    void showProblem(const QString& message);
    /// With a submitter, Ship does not close the dialog: it calls `submit` and waits (buttons off) for
    /// submitFinished(), which closes it on success and shows the problem otherwise.
    void setSubmitter(std::function<void()> submit) { m_submit = std::move(submit); }
    void submitFinished(const QString& problem);

private:
    void validate();
    std::function<void()> m_submit;
    bool m_submitting = false;
    TrackingEntry* m_entry;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// Ship several orders at once: a tracking number for each, scanned in turn (Enter, as a scanner sends it, moves
/// to the next order). Orders left without a number are not shipped; each shipment is its own outbox entry.
class BatchShipDialog : public QDialog {
    Q_OBJECT
public:
    explicit BatchShipDialog(const QList<Order>& orders, QWidget* parent = nullptr);
    struct Shipment {
        qint64 orderId = 0;
        QString carrierId;
        QString trackingNumber;
    };
    /// The orders with a valid number, in the list's order (those already queued left out).
    QList<Shipment> shipments() const;
    /// The tracking entry of an order (tests type into it as a scanner would).
    TrackingEntry* entryOf(qint64 orderId) const;
    /// Ship calls `submit` with shipments() and waits for submitFinished(): the orders queued are marked so, a
    /// refused one keeps its row with the reason; the dialog closes once nothing is left refused.
    void setSubmitter(std::function<void(const QList<Shipment>&)> submit) { m_submit = std::move(submit); }
    /// `problems`: order id → why it was refused (absent: queued).
    void submitFinished(const QList<qint64>& tried, const QHash<qint64, QString>& problems);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Row {
        Order order;
        TrackingEntry* entry = nullptr;
        QLabel* state = nullptr;
        bool queued = false;
    };
    void validate();
    QList<Row> m_rows;
    std::function<void(const QList<Shipment>&)> m_submit;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
};

/// Cancel an order, with one of the reasons its marketplace accepts, and a note for the marketplace.
class CancelOrderDialog : public QDialog {
    Q_OBJECT
public:
    explicit CancelOrderDialog(const Order& order, QWidget* parent = nullptr);
    QString reasonKey() const;
    QString note() const;

private:
    QComboBox* m_reason;
    QPlainTextEdit* m_note;
};

/// What an order's lines hold, changed by hand: each line's stock moved to another location, reserved there, or
/// released (the line then waits until reserved again by hand).
class ReservationsDialog : public QDialog {
    Q_OBJECT
public:
    /// A line's new place: a location id, or nullopt to release what it holds.
    struct Change {
        qint64 lineId = 0;
        std::optional<qint64> locationId;
    };
    /// `levels`: every SKU's stock per location (what is available where).
    ReservationsDialog(const Order& order, const QList<OrderItem>& items, const QList<StockLevel>& levels,
                       QWidget* parent = nullptr);
    /// The lines whose place the person changed.
    QList<Change> changes() const;

private:
    struct Row {
        OrderItem item;
        QComboBox* place = nullptr;
    };
    QList<Row> m_rows;
};

} // namespace md
