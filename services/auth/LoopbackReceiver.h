#pragma once

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace md {

/// Receives the browser's redirect after an OAuth consent, on 127.0.0.1 only (never all interfaces), on a
/// configured port or an ephemeral one.
///
/// It answers every browser request at once — a short page saying the window can be closed, 404 for other paths,
/// 400 for anything that is not an HTTP GET — and hands valid callbacks to the caller, which checks state and
/// code exactly as for an address pasted by hand. Garbage, oversized requests and browsers that close mid-request
/// never stop it. Callback URLs carry authorization codes: they are never logged.
class LoopbackReceiver : public QObject {
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject* parent = nullptr);
    ~LoopbackReceiver() override;

    /// Starts listening; false (with errorString()) when the port cannot be had.
    bool listen(quint16 port = 0, const QString& path = QStringLiteral("/callback"));
    void close();
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }
    /// http://127.0.0.1:PORT/PATH — what the authorize request names as redirect_uri.
    QUrl redirectUri() const;
    QString errorString() const { return m_server.errorString(); }

signals:
    /// A GET on the callback path arrived; `url` is the redirect URI with the browser's query.
    void callbackReceived(const QUrl& url);
    /// Something that is not a callback arrived (for the log; no query is included).
    void requestRejected(const QString& reason);

private:
    void accept();
    void read(QTcpSocket* socket);
    void respond(QTcpSocket* socket, int status, const QByteArray& reason, const QString& html);

    QTcpServer m_server;
    QString m_path;
};

} // namespace md
