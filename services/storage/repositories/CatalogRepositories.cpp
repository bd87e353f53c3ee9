#include "storage/repositories/CatalogRepositories.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

template<typename T, typename Reader> Result<QList<T>> readAll(SqlQuery& q, Reader reader)
{
    if (Status s = q.exec(); !s)
        return s.error();
    QList<T> list;
    while (q.next())
        list << reader(q);
    return list;
}

Result<qint64> scalarId(SqlQuery& q)
{
    auto id = q.execScalar();
    if (!id)
        return id.error();
    return id->toLongLong();
}
} // namespace

// ---- Listings

Result<qint64> ListingRepository::upsert(const Listing& l)
{
    SqlQuery q(m_db,
               u"INSERT INTO listings (sku, title, description, item_condition, currency, price_minor, "
               "quantity, created_at, updated_at) VALUES (:sku, :title, :description, :condition, :currency, "
               ":price, :quantity, :now, :now) ON CONFLICT (sku) DO UPDATE SET title = excluded.title, "
               "description = excluded.description, item_condition = excluded.item_condition, currency = "
               "excluded.currency, price_minor = excluded.price_minor, quantity = excluded.quantity, "
               "updated_at = excluded.updated_at RETURNING id"_s);
    q.bind(u":sku"_s, l.sku)
        .bind(u":title"_s, l.title)
        .bind(u":description"_s, sql::fromText(l.description))
        .bind(u":condition"_s, sql::fromText(l.condition))
        .bind(u":currency"_s, l.currency.toUpper())
        .bind(u":price"_s, l.priceMinor)
        .bind(u":quantity"_s, l.quantity)
        .bind(u":now"_s, nowMs());
    return scalarId(q);
}

Result<qint64> ListingRepository::upsertOffer(const ListingOffer& o)
{
    SqlQuery q(m_db,
               u"INSERT INTO listing_offers (listing_id, account_id, external_offer_id, external_listing_id, "
               "status, currency, price_minor, quantity, url, last_synced_at, updated_at) VALUES (:listing, "
               ":account, :offer, :external_listing, :status, :currency, :price, :quantity, :url, :synced, "
               ":now) ON CONFLICT (listing_id, account_id) DO UPDATE SET external_offer_id = "
               "excluded.external_offer_id, external_listing_id = excluded.external_listing_id, status = "
               "excluded.status, currency = excluded.currency, price_minor = excluded.price_minor, quantity = "
               "excluded.quantity, url = excluded.url, last_synced_at = excluded.last_synced_at, updated_at = "
               "excluded.updated_at RETURNING id"_s);
    q.bind(u":listing"_s, o.listingId)
        .bind(u":account"_s, o.accountId)
        .bind(u":offer"_s, sql::fromText(o.externalOfferId))
        .bind(u":external_listing"_s, sql::fromText(o.externalListingId))
        .bind(u":status"_s, o.status.isEmpty() ? u"DRAFT"_s : o.status)
        .bind(u":currency"_s, o.currency.toUpper())
        .bind(u":price"_s, o.priceMinor)
        .bind(u":quantity"_s, o.quantity)
        .bind(u":url"_s, sql::fromText(o.url))
        .bind(u":synced"_s, sql::fromTime(o.lastSyncedAt))
        .bind(u":now"_s, nowMs());
    return scalarId(q);
}

Result<QList<Listing>> ListingRepository::list() const
{
    SqlQuery q(m_db,
               u"SELECT l.id, l.sku, l.title, l.description, l.item_condition, l.currency, l.price_minor, "
               "l.quantity, l.created_at, l.updated_at, (SELECT COUNT(*) FROM listing_offers o WHERE "
               "o.listing_id = l.id) FROM listings l ORDER BY l.sku"_s);
    return readAll<Listing>(q, [](SqlQuery& r) {
        Listing l;
        l.id = r.value(0).toLongLong();
        l.sku = r.value(1).toString();
        l.title = r.value(2).toString();
        l.description = r.value(3).toString();
        l.condition = r.value(4).toString();
        l.currency = r.value(5).toString();
        l.priceMinor = r.value(6).toLongLong();
        l.quantity = r.value(7).toInt();
        l.createdAt = sql::toTime(r.value(8));
        l.updatedAt = sql::toTime(r.value(9));
        l.offerCount = r.value(10).toInt();
        return l;
    });
}

Result<QList<ListingOffer>> ListingRepository::offers(qint64 listingId) const
{
    SqlQuery q(m_db,
               u"SELECT id, listing_id, account_id, external_offer_id, external_listing_id, status, currency, "
               "price_minor, quantity, url, last_synced_at FROM listing_offers WHERE listing_id = :listing "
               "ORDER BY id"_s);
    q.bind(u":listing"_s, listingId);
    return readAll<ListingOffer>(q, [](SqlQuery& r) {
        ListingOffer o;
        o.id = r.value(0).toLongLong();
        o.listingId = r.value(1).toLongLong();
        o.accountId = r.value(2).toLongLong();
        o.externalOfferId = r.value(3).toString();
        o.externalListingId = r.value(4).toString();
        o.status = r.value(5).toString();
        o.currency = r.value(6).toString();
        o.priceMinor = r.value(7).toLongLong();
        o.quantity = r.value(8).toInt();
        o.url = r.value(9).toString();
        o.lastSyncedAt = sql::toTime(r.value(10));
        return o;
    });
}

Status ListingRepository::remove(qint64 id)
{
    SqlQuery q(m_db, u"DELETE FROM listings WHERE id = :id"_s);
    q.bind(u":id"_s, id);
    return q.exec();
}

// ---- Returns

Result<qint64> ReturnRepository::upsert(const ReturnRecord& r)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    SqlQuery q(m_db,
               u"INSERT INTO returns (account_id, house_name, order_id, external_id, status, reason, "
               "buyer_comment, currency, refund_minor, opened_at, updated_at) VALUES (:account, :house, "
               ":order, :external, :status, :reason, :comment, :currency, :refund, :opened, :now) ON CONFLICT "
               "(account_id, external_id) DO UPDATE SET house_name = excluded.house_name, order_id = "
               "excluded.order_id, status = excluded.status, reason = excluded.reason, buyer_comment = "
               "excluded.buyer_comment, currency = excluded.currency, refund_minor = excluded.refund_minor, "
               "opened_at = excluded.opened_at, updated_at = excluded.updated_at RETURNING id"_s);
    q.bind(u":account"_s, r.accountId)
        .bind(u":house"_s, r.houseName)
        .bind(u":order"_s, sql::fromOptionalId(r.orderId))
        .bind(u":external"_s, r.externalId)
        .bind(u":status"_s, r.status)
        .bind(u":reason"_s, sql::fromText(r.reason))
        .bind(u":comment"_s, sql::fromText(r.buyerComment))
        .bind(u":currency"_s, r.currency.toUpper())
        .bind(u":refund"_s, r.refundMinor)
        .bind(u":opened"_s, sql::fromTime(r.openedAt))
        .bind(u":now"_s, nowMs());
    auto id = scalarId(q);
    if (!id)
        return id.error();
    SqlQuery clear(m_db, u"DELETE FROM return_items WHERE return_id = :id"_s);
    clear.bind(u":id"_s, *id);
    if (Status s = clear.exec(); !s)
        return s.error();
    for (const ReturnItem& item : r.items) {
        SqlQuery add(m_db,
                     u"INSERT INTO return_items (return_id, order_item_id, sku, quantity, item_condition, "
                     "restock, refund_minor) VALUES (:id, :line, :sku, :qty, :condition, :restock, :refund)"_s);
        add.bind(u":id"_s, *id)
            .bind(u":line"_s, sql::fromOptionalId(item.orderItemId))
            .bind(u":sku"_s, sql::fromText(item.sku))
            .bind(u":qty"_s, item.quantity)
            .bind(u":condition"_s, sql::fromText(item.condition))
            .bind(u":restock"_s, item.restock)
            .bind(u":refund"_s, item.refundMinor);
        if (Status s = add.exec(); !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return *id;
}

Result<QList<ReturnRecord>> ReturnRepository::list() const
{
    SqlQuery q(m_db,
               u"SELECT id, account_id, house_name, order_id, external_id, status, reason, buyer_comment, "
               "currency, refund_minor, opened_at, updated_at FROM returns ORDER BY opened_at DESC, id DESC"_s);
    return readAll<ReturnRecord>(q, [](SqlQuery& r) {
        ReturnRecord x;
        x.id = r.value(0).toLongLong();
        x.accountId = r.value(1).toLongLong();
        x.houseName = r.value(2).toString();
        x.orderId = sql::toOptionalId(r.value(3));
        x.externalId = r.value(4).toString();
        x.status = r.value(5).toString();
        x.reason = r.value(6).toString();
        x.buyerComment = r.value(7).toString();
        x.currency = r.value(8).toString();
        x.refundMinor = r.value(9).toLongLong();
        x.openedAt = sql::toTime(r.value(10));
        x.updatedAt = sql::toTime(r.value(11));
        return x;
    });
}

Result<QList<ReturnItem>> ReturnRepository::items(qint64 returnId) const
{
    SqlQuery q(m_db,
               u"SELECT id, order_item_id, sku, quantity, item_condition, restock, refund_minor FROM "
               "return_items WHERE return_id = :id ORDER BY id"_s);
    q.bind(u":id"_s, returnId);
    return readAll<ReturnItem>(q, [](SqlQuery& r) {
        ReturnItem i;
        i.id = r.value(0).toLongLong();
        i.orderItemId = sql::toOptionalId(r.value(1));
        i.sku = r.value(2).toString();
        i.quantity = r.value(3).toInt();
        i.condition = r.value(4).toString();
        i.restock = r.value(5).toBool();
        i.refundMinor = r.value(6).toLongLong();
        return i;
    });
}

// ---- Notifications

Result<std::pair<qint64, bool>> NotificationRepository::raise(const Notification& n)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    SqlQuery open(m_db, u"SELECT id FROM notifications WHERE episode_key = :key AND resolved_at IS NULL"_s);
    open.bind(u":key"_s, n.episodeKey);
    if (Status s = open.exec(); !s)
        return s.error();
    if (open.next())
        return std::pair<qint64, bool>(open.value(0).toLongLong(), false);
    open.raw().finish();

    SqlQuery q(m_db,
               u"INSERT INTO notifications (account_id, kind, severity, episode_key, title, body, args, created_at) "
               "VALUES (:account, :kind, :severity, :key, :title, :body, :args, :now) RETURNING id"_s);
    q.bind(u":account"_s, sql::fromOptionalId(n.accountId))
        .bind(u":kind"_s, n.kind)
        .bind(u":severity"_s, severityKey(n.severity))
        .bind(u":key"_s, n.episodeKey)
        .bind(u":title"_s, n.title)
        .bind(u":body"_s, sql::fromText(n.body))
        .bind(u":args"_s,
              n.args.isEmpty()
                  ? QVariant(QMetaType(QMetaType::QString))
                  : QVariant(QString::fromUtf8(
                        QJsonDocument(QJsonObject::fromVariantMap(n.args)).toJson(QJsonDocument::Compact))))
        .bind(u":now"_s, n.createdAt.isValid() ? n.createdAt.toMSecsSinceEpoch() : nowMs());
    auto id = scalarId(q);
    if (!id)
        return id.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return std::pair<qint64, bool>(*id, true);
}

Result<int> NotificationRepository::resolve(const QString& episodeKey)
{
    SqlQuery q(m_db, u"UPDATE notifications SET resolved_at = :now WHERE episode_key = :key AND resolved_at IS NULL"_s);
    q.bind(u":now"_s, nowMs()).bind(u":key"_s, episodeKey);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.numRowsAffected();
}

Result<QStringList> NotificationRepository::openEpisodes(const QString& prefix) const
{
    SqlQuery q(m_db,
               u"SELECT episode_key FROM notifications WHERE resolved_at IS NULL AND "
               "substr(episode_key, 1, :length) = :prefix ORDER BY episode_key"_s);
    q.bind(u":length"_s, prefix.size()).bind(u":prefix"_s, prefix);
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    return keys;
}

Status NotificationRepository::markRead(qint64 id)
{
    SqlQuery q(m_db, u"UPDATE notifications SET read_at = :now WHERE id = :id AND read_at IS NULL"_s);
    q.bind(u":now"_s, nowMs()).bind(u":id"_s, id);
    return q.exec();
}

Result<QList<Notification>> NotificationRepository::list(int limit) const
{
    SqlQuery q(m_db,
               u"SELECT n.id, n.account_id, a.house_name, n.kind, n.severity, n.episode_key, n.title, n.body, "
               "n.created_at, n.resolved_at, n.read_at, n.args FROM notifications n LEFT JOIN accounts a ON a.id = "
               "n.account_id ORDER BY n.created_at DESC, n.id DESC LIMIT :limit"_s);
    q.bind(u":limit"_s, limit);
    return readAll<Notification>(q, [](SqlQuery& r) {
        Notification n;
        n.id = r.value(0).toLongLong();
        n.accountId = sql::toOptionalId(r.value(1));
        n.houseName = r.value(2).toString();
        n.kind = r.value(3).toString();
        n.severity = severityFromKey(r.value(4).toString()).value_or(Severity::Info);
        n.episodeKey = r.value(5).toString();
        n.title = r.value(6).toString();
        n.body = r.value(7).toString();
        n.createdAt = sql::toTime(r.value(8));
        n.resolvedAt = sql::toTime(r.value(9));
        n.readAt = sql::toTime(r.value(10));
        n.args = QJsonDocument::fromJson(r.value(11).toString().toUtf8()).object().toVariantMap();
        return n;
    });
}

// ---- Sync cursors

namespace {
SyncCursor readCursor(SqlQuery& r)
{
    SyncCursor c;
    c.accountId = r.value(0).toLongLong();
    c.resource = r.value(1).toString();
    c.checkpoint = r.value(2).toString();
    c.lastSuccessAt = sql::toTime(r.value(3));
    c.errorStreak = r.value(4).toInt();
    c.lastError = r.value(5).toString();
    c.updatedAt = sql::toTime(r.value(6));
    return c;
}
constexpr auto kCursorColumns = "account_id, resource, checkpoint, last_success_at, error_streak, last_error, "
                                "updated_at";
} // namespace

Result<std::optional<SyncCursor>> SyncCursorRepository::find(qint64 accountId, const QString& resource) const
{
    SqlQuery q(m_db,
               u"SELECT %1 FROM sync_cursors WHERE account_id = :account AND resource = :resource"_s.arg(
                   QLatin1StringView(kCursorColumns)));
    q.bind(u":account"_s, accountId).bind(u":resource"_s, resource);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<SyncCursor>();
    return std::optional<SyncCursor>(readCursor(q));
}

Status SyncCursorRepository::save(const SyncCursor& c)
{
    SqlQuery q(m_db,
               u"INSERT INTO sync_cursors (account_id, resource, checkpoint, last_success_at, error_streak, "
               "last_error, updated_at) VALUES (:account, :resource, :checkpoint, :success, :streak, :error, "
               ":now) ON CONFLICT (account_id, resource) DO UPDATE SET checkpoint = excluded.checkpoint, "
               "last_success_at = excluded.last_success_at, error_streak = excluded.error_streak, last_error "
               "= excluded.last_error, updated_at = excluded.updated_at"_s);
    q.bind(u":account"_s, c.accountId)
        .bind(u":resource"_s, c.resource)
        .bind(u":checkpoint"_s, c.checkpoint.isEmpty() ? u"{}"_s : c.checkpoint)
        .bind(u":success"_s, sql::fromTime(c.lastSuccessAt))
        .bind(u":streak"_s, c.errorStreak)
        .bind(u":error"_s, sql::fromText(c.lastError))
        .bind(u":now"_s, nowMs());
    return q.exec();
}

Result<QList<SyncCursor>> SyncCursorRepository::forAccount(qint64 accountId) const
{
    SqlQuery q(m_db,
               u"SELECT %1 FROM sync_cursors WHERE account_id = :account ORDER BY resource"_s.arg(
                   QLatin1StringView(kCursorColumns)));
    q.bind(u":account"_s, accountId);
    return readAll<SyncCursor>(q, readCursor);
}

// ---- Health events

Result<qint64> HealthEventRepository::record(const HealthEvent& e)
{
    SqlQuery q(m_db,
               u"INSERT INTO health_events (account_id, occurred_at, healthy, http_status, ack, error_code, "
               "error_message, response_ms) VALUES (:account, :at, :healthy, :status, :ack, :code, :message, "
               ":ms) RETURNING id"_s);
    q.bind(u":account"_s, e.accountId)
        .bind(u":at"_s, sql::fromTime(e.occurredAt.isValid() ? e.occurredAt : QDateTime::currentDateTimeUtc()))
        .bind(u":healthy"_s, e.healthy)
        .bind(u":status"_s, e.httpStatus)
        .bind(u":ack"_s, sql::fromText(e.ack))
        .bind(u":code"_s, sql::fromText(e.errorCode))
        .bind(u":message"_s, sql::fromText(e.errorMessage))
        .bind(u":ms"_s, e.responseMs);
    return scalarId(q);
}

Result<QList<HealthEvent>> HealthEventRepository::recent(qint64 accountId, int limit) const
{
    SqlQuery q(m_db,
               u"SELECT id, account_id, occurred_at, healthy, http_status, ack, error_code, error_message, "
               "response_ms FROM health_events WHERE account_id = :account ORDER BY occurred_at DESC, id DESC "
               "LIMIT :limit"_s);
    q.bind(u":account"_s, accountId).bind(u":limit"_s, limit);
    return readAll<HealthEvent>(q, [](SqlQuery& r) {
        HealthEvent e;
        e.id = r.value(0).toLongLong();
        e.accountId = r.value(1).toLongLong();
        e.occurredAt = sql::toTime(r.value(2));
        e.healthy = r.value(3).toBool();
        e.httpStatus = r.value(4).toInt();
        e.ack = r.value(5).toString();
        e.errorCode = r.value(6).toString();
        e.errorMessage = r.value(7).toString();
        e.responseMs = r.value(8).toInt();
        return e;
    });
}

Result<QDateTime> HealthEventRepository::lastHealthy(qint64 accountId) const
{
    SqlQuery q(m_db, u"SELECT MAX(occurred_at) FROM health_events WHERE account_id = :account AND healthy = :yes"_s);
    q.bind(u":account"_s, accountId).bind(u":yes"_s, true);
    auto value = q.execScalar();
    if (!value)
        return value.error();
    return sql::toTime(*value);
}

Result<int> HealthEventRepository::pruneBefore(const QDateTime& cutoff)
{
    SqlQuery q(m_db, u"DELETE FROM health_events WHERE occurred_at < :cutoff"_s);
    q.bind(u":cutoff"_s, cutoff.toMSecsSinceEpoch());
    if (Status s = q.exec(); !s)
        return s.error();
    return q.numRowsAffected();
}

// ---- Outbox

namespace {
OutboxEntry readOutbox(SqlQuery& r)
{
    OutboxEntry e;
    e.id = r.value(0).toLongLong();
    e.idempotencyKey = r.value(1).toString();
    e.accountId = r.value(2).toLongLong();
    e.action = r.value(3).toString();
    e.payload = r.value(4).toString();
    e.state = outboxStateFromKey(r.value(5).toString()).value_or(OutboxState::Pending);
    e.attempts = r.value(6).toInt();
    e.lastError = r.value(7).toString();
    e.nextAttemptAt = sql::toTime(r.value(8));
    e.createdAt = sql::toTime(r.value(9));
    e.updatedAt = sql::toTime(r.value(10));
    e.orderId = sql::toOptionalId(r.value(11));
    e.result = r.value(12).toString();
    e.verifyFirst = r.value(13).toBool();
    e.houseName = r.value(14).toString();
    e.orderNumber = r.value(15).toString();
    return e;
}
constexpr auto kOutboxColumns = "o.id, o.idempotency_key, o.account_id, o.action, o.payload, o.state, o.attempts, "
                                "o.last_error, o.next_attempt_at, o.created_at, o.updated_at, o.order_id, o.result, "
                                "o.verify_first, (SELECT a.house_name FROM accounts a WHERE a.id = o.account_id), "
                                "(SELECT COALESCE(NULLIF(r.order_number, ''), r.external_id) FROM orders r WHERE "
                                "r.id = o.order_id)";
} // namespace

Result<qint64> OutboxRepository::enqueue(const OutboxEntry& e)
{
    SqlQuery q(m_db,
               u"INSERT INTO outbox (idempotency_key, account_id, order_id, action, payload, state, created_at, "
               "updated_at) VALUES (:key, :account, :order, :action, :payload, 'PENDING', :now, :now) RETURNING id"_s);
    q.bind(u":key"_s, e.idempotencyKey)
        .bind(u":account"_s, e.accountId)
        .bind(u":order"_s, sql::fromOptionalId(e.orderId))
        .bind(u":action"_s, e.action)
        .bind(u":payload"_s, e.payload)
        .bind(u":now"_s, nowMs());
    auto id = scalarId(q);
    if (!id && id.error().code == "database.unique-violation"_L1) {
        return Error {id.error().code, tr("This action is already queued (key %1).").arg(e.idempotencyKey),
                      id.error().detail};
    }
    return id;
}

Result<QList<OutboxEntry>> OutboxRepository::due(const QDateTime& now, int limit) const
{
    SqlQuery q(m_db,
               u"SELECT %1 FROM outbox o WHERE o.state = 'PENDING' AND (o.next_attempt_at IS NULL OR "
               "o.next_attempt_at <= :now) AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.account_id = o.account_id "
               "AND p.id < o.id AND p.state IN ('PENDING', 'SENDING')) ORDER BY o.id LIMIT :limit"_s.arg(
                   QLatin1StringView(kOutboxColumns)));
    q.bind(u":now"_s, now.toMSecsSinceEpoch()).bind(u":limit"_s, limit);
    return readAll<OutboxEntry>(q, readOutbox);
}

Result<QDateTime> OutboxRepository::nextAttemptAt() const
{
    SqlQuery q(m_db,
               u"SELECT MIN(CASE WHEN state = 'PENDING' THEN COALESCE(next_attempt_at, 0) ELSE updated_at + :lease "
               "END), COUNT(*) FROM outbox WHERE state IN ('PENDING', 'SENDING')"_s);
    q.bind(u":lease"_s, qint64(std::chrono::milliseconds(kSendingLease).count()));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next() || q.value(1).toLongLong() == 0)
        return QDateTime();
    return sql::toTime(q.value(0));
}

Result<QList<OutboxEntry>> OutboxRepository::list(int limit) const
{
    SqlQuery q(m_db,
               u"SELECT %1 FROM outbox o ORDER BY o.id DESC LIMIT :limit"_s.arg(QLatin1StringView(kOutboxColumns)));
    q.bind(u":limit"_s, limit);
    return readAll<OutboxEntry>(q, readOutbox);
}

Result<std::optional<OutboxEntry>> OutboxRepository::find(qint64 id) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM outbox o WHERE o.id = :id"_s.arg(QLatin1StringView(kOutboxColumns)));
    q.bind(u":id"_s, id);
    auto rows = readAll<OutboxEntry>(q, readOutbox);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<OutboxEntry>() : std::optional<OutboxEntry>(rows->first());
}

Result<std::optional<OutboxEntry>> OutboxRepository::latestForOrder(qint64 orderId) const
{
    SqlQuery q(m_db,
               u"SELECT %1 FROM outbox o WHERE o.order_id = :order ORDER BY o.id DESC LIMIT 1"_s.arg(
                   QLatin1StringView(kOutboxColumns)));
    q.bind(u":order"_s, orderId);
    auto rows = readAll<OutboxEntry>(q, readOutbox);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<OutboxEntry>() : std::optional<OutboxEntry>(rows->first());
}

Status OutboxRepository::setState(qint64 id, OutboxState state, const QString& error, const QDateTime& nextAttempt)
{
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = :state, attempts = attempts + :attempt, last_error = :error, "
               "next_attempt_at = :next, updated_at = :now WHERE id = :id"_s);
    q.bind(u":state"_s, outboxStateKey(state))
        .bind(u":attempt"_s, state == OutboxState::Sending ? 1 : 0)
        .bind(u":error"_s, sql::fromText(error))
        .bind(u":next"_s, sql::fromTime(nextAttempt))
        .bind(u":now"_s, nowMs())
        .bind(u":id"_s, id);
    return q.exec();
}

Result<bool> OutboxRepository::markSending(qint64 id, const QString& sender)
{
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = 'SENDING', attempts = attempts + 1, claimed_by = :sender, updated_at = :now "
               "WHERE id = :id AND state = 'PENDING'"_s);
    q.bind(u":sender"_s, sql::fromText(sender)).bind(u":now"_s, nowMs()).bind(u":id"_s, id);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

Status OutboxRepository::markSent(qint64 id, const QString& result)
{
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = 'SENT', result = :result, last_error = NULL, next_attempt_at = NULL, "
               "verify_first = :no, updated_at = :now WHERE id = :id"_s);
    q.bind(u":result"_s, sql::fromText(result)).bind(u":no"_s, false).bind(u":now"_s, nowMs()).bind(u":id"_s, id);
    return q.exec();
}

Status OutboxRepository::markRetry(qint64 id, const QString& error, const QDateTime& next, bool verifyFirst)
{
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = 'PENDING', last_error = :error, next_attempt_at = :next, verify_first = "
               "(verify_first OR :verify), updated_at = :now WHERE id = :id"_s);
    q.bind(u":error"_s, sql::fromText(error))
        .bind(u":next"_s, sql::fromTime(next))
        .bind(u":verify"_s, verifyFirst)
        .bind(u":now"_s, nowMs())
        .bind(u":id"_s, id);
    return q.exec();
}

Status OutboxRepository::markStopped(qint64 id, OutboxState state, const QString& error)
{
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = :state, last_error = :error, next_attempt_at = NULL, updated_at = :now "
               "WHERE id = :id"_s);
    q.bind(u":state"_s, outboxStateKey(state))
        .bind(u":error"_s, sql::fromText(error))
        .bind(u":now"_s, nowMs())
        .bind(u":id"_s, id);
    return q.exec();
}

Result<int> OutboxRepository::recoverInterrupted(const QString& sender)
{
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = 'PENDING', verify_first = :yes, next_attempt_at = NULL, claimed_by = NULL, "
               "updated_at = :now WHERE state = 'SENDING' AND (:anyone OR claimed_by IS NULL OR claimed_by = :sender "
               "OR updated_at < :expired)"_s);
    q.bind(u":yes"_s, true)
        .bind(u":now"_s, nowMs())
        .bind(u":anyone"_s, sender.isEmpty())
        .bind(u":sender"_s, sender)
        .bind(u":expired"_s, nowMs() - qint64(std::chrono::milliseconds(kSendingLease).count()));
    if (Status s = q.exec(); !s)
        return s.error();
    return q.numRowsAffected();
}

Status OutboxRepository::requeue(qint64 id)
{
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = 'PENDING', verify_first = :yes, next_attempt_at = NULL, updated_at = :now "
               "WHERE id = :id AND state IN ('CONFLICT', 'FAILED')"_s);
    q.bind(u":yes"_s, true).bind(u":now"_s, nowMs()).bind(u":id"_s, id);
    return q.exec();
}

Status OutboxRepository::withdraw(qint64 id)
{
    // The key is set aside with the entry, so that the same action may be asked for again.
    SqlQuery q(m_db,
               u"UPDATE outbox SET state = 'CANCELLED', next_attempt_at = NULL, updated_at = :now, idempotency_key = "
               "idempotency_key || ':withdrawn:' || CAST(id AS TEXT) WHERE id = :id AND state IN ('PENDING', "
               "'CONFLICT', 'FAILED')"_s);
    q.bind(u":now"_s, nowMs()).bind(u":id"_s, id);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() == 0) {
        return Error {u"outbox.not-withdrawable"_s,
                      tr("This action is being sent or was already sent; it can no longer be withdrawn."),
                      {}};
    }
    return {};
}

Status OutboxRepository::makeAllDue()
{
    SqlQuery q(m_db, u"UPDATE outbox SET next_attempt_at = NULL WHERE state = 'PENDING'"_s);
    return q.exec();
}

Result<QHash<OutboxState, int>> OutboxRepository::countByState() const
{
    SqlQuery q(m_db, u"SELECT state, COUNT(*) FROM outbox GROUP BY state"_s);
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<OutboxState, int> counts;
    while (q.next()) {
        if (auto state = outboxStateFromKey(q.value(0).toString()))
            counts.insert(*state, q.value(1).toInt());
    }
    return counts;
}

// ---- Activity log

Result<qint64> ActivityLogRepository::append(const ActivityEntry& e)
{
    SqlQuery q(m_db,
               u"INSERT INTO activity_log (occurred_at, account_id, actor, action, subject_type, subject_id, "
               "details) VALUES (:at, :account, :actor, :action, :type, :subject, :details) RETURNING id"_s);
    q.bind(u":at"_s, sql::fromTime(e.occurredAt.isValid() ? e.occurredAt : QDateTime::currentDateTimeUtc()))
        .bind(u":account"_s, sql::fromOptionalId(e.accountId))
        .bind(u":actor"_s, e.actor)
        .bind(u":action"_s, e.action)
        .bind(u":type"_s, sql::fromText(e.subjectType))
        .bind(u":subject"_s, sql::fromText(e.subjectId))
        .bind(u":details"_s, sql::fromText(e.details));
    return scalarId(q);
}

Result<QList<ActivityEntry>> ActivityLogRepository::recent(int limit) const
{
    SqlQuery q(m_db,
               u"SELECT id, occurred_at, account_id, actor, action, subject_type, subject_id, details FROM "
               "activity_log ORDER BY occurred_at DESC, id DESC LIMIT :limit"_s);
    q.bind(u":limit"_s, limit);
    return readAll<ActivityEntry>(q, [](SqlQuery& r) {
        ActivityEntry e;
        e.id = r.value(0).toLongLong();
        e.occurredAt = sql::toTime(r.value(1));
        e.accountId = sql::toOptionalId(r.value(2));
        e.actor = r.value(3).toString();
        e.action = r.value(4).toString();
        e.subjectType = r.value(5).toString();
        e.subjectId = r.value(6).toString();
        e.details = r.value(7).toString();
        return e;
    });
}

// ---- Messages

Result<qint64> MessageRepository::upsert(const Message& m)
{
    SqlQuery q(m_db,
               u"INSERT INTO messages (account_id, external_id, thread_id, direction, sender, recipient, "
               "subject, body, order_external_id, is_read, sent_at, created_at) VALUES (:account, :external, "
               ":thread, :direction, :sender, :recipient, :subject, :body, :order, :read, :sent, :now) ON "
               "CONFLICT (account_id, external_id) DO UPDATE SET thread_id = excluded.thread_id, subject = "
               "excluded.subject, body = excluded.body, is_read = messages.is_read OR excluded.is_read, "
               "sent_at = excluded.sent_at RETURNING id"_s);
    q.bind(u":account"_s, m.accountId)
        .bind(u":external"_s, m.externalId)
        .bind(u":thread"_s, sql::fromText(m.threadId))
        .bind(u":direction"_s, m.incoming ? u"IN"_s : u"OUT"_s)
        .bind(u":sender"_s, sql::fromText(m.sender))
        .bind(u":recipient"_s, sql::fromText(m.recipient))
        .bind(u":subject"_s, sql::fromText(m.subject))
        .bind(u":body"_s, sql::fromText(m.body))
        .bind(u":order"_s, sql::fromText(m.orderExternalId))
        .bind(u":read"_s, m.read)
        .bind(u":sent"_s, sql::fromTime(m.sentAt))
        .bind(u":now"_s, nowMs());
    return scalarId(q);
}

Result<QList<Message>> MessageRepository::forAccount(qint64 accountId, int limit) const
{
    SqlQuery q(m_db,
               u"SELECT id, account_id, external_id, thread_id, direction, sender, recipient, subject, body, "
               "order_external_id, is_read, sent_at FROM messages WHERE account_id = :account ORDER BY sent_at "
               "DESC, id DESC LIMIT :limit"_s);
    q.bind(u":account"_s, accountId).bind(u":limit"_s, limit);
    return readAll<Message>(q, [](SqlQuery& r) {
        Message m;
        m.id = r.value(0).toLongLong();
        m.accountId = r.value(1).toLongLong();
        m.externalId = r.value(2).toString();
        m.threadId = r.value(3).toString();
        m.incoming = r.value(4).toString() == "IN"_L1;
        m.sender = r.value(5).toString();
        m.recipient = r.value(6).toString();
        m.subject = r.value(7).toString();
        m.body = r.value(8).toString();
        m.orderExternalId = r.value(9).toString();
        m.read = r.value(10).toBool();
        m.sentAt = sql::toTime(r.value(11));
        return m;
    });
}

Status MessageRepository::markRead(qint64 id)
{
    SqlQuery q(m_db, u"UPDATE messages SET is_read = :read WHERE id = :id"_s);
    q.bind(u":read"_s, true).bind(u":id"_s, id);
    return q.exec();
}

// ---- Saved searches

Result<qint64> SavedSearchRepository::insert(const SavedSearch& s)
{
    SqlQuery q(m_db,
               u"INSERT INTO saved_searches (name, provider, account_id, query, filters, interval_minutes, "
               "active, last_run_at, created_at) VALUES (:name, :provider, :account, :query, :filters, "
               ":interval, :active, :last, :now) RETURNING id"_s);
    q.bind(u":name"_s, s.name)
        .bind(u":provider"_s, providerKey(s.provider))
        .bind(u":account"_s, sql::fromOptionalId(s.accountId))
        .bind(u":query"_s, s.query)
        .bind(u":filters"_s, s.filters.isEmpty() ? u"{}"_s : s.filters)
        .bind(u":interval"_s, s.intervalMinutes)
        .bind(u":active"_s, s.active)
        .bind(u":last"_s, sql::fromTime(s.lastRunAt))
        .bind(u":now"_s, nowMs());
    return scalarId(q);
}

Result<QList<SavedSearch>> SavedSearchRepository::list() const
{
    SqlQuery q(m_db,
               u"SELECT id, name, provider, account_id, query, filters, interval_minutes, active, last_run_at "
               "FROM saved_searches ORDER BY name, id"_s);
    return readAll<SavedSearch>(q, [](SqlQuery& r) {
        SavedSearch s;
        s.id = r.value(0).toLongLong();
        s.name = r.value(1).toString();
        s.provider = providerFromKey(r.value(2).toString()).value_or(Provider::Ebay);
        s.accountId = sql::toOptionalId(r.value(3));
        s.query = r.value(4).toString();
        s.filters = r.value(5).toString();
        s.intervalMinutes = r.value(6).toInt();
        s.active = r.value(7).toBool();
        s.lastRunAt = sql::toTime(r.value(8));
        return s;
    });
}

Result<bool> SavedSearchRepository::recordHit(const SavedSearchHit& h)
{
    SqlQuery q(m_db,
               u"INSERT INTO saved_search_hits (saved_search_id, external_item_id, title, currency, "
               "price_minor, url, seen, found_at) VALUES (:search, :item, :title, :currency, :price, :url, "
               ":seen, :now) ON CONFLICT (saved_search_id, external_item_id) DO NOTHING"_s);
    q.bind(u":search"_s, h.savedSearchId)
        .bind(u":item"_s, h.externalItemId)
        .bind(u":title"_s, sql::fromText(h.title))
        .bind(u":currency"_s, sql::fromText(h.currency))
        .bind(u":price"_s, sql::fromOptionalId(h.priceMinor))
        .bind(u":url"_s, sql::fromText(h.url))
        .bind(u":seen"_s, h.seen)
        .bind(u":now"_s, h.foundAt.isValid() ? h.foundAt.toMSecsSinceEpoch() : nowMs());
    if (Status s = q.exec(); !s)
        return s.error();
    return q.numRowsAffected() > 0;
}

Result<QList<SavedSearchHit>> SavedSearchRepository::hits(qint64 savedSearchId) const
{
    SqlQuery q(m_db,
               u"SELECT id, saved_search_id, external_item_id, title, currency, price_minor, url, seen, "
               "found_at FROM saved_search_hits WHERE saved_search_id = :search ORDER BY found_at DESC, id "
               "DESC"_s);
    q.bind(u":search"_s, savedSearchId);
    return readAll<SavedSearchHit>(q, [](SqlQuery& r) {
        SavedSearchHit h;
        h.id = r.value(0).toLongLong();
        h.savedSearchId = r.value(1).toLongLong();
        h.externalItemId = r.value(2).toString();
        h.title = r.value(3).toString();
        h.currency = r.value(4).toString();
        h.priceMinor = sql::toOptionalId(r.value(5));
        h.url = r.value(6).toString();
        h.seen = r.value(7).toBool();
        h.foundAt = sql::toTime(r.value(8));
        return h;
    });
}

// ---- Stock

Result<qint64> StockRepository::addLocation(const Location& l)
{
    SqlQuery q(m_db,
               u"INSERT INTO locations (code, name, active, created_at) VALUES (:code, :name, :active, :now) "
               "RETURNING id"_s);
    q.bind(u":code"_s, l.code).bind(u":name"_s, l.name).bind(u":active"_s, l.active).bind(u":now"_s, nowMs());
    return scalarId(q);
}

Result<QList<Location>> StockRepository::locations() const
{
    SqlQuery q(m_db, u"SELECT id, code, name, active FROM locations ORDER BY code"_s);
    return readAll<Location>(q, [](SqlQuery& r) {
        return Location {r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toBool()};
    });
}

Status StockRepository::ensureItem(const QString& sku, qint64 locationId)
{
    SqlQuery ensure(m_db,
                    u"INSERT INTO stock_items (sku, location_id, on_hand, reserved, updated_at) VALUES (:sku, "
                    ":location, 0, 0, :now) ON CONFLICT (sku, location_id) DO NOTHING"_s);
    ensure.bind(u":sku"_s, sku).bind(u":location"_s, locationId).bind(u":now"_s, nowMs());
    return ensure.exec();
}

Status StockRepository::writeLedger(const StockMovement& m)
{
    SqlQuery ledger(m_db,
                    u"INSERT INTO stock_ledger (sku, location_id, on_hand_delta, reserved_delta, reason, "
                    "reference, created_at) VALUES (:sku, :location, :on_hand, :reserved, :reason, :ref, :now)"_s);
    ledger.bind(u":sku"_s, m.sku)
        .bind(u":location"_s, m.locationId)
        .bind(u":on_hand"_s, m.onHandDelta)
        .bind(u":reserved"_s, m.reservedDelta)
        .bind(u":reason"_s, stockReasonKey(m.reason))
        .bind(u":ref"_s, sql::fromText(m.reference))
        .bind(u":now"_s, nowMs());
    return ledger.exec();
}

Status StockRepository::move(const StockMovement& m)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    // Make sure the row exists, then apply the deltas with an UPDATE: CHECK constraints judge the resulting
    // level (an INSERT … ON CONFLICT would have them judge the delta as if it were the level).
    if (Status s = ensureItem(m.sku, m.locationId); !s)
        return s;
    SqlQuery level(m_db,
                   u"UPDATE stock_items SET on_hand = on_hand + :on_hand, reserved = reserved + :reserved, "
                   "updated_at = :now WHERE sku = :sku AND location_id = :location"_s);
    level.bind(u":sku"_s, m.sku)
        .bind(u":location"_s, m.locationId)
        .bind(u":on_hand"_s, m.onHandDelta)
        .bind(u":reserved"_s, m.reservedDelta)
        .bind(u":now"_s, nowMs());
    if (Status s = level.exec(); !s) {
        return Error {u"stock.insufficient"_s,
                      tr("Stock of %1 cannot change by %2 on hand and %3 reserved: not enough stock.")
                          .arg(m.sku)
                          .arg(m.onHandDelta)
                          .arg(m.reservedDelta),
                      s.error().message};
    }
    if (Status s = writeLedger(m); !s)
        return s;
    return transaction.commit();
}

Result<bool> StockRepository::tryReserve(const QString& sku, qint64 locationId, int quantity, StockReason reason,
                                         const QString& reference)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    SqlQuery reserve(m_db,
                     u"UPDATE stock_items SET reserved = reserved + :qty, updated_at = :now WHERE sku = :sku AND "
                     "location_id = :location AND on_hand - reserved >= :qty"_s);
    reserve.bind(u":qty"_s, quantity).bind(u":now"_s, nowMs()).bind(u":sku"_s, sku).bind(u":location"_s, locationId);
    if (Status s = reserve.exec(); !s)
        return s.error();
    if (reserve.numRowsAffected() != 1)
        return false;
    StockMovement m;
    m.sku = sku;
    m.locationId = locationId;
    m.reservedDelta = quantity;
    m.reason = reason;
    m.reference = reference;
    if (Status s = writeLedger(m); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return true;
}

Result<QList<qint64>> StockRepository::locationsWithAvailable(const QString& sku, int quantity,
                                                              std::optional<qint64> preferred) const
{
    SqlQuery q(m_db,
               u"SELECT location_id FROM stock_items WHERE sku = :sku AND on_hand - reserved >= :qty "
               "ORDER BY CASE WHEN location_id = :preferred THEN 0 ELSE 1 END, on_hand - reserved DESC, location_id"_s);
    q.bind(u":sku"_s, sku).bind(u":qty"_s, quantity).bind(u":preferred"_s, preferred.value_or(-1));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<QList<StockLevel>> StockRepository::levels() const
{
    SqlQuery q(m_db,
               // The name: the catalog's, else the title the SKU last sold under; the totals over every location.
               u"SELECT s.sku, s.location_id, s.on_hand, s.reserved, s.id, l.code, s.updated_at, COALESCE((SELECT "
               "c.title FROM listings c WHERE c.sku = s.sku), (SELECT i.title FROM order_items i WHERE i.sku = "
               "s.sku ORDER BY i.id DESC LIMIT 1)), SUM(s.on_hand) OVER (PARTITION BY s.sku), SUM(s.reserved) OVER "
               "(PARTITION BY s.sku) FROM stock_items s JOIN locations l ON l.id = s.location_id ORDER BY s.sku, "
               "l.code"_s);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<StockLevel> levels;
    while (q.next()) {
        StockLevel l;
        l.sku = q.value(0).toString();
        l.locationId = q.value(1).toLongLong();
        l.onHand = q.value(2).toInt();
        l.reserved = q.value(3).toInt();
        l.id = q.value(4).toLongLong();
        l.locationCode = q.value(5).toString();
        l.updatedAt = sql::toTime(q.value(6));
        l.productName = q.value(7).toString();
        l.totalOnHand = q.value(8).toInt();
        l.totalReserved = q.value(9).toInt();
        levels << l;
    }
    return levels;
}

Status StockRepository::recount(const QString& sku, qint64 locationId, int expectedOnHand, int counted,
                                const QString& note)
{
    if (counted < 0) {
        return Error {u"stock.negative-count"_s, tr("A count of %1 cannot be below zero.").arg(counted), {}};
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status s = ensureItem(sku, locationId); !s)
        return s;
    // One conditional UPDATE: only if on hand is still what the person was shown (a sync's reservation or another
    // workstation's count in between would make the difference wrong) and the count covers what orders reserved.
    SqlQuery update(m_db,
                    u"UPDATE stock_items SET on_hand = :counted, updated_at = :now WHERE sku = :sku AND "
                    "location_id = :location AND on_hand = :expected AND reserved <= :counted"_s);
    update.bind(u":counted"_s, counted)
        .bind(u":now"_s, nowMs())
        .bind(u":sku"_s, sku)
        .bind(u":location"_s, locationId)
        .bind(u":expected"_s, expectedOnHand);
    if (Status s = update.exec(); !s)
        return s;
    if (update.numRowsAffected() != 1) {
        auto current = level(sku, locationId);
        if (!current)
            return current.error();
        const StockLevel now = current->value_or(StockLevel {});
        if (now.onHand != expectedOnHand) {
            return Error {u"stock.changed"_s,
                          tr("The stock of %1 changed while you counted (it is no longer %2). Look at it again and "
                             "count once more.")
                              .arg(sku)
                              .arg(expectedOnHand),
                          {}};
        }
        return Error {u"stock.below-reserved"_s,
                      tr("%1 units of %2 are reserved for orders here; a count of %3 would leave them short. Move "
                         "or cancel those orders first.")
                          .arg(now.reserved)
                          .arg(sku)
                          .arg(counted),
                      {}};
    }
    StockMovement m;
    m.sku = sku;
    m.locationId = locationId;
    m.onHandDelta = counted - expectedOnHand;
    m.reason = StockReason::Adjustment;
    m.reference = note.isEmpty() ? u"count"_s : u"count: "_s + note;
    if (Status s = writeLedger(m); !s)
        return s;
    return transaction.commit();
}

Result<std::optional<StockLevel>> StockRepository::level(const QString& sku, qint64 locationId) const
{
    SqlQuery q(m_db, u"SELECT on_hand, reserved FROM stock_items WHERE sku = :sku AND location_id = :location"_s);
    q.bind(u":sku"_s, sku).bind(u":location"_s, locationId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<StockLevel>();
    StockLevel l;
    l.sku = sku;
    l.locationId = locationId;
    l.onHand = q.value(0).toInt();
    l.reserved = q.value(1).toInt();
    return std::optional<StockLevel>(l);
}

Result<QList<StockMovement>> StockRepository::ledger(const QString& sku) const
{
    SqlQuery q(m_db,
               u"SELECT id, sku, location_id, on_hand_delta, reserved_delta, reason, reference, created_at FROM "
               "stock_ledger WHERE sku = :sku ORDER BY id"_s);
    q.bind(u":sku"_s, sku);
    return readAll<StockMovement>(q, [](SqlQuery& r) {
        StockMovement m;
        m.id = r.value(0).toLongLong();
        m.sku = r.value(1).toString();
        m.locationId = r.value(2).toLongLong();
        m.onHandDelta = r.value(3).toInt();
        m.reservedDelta = r.value(4).toInt();
        m.reason = stockReasonFromKey(r.value(5).toString()).value_or(StockReason::Adjustment);
        m.reference = r.value(6).toString();
        m.createdAt = sql::toTime(r.value(7));
        return m;
    });
}

} // namespace md
