#include "Application.h"
#include "CommandLine.h"

#include <QApplication>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace {
#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

/// SIGTERM and SIGINT quit through the event loop, so windows save their layout and children are stopped.
void installQuitOnSignal(QApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
        QApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] const auto sent = ::write(g_signalPipe[0], &byte, 1);
    };
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}
#endif

#ifdef Q_OS_LINUX
/// Tokens, refresh tokens and the client secret live in this process's memory: a core dump would write them to
/// disk, and a debugger of the same user could read them. Off unless --allow-core-dumps asks otherwise.
void refuseCoreDumps()
{
    ::prctl(PR_SET_DUMPABLE, 0);
    const struct rlimit none = {0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
}
#endif

/// Whether the command line only asks for help or the version: answered without a display (over SSH too).
bool onlyAsksForText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
#ifdef Q_OS_UNIX
    // Buyer names and addresses: the database, its copies, logs and settings are the user's alone (0600, 0700).
    ::umask(077);
#endif
    md::Application::setIdentity();
    if (onlyAsksForText(argc, argv)) {
        QCoreApplication text(argc, argv);
        md::parseCommandLine(text); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
#ifdef Q_OS_UNIX
    installQuitOnSignal(app);
#endif
    const md::CommandLineOptions options = md::parseCommandLine(app);
#ifdef Q_OS_LINUX
    if (!options.allowCoreDumps)
        refuseCoreDumps();
#endif

    md::Application application(options);
    if (!application.start())
        return application.failureExitCode();
    const int code = QApplication::exec();
    return application.failureExitCode() != 0 ? application.failureExitCode() : code;
}
