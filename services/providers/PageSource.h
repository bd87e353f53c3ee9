#pragma once

#include "core/Result.h"
#include "domain/Account.h"
#include "domain/Provider.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkReply;

namespace md {

/// One page of a marketplace's resource (orders, listings, returns…), already read: each entry's raw body, its
/// marketplace id and what it became (or why it could not be read), and where the next page starts.
struct PageBase {
    virtual ~PageBase() = default;
    QJsonObject checkpoint; ///< the cursor to store with this page (the next pass resumes after it)
    bool more = false; ///< another page follows in this pass
    virtual int size() const = 0;
};

template<typename T> struct PageEntry {
    QString externalId; ///< the marketplace's id ("(no id)" when even that could not be read)
    QJsonObject raw; ///< kept for a person to look at when `value` is an error
    Result<T> value;
};

template<typename T> struct Page final : PageBase {
    QList<PageEntry<T>> entries;
    int size() const override { return int(entries.size()); }
};

/// A marketplace's raw page: what a source's HTTP answer held, before it is read.
struct RawPage {
    QList<QJsonObject> items;
    QJsonObject checkpoint;
    bool more = false;
};

/// One marketplace's incremental listing of one resource: from a checkpoint (empty: a first sync) to the next
/// page, entries normalized. Checkpoints are the marketplace's own. Re-reading an entry is harmless (sinks
/// upsert), skipping one is not: every source overlaps its windows rather than risk a gap. PagedSync drives it.
class PageSource : public QObject {
    Q_OBJECT
public:
    using PageCallback = std::function<void(Result<std::shared_ptr<const PageBase>>)>;

    /// Error codes of failed pages: what the sync does about them.
    static constexpr auto kAuth = "sync.auth"; ///< 401/403: the token, then the account's status
    static constexpr auto kRateLimited = "sync.rate-limited"; ///< 429: wait Retry-After (seconds in detail)
    static constexpr auto kTransient = "sync.transient"; ///< 5xx, network, cut or garbled answers: back off, retry
    static constexpr auto kRejected = "sync.rejected"; ///< other 4xx: retrying the same request will not help

    /// How far back a first sync reaches.
    static constexpr int kFirstSyncDays = 90;

    using QObject::QObject;
    virtual Provider provider() const = 0;
    /// The resource it lists: the sync cursor's name and the sink it feeds ("orders").
    virtual QString resource() const = 0;
    /// Asks for the page at `checkpoint`; `done` is called once, from the event loop.
    virtual void fetch(const Account& account, const QString& accessToken, const QJsonObject& checkpoint,
                       PageCallback done) = 0;

protected:
    /// The JSON body of a finished reply, or an error classified for the sync (see the codes above).
    static Result<QJsonObject> readJson(QNetworkReply* reply, const QString& marketplace);
};

/// A PageSource of one type: subclasses fetch raw pages and read one entry; the page is read here, once.
template<typename T> class TypedPageSource : public PageSource {
public:
    using RawCallback = std::function<void(Result<RawPage>)>;
    using PageSource::PageSource;

    void fetch(const Account& account, const QString& accessToken, const QJsonObject& checkpoint,
               PageCallback done) final
    {
        fetchRaw(account, accessToken, checkpoint, [this, done = std::move(done)](Result<RawPage> raw) {
            if (!raw)
                done(raw.error());
            else
                done(std::shared_ptr<const PageBase>(std::make_shared<Page<T>>(read(*raw))));
        });
    }

    /// A raw page read: every entry normalized, the ones that cannot be read kept with their reason.
    Page<T> read(const RawPage& raw) const
    {
        Page<T> page;
        page.checkpoint = raw.checkpoint;
        page.more = raw.more;
        page.entries.reserve(raw.items.size());
        for (const QJsonObject& item : raw.items) {
            Result<T> value = normalize(item);
            QString id = value ? idOf(*value) : externalId(item);
            page.entries.append({id.isEmpty() ? QStringLiteral("(no id)") : std::move(id), item, std::move(value)});
        }
        return page;
    }

    /// One entry, read (pure: the normalizers' tests call the functions behind it).
    virtual Result<T> normalize(const QJsonObject& item) const = 0;
    /// The marketplace's id of a raw entry that could not be read.
    virtual QString externalId(const QJsonObject& item) const = 0;

protected:
    virtual void fetchRaw(const Account& account, const QString& accessToken, const QJsonObject& checkpoint,
                          RawCallback done) = 0;
    /// The id of an entry read.
    virtual QString idOf(const T& value) const = 0;
};

} // namespace md
