#pragma once

#include "core/Result.h"

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace md {

/// Demo mode's marketplace: marketdesk-sandbox started beside the app on a free loopback port, with short
/// (2-minute) access tokens so refreshes are visible, auto-approved consent pages, and a client secret made up
/// for this run only. Stopped when the app quits.
class Database;

class DemoSandbox : public QObject {
    Q_OBJECT
public:
    explicit DemoSandbox(QObject* parent = nullptr);
    ~DemoSandbox() override;

    /// Starts the sandbox; `ruName` maps to `acceptUrl` there, as a real RuName is mapped at eBay. Each seller
    /// has `ordersPerSeller` orders (0: the sandbox's default).
    void start(const QString& ruName, const QUrl& acceptUrl, int ordersPerSeller = 0);
    QUrl baseUrl() const { return m_baseUrl; }
    QString clientId() const;
    /// Throwaway credentials of this run; registered with the log redactor, never stored.
    QString clientSecret() const { return m_secret; }

    /// Gives a demo database two locations and stock of the demo marketplace's products (once: nothing happens
    /// when locations exist), so imported orders reserve, and one product runs short.
    static Status seedStock(const Database& database);

signals:
    void ready(const QUrl& baseUrl);
    void failed(const QString& message);

private:
    void readOutput();

    QProcess m_process;
    QUrl m_baseUrl;
    QString m_secret;
    QByteArray m_output;
};

} // namespace md
