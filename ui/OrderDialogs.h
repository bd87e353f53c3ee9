#pragma once

#include "domain/Types.h"

#include <QDialog>

#include <functional>

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

} // namespace md
