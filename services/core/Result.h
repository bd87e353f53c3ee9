#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace md {

/// An error that a user may see: a stable code for logic and tests, a translated sentence for people,
/// and optional technical detail for the log (never a secret).
struct Error {
    QString code; ///< Stable machine-readable identifier, e.g. "migration.step-failed".
    QString message; ///< Translated, specific, complete sentence for the UI.
    QString detail; ///< Technical detail (driver text, HTTP body excerpt) for the log and a details box.

    QString toLogString() const
    {
        QString text = code + QStringLiteral(": ") + message;
        if (!detail.isEmpty())
            text += QStringLiteral(" (") + detail + QLatin1Char(')');
        return text;
    }
};

/// Either a value or an Error. Small on purpose: no exceptions cross Marketdesk's layers.
template<typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but may fail.
template<> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace md
