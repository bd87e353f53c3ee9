#pragma once

#include <QString>

class QNetworkReply;

namespace md {

/// What went wrong with a request, in a person's words: "did not answer within 30 seconds" rather than Qt's
/// "Operation canceled" (what a transfer timeout reports), "refused the connection", "could not be found (check
/// the internet connection)"… Used after the marketplace's name: "eBay did not answer within 30 seconds." Qt's
/// own text stays in the technical detail.
QString networkProblem(const QNetworkReply* reply);

} // namespace md
