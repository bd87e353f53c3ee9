#include "CommandLine.h"

#include <QCommandLineParser>

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
    parser.addOptions({database, lang, dataDir, verbose, exitAfter, demo});
    parser.process(app);

    CommandLineOptions options;
    options.database = parser.value(database);
    options.language = parser.value(lang);
    options.dataDir = parser.value(dataDir);
    options.verbose = parser.isSet(verbose);
    options.demo = parser.isSet(demo);
    options.exitAfterSeconds = parser.value(exitAfter).toInt();
    return options;
}

} // namespace md
