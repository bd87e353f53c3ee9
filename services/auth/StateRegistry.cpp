#include "auth/StateRegistry.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace md {

QString StateRegistry::issue(qint64 pendingId, const QDateTime& now)
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QString state =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof words)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_pending.insert(state, {pendingId, now.addSecs(std::chrono::seconds(kLifetime).count())});
    return state;
}

std::optional<Error> StateRegistry::refusal(const QString& state, const QDateTime& now) const
{
    if (m_cancelled.contains(state)) {
        return Error {u"auth.state-cancelled"_s,
                      tr("This sign-in was cancelled in Marketdesk, so its answer was not used and nothing was "
                         "stored. Start connecting the account again from Marketdesk."),
                      {}};
    }
    if (m_used.contains(state)) {
        return Error {u"auth.state-replayed"_s,
                      tr("This sign-in answer was already used. Start connecting the account again."),
                      {}};
    }
    const auto it = m_pending.constFind(state);
    if (it == m_pending.constEnd()) {
        return Error {u"auth.state-unknown"_s,
                      tr("This sign-in answer does not belong to a connection Marketdesk started. Start connecting "
                         "the account again from Marketdesk."),
                      {}};
    }
    if (it->expiresAt <= now) {
        return Error {u"auth.state-expired"_s,
                      tr("The sign-in took longer than %1 minutes and has expired. Start connecting the account again.")
                          .arg(kLifetime.count()),
                      {}};
    }
    return std::nullopt;
}

Status StateRegistry::check(const QString& state, qint64 pendingId, const QDateTime& now) const
{
    if (auto refused = refusal(state, now))
        return *refused;
    if (m_pending.value(state).pendingId != pendingId) {
        return Error {u"auth.state-other-attempt"_s,
                      tr("This sign-in answer belongs to another connection than the one Marketdesk is waiting for. "
                         "Finish signing in from the window Marketdesk opened last."),
                      {}};
    }
    return {};
}

Result<qint64> StateRegistry::consume(const QString& state, const QDateTime& now)
{
    const auto refused = refusal(state, now);
    const auto it = m_pending.constFind(state);
    if (it != m_pending.constEnd()) {
        // Single use, even when it came too late.
        m_used.insert(state);
        const qint64 pendingId = it->pendingId;
        m_pending.erase(it);
        if (!refused)
            return pendingId;
    }
    return *refused;
}

void StateRegistry::cancel(qint64 pendingId)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->pendingId == pendingId) {
            m_cancelled.insert(it.key());
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace md
