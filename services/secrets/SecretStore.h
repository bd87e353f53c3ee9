#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace md {

/// The one door to the OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
/// Windows) through QtKeychain. Jobs are asynchronous; the insecure plain-text fallback is off; "not found" is
/// a normal answer, not an error. Every secret read or written is registered with the log redactor.
class SecretStore : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
public:
    /// Whether the keychain answers.
    enum class State {
        Unknown, ///< No job has finished yet.
        Available, ///< The last job reached the keychain.
        Unavailable, ///< No keychain backend, no D-Bus session, or the keychain is locked and refused.
    };
    Q_ENUM(State)

    using ReadCallback = std::function<void(Result<std::optional<QString>>)>;
    using DoneCallback = std::function<void(Status)>;

    /// serviceName separates real data from the demo ("Marketdesk" and "Marketdesk Demo").
    explicit SecretStore(QString serviceName, QObject* parent = nullptr);

    QString serviceName() const { return m_serviceName; }
    State state() const { return m_state; }

    /// Reads a secret; the callback gets std::nullopt when there is none. Called on this object's thread.
    void read(const QString& key, ReadCallback done);
    void write(const QString& key, const QString& secret, DoneCallback done);
    /// Deletes a secret; deleting one that does not exist succeeds.
    void remove(const QString& key, DoneCallback done);

signals:
    void stateChanged(md::SecretStore::State state);

private:
    void setState(State state);
    void enqueue(QKeychain::Job* job);
    void startNext();
    Error errorFor(int code, const QString& text) const;

    QString m_serviceName;
    State m_state = State::Unknown;
    QList<QPointer<QKeychain::Job>> m_pending;
    bool m_busy = false;
};

} // namespace md
