#pragma once

#include "providers/OrderSource.h"

#include <QUrl>

class QNetworkAccessManager;

namespace md {

/// eBay's Sell Fulfillment getOrders, incrementally: orders modified since the checkpoint's time
/// (lastmodifieddate:[since..], open-ended so that a skewed clock never hides a change), 200 (its maximum) a page by
/// offset. eBay lists newest orders first, so orders created during a pass shift the pages and some orders come twice —
/// never none. The next pass starts two minutes before the latest modification seen.
class EbayOrderSource : public OrderSource {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200; // eBay's maximum

    EbayOrderSource(QUrl apiBaseUrl, QNetworkAccessManager* network, QObject* parent = nullptr);
    Provider provider() const override { return Provider::Ebay; }
    void fetchPage(const Account& account, const QString& accessToken, const QJsonObject& checkpoint,
                   PageCallback done) override;
    Result<Order> normalize(const QJsonObject& order) const override;
    QString externalId(const QJsonObject& order) const override;

private:
    QUrl m_apiBaseUrl;
    QNetworkAccessManager* m_network;
};

} // namespace md
