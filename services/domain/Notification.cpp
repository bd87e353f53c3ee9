#include "domain/Notification.h"

#include "domain/KeyTable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace md {

namespace {
using namespace detail;

constexpr KeyTable<Severity, 3> kSeverities {
    {{Severity::Info, "INFO"_L1}, {Severity::Warning, "WARNING"_L1}, {Severity::Error, "ERROR"_L1}}};
} // namespace

QString severityKey(Severity severity)
{
    return keyOf(kSeverities, severity);
}

std::optional<Severity> severityFromKey(const QString& key)
{
    return valueOf(kSeverities, key);
}

QString severityDisplayName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("md::Severity", "Information");
    case Severity::Warning:
        return QCoreApplication::translate("md::Severity", "Warning");
    case Severity::Error:
        return QCoreApplication::translate("md::Severity", "Error");
    }
    Q_UNREACHABLE();
}

} // namespace md
