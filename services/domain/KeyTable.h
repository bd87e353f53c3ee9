#pragma once

// A stored key per enum value in one table: lookups are linear over a handful of entries.

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace md::detail {

template<typename E, std::size_t N> using KeyTable = std::array<std::pair<E, QLatin1StringView>, N>;

template<typename E, std::size_t N> QString keyOf(const KeyTable<E, N>& table, E value)
{
    for (const auto& [candidate, key] : table) {
        if (candidate == value)
            return QString(key);
    }
    Q_UNREACHABLE();
}

template<typename E, std::size_t N> std::optional<E> valueOf(const KeyTable<E, N>& table, const QString& key)
{
    for (const auto& [candidate, candidateKey] : table) {
        if (key == candidateKey)
            return candidate;
    }
    return std::nullopt;
}

} // namespace md::detail
