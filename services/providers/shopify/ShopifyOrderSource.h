#pragma once

#include "providers/OrderSource.h"

class QNetworkAccessManager;

namespace md {

/// Shopify's Admin GraphQL orders (resources/graphql/shopify/Orders.graphql), incrementally: updated since the
/// checkpoint's time, oldest change first (sortKey UPDATED_AT), 50 a page by cursor. Shopify's cursors are
/// positions in that sort (the last node's sort value and id), not offsets: an order changed during a pass moves
/// past the cursor and is read again later in the pass, and no order behind the cursor can move in front of it,
/// so the pass is complete without pinning its end; the next pass starts a minute before the latest change seen
/// (tests/tst_sync's churn test changes orders between every two pages to prove it).
class ShopifyOrderSource : public OrderSource {
    Q_OBJECT
public:
    static constexpr int kPageSize = 50;

    /// `shopUrlTemplate` as in ShopifyEndpoints ("https://{shop}"); `apiVersion` e.g. "2025-01".
    ShopifyOrderSource(QString shopUrlTemplate, QString apiVersion, QNetworkAccessManager* network,
                       QObject* parent = nullptr);
    Provider provider() const override { return Provider::Shopify; }
    void fetchRaw(const Account& account, const QString& accessToken, const QJsonObject& checkpoint,
                  RawCallback done) override;
    Result<Order> normalize(const QJsonObject& order) const override;
    QString externalId(const QJsonObject& order) const override;

private:
    QString m_shopUrlTemplate;
    QString m_apiVersion;
    QNetworkAccessManager* m_network;
};

} // namespace md
