#include "sync/OutboxSender.h"

#include "core/Backoff.h"
#include "fulfilment/OrderActions.h"
#include "inventory/StockAllocator.h"
#include "logging/LogCategories.h"
#include "notifications/NotificationText.h"
#include "providers/OrderNormalizing.h"
#include "storage/Database.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/NotificationRepository.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/OutboxRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace md {

OutboxSender::OutboxSender(const Database& database, TokenAccess tokens, QString senderId, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_tokens(std::move(tokens))
    , m_senderId(std::move(senderId))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::kick);
}

void OutboxSender::addClient(FulfilmentClient* client, std::optional<Environment> environment)
{
    m_clients.set(client->provider(), environment, client);
}

FulfilmentClient* OutboxSender::clientFor(const Account& account) const
{
    return m_clients.value(account.provider, account.environment, nullptr);
}

void OutboxSender::start()
{
    kick();
}

void OutboxSender::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        kick();
}

void OutboxSender::networkReturned()
{
    if (Status s = OutboxRepository(m_database).makeAllDue(); !s)
        qCWarning(lcSync).noquote() << "outbox:" << s.error().toLogString();
    kick();
}

void OutboxSender::kick()
{
    if (m_paused)
        return;
    if (m_inFlight.isEmpty()) {
        // Nothing of this sender is under way now, so its SENDING entries are left from a run that stopped
        // mid-send (as are other senders' whose lease ran out): they wait again, to be looked up first.
        auto recovered = OutboxRepository(m_database).recoverInterrupted(m_senderId);
        if (!recovered)
            qCWarning(lcSync).noquote() << "outbox:" << recovered.error().toLogString();
        else if (*recovered > 0)
            qCInfo(lcSync) << "outbox:" << *recovered << "action(s) were being sent when a Marketdesk stopped; each is"
                           << "looked up on its marketplace before it is sent again";
    }
    // The first waiting entry of each account (an account's later ones wait behind its earlier ones, and behind
    // one under way); each account's goes out on its own, so one slow marketplace holds up only its own.
    auto due = OutboxRepository(m_database).due(QDateTime::currentDateTimeUtc(), kMaxInFlight);
    if (!due) {
        qCWarning(lcSync).noquote() << "outbox:" << due.error().toLogString();
        m_timer.start(std::chrono::seconds(30));
        return;
    }
    // due() answers only PENDING entries with no earlier one of their account waiting or under way, and an entry
    // under way is SENDING (claimed before it leaves): so each entry here is of an account with none in flight.
    for (const OutboxEntry& entry : *due) {
        if (m_inFlight.size() >= kMaxInFlight)
            break;
        process(entry);
    }
    if (m_inFlight.isEmpty() && due->isEmpty()) {
        scheduleNext();
        emit idle();
        return;
    }
    scheduleNext();
}

void OutboxSender::scheduleNext()
{
    auto next = OutboxRepository(m_database).nextAttemptAt();
    if (!next || !next->isValid())
        return;
    const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(*next));
    m_timer.start(std::chrono::milliseconds(std::min<qint64>(wait + 50, 15 * 60 * 1000)));
}

void OutboxSender::process(const OutboxEntry& entry)
{
    auto account = AccountRepository(m_database).findById(entry.accountId);
    if (!account || !account->has_value()) {
        finishStopped(entry, OutboxState::Failed, tr("The account of this action no longer exists."));
        return;
    }
    FulfilmentClient* client = clientFor(**account);
    if (!client) {
        finishStopped(entry, OutboxState::Failed,
                      tr("Marketdesk cannot send this action to %1.").arg(providerDisplayName((*account)->provider)));
        return;
    }
    // Committed before the request leaves: a crash from here on leaves SENDING, and recovery looks it up. Only
    // one of the senders sharing the database gets the entry.
    auto claimed = OutboxRepository(m_database).markSending(entry.id, m_senderId);
    if (!claimed) {
        qCWarning(lcSync).noquote() << "outbox:" << claimed.error().toLogString();
        m_timer.start(std::chrono::seconds(30));
        return;
    }
    if (!*claimed) {
        QTimer::singleShot(0, this, &OutboxSender::kick); // another workstation sends it
        return;
    }
    m_inFlight.insert(entry.id, entry.accountId);
    emit changed(entry.id, entry.orderId.value_or(0));
    const Account a = **account;
    qCInfo(lcSync).noquote() << "outbox: sending" << entry.action << "#" << entry.id << "for" << a.houseName
                             << (entry.verifyFirst ? "(looking it up first)" : "");
    QPointer<OutboxSender> self(this);
    m_tokens.accessToken(entry.accountId, [self, a, entry](Result<QString> token) {
        if (!self)
            return;
        if (!token) {
            self->retryLater(entry, token.error().message, std::chrono::minutes(1), false);
            return;
        }
        FulfilmentClient* c = self->clientFor(a);
        if (!entry.verifyFirst) {
            self->sendNow(a, *token, entry);
            return;
        }
        const QString t = *token;
        c->lookUp(a, t, entry, [self, a, t, entry](FulfilmentOutcome found) {
            if (!self)
                return;
            if (found.kind == FulfilmentOutcome::Kind::NotFound)
                self->sendNow(a, t, entry);
            else
                self->handle(a, entry, found);
        });
    });
}

void OutboxSender::sendNow(const Account& account, const QString& token, const OutboxEntry& entry)
{
    QPointer<OutboxSender> self(this);
    clientFor(account)->send(account, token, entry, [self, account, token, entry](FulfilmentOutcome outcome) {
        if (!self)
            return;
        if (outcome.kind != FulfilmentOutcome::Kind::Conflict) {
            self->handle(account, entry, outcome);
            return;
        }
        // "Already shipped" may be our own earlier attempt: look before calling it a conflict.
        self->clientFor(account)->lookUp(
            account, token, entry, [self, account, entry, outcome](FulfilmentOutcome found) {
                if (!self)
                    return;
                self->handle(account, entry, found.kind == FulfilmentOutcome::Kind::Applied ? found : outcome);
            });
    });
}

void OutboxSender::handle(const Account& account, const OutboxEntry& entry, const FulfilmentOutcome& outcome)
{
    using K = FulfilmentOutcome::Kind;
    switch (outcome.kind) {
    case K::Applied:
        finishApplied(account, entry, outcome.result);
        return;
    case K::NotFound: // a lookup after a conflict found nothing of ours: the conflict stands (handled above)
    case K::Conflict:
        finishStopped(entry, OutboxState::Conflict, outcome.message);
        return;
    case K::Rejected:
        finishStopped(entry, OutboxState::Failed, outcome.message);
        return;
    case K::RateLimited:
        retryLater(entry, outcome.message, std::chrono::seconds(outcome.retryAfterSeconds), false);
        return;
    case K::Auth:
        if (!m_refreshedFor.contains(entry.id)) {
            // The token may have been rotated or revoked meanwhile: one fresh token, then the same entry again.
            m_refreshedFor.insert(entry.id);
            QPointer<OutboxSender> self(this);
            m_tokens.refresh(entry.accountId, [self, entry](Result<QString> refreshed) {
                if (!self)
                    return;
                if (refreshed) {
                    self->retryLater(entry, {}, std::chrono::milliseconds(0), true);
                } else {
                    self->finishStopped(entry, OutboxState::Failed,
                                        tr("The account must sign in again: %1").arg(refreshed.error().message));
                }
            });
            return;
        }
        finishStopped(entry, OutboxState::Failed, outcome.message);
        return;
    case K::Transient:
        break;
    }
    const auto wait = backoffWithJitter(m_policy.backoffBase, m_policy.backoffCap, entry.attempts + 1);
    retryLater(entry, outcome.message, wait, true);
}

void OutboxSender::finishApplied(const Account& account, const OutboxEntry& entry, const QString& result)
{
    const bool ship = entry.action == QLatin1StringView(OrderActions::kShip);
    const QJsonObject payload = QJsonDocument::fromJson(entry.payload.toUtf8()).object();
    Status stored = [&]() -> Status {
        Transaction transaction(m_database);
        if (!transaction.isActive())
            return transaction.error();
        if (Status s = OutboxRepository(m_database).markSent(entry.id, result); !s)
            return s;
        if (entry.orderId) {
            OrderRepository orders(m_database);
            const qint64 orderId = *entry.orderId;
            const QString status = ship ? orderstatus::Shipped : orderstatus::Cancelled;
            if (Status s = orders.setPendingAction(orderId, {}, {}); !s)
                return s;
            if (Status s = orders.setStatus(orderId, status, ship ? fulfilmentstatus::Fulfilled : QString()); !s)
                return s;
            // Shipping consumes the reserved stock; cancelling releases it.
            if (auto s = StockAllocator(m_database).apply(orderId, status, account.defaultLocationId); !s)
                return s.error();
            const QString detail = ship ? u"%1 %2"_s.arg(payload.value("carrierCode"_L1).toString(),
                                                         payload.value("trackingNumber"_L1).toString())
                                        : payload.value("reasonCode"_L1).toString();
            if (Status s = orders.addEvent(orderId, ship ? orderevent::Shipped : orderevent::Cancelled, detail); !s)
                return s;
        }
        return transaction.commit();
    }();
    if (!stored) {
        // The marketplace has it; the next attempt looks it up and records it.
        qCWarning(lcSync).noquote() << "outbox: #" << entry.id
                                    << "applied but not recorded:" << stored.error().toLogString();
        retryLater(entry, stored.error().message, std::chrono::seconds(10), true);
        return;
    }
    qCInfo(lcSync).noquote() << "outbox:" << entry.action << "#" << entry.id << "applied on"
                             << providerDisplayName(account.provider)
                             << (result.isEmpty() ? QString() : u"(" + result + u')');
    done(entry);
}

void OutboxSender::finishStopped(const OutboxEntry& entry, OutboxState state, const QString& message)
{
    Notification refusal;
    Status stored = [&]() -> Status {
        Transaction transaction(m_database);
        if (!transaction.isActive())
            return transaction.error();
        if (Status s = OutboxRepository(m_database).markStopped(entry.id, state, message); !s)
            return s;
        if (entry.orderId) {
            OrderRepository orders(m_database);
            if (Status s = orders.setPendingAction(*entry.orderId, entry.action, message); !s)
                return s;
            if (Status s = orders.addEvent(*entry.orderId,
                                           state == OutboxState::Conflict ? orderevent::Conflict : orderevent::Failed,
                                           message);
                !s)
                return s;
        }
        // One notification a refusal (tray or window bar): the order, in words, and the marketplace's reason.
        refusal = refusalNotice(entry, message);
        if (auto raised = NotificationRepository(m_database).raise(refusal); !raised)
            return raised.error();
        else
            refusal.id = raised->first;
        return transaction.commit();
    }();
    if (!stored)
        qCWarning(lcSync).noquote() << "outbox: #" << entry.id << stored.error().toLogString();
    else
        emit refused(refusal);
    qCWarning(lcSync).noquote() << "outbox:" << entry.action << "#" << entry.id << "stopped:" << message;
    done(entry);
}

Notification OutboxSender::refusalNotice(const OutboxEntry& entry, const QString& message) const
{
    Notification n;
    n.accountId = entry.accountId;
    n.kind = u"outbox.refused"_s;
    n.severity = Severity::Warning;
    n.episodeKey = u"outbox/%1"_s.arg(entry.id);
    if (auto account = AccountRepository(m_database).findById(entry.accountId); account && account->has_value()) {
        n.houseName = (*account)->houseName;
        n.args.insert(u"house"_s, n.houseName);
        n.args.insert(u"marketplace"_s, providerKey((*account)->provider));
    }
    if (entry.orderId) {
        if (auto found = OrderRepository(m_database).findById(*entry.orderId); found && found->has_value())
            n.args.insert(u"order"_s, (*found)->displayNumber());
    }
    n.args.insert(u"action"_s, entry.action);
    n.args.insert(u"message"_s, message);
    NotificationText::fill(n);
    n.createdAt = QDateTime::currentDateTimeUtc();
    return n;
}

void OutboxSender::retryLater(const OutboxEntry& entry, const QString& message, std::chrono::milliseconds delay,
                              bool mayHaveArrived)
{
    const QDateTime next = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    if (Status s = OutboxRepository(m_database).markRetry(entry.id, message, next, mayHaveArrived); !s)
        qCWarning(lcSync).noquote() << "outbox: #" << entry.id << s.error().toLogString();
    if (!message.isEmpty())
        qCInfo(lcSync).noquote() << "outbox:" << entry.action << "#" << entry.id << "waits" << delay.count()
                                 << "ms:" << message;
    done(entry);
}

void OutboxSender::done(const OutboxEntry& entry)
{
    m_inFlight.remove(entry.id);
    emit changed(entry.id, entry.orderId.value_or(0));
    QTimer::singleShot(0, this, &OutboxSender::kick);
}

} // namespace md
