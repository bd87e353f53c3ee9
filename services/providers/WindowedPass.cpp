#include "providers/WindowedPass.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace md {

namespace {
QString iso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parse(const QJsonValue& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}
} // namespace

WindowedPass WindowedPass::fromCheckpoint(const QJsonObject& checkpoint, const QDateTime& defaultSince,
                                          const Options& options)
{
    WindowedPass pass;
    pass.m_options = options;
    pass.m_since = parse(checkpoint.value("since"_L1));
    if (!pass.m_since.isValid())
        pass.m_since = defaultSince.toUTC();
    const QDateTime until = parse(checkpoint.value("until"_L1));
    for (const QJsonValue& value : checkpoint.value("windows"_L1).toArray()) {
        const QJsonArray bounds = value.toArray();
        const QDateTime a = parse(bounds.at(0));
        const QDateTime b = parse(bounds.at(1));
        if (a.isValid() && b.isValid() && a <= b)
            pass.m_windows << Window {a, b};
    }
    // A pass under way goes on from its current window; anything else (an older checkpoint's page position
    // among them) starts a new pass from "since", which re-reads rather than risks a gap.
    if (until.isValid() && !pass.m_windows.isEmpty()) {
        pass.m_until = until;
        pass.m_token = checkpoint.value("token"_L1).toString();
    } else {
        pass.m_windows.clear();
    }
    return pass;
}

QDateTime WindowedPass::from() const
{
    return m_windows.isEmpty() ? m_since : m_windows.first().first;
}

QDateTime WindowedPass::to() const
{
    return m_windows.isEmpty() ? QDateTime() : m_windows.first().second;
}

QJsonObject WindowedPass::toJson() const
{
    if (!m_until.isValid() || m_windows.isEmpty())
        return QJsonObject {{u"since"_s, iso(m_since)}};
    QJsonArray windows;
    for (const auto& [a, b] : m_windows)
        windows << QJsonArray {iso(a), iso(b)};
    QJsonObject json {{u"since"_s, iso(m_since)}, {u"until"_s, iso(m_until)}, {u"windows"_s, windows}};
    if (!m_token.isEmpty())
        json.insert(u"token"_s, m_token);
    return json;
}

QJsonObject WindowedPass::passDone(const QDateTime& end) const
{
    const QDateTime next = std::max(m_since, end.toUTC().addSecs(-m_options.overlapSeconds));
    return QJsonObject {{u"since"_s, iso(next)}};
}

QList<WindowedPass::Window> WindowedPass::split(const Window& window, std::optional<qint64> total) const
{
    const qint64 width = window.first.msecsTo(window.second);
    const qint64 step = std::max<qint64>(1, m_options.minimumWidthMs);
    // With a total, windows sized for about 70% of a page each (orders are not spread evenly); else halves.
    qint64 parts = 2;
    if (total && *total > 0)
        parts = qint64(std::ceil(double(*total) / (m_options.pageSize * 0.7)));
    parts = std::clamp<qint64>(parts, 2, 64);
    parts = std::min(parts, std::max<qint64>(2, width / step));
    QList<Window> windows;
    QDateTime start = window.first;
    for (qint64 i = 1; i < parts; ++i) {
        // Whole steps (seconds) from the window's start, so that every marketplace's date format holds the bound.
        const qint64 offset = (width * i / parts) / step * step;
        const QDateTime point = window.first.addMSecs(offset);
        if (point <= start || point >= window.second)
            continue;
        windows << Window {start, point}; // both ends inclusive: an order at a bound is read twice, never missed
        start = point;
    }
    windows << Window {start, window.second};
    return windows;
}

WindowedPass::Step WindowedPass::answered(const Answer& answer) const
{
    WindowedPass next = *this;
    Step step;
    const QDateTime marketplaceNow =
        answer.marketplaceNow.isValid() ? answer.marketplaceNow.toUTC() : QDateTime::currentDateTimeUtc();
    const bool more = answer.more && answer.count > 0;
    if (!m_until.isValid()) {
        // The pass's first, open-ended question.
        if (!more) {
            step.keep = true;
            step.checkpoint = passDone(marketplaceNow);
            return step;
        }
        next.m_until = std::max(m_since, marketplaceNow);
        next.m_windows = split(Window {m_since, next.m_until}, answer.total);
        step.more = true;
        step.checkpoint = next.toJson();
        return step;
    }
    const Window current = m_windows.first();
    if (more) {
        const qint64 width = current.first.msecsTo(current.second);
        if (m_token.isEmpty() && width >= 2 * m_options.minimumWidthMs) {
            next.m_windows.removeFirst();
            const QList<Window> narrower = split(current, answer.total);
            for (qsizetype i = narrower.size() - 1; i >= 0; --i)
                next.m_windows.prepend(narrower.at(i));
            step.more = true;
            step.checkpoint = next.toJson();
            return step;
        }
        if (!answer.nextToken.isEmpty()) {
            // More than a page changed within one second: the marketplace's own pages are all there is.
            next.m_token = answer.nextToken;
            step.keep = true;
            step.more = true;
            step.followedToken = true;
            step.checkpoint = next.toJson();
            return step;
        }
    }
    step.keep = true;
    next.m_windows.removeFirst();
    next.m_token.clear();
    if (next.m_windows.isEmpty()) {
        step.checkpoint = passDone(m_until);
        return step;
    }
    step.more = true;
    step.checkpoint = next.toJson();
    return step;
}

QDateTime httpDate(const QByteArray& header)
{
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime time =
        QLocale::c().toDateTime(QString::fromLatin1(header).trimmed(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    if (!time.isValid())
        return {};
    time.setTimeZone(QTimeZone::utc());
    return time;
}

} // namespace md
