#include "models/OrdersModel.h"

#include "domain/Words.h"
#include "fulfilment/OrderActions.h"
#include "logging/LogCategories.h"
#include "models/Format.h"
#include "models/LiveRefresh.h"
#include "models/ModelRoles.h"
#include "storage/ChangeFeed.h"
#include "storage/DatabaseWorker.h"
#include "storage/repositories/StockRepository.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md {

namespace {

/// The most rows a refresh reads again in one go; a view scrolled deeper starts over from the top.
constexpr int kMaxRefreshRows = 5000;

} // namespace

OrdersModel::OrdersModel(DatabaseWorker* worker, QObject* parent)
    : QAbstractTableModel(parent)
    , m_worker(worker)
    , m_retry(new QTimer(this))
    , m_live(new LiveRefresh(
          kLiveRefresh, [this] { refresh(); }, this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryAfterUnreachable);
    connect(m_retry, &QTimer::timeout, this, &OrdersModel::refresh);
    reload(kPageSize);
}

void OrdersModel::follow(const ChangeFeed& feed)
{
    connect(&feed, &ChangeFeed::changed, this, [this](const QString& aggregate) {
        // A row shows its order, its lines' stock (waiting, reserved) and its queued outbox action.
        if (aggregate != "orders"_L1 && aggregate != "stock"_L1 && aggregate != "outbox"_L1)
            return;
        m_live->request();
    });
}

int OrdersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrdersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QStringList titles {tr("Date"),   tr("Ship by"), tr("House"),      tr("Order"), tr("Buyer"),
                              tr("Status"), tr("Payment"), tr("Fulfilment"), tr("Total"), tr("Tracking")};
    if (orientation != Qt::Horizontal || section < 0 || section >= titles.size())
        return {};
    if (role == Qt::DisplayRole)
        return titles.at(section);
    if (role == Qt::ToolTipRole && !sortKeyOf(section))
        return tr("Orders sort by date, ship-by date, total or status.");
    if (role == Qt::ToolTipRole && section == ShipBy)
        return tr("When the order must leave the warehouse, as the marketplace says; \"about\" when it says nothing "
                  "and %n day(s) of handling are assumed.",
                  nullptr, Order::kDefaultHandlingDays);
    return {};
}

QVariant OrdersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order& o = m_rows.at(index.row());
    if (role == roleOf(Role::Id))
        return o.id;
    return cell(o, index.column(), role);
}

QString OrdersModel::actionText(const Order& o)
{
    if (o.pendingAction.isEmpty())
        return {};
    const bool ship = o.pendingAction == QLatin1StringView(OrderActions::kShip);
    if (!o.actionError.isEmpty())
        return ship ? tr("Shipment stopped: needs you") : tr("Cancellation stopped: needs you");
    return ship ? tr("Shipment waiting to be sent") : tr("Cancellation waiting to be sent");
}

QString OrdersModel::attentionText(const Order& o)
{
    if (!o.needsAttention)
        return {};
    return tr("Needs attention: items wait for stock or a SKU, or the marketplace sent something to look at (see "
              "the details).");
}

QVariant OrdersModel::cell(const Order& o, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Date:
            return format::localTime(o.marketplaceCreatedAt);
        case ShipBy:
            return shipByText(o);
        case House:
            return o.houseName;
        case Number:
            return o.displayNumber();
        case Buyer:
            return o.buyerName.isEmpty() ? o.buyerUsername : o.buyerName;
        case Status:
            return Words::orderStatus(o.status);
        case Payment:
            return Words::paymentStatus(o.paymentStatus);
        case Fulfillment:
            return actionText(o).isEmpty() ? Words::floorState(o) : actionText(o);
        case Total:
            return Money {o.totalMinor, o.currency}.format(QLocale());
        case Tracking:
            return o.trackingNumber;
        }
    } else if (role == Qt::ForegroundRole && column == ShipBy && isLate(o)) {
        return QColor(0xb0, 0x1c, 0x1c); // with the word "late", never colour alone
    } else if (role == Qt::ToolTipRole && column == ShipBy && stillToShip(o)) {
        return o.shipByEstimated
            ? tr("%1 days after it was placed: the marketplace gave no ship-by date.").arg(Order::kDefaultHandlingDays)
            : tr("Ship by %1, as %2 says.").arg(format::localTime(o.shipBy), providerDisplayName(o.provider));
    } else if (role == Qt::TextAlignmentRole && column == Total) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole && column == Fulfillment && !o.actionError.isEmpty()) {
        return QColor(0xb0, 0x1c, 0x1c); // with its text, never colour alone
    } else if (role == Qt::ToolTipRole && column == Fulfillment && !o.actionError.isEmpty()) {
        return o.actionError;
    } else if (role == Qt::ToolTipRole && column == Status && o.needsAttention) {
        return attentionText(o);
    } else if (role == Qt::FontRole && o.needsAttention) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

bool OrdersModel::stillToShip(const Order& o)
{
    return o.status == orderstatus::Open || o.status == orderstatus::PartiallyShipped;
}

bool OrdersModel::isLate(const Order& o, const QDateTime& now)
{
    return stillToShip(o) && o.shipByOrEstimate() < (now.isValid() ? now : QDateTime::currentDateTimeUtc());
}

QString OrdersModel::shipByText(const Order& o, const QDateTime& now)
{
    if (!stillToShip(o))
        return {}; // shipped or cancelled: nothing is due any more
    const QString when = format::localTime(o.shipByOrEstimate());
    if (isLate(o, now))
        return o.shipByEstimated ? tr("about %1 — late").arg(when) : tr("%1 — late").arg(when);
    return o.shipByEstimated ? tr("about %1").arg(when) : when;
}

std::optional<OrderSortKey> OrdersModel::sortKeyOf(int column)
{
    switch (column) {
    case Date:
        return OrderSortKey::Placed;
    case ShipBy:
        return OrderSortKey::ShipBy;
    case Total:
        return OrderSortKey::Total;
    case Status:
        return OrderSortKey::Status;
    default:
        return std::nullopt;
    }
}

int OrdersModel::sortColumnOf(OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::Placed:
        return Date;
    case OrderSortKey::ShipBy:
        return ShipBy;
    case OrderSortKey::Total:
        return Total;
    case OrderSortKey::Status:
        return Status;
    }
    return Date;
}

int OrdersModel::sortColumn() const
{
    return sortColumnOf(m_sort.key);
}

void OrdersModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyOf(column);
    if (!key) {
        emit sortChanged(sortColumn(), m_sort.order); // the view's indicator goes back to the real sort
        return;
    }
    const OrderSort sort {*key, order};
    if (sort == m_sort)
        return;
    m_sort = sort;
    emit sortChanged(column, order);
    reload(kPageSize);
}

void OrdersModel::setFilter(const OrderFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_matchCount = -1; // another question: the old count no longer answers it
    emit matchCountChanged(m_matchCount);
    reload(kPageSize);
}

void OrdersModel::refresh()
{
    m_details.clear();
    m_detailsAsked.clear();
    reload(int(std::clamp<qsizetype>(m_rows.size(), kPageSize, kMaxRefreshRows)));
}

void OrdersModel::begin()
{
    ++m_pending;
}

void OrdersModel::end()
{
    --m_pending;
}

void OrdersModel::reload(int minimumRows)
{
    const quint64 generation = ++m_generation;
    m_fetching = true; // no further page of the old question
    const OrderFilter filter = m_filter;
    const OrderSort sort = m_sort;
    begin();
    m_worker->run<QList<Order>>(
        this, [=](const Database& db) { return OrderRepository(db).page(filter, sort, std::nullopt, minimumRows + 1); },
        [this, generation, minimumRows](Result<QList<Order>> rows) {
            end();
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!rows) {
                qCWarning(lcModels).noquote() << "orders not read:" << rows.error().toLogString();
                if (rows.error().code == "database.unreachable"_L1)
                    m_retry->start();
                emit readFailed(rows.error().message);
                return;
            }
            m_retry->stop();
            const bool atEnd = rows->size() <= minimumRows;
            if (!atEnd)
                rows->removeLast(); // the extra row only says there is more
            replaceRows(std::move(*rows), atEnd);
        });
    readCount();
}

void OrdersModel::readCount()
{
    const quint64 generation = m_generation;
    const OrderFilter filter = m_filter;
    begin();
    m_worker->run<qint64>(
        this, [filter](const Database& db) { return OrderRepository(db).count(filter); },
        [this, generation](Result<qint64> count) {
            end();
            if (generation != m_generation)
                return;
            if (!count) {
                qCWarning(lcModels).noquote() << "orders not counted:" << count.error().toLogString();
                return;
            }
            m_matchCount = *count;
            emit matchCountChanged(m_matchCount);
        });
}

void OrdersModel::replaceRows(QList<Order> rows, bool atEnd)
{
    m_atEnd = atEnd;
    bool sameRows = rows.size() == m_rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).id == m_rows.at(i).id;
    if (sameRows) {
        // The same orders in the same places: only what they show changed, and the view keeps its selection.
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        m_rowById.clear();
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowById.insert(m_rows.at(row).id, row);
        endResetModel();
    }
    emit rowsReplaced();
}

bool OrdersModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching && !m_rows.isEmpty();
}

void OrdersModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    readPage();
}

void OrdersModel::readPage()
{
    m_fetching = true;
    const quint64 generation = m_generation;
    const OrderFilter filter = m_filter;
    const OrderSort sort = m_sort;
    const OrderPosition after = OrderRepository::positionOf(m_rows.constLast(), m_sort);
    begin();
    m_worker->run<QList<Order>>(
        this, [=](const Database& db) { return OrderRepository(db).page(filter, sort, after, kPageSize + 1); },
        [this, generation](Result<QList<Order>> rows) {
            end();
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!rows) {
                qCWarning(lcModels).noquote() << "further orders not read:" << rows.error().toLogString();
                emit readFailed(rows.error().message);
                return;
            }
            const bool atEnd = rows->size() <= kPageSize;
            if (!atEnd)
                rows->removeLast();
            appendRows(*rows, atEnd);
        });
}

void OrdersModel::appendRows(const QList<Order>& rows, bool atEnd)
{
    m_atEnd = atEnd;
    QList<Order> added;
    for (const Order& o : rows) {
        if (!m_rowById.contains(o.id)) // an order that moved up since the last page is not shown twice
            added << o;
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const Order& o : std::as_const(added)) {
        m_rowById.insert(o.id, int(m_rows.size()));
        m_rows << o;
    }
    endInsertRows();
}

std::optional<OrderDetails> OrdersModel::details(qint64 orderId)
{
    if (const OrderDetails* cached = m_details.object(orderId))
        return *cached;
    if (m_detailsAsked.contains(orderId))
        return std::nullopt;
    m_detailsAsked.insert(orderId);
    m_worker->run<OrderDetails>(
        this,
        [orderId](const Database& db) -> Result<OrderDetails> {
            OrderDetails details;
            OrderRepository orders(db);
            auto items = orders.items(orderId);
            if (!items)
                return items.error();
            auto events = orders.events(orderId);
            if (!events)
                return events.error();
            auto locations = StockRepository(db).locations();
            if (!locations)
                return locations.error();
            details.items = std::move(*items);
            details.events = std::move(*events);
            for (const Location& l : std::as_const(*locations))
                details.locationCodes.insert(l.id, l.code);
            return details;
        },
        [this, orderId](Result<OrderDetails> details) {
            m_detailsAsked.remove(orderId);
            if (!details) {
                qCWarning(lcModels).noquote() << "order details not read:" << details.error().toLogString();
                return;
            }
            m_details.insert(orderId, new OrderDetails(std::move(*details)));
            emit detailsReady(orderId);
        });
    return std::nullopt;
}

} // namespace md
