#include "domain/Provider.h"

#include "domain/KeyTable.h"

#include <QCoreApplication>
#include <QReadWriteLock>
#include <QRegularExpression>

#include <vector>

using namespace Qt::StringLiterals;

namespace md {

namespace {
using namespace detail;

constexpr KeyTable<Provider, 5> kProviders {{{Provider::Ebay, "ebay"_L1},
                                             {Provider::Shopify, "shopify"_L1},
                                             {Provider::Amazon, "amazon"_L1},
                                             {Provider::Facebook, "facebook"_L1},
                                             {Provider::OfferUp, "offerup"_L1}}};
constexpr KeyTable<Environment, 2> kEnvironments {
    {{Environment::Production, "production"_L1}, {Environment::Sandbox, "sandbox"_L1}}};

/// A marketplace registered at run time (see registerProvider).
struct Registered {
    Provider provider;
    QString key;
    QString displayName;
};

struct Registrations {
    QReadWriteLock lock;
    std::vector<Registered> entries;

    const Registered* find(Provider provider) const
    {
        for (const Registered& r : entries) {
            if (r.provider == provider)
                return &r;
        }
        return nullptr;
    }
};

Registrations& registrations()
{
    static Registrations all;
    return all;
}

bool builtIn(Provider provider)
{
    for (const auto& [candidate, key] : kProviders) {
        if (candidate == provider)
            return true;
    }
    return false;
}
} // namespace

QString providerKey(Provider provider)
{
    if (builtIn(provider))
        return keyOf(kProviders, provider);
    Registrations& all = registrations();
    QReadLocker locker(&all.lock);
    const Registered* r = all.find(provider);
    return r ? r->key : u"unknown-%1"_s.arg(int(provider));
}

std::optional<Provider> providerFromKey(const QString& key)
{
    if (std::optional<Provider> known = valueOf(kProviders, key))
        return known;
    Registrations& all = registrations();
    QReadLocker locker(&all.lock);
    for (const Registered& r : all.entries) {
        if (r.key == key)
            return r.provider;
    }
    return std::nullopt;
}

QString providerDisplayName(Provider provider)
{
    switch (provider) {
    case Provider::Ebay:
        return QCoreApplication::translate("md::Provider", "eBay");
    case Provider::Shopify:
        return QCoreApplication::translate("md::Provider", "Shopify");
    case Provider::Amazon:
        return QCoreApplication::translate("md::Provider", "Amazon");
    case Provider::Facebook:
        return QCoreApplication::translate("md::Provider", "Facebook");
    case Provider::OfferUp:
        return QCoreApplication::translate("md::Provider", "OfferUp");
    }
    {
        Registrations& all = registrations();
        QReadLocker locker(&all.lock); // not held into providerKey: a second read lock can deadlock on a writer
        if (const Registered* r = all.find(provider))
            return r->displayName;
    }
    return providerKey(provider);
}

bool registerProvider(Provider provider, const QString& key, const QString& displayName)
{
    // The accounts table checks the same shape (migration 008).
    static const QRegularExpression shape(u"^[a-z0-9-]{1,32}$"_s);
    if (builtIn(provider) || valueOf(kProviders, key) || !shape.match(key).hasMatch())
        return false;
    Registrations& all = registrations();
    QWriteLocker locker(&all.lock);
    for (const Registered& r : all.entries) {
        if (r.provider == provider || r.key == key)
            return r.provider == provider && r.key == key; // registering the same twice is harmless
    }
    all.entries.push_back({provider, key, displayName});
    return true;
}

QList<Provider> knownProviders()
{
    QList<Provider> known;
    for (const auto& [provider, key] : kProviders)
        known << provider;
    Registrations& all = registrations();
    QReadLocker locker(&all.lock);
    for (const Registered& r : all.entries)
        known << r.provider;
    return known;
}

QString environmentKey(Environment environment)
{
    return keyOf(kEnvironments, environment);
}

std::optional<Environment> environmentFromKey(const QString& key)
{
    return valueOf(kEnvironments, key);
}

QString environmentDisplayName(Environment environment)
{
    return environment == Environment::Production ? QCoreApplication::translate("md::Environment", "Production")
                                                  : QCoreApplication::translate("md::Environment", "Sandbox");
}

} // namespace md
