#pragma once

#include "domain/Provider.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace md {

class ConnectFlow;
class Database;
class DatabaseWorker;
class DemoSandbox;
class SecretStore;

/// One house of the demo: who it is on the demo marketplace.
struct DemoHouse {
    QString houseName;
    QString sandboxUser; ///< the marketplace user (for Shopify, the shop domain)
    Provider provider = Provider::Ebay;
    qint64 reconnectAccountId = 0; ///< its account from an earlier run, signing in again (0: a first connection)
};

/// Demo mode's walkthrough, once the demo marketplace listens and the database is open: the demo app's client
/// secret goes into the demo keychain (as a real one would), the warehouse gets demo stock, and the demo houses
/// connect through the real OAuth path — the first time as new accounts, later as reconnections, because the
/// demo marketplace starts afresh each run and knows none of the old tokens. Marketdesk plays the browser on
/// the demo's self-approving consent page. It stops at the first refusal (the log says why).
class DemoWalkthrough : public QObject {
    Q_OBJECT
public:
    DemoWalkthrough(const DemoSandbox& sandbox, QNetworkAccessManager& http, QObject* parent = nullptr);

    /// Two eBay houses, an Amazon seller and a Shopify store.
    static QList<DemoHouse> houses();
    /// Stores the secret, seeds the stock and starts connecting, once (later calls do nothing).
    void begin(const Database& database, DatabaseWorker& worker, SecretStore& secrets);
    /// The connect flow to drive (the app builds a new one when the marketplace settings change).
    void attach(ConnectFlow& flow);
    /// Whether houses are still being connected (then the connect flow's questions are answered here).
    bool isWalking() const { return !m_pending.isEmpty(); }

signals:
    /// The walkthrough is over; `connectedFirstTime`: it connected every house as a new account.
    void settled(bool connectedFirstTime);

private:
    void plan(const Database& database);
    void connectNext();
    void finish(bool connectedAll);

    const DemoSandbox& m_sandbox;
    QNetworkAccessManager& m_http;
    QPointer<ConnectFlow> m_flow;
    QList<DemoHouse> m_pending;
    bool m_begun = false;
    bool m_firstRun = false;
};

} // namespace md
