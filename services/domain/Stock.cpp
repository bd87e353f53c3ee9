#include "domain/Stock.h"

#include "domain/KeyTable.h"

using namespace Qt::StringLiterals;

namespace md {

namespace {
using namespace detail;

constexpr KeyTable<StockReason, 5> kStockReasons {{{StockReason::OrderImport, "ORDER_IMPORT"_L1},
                                                   {StockReason::Ship, "SHIP"_L1},
                                                   {StockReason::Cancel, "CANCEL"_L1},
                                                   {StockReason::Return, "RETURN"_L1},
                                                   {StockReason::Adjustment, "ADJUSTMENT"_L1}}};
} // namespace

QString stockReasonKey(StockReason reason)
{
    return keyOf(kStockReasons, reason);
}

std::optional<StockReason> stockReasonFromKey(const QString& key)
{
    return valueOf(kStockReasons, key);
}

} // namespace md
