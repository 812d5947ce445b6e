#pragma once
// What the sandbox holds, read independently of the code under test: the compute and AKS
// cluster documents over ARM, and the azuremlfessl secret from the sandbox's state file.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include "support/SandboxProcess.h"

namespace cw::test {

inline QString workspacePath(SandboxProcess &sandbox, const QString &rg = QStringLiteral("rg-ml"),
                             const QString &ws = QStringLiteral("ws-demo"))
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.MachineLearningServices/workspaces/%3")
        .arg(sandbox.endpoint().subscriptionId, rg, ws);
}

// GET of a compute of ws-demo (status 404 → empty object).
inline QJsonObject sandboxCompute(SandboxProcess &sandbox, const QString &name, int *status = nullptr)
{
    const HttpResult r = sandbox.arm("GET", workspacePath(sandbox) + QStringLiteral("/computes/") + name
                                                + QStringLiteral("?api-version=2022-10-01"));
    if (status)
        *status = r.status;
    return r.status == 200 ? r.json().object() : QJsonObject();
}

inline QJsonObject sandboxCluster(SandboxProcess &sandbox, const QString &rg, const QString &name, int *status = nullptr)
{
    const HttpResult r = sandbox.arm(
        "GET", QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ContainerService/managedClusters/%3"
                              "?api-version=2022-11-01")
                   .arg(sandbox.endpoint().subscriptionId, rg, name));
    if (status)
        *status = r.status;
    return r.status == 200 ? r.json().object() : QJsonObject();
}

// cert.pem (or key.pem) of the azuremlfessl secret of the cluster whose id ends with
// `clusterName`, as the sandbox stores it (state.json, written shortly after each change).
inline QByteArray sandboxSecretEntry(const SandboxProcess &sandbox, const QString &clusterName,
                                     const QString &entry = QStringLiteral("cert.pem"))
{
    QFile file(QDir(sandbox.stateDir()).filePath(QStringLiteral("state.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject secrets = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("clusterSecrets")).toObject();
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        if (it.key().endsWith(QStringLiteral("/managedclusters/") + clusterName.toLower(), Qt::CaseInsensitive))
            return QByteArray::fromBase64(it.value().toObject().value(QStringLiteral("default/azuremlfessl"))
                                              .toObject().value(entry).toString().toLatin1());
    return {};
}

} // namespace cw::test
