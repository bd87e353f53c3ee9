#include "providers/shopify/ShopifyGraphql.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace md::shopify {

QString document(const QString& name)
{
    QFile file(u":/graphql/shopify/%1.graphql"_s.arg(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QNetworkReply* post(QNetworkAccessManager* network, const QString& shopUrlTemplate, const QString& shop,
                    const QString& apiVersion, const QString& accessToken, const QString& name,
                    const QJsonObject& variables, int timeoutMs)
{
    const QString query = document(name);
    if (query.isEmpty())
        return nullptr;
    QNetworkRequest request(
        QUrl(QString(shopUrlTemplate).replace(u"{shop}"_s, shop) + u"/admin/api/%1/graphql.json"_s.arg(apiVersion)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("X-Shopify-Access-Token", accessToken.toUtf8());
    request.setTransferTimeout(timeoutMs);
    QJsonObject body {{u"query"_s, query}};
    if (!variables.isEmpty())
        body.insert(u"variables"_s, variables);
    return network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace md::shopify
