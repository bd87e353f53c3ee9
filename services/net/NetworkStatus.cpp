#include "net/NetworkStatus.h"

#include "logging/LogCategories.h"

#include <QNetworkInformation>

namespace md {

NetworkStatus::NetworkStatus(QObject* parent)
    : QObject(parent)
{
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcNet) << "no network information backend; online state unknown";
        return;
    }
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this, &NetworkStatus::update);
    update();
}

void NetworkStatus::update()
{
    Reachability next = Reachability::Unknown;
    switch (QNetworkInformation::instance()->reachability()) {
    case QNetworkInformation::Reachability::Online:
        next = Reachability::Online;
        break;
    case QNetworkInformation::Reachability::Disconnected:
        next = Reachability::Offline;
        break;
    case QNetworkInformation::Reachability::Local:
    case QNetworkInformation::Reachability::Site:
        next = Reachability::Local;
        break;
    case QNetworkInformation::Reachability::Unknown:
        break;
    }
    if (next != m_reachability) {
        m_reachability = next;
        emit reachabilityChanged(next);
    }
}

} // namespace md
