#pragma once

#include <QObject>
#include <QPointer>

class QMenu;
class QAction;
class QSystemTrayIcon;
class QWidget;

namespace md {

/// The system tray icon with its context menu (Show/Hide, Quit).
///
/// Desktops often start their tray after the app: while none is available it retries a few times, then gives
/// up quietly; the app stays fully usable without it (alerts also show in the window).
class TrayIcon : public QObject {
    Q_OBJECT
public:
    explicit TrayIcon(QWidget* window, QObject* parent = nullptr);
    ~TrayIcon() override;

    bool isVisible() const;
    /// Shows a tray message (a desktop notification on Linux) when the tray is there; returns whether it was.
    bool showMessage(const QString& title, const QString& body, bool critical);
    void setAlert(bool alert);

signals:
    void quitRequested();
    /// The person clicked a message shown by showMessage().
    void messageClicked();
    /// The tray appeared (possibly after retries) or vanished.
    void availabilityChanged(bool available);

private:
    void tryCreate();
    void toggleWindow();
    void updateToggleText();

    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_toggle = nullptr;
    int m_attempts = 0;
    bool m_alert = false;
};

} // namespace md
