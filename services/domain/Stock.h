#pragma once

// Warehouse locations, stock levels and the stock ledger.

#include <QDateTime>
#include <QString>

#include <optional>

namespace md {

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
