#pragma once

// Just enough GraphQL for the sandbox to answer the documents a client sends: a parser for operations,
// selection sets, arguments, variables, aliases, inline fragments and named fragments; and a projection that
// cuts a resolver's full JSON object down to exactly the fields the document selected. It does not type-check:
// the contract test validates documents and answers against Shopify's official schema with graphql-js.

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace md::sandbox::graphql {

/// One selected field (or, with an empty name, an inline fragment whose selections merge into the parent).
struct Field {
    QString alias;
    QString name;
    QJsonObject arguments; ///< Variables already substituted.
    QList<Field> selections;

    QString key() const { return alias.isEmpty() ? name : alias; }
};

/// A parsed operation.
struct Operation {
    QString type = QStringLiteral("query"); ///< "query" or "mutation"
    QString name;
    QList<Field> selections;
};

/// Parses `document`, substituting `variables`; picks `operationName` when the document has several operations.
std::optional<Operation> parse(const QString& document, const QJsonObject& variables, const QString& operationName,
                               QString* error);

/// The part of `full` that `selections` ask for, keyed by alias; missing fields are null.
QJsonValue project(const QJsonValue& full, const QList<Field>& selections);

} // namespace md::sandbox::graphql
