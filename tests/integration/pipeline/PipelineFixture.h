#pragma once
// Shared helpers of the pipeline integration tests: a sandbox, a credential and a connection.
#include "arm/ArmConnection.h"
#include "arm/ArmJob.h"
#include "arm/ArmPager.h"
#include "arm/LroPoller.h"
#include "auth/SandboxCredential.h"
#include "support/SandboxProcess.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace cw::test {

inline const QString kWorkspacePath = QStringLiteral(
    "/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-ml/providers/"
    "Microsoft.MachineLearningServices/workspaces/ws-demo");
inline const QString kApi = QStringLiteral("2022-10-01");

inline void registerPipelineTypes()
{
    qRegisterMetaType<cw::arm::ArmResponse>();
    qRegisterMetaType<cw::auth::TokenResult>();
}

inline auth::CloudEnvironment sandboxEnvironment(const SandboxProcess &sandbox)
{
    return auth::CloudEnvironment::sandbox(sandbox.endpoint().baseUrl, sandbox.endpoint().caFile);
}

inline std::shared_ptr<auth::TokenCredential> sandboxCredential(const SandboxProcess &sandbox)
{
    const auto ep = sandbox.endpoint();
    return std::make_shared<auth::SandboxCredential>(ep.baseUrl, ep.caFile, ep.tenantId, ep.clientId,
                                                     ep.clientSecret.toUtf8());
}

inline std::unique_ptr<arm::ArmConnection> sandboxConnection(const SandboxProcess &sandbox,
                                                             std::shared_ptr<auth::TokenCredential> credential = {})
{
    auto connection = std::make_unique<arm::ArmConnection>(sandboxEnvironment(sandbox),
                                                           credential ? credential : sandboxCredential(sandbox));
    connection->setTransferTimeoutMs(10000);
    return connection;
}

// Sends and waits (test-only event loop of QSignalSpy); an empty response on timeout.
inline arm::ArmResponse sendAndWait(arm::ArmConnection &connection, const arm::ArmRequest &request,
                                    int timeoutMs = 30000)
{
    QSignalSpy spy(connection.send(request), &arm::ArmJob::finished);
    if (!spy.wait(timeoutMs) || spy.size() != 1)
        return {};
    return spy.at(0).at(0).value<arm::ArmResponse>();
}

inline arm::ArmRequest get(const QString &path, const QString &api = kApi)
{
    arm::ArmRequest request;
    request.method = "GET";
    request.pathOrUrl = path;
    request.apiVersion = api;
    return request;
}

// A valid create body for an AKS compute in ws-demo (3 x 4 vCPUs).
inline nlohmann::json aksCreateBody()
{
    return {{"location", "westeurope"},
            {"properties",
             {{"computeType", "AKS"},
              {"computeLocation", "westeurope"},
              {"properties",
               {{"agentCount", 3}, {"agentVmSize", "Standard_D3_v2"}, {"clusterPurpose", "FastProd"}}}}}};
}

inline QJsonDocument jsonDoc(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text));
}

} // namespace cw::test
