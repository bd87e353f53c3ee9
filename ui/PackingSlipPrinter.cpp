#include "ui/PackingSlipPrinter.h"

#include "models/Format.h"
#include "ui/Printing.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace md {

namespace {

QString escapedLines(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

/// The address as a parcel shows it: the country by name, in the slip's language.
QString addressHtml(const Address& address)
{
    Address shown = address;
    const QLocale::Territory territory = QLocale::codeToTerritory(address.countryCode);
    if (territory != QLocale::AnyTerritory)
        shown.countryCode = QLocale::territoryToString(territory);
    return escapedLines(shown.formatted());
}

} // namespace

void PackingSlipPrinter::fill(QTextDocument& document, const PackingSlips& slips, const Logos& logos)
{
    QString out;
    for (qsizetype i = 0; i < slips.orders.size(); ++i) {
        const Order& o = slips.orders.at(i);
        // Each slip on a page of its own.
        out += i == 0 ? u"<div>"_s : u"<div style=\"page-break-before: always\">"_s;
        QString logo;
        if (const QImage image = logos.value(o.accountId); !image.isNull()) {
            const QUrl name(u"logo:%1"_s.arg(o.accountId));
            document.addResource(QTextDocument::ImageResource, name, image);
            const int height = 60;
            logo = u"<img src=\"%1\" height=\"%2\" width=\"%3\"><br>"_s.arg(name.toString())
                       .arg(height)
                       .arg(qRound(height * double(image.width()) / qMax(1, image.height())));
        }
        out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\">%1"
               "<span style=\"font-size: 20pt; font-weight: bold\">%2</span><br>%3</td>"_s.arg(
                   logo, o.houseName.toHtmlEscaped(), providerDisplayName(o.provider).toHtmlEscaped());
        out += u"<td align=\"right\" valign=\"top\"><span style=\"font-size: 16pt\">%1</span><br>%2<br>"
               "<b>%3</b><br>%4</td></tr></table>"_s.arg(
                   tr("Packing slip").toHtmlEscaped(), printing::code128Html(&document, o.displayNumber()),
                   tr("Order %1").arg(o.displayNumber()).toHtmlEscaped(),
                   tr("Placed %1").arg(format::localTime(o.marketplaceCreatedAt)).toHtmlEscaped());

        out += u"<h3>%1</h3><p style=\"font-size: 12pt\">%2</p>"_s.arg(
            tr("Ship to").toHtmlEscaped(),
            addressHtml(o.shippingAddress.isEmpty() ? o.billingAddress : o.shippingAddress));

        out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" style=\"border-collapse: "
               "collapse\"><tr><th align=\"right\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th>"
               "<th align=\"left\">%4</th></tr>"_s.arg(tr("Quantity").toHtmlEscaped(), tr("Item").toHtmlEscaped(),
                                                       tr("SKU").toHtmlEscaped(), tr("Shelf").toHtmlEscaped());
        int units = 0;
        for (const OrderItem& item : o.items) {
            units += item.quantity;
            const QString sku = item.sku.isEmpty()
                ? tr("(no SKU)").toHtmlEscaped()
                : item.sku.toHtmlEscaped() + u"<br>"_s + printing::code128Html(&document, item.sku, 0.25, 8);
            const QString shelf = item.allocatedLocationId
                ? slips.locationCodes.value(*item.allocatedLocationId).toHtmlEscaped()
                : tr("not reserved").toHtmlEscaped();
            out += u"<tr><td align=\"right\" valign=\"middle\"><b style=\"font-size: 14pt\">%1</b></td>"
                   "<td valign=\"middle\">%2</td><td valign=\"middle\">%3</td><td valign=\"middle\">%4</td></tr>"_s.arg(
                       QLocale().toString(item.quantity), item.title.toHtmlEscaped(), sku, shelf);
        }
        out += u"</table><p>%1</p>"_s.arg(tr("%n item(s) in this parcel.", nullptr, units).toHtmlEscaped());
        if (!o.notes.isEmpty())
            out += u"<p><b>%1</b><br>%2</p>"_s.arg(tr("Note from the buyer").toHtmlEscaped(), escapedLines(o.notes));
        out += u"<p align=\"center\" style=\"font-size: 12pt\">%1</p></div>"_s.arg(
            tr("Thank you for your order!").toHtmlEscaped());
    }
    document.setHtml(out);
}

Status PackingSlipPrinter::savePdf(const PackingSlips& slips, const QString& path, const Logos& logos)
{
    return printing::savePdf(
        tr("Packing slips"), path, [&](QTextDocument& d) { fill(d, slips, logos); },
        tr("The packing slips could not be written to %1.").arg(path));
}

bool PackingSlipPrinter::print(const PackingSlips& slips, QWidget* parent, const Logos& logos)
{
    return printing::print(tr("Packing slips"), tr("Print packing slips"), parent,
                           [&](QTextDocument& d) { fill(d, slips, logos); });
}

QString PackingSlipPrinter::logoPath(qint64 accountId)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"logos/account-%1.png"_s.arg(accountId));
}

Status PackingSlipPrinter::setLogo(qint64 accountId, const QString& imagePath)
{
    QImage image(imagePath);
    if (image.isNull())
        return Error {u"slips.logo-unreadable"_s,
                      tr("%1 is not an image Marketdesk can read (PNG, JPEG, SVG or BMP).").arg(imagePath),
                      {}};
    if (image.height() > 600)
        image = image.scaledToHeight(600, Qt::SmoothTransformation);
    const QString target = logoPath(accountId);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !image.save(target, "PNG"))
        return Error {u"slips.logo-unwritable"_s, tr("The logo could not be saved to %1.").arg(target), {}};
    return {};
}

PackingSlipPrinter::Logos PackingSlipPrinter::logosFor(const PackingSlips& slips)
{
    Logos logos;
    for (const Order& o : slips.orders) {
        if (logos.contains(o.accountId))
            continue;
        if (const QImage image(logoPath(o.accountId)); !image.isNull())
            logos.insert(o.accountId, image);
    }
    return logos;
}

} // namespace md
