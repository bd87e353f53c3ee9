#include "domain/Account.h"

#include "domain/KeyTable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace md {

namespace {
using namespace detail;

constexpr KeyTable<Purpose, 3> kPurposes {
    {{Purpose::Buyer, "BUYER"_L1}, {Purpose::Seller, "SELLER"_L1}, {Purpose::Both, "BOTH"_L1}}};
} // namespace

QString purposeKey(Purpose purpose)
{
    return keyOf(kPurposes, purpose);
}

std::optional<Purpose> purposeFromKey(const QString& key)
{
    return valueOf(kPurposes, key);
}

QString purposeDisplayName(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Buyer:
        return QCoreApplication::translate("md::Purpose", "Buyer");
    case Purpose::Seller:
        return QCoreApplication::translate("md::Purpose", "Seller");
    case Purpose::Both:
        return QCoreApplication::translate("md::Purpose", "Buyer and seller");
    }
    Q_UNREACHABLE();
}

} // namespace md
