#include "models/AccountDetails.h"

#include "notifications/AccountAlerts.h"
#include "storage/repositories/AccountRepository.h"
#include "storage/repositories/HealthEventRepository.h"
#include "storage/repositories/NotificationRepository.h"
#include "storage/repositories/OrderRepository.h"
#include "storage/repositories/SyncCursorRepository.h"

namespace md {

Result<AccountDetails> loadAccountDetails(const Database& database, qint64 accountId, int healthEvents)
{
    AccountDetails details;
    auto scopes = AccountRepository(database).scopes(accountId);
    if (!scopes)
        return scopes.error();
    details.scopes = *scopes;
    auto health = HealthEventRepository(database).recent(accountId, healthEvents);
    if (!health)
        return health.error();
    details.health = *health;
    auto cursors = SyncCursorRepository(database).forAccount(accountId);
    if (!cursors)
        return cursors.error();
    details.cursors = *cursors;
    auto open = NotificationRepository(database).openEpisodes(alertEpisodePrefix(accountId));
    if (!open)
        return open.error();
    details.openAlerts = int(open->size());
    auto quarantined = OrderRepository(database).quarantined(accountId);
    if (!quarantined)
        return quarantined.error();
    details.quarantinedOrders = *quarantined;
    return details;
}

} // namespace md
