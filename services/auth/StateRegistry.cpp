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

Result<qint64> StateRegistry::consume(const QString& state, const QDateTime& now)
{
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
    const Entry entry = it.value();
    m_pending.erase(it);
    m_used.insert(state);
    if (entry.expiresAt <= now) {
        return Error {u"auth.state-expired"_s,
                      tr("The sign-in took longer than %1 minutes and has expired. Start connecting the account again.")
                          .arg(kLifetime.count()),
                      {}};
    }
    return entry.pendingId;
}

void StateRegistry::cancel(qint64 pendingId)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->pendingId == pendingId) {
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace md
