#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace md::http {

/// application/x-www-form-urlencoded with every reserved character percent-encoded (QUrlQuery leaves '+',
/// which a server decodes as a space).
inline QByteArray formBody(const QList<std::pair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

/// `base` with these query items, every reserved character in the values percent-encoded (an authorize URL
/// carries redirect URIs, scopes with spaces and states with '+').
inline QUrl withQuery(QUrl base, const QList<std::pair<QString, QString>>& items)
{
    QUrlQuery query;
    for (const auto& [key, value] : items)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    base.setQuery(query);
    return base;
}

} // namespace md::http
