#pragma once

#include <QCoreApplication>
#include <QString>

namespace md {

/// What the command line asked for.
struct CommandLineOptions {
    QString database; ///< --database: postgresql://user@host:port/dbname or an SQLite file.
    QString language; ///< --lang: e.g. "fr"; empty follows the system locale.
    QString dataDir; ///< --data-dir: keep data, logs and settings in this folder instead of the standard ones.
    bool verbose = false;
    bool demo = false; ///< --demo: a local sandbox marketplace, a separate database and keychain service.
    int demoOrders = 0; ///< --demo-orders: orders of each demo seller (0: the sandbox's default).
    int exitAfterSeconds = 0; ///< --exit-after: quit after this many seconds (scripted start-up checks).
    bool allowCoreDumps = false; ///< --allow-core-dumps: for debugging; a dump holds the secrets in memory.
};

/// Parses the command line; prints help, version or an error and exits the process where that is the answer.
CommandLineOptions parseCommandLine(const QCoreApplication& app);

} // namespace md
