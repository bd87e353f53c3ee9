#pragma once

#include "providers/OrderSource.h"

#include <QUrl>

class QNetworkAccessManager;

namespace md {

/// Amazon's Orders API 2026-01-01 searchOrders, incrementally, as a WindowedPass: the pass's first question is
/// lastUpdatedAfter the checkpoint's time; Amazon's answer says where its results end (lastUpdatedBefore, two
/// minutes before its own now), and that end is pinned for the pass: windows between lastUpdatedAfter and
/// lastUpdatedBefore that fit one page of 100 are kept, wider ones split. The paginationToken is followed only
/// within a window narrower than a second.
class AmazonOrderSource : public OrderSource {
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    AmazonOrderSource(QUrl spApiUrl, QNetworkAccessManager* network, QObject* parent = nullptr);
    Provider provider() const override { return Provider::Amazon; }
    void fetchRaw(const Account& account, const QString& accessToken, const QJsonObject& checkpoint,
                  RawCallback done) override;
    Result<Order> normalize(const QJsonObject& order) const override;
    QString externalId(const QJsonObject& order) const override;

private:
    QUrl m_spApiUrl;
    QNetworkAccessManager* m_network;
};

} // namespace md
