#pragma once
#include "support/SandboxProcess.h"

#include <QJsonObject>
#include <QTest>

// Small helpers shared by the sandbox integration tests.
namespace cw::test {

inline QString subPath(const SandboxProcess &sbx)
{
    return QStringLiteral("/subscriptions/") + sbx.endpoint().subscriptionId;
}

inline QString wsPath(const SandboxProcess &sbx)
{
    return subPath(sbx) + QStringLiteral("/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/ws-demo");
}

inline QString computePath(const SandboxProcess &sbx, const QString &name, const QString &extraQuery = {})
{
    return wsPath(sbx) + QStringLiteral("/computes/") + name + QStringLiteral("?api-version=2022-10-01") + extraQuery;
}

inline QString clusterIdOf(const SandboxProcess &sbx, const QString &rg, const QString &name, const QString &sub = {})
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ContainerService/managedClusters/%3")
        .arg(sub.isEmpty() ? sbx.endpoint().subscriptionId : sub, rg, name);
}

inline QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QJsonObject createBody(int agentCount = 3, const QString &vmSize = QStringLiteral("Standard_D3_v2"),
                              const QString &purpose = QStringLiteral("FastProd"), QJsonObject extraInner = {})
{
    QJsonObject inner{{QStringLiteral("agentCount"), agentCount}, {QStringLiteral("agentVmSize"), vmSize},
                      {QStringLiteral("clusterPurpose"), purpose}};
    for (auto it = extraInner.begin(); it != extraInner.end(); ++it)
        inner.insert(it.key(), it.value());
    return {{QStringLiteral("location"), QStringLiteral("westeurope")},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("computeType"), QStringLiteral("AKS")},
                                                        {QStringLiteral("computeLocation"), QStringLiteral("westeurope")},
                                                        {QStringLiteral("properties"), inner}}}};
}

inline QJsonObject attachBody(const QString &resourceId, const QString &purpose = QStringLiteral("FastProd"),
                              QJsonObject extraInner = {})
{
    QJsonObject inner{{QStringLiteral("clusterPurpose"), purpose}};
    for (auto it = extraInner.begin(); it != extraInner.end(); ++it)
        inner.insert(it.key(), it.value());
    return {{QStringLiteral("location"), QStringLiteral("westeurope")},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("computeType"), QStringLiteral("AKS")},
                                                        {QStringLiteral("resourceId"), resourceId},
                                                        {QStringLiteral("properties"), inner}}}};
}

inline QJsonObject computeProps(SandboxProcess &sbx, const QString &name)
{
    return sbx.arm("GET", computePath(sbx, name)).json().object().value(QStringLiteral("properties")).toObject();
}

inline QString provisioningState(SandboxProcess &sbx, const QString &name)
{
    return computeProps(sbx, name).value(QStringLiteral("provisioningState")).toString();
}

inline QString firstProvisioningError(SandboxProcess &sbx, const QString &name)
{
    return computeProps(sbx, name).value(QStringLiteral("provisioningErrors")).toArray().first()
        .toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

inline QString armErrorMessage(const HttpResult &r)
{
    return r.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

inline QString armErrorCode(const HttpResult &r)
{
    return r.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

} // namespace cw::test
