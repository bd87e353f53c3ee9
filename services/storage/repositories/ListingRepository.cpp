#include "storage/repositories/ListingRepository.h"

#include "storage/RowReading.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md {

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
        .bind(u":now"_s, sql::nowMs());
    return sql::scalarId(q);
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
        .bind(u":now"_s, sql::nowMs());
    return sql::scalarId(q);
}

Result<QList<Listing>> ListingRepository::list() const
{
    SqlQuery q(m_db,
               u"SELECT l.id, l.sku, l.title, l.description, l.item_condition, l.currency, l.price_minor, "
               "l.quantity, l.created_at, l.updated_at, (SELECT COUNT(*) FROM listing_offers o WHERE "
               "o.listing_id = l.id) FROM listings l ORDER BY l.sku"_s);
    return sql::readAll<Listing>(q, [](SqlQuery& r) {
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
    return sql::readAll<ListingOffer>(q, [](SqlQuery& r) {
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

} // namespace md
