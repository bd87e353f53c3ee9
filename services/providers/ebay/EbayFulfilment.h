#pragma once

#include "providers/FulfilmentClient.h"

#include <QUrl>

class QNetworkAccessManager;

namespace md {

/// eBay's side of the outbox: Sell Fulfillment createShippingFulfillment to ship (looked up through
/// getShippingFulfillments by tracking number), Post-Order v2 cancellation to cancel (looked up through the
/// order's cancelStatus). eBay takes no idempotency key, hence the lookups.
class EbayFulfilment : public FulfilmentClient {
    Q_OBJECT
public:
    EbayFulfilment(QUrl apiBaseUrl, QNetworkAccessManager* network, QObject* parent = nullptr);
    Provider provider() const override { return Provider::Ebay; }
    void lookUp(const Account& account, const QString& accessToken, const OutboxEntry& entry, Callback done) override;
    void send(const Account& account, const QString& accessToken, const OutboxEntry& entry, Callback done) override;

private:
    QNetworkReply* get(const QString& path, const QString& accessToken);
    QUrl m_apiBaseUrl;
    QNetworkAccessManager* m_network;
};

} // namespace md
