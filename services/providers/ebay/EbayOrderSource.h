#pragma once

#include "providers/OrderSource.h"

#include <QUrl>

class QNetworkAccessManager;

namespace md {

/// eBay's Sell Fulfillment getOrders, incrementally, as a WindowedPass: the pass's first question is
/// lastmodifieddate:[since..]; when it holds more than a page (200, eBay's maximum), its end is pinned at eBay's
/// clock (the answer's Date) and windows [from..to] sized by eBay's total are read, each kept only when it fits
/// one page (an offset into a list that loses the orders changed meanwhile would skip the ones behind them). The
/// next pass starts two minutes before this one's end.
class EbayOrderSource : public OrderSource {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200; // eBay's maximum

    EbayOrderSource(QUrl apiBaseUrl, QNetworkAccessManager* network, QObject* parent = nullptr);
    Provider provider() const override { return Provider::Ebay; }
    void fetchRaw(const Account& account, const QString& accessToken, const QJsonObject& checkpoint,
                  RawCallback done) override;
    Result<Order> normalize(const QJsonObject& order) const override;
    QString externalId(const QJsonObject& order) const override;

private:
    QUrl m_apiBaseUrl;
    QNetworkAccessManager* m_network;
};

} // namespace md
