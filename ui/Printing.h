#pragma once

#include "core/Result.h"

#include <QImage>
#include <QString>

#include <functional>

class QPrinter;
class QTextDocument;
class QWidget;

namespace md::printing {

/// A4 or Letter (from the locale) with 15 mm margins: how every floor document prints.
void setUpPage(QPrinter& printer);

/// Lays a document out with `fill` and writes it as a PDF to `path` (A4 or Letter); `failed` is what to say
/// when nothing could be written there.
Status savePdf(const QString& docName, const QString& path, const std::function<void(QTextDocument&)>& fill,
               const QString& failed);
/// Asks for a printer (the dialog titled `dialogTitle`), then lays the document out and prints it; false when
/// the person cancelled.
bool print(const QString& docName, const QString& dialogTitle, QWidget* parent,
           const std::function<void(QTextDocument&)>& fill);

/// A Code 128 barcode of `text` with its quiet zones, `moduleWidth` pixels a module; a null image when the text
/// cannot be encoded (see Code128).
QImage code128(const QString& text, int moduleWidth = 4, int height = 160);

/// An <img> of the text's barcode for a document: the image is added to `document` as a resource, and shown
/// `moduleMm` millimetres a module (scanners read 0.25 mm and up); empty when it cannot be encoded.
QString code128Html(QTextDocument* document, const QString& text, double moduleMm = 0.33, double heightMm = 12);

} // namespace md::printing
