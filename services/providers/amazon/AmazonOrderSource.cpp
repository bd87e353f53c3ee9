#include "providers/amazon/AmazonOrderSource.h"

#include "providers/amazon/AmazonOrders.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace md {

namespace {
constexpr int kTimeoutMs = 60000;
}

AmazonOrderSource::AmazonOrderSource(QUrl spApiUrl, QNetworkAccessManager* network, QObject* parent)
    : OrderSource(parent)
    , m_spApiUrl(std::move(spApiUrl))
    , m_network(network)
{
}

void AmazonOrderSource::fetchPage(const Account& account, const QString& accessToken, const QJsonObject& checkpoint,
                                  PageCallback done)
{
    QString since = checkpoint.value("since"_L1).toString();
    if (since.isEmpty())
        since = QDateTime::currentDateTimeUtc().addDays(-kFirstSyncDays).toString(Qt::ISODate);
    const QString token = checkpoint.value("token"_L1).toString();
    QUrl url = m_spApiUrl.resolved(QUrl(u"/orders/2026-01-01/orders"_s));
    QUrlQuery query;
    query.addQueryItem(u"lastUpdatedAfter"_s, QString::fromLatin1(QUrl::toPercentEncoding(since)));
    query.addQueryItem(u"maxResultsPerPage"_s, QString::number(kPageSize));
    query.addQueryItem(u"includedData"_s, u"BUYER,RECIPIENT,PROCEEDS,FULFILLMENT,PACKAGES"_s);
    if (!account.marketplaceId.isEmpty())
        query.addQueryItem(u"marketplaceIds"_s, account.marketplaceId);
    if (!token.isEmpty())
        query.addQueryItem(u"paginationToken"_s, QString::fromLatin1(QUrl::toPercentEncoding(token)));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("x-amz-access-token", accessToken.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, since, done = std::move(done)] {
        reply->deleteLater();
        auto json = readJson(reply, u"Amazon"_s);
        if (!json) {
            done(json.error());
            return;
        }
        OrderPage page;
        for (const QJsonValue& value : json->value("orders"_L1).toArray())
            page.orders << value.toObject();
        const QString next = json->value("pagination"_L1).toObject().value("nextToken"_L1).toString();
        page.more = !next.isEmpty();
        if (page.more) {
            page.checkpoint = QJsonObject {{u"since"_s, since}, {u"token"_s, next}};
        } else {
            // Amazon's results end at lastUpdatedBefore: the next pass starts exactly there.
            const QString end = json->value("lastUpdatedBefore"_L1).toString();
            page.checkpoint = QJsonObject {{u"since"_s, end.isEmpty() ? since : end}};
        }
        done(page);
    });
}

Result<Order> AmazonOrderSource::normalize(const QJsonObject& order) const
{
    return normalizeAmazonOrder(order);
}

QString AmazonOrderSource::externalId(const QJsonObject& order) const
{
    return order.value("orderId"_L1).toString();
}

} // namespace md
