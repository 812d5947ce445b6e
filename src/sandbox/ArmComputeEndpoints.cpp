// Azure ML computes: list (paged with $skip), get, PUT (create, attach, update), DELETE
// (Detach or Delete) and listKeys, plus the completion of their long-running operations.
#include "sandbox/ArmEndpoints.h"
#include "sandbox/ComputeServiceRules.h"
#include "sandbox/KubeObjects.h"
#include "sandbox/KubernetesComputes.h"
#include "sandbox/ComputeUpdateReply.h"
#include "sandbox/ResourceTags.h"
#include "sandbox/ResourceFactory.h"
#include "sandbox/VmCatalog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUuid>
#include <cmath>

namespace cw::sandbox {
namespace {

using ComputeRouteKind = OperationEngine::Kind;

std::string computeKey(const QString &wsId, const QString &name)
{
    return SandboxState::key(wsId) + "|" + SandboxState::key(name);
}

QString opUrl(SandboxService &svc, const WorkspaceScope &ws, const char *kind, const QString &id,
              const QString &apiVersion)
{
    return QStringLiteral("%1/subscriptions/%2/providers/Microsoft.MachineLearningServices/locations/%3/%4/%5?api-version=%6&service=new")
        .arg(svc.baseUrl(), ws.subscriptionId, ws.location, QLatin1String(kind), id, apiVersion);
}

HttpReply acceptedReply(SandboxService &svc, const HttpCall &call, const WorkspaceScope &ws,
                        const QString &opId, int status, const Json &body)
{
    const QString apiVersion = call.queryValue(QStringLiteral("api-version"));
    HttpReply reply = status == 202 ? HttpReply::empty(202) : HttpReply::json(status, body);
    const Json &op = svc.state.root["operations"][s(opId)];
    const qint64 duration = op["_"].value("dueMs", qint64(0)) - op["_"].value("startMs", qint64(0));
    reply.withHeader("Azure-AsyncOperation", opUrl(svc, ws, "computeOperationsStatus", opId, apiVersion).toUtf8());
    if (status == 202)
        reply.withHeader("Location", opUrl(svc, ws, "computeOperationsResults", opId, apiVersion).toUtf8());
    reply.withHeader("Retry-After", QByteArray::number(std::llround(double(duration) / 1000.0)));
    return reply;
}

Json requestJson(const ComputeRequest &r)
{
    return {{"clusterPurpose", s(r.clusterPurpose)}, {"agentCount", r.agentCount},
            {"agentVmSize", s(r.agentVmSize)}, {"sslStatus", s(r.sslStatus)},
            {"cname", s(r.sslCname)}, {"leafDomainLabel", s(r.leafDomainLabel)},
            {"overwriteExistingDomain", r.overwriteExistingDomain},
            {"loadBalancerType", s(r.loadBalancerType)}, {"loadBalancerSubnet", s(r.loadBalancerSubnet)},
            {"networking", r.networking}, {"description", s(r.description)},
            {"computeLocation", s(r.computeLocation)}, {"resourceId", s(r.resourceId)}};
}

// Stores the TLS material the request carries (or a generated pair for Auto) in the cluster's
// azuremlfessl secret, and returns the sslConfiguration to show.
Json applyTls(SandboxService &svc, const Json &req, const QString &clusterId, const Json &previousSsl)
{
    const QString status = q(req.value("sslStatus", std::string("Disabled")));
    if (status.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0) {
        const std::string cert = req.value("cert", std::string());
        if (!cert.empty())
            svc.state.clusterSecrets(clusterId)["default/azuremlfessl"] = {
                {"cert.pem", QByteArray::fromStdString(cert).toBase64().toStdString()},
                {"key.pem", QByteArray::fromStdString(req.value("key", std::string())).toBase64().toStdString()}};
        return {{"status", "Enabled"}, {"cname", req.value("cname", std::string())},
                {"overwriteExistingDomain", req.value("overwriteExistingDomain", false)}};
    }
    if (status.compare(QLatin1String("Auto"), Qt::CaseInsensitive) == 0) {
        const std::string label = req.value("leafDomainLabel", std::string());
        if (previousSsl.value("status", std::string()) == "Auto" && previousSsl.value("leafDomainLabel", std::string()) == label)
            return previousSsl;
        ComputeRequest r;
        r.sslStatus = status;
        r.leafDomainLabel = q(label);
        r.overwriteExistingDomain = req.value("overwriteExistingDomain", false);
        QString fqdn;
        const QString location = q(req.value("computeLocation", std::string("westeurope")));
        Json ssl = visibleSslConfiguration(r, location, &fqdn);
        const PemPair pair = svc.pki.issueServerCertificate(fqdn, 365);
        svc.state.clusterSecrets(clusterId)["default/azuremlfessl"] = {
            {"cert.pem", pair.certPem.toBase64().toStdString()}, {"key.pem", pair.keyPem.toBase64().toStdString()}};
        return ssl;
    }
    return {{"status", "Disabled"}};
}

void markFailed(Json &compute, const Json &errors)
{
    compute["properties"]["provisioningState"] = "Failed";
    compute["properties"]["provisioningErrors"] = errors;
    compute["properties"]["properties"].erase("systemServices");
}

void markSucceeded(Json &compute)
{
    Json &p = compute["properties"];
    p["provisioningState"] = "Succeeded";
    p["provisioningErrors"] = nullptr;
    const bool internal = p["properties"].value("loadBalancerType", std::string()) == "InternalLoadBalancer";
    p["properties"]["systemServices"] = Json::array({{{"systemServiceType", "ScoringFront"},
                                                      {"publicIpAddress", internal ? "10.240.0.100" : "20.50.1.23"},
                                                      {"version", "1.5.0-azureml-fe"}}});
}

void applyCommonSettings(SandboxService &svc, Json &compute, const Json &req, const QString &clusterId)
{
    Json &inner = compute["properties"]["properties"];
    inner["clusterPurpose"] = req["clusterPurpose"];
    inner["loadBalancerType"] = req["loadBalancerType"];
    if (req.value("loadBalancerSubnet", std::string()).empty())
        inner.erase("loadBalancerSubnet");
    else
        inner["loadBalancerSubnet"] = req["loadBalancerSubnet"];
    inner["sslConfiguration"] = applyTls(svc, req, clusterId, inner.value("sslConfiguration", Json::object()));
    if (!req.value("description", std::string()).empty())
        compute["properties"]["description"] = req["description"];
    compute["properties"]["modifiedOn"] = s(isoUtc(QDateTime::currentMSecsSinceEpoch()));
}

// An attachment breaks the earlier attachment of the same cluster (any workspace).
void breakEarlierAttachments(SandboxService &svc, const QString &clusterId, const std::string &exceptKey)
{
    for (auto ws = svc.state.root["computes"].begin(); ws != svc.state.root["computes"].end(); ++ws) {
        for (auto c = ws.value().begin(); c != ws.value().end(); ++c) {
            if (ws.key() + "|" + c.key() == exceptKey)
                continue;
            Json &props = c.value()["properties"];
            if (q(props.value("resourceId", std::string())).compare(clusterId, Qt::CaseInsensitive) == 0
                && props.value("provisioningState", std::string()) == "Succeeded")
                markFailed(c.value(), Json::array({provisioningError(
                                          QStringLiteral("ClusterAttachedElsewhere"),
                                          QStringLiteral("The AKS cluster '%1' was attached again under another compute "
                                                         "name; this attachment no longer works. Detach it.").arg(clusterId))}));
        }
    }
}

} // namespace

void completeComputeOperation(SandboxService &svc, Json &op)
{
    Json &b = op["_"];
    const QString wsId = q(b.value("wsId", std::string()));
    const std::string nameKey = b.value("nameKey", std::string());
    const std::string kind = b.value("kind", std::string());
    Json &all = svc.state.computes(wsId);
    auto it = all.find(nameKey);
    if (it == all.end()) {
        op["status"] = "Canceled";
        op["error"] = {{"code", "Canceled"}, {"message", "The compute no longer exists."}};
        return;
    }
    Json &compute = *it;
    const Json errors = b.value("errors", Json::array());
    if (!errors.empty()) {
        op["status"] = "Failed";
        op["error"] = errors[0]["error"];
        markFailed(compute, errors);
        return;
    }
    const Json &req = b["request"];
    if (kind == "attach" && b.value("computeType", std::string()) == "Kubernetes")
        return completeKubernetesAttach(svc.state, op, compute);
    if (kind == "detach" || kind == "delete") {
        const QString clusterId = q(compute["properties"].value("resourceId", std::string()));
        if (kind == "delete" && !compute["properties"].value("isAttachedCompute", true)) {
            const std::string key = SandboxState::key(clusterId);
            svc.state.root["clusters"].erase(key);
            svc.state.root["clusterSecrets"].erase(key);
            svc.state.root["kubeIdentities"].erase(key);
            if (svc.state.root["kubeObjects"].is_object()) // absent in states saved before it existed
                svc.state.root["kubeObjects"].erase(key);
        }
        all.erase(it);
        return;
    }
    if (kind == "create") {
        const QString sub = wsId.section(QLatin1Char('/'), 2, 2);
        const QString rg = wsId.section(QLatin1Char('/'), 4, 4);
        const QString name = q(compute["name"].get<std::string>());
        ClusterTraits traits;
        traits.location = q(req.value("computeLocation", std::string("westeurope")));
        traits.kubernetesVersion = defaultKubernetesVersion();
        traits.nodeCount = req.value("agentCount", 3);
        traits.vmSize = q(req.value("agentVmSize", std::string("Standard_D3_v2")));
        const QString clusterName = name.toLower() + randomSuffix(6);
        const Json cluster = makeManagedCluster(sub, rg, clusterName, traits);
        const QString id = q(cluster["id"].get<std::string>());
        svc.state.root["clusters"][SandboxState::key(id)] = cluster;
        compute["properties"]["resourceId"] = s(id);
        compute["properties"]["properties"]["clusterFqdn"] = cluster["properties"]["fqdn"];
    }
    const QString clusterId = q(compute["properties"].value("resourceId", std::string()));
    if (kind == "attach") {
        breakEarlierAttachments(svc, clusterId, SandboxState::key(wsId) + "|" + nameKey);
        if (const Json *cluster = svc.state.cluster(clusterId)) {
            const Json &cp = (*cluster)["properties"];
            compute["properties"]["properties"]["clusterFqdn"] = cp.value("fqdn", cp.value("privateFQDN", std::string()));
            compute["properties"]["properties"]["agentCount"] = clusterNodeCount(*cluster);
            compute["properties"]["properties"]["agentVmSize"] = cp["agentPoolProfiles"][0].value("vmSize", std::string());
        }
    }
    if (kind == "update" && !compute["properties"].value("isAttachedCompute", true)) {
        const int count = req.value("agentCount", 0);
        compute["properties"]["properties"]["agentCount"] = count;
        if (Json *cluster = svc.state.cluster(clusterId))
            (*cluster)["properties"]["agentPoolProfiles"][0]["count"] = count;
    }
    applyCommonSettings(svc, compute, req, clusterId);
    // A v1 create/attach installs the scoring front end (azureml-fe) in the cluster.
    if ((kind == "create" || kind == "attach") && svc.state.cluster(clusterId))
        installAzuremlFe(svc.state.root, clusterId,
                         compute["properties"]["properties"].value("clusterPurpose", std::string("FastProd")) == "DevTest" ? 1 : 3);
    markSucceeded(compute);
}

namespace {

HttpReply listComputes(SandboxService &svc, const HttpCall &call, const WorkspaceScope &ws)
{
    const Json &all = svc.state.computes(ws.id);
    const int pageSize = std::max(1, svc.state.settings.pageSize);
    bool ok = false;
    int skip = call.queryValue(QStringLiteral("$skip")).toInt(&ok);
    if (!ok || skip < 0)
        skip = 0;
    // Written as nlohmann would write {"nextLink": ..., "value": [...]} (keys in order), from the
    // computes' cached texts.
    // 64-bit: $skip=2147483647 plus the page size overflowed int.
    const qint64 next = qint64(skip) + pageSize;
    QByteArray body;
    body.reserve(64 + 1100 * std::min<qsizetype>(pageSize, qsizetype(all.size())));
    body += '{';
    if (next < qint64(all.size())) {
        body += "\"nextLink\":";
        body += Json(s(nextPageLink(svc, call, QLatin1String("$skip"), next))).dump();
        body += ',';
    }
    body += "\"value\":[";
    svc.computeLists.appendPage(svc.state, SandboxState::key(ws.id), all, skip, pageSize, body);
    body += "]}";
    return HttpReply::jsonText(200, std::move(body));
}

HttpReply nameTaken()
{
    return HttpReply::armError(409, QStringLiteral("Conflict"),
                               QStringLiteral("Compute with this name already exists. Compute name needs to be unique "
                                              "across all existing computes within an Azure region."));
}

// Attach of an AKS cluster as a v2 Kubernetes compute (KubernetesComputes.h has the checks and the
// document). Not updatable by PUT: an existing name is a conflict, whatever it holds.
HttpReply putKubernetesCompute(SandboxService &svc, const HttpCall &call, const WorkspaceScope &ws, const QString &name)
{
    KubernetesComputeRequest r;
    if (auto bad = parseKubernetesComputeRequest(call.body, name, ws.location, &r))
        return *bad;
    TagsInBody tags;
    if (auto bad = readTags(call.body, &tags))
        return *bad;
    Json &all = svc.state.computes(ws.id);
    const std::string key = SandboxState::key(name);
    if (all.contains(key))
        return nameTaken();
    if (auto bad = checkKubernetesComputeRequest(r))
        return *bad;
    const Json *cluster = nullptr;
    if (auto bad = checkKubernetesAttachCluster(svc.state, ws.subscriptionId, r, &cluster))
        return *bad;
    r.resourceId = q(cluster->value("id", s(r.resourceId)));
    const QString clusterLocation = q(cluster->value("location", s(ws.location)));
    Json errors = Json::array();
    if (std::optional<Json> scripted = svc.operations.takeFailNext(ws.id + QStringLiteral("/computes/") + name))
        errors = *scripted;
    all[key] = makeKubernetesComputeResource(ws.id, r, clusterLocation);
    if (tags.present)
        all[key]["tags"] = tags.tags;
    const QString opId = svc.operations.start(ComputeRouteKind::Attach, {{"wsId", s(ws.id)}, {"nameKey", key},
                                                             {"computeKey", computeKey(ws.id, name)},
                                                             {"errors", errors}, {"request", Json::object()},
                                                             {"computeType", "Kubernetes"}});
    return acceptedReply(svc, call, ws, opId, 201, all[key]);
}

HttpReply putCompute(SandboxService &svc, const HttpCall &call, const WorkspaceScope &ws, const QString &name)
{
    if (isKubernetesComputeBody(call.body))
        return putKubernetesCompute(svc, call, ws, name);
    ComputeRequest r;
    if (auto bad = parseComputeRequest(call.body, name, ws.location, &r))
        return *bad;
    TagsInBody tags;
    if (auto bad = readTags(call.body, &tags))
        return *bad;
    Json &all = svc.state.computes(ws.id);
    const std::string key = SandboxState::key(name);
    const std::string opKey = computeKey(ws.id, name);
    auto existing = all.find(key);
    ComputeRouteKind kind = r.resourceId.isEmpty() ? ComputeRouteKind::Create : ComputeRouteKind::Attach;
    if (existing != all.end()) {
        const QString current = q((*existing)["properties"].value("resourceId", std::string()));
        // Only an AKS compute is updated by an AKS PUT (a Kubernetes one of the same cluster is not).
        if (r.resourceId.isEmpty() || r.resourceId.compare(current, Qt::CaseInsensitive) != 0
            || (*existing)["properties"].value("computeType", std::string()) != "AKS")
            return nameTaken();
        if (svc.operations.hasPendingFor(opKey))
            return HttpReply::armError(409, QStringLiteral("Conflict"),
                                       QStringLiteral("An operation is already in progress on compute '%1'. Wait for it to finish.").arg(name));
        kind = ComputeRouteKind::Update;
        // The GET document never carries cert/key: an unchanged Enabled TLS keeps its secret.
        const Json &ssl = (*existing)["properties"]["properties"].value("sslConfiguration", Json::object());
        if (r.sslStatus.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0 && r.sslCert.isEmpty()
            && ssl.value("status", std::string()) == "Enabled") {
            r.sslCert = QStringLiteral("-----BEGIN CERTIFICATE----- (kept)");
            r.sslKey = QStringLiteral("-----BEGIN PRIVATE KEY----- (kept)");
            if (r.sslCname.isEmpty())
                r.sslCname = q(ssl.value("cname", std::string()));
        }
    }
    if (auto bad = checkComputeRequest(r))
        return *bad;

    Json errors = Json::array();
    Json cluster;
    // The compute resource lives with the request's (the workspace's) location; its
    // computeLocation is where the cluster runs, which for an attach is the cluster's region.
    const QString resourceLocation = r.computeLocation;
    if (kind == ComputeRouteKind::Create) {
        if (auto bad = checkCreate(r, svc.state.settings))
            return *bad;
        errors = createOutcomeErrors(r, svc.state.settings, regionalCoresInUse(svc.state.root["clusters"], ws.subscriptionId, r.computeLocation));
    } else if (kind == ComputeRouteKind::Attach) {
        QString sub, rg, clusterName;
        if (!parseResourceId(r.resourceId, &sub, &rg, &clusterName))
            return HttpReply::armError(400, QStringLiteral("BadArgument"),
                                       QStringLiteral("'%1' is not a valid AKS cluster resource id.").arg(r.resourceId),
                                       QStringLiteral("resourceId"));
        if (sub.compare(ws.subscriptionId, Qt::CaseInsensitive) != 0)
            return HttpReply::armError(400, QStringLiteral("BadArgument"),
                                       QStringLiteral("The AKS cluster must be in the same subscription as the workspace "
                                                      "('%1'); attaching a cluster from subscription '%2' is not supported.")
                                           .arg(ws.subscriptionId, sub), QStringLiteral("resourceId"));
        const Json *found = svc.state.cluster(r.resourceId);
        if (!found)
            return HttpReply::armError(400, QStringLiteral("BadArgument"),
                                       QStringLiteral("Could not find the AKS cluster '%1'.").arg(r.resourceId),
                                       QStringLiteral("resourceId"));
        cluster = *found;
        r.resourceId = q(cluster["id"].get<std::string>());
        // A cluster is attached as AKS (v1) or as Kubernetes (v2), never both.
        if (const QString v2 = computeUsingCluster(svc.state, r.resourceId, "Kubernetes"); !v2.isEmpty())
            return HttpReply::armError(409, QStringLiteral("Conflict"),
                                       QStringLiteral("The AKS cluster '%1' is attached as the Kubernetes compute '%2'. A "
                                                      "cluster is attached as AKS or as Kubernetes, not both: detach that "
                                                      "compute first.").arg(r.resourceId, v2),
                                       QStringLiteral("resourceId"));
        r.computeLocation = q(cluster.value("location", s(r.computeLocation)));
        errors = attachOutcomeErrors(r, cluster);
    } else {
        const Json &inner = (*existing)["properties"]["properties"];
        if (r.hasAgentVmSize && r.agentVmSize.compare(q(inner.value("agentVmSize", std::string())), Qt::CaseInsensitive) != 0)
            return HttpReply::armError(400, QStringLiteral("BadArgument"),
                                       QStringLiteral("The VM size of an AKS compute cannot be changed after creation."),
                                       QStringLiteral("agentVmSize"));
        if (!r.hasAgentCount)
            r.agentCount = inner.value("agentCount", 3);
        r.agentVmSize = q(inner.value("agentVmSize", std::string("Standard_D3_v2")));
    }
    const QString computeId = ws.id + QStringLiteral("/computes/") + name;
    if (std::optional<Json> scripted = svc.operations.takeFailNext(computeId))
        errors = *scripted;

    if (kind != ComputeRouteKind::Update) {
        AksComputeFacts facts;
        facts.resourceId = r.resourceId;
        facts.computeLocation = r.computeLocation;
        facts.description = r.description;
        facts.provisioningState = QStringLiteral("Creating");
        facts.attached = kind == ComputeRouteKind::Attach;
        facts.clusterPurpose = r.clusterPurpose;
        facts.agentCount = r.agentCount;
        facts.agentVmSize = r.agentVmSize;
        facts.loadBalancerType = r.loadBalancerType;
        facts.loadBalancerSubnet = r.loadBalancerSubnet;
        facts.networking = r.networking;
        facts.sslConfiguration = {{"status", s(r.sslStatus)}};
        all[key] = makeComputeResource(ws.id, name, resourceLocation, makeAksComputeProperties(facts));
    }
    Json req = requestJson(r);
    if (!r.sslCert.endsWith(QLatin1String("(kept)"))) {
        req["cert"] = s(r.sslCert);
        req["key"] = s(r.sslKey);
    } else {
        req["sslStatus"] = "Enabled";
    }
    if (tags.present) // a PUT without tags keeps them (the app's update sends the document back)
        all[key]["tags"] = tags.tags;
    Json bookkeeping = {{"wsId", s(ws.id)}, {"nameKey", key}, {"computeKey", opKey}, {"errors", errors}, {"request", req}};
    UpdateReply answer = UpdateReply::Async;
    if (kind == ComputeRouteKind::Update) {
        answer = chooseUpdateReply(svc.state.settings.updateReply, req, all[key], !errors.empty());
        if (answer == UpdateReply::Sync) {
            // Completed at once: 200 with the updated resource and no operation to poll.
            bookkeeping["kind"] = OperationEngine::kindName(ComputeRouteKind::Update);
            Json op = {{"_", bookkeeping}};
            completeComputeOperation(svc, op);
            svc.state.markDirty();
            return HttpReply::json(200, all[key]);
        }
        all[key]["properties"]["provisioningState"] = "Updating";
    }
    const QString opId = svc.operations.start(kind, bookkeeping);
    if (answer == UpdateReply::Poll)
        return HttpReply::json(201, all[key]); // no Azure-AsyncOperation: the client polls the resource
    return acceptedReply(svc, call, ws, opId, 201, all[key]);
}

HttpReply deleteCompute(SandboxService &svc, const HttpCall &call, const WorkspaceScope &ws, const QString &name)
{
    const QString action = call.queryValue(QStringLiteral("underlyingResourceAction"));
    const bool detach = action.compare(QLatin1String("Detach"), Qt::CaseInsensitive) == 0;
    if (!detach && action.compare(QLatin1String("Delete"), Qt::CaseInsensitive) != 0)
        return HttpReply::armError(400, QStringLiteral("BadArgument"),
                                   QStringLiteral("The query parameter 'underlyingResourceAction' must be 'Delete' or 'Detach'."),
                                   QStringLiteral("underlyingResourceAction"));
    Json &all = svc.state.computes(ws.id);
    auto it = all.find(SandboxState::key(name));
    if (it == all.end())
        return HttpReply::empty(204);
    const std::string opKey = computeKey(ws.id, name);
    if (svc.operations.hasPendingFor(opKey))
        return HttpReply::armError(409, QStringLiteral("Conflict"),
                                   QStringLiteral("An operation is already in progress on compute '%1'. Wait for it to finish.").arg(name));
    Json errors = Json::array();
    if (std::optional<Json> scripted = svc.operations.takeFailNext(ws.id + QStringLiteral("/computes/") + name))
        errors = *scripted;
    (*it)["properties"]["provisioningState"] = "Deleting";
    const QString opId = svc.operations.start(detach ? ComputeRouteKind::Detach : ComputeRouteKind::Delete,
                                              {{"wsId", s(ws.id)}, {"nameKey", SandboxState::key(name)},
                                               {"computeKey", opKey}, {"errors", errors}, {"request", Json::object()}});
    return acceptedReply(svc, call, ws, opId, 202, {});
}

HttpReply listKeys(SandboxService &svc, const Json &compute)
{
    const Json &props = compute["properties"];
    if (props.value("computeType", std::string()) != "AKS")
        return HttpReply::armError(400, QStringLiteral("BadArgument"),
                                   QStringLiteral("listKeys is not supported for compute type '%1'.")
                                       .arg(q(props.value("computeType", std::string()))));
    const Json *cluster = svc.state.cluster(q(props.value("resourceId", std::string())));
    if (!cluster)
        return HttpReply::armError(400, QStringLiteral("BadArgument"),
                                   QStringLiteral("The AKS cluster of this compute could not be reached."));
    return HttpReply::json(200, {{"computeType", "AKS"},
                                 {"userKubeConfig", kubeconfigFor(svc, *cluster, false).toStdString()},
                                 {"adminKubeConfig", kubeconfigFor(svc, *cluster, true).toStdString()},
                                 {"imagePullSecretName", ""}});
}

// POST .../computes/{name}/listNodes: AmlComputeNodesInformation {nodes, nextLink}
// (2022-10-01 examples/Compute/listNodes.json). The service answers it for AmlCompute only; other
// types get 400 "ComputeListNodes with computeType X is not supported." (as reported for
// ComputeInstance in Azure/azure-rest-api-specs-examples#5127). The nodes follow the compute's
// nodeStateCounts: running nodes carry the run they execute.
HttpReply listNodes(const Json &compute)
{
    const Json &props = compute["properties"];
    const QString type = q(props.value("computeType", std::string()));
    if (type != QLatin1String("AmlCompute"))
        return HttpReply::armError(400, QStringLiteral("BadArgument"),
                                   QStringLiteral("ComputeListNodes with computeType %1 is not supported.").arg(type));
    const Json counts = props["properties"].value("nodeStateCounts", Json::object());
    const QString id = q(compute.value("id", std::string())).toLower();
    const quint32 h = quint32(qHash(id));
    const QString pool = QStringLiteral("tvm-%1").arg(1000000000u + h % 1000000000u);
    const QString stamp = QDateTime::fromString(q(props.value("createdOn", std::string())), Qt::ISODate)
                              .toUTC().toString(QStringLiteral("yyyyMMdd't'HHmmss'z'")).toLower();
    Json nodes = Json::array();
    int index = 0;
    for (const auto &[field, state] : {std::pair{"runningNodeCount", "running"}, {"idleNodeCount", "idle"},
                                       {"preparingNodeCount", "preparing"}, {"leavingNodeCount", "leaving"},
                                       {"unusableNodeCount", "unusable"}, {"preemptedNodeCount", "preempted"}}) {
        const int count = counts.value(field, 0);
        for (int i = 0; i < count && index < 1000; ++i, ++index) {
            Json node = {{"nodeId", s(QStringLiteral("%1_%2-%3").arg(pool).arg(index + 1).arg(stamp))},
                         {"privateIpAddress", s(QStringLiteral("10.0.0.%1").arg(4 + index))},
                         {"publicIpAddress", s(QStringLiteral("20.%1.%2.%3").arg(50 + h % 150).arg((h >> 8) % 250).arg(4 + (h >> 16) % 250))},
                         {"port", 50000 + index},
                         {"nodeState", state}};
            if (std::string(state) == "running")
                node["runId"] = s(QUuid::fromRfc4122(QCryptographicHash::hash((id + QString::number(index)).toUtf8(),
                                                                              QCryptographicHash::Md5)).toString(QUuid::WithoutBraces));
            nodes.push_back(node);
        }
    }
    return HttpReply::json(200, {{"nodes", nodes}, {"nextLink", nullptr}});
}

} // namespace

HttpReply handleComputes(SandboxService &svc, const HttpCall &call, const WorkspaceScope &ws, const QStringList &rest)
{
    if (rest.isEmpty())
        return call.method == "GET" ? listComputes(svc, call, ws) : methodNotAllowed(call);
    const QString name = rest[0];
    if (rest.size() == 1 && call.method == "PUT")
        return putCompute(svc, call, ws, name);
    if (rest.size() == 1 && call.method == "DELETE")
        return deleteCompute(svc, call, ws, name);
    const Json &all = svc.state.computes(ws.id);
    auto it = all.find(SandboxState::key(name));
    if (it == all.end())
        return notFound(QStringLiteral("ResourceNotFound"),
                        QStringLiteral("Compute '%1' was not found in workspace '%2'.").arg(name, ws.name));
    if (rest.size() == 1)
        return call.method == "GET" ? HttpReply::json(200, *it) : methodNotAllowed(call);
    if (rest.size() == 2 && eq(rest[1], "listKeys"))
        return call.method == "POST" ? listKeys(svc, *it) : methodNotAllowed(call);
    if (rest.size() == 2 && eq(rest[1], "listNodes"))
        return call.method == "POST" ? listNodes(*it) : methodNotAllowed(call);
    return HttpReply::armError(404, QStringLiteral("NotFound"), QStringLiteral("No such compute action."));
}

} // namespace cw::sandbox
