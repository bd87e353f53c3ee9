#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace md {

class TokenManager;

/// How the sync and the outbox get access tokens: straight from a TokenManager on the same thread, or across
/// threads (the sync on a worker, the TokenManager on the GUI thread) with the answers delivered back on the
/// caller's thread.
struct TokenAccess {
    using Callback = std::function<void(Result<QString>)>;
    std::function<void(qint64 accountId, Callback done)> accessToken;
    std::function<void(qint64 accountId, Callback done)> refresh;

    static TokenAccess direct(TokenManager& tokens);
    /// `tokens` lives on another thread; callbacks run on `receiver`'s thread.
    static TokenAccess across(TokenManager* tokens, QObject* receiver);
};

} // namespace md
