#include "Application.h"
#include "CommandLine.h"

#include <QApplication>

using namespace Qt::StringLiterals;

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
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
} // namespace
#endif

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
#ifdef Q_OS_UNIX
    installQuitOnSignal(app);
#endif
    md::Application::setIdentity();

    md::Application application(md::parseCommandLine(app));
    if (!application.start())
        return application.failureExitCode();
    const int code = QApplication::exec();
    return application.failureExitCode() != 0 ? application.failureExitCode() : code;
}
