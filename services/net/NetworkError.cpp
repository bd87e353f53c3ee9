#include "net/NetworkError.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace md {

namespace {
struct NetworkError {
    Q_DECLARE_TR_FUNCTIONS(md::NetworkError)
public:
    static QString describe(const QNetworkReply* reply);
};
} // namespace

QString networkProblem(const QNetworkReply* reply)
{
    return NetworkError::describe(reply);
}

QString NetworkError::describe(const QNetworkReply* reply)
{
    const int timeoutMs = reply->request().transferTimeout();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // A transfer timeout aborts the reply, which Qt reports as "Operation canceled".
        if (timeoutMs > 0)
            return tr("did not answer within %n seconds; Marketdesk tries again later", nullptr,
                      std::max(1, timeoutMs / 1000));
        return tr("did not answer in time; Marketdesk tries again later");
    case QNetworkReply::ConnectionRefusedError:
        return tr("refused the connection (the service may be down); Marketdesk tries again later");
    case QNetworkReply::RemoteHostClosedError:
        return tr("closed the connection before answering; Marketdesk tries again later");
    case QNetworkReply::HostNotFoundError:
        return tr("could not be found: check this computer's internet connection");
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return tr("could not be reached securely (the connection's certificate was refused)");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return tr("could not be reached: the network is down; Marketdesk tries again when it is back");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("could not be reached through the proxy: check the proxy settings");
    default:
        return tr("could not be reached (%1)").arg(reply->errorString());
    }
}

} // namespace md
