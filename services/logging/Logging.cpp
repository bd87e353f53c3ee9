#include "logging/Logging.h"

#include "logging/Redactor.h"

#include <QDir>
#include <QMutex>

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;

namespace md {

namespace {

constexpr auto kLoggerName = "marketdesk";
constexpr auto kPattern = "%Y-%m-%dT%H:%M:%S.%eZ %^%-5l%$ [%t] %v";

/// The one sink the logger writes to: it masks secrets, then hands the message to the real sinks. Because
/// redaction happens here, no file, terminal or future sink can ever receive an unmasked message.
class RedactingSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit RedactingSink(std::vector<spdlog::sink_ptr> sinks)
        : m_sinks(std::move(sinks))
    {
    }

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override
    {
        const std::string redacted = Redactor::redact(std::string(msg.payload.data(), msg.payload.size()));
        spdlog::details::log_msg copy(msg);
        copy.payload = spdlog::string_view_t(redacted.data(), redacted.size());
        for (const auto& sink : m_sinks) {
            if (sink->should_log(copy.level))
                sink->log(copy);
        }
    }

    void flush_() override
    {
        for (const auto& sink : m_sinks)
            sink->flush();
    }

    void set_pattern_(const std::string& pattern) override
    {
        set_formatter_(std::make_unique<spdlog::pattern_formatter>(pattern, spdlog::pattern_time_type::utc));
    }

    void set_formatter_(std::unique_ptr<spdlog::formatter> formatter) override
    {
        for (const auto& sink : m_sinks)
            sink->set_formatter(formatter->clone());
    }

private:
    std::vector<spdlog::sink_ptr> m_sinks;
};

QString g_logFilePath;
QMutex g_mutex;

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const char* category = context.category && qstrcmp(context.category, "default") != 0 ? context.category : "qt";
    const QString line = u"[%1] %2"_s.arg(QLatin1StringView(category), message);
    if (auto logger = spdlog::get(kLoggerName)) {
        logger->log(levelFor(type), "{}", line.toStdString());
        if (type == QtFatalMsg)
            logger->flush();
    } else {
        // Before initialize() or after shutdown(): still never print a secret.
        std::fprintf(stderr, "%s\n", Redactor::redact(line).toLocal8Bit().constData());
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void Logging::initialize(const LogOptions& options)
{
    QMutexLocker locker(&g_mutex);
    spdlog::drop(kLoggerName);

    std::vector<spdlog::sink_ptr> sinks;
    if (options.toStderr)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    g_logFilePath.clear();
    if (!options.directory.isEmpty() && QDir().mkpath(options.directory)) {
        g_logFilePath = QDir(options.directory).filePath(u"marketdesk.log"_s);
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                g_logFilePath.toStdString(), static_cast<std::size_t>(options.maxFileBytes),
                static_cast<std::size_t>(options.maxFiles)));
        } catch (const spdlog::spdlog_ex& error) {
            std::fprintf(stderr, "Cannot open the log file %s: %s\n", qPrintable(g_logFilePath), error.what());
            g_logFilePath.clear();
        }
    }

    auto logger = std::make_shared<spdlog::logger>(kLoggerName, std::make_shared<RedactingSink>(std::move(sinks)));
    logger->set_pattern(kPattern, spdlog::pattern_time_type::utc);
    logger->set_level(options.verbose ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(2));

    qInstallMessageHandler(qtMessageHandler);
}

void Logging::shutdown()
{
    QMutexLocker locker(&g_mutex);
    qInstallMessageHandler(nullptr);
    if (auto logger = spdlog::get(kLoggerName))
        logger->flush();
    spdlog::shutdown();
    g_logFilePath.clear();
}

void Logging::flush()
{
    if (auto logger = spdlog::get(kLoggerName))
        logger->flush();
}

QString Logging::logFilePath()
{
    QMutexLocker locker(&g_mutex);
    return g_logFilePath;
}

QString Logging::spdlogVersion()
{
    return u"%1.%2.%3"_s.arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH);
}

} // namespace md
