#pragma once

#include "core/Result.h"
#include "fulfilment/PickList.h"

#include <QCoreApplication>

class QTextDocument;
class QWidget;

namespace md {

/// A pick list on paper or in a PDF: one section per location, a line per SKU (with its Code 128 barcode, for
/// the scanner at the shelf) and a box to tick.
class PickListPrinter {
    Q_DECLARE_TR_FUNCTIONS(md::PickListPrinter)
public:
    /// Lays the list out in `document` (its barcodes become the document's resources; every text is escaped).
    static void fill(QTextDocument& document, const PickList& list, const QDateTime& printedAt);
    /// Writes the pick list as a PDF (A4 or Letter, from the locale).
    static Status savePdf(const PickList& list, const QString& path);
    /// Asks for a printer (or "Save as PDF" in the print dialog) and prints; false when the person cancelled.
    static bool print(const PickList& list, QWidget* parent);
};

} // namespace md
