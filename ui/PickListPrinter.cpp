#include "ui/PickListPrinter.h"

#include "models/Format.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace md {

namespace {

void setUp(QPrinter& printer)
{
    const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    printer.setPageSize(QPageSize(letter ? QPageSize::Letter : QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

void render(const PickList& list, QPrinter& printer)
{
    QTextDocument document;
    document.setHtml(PickListPrinter::html(list, QDateTime::currentDateTimeUtc()));
    document.print(&printer);
}

} // namespace

QString PickListPrinter::html(const PickList& list, const QDateTime& printedAt)
{
    QString out =
        u"<h2>%1</h2><p>%2</p>"_s.arg(tr("Pick list").toHtmlEscaped(),
                                      tr("%n order(s), %1 unit(s) — printed %2", nullptr, list.orderCount)
                                          .arg(QLocale().toString(list.unitCount), format::localTime(printedAt))
                                          .toHtmlEscaped());
    for (const PickList::Stop& stop : list.stops) {
        const QString where = stop.locationCode.isEmpty()
            ? tr("Not reserved — check stock before picking")
            : (stop.locationName.isEmpty() ? stop.locationCode
                                           : tr("%1 — %2").arg(stop.locationCode, stop.locationName));
        out += u"<h3>%1</h3><table width=100% cellspacing=0 cellpadding=4 border=1>"_s.arg(where.toHtmlEscaped());
        out += u"<tr><th width=6%>%1</th><th align=left>%2</th><th align=left>%3</th><th align=right>%4</th>"
               "<th align=left>%5</th></tr>"_s.arg(tr("Done").toHtmlEscaped(), tr("SKU").toHtmlEscaped(),
                                                   tr("Item").toHtmlEscaped(), tr("Quantity").toHtmlEscaped(),
                                                   tr("Orders").toHtmlEscaped());
        for (const PickList::Line& line : stop.lines) {
            out += u"<tr><td>&#9744;</td><td><b>%1</b></td><td>%2</td><td align=right><b>%3</b></td><td>%4</td></tr>"_s
                       .arg(line.sku.isEmpty() ? tr("(no SKU)").toHtmlEscaped() : line.sku.toHtmlEscaped(),
                            line.title.toHtmlEscaped(), QLocale().toString(line.quantity),
                            line.orders.join(u", "_s).toHtmlEscaped());
        }
        out += u"</table>"_s;
    }
    return out;
}

Status PickListPrinter::savePdf(const PickList& list, const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(tr("Pick list"));
    setUp(printer);
    render(list, printer);
    if (QFileInfo(path).size() == 0) {
        return Error {u"picklist.pdf-failed"_s, tr("The pick list could not be written to %1.").arg(path), {}};
    }
    return {};
}

bool PickListPrinter::print(const PickList& list, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Pick list"));
    setUp(printer);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print pick list"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    render(list, printer);
    return true;
}

} // namespace md
