#include "sandbox/KubeListeners.h"

#include "sandbox/HttpsFrontend.h"
#include "sandbox/KubeApiServer.h"
#include "sandbox/KubeIdentity.h"
#include "sandbox/SandboxService.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcKubeListeners, "cw.sandbox.kube", QtInfoMsg)

namespace cw::sandbox {

KubeListeners::KubeListeners(SandboxService &svc, const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
    , m_svc(svc)
    , m_tls(tls)
{
}

void KubeListeners::reopenSaved()
{
    QStringList ids;
    const Json &identities = m_svc.state.root["kubeIdentities"];
    for (auto it = identities.begin(); it != identities.end(); ++it)
        if (it.value().contains("port"))
            ids << q(it.key());
    for (const QString &id : ids)
        serverFor(id);
}

QString KubeListeners::serverFor(const QString &clusterId)
{
    if (clusterId.isEmpty() || !m_svc.state.cluster(clusterId))
        return {};
    const QString key = kubeClusterKey(clusterId);
    Json &entry = m_svc.state.root["kubeIdentities"][SandboxState::key(clusterId)];
    if (const auto it = m_ports.find(key); it != m_ports.end())
        return QStringLiteral("https://127.0.0.1:%1").arg(it->second);
    const int saved = entry.value("port", 0);
    auto *listener = new HttpsFrontend(
        [this, key](const HttpCall &call) {
            m_svc.advance();
            return handleKubeCluster(m_svc, call, key, QStringLiteral("127.0.0.1:%1").arg(m_ports[key]));
        },
        m_svc.faults, m_svc.requestLog, this);
    QString error;
    quint16 port = saved > 0 && saved <= 65535 ? listener->listenLoopback(quint16(saved), m_tls, &error) : 0;
    if (!port) {
        if (saved)
            qCInfo(lcKubeListeners) << "port" << saved << "of cluster" << clusterId << "is taken, using another:" << error;
        port = listener->listenLoopback(0, m_tls, &error);
    }
    if (!port) {
        qCWarning(lcKubeListeners) << "could not open the Kubernetes API listener of" << clusterId << ":" << error;
        delete listener;
        return {};
    }
    m_ports[key] = port;
    entry["key"] = s(key);
    if (entry.value("port", 0) != port) {
        entry["port"] = port;
        m_svc.state.markDirty();
    }
    return QStringLiteral("https://127.0.0.1:%1").arg(port);
}

} // namespace cw::sandbox
