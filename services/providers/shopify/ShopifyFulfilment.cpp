#include "providers/shopify/ShopifyFulfilment.h"

#include "providers/shopify/ShopifyGraphql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace md {

namespace {
const QString kShopify = u"Shopify"_s;

QString userErrorText(const QJsonArray& errors)
{
    QStringList messages;
    for (const QJsonValue& e : errors)
        messages << e.toObject().value("message"_L1).toString();
    return messages.join(u' ');
}
} // namespace

ShopifyFulfilment::ShopifyFulfilment(QString shopUrlTemplate, QString apiVersion, QNetworkAccessManager* network,
                                     QObject* parent)
    : FulfilmentClient(parent)
    , m_shopUrlTemplate(std::move(shopUrlTemplate))
    , m_apiVersion(std::move(apiVersion))
    , m_network(network)
{
}

void ShopifyFulfilment::post(const Account& account, const QString& accessToken, const QString& name,
                             const QJsonObject& variables, const std::shared_ptr<Callback>& done, Answer answer)
{
    QNetworkReply* reply = shopify::post(m_network, m_shopUrlTemplate, account.shopDomain, m_apiVersion, accessToken,
                                         name, variables, kTimeoutMs);
    if (!reply) {
        (*done)(FulfilmentOutcome::of(FulfilmentOutcome::Kind::Rejected,
                                      tr("Marketdesk's Shopify document %1 is missing from this build.").arg(name)));
        return;
    }
    connect(reply, &QNetworkReply::finished, this, [reply, done, answer = std::move(answer)] {
        reply->deleteLater();
        QJsonObject body;
        const FulfilmentOutcome outcome = classify(reply, kShopify, &body);
        if (outcome.kind != FulfilmentOutcome::Kind::Applied) {
            (*done)(outcome);
            return;
        }
        const QJsonArray errors = body.value("errors"_L1).toArray();
        if (!errors.isEmpty()) {
            const QJsonObject first = errors.first().toObject();
            if (first.value("extensions"_L1).toObject().value("code"_L1).toString() == "THROTTLED"_L1) {
                FulfilmentOutcome throttled =
                    FulfilmentOutcome::of(FulfilmentOutcome::Kind::RateLimited, tr("Shopify asks to slow down."));
                throttled.retryAfterSeconds = 2;
                (*done)(throttled);
                return;
            }
            (*done)(
                FulfilmentOutcome::of(FulfilmentOutcome::Kind::Rejected,
                                      tr("Shopify refused the request: %1").arg(first.value("message"_L1).toString())));
            return;
        }
        answer(body.value("data"_L1).toObject());
    });
}

void ShopifyFulfilment::readOrder(const Account& account, const QString& accessToken, const OutboxEntry& entry,
                                  const std::shared_ptr<Callback>& done, std::function<void(const QJsonObject&)> then)
{
    const QJsonObject p = payload(entry);
    const bool ship = entry.kind() == OutboxAction::Ship;
    const QString tracking = p.value("trackingNumber"_L1).toString();
    post(account, accessToken, u"OrderFulfilment"_s, {{u"id"_s, p.value("orderExternalId"_L1).toString()}}, done,
         [done, ship, tracking, then = std::move(then)](const QJsonObject& data) {
             const QJsonValue value = data.value("order"_L1);
             if (!value.isObject()) {
                 (*done)(FulfilmentOutcome::of(FulfilmentOutcome::Kind::Rejected,
                                               tr("Shopify does not know this order any more.")));
                 return;
             }
             const QJsonObject order = value.toObject();
             const bool cancelled = !order.value("cancelledAt"_L1).isNull();
             if (ship) {
                 for (const QJsonValue& f : order.value("fulfillments"_L1).toArray()) {
                     for (const QJsonValue& t : f.toObject().value("trackingInfo"_L1).toArray()) {
                         if (t.toObject().value("number"_L1).toString() == tracking) {
                             (*done)(FulfilmentOutcome::applied(f.toObject().value("id"_L1).toString()));
                             return;
                         }
                     }
                 }
             } else if (cancelled) {
                 (*done)(FulfilmentOutcome::applied({}));
                 return;
             }
             if (!then) {
                 (*done)(FulfilmentOutcome::notFound());
                 return;
             }
             if (cancelled) {
                 (*done)(FulfilmentOutcome::of(FulfilmentOutcome::Kind::Conflict,
                                               tr("Shopify says the order was cancelled meanwhile.")));
                 return;
             }
             then(order);
         });
}

void ShopifyFulfilment::lookUp(const Account& account, const QString& accessToken, const OutboxEntry& entry,
                               Callback done)
{
    readOrder(account, accessToken, entry, std::make_shared<Callback>(std::move(done)), {});
}

void ShopifyFulfilment::send(const Account& account, const QString& accessToken, const OutboxEntry& entry,
                             Callback done)
{
    auto callback = std::make_shared<Callback>(std::move(done));
    const QJsonObject p = payload(entry);
    if (entry.kind() == OutboxAction::Cancel) {
        readOrder(account, accessToken, entry, callback, [this, account, accessToken, p, callback](const QJsonObject&) {
            QJsonObject variables {{u"orderId"_s, p.value("orderExternalId"_L1).toString()},
                                   {u"reason"_s, p.value("reasonCode"_L1).toString()}};
            if (!p.value("note"_L1).toString().isEmpty())
                variables.insert(u"staffNote"_s, p.value("note"_L1).toString());
            post(account, accessToken, u"OrderCancel"_s, variables, callback, [callback](const QJsonObject& data) {
                const QJsonObject result = data.value("orderCancel"_L1).toObject();
                const QJsonArray errors = result.value("orderCancelUserErrors"_L1).toArray();
                if (!errors.isEmpty()) {
                    (*callback)(FulfilmentOutcome::of(FulfilmentOutcome::Kind::Conflict,
                                                      tr("Shopify says: %1").arg(userErrorText(errors))));
                    return;
                }
                (*callback)(FulfilmentOutcome::applied(result.value("job"_L1).toObject().value("id"_L1).toString()));
            });
        });
        return;
    }
    if (entry.kind() != OutboxAction::Ship) {
        (*callback)(FulfilmentOutcome::of(FulfilmentOutcome::Kind::Rejected,
                                          tr("Shopify has no action \"%1\" in Marketdesk.").arg(entry.action)));
        return;
    }
    readOrder(
        account, accessToken, entry, callback, [this, account, accessToken, p, callback](const QJsonObject& order) {
            // Every line still to ship, on each open fulfillment order.
            QJsonArray groups;
            for (const QJsonValue& fo : order.value("fulfillmentOrders"_L1).toObject().value("nodes"_L1).toArray()) {
                const QString status = fo.toObject().value("status"_L1).toString();
                if (status != "OPEN"_L1 && status != "IN_PROGRESS"_L1)
                    continue;
                QJsonArray lines;
                for (const QJsonValue& line :
                     fo.toObject().value("lineItems"_L1).toObject().value("nodes"_L1).toArray()) {
                    const int remaining = line.toObject().value("remainingQuantity"_L1).toInt();
                    if (remaining > 0)
                        lines << QJsonObject {{u"id"_s, line.toObject().value("id"_L1).toString()},
                                              {u"quantity"_s, remaining}};
                }
                if (!lines.isEmpty())
                    groups << QJsonObject {{u"fulfillmentOrderId"_s, fo.toObject().value("id"_L1).toString()},
                                           {u"fulfillmentOrderLineItems"_s, lines}};
            }
            if (groups.isEmpty()) {
                (*callback)(FulfilmentOutcome::of(FulfilmentOutcome::Kind::Conflict,
                                                  tr("Shopify says nothing of this order is left to ship.")));
                return;
            }
            const QJsonObject fulfillment {{u"lineItemsByFulfillmentOrder"_s, groups},
                                           {u"notifyCustomer"_s, true},
                                           {u"trackingInfo"_s,
                                            QJsonObject {{u"company"_s, p.value("carrierCode"_L1).toString()},
                                                         {u"number"_s, p.value("trackingNumber"_L1).toString()}}}};
            post(account, accessToken, u"FulfillmentCreate"_s, {{u"fulfillment"_s, fulfillment}}, callback,
                 [callback](const QJsonObject& data) {
                     const QJsonObject result = data.value("fulfillmentCreate"_L1).toObject();
                     const QJsonArray errors = result.value("userErrors"_L1).toArray();
                     if (!errors.isEmpty()) {
                         (*callback)(FulfilmentOutcome::of(FulfilmentOutcome::Kind::Conflict,
                                                           tr("Shopify says: %1").arg(userErrorText(errors))));
                         return;
                     }
                     (*callback)(FulfilmentOutcome::applied(
                         result.value("fulfillment"_L1).toObject().value("id"_L1).toString()));
                 });
        });
}

} // namespace md
