#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace md {

/// How a pass over a marketplace's changed orders reads them without ever skipping one, when the marketplace
/// pages with an offset or an opaque token into a list that changes while it is read (eBay's getOrders offsets;
/// Amazon's paginationToken, the worst case being an offset too).
///
/// An order that changes during the pass leaves a list whose end is pinned, and every order behind it moves one
/// place up: the next offset would step over one of them. So only an answer that holds a whole window in one
/// page is kept — one answer is one snapshot, complete whatever the token means. A window whose answer says
/// "more" is split into narrower windows (by the total the marketplace gives, else in halves) and its answer is
/// dropped; an order that changed meanwhile has an update time past the pinned end and is read by the next pass,
/// which starts where this one ended (less an overlap). Only a window narrower than a second that still holds
/// more than a page falls back to following the marketplace's tokens (logged).
///
/// The pass's end is the marketplace's own clock (Amazon's lastUpdatedBefore, else the answer's Date header), so
/// neither a skewed workstation clock nor Amazon's two-minute rule can open a gap. The checkpoint is plain JSON,
/// stored with each committed page: a pass interrupted anywhere resumes from the window it was reading.
class WindowedPass {
public:
    struct Options {
        int pageSize = 100; ///< what one answer holds at most
        int overlapSeconds = 60; ///< the next pass re-reads this much of this one's end
        qint64 minimumWidthMs = 1000; ///< narrower windows are not split further
    };

    /// What the marketplace answered for `request()`.
    struct Answer {
        int count = 0; ///< orders in the answer
        bool more = false; ///< the marketplace has another page of this query
        QString nextToken; ///< its token for that page (eBay: the next offset)
        std::optional<qint64> total; ///< how many match the query, when the marketplace says
        QDateTime marketplaceNow; ///< the end the marketplace applied, or the time of its answer (UTC)
    };

    /// What to do with that answer.
    struct Step {
        bool keep = false; ///< store the answer's orders (false: a window being split; the narrower ones read them)
        bool more = false; ///< the pass goes on
        QJsonObject checkpoint; ///< what to store with this answer's page
        bool followedToken = false; ///< a window too narrow to split was read by the marketplace's tokens
    };

    /// The pass a stored checkpoint is in: a new one from its "since" (or `defaultSince`), or the one under way.
    static WindowedPass fromCheckpoint(const QJsonObject& checkpoint, const QDateTime& defaultSince,
                                       const Options& options);

    /// The window to ask for now: [from, to], `to` invalid for the pass's first, open-ended question.
    QDateTime from() const;
    QDateTime to() const;
    /// The marketplace's token within the current window (empty: its first page).
    QString token() const { return m_token; }

    Step answered(const Answer& answer) const;

    QJsonObject toJson() const;

private:
    using Window = std::pair<QDateTime, QDateTime>;
    Options m_options;
    QDateTime m_since;
    QDateTime m_until; ///< invalid: not pinned yet
    QList<Window> m_windows; ///< still to read; the first is the current one
    QString m_token;

    QList<Window> split(const Window& window, std::optional<qint64> total) const;
    QJsonObject passDone(const QDateTime& end) const;
};

/// The time an HTTP answer was made, from its Date header (RFC 9110 IMF-fixdate); invalid when absent.
QDateTime httpDate(const QByteArray& header);

} // namespace md
