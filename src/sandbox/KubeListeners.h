#pragma once
#include <QObject>
#include <QSslConfiguration>
#include <QString>

#include <map>

// One loopback HTTPS listener per emulated cluster, so each cluster's Kubernetes API is served at
// the root of its own https://127.0.0.1:PORT like a real API server (kubectl drops a server URL's
// path for `--raw` and keys its discovery cache by host:port). A listener opens when a kubeconfig
// for the cluster is first issued; its port is kept in the state (kubeIdentities[id].port) and
// reopened at the next start, so kubeconfigs handed out earlier keep working across restarts.
namespace cw::sandbox {

class SandboxService;

class KubeListeners : public QObject {
    Q_OBJECT
public:
    KubeListeners(SandboxService &svc, const QSslConfiguration &tls, QObject *parent = nullptr);

    // Reopens the listeners of every cluster that had one (at start).
    void reopenSaved();
    // "https://127.0.0.1:PORT" of the cluster, opening its listener if needed; empty on failure.
    QString serverFor(const QString &clusterId);

private:
    SandboxService &m_svc;
    QSslConfiguration m_tls;
    std::map<QString, quint16> m_ports; // identity key -> port of its listener (a child of this)
};

} // namespace cw::sandbox
