#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace md {

/// Receives the browser's redirect after an OAuth consent, on 127.0.0.1 only (never all interfaces), on a
/// configured port or an ephemeral one.
///
/// It answers every browser request at once — 404 for other paths, 400 for anything that is not an HTTP GET —
/// and asks its owner's check whether a callback is the one it waits for (its state): a refused one is answered
/// 400 with the check's sentence and never handed on, so no other page or local program can end or take over a
/// sign-in; an accepted one gets a short page saying the window can be closed and is handed to the caller.
/// Garbage, oversized requests and browsers that close mid-request never stop it. Callback URLs carry
/// authorization codes: they are never logged.
class LoopbackReceiver : public QObject {
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject* parent = nullptr);
    ~LoopbackReceiver() override;

    /// Decides whether a callback is the awaited one: empty Status to take it, else the refusal the browser shows.
    using CallbackCheck = std::function<Status(const QUrl&)>;
    void setCallbackCheck(CallbackCheck check) { m_check = std::move(check); }

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
    CallbackCheck m_check;
};

} // namespace md
