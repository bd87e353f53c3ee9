#include "sync/TokenAccess.h"

#include "auth/TokenManager.h"

#include <QPointer>

namespace md {

TokenAccess TokenAccess::direct(TokenManager& tokens)
{
    return {[&tokens](qint64 id, Callback done) { tokens.accessToken(id, std::move(done)); },
            [&tokens](qint64 id, Callback done) { tokens.refresh(id, std::move(done)); }};
}

TokenAccess TokenAccess::across(TokenManager* tokens, QObject* receiver)
{
    const auto bridge = [tokens, receiver](bool refresh) {
        return [tokens, receiver, refresh](qint64 id, Callback done) {
            QPointer<QObject> back(receiver);
            QMetaObject::invokeMethod(
                tokens,
                [tokens, id, refresh, back, done = std::move(done)]() mutable {
                    auto reply = [back, done = std::move(done)](Result<QString> token) mutable {
                        if (back)
                            QMetaObject::invokeMethod(
                                back.data(),
                                [done = std::move(done), token = std::move(token)]() mutable { done(token); },
                                Qt::QueuedConnection);
                    };
                    if (refresh)
                        tokens->refresh(id, std::move(reply));
                    else
                        tokens->accessToken(id, std::move(reply));
                },
                Qt::QueuedConnection);
        };
    };
    return {bridge(false), bridge(true)};
}

} // namespace md
