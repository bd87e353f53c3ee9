#include "notifications/NotificationText.h"

#include "fulfilment/OrderActions.h"

using namespace Qt::StringLiterals;

namespace md {

namespace {
QDateTime timeArg(const QVariantMap& args, const char* key)
{
    return QDateTime::fromString(args.value(QLatin1StringView(key)).toString(), Qt::ISODateWithMs).toLocalTime();
}
} // namespace

std::optional<NotificationText::Text> NotificationText::render(const QString& kind, const QVariantMap& args)
{
    const QString house = args.value(u"house"_s).toString();
    const QString marketplace =
        providerDisplayName(providerFromKey(args.value(u"marketplace"_s).toString()).value_or(Provider::Ebay));
    const QString error = args.value(u"error"_s).toString();
    if (kind == "token.revoked"_L1) {
        return Text {tr("%1: authorization revoked").arg(house),
                     tr("%1 no longer accepts this account's authorization (%2). Nothing is synced for it until it "
                        "is reconnected.")
                         .arg(marketplace, error)};
    }
    if (kind == "token.expiring"_L1) {
        return Text {tr("%1: access token about to expire").arg(house),
                     tr("Its %1 access token ends at %2 and refreshing it is failing: %3")
                         .arg(marketplace, timeArg(args, "expiresAt").toString(u"HH:mm"_s), error)};
    }
    if (kind == "token.refresh-failing"_L1) {
        return Text {tr("%1: token refresh failing").arg(house),
                     tr("Refreshing its %1 token failed %2 times in a row. Last error: %3")
                         .arg(marketplace)
                         .arg(args.value(u"failures"_s).toInt())
                         .arg(error)};
    }
    if (kind == "health.failing"_L1) {
        const QString answer = error.isEmpty() ? tr("HTTP status %1").arg(args.value(u"httpStatus"_s).toInt()) : error;
        return Text {tr("%1: health checks failing").arg(house),
                     tr("Its last %1 health checks on %2 failed. Last answer: %3")
                         .arg(args.value(u"streak"_s).toInt())
                         .arg(marketplace, answer)};
    }
    if (kind == "health.stale"_L1) {
        const QDateTime last = timeArg(args, "lastHealthy");
        return Text {tr("%1: no successful health check for over an hour").arg(house),
                     last.isValid()
                         ? tr("It last answered a health check on %1 at %2.")
                               .arg(marketplace, last.toString(u"yyyy-MM-dd HH:mm"_s))
                         : tr("It has not answered a health check on %1 since it was connected.").arg(marketplace)};
    }
    if (kind.startsWith("token.reauthorize-"_L1)) {
        const int days = args.value(u"days"_s).toInt();
        return Text {days <= 0 ? tr("%1: re-authorization overdue").arg(house)
                               : tr("%1: re-authorize within %n day(s)", nullptr, days).arg(house),
                     tr("%1 needs it authorized again by %2; until then it keeps working. Reconnect the account to "
                        "renew it.")
                         .arg(marketplace, timeArg(args, "due").toString(u"yyyy-MM-dd"_s))};
    }
    if (kind == "outbox.refused"_L1) {
        const QString number = args.value(u"order"_s).toString();
        const QString order = number.isEmpty() ? tr("an order") : tr("order %1").arg(number);
        const bool ship = args.value(u"action"_s).toString() == QLatin1StringView(OrderActions::kShip);
        return Text {ship ? tr("The shipment of %1 was refused").arg(order)
                          : tr("The cancellation of %1 was refused").arg(order),
                     tr("%1. Retry it or withdraw it in the Outbox.").arg(args.value(u"message"_s).toString())};
    }
    if (kind == "database.corrupt"_L1)
        return Text {tr("The database file is damaged"), args.value(u"message"_s).toString()};
    return std::nullopt;
}

NotificationText::Text NotificationText::of(const Notification& n)
{
    // Raised by a version that stored words only (no arguments): what it said.
    if (n.args.isEmpty())
        return {n.title, n.body};
    if (auto text = render(n.kind, n.args))
        return *text;
    return {n.title, n.body};
}

void NotificationText::fill(Notification& n)
{
    if (auto text = render(n.kind, n.args)) {
        n.title = text->title;
        n.body = text->body;
    }
}

} // namespace md
