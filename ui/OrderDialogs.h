#pragma once

#include "domain/Types.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace md {

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
    bool m_carrierChosen = false; ///< picked by the person: no longer guessed from the number
    QComboBox* m_carrier;
    QLineEdit* m_tracking;
    QLabel* m_problem;
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
