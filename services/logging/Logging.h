#pragma once

#include <QString>

namespace md {

/// Options for the process-wide log.
struct LogOptions {
    QString directory; ///< Folder of the rotating log file; empty: no file.
    bool toStderr = true; ///< Also write to standard error.
    bool verbose = false; ///< Debug level instead of info.
    qsizetype maxFileBytes = 5 * 1024 * 1024;
    int maxFiles = 5;
};

/// Process-wide logging through spdlog: a rotating file plus stderr behind one redacting sink, with Qt's
/// messages (qDebug, qCWarning…) bridged in through qInstallMessageHandler.
class Logging {
public:
    static void initialize(const LogOptions& options);
    static void shutdown();
    static void flush();
    /// Path of the current log file, empty when logging to a file is off.
    static QString logFilePath();
    static QString spdlogVersion();
};

} // namespace md
