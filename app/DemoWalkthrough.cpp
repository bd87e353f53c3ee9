#include "DemoWalkthrough.h"

#include "DemoSandbox.h"
#include "auth/ConnectFlow.h"
#include "logging/LogCategories.h"
#include "secrets/SecretKeys.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/DatabaseWorker.h"
#include "storage/repositories/AccountRepository.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace md {

DemoWalkthrough::DemoWalkthrough(const DemoSandbox& sandbox, QNetworkAccessManager& http, QObject* parent)
    : QObject(parent)
    , m_sandbox(sandbox)
    , m_http(http)
{
}

QList<DemoHouse> DemoWalkthrough::houses()
{
    return {{u"Warehouse-A"_s, u"warehouse_a_seller"_s, Provider::Ebay},
            {u"Montreal"_s, u"boutique_montreal"_s, Provider::Ebay},
            {u"Maple Goods"_s, u"maple_goods"_s, Provider::Amazon},
            {u"Maple & Co."_s, u"maple-and-co.myshopify.com"_s, Provider::Shopify}};
}

void DemoWalkthrough::begin(const Database& database, DatabaseWorker& worker, SecretStore& secrets)
{
    if (std::exchange(m_begun, true))
        return;
    worker.run(
        this, [](const Database& db) { return DemoSandbox::seedStock(db); },
        [](Status seeded) {
            if (!seeded)
                qCWarning(lcApp).noquote() << "demo stock not seeded:" << seeded.error().toLogString();
        });
    QList<std::pair<Provider, Environment>> keys;
    for (Provider provider : {Provider::Facebook, Provider::Shopify, Provider::Amazon, Provider::Ebay}) {
        for (Environment environment : {Environment::Production, Environment::Sandbox})
            keys.append({provider, environment});
    }
    auto left = std::make_shared<qsizetype>(keys.size());
    for (const auto& [provider, environment] : std::as_const(keys)) {
        secrets.write(secretkeys::clientSecretKey(provider, environment), m_sandbox.clientSecret(),
                      [this, left, &database](const Status& written) {
                          if (!written) {
                              qCWarning(lcApp).noquote()
                                  << "demo app secret not stored:" << written.error().toLogString();
                              return;
                          }
                          if (--*left == 0)
                              plan(database);
                      });
    }
}

void DemoWalkthrough::plan(const Database& database)
{
    auto accounts = AccountRepository(database).list();
    if (accounts && accounts->isEmpty()) {
        m_pending = houses();
        m_firstRun = true;
    } else if (accounts) {
        for (DemoHouse house : houses()) {
            for (const Account& account : std::as_const(*accounts)) {
                if (account.active && account.houseName == house.houseName) {
                    house.reconnectAccountId = account.id;
                    m_pending << house;
                }
            }
        }
    }
    if (m_pending.isEmpty())
        finish(false);
    else
        connectNext();
}

void DemoWalkthrough::attach(ConnectFlow& flow)
{
    m_flow = &flow;
    connect(&flow, &ConnectFlow::connected, this, [this] {
        if (m_pending.isEmpty())
            return;
        m_pending.removeFirst();
        if (m_pending.isEmpty())
            finish(true);
        else
            connectNext();
    });
    connect(&flow, &ConnectFlow::failed, this, [this] {
        if (m_pending.isEmpty())
            return;
        m_pending.clear(); // the walkthrough stops at the first refusal; the log says why
        finish(false);
    });
    connect(&flow, &ConnectFlow::confirmationNeeded, this, [this] {
        // The demo marketplace was seeded afresh and a house signs in as a new user: the demo takes it.
        if (!m_pending.isEmpty() && m_flow)
            m_flow->confirmReplacement(true);
    });
    connect(&flow, &ConnectFlow::authorizeUrlReady, this, [this](const QUrl& url) {
        if (m_pending.isEmpty())
            return; // a person's own Connect account…: the dialog opens the browser
        // The demo consent page approves by itself, so Marketdesk can play the browser.
        QUrl withUser = url;
        QUrlQuery query(url);
        query.addQueryItem(u"sandbox_user"_s, m_pending.first().sandboxUser);
        withUser.setQuery(query);
        QNetworkReply* reply = m_http.get(QNetworkRequest(withUser));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    connectNext(); // a flow built while houses were waiting
}

void DemoWalkthrough::connectNext()
{
    if (m_pending.isEmpty() || !m_flow || m_flow->isRunning())
        return;
    const DemoHouse& house = m_pending.first();
    ConnectRequest request;
    request.provider = house.provider;
    request.environment = Environment::Sandbox;
    request.houseName = house.houseName;
    request.purpose = Purpose::Seller;
    if (house.provider == Provider::Shopify)
        request.shopDomain = house.sandboxUser;
    request.reconnectAccountId = house.reconnectAccountId;
    qCInfo(lcApp).noquote() << (house.reconnectAccountId ? "demo: reconnecting the" : "demo: connecting the")
                            << providerDisplayName(request.provider) << "house" << request.houseName;
    if (Status started = m_flow->start(request); !started) {
        qCWarning(lcApp).noquote() << "demo:" << started.error().toLogString();
        m_pending.clear();
        finish(false);
    }
}

void DemoWalkthrough::finish(bool connectedAll)
{
    emit settled(m_firstRun && connectedAll);
}

} // namespace md
