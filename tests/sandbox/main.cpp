// marketdesk-sandbox: serves the marketplace stand-in on 127.0.0.1 until stopped.

#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace md::sandbox;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"marketdesk-sandbox"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Local stand-in for eBay (and, later, Shopify, Amazon and Facebook) speaking "
                                     "their wire formats on 127.0.0.1, for Marketdesk's tests and demo mode."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Port on 127.0.0.1 (0: any free port)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated data."_s, u"n"_s, u"1"_s);
    const QCommandLineOption orders(u"orders-per-user"_s, u"Orders generated per seller."_s, u"n"_s, u"40"_s);
    const QCommandLineOption lifetime(u"access-token-lifetime"_s, u"Access token lifetime in seconds."_s, u"s"_s,
                                      u"7200"_s);
    const QCommandLineOption callLimit(u"call-limit"_s, u"Calls allowed per access token before 429 (0: none)."_s,
                                       u"n"_s, u"0"_s);
    const QCommandLineOption client(u"client"_s, u"An app's credentials, id:secret (repeatable)."_s, u"id:secret"_s);
    const QCommandLineOption clientsOnStdin(
        u"clients-on-stdin"_s,
        u"Read apps' credentials, id:secret one a line, from standard input until it closes (keeps secrets out "
        "of the process list)."_s);
    const QCommandLineOption ruName(u"runame"_s, u"An eBay RuName and its accept URL, NAME=URL (repeatable)."_s,
                                    u"name=url"_s);
    const QCommandLineOption autoApprove(u"auto-approve"_s, u"Approve consent pages at once (demo)."_s);
    const QCommandLineOption epoch(u"epoch"_s, u"Date generated data relative to this UTC time (ISO 8601)."_s,
                                   u"time"_s);
    const QCommandLineOption fault(u"fault"_s, u"Inject a fault: route:kind[:status] (repeatable)."_s, u"route:kind"_s);
    parser.addOptions(
        {port, seed, orders, lifetime, callLimit, client, clientsOnStdin, ruName, autoApprove, epoch, fault});
    parser.process(app);

    Config config;
    config.seed = parser.value(seed).toULongLong();
    config.ordersPerUser = parser.value(orders).toInt();
    config.accessTokenSeconds = parser.value(lifetime).toInt();
    config.callLimitPerToken = parser.value(callLimit).toInt();
    config.autoApprove = parser.isSet(autoApprove);
    config.epoch = QDateTime::fromString(parser.value(epoch), Qt::ISODate);
    QStringList clients = parser.values(client);
    if (parser.isSet(clientsOnStdin)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            std::fprintf(stderr, "marketdesk-sandbox: cannot read standard input\n");
            return 2;
        }
        for (const QByteArray& line : in.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                clients << QString::fromUtf8(line.trimmed());
        }
    }
    for (const QString& value : clients)
        config.clients.insert(value.section(u':', 0, 0), value.section(u':', 1));
    for (const QString& value : parser.values(ruName))
        config.ruNames.insert(value.section(u'=', 0, 0), value.section(u'=', 1));

    SandboxServer server(config);
    for (const QString& value : parser.values(fault)) {
        QString error;
        const QStringList parts = value.split(u':');
        QJsonObject object {{u"route"_s, parts.value(0)}, {u"kind"_s, parts.value(1)}};
        if (parts.size() > 2)
            object.insert(u"status"_s, parts.value(2).toInt());
        const auto parsed = Fault::fromJson(object, &error);
        if (!parsed) {
            std::fprintf(stderr, "marketdesk-sandbox: %s\n", qPrintable(error));
            return 2;
        }
        server.addFault(*parsed);
    }
    const quint16 listening = server.start(quint16(parser.value(port).toUInt()));
    if (listening == 0) {
        std::fprintf(stderr, "marketdesk-sandbox: cannot listen on 127.0.0.1:%s\n", qPrintable(parser.value(port)));
        return 1;
    }
    std::printf("marketdesk-sandbox listening on http://127.0.0.1:%u\n", listening);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
