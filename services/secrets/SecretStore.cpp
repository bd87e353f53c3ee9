#include "secrets/SecretStore.h"

#include "logging/LogCategories.h"
#include "logging/Redactor.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace md {

SecretStore::SecretStore(QString serviceName, QObject* parent)
    : QObject(parent)
    , m_serviceName(std::move(serviceName))
{
}

void SecretStore::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcSecrets) << "keychain state:" << state;
    emit stateChanged(state);
}

Error SecretStore::errorFor(int code, const QString& text) const
{
    switch (code) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error {u"keychain.unavailable"_s,
                      tr("The system keychain is not available, so secrets cannot be read or saved. Start a "
                         "keyring (for example GNOME Keyring or KWallet) and try again."),
                      text};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error {u"keychain.denied"_s,
                      tr("The system keychain refused access; it may be locked. Unlock it and try again."), text};
    default:
        // QtKeychain reports a missing D-Bus session ("Cannot autolaunch D-Bus…") as OtherError.
        return Error {u"keychain.unavailable"_s, tr("The system keychain did not answer: %1").arg(text), text};
    }
}

void SecretStore::enqueue(QKeychain::Job* job)
{
    // One job at a time, in the order asked: a write followed by a read of the same key always sees the write,
    // and the Secret Service never gets competing requests from us.
    connect(job, &QKeychain::Job::finished, this, [this] {
        m_busy = false;
        if (!m_pending.isEmpty())
            startNext();
    });
    m_pending.append(job);
    if (!m_busy)
        startNext();
}

void SecretStore::startNext()
{
    m_busy = true;
    QPointer<QKeychain::Job> job = m_pending.takeFirst();
    if (job)
        job->start();
    else
        m_busy = false;
}

void SecretStore::read(const QString& key, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_serviceName, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, done = std::move(done)](QKeychain::Job* finished) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (readJob->error() == QKeychain::NoError) {
            setState(State::Available);
            const QString secret = readJob->textData();
            Redactor::addSecret(secret);
            done(std::optional<QString>(secret));
        } else if (readJob->error() == QKeychain::EntryNotFound) {
            setState(State::Available);
            done(std::optional<QString>());
        } else {
            qCWarning(lcSecrets) << "reading" << key << "failed:" << readJob->errorString();
            setState(State::Unavailable);
            done(errorFor(readJob->error(), readJob->errorString()));
        }
    });
    enqueue(job);
}

void SecretStore::write(const QString& key, const QString& secret, DoneCallback done)
{
    Redactor::addSecret(secret);
    auto* job = new QKeychain::WritePasswordJob(m_serviceName, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key, done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::NoError) {
            setState(State::Available);
            done({});
        } else {
            qCWarning(lcSecrets) << "writing" << key << "failed:" << finished->errorString();
            setState(State::Unavailable);
            done(errorFor(finished->error(), finished->errorString()));
        }
    });
    enqueue(job);
}

void SecretStore::remove(const QString& key, DoneCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_serviceName, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound) {
            setState(State::Available);
            done({});
        } else {
            qCWarning(lcSecrets) << "deleting" << key << "failed:" << finished->errorString();
            setState(State::Unavailable);
            done(errorFor(finished->error(), finished->errorString()));
        }
    });
    enqueue(job);
}

} // namespace md
