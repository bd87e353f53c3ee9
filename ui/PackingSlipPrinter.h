#pragma once

#include "core/Result.h"
#include "fulfilment/PackingSlip.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>

class QTextDocument;
class QWidget;

namespace md {

/// Packing slips on paper or in a PDF, one page per order: the house's name (and logo, when one is set), the
/// order's number as a Code 128 barcode, the address it goes to, and its items with their SKUs as barcodes.
class PackingSlipPrinter {
    Q_DECLARE_TR_FUNCTIONS(md::PackingSlipPrinter)
public:
    /// account id → the house's logo (accounts without one print their name only)
    using Logos = QHash<qint64, QImage>;

    /// Lays the slips out in `document` (barcodes and logos become its resources; every text is escaped).
    static void fill(QTextDocument& document, const PackingSlips& slips, const Logos& logos = {});
    /// Writes the slips as a PDF (A4 or Letter, from the locale).
    static Status savePdf(const PackingSlips& slips, const QString& path, const Logos& logos = {});
    /// Asks for a printer and prints; false when the person cancelled.
    static bool print(const PackingSlips& slips, QWidget* parent, const Logos& logos = {});

    /// Where a house's logo is kept: the data folder's logos/account-<id>.png.
    static QString logoPath(qint64 accountId);
    /// Keeps the image as the house's logo (scaled to at most 600 pixels high, as PNG); a file that is not an
    /// image is refused, saying so.
    static Status setLogo(qint64 accountId, const QString& imagePath);
    /// The logos of the slips' accounts that have one.
    static Logos logosFor(const PackingSlips& slips);
};

} // namespace md
