// ARM routing: token and api-version checks, subscriptions, workspaces, VM sizes,
// orchestrators, operation status URLs and provider registration; computes and managed
// clusters are delegated to their own files.
#include "sandbox/ArmEndpoints.h"
#include "sandbox/ArmNotFound.h"
#include "sandbox/ServiceErrorShape.h"
#include "sandbox/ComputeUsages.h"
#include "sandbox/SeedData.h"
#include "sandbox/VmCatalog.h"

#include <QRegularExpression>

namespace cw::sandbox {

HttpReply notFound(const QString &code, const QString &message)
{
    return HttpReply::armError(404, code, message);
}

HttpReply methodNotAllowed(const HttpCall &call)
{
    return HttpReply::armError(405, QStringLiteral("HttpMethodNotAllowed"),
                               QStringLiteral("The HTTP method '%1' is not supported for this resource.")
                                   .arg(QString::fromLatin1(call.method)));
}

namespace {

// Azure ML's own answers carry its error shape (ServiceErrorShape.h); ARM's stay flat.
HttpReply fromMlService(const SandboxService &svc, HttpReply reply)
{
    shapeServiceErrors(reply, svc.state.settings.errorShape);
    return reply;
}

const QStringList kMlApiVersions = {QStringLiteral("2021-04-01"), QStringLiteral("2022-10-01")};

std::optional<HttpReply> checkApiVersion(const HttpCall &call, const QString &provider)
{
    const QString version = call.queryValue(QStringLiteral("api-version"));
    if (version.isEmpty())
        return HttpReply::armError(400, QStringLiteral("MissingApiVersionParameter"),
                                   QStringLiteral("The api-version query parameter (?api-version=) is required for all requests."));
    bool ok = false;
    QString supported;
    if (eq(provider, "Microsoft.MachineLearningServices")) {
        ok = kMlApiVersions.contains(version);
        supported = kMlApiVersions.join(QLatin1Char(','));
    } else {
        static const QRegularExpression format(QStringLiteral("^20\\d\\d-\\d\\d-\\d\\d(-preview)?$"));
        ok = format.match(version).hasMatch();
        supported = QStringLiteral("2016-02-01,2019-08-01,2020-01-01,2022-11-01");
    }
    if (ok)
        return std::nullopt;
    return HttpReply::armError(400, QStringLiteral("InvalidApiVersionParameter"),
                               QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2'.")
                                   .arg(version, supported));
}

Json subscriptionJson(const Json &sub)
{
    const std::string id = sub.value("subscriptionId", std::string());
    return {{"id", "/subscriptions/" + id},
            {"subscriptionId", id},
            {"tenantId", sub.value("tenantId", std::string())},
            {"displayName", sub.value("displayName", std::string())},
            {"state", sub.value("state", std::string("Enabled"))},
            {"subscriptionPolicies", {{"locationPlacementId", "Public_2014-09-01"}, {"quotaId", "PayAsYouGo_2014-09-01"}, {"spendingLimit", "Off"}}},
            {"authorizationSource", "RoleBased"}};
}

Json workspacesOf(SandboxService &svc, const QString &sub, const QString &rg)
{
    Json list = Json::array();
    const QString prefix = (rg.isEmpty() ? QStringLiteral("/subscriptions/%1/").arg(sub)
                                         : QStringLiteral("/subscriptions/%1/resourceGroups/%2/").arg(sub, rg)).toLower();
    for (auto it = svc.state.root["workspaces"].begin(); it != svc.state.root["workspaces"].end(); ++it) {
        if (q(it.key()).startsWith(prefix))
            list.push_back(it.value());
    }
    return list;
}

HttpReply providerLevel(SandboxService &svc, const HttpCall &call, const QStringList &seg)
{
    const QString sub = seg[1];
    const QString provider = seg[3];
    const int n = int(seg.size());
    if (n == 5 && eq(seg[4], "register") && call.method == "POST")
        return HttpReply::json(200, {{"id", s(QStringLiteral("/subscriptions/%1/providers/%2").arg(sub, provider))},
                                     {"namespace", s(provider)}, {"registrationState", "Registered"}});
    if (eq(provider, "Microsoft.MachineLearningServices")) {
        if (n == 5 && eq(seg[4], "workspaces"))
            return call.method == "GET" ? HttpReply::json(200, {{"value", workspacesOf(svc, sub, {})}}) : methodNotAllowed(call);
        if (n == 7 && eq(seg[4], "locations") && eq(seg[6], "vmSizes")) {
            if (!isKnownLocation(seg[5]))
                return HttpReply::armError(400, QStringLiteral("LocationNotAvailableForResourceType"),
                                           QStringLiteral("The provided location '%1' is not available for resource type 'Microsoft.MachineLearningServices/locations/vmSizes'.").arg(seg[5]));
            Json sizes = Json::array();
            for (const VmSize &size : vmSizes())
                sizes.push_back(vmSizeJson(size));
            // 2021-04-01 names the list amlCompute; 2022-10-01 value.
            const bool old = call.queryValue(QStringLiteral("api-version")) == QLatin1String("2021-04-01");
            return HttpReply::json(200, {{old ? "amlCompute" : "value", sizes}});
        }
        if (n == 8 && eq(seg[4], "locations") && eq(seg[6], "computeOperationsStatus"))
            return call.method == "GET" ? fromMlService(svc, svc.operations.statusReply(seg[7])) : methodNotAllowed(call);
        if (n == 8 && eq(seg[4], "locations") && eq(seg[6], "computeOperationsResults"))
            return call.method == "GET" ? fromMlService(svc, svc.operations.resultReply(seg[7])) : methodNotAllowed(call);
    }
    if (eq(provider, "Microsoft.ContainerService")) {
        if (n == 5 && eq(seg[4], "managedClusters"))
            return call.method == "GET" ? listClusters(svc, call, sub, {}) : methodNotAllowed(call);
        if (n == 7 && eq(seg[4], "locations") && eq(seg[6], "orchestrators")) {
            if (!isKnownLocation(seg[5]))
                return HttpReply::armError(400, QStringLiteral("LocationNotAvailableForResourceType"),
                                           QStringLiteral("The provided location '%1' is not available for resource type 'Microsoft.ContainerService/locations/orchestrators'.").arg(seg[5]));
            return HttpReply::json(200, orchestratorsJson(sub, seg[5]));
        }
    }
    // The region's vCPU use and quotas (src/sandbox/ComputeUsages.cpp).
    if (eq(provider, "Microsoft.Compute") && n == 7 && eq(seg[4], "locations") && eq(seg[6], "usages"))
        return call.method == "GET" ? computeUsages(svc, sub, seg[5]) : methodNotAllowed(call);
    return HttpReply::armError(404, QStringLiteral("InvalidResourceType"),
                               QStringLiteral("The resource type could not be found in the namespace '%1'.").arg(provider));
}

HttpReply resourceGroupLevel(SandboxService &svc, const HttpCall &call, const QStringList &seg)
{
    const QString sub = seg[1];
    const QString rg = seg[3];
    if (!svc.state.hasResourceGroup(sub, rg))
        return notFound(QStringLiteral("ResourceGroupNotFound"),
                        QStringLiteral("Resource group '%1' could not be found.").arg(rg));
    const QString provider = seg[5];
    const int n = int(seg.size());
    if (eq(provider, "Microsoft.MachineLearningServices") && n >= 7 && eq(seg[6], "workspaces")) {
        if (n == 7)
            return call.method == "GET" ? HttpReply::json(200, {{"value", workspacesOf(svc, sub, rg)}}) : methodNotAllowed(call);
        const QString wsId = workspaceId(sub, rg, seg[7]);
        Json *ws = svc.state.workspace(wsId);
        if (!ws)
            return notFound(QStringLiteral("ResourceNotFound"),
                            QStringLiteral("The Resource 'Microsoft.MachineLearningServices/workspaces/%1' under resource group '%2' was not found.").arg(seg[7], rg));
        if (n == 8)
            return call.method == "GET" ? HttpReply::json(200, *ws) : methodNotAllowed(call);
        if (eq(seg[8], "computes")) {
            const WorkspaceScope scope{sub, rg, q((*ws)["name"].get<std::string>()),
                                       q((*ws)["id"].get<std::string>()),
                                       q((*ws)["location"].get<std::string>())};
            return fromMlService(svc, handleComputes(svc, call, scope, seg.mid(9)));
        }
    }
    if (eq(provider, "Microsoft.ContainerService") && n >= 7 && eq(seg[6], "managedClusters")) {
        if (n == 7)
            return call.method == "GET" ? listClusters(svc, call, sub, rg) : methodNotAllowed(call);
        return handleClusterCall(svc, call, sub, rg, seg.mid(7));
    }
    return HttpReply::armError(404, QStringLiteral("InvalidResourceType"),
                               QStringLiteral("The resource type could not be found in the namespace '%1'.").arg(provider));
}

} // namespace

HttpReply handleArm(SandboxService &svc, const HttpCall &call, const QStringList &seg)
{
    if (auto denied = checkArmToken(svc, call))
        return *denied;
    const int n = int(seg.size());
    QString provider;
    // A provider's own document and its registration are Microsoft.Resources calls.
    if (n >= 5 && eq(seg[2], "providers") && !(n == 5 && eq(seg[4], "register")))
        provider = seg[3];
    else if (n >= 6 && eq(seg[2], "resourceGroups") && eq(seg[4], "providers"))
        provider = seg[5];
    if (auto bad = checkApiVersion(call, provider))
        return *bad;

    if (n == 1) {
        if (call.method != "GET")
            return methodNotAllowed(call);
        Json list = Json::array();
        for (const Json &sub : svc.state.root["subscriptions"])
            list.push_back(subscriptionJson(sub));
        return HttpReply::json(200, {{"value", list}, {"count", {{"type", "Total"}, {"value", list.size()}}}});
    }
    const Json *sub = svc.state.subscription(seg[1]);
    if (!sub)
        return notFound(QStringLiteral("SubscriptionNotFound"),
                        QStringLiteral("The subscription '%1' could not be found.").arg(seg[1]));
    if (n == 2)
        return call.method == "GET" ? HttpReply::json(200, subscriptionJson(*sub)) : methodNotAllowed(call);
    if (n == 3 && eq(seg[2], "locations"))
        return listLocations(svc, call, seg[1]);
    if (std::optional<HttpReply> resources = handleResourceManager(svc, call, seg))
        return *resources;
    if (n >= 5 && eq(seg[2], "providers"))
        return providerLevel(svc, call, seg);
    if (n >= 7 && eq(seg[2], "resourceGroups") && eq(seg[4], "providers"))
        return resourceGroupLevel(svc, call, seg);
    if (n >= 4 && eq(seg[2], "resourceGroups") && !svc.state.hasResourceGroup(seg[1], seg[3]))
        return notFound(QStringLiteral("ResourceGroupNotFound"),
                        QStringLiteral("Resource group '%1' could not be found.").arg(seg[3]));
    return unknownArmResourceType(call, seg.mid(2).join(QLatin1Char('/')), QStringLiteral("Microsoft.Resources"));
}

} // namespace cw::sandbox
