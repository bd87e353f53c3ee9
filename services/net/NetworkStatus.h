#pragma once

#include <QObject>

namespace md {

/// Whether the machine is online, from QNetworkInformation where the platform offers a backend.
class NetworkStatus : public QObject {
    Q_OBJECT
    Q_PROPERTY(Reachability reachability READ reachability NOTIFY reachabilityChanged)
public:
    /// What the platform says about the network.
    enum class Reachability {
        Unknown, ///< No backend, or it has not answered.
        Offline, ///< No network at all.
        Local, ///< A local network but no internet (marketplaces unreachable; a LAN database may work).
        Online, ///< The internet is reachable.
    };
    Q_ENUM(Reachability)

    explicit NetworkStatus(QObject* parent = nullptr);
    Reachability reachability() const { return m_reachability; }

signals:
    void reachabilityChanged(md::NetworkStatus::Reachability reachability);

private:
    void update();
    Reachability m_reachability = Reachability::Unknown;
};

} // namespace md
