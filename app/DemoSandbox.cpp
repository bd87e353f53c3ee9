#include "DemoSandbox.h"

#include "logging/LogCategories.h"
#include "logging/Redactor.h"
#include "storage/Database.h"
#include "storage/repositories/StockRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace md {

DemoSandbox::DemoSandbox(QObject* parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoSandbox::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!m_baseUrl.isValid())
            emit failed(tr("The demo marketplace could not start: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_baseUrl.isValid())
            emit failed(tr("The demo marketplace stopped at once (exit code %1).").arg(code));
    });
}

DemoSandbox::~DemoSandbox()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        qCInfo(lcApp) << "demo sandbox stopped";
    }
}

QString DemoSandbox::clientId() const
{
    return u"Marketdesk-Demo"_s;
}

void DemoSandbox::start(const QString& ruName, const QUrl& acceptUrl, int ordersPerSeller)
{
    quint32 words[6];
    QRandomGenerator::system()->fillRange(words);
    m_secret = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex());
    Redactor::addSecret(m_secret);

    const QString program = QDir(QCoreApplication::applicationDirPath()).filePath(u"marketdesk-sandbox"_s);
    // The sandbox's own log lines go to our stderr; its first stdout line says where it listens.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // If the app dies without cleaning up (SIGKILL, crash), the kernel stops the sandbox too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    QStringList arguments {u"--port"_s,
                           u"0"_s,
                           u"--access-token-lifetime"_s,
                           u"1200"_s,
                           u"--auto-approve"_s,
                           u"--clients-on-stdin"_s,
                           u"--runame"_s,
                           ruName + u'=' + acceptUrl.toString()};
    if (ordersPerSeller > 0)
        arguments << u"--orders-per-user"_s << QString::number(ordersPerSeller);
    m_process.start(program, arguments);
    // The client secret goes through a pipe, never on the command line (every local user can read /proc/*/cmdline).
    m_process.write((clientId() + u':' + m_secret + u'\n').toUtf8());
    m_process.closeWriteChannel();
}

void DemoSandbox::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    const qsizetype newline = m_output.indexOf('\n');
    if (newline < 0 || m_baseUrl.isValid())
        return;
    const QString line = QString::fromUtf8(m_output.left(newline)).trimmed();
    const QUrl url(line.section(u' ', -1));
    if (!url.isValid() || url.host() != "127.0.0.1"_L1) {
        emit failed(tr("The demo marketplace said something unexpected: %1").arg(line));
        return;
    }
    m_baseUrl = url;
    qCInfo(lcApp).noquote() << "demo sandbox listening on" << url.toString();
    emit ready(url);
}

Status DemoSandbox::seedStock(const Database& database)
{
    StockRepository stock(database);
    auto existing = stock.locations();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return {};
    auto shelf = stock.addLocation(Location {0, QStringLiteral("A-01"), tr("Aisle A, shelf 1"), true});
    if (!shelf)
        return shelf.error();
    auto back = stock.addLocation(Location {0, QStringLiteral("B-01"), tr("Back room"), true});
    if (!back)
        return back.error();
    // The demo marketplace's catalogue (tests/sandbox/SeedData.h); the desk lamp is nearly out.
    const QList<std::pair<const char*, int>> products {{"MUG-BLUE-01", 40},   {"TOWEL-TEA-02", 40}, {"LAMP-DESK-03", 3},
                                                       {"POSTER-MTL-04", 25}, {"CABLE-USB-05", 60}, {"BOOK-QC-06", 12},
                                                       {"SOCKS-WOOL-07", 30}};
    for (const auto& [sku, quantity] : products) {
        for (const auto& [location, share] : {std::pair(*shelf, quantity), std::pair(*back, quantity / 2)}) {
            if (share == 0)
                continue;
            StockMovement delivery;
            delivery.sku = QString::fromLatin1(sku);
            delivery.locationId = location;
            delivery.onHandDelta = share;
            delivery.reason = StockReason::Adjustment;
            delivery.reference = QStringLiteral("demo delivery");
            if (Status moved = stock.move(delivery); !moved)
                return moved;
        }
    }
    return {};
}

} // namespace md
