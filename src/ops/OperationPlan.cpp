#include "ops/OperationPlan.h"
#include "ops/OpsTr.h"

#include <QCoreApplication>

#include "common/JsonFields.h"
#include "rules/ComputeSpec.h"

namespace cw::ops {
namespace {

using nlohmann::json;

OperationStep plannedStep(const char *id, const QString &title)
{
    return {QLatin1String(id), title, StepState::Pending, {}, {}, {}};
}

// The facts a title of an update names, from its merge patch; never the key or certificate.
json updateTitleFacts(const json &mergePatch)
{
    json facts = json::object();
    const auto props = mergePatch.find("properties");
    if (props == mergePatch.end() || !props->is_object())
        return facts;
    const auto inner = props->find("properties");
    if (inner == props->end() || !inner->is_object())
        return facts;
    for (const char *field : {"agentCount", "loadBalancerType", "loadBalancerSubnet"})
        if (inner->contains(field))
            facts[field] = (*inner)[field];
    if (const auto ssl = inner->find("sslConfiguration"); ssl != inner->end() && ssl->is_object())
        for (const char *field : {"status", "leafDomainLabel", "cname"})
            if (ssl->contains(field))
                facts[field] = (*ssl)[field];
    return facts;
}

json *sslConfiguration(json &body)
{
    auto props = body.find("properties");
    if (props == body.end() || !props->is_object())
        return nullptr;
    auto inner = props->find("properties");
    if (inner == props->end() || !inner->is_object())
        return nullptr;
    auto ssl = inner->find("sslConfiguration");
    return ssl != inner->end() && ssl->is_object() ? &*ssl : nullptr;
}

} // namespace

OperationRecord planCreateOrAttach(const rules::ComputeSpec &spec, const QString &cloud)
{
    WorkspaceRef ws = spec.workspace;
    ws.cloud = cloud; // the record names the cloud the spec's session is signed in to
    OperationRecord r = OperationRecord::create(spec.isCreate() ? OperationKind::Create : OperationKind::Attach,
                                                ws, spec.name);
    if (spec.isCreate()) {
        r.titleFacts = {{"purpose", rules::wireValue(spec.purpose).toStdString()},
                        {"nodeCount", spec.nodeCount},
                        {"vmSize", spec.vmSize.toStdString()}};
        r.summary = tr("Create '%1' (%2, %3 × %4)")
                        .arg(spec.name, rules::wireValue(spec.purpose), QString::number(spec.nodeCount), spec.vmSize);
    } else {
        r.titleFacts = {{"cluster", spec.aksResourceId.section(QLatin1Char('/'), -1).toStdString()}};
        r.summary = tr("Attach '%1' (%2)").arg(spec.name, spec.aksResourceId.section(QLatin1Char('/'), -1));
    }
    r.steps = {plannedStep(step::kCheckName, tr("Check that the name is free")),
               plannedStep(step::kSubmit, spec.isCreate() ? tr("Submit the create request")
                                                          : tr("Submit the attach request")),
               plannedStep(step::kWait, spec.isCreate() ? tr("Wait while Azure creates the cluster")
                                                        : tr("Wait while Azure attaches the cluster")),
               plannedStep(step::kVerify, tr("Verify the final state"))};
    return r;
}

OperationRecord planAttachKubernetes(const WorkspaceRef &workspace, const QString &computeName,
                                     const QString &clusterId, const QString &cloud, const ExtensionInstall *install)
{
    WorkspaceRef ws = workspace;
    ws.cloud = cloud;
    OperationRecord r = OperationRecord::create(OperationKind::Attach, ws, computeName);
    const QString cluster = clusterId.section(QLatin1Char('/'), -1);
    r.titleFacts = {{"cluster", cluster.toStdString()}, {"computeType", "Kubernetes"}};
    r.summary = tr("Attach '%1' as a Kubernetes compute (%2)").arg(computeName, cluster);
    r.steps = {plannedStep(step::kCheckName, tr("Check that the name is free")),
               plannedStep(step::kSubmit, tr("Submit the attach request")),
               plannedStep(step::kWait, tr("Wait while Azure attaches the cluster")),
               plannedStep(step::kVerify, tr("Verify the final state"))};
    if (!install)
        return r;
    // The extension after the name check (a taken name must not leave an extension behind) and
    // before the attach (the service refuses a cluster without a Succeeded one).
    json settings = json::object();
    for (auto it = install->configuration.settings.cbegin(); it != install->configuration.settings.cend(); ++it)
        settings[it.key().toStdString()] = it.value().toStdString();
    json protectedNames = json::array();
    for (const QString &key : install->configuration.protectedSettings.keys())
        protectedNames.push_back(key.toStdString());
    r.migration = {{"clusterId", install->clusterId.toStdString()},
                   {"extensionName", install->name.toStdString()},
                   {"reuseExtension", install->reuse},
                   {"extensionSettings", settings},
                   {"protectedSettings", protectedNames},
                   {"extensionPut", "not-sent"}};
    QList<OperationStep> extension;
    if (install->reuse) {
        extension = {plannedStep(step::kInstallExtension, tr("Reuse the Azure ML extension %1").arg(install->name))};
    } else {
        extension = {plannedStep(step::kInstallExtension, tr("Install the Azure ML extension %1").arg(install->name)),
                     plannedStep(step::kWaitExtension, tr("Wait while the extension installs"))};
        r.summary = tr("Install the Azure ML extension on %1 and attach it as the Kubernetes compute '%2'").arg(cluster, computeName);
    }
    for (int i = 0; i < extension.size(); ++i)
        r.steps.insert(1 + i, extension.at(i));
    return r;
}

OperationRecord planDetach(const WorkspaceRef &workspace, const QString &computeName, bool deleteCluster)
{
    OperationRecord r = OperationRecord::create(deleteCluster ? OperationKind::Delete : OperationKind::Detach,
                                                workspace, computeName);
    r.summary = deleteCluster ? tr("Delete '%1' and its AKS cluster").arg(computeName)
                              : tr("Detach '%1' (the AKS cluster is kept)").arg(computeName);
    r.steps = {plannedStep(step::kDetach, deleteCluster ? tr("Submit the delete request")
                                                        : tr("Submit the detach request")),
               plannedStep(step::kWait, tr("Wait for the service")),
               plannedStep(step::kVerify, tr("Verify the compute is gone"))};
    return r;
}

OperationRecord planUpdate(const WorkspaceRef &workspace, const QString &computeName,
                           const nlohmann::json &mergePatch, const QString &summary)
{
    OperationRecord r = OperationRecord::create(OperationKind::Update, workspace, computeName);
    r.summary = summary;
    r.titleFacts = updateTitleFacts(mergePatch);
    r.requestBody = mergePatch; // replaced by the full document once the read step is done
    r.steps = {plannedStep(step::kRead, tr("Read the current configuration")),
               plannedStep(step::kSubmit, tr("Submit the update")),
               plannedStep(step::kWait, tr("Wait while Azure updates the cluster")),
               plannedStep(step::kVerify, tr("Verify the final state"))};
    return r;
}

OperationRecord planReattach(const WorkspaceRef &workspace, const QString &computeName)
{
    OperationRecord r = OperationRecord::create(OperationKind::Reattach, workspace, computeName);
    r.summary = tr("Re-attach '%1' to update it").arg(computeName);
    r.steps = {plannedStep(step::kReadSpec, tr("Read the current configuration")),
               plannedStep(step::kRecoverTls, tr("Recover the TLS certificate and key")),
               plannedStep(step::kDetach, tr("Submit the detach request")),
               plannedStep(step::kWaitDetach, tr("Wait while Azure detaches the cluster")),
               plannedStep(step::kVerifyDetached, tr("Verify the compute is detached")),
               plannedStep(step::kSubmit, tr("Submit the attach request (same name and settings)")),
               plannedStep(step::kWait, tr("Wait while Azure attaches the cluster")),
               plannedStep(step::kVerify, tr("Verify the final state"))};
    return r;
}

OperationRecord planMigrate(const WorkspaceRef &workspace, const QString &computeName, const MigrationOptions &options)
{
    OperationRecord r = OperationRecord::create(OperationKind::Migrate, workspace, computeName);
    const QString newName = options.newName.isEmpty() ? computeName : options.newName;
    const QString ns = options.kubernetesNamespace.isEmpty() ? QStringLiteral("default") : options.kubernetesNamespace;
    r.titleFacts = {{"newName", newName.toStdString()}};
    r.summary = tr("Move '%1' to Azure ML v2 (Kubernetes compute '%2')").arg(computeName, newName);
    r.migration = {{"newName", newName.toStdString()}, {"namespace", ns.toStdString()},
                   {"extensionPut", "not-sent"}, {"computePut", "not-sent"}};
    r.steps = {plannedStep(step::kPreflightV2, tr("Check the cluster for Azure ML v2")),
               plannedStep(step::kRecoverTls, tr("Recover the TLS certificate and key")),
               plannedStep(step::kDetach, tr("Detach the v1 compute (the AKS cluster is kept)")),
               plannedStep(step::kWaitDetach, tr("Wait while Azure detaches the cluster")),
               plannedStep(step::kVerifyDetached, tr("Verify the compute is detached")),
               plannedStep(step::kDeleteLegacy, tr("Delete the v1 components (azureml-fe)")),
               plannedStep(step::kInstallExtension, tr("Install the Azure ML extension")),
               plannedStep(step::kWaitExtension, tr("Wait while the extension installs")),
               plannedStep(step::kAttachKubernetes, tr("Attach the cluster as a Kubernetes compute")),
               plannedStep(step::kWaitAttach, tr("Wait while Azure attaches the cluster")),
               plannedStep(step::kVerifyV2, tr("Verify the Kubernetes compute and the extension"))};
    return r;
}

OperationRecord planAttachBack(const OperationRecord &migration)
{
    OperationRecord r = OperationRecord::create(OperationKind::Attach, migration.workspace, migration.computeName);
    const QString cluster = QString::fromStdString(migration.migration.value("clusterId", std::string())).section(QLatin1Char('/'), -1);
    r.titleFacts = {{"cluster", cluster.toStdString()}};
    r.summary = tr("Attach '%1' (%2)").arg(migration.computeName, cluster);
    r.requestBody = migration.requestBody;
    r.steps = {plannedStep(step::kCheckName, tr("Check that the name is free")),
               plannedStep(step::kSubmit, tr("Submit the attach request")),
               plannedStep(step::kWait, tr("Wait while Azure attaches the cluster")),
               plannedStep(step::kVerify, tr("Verify the final state"))};
    return r;
}

bool bodyCarriesKeyMaterial(const json &body)
{
    json copy = body;
    const json *ssl = sslConfiguration(copy);
    return ssl && (ssl->contains("key") || ssl->contains("cert"));
}

bool bodyLacksKeyMaterial(const json &body)
{
    json copy = body;
    const json *ssl = sslConfiguration(copy);
    return ssl && jsonfields::string(*ssl, "status") == QLatin1String("Enabled")
           && (!ssl->contains("key") || !ssl->contains("cert"));
}

json extractKeyMaterial(const json &body)
{
    json copy = body;
    const json *ssl = sslConfiguration(copy);
    json material = json::object();
    if (!ssl)
        return material;
    for (const char *field : {"cert", "key"})
        if (ssl->contains(field))
            material[field] = (*ssl)[field];
    return material;
}

void restoreKeyMaterial(json &body, const json &material)
{
    json *ssl = sslConfiguration(body);
    if (!ssl || !material.is_object())
        return;
    for (const char *field : {"cert", "key"})
        if (material.contains(field))
            (*ssl)[field] = material[field];
}

} // namespace cw::ops
