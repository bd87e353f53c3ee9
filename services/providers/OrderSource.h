#pragma once

#include "core/Result.h"
#include "domain/Types.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class QNetworkReply;

namespace md {

/// One page of a marketplace's orders, raw, and where the next page starts.
struct OrderPage {
    QList<QJsonObject> orders;
    QJsonObject checkpoint; ///< the cursor to store with this page (it resumes after it)
    bool more = false; ///< another page follows in this pass
};

/// One marketplace's incremental order listing: from a checkpoint (empty: a first sync) to the next page.
/// Checkpoints are the marketplace's own (eBay: a modified-date window and an offset; Amazon: lastUpdatedAfter
/// and a pagination token; Shopify: updated_at and a GraphQL cursor). Re-reading an order is harmless (orders are
/// upserted), skipping one is not: every source overlaps its windows rather than risk a gap.
class OrderSource : public QObject {
    Q_OBJECT
public:
    using PageCallback = std::function<void(Result<OrderPage>)>;

    /// Error codes of failed pages: what the sync does about them.
    static constexpr auto kAuth = "sync.auth"; ///< 401/403: the token, then the account's status
    static constexpr auto kRateLimited = "sync.rate-limited"; ///< 429: wait Retry-After (seconds in detail)
    static constexpr auto kTransient = "sync.transient"; ///< 5xx, network, cut or garbled answers: back off, retry
    static constexpr auto kRejected = "sync.rejected"; ///< other 4xx: retrying the same request will not help

    using QObject::QObject;
    virtual Provider provider() const = 0;
    virtual void fetchPage(const Account& account, const QString& accessToken, const QJsonObject& checkpoint,
                           PageCallback done) = 0;
    virtual Result<Order> normalize(const QJsonObject& order) const = 0;
    /// The marketplace's id of a raw order (for quarantining one that cannot be read).
    virtual QString externalId(const QJsonObject& order) const = 0;

    /// How far back a first sync reaches.
    static constexpr int kFirstSyncDays = 90;

protected:
    /// The JSON body of a finished reply, or an error classified for the sync (see the codes above).
    static Result<QJsonObject> readJson(QNetworkReply* reply, const QString& marketplace);
};

} // namespace md
