#include "domain/Outbox.h"

#include "domain/KeyTable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace md {

namespace {
using namespace detail;

constexpr KeyTable<OutboxState, 6> kOutboxStates {{{OutboxState::Pending, "PENDING"_L1},
                                                   {OutboxState::Sending, "SENDING"_L1},
                                                   {OutboxState::Sent, "SENT"_L1},
                                                   {OutboxState::Failed, "FAILED"_L1},
                                                   {OutboxState::Conflict, "CONFLICT"_L1},
                                                   {OutboxState::Cancelled, "CANCELLED"_L1}}};
} // namespace

QString outboxStateKey(OutboxState state)
{
    return keyOf(kOutboxStates, state);
}

std::optional<OutboxState> outboxStateFromKey(const QString& key)
{
    return valueOf(kOutboxStates, key);
}

QString outboxStateDisplayName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return QCoreApplication::translate("md::Outbox", "Waiting to be sent");
    case OutboxState::Sending:
        return QCoreApplication::translate("md::Outbox", "Sending");
    case OutboxState::Sent:
        return QCoreApplication::translate("md::Outbox", "Sent");
    case OutboxState::Failed:
        return QCoreApplication::translate("md::Outbox", "Refused: needs you");
    case OutboxState::Conflict:
        return QCoreApplication::translate("md::Outbox", "Conflict: needs you");
    case OutboxState::Cancelled:
        return QCoreApplication::translate("md::Outbox", "Withdrawn");
    }
    return {};
}

QString outboxActionKey(OutboxAction action)
{
    return QString::fromLatin1(action == OutboxAction::Ship ? kShipActionKey : kCancelActionKey);
}

std::optional<OutboxAction> outboxActionFromKey(const QString& key)
{
    if (key == QLatin1StringView(kShipActionKey))
        return OutboxAction::Ship;
    if (key == QLatin1StringView(kCancelActionKey))
        return OutboxAction::Cancel;
    return std::nullopt;
}

} // namespace md
