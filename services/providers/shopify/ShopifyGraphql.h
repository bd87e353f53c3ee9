#pragma once

#include <QJsonObject>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

namespace md::shopify {

/// One of Marketdesk's Shopify GraphQL documents (resources/graphql/shopify/NAME.graphql, checked against the
/// official Admin schema by contract.shopify); empty when the build lacks it.
QString document(const QString& name);

/// Posts the document `name` with `variables` to the store's Admin GraphQL endpoint (`shopUrlTemplate` with
/// {shop} for the store); nullptr when the document is missing.
QNetworkReply* post(QNetworkAccessManager* network, const QString& shopUrlTemplate, const QString& shop,
                    const QString& apiVersion, const QString& accessToken, const QString& name,
                    const QJsonObject& variables, int timeoutMs);

} // namespace md::shopify
