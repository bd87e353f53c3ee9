#pragma once

#include "providers/FulfilmentClient.h"

#include <QUrl>

class QNetworkAccessManager;

namespace md {

/// Amazon's side of the outbox: Orders v0 confirmShipment, with the outbox entry's id as the package reference,
/// so the order's packages (Orders 2026-01-01 getOrder, PACKAGES) show whether it arrived. Amazon gives apps no
/// way to cancel an order.
class AmazonFulfilment : public FulfilmentClient {
    Q_OBJECT
public:
    AmazonFulfilment(QUrl apiBaseUrl, QNetworkAccessManager* network, QObject* parent = nullptr);
    Provider provider() const override { return Provider::Amazon; }
    void lookUp(const Account& account, const QString& accessToken, const OutboxEntry& entry, Callback done) override;
    void send(const Account& account, const QString& accessToken, const OutboxEntry& entry, Callback done) override;

private:
    /// Reads the order; `then` gets its marketplace id when the package is not there yet.
    void readOrder(const QString& accessToken, const OutboxEntry& entry, Callback done,
                   std::function<void(const QString& marketplaceId)> then);
    QUrl m_apiBaseUrl;
    QNetworkAccessManager* m_network;
};

} // namespace md
