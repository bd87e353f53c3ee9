#pragma once

// Window titles as the desktop shows them. Qt adds " — <application display name>" to a title that does not end
// with it already, so the main window's title ends with it (no "Marketdesk — Marketdesk"), and a dialog is made
// wide enough for its title and that suffix (a title bar cuts what does not fit).

#include <QDialog>
#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>

namespace md::titles {

/// The title the desktop shows for `title`.
inline QString shown(const QString& title)
{
    const QString name = QGuiApplication::applicationDisplayName();
    if (name.isEmpty() || title.endsWith(name))
        return title;
    return title + QStringLiteral(" \u2014 ") + name;
}

/// Widens the dialog (its minimum) so that the title bar shows its whole title; call after setWindowTitle().
inline void makeRoomForTitle(QDialog* dialog)
{
    QFont bold = QGuiApplication::font();
    bold.setBold(true); // title bars mostly draw bold
    // The window menu and the close, minimize and maximize buttons take about this much of the bar.
    constexpr int kTitleBarControls = 170;
    const int needed = QFontMetrics(bold).horizontalAdvance(shown(dialog->windowTitle())) + kTitleBarControls;
    dialog->setMinimumWidth(qMax(dialog->minimumWidth(), needed));
}

} // namespace md::titles
