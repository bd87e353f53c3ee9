#include "providers/amazon/AmazonOrderSource.h"

#include "logging/LogCategories.h"
#include "providers/WindowedPass.h"
#include "providers/amazon/AmazonOrders.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace md {

namespace {
constexpr int kTimeoutMs = 60000;
constexpr int kOverlapSeconds = 60;

/// Amazon's ISO 8601 form, to the second (bounds never need more: the pass splits on whole seconds).
QString amazonTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}
} // namespace

AmazonOrderSource::AmazonOrderSource(QUrl spApiUrl, QNetworkAccessManager* network, QObject* parent)
    : OrderSource(parent)
    , m_spApiUrl(std::move(spApiUrl))
    , m_network(network)
{
}

void AmazonOrderSource::fetchRaw(const Account& account, const QString& accessToken, const QJsonObject& checkpoint,
                                 RawCallback done)
{
    WindowedPass::Options options;
    options.pageSize = kPageSize;
    options.overlapSeconds = kOverlapSeconds;
    const WindowedPass pass =
        WindowedPass::fromCheckpoint(checkpoint, QDateTime::currentDateTimeUtc().addDays(-kFirstSyncDays), options);
    QUrl url = m_spApiUrl.resolved(QUrl(u"/orders/2026-01-01/orders"_s));
    QUrlQuery query;
    query.addQueryItem(u"lastUpdatedAfter"_s, QString::fromLatin1(QUrl::toPercentEncoding(amazonTime(pass.from()))));
    if (pass.to().isValid())
        query.addQueryItem(u"lastUpdatedBefore"_s, QString::fromLatin1(QUrl::toPercentEncoding(amazonTime(pass.to()))));
    query.addQueryItem(u"maxResultsPerPage"_s, QString::number(kPageSize));
    query.addQueryItem(u"includedData"_s, u"BUYER,RECIPIENT,PROCEEDS,FULFILLMENT,PACKAGES"_s);
    if (!account.marketplaceId.isEmpty())
        query.addQueryItem(u"marketplaceIds"_s, account.marketplaceId);
    if (!pass.token().isEmpty())
        query.addQueryItem(u"paginationToken"_s, QString::fromLatin1(QUrl::toPercentEncoding(pass.token())));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("x-amz-access-token", accessToken.toUtf8());
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, pass, done = std::move(done)] {
        reply->deleteLater();
        auto json = readJson(reply, u"Amazon"_s);
        if (!json) {
            done(json.error());
            return;
        }
        const QJsonArray orders = json->value("orders"_L1).toArray();
        WindowedPass::Answer answer;
        answer.count = int(orders.size());
        answer.nextToken = json->value("pagination"_L1).toObject().value("nextToken"_L1).toString();
        answer.more = !answer.nextToken.isEmpty();
        // Where Amazon's results end; else the time of its answer less its two minutes.
        answer.marketplaceNow = QDateTime::fromString(json->value("lastUpdatedBefore"_L1).toString(), Qt::ISODate);
        if (!answer.marketplaceNow.isValid()) {
            const QDateTime date = httpDate(reply->rawHeader("Date"));
            if (date.isValid())
                answer.marketplaceNow = date.addSecs(-120);
        }
        const WindowedPass::Step step = pass.answered(answer);
        if (step.followedToken)
            qCWarning(lcSync) << "more than" << kPageSize
                              << "Amazon orders changed within one second: following Amazon's page tokens there";
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

Result<Order> AmazonOrderSource::normalize(const QJsonObject& order) const
{
    return normalizeAmazonOrder(order);
}

QString AmazonOrderSource::externalId(const QJsonObject& order) const
{
    return order.value("orderId"_L1).toString();
}

} // namespace md
