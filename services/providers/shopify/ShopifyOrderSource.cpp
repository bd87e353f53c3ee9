#include "providers/shopify/ShopifyOrderSource.h"

#include "providers/shopify/ShopifyGraphql.h"
#include "providers/shopify/ShopifyOrders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace md {

namespace {
constexpr int kTimeoutMs = 60000;
constexpr int kOverlapSeconds = 60;
} // namespace

ShopifyOrderSource::ShopifyOrderSource(QString shopUrlTemplate, QString apiVersion, QNetworkAccessManager* network,
                                       QObject* parent)
    : OrderSource(parent)
    , m_shopUrlTemplate(std::move(shopUrlTemplate))
    , m_apiVersion(std::move(apiVersion))
    , m_network(network)
{
}

void ShopifyOrderSource::fetchRaw(const Account& account, const QString& accessToken, const QJsonObject& checkpoint,
                                  RawCallback done)
{
    QString since = checkpoint.value("since"_L1).toString();
    if (since.isEmpty())
        since = QDateTime::currentDateTimeUtc().addDays(-kFirstSyncDays).toString(Qt::ISODate);
    const QString after = checkpoint.value("after"_L1).toString();
    const QString latest = checkpoint.value("latest"_L1).toString();
    QJsonObject variables {{u"first"_s, kPageSize}, {u"query"_s, u"updated_at:>'%1'"_s.arg(since)}};
    if (!after.isEmpty())
        variables.insert(u"after"_s, after);
    QNetworkReply* reply = shopify::post(m_network, m_shopUrlTemplate, account.shopDomain, m_apiVersion, accessToken,
                                         u"Orders"_s, variables, kTimeoutMs);
    if (!reply) {
        done(Error {QString::fromLatin1(kRejected), tr("Marketdesk's Shopify query is missing from this build."), {}});
        return;
    }
    connect(reply, &QNetworkReply::finished, this, [reply, since, latest, done = std::move(done)] {
        reply->deleteLater();
        auto json = readJson(reply, u"Shopify"_s);
        if (!json) {
            done(json.error());
            return;
        }
        // GraphQL reports its errors with HTTP 200; THROTTLED is Shopify's rate limit.
        const QJsonArray errors = json->value("errors"_L1).toArray();
        if (!errors.isEmpty()) {
            const QJsonObject first = errors.first().toObject();
            const bool throttled =
                first.value("extensions"_L1).toObject().value("code"_L1).toString() == "THROTTLED"_L1;
            done(Error {QString::fromLatin1(throttled ? kRateLimited : kRejected),
                        tr("Shopify refused the orders query: %1").arg(first.value("message"_L1).toString()),
                        throttled ? u"2"_s : QString()});
            return;
        }
        const QJsonObject orders = json->value("data"_L1).toObject().value("orders"_L1).toObject();
        RawPage page;
        QDateTime newest = QDateTime::fromString(latest, Qt::ISODate);
        for (const QJsonValue& value : orders.value("nodes"_L1).toArray()) {
            const QJsonObject order = value.toObject();
            const QDateTime updated = QDateTime::fromString(order.value("updatedAt"_L1).toString(), Qt::ISODate);
            if (updated.isValid() && (!newest.isValid() || updated > newest))
                newest = updated;
            page.items << order;
        }
        const QJsonObject pageInfo = orders.value("pageInfo"_L1).toObject();
        page.more = pageInfo.value("hasNextPage"_L1).toBool() && !page.items.isEmpty();
        const QString newestText = newest.isValid() ? newest.toUTC().toString(Qt::ISODate) : QString();
        if (page.more) {
            page.checkpoint = QJsonObject {{u"since"_s, since},
                                           {u"after"_s, pageInfo.value("endCursor"_L1).toString()},
                                           {u"latest"_s, newestText}};
        } else {
            const QDateTime start = QDateTime::fromString(since, Qt::ISODate);
            const QDateTime next = newest.isValid() ? std::max(start, newest.addSecs(-kOverlapSeconds)) : start;
            page.checkpoint = QJsonObject {{u"since"_s, next.toUTC().toString(Qt::ISODate)}};
        }
        done(page);
    });
}

Result<Order> ShopifyOrderSource::normalize(const QJsonObject& order) const
{
    return normalizeShopifyOrder(order);
}

QString ShopifyOrderSource::externalId(const QJsonObject& order) const
{
    return order.value("id"_L1).toString();
}

} // namespace md
