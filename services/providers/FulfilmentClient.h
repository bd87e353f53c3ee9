#pragma once

#include "core/Result.h"
#include "domain/Account.h"
#include "domain/Outbox.h"
#include "domain/Provider.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class QNetworkReply;

namespace md {

/// What a marketplace said to one of the warehouse's actions (or to the question whether it has it already).
struct FulfilmentOutcome {
    enum class Kind {
        Applied, ///< the marketplace has it: sent now, or found there from an earlier attempt
        NotFound, ///< (lookups) the marketplace does not have it yet
        Conflict, ///< the order changed meanwhile (cancelled, already shipped): a person must decide
        Rejected, ///< refused; sending it again will not help
        Transient, ///< no usable answer (5xx, network, cut off): try again later; it may have arrived
        RateLimited, ///< 429: try again after retryAfterSeconds
        Auth, ///< the token was refused
    };
    Kind kind = Kind::Transient;
    QString message; ///< for people (translated), also kept with the outbox entry
    QString result; ///< Applied: the marketplace's id of what it created (fulfilment, package, cancellation)
    int retryAfterSeconds = 0;

    static FulfilmentOutcome applied(const QString& result) { return {Kind::Applied, {}, result, 0}; }
    static FulfilmentOutcome notFound() { return {Kind::NotFound, {}, {}, 0}; }
    static FulfilmentOutcome of(Kind kind, const QString& message) { return {kind, message, {}, 0}; }
};

/// One marketplace's side of the outbox: ships and cancels orders, and looks up whether an action already
/// arrived (after a crash mid-send, or a lost answer), so that nothing is applied twice.
class FulfilmentClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(FulfilmentOutcome)>;

    using QObject::QObject;
    virtual Provider provider() const = 0;
    /// Whether the marketplace already has the entry's action: Applied, NotFound, or an error outcome.
    virtual void lookUp(const Account& account, const QString& accessToken, const OutboxEntry& entry,
                        Callback done) = 0;
    /// Sends the entry's action ("order.ship", "order.cancel").
    virtual void send(const Account& account, const QString& accessToken, const OutboxEntry& entry, Callback done) = 0;

protected:
    /// Classifies a finished reply by its status; on 2xx, *body gets the parsed JSON (empty for no content).
    /// `marketplace` names it in messages.
    static FulfilmentOutcome classify(QNetworkReply* reply, const QString& marketplace, QJsonObject* body);
    static QJsonObject payload(const OutboxEntry& entry);
    static constexpr int kTimeoutMs = 30000;
};

} // namespace md
