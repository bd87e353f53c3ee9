#include "auth/LoopbackReceiver.h"

#include "logging/LogCategories.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md {

namespace {
constexpr qsizetype kMaxRequestBytes = 16 * 1024;
constexpr int kRequestTimeoutMs = 10000;
} // namespace

LoopbackReceiver::LoopbackReceiver(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::accept);
}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen(quint16 port, const QString& path)
{
    m_path = path.startsWith(u'/') ? path : u'/' + path;
    return m_server.listen(QHostAddress::LocalHost, port);
}

void LoopbackReceiver::close()
{
    m_server.close();
}

QUrl LoopbackReceiver::redirectUri() const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port()).arg(m_path));
}

void LoopbackReceiver::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A browser that opens a connection and never finishes its request does not hold it forever.
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void LoopbackReceiver::read(QTcpSocket* socket)
{
    if (socket->property("md_answered").toBool())
        return;
    if (socket->bytesAvailable() + socket->property("md_buffered").toLongLong() > kMaxRequestBytes) {
        respond(socket, 400, "Bad Request", tr("The request was too large."));
        emit requestRejected(u"oversized request"_s);
        return;
    }
    QByteArray buffer = socket->property("md_buffer").toByteArray() + socket->readAll();
    socket->setProperty("md_buffer", buffer);
    socket->setProperty("md_buffered", buffer.size());
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        // Not a whole request yet; but a first line that cannot be HTTP is rejected at once.
        if (buffer.contains('\n') && !buffer.startsWith("GET ") && !buffer.startsWith("POST ") &&
            !buffer.startsWith("HEAD ")) {
            respond(socket, 400, "Bad Request", tr("This address only receives marketplace sign-ins."));
            emit requestRejected(u"not an HTTP request"_s);
        }
        return;
    }
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", tr("This address only receives marketplace sign-ins."));
        emit requestRejected(u"malformed request line"_s);
        return;
    }
    if (requestLine.at(0) != "GET") {
        respond(socket, 405, "Method Not Allowed", tr("This address only receives marketplace sign-ins."));
        emit requestRejected(u"method "_s + QString::fromLatin1(requestLine.at(0).left(10)));
        return;
    }
    const QUrl target = QUrl::fromEncoded(requestLine.at(1), QUrl::StrictMode);
    if (!target.isValid() || target.path() != m_path) {
        respond(socket, 404, "Not Found", tr("Nothing here."));
        emit requestRejected(u"other path"_s);
        return;
    }
    QUrl callback = redirectUri();
    callback.setQuery(target.query(QUrl::FullyEncoded), QUrl::StrictMode);
    if (m_check) {
        if (const Status accepted = m_check(callback); !accepted) {
            respond(socket, 400, "Bad Request", accepted.error().message);
            emit requestRejected(u"callback refused ("_s + accepted.error().code + u')');
            return;
        }
    }
    respond(socket, 200, "OK",
            tr("Marketdesk received the marketplace's answer. You can close this window and return to Marketdesk."));
    emit callbackReceived(callback);
}

void LoopbackReceiver::respond(QTcpSocket* socket, int status, const QByteArray& reason, const QString& html)
{
    socket->setProperty("md_answered", true);
    const QByteArray body =
        u"<!doctype html><html><head><meta charset=utf-8><title>Marketdesk</title></head>"
        "<body style=\"font-family:sans-serif;margin:3em\"><p>%1</p></body></html>"_s.arg(html.toHtmlEscaped())
            .toUtf8();
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/html;charset=utf-8\r\nCache-Control: no-store\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace md
