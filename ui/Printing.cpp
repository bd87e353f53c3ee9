#include "ui/Printing.h"

#include "fulfilment/Code128.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

#include <cstring>

using namespace Qt::StringLiterals;

namespace md::printing {

namespace {
constexpr int kQuietModules = 10; ///< the quiet zone the standard asks for on each side
} // namespace

void setUpPage(QPrinter& printer)
{
    const bool letter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    printer.setPageSize(QPageSize(letter ? QPageSize::Letter : QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

Status savePdf(const QString& docName, const QString& path, const std::function<void(QTextDocument&)>& fill,
               const QString& failed)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(docName);
    setUpPage(printer);
    QTextDocument document;
    fill(document);
    document.print(&printer);
    if (QFileInfo(path).size() == 0)
        return Error {u"print.pdf-failed"_s, failed, path};
    return {};
}

bool print(const QString& docName, const QString& dialogTitle, QWidget* parent,
           const std::function<void(QTextDocument&)>& fill)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(docName);
    setUpPage(printer);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(dialogTitle);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QTextDocument document;
    fill(document);
    document.print(&printer);
    return true;
}

QImage code128(const QString& text, int moduleWidth, int height)
{
    const auto widths = Code128::widths(text);
    if (!widths)
        return {};
    int modules = 2 * kQuietModules;
    for (int w : *widths)
        modules += w;
    QImage image(modules * moduleWidth, height, QImage::Format_Grayscale8);
    image.fill(255);
    // One row drawn, then copied: bars are the full height.
    uchar* first = image.scanLine(0);
    int x = kQuietModules * moduleWidth;
    for (qsizetype i = 0; i < widths->size(); ++i) {
        const int w = widths->at(i) * moduleWidth;
        if (i % 2 == 0)
            std::memset(first + x, 0, std::size_t(w));
        x += w;
    }
    for (int y = 1; y < height; ++y)
        std::memcpy(image.scanLine(y), first, std::size_t(image.width()));
    return image;
}

QString code128Html(QTextDocument* document, const QString& text, double moduleMm, double heightMm)
{
    const QImage image = code128(text);
    if (image.isNull())
        return {};
    const QUrl name(u"barcode:"_s + QString::fromLatin1(text.toUtf8().toHex()));
    document->addResource(QTextDocument::ImageResource, name, image);
    // A document lays out at 96 pixels an inch: the sizes in millimetres become those pixels.
    const double pixelsPerMm = 96.0 / 25.4;
    const int modules = image.width() / 4;
    return u"<img src=\"%1\" width=\"%2\" height=\"%3\">"_s.arg(name.toString())
        .arg(qRound(modules * moduleMm * pixelsPerMm))
        .arg(qRound(heightMm * pixelsPerMm));
}

} // namespace md::printing
