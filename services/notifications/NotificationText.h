#pragma once

#include "domain/Notification.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace md {

/// What a notification says, rendered when it is shown — in the language of the app at that moment, with times
/// in local time — from its kind and arguments (Notification::args). The title and body stored with it are what
/// it said when raised: shown only for a kind this build does not render (an older or newer Marketdesk's).
class NotificationText {
    Q_DECLARE_TR_FUNCTIONS(md::NotificationText)
public:
    struct Text {
        QString title;
        QString body;
    };
    /// The words for a kind and its arguments; nullopt for a kind this build does not know.
    static std::optional<Text> render(const QString& kind, const QVariantMap& args);
    /// The words of a stored notification: rendered, or what was stored.
    static Text of(const Notification& notification);
    /// Fills title and body from kind and args (in the current language), for storing and logging.
    static void fill(Notification& notification);
};

} // namespace md
