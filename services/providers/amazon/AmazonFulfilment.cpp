#include "providers/amazon/AmazonFulfilment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace md {

namespace {
const QString kAmazon = u"Amazon"_s;
}

AmazonFulfilment::AmazonFulfilment(QUrl apiBaseUrl, QNetworkAccessManager* network, QObject* parent)
    : FulfilmentClient(parent)
    , m_apiBaseUrl(std::move(apiBaseUrl))
    , m_network(network)
{
}

void AmazonFulfilment::readOrder(const QString& accessToken, const OutboxEntry& entry, Callback done,
                                 std::function<void(const QString&)> then)
{
    const QString orderId = payload(entry).value("orderExternalId"_L1).toString();
    QUrl url = m_apiBaseUrl.resolved(
        QUrl(u"/orders/2026-01-01/orders/%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(orderId)))));
    QUrlQuery query;
    query.addQueryItem(u"includedData"_s, u"PACKAGES,FULFILLMENT"_s);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("x-amz-access-token", accessToken.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    // The package reference is the outbox entry's id: a positive number, unique within the order.
    const QString reference = QString::number(entry.id);
    connect(reply, &QNetworkReply::finished, this, [reply, reference, done = std::move(done), then = std::move(then)] {
        reply->deleteLater();
        QJsonObject body;
        const FulfilmentOutcome outcome = classify(reply, kAmazon, &body);
        if (outcome.kind != FulfilmentOutcome::Kind::Applied) {
            done(outcome);
            return;
        }
        const QJsonObject order = body.value("order"_L1).toObject();
        for (const QJsonValue& p : order.value("packages"_L1).toArray()) {
            if (p.toObject().value("packageReferenceId"_L1).toString() == reference) {
                done(FulfilmentOutcome::applied(reference));
                return;
            }
        }
        if (!then) {
            done(FulfilmentOutcome::notFound());
            return;
        }
        const QString status = order.value("fulfillment"_L1).toObject().value("fulfillmentStatus"_L1).toString();
        if (status == "CANCELLED"_L1) {
            done(FulfilmentOutcome::of(FulfilmentOutcome::Kind::Conflict,
                                       tr("Amazon says the order was cancelled meanwhile.")));
            return;
        }
        then(order.value("salesChannel"_L1).toObject().value("marketplaceId"_L1).toString());
    });
}

void AmazonFulfilment::lookUp(const Account&, const QString& accessToken, const OutboxEntry& entry, Callback done)
{
    readOrder(accessToken, entry, std::move(done), {});
}

void AmazonFulfilment::send(const Account& account, const QString& accessToken, const OutboxEntry& entry, Callback done)
{
    if (entry.kind() != OutboxAction::Ship) {
        done(FulfilmentOutcome::of(FulfilmentOutcome::Kind::Rejected,
                                   tr("Amazon does not let apps cancel orders; cancel it in Seller Central.")));
        return;
    }
    auto callback = std::make_shared<Callback>(std::move(done));
    readOrder(
        accessToken, entry, [callback](FulfilmentOutcome o) { (*callback)(o); },
        [this, account, accessToken, entry, callback](const QString& orderMarketplace) {
            const QJsonObject p = payload(entry);
            QJsonArray items;
            for (const QJsonValue& line : p.value("lines"_L1).toArray()) {
                items << QJsonObject {{u"orderItemId"_s, line.toObject().value("lineId"_L1).toString()},
                                      {u"quantity"_s, line.toObject().value("quantity"_L1).toInt()}};
            }
            const QJsonObject body {
                {u"marketplaceId"_s, orderMarketplace.isEmpty() ? account.marketplaceId : orderMarketplace},
                {u"packageDetail"_s,
                 QJsonObject {{u"packageReferenceId"_s, QString::number(entry.id)},
                              {u"carrierCode"_s, p.value("carrierCode"_L1).toString()},
                              {u"trackingNumber"_s, p.value("trackingNumber"_L1).toString()},
                              {u"shipDate"_s, p.value("shippedAt"_L1).toString()},
                              {u"orderItems"_s, items}}}};
            const QString orderId = p.value("orderExternalId"_L1).toString();
            QNetworkRequest request(m_apiBaseUrl.resolved(QUrl(u"/orders/v0/orders/%1/shipmentConfirmation"_s.arg(
                QString::fromLatin1(QUrl::toPercentEncoding(orderId))))));
            request.setRawHeader("x-amz-access-token", accessToken.toUtf8());
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setTransferTimeout(kTimeoutMs);
            QNetworkReply* reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
            const QString reference = QString::number(entry.id);
            connect(reply, &QNetworkReply::finished, this, [reply, reference, callback] {
                reply->deleteLater();
                FulfilmentOutcome outcome = classify(reply, kAmazon, nullptr);
                if (outcome.kind == FulfilmentOutcome::Kind::Applied)
                    outcome.result = reference;
                (*callback)(outcome);
            });
        });
}

} // namespace md
