#include "CommandLine.h"

#include <QCommandLineParser>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace md {

CommandLineOptions parseCommandLine(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("md::CommandLine",
                                                                 "Orders, listings and returns of all your marketplace "
                                                                 "accounts in one place."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        u"database"_s,
        QCoreApplication::translate("md::CommandLine",
                                    "Use this database: postgresql://user@host:port/dbname, or an "
                                    "SQLite file. The password comes from the keychain or PGPASSWORD."),
        QCoreApplication::translate("md::CommandLine", "address"));
    const QCommandLineOption lang(
        u"lang"_s, QCoreApplication::translate("md::CommandLine", "Show the interface in this language (en, fr)."),
        QCoreApplication::translate("md::CommandLine", "language"));
    const QCommandLineOption dataDir(
        u"data-dir"_s, QCoreApplication::translate("md::CommandLine", "Keep data, logs and settings in this folder."),
        QCoreApplication::translate("md::CommandLine", "folder"));
    const QCommandLineOption verbose(u"verbose"_s,
                                     QCoreApplication::translate("md::CommandLine", "Log debug messages too."));
    const QCommandLineOption exitAfter(
        u"exit-after"_s,
        QCoreApplication::translate("md::CommandLine", "Quit after this many seconds (for scripted checks)."),
        QCoreApplication::translate("md::CommandLine", "seconds"));
    const QCommandLineOption demo(u"demo"_s,
                                  QCoreApplication::translate("md::CommandLine",
                                                              "Try Marketdesk against a local sandbox marketplace, "
                                                              "with its own database and keychain entries."));
    const QCommandLineOption demoOrders(
        u"demo-orders"_s,
        QCoreApplication::translate("md::CommandLine",
                                    "In demo mode, give each demo seller this many orders (to try a large warehouse)."),
        QCoreApplication::translate("md::CommandLine", "count"));
    const QCommandLineOption allowCoreDumps(
        u"allow-core-dumps"_s,
        QCoreApplication::translate("md::CommandLine",
                                    "Allow a crash to write a core dump (for debugging: it holds the tokens and "
                                    "secrets in memory)."));
    parser.addOptions({database, lang, dataDir, verbose, exitAfter, demo, demoOrders, allowCoreDumps});
    parser.process(app);

    CommandLineOptions options;
    options.database = parser.value(database);
    options.language = parser.value(lang);
    options.dataDir = parser.value(dataDir);
    options.verbose = parser.isSet(verbose);
    options.demo = parser.isSet(demo);
    options.allowCoreDumps = parser.isSet(allowCoreDumps);
    options.exitAfterSeconds = parser.value(exitAfter).toInt();
    if (parser.isSet(demoOrders)) {
        bool ok = false;
        options.demoOrders = parser.value(demoOrders).toInt(&ok);
        if (!ok || options.demoOrders < 1 || options.demoOrders > 1000000) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("md::CommandLine",
                                                                "--demo-orders wants a number from 1 to 1,000,000.")));
            std::exit(2);
        }
    }
    return options;
}

} // namespace md
