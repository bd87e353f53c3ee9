#include "providers/ClientRegistry.h"

#include "providers/AuthClient.h"

namespace md {

void ClientRegistry::add(AuthClient* client, std::optional<Environment> environment)
{
    for (Environment e : {Environment::Production, Environment::Sandbox}) {
        if (!environment || *environment == e)
            m_clients.insert(key(client->provider(), e), client);
    }
}

} // namespace md
