#pragma once

// The vocabulary shared by storage, providers, sync and the item models. Plain value types: no I/O, no widgets.
// They live in services/ (not models/) because repositories and normalizers must speak them and a lower layer
// never includes a higher one; models/ builds its item models on them.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace md {

/// A marketplace Marketdesk can connect to.
enum class Provider {
    Ebay, ///< eBay: many accounts per seller, OAuth with RuName, 2-hour access tokens.
    Shopify, ///< Shopify: one account per shop domain, offline tokens.
    Amazon, ///< Amazon Selling Partner API through Login with Amazon.
    Facebook, ///< Facebook/Meta commerce: 60-day tokens, no refresh token.
    OfferUp, ///< OfferUp: no public seller API; a manual account without tokens.
};

/// Which deployment of a marketplace an account lives on.
enum class Environment {
    Production, ///< The real marketplace.
    Sandbox, ///< The marketplace's sandbox, or Marketdesk's own local sandbox.
};

/// What the account is used for in the warehouse.
enum class Purpose {
    Buyer, ///< Buys (sourcing, saved searches).
    Seller, ///< Sells (orders, listings, returns).
    Both, ///< Buys and sells.
};

QString providerKey(Provider provider); ///< Stable key stored in the database, e.g. "ebay".
std::optional<Provider> providerFromKey(const QString& key);
QString providerDisplayName(Provider provider); ///< Brand name shown to people.
QString environmentKey(Environment environment); ///< "production" or "sandbox".
std::optional<Environment> environmentFromKey(const QString& key);
QString environmentDisplayName(Environment environment);
QString purposeKey(Purpose purpose); ///< "BUYER", "SELLER" or "BOTH".
std::optional<Purpose> purposeFromKey(const QString& key);
QString purposeDisplayName(Purpose purpose);

/// A marketplace account, known in the warehouse by its house name.
struct Account {
    qint64 id = 0;
    Provider provider = Provider::Ebay;
    Environment environment = Environment::Production;
    QString houseName;
    Purpose purpose = Purpose::Seller;
    QString externalUserId; ///< The marketplace's stable user id (eBay userId, Shopify shop id, selling partner id).
    QString username;
    QString marketplaceId;
    QString siteId;
    QString shopDomain;
    bool active = true;
    std::optional<qint64> defaultLocationId;
    QDateTime connectedAt; ///< UTC; invalid when never connected.
    QDateTime createdAt; ///< UTC.
    QDateTime updatedAt; ///< UTC.
};

/// What Marketdesk knows about an account's tokens, never the tokens themselves (those live in the keychain).
struct TokenMetadata {
    qint64 accountId = 0;
    QDateTime accessExpiresAt; ///< UTC; invalid when the token does not expire.
    QDateTime refreshExpiresAt; ///< UTC; invalid when there is no refresh token or it does not expire.
    QDateTime reauthDueAt; ///< UTC; when the seller must authorize again (Amazon yearly, Facebook 60 days).
    QDateTime lastRefreshedAt; ///< UTC.
    QString lastRefreshError;
    int consecutiveFailures = 0;
    QDateTime revokedAt; ///< UTC; set when the marketplace refused the refresh token, cleared by reconnecting.
};

/// One health check of an account.
struct HealthEvent {
    qint64 id = 0;
    qint64 accountId = 0;
    QDateTime occurredAt; ///< UTC.
    bool healthy = false;
    int httpStatus = 0; ///< 0 when no HTTP answer arrived.
    QString ack; ///< eBay Trading Ack (Success, Warning, Failure) or empty.
    QString errorCode;
    QString errorMessage;
    int responseMs = 0;
};

/// Where a sync of one resource of one account stands.
struct SyncCursor {
    qint64 accountId = 0;
    QString resource; ///< "orders", "listings", "returns", "messages".
    QString checkpoint; ///< Provider-specific JSON checkpoint.
    QDateTime lastSuccessAt;
    int errorStreak = 0;
    QString lastError;
    QDateTime updatedAt;
};

/// An amount of money in integer minor units of an ISO 4217 currency. Never a double.
struct Money {
    qint64 minor = 0;
    QString currency; ///< ISO 4217 alphabetic code, e.g. "EUR".

    /// Number of minor-unit digits of an ISO 4217 currency (2 for most, 0 for JPY, 3 for KWD).
    static int minorDigits(const QString& currency);
    /// Formats for people in the given locale, e.g. "€12.30" or "12,30 €".
    QString format(const QLocale& locale) const;
    bool operator==(const Money&) const = default;
};

/// A postal address as the marketplace gave it.
struct Address {
    QString name;
    QString company;
    QString line1;
    QString line2;
    QString city;
    QString region;
    QString postalCode;
    QString countryCode; ///< ISO 3166-1 alpha-2.
    QString phone;

    bool isEmpty() const { return name.isEmpty() && line1.isEmpty() && city.isEmpty() && countryCode.isEmpty(); }
    QString toJson() const;
    static Address fromJson(const QString& json);
    QString formatted() const; ///< Multi-line text for the details area.
    bool operator==(const Address&) const = default;
};

/// One line of an order.
struct OrderItem {
    qint64 id = 0;
    QString externalLineId;
    QString sku;
    QString title;
    int quantity = 1;
    qint64 unitPriceMinor = 0;
    std::optional<qint64> allocatedLocationId;
    QString waitingReason; ///< a waitingreason key while the line of an open order holds no stock
    QString marketplaceItemId; ///< what the marketplace sold (eBay item, Amazon ASIN, Shopify variant); maps to a SKU
};

/// Why a line of an open order holds no stock (OrderItem::waitingReason).
namespace waitingreason {
inline const QString NoSku = QStringLiteral("no-sku"); ///< no SKU to reserve: a person maps the line to one
inline const QString Short = QStringLiteral("short"); ///< not enough available when last tried
inline const QString Counted = QStringLiteral("count"); ///< a count below what was reserved released it
inline const QString Released = QStringLiteral("released"); ///< released by hand: reserved again only by hand
} // namespace waitingreason

/// Marketdesk's order statuses (Order::status); a marketplace value no table knows is kept as it came.
namespace orderstatus {
inline const QString Pending = QStringLiteral("PENDING"); ///< waiting for payment
inline const QString Open = QStringLiteral("OPEN"); ///< paid, to be picked, packed and shipped
inline const QString PartiallyShipped = QStringLiteral("PARTIALLY_SHIPPED");
inline const QString Shipped = QStringLiteral("SHIPPED");
inline const QString Cancelled = QStringLiteral("CANCELLED");
} // namespace orderstatus

/// Payment statuses (Order::paymentStatus).
namespace paymentstatus {
inline const QString Pending = QStringLiteral("PENDING");
inline const QString Paid = QStringLiteral("PAID");
inline const QString PartiallyRefunded = QStringLiteral("PARTIALLY_REFUNDED");
inline const QString Refunded = QStringLiteral("REFUNDED");
inline const QString Voided = QStringLiteral("VOIDED"); ///< cancelled before any money moved
inline const QString Failed = QStringLiteral("FAILED");
} // namespace paymentstatus

/// Fulfilment statuses (Order::fulfillmentStatus).
namespace fulfillmentstatus {
inline const QString NotStarted = QStringLiteral("NOT_STARTED");
inline const QString InProgress = QStringLiteral("IN_PROGRESS");
inline const QString Fulfilled = QStringLiteral("FULFILLED");
} // namespace fulfillmentstatus

/// An order from one account, normalized from the marketplace's own shape.
struct Order {
    qint64 id = 0;
    qint64 accountId = 0;
    QString houseName; ///< Denormalized so lists and exports need no join.
    QString externalId;
    QString orderNumber;
    QString status; ///< Internal status, or the marketplace's raw value when unknown.
    QString paymentStatus; ///< Internal payment status, or raw.
    QString fulfillmentStatus; ///< Internal fulfilment status, or raw.
    bool needsAttention = false;
    QString buyerName;
    QString buyerEmail;
    QString buyerUsername;
    QString currency;
    qint64 subtotalMinor = 0;
    qint64 taxMinor = 0;
    qint64 shippingMinor = 0;
    qint64 discountMinor = 0;
    qint64 totalMinor = 0;
    Address shippingAddress;
    Address billingAddress;
    QString carrier;
    QString trackingNumber;
    QString notes; ///< what the marketplace says (the buyer's message)
    QString warehouseNote; ///< the warehouse's own note; never touched by a sync
    QDateTime marketplaceCreatedAt; ///< UTC.
    QDateTime marketplaceUpdatedAt; ///< UTC.
    /// UTC; when it must leave the warehouse, as the marketplace says (invalid: it said nothing, see shipByOrEstimate)
    QDateTime shipBy;
    QList<OrderItem> items;
    // Read from the database only (syncs never write them):
    Provider provider = Provider::Ebay; ///< the account's marketplace
    QString pendingAction; ///< "order.ship" / "order.cancel" while the warehouse's request waits in the outbox
    QString actionError; ///< why the last request did not go through (a conflict, a refusal); empty: none
    QDateTime pickedAt; ///< UTC; when a pick list with it was printed or saved
    QDateTime packedAt; ///< UTC; when it was packed
    bool shipByEstimated = false; ///< read back: shipBy is placed + the default handling time, not the marketplace's

    /// Handling time assumed when a marketplace gives no ship-by date.
    static constexpr int kDefaultHandlingDays = 2;
    /// The marketplace's ship-by date, or placed + the default handling time when it gave none.
    QDateTime shipByOrEstimate() const
    {
        return shipBy.isValid() ? shipBy : marketplaceCreatedAt.addDays(kDefaultHandlingDays);
    }

    Money total() const { return {totalMinor, currency}; }
    /// What people call the order: its number, or the marketplace's id when it has none.
    QString displayNumber() const { return orderNumber.isEmpty() ? externalId : orderNumber; }
};

/// The kinds of step in an order's timeline (OrderEvent::kind).
namespace orderevent {
inline const QString Status = QStringLiteral("STATUS"); ///< written by the database on every status change
inline const QString Picked = QStringLiteral("PICKED"); ///< on a pick list that was printed or saved
inline const QString Packed = QStringLiteral("PACKED");
inline const QString ShipQueued = QStringLiteral("SHIP_QUEUED");
inline const QString Shipped = QStringLiteral("SHIPPED"); ///< the marketplace confirmed the shipment
inline const QString CancelQueued = QStringLiteral("CANCEL_QUEUED");
inline const QString Cancelled = QStringLiteral("CANCELLED"); ///< the marketplace confirmed the cancellation
inline const QString Conflict = QStringLiteral("CONFLICT");
inline const QString Failed = QStringLiteral("FAILED");
inline const QString Retried = QStringLiteral("RETRY");
inline const QString Withdrawn = QStringLiteral("WITHDRAWN");
} // namespace orderevent

/// One step in an order's timeline.
struct OrderEvent {
    qint64 id = 0;
    qint64 orderId = 0;
    QDateTime occurredAt; ///< UTC.
    QString kind; ///< one of orderevent::…
    QString status; ///< the status it moved to (STATUS events)
    QString detail; ///< the status it left (STATUS), or what happened, for people
};

/// A product Marketdesk lists, and its price and quantity as the warehouse sets them.
struct Listing {
    qint64 id = 0;
    QString sku;
    QString title;
    QString description;
    QString condition;
    QString currency;
    qint64 priceMinor = 0;
    int quantity = 0;
    int offerCount = 0; ///< Number of accounts it is offered on (read-only, computed).
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// A listing's offer on one account.
struct ListingOffer {
    qint64 id = 0;
    qint64 listingId = 0;
    qint64 accountId = 0;
    QString externalOfferId;
    QString externalListingId;
    QString status;
    QString currency;
    qint64 priceMinor = 0;
    int quantity = 0;
    QString url;
    QDateTime lastSyncedAt;
};

/// One returned line.
struct ReturnItem {
    qint64 id = 0;
    std::optional<qint64> orderItemId;
    QString sku;
    int quantity = 1;
    QString condition;
    bool restock = false;
    qint64 refundMinor = 0;
};

/// A buyer's return of an order.
struct ReturnRecord {
    qint64 id = 0;
    qint64 accountId = 0;
    QString houseName;
    std::optional<qint64> orderId;
    QString externalId;
    QString status;
    QString reason;
    QString buyerComment;
    QString currency;
    qint64 refundMinor = 0;
    QDateTime openedAt;
    QDateTime updatedAt;
    QList<ReturnItem> items;
};

/// How serious a notification is.
enum class Severity {
    Info, ///< Something happened; no action needed.
    Warning, ///< Action will be needed soon.
    Error, ///< Action is needed now.
};
QString severityKey(Severity severity);
std::optional<Severity> severityFromKey(const QString& key);
QString severityDisplayName(Severity severity);

/// A row in the Notifications pane (and, while open, in the tray).
struct Notification {
    qint64 id = 0;
    std::optional<qint64> accountId;
    QString houseName;
    QString kind; ///< e.g. "token.revoked".
    Severity severity = Severity::Info;
    QString episodeKey; ///< At most one open notification per episode key.
    QString title; ///< as raised (see NotificationText: shown rendered from kind and args, in today's language)
    QString body;
    QVariantMap args; ///< what the words are made of: house, marketplace, times (UTC, ISO 8601), counts, errors
    QDateTime createdAt;
    QDateTime resolvedAt; ///< Invalid while open.
    QDateTime readAt;
};

/// State of an action waiting to reach a marketplace.
enum class OutboxState {
    Pending, ///< Not sent yet, or waiting for its next attempt.
    Sending, ///< An attempt is under way.
    Sent, ///< The marketplace accepted it.
    Failed, ///< Gave up after errors that retrying will not fix.
    Conflict, ///< The marketplace says the object changed meanwhile; a person must decide.
    Cancelled, ///< Withdrawn by a person before it was sent.
};
QString outboxStateKey(OutboxState state);
QString outboxStateDisplayName(OutboxState state); ///< What the Outbox pane shows, translated.
/// Stopped for a person to decide (a conflict, a refusal): it may be tried again or withdrawn.
inline bool outboxStopped(OutboxState state)
{
    return state == OutboxState::Conflict || state == OutboxState::Failed;
}
/// Neither sent nor being sent: it may still be withdrawn.
inline bool outboxWithdrawable(OutboxState state)
{
    return state == OutboxState::Pending || outboxStopped(state);
}
std::optional<OutboxState> outboxStateFromKey(const QString& key);

/// What an outbox entry asks a marketplace to do; OutboxEntry::action and Order::pendingAction hold its key.
enum class OutboxAction {
    Ship, ///< "order.ship": a shipment with carrier and tracking number
    Cancel, ///< "order.cancel": a cancellation with one of the marketplace's reasons
};
inline constexpr const char* kShipActionKey = "order.ship";
inline constexpr const char* kCancelActionKey = "order.cancel";
QString outboxActionKey(OutboxAction action);
/// The action of a stored key; nullopt for a key this version does not know.
std::optional<OutboxAction> outboxActionFromKey(const QString& key);

/// An action on a marketplace, written in the same transaction as the local change it mirrors.
struct OutboxEntry {
    qint64 id = 0;
    QString idempotencyKey;
    qint64 accountId = 0;
    std::optional<qint64> orderId; ///< the order the action is about
    QString result; ///< what the marketplace answered (a fulfilment id…)
    bool verifyFirst = false; ///< an earlier attempt may have arrived: look it up on the marketplace before sending
    QString houseName; ///< read only: the account's house name
    QString orderNumber; ///< read only: the order's number (or marketplace id)
    QString action; ///< e.g. "order.ship".
    QString payload; ///< JSON.
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QString lastError;
    QDateTime nextAttemptAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    std::optional<OutboxAction> kind() const { return outboxActionFromKey(action); }
};

/// A line in the activity log: who did what to which object.
struct ActivityEntry {
    qint64 id = 0;
    QDateTime occurredAt;
    std::optional<qint64> accountId;
    QString actor; ///< "user", "sync", "scheduler"…
    QString action;
    QString subjectType;
    QString subjectId;
    QString details; ///< JSON; never a secret.
};

/// A message between the seller and a buyer (or the marketplace) on one account.
struct Message {
    qint64 id = 0;
    qint64 accountId = 0;
    QString externalId;
    QString threadId;
    bool incoming = true;
    QString sender;
    QString recipient;
    QString subject;
    QString body;
    QString orderExternalId;
    bool read = false;
    QDateTime sentAt; ///< UTC.
};

/// A search Marketdesk runs on a marketplace at an interval, remembering what it found.
struct SavedSearch {
    qint64 id = 0;
    QString name;
    Provider provider = Provider::Ebay;
    std::optional<qint64> accountId;
    QString query;
    QString filters = QStringLiteral("{}"); ///< JSON.
    int intervalMinutes = 60;
    bool active = true;
    QDateTime lastRunAt;
};

/// An item a saved search found.
struct SavedSearchHit {
    qint64 id = 0;
    qint64 savedSearchId = 0;
    QString externalItemId;
    QString title;
    QString currency;
    std::optional<qint64> priceMinor;
    QString url;
    bool seen = false;
    QDateTime foundAt;
};

/// A warehouse location (shelf, room, building) stock is kept in.
struct Location {
    qint64 id = 0;
    QString code;
    QString name;
    bool active = true;
};

/// Why stock changed.
enum class StockReason {
    OrderImport, ///< An imported order reserved stock.
    Ship, ///< A shipment consumed reserved stock.
    Cancel, ///< A cancellation released reserved stock.
    Return, ///< A return put stock back.
    Adjustment, ///< A person counted or corrected stock.
};
QString stockReasonKey(StockReason reason);
std::optional<StockReason> stockReasonFromKey(const QString& key);

/// Stock of one SKU at one location.
struct StockLevel {
    QString sku;
    qint64 locationId = 0;
    int onHand = 0;
    int reserved = 0;
    int available() const { return onHand - reserved; }
    qint64 id = 0; ///< read only: the stock row
    QString locationCode; ///< read only
    QDateTime updatedAt; ///< read only
    QString productName; ///< read only: the catalog's title, else the title it last sold under
    int totalOnHand = 0; ///< read only: on hand at every location
    int totalReserved = 0; ///< read only: reserved at every location
    int totalAvailable() const { return totalOnHand - totalReserved; }
};

/// One row of the stock ledger.
struct StockMovement {
    qint64 id = 0;
    QString sku;
    qint64 locationId = 0;
    int onHandDelta = 0;
    int reservedDelta = 0;
    StockReason reason = StockReason::Adjustment;
    QString reference;
    QDateTime createdAt;
};

} // namespace md
