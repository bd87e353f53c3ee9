#include "storage/repositories/SavedSearchRepository.h"

#include "storage/RowReading.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md {

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
        .bind(u":now"_s, sql::nowMs());
    return sql::scalarId(q);
}

Result<QList<SavedSearch>> SavedSearchRepository::list() const
{
    SqlQuery q(m_db,
               u"SELECT id, name, provider, account_id, query, filters, interval_minutes, active, last_run_at "
               "FROM saved_searches ORDER BY name, id"_s);
    return sql::readAll<SavedSearch>(q, [](SqlQuery& r) {
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
        .bind(u":now"_s, h.foundAt.isValid() ? h.foundAt.toMSecsSinceEpoch() : sql::nowMs());
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
    return sql::readAll<SavedSearchHit>(q, [](SqlQuery& r) {
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

} // namespace md
