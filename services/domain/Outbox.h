#pragma once

// An action waiting to reach a marketplace, its state and its kind.

#include <QDateTime>
#include <QString>

#include <optional>

namespace md {

/// State of an action waiting to reach a marketplace.
enum class OutboxState {
    Pending, ///< Not sent yet, or waiting for its next attempt.
    Sending, ///< An attempt is under way.
    Sent, ///< The marketplace accepted it.
    Failed, ///< Gave up after errors that retrying will not fix.
    Conflict, ///< The marketplace says the object changed meanwhile; a person must decide.
    Cancelled, ///< Withdrawn by a person before it was sent.
};
QString outboxStateKey(OutboxState state);
QString outboxStateDisplayName(OutboxState state); ///< What the Outbox pane shows, translated.
/// Stopped for a person to decide (a conflict, a refusal): it may be tried again or withdrawn.
inline bool outboxStopped(OutboxState state)
{
    return state == OutboxState::Conflict || state == OutboxState::Failed;
}
/// Neither sent nor being sent: it may still be withdrawn.
inline bool outboxWithdrawable(OutboxState state)
{
    return state == OutboxState::Pending || outboxStopped(state);
}
std::optional<OutboxState> outboxStateFromKey(const QString& key);

/// What an outbox entry asks a marketplace to do; OutboxEntry::action and Order::pendingAction hold its key.
enum class OutboxAction {
    Ship, ///< "order.ship": a shipment with carrier and tracking number
    Cancel, ///< "order.cancel": a cancellation with one of the marketplace's reasons
};
inline constexpr const char* kShipActionKey = "order.ship";
inline constexpr const char* kCancelActionKey = "order.cancel";
QString outboxActionKey(OutboxAction action);
/// The action of a stored key; nullopt for a key this version does not know.
std::optional<OutboxAction> outboxActionFromKey(const QString& key);

/// An action on a marketplace, written in the same transaction as the local change it mirrors.
struct OutboxEntry {
    qint64 id = 0;
    QString idempotencyKey;
    qint64 accountId = 0;
    std::optional<qint64> orderId; ///< the order the action is about
    QString result; ///< what the marketplace answered (a fulfilment id…)
    bool verifyFirst = false; ///< an earlier attempt may have arrived: look it up on the marketplace before sending
    QString houseName; ///< read only: the account's house name
    QString orderNumber; ///< read only: the order's number (or marketplace id)
    QString action; ///< e.g. "order.ship".
    QString payload; ///< JSON.
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    std::optional<OutboxAction> kind() const { return outboxActionFromKey(action); }
};

} // namespace md
