#pragma once

#include "domain/Provider.h"

#include <QHash>

#include <optional>

namespace md {

/// One value per marketplace and environment (production and sandbox have their own base URLs, app keys and
/// clients): the registry every part that keeps something per marketplace uses, instead of its own key.
template<typename T> class PerMarketplace {
public:
    /// Sets the value for one environment, or for both when none is given.
    void set(Provider provider, std::optional<Environment> environment, const T& value)
    {
        for (Environment e : {Environment::Production, Environment::Sandbox}) {
            if (!environment || *environment == e)
                m_values.insert(key(provider, e), value);
        }
    }
    /// The value for the marketplace and environment, or `fallback` when none was set.
    T value(Provider provider, Environment environment, const T& fallback = T()) const
    {
        return m_values.value(key(provider, environment), fallback);
    }
    bool contains(Provider provider, Environment environment) const
    {
        return m_values.contains(key(provider, environment));
    }
    QList<T> values() const { return m_values.values(); }

private:
    static std::pair<int, int> key(Provider provider, Environment environment)
    {
        return {int(provider), int(environment)};
    }
    QHash<std::pair<int, int>, T> m_values;
};

} // namespace md
