#include "sandbox/KubeIdentity.h"

#include "sandbox/SandboxService.h"

#include <QCryptographicHash>

namespace cw::sandbox {

QString kubeClusterKey(const QString &clusterId)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(clusterId.toLower().toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

KubeIdentity kubeIdentityFor(SandboxService &svc, const QString &clusterId, bool admin)
{
    const QString key = kubeClusterKey(clusterId);
    Json &entry = svc.state.root["kubeIdentities"][SandboxState::key(clusterId)];
    const char *role = admin ? "admin" : "user";
    if (!entry.contains(role)) {
        const PemPair pem = svc.pki.issueClientCertificate(
            (admin ? QStringLiteral("clusterAdmin:") : QStringLiteral("clusterUser:")) + key,
            admin ? QStringLiteral("system:masters") : QStringLiteral("system:authenticated"));
        entry[role] = {{"cert", pem.certPem.toStdString()}, {"key", pem.keyPem.toStdString()}};
        entry["key"] = s(key);
        svc.state.markDirty();
    }
    return {key, {QByteArray::fromStdString(entry[role]["cert"].get<std::string>()),
                  QByteArray::fromStdString(entry[role]["key"].get<std::string>())}};
}

} // namespace cw::sandbox
