#pragma once

#include "providers/OrderSource.h"

#include <QUrl>

class QNetworkAccessManager;

namespace md {

/// Amazon's Orders API 2026-01-01 searchOrders, incrementally: lastUpdatedAfter the checkpoint's time, oldest
/// change first, 100 a page by pagination token; each pass ends where Amazon says its results end
/// (lastUpdatedBefore, a little before its own now), and the next pass starts there.
class AmazonOrderSource : public OrderSource {
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    AmazonOrderSource(QUrl spApiUrl, QNetworkAccessManager* network, QObject* parent = nullptr);
    Provider provider() const override { return Provider::Amazon; }
    void fetchPage(const Account& account, const QString& accessToken, const QJsonObject& checkpoint,
                   PageCallback done) override;
    Result<Order> normalize(const QJsonObject& order) const override;
    QString externalId(const QJsonObject& order) const override;

private:
    QUrl m_spApiUrl;
    QNetworkAccessManager* m_network;
};

} // namespace md
