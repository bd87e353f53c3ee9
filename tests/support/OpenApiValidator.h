#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace md::test {

/// Checks JSON bodies against the response schemas of an official OpenAPI 3 or Swagger 2 contract.
///
/// Strict where fidelity matters: a member the schema does not declare is a violation (unless the schema allows
/// additional properties), and so are wrong JSON types, values outside an enum, missing required members and
/// date-time strings that are not ISO 8601.
class OpenApiValidator {
public:
    static std::optional<OpenApiValidator> load(const QString& path, QString* error);

    /// The schema of an operation's response, e.g. ("/order", "get", 200); an empty object when undeclared.
    QJsonObject responseSchema(const QString& pathTemplate, const QString& method, int status) const;
    /// A named schema (#/components/schemas/NAME or #/definitions/NAME).
    QJsonObject namedSchema(const QString& name) const;

    /// Violations of the operation's response schema by `body`; empty when it conforms.
    QStringList validateResponse(const QString& pathTemplate, const QString& method, int status,
                                 const QJsonValue& body) const;
    QStringList validate(const QJsonObject& schema, const QJsonValue& value,
                         const QString& where = QStringLiteral("$")) const;

private:
    QJsonObject resolve(const QJsonObject& schema) const;
    QJsonObject m_document;
};

} // namespace md::test
