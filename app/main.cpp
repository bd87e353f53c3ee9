#include "Application.h"
#include "CommandLine.h"

#include <QApplication>
#include <QIcon>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Marketdesk"_s);
    QApplication::setApplicationName(u"Marketdesk"_s);
    QApplication::setApplicationDisplayName(u"Marketdesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(MARKETDESK_VERSION));
    QApplication::setDesktopFileName(u"marketdesk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/marketdesk.svg"_s));

    md::Application application(md::parseCommandLine(app));
    if (!application.start())
        return application.failureExitCode();
    const int code = QApplication::exec();
    return application.failureExitCode() != 0 ? application.failureExitCode() : code;
}
