#include "providers/ClientRegistry.h"

#include "providers/AuthClient.h"

namespace md {

void ClientRegistry::add(AuthClient* client, std::optional<Environment> environment)
{
    m_clients.set(client->provider(), environment, client);
}

} // namespace md
