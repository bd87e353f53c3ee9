#pragma once

#include "domain/PerMarketplace.h"
#include "domain/Provider.h"

namespace md {

class AuthClient;

/// Which AuthClient speaks for a marketplace in an environment (production and sandbox have their own base
/// URLs and app keys). A value type; the clients are owned elsewhere.
class ClientRegistry {
public:
    /// Registers `client` for one environment, or for both when none is given.
    void add(AuthClient* client, std::optional<Environment> environment = std::nullopt);
    AuthClient* find(Provider provider, Environment environment) const
    {
        return m_clients.value(provider, environment, nullptr);
    }

private:
    PerMarketplace<AuthClient*> m_clients;
};

} // namespace md
