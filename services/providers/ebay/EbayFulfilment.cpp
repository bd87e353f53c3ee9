#include "providers/ebay/EbayFulfilment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace md {

namespace {
const QString kEbay = u"eBay"_s;

QString orderPath(const QString& orderId)
{
    return u"/sell/fulfillment/v1/order/%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(orderId)));
}
} // namespace

EbayFulfilment::EbayFulfilment(QUrl apiBaseUrl, QNetworkAccessManager* network, QObject* parent)
    : FulfilmentClient(parent)
    , m_apiBaseUrl(std::move(apiBaseUrl))
    , m_network(network)
{
}

QNetworkReply* EbayFulfilment::get(const QString& path, const QString& accessToken)
{
    QNetworkRequest request(m_apiBaseUrl.resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    return m_network->get(request);
}

void EbayFulfilment::lookUp(const Account&, const QString& accessToken, const OutboxEntry& entry, Callback done)
{
    const QJsonObject p = payload(entry);
    const QString orderId = p.value("orderExternalId"_L1).toString();
    const bool ship = entry.kind() == OutboxAction::Ship;
    QNetworkReply* reply =
        get(ship ? orderPath(orderId) + u"/shipping_fulfillment"_s : orderPath(orderId), accessToken);
    const QString tracking = p.value("trackingNumber"_L1).toString();
    connect(reply, &QNetworkReply::finished, this, [reply, ship, tracking, done = std::move(done)] {
        reply->deleteLater();
        QJsonObject body;
        FulfilmentOutcome outcome = classify(reply, kEbay, &body);
        if (outcome.kind != FulfilmentOutcome::Kind::Applied) {
            done(outcome);
            return;
        }
        if (ship) {
            for (const QJsonValue& f : body.value("fulfillments"_L1).toArray()) {
                if (f.toObject().value("shipmentTrackingNumber"_L1).toString() == tracking) {
                    done(FulfilmentOutcome::applied(f.toObject().value("fulfillmentId"_L1).toString()));
                    return;
                }
            }
            done(FulfilmentOutcome::notFound());
            return;
        }
        const bool cancelled =
            body.value("cancelStatus"_L1).toObject().value("cancelState"_L1).toString() == "CANCELED"_L1;
        done(cancelled ? FulfilmentOutcome::applied({}) : FulfilmentOutcome::notFound());
    });
}

void EbayFulfilment::send(const Account& account, const QString& accessToken, const OutboxEntry& entry, Callback done)
{
    const QJsonObject p = payload(entry);
    const QString orderId = p.value("orderExternalId"_L1).toString();
    QNetworkReply* reply = nullptr;
    if (entry.kind() == OutboxAction::Ship) {
        QJsonArray lines;
        for (const QJsonValue& line : p.value("lines"_L1).toArray()) {
            lines << QJsonObject {{u"lineItemId"_s, line.toObject().value("lineId"_L1).toString()},
                                  {u"quantity"_s, line.toObject().value("quantity"_L1).toInt()}};
        }
        const QJsonObject body {{u"lineItems"_s, lines},
                                {u"shippedDate"_s, p.value("shippedAt"_L1).toString()},
                                {u"shippingCarrierCode"_s, p.value("carrierCode"_L1).toString()},
                                {u"trackingNumber"_s, p.value("trackingNumber"_L1).toString()}};
        QNetworkRequest request(m_apiBaseUrl.resolved(QUrl(orderPath(orderId) + u"/shipping_fulfillment"_s)));
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setTransferTimeout(kTimeoutMs);
        reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    } else if (entry.kind() == OutboxAction::Cancel) {
        // Post-Order v2 authenticates with "IAF <token>", and names the order by its legacy id (the order id of
        // every order created since 2020).
        const QJsonObject body {{u"legacyOrderId"_s, orderId},
                                {u"cancelReason"_s, p.value("reasonCode"_L1).toString()},
                                {u"buyerPaid"_s, true}};
        QNetworkRequest request(m_apiBaseUrl.resolved(QUrl(u"/post-order/v2/cancellation"_s)));
        request.setRawHeader("Authorization", "IAF " + accessToken.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        // The account's own site (EBAY_US, EBAY_CA, EBAY_DE…), recorded when it was connected.
        if (!account.marketplaceId.isEmpty())
            request.setRawHeader("X-EBAY-C-MARKETPLACE-ID", account.marketplaceId.toUtf8());
        request.setTransferTimeout(kTimeoutMs);
        reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    } else {
        done(FulfilmentOutcome::of(FulfilmentOutcome::Kind::Rejected,
                                   tr("eBay has no action \"%1\" in Marketdesk.").arg(entry.action)));
        return;
    }
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        QJsonObject body;
        FulfilmentOutcome outcome = classify(reply, kEbay, &body);
        if (outcome.kind == FulfilmentOutcome::Kind::Applied) {
            // Shipping answers 201 with the new fulfilment's address; cancelling, with its cancelId.
            const QString location = QString::fromUtf8(reply->rawHeader("Location"));
            outcome.result =
                body.contains("cancelId"_L1) ? body.value("cancelId"_L1).toString() : location.section(u'/', -1);
        }
        done(outcome);
    });
}

} // namespace md
