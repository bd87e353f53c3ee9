#include "providers/ebay/EbayOrderSource.h"

#include "providers/ebay/EbayOrders.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace md {

namespace {
constexpr int kTimeoutMs = 60000;
constexpr int kOverlapSeconds = 120;

QString isoMs(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

EbayOrderSource::EbayOrderSource(QUrl apiBaseUrl, QNetworkAccessManager* network, QObject* parent)
    : OrderSource(parent)
    , m_apiBaseUrl(std::move(apiBaseUrl))
    , m_network(network)
{
}

void EbayOrderSource::fetchPage(const Account&, const QString& accessToken, const QJsonObject& checkpoint,
                                PageCallback done)
{
    QDateTime since = QDateTime::fromString(checkpoint.value("since"_L1).toString(), Qt::ISODateWithMs);
    if (!since.isValid())
        since = QDateTime::currentDateTimeUtc().addDays(-kFirstSyncDays);
    const int offset = checkpoint.value("offset"_L1).toInt(0);
    // The latest modification seen so far in this pass (the next pass starts from it).
    const QString latest = checkpoint.value("latest"_L1).toString();

    QUrl url = m_apiBaseUrl.resolved(QUrl(u"/sell/fulfillment/v1/order"_s));
    QUrlQuery query;
    query.addQueryItem(u"filter"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(u"lastmodifieddate:[%1..]"_s.arg(isoMs(since)))));
    query.addQueryItem(u"limit"_s, QString::number(kPageSize));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, since, offset, latest, done = std::move(done)] {
        reply->deleteLater();
        auto json = readJson(reply, u"eBay"_s);
        if (!json) {
            done(json.error());
            return;
        }
        OrderPage page;
        QDateTime newest = QDateTime::fromString(latest, Qt::ISODateWithMs);
        for (const QJsonValue& value : json->value("orders"_L1).toArray()) {
            const QJsonObject order = value.toObject();
            const QDateTime modified =
                QDateTime::fromString(order.value("lastModifiedDate"_L1).toString(), Qt::ISODateWithMs);
            if (modified.isValid() && (!newest.isValid() || modified > newest))
                newest = modified;
            page.orders << order;
        }
        page.more = json->contains("next"_L1) && !page.orders.isEmpty();
        if (page.more) {
            page.checkpoint = QJsonObject {{u"since"_s, isoMs(since)},
                                           {u"offset"_s, offset + int(page.orders.size())},
                                           {u"latest"_s, newest.isValid() ? isoMs(newest) : QString()}};
        } else {
            const QDateTime next = newest.isValid() ? std::max(since, newest.addSecs(-kOverlapSeconds)) : since;
            page.checkpoint = QJsonObject {{u"since"_s, isoMs(next)}};
        }
        done(page);
    });
}

Result<Order> EbayOrderSource::normalize(const QJsonObject& order) const
{
    return normalizeEbayOrder(order);
}

QString EbayOrderSource::externalId(const QJsonObject& order) const
{
    return order.value("orderId"_L1).toString();
}

} // namespace md
