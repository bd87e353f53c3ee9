#include "ui/TrayIcon.h"

#include "logging/LogCategories.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace md {

namespace {
constexpr int kMaxAttempts = 5;
constexpr int kRetryMs = 3000;
} // namespace

TrayIcon::TrayIcon(QWidget* window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{
    m_menu = new QMenu();
    m_toggle = m_menu->addAction(tr("Hide Marketdesk"), this, &TrayIcon::toggleWindow);
    m_menu->addSeparator();
    m_menu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("Quit"), this, &TrayIcon::quitRequested);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::updateToggleText);
    tryCreate();
}

TrayIcon::~TrayIcon()
{
    delete m_tray;
    delete m_menu;
}

bool TrayIcon::isVisible() const
{
    return m_tray && m_tray->isVisible();
}

void TrayIcon::tryCreate()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        if (++m_attempts < kMaxAttempts) {
            QTimer::singleShot(kRetryMs, this, &TrayIcon::tryCreate);
        } else {
            qCInfo(lcUi) << "no system tray; alerts will show in the window only";
        }
        return;
    }
    m_tray = new QSystemTrayIcon(QIcon(u":/icons/marketdesk.svg"_s), this);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
    m_tray->setToolTip(tr("Marketdesk"));
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            toggleWindow();
    });
    setAlert(m_alert);
    m_tray->show();
    emit availabilityChanged(true);
}

bool TrayIcon::showMessage(const QString& title, const QString& body, bool critical)
{
    if (!isVisible())
        return false;
    m_tray->showMessage(title, body, critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    return true;
}

void TrayIcon::setAlert(bool alert)
{
    m_alert = alert;
    if (!m_tray)
        return;
    m_tray->setIcon(QIcon(alert ? u":/icons/marketdesk-alert.svg"_s : u":/icons/marketdesk.svg"_s));
    m_tray->setToolTip(alert ? tr("Marketdesk — needs attention") : tr("Marketdesk"));
}

void TrayIcon::toggleWindow()
{
    if (!m_window)
        return;
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
    } else {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    }
    updateToggleText();
}

void TrayIcon::updateToggleText()
{
    const bool shown = m_window && m_window->isVisible() && !m_window->isMinimized();
    m_toggle->setText(shown ? tr("Hide Marketdesk") : tr("Show Marketdesk"));
}

} // namespace md
