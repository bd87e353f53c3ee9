#include "providers/ebay/EbayOrderSource.h"

#include "logging/LogCategories.h"
#include "providers/WindowedPass.h"
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

void EbayOrderSource::fetchRaw(const Account&, const QString& accessToken, const QJsonObject& checkpoint,
                               RawCallback done)
{
    WindowedPass::Options options;
    options.pageSize = kPageSize;
    options.overlapSeconds = kOverlapSeconds;
    const WindowedPass pass =
        WindowedPass::fromCheckpoint(checkpoint, QDateTime::currentDateTimeUtc().addDays(-kFirstSyncDays), options);
    const int offset = pass.token().toInt();

    QUrl url = m_apiBaseUrl.resolved(QUrl(u"/sell/fulfillment/v1/order"_s));
    QUrlQuery query;
    const QString range =
        u"lastmodifieddate:[%1..%2]"_s.arg(isoMs(pass.from()), pass.to().isValid() ? isoMs(pass.to()) : QString());
    query.addQueryItem(u"filter"_s, QString::fromLatin1(QUrl::toPercentEncoding(range)));
    query.addQueryItem(u"limit"_s, QString::number(kPageSize));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, pass, offset, done = std::move(done)] {
        reply->deleteLater();
        auto json = readJson(reply, u"eBay"_s);
        if (!json) {
            done(json.error());
            return;
        }
        const QJsonArray orders = json->value("orders"_L1).toArray();
        WindowedPass::Answer answer;
        answer.count = int(orders.size());
        answer.more = json->contains("next"_L1);
        answer.nextToken = answer.more ? QString::number(offset + answer.count) : QString();
        if (json->contains("total"_L1))
            answer.total = json->value("total"_L1).toInteger();
        // eBay's clock: the answer's Date header (a pinned end from the workstation's clock could run behind).
        answer.marketplaceNow = httpDate(reply->rawHeader("Date"));
        const WindowedPass::Step step = pass.answered(answer);
        if (step.followedToken)
            qCWarning(lcSync) << "more than" << kPageSize
                              << "eBay orders changed within one second: following eBay's offsets there";
        RawPage page;
        if (step.keep) {
            for (const QJsonValue& value : orders)
                page.items << value.toObject();
        }
        page.more = step.more;
        page.checkpoint = step.checkpoint;
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
