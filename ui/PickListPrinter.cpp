#include "ui/PickListPrinter.h"

#include "models/Format.h"
#include "ui/Printing.h"

#include <QFileInfo>
#include <QLocale>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace md {

void PickListPrinter::fill(QTextDocument& document, const PickList& list, const QDateTime& printedAt)
{
    // Each count with its own plural ("1 order, 3 units").
    const QString summary = tr("%1, %2 — printed %3")
                                .arg(tr("%n order(s)", nullptr, list.orderCount),
                                     tr("%n unit(s)", nullptr, list.unitCount), format::localTime(printedAt));
    QString out = u"<h2>%1</h2><p>%2</p>"_s.arg(tr("Pick list").toHtmlEscaped(), summary.toHtmlEscaped());
    for (const PickList::Stop& stop : list.stops) {
        const QString where = stop.locationCode.isEmpty()
            ? tr("Not reserved — check stock before picking")
            : (stop.locationName.isEmpty() ? stop.locationCode
                                           : tr("%1 — %2").arg(stop.locationCode, stop.locationName));
        out += u"<h3>%1</h3><table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
               "style=\"border-collapse: collapse\">"_s.arg(where.toHtmlEscaped());
        out += u"<tr><th width=\"6%\">%1</th><th align=\"right\">%2</th><th align=\"left\">%3</th>"
               "<th align=\"left\">%4</th><th align=\"left\">%5</th></tr>"_s.arg(
                   tr("Done").toHtmlEscaped(), tr("Quantity").toHtmlEscaped(), tr("SKU").toHtmlEscaped(),
                   tr("Item").toHtmlEscaped(), tr("Orders").toHtmlEscaped());
        for (const PickList::Line& line : stop.lines) {
            const QString sku = line.sku.isEmpty()
                ? tr("(no SKU)").toHtmlEscaped()
                : u"<b>%1</b><br>%2"_s.arg(line.sku.toHtmlEscaped(),
                                           printing::code128Html(&document, line.sku, 0.25, 8));
            out += u"<tr><td valign=\"middle\">&#9744;</td><td align=\"right\" valign=\"middle\"><b "
                   "style=\"font-size: 14pt\">%1</b></td><td valign=\"middle\">%2</td><td valign=\"middle\">%3</td>"
                   "<td valign=\"middle\">%4</td></tr>"_s.arg(QLocale().toString(line.quantity), sku,
                                                              line.title.toHtmlEscaped(),
                                                              line.orders.join(u", "_s).toHtmlEscaped());
        }
        out += u"</table>"_s;
    }
    document.setHtml(out);
}

Status PickListPrinter::savePdf(const PickList& list, const QString& path)
{
    return printing::savePdf(
        tr("Pick list"), path, [&](QTextDocument& d) { fill(d, list, QDateTime::currentDateTimeUtc()); },
        tr("The pick list could not be written to %1.").arg(path));
}

bool PickListPrinter::print(const PickList& list, QWidget* parent)
{
    return printing::print(tr("Pick list"), tr("Print pick list"), parent,
                           [&](QTextDocument& d) { fill(d, list, QDateTime::currentDateTimeUtc()); });
}

} // namespace md
