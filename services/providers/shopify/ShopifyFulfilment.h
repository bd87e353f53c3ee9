#pragma once

#include "providers/FulfilmentClient.h"

class QNetworkAccessManager;

namespace md {

/// Shopify's side of the outbox (Admin GraphQL): ship with fulfillmentCreate on the order's open fulfillment
/// orders, cancel with orderCancel. Each starts by reading the order (OrderFulfilment), which also tells whether
/// an earlier attempt arrived: a fulfilment with the same tracking number, or the order cancelled.
class ShopifyFulfilment : public FulfilmentClient {
    Q_OBJECT
public:
    ShopifyFulfilment(QString shopUrlTemplate, QString apiVersion, QNetworkAccessManager* network,
                      QObject* parent = nullptr);
    Provider provider() const override { return Provider::Shopify; }
    void lookUp(const Account& account, const QString& accessToken, const OutboxEntry& entry, Callback done) override;
    void send(const Account& account, const QString& accessToken, const OutboxEntry& entry, Callback done) override;

private:
    using Answer = std::function<void(const QJsonObject& data)>;
    /// Posts one of Marketdesk's documents; `answer` gets `data` when the call went through, `done` any failure.
    void post(const Account& account, const QString& accessToken, const QString& document, const QJsonObject& variables,
              const std::shared_ptr<Callback>& done, Answer answer);
    /// Reads the order; `then` gets it when the entry's action has not arrived yet.
    void readOrder(const Account& account, const QString& accessToken, const OutboxEntry& entry,
                   const std::shared_ptr<Callback>& done, std::function<void(const QJsonObject& order)> then);
    QString m_shopUrlTemplate;
    QString m_apiVersion;
    QNetworkAccessManager* m_network;
};

} // namespace md
