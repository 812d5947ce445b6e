// Microsoft.Resources: what generic ARM clients (az group/resource/provider, `az cloud register`)
// ask before any resource provider: the cloud's metadata endpoints, resource groups, the generic
// resource list and resource provider documents. Shapes follow azure-rest-api-specs
// (resources/stable/2021-04-01 examples) and ARM's /metadata/endpoints answer.
#include "sandbox/ArmEndpoints.h"
#include "sandbox/SandboxState.h"
#include "sandbox/SeedData.h"

#include <QRegularExpression>

namespace cw::sandbox {
namespace {

// A resource id's resource group (ids are "/subscriptions/{s}/resourceGroups/{rg}/...").
QString resourceGroupOf(const std::string &id)
{
    return q(id).section(QLatin1Char('/'), 4, 4);
}

// A group's location: the location of the first resource in it, else the workspace region (the
// seed names groups only; real groups carry the location they were created in).
QString groupLocation(SandboxService &svc, const QString &sub, const QString &rg)
{
    const QString prefix = QStringLiteral("/subscriptions/%1/resourcegroups/%2/").arg(sub, rg).toLower();
    for (const char *collection : {"workspaces", "clusters"}) {
        for (auto it = svc.state.root[collection].begin(); it != svc.state.root[collection].end(); ++it) {
            if (q(it.key()).startsWith(prefix))
                return jsonfields::string(it.value(), "location", Keys::AnyCase, QLatin1String(kWorkspaceLocation));
        }
    }
    return QLatin1String(kWorkspaceLocation);
}

Json resourceGroupJson(SandboxService &svc, const QString &sub, const QString &rg)
{
    return {{"id", s(QStringLiteral("/subscriptions/%1/resourceGroups/%2").arg(sub, rg))},
            {"name", s(rg)},
            {"type", "Microsoft.Resources/resourceGroups"},
            {"location", s(groupLocation(svc, sub, rg))},
            {"tags", Json::object()},
            {"properties", {{"provisioningState", "Succeeded"}}}};
}

// The generic view of a tracked resource (GenericResourceExpanded).
Json genericResource(const Json &doc, bool expandProvisioningState)
{
    Json out = {{"id", doc.value("id", std::string())},
                {"name", doc.value("name", std::string())},
                {"type", doc.value("type", std::string())},
                {"location", doc.value("location", std::string())},
                {"tags", doc.value("tags", Json::object())}};
    for (const char *optional : {"sku", "kind", "identity"}) {
        if (doc.contains(optional))
            out[optional] = doc[optional];
    }
    if (expandProvisioningState && doc.contains("properties"))
        out["provisioningState"] = doc["properties"].value("provisioningState", std::string("Succeeded"));
    return out;
}

// One "<field> eq '<value>'" clause of az's and the SDKs' $filter, joined by " and ".
struct FilterClause {
    QString field;
    QString value;
};

std::optional<QList<FilterClause>> parseFilter(const QString &filter)
{
    QList<FilterClause> clauses;
    if (filter.trimmed().isEmpty())
        return clauses;
    static const QRegularExpression clause(QStringLiteral("^\\s*(\\w+)\\s+eq\\s+'([^']*)'\\s*$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression andWord(QStringLiteral("\\s+and\\s+"), QRegularExpression::CaseInsensitiveOption);
    for (const QString &part : filter.split(andWord)) {
        const QRegularExpressionMatch m = clause.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        clauses.append({m.captured(1), m.captured(2)});
    }
    return clauses;
}

bool matches(const Json &resource, const QList<FilterClause> &clauses)
{
    for (const FilterClause &c : clauses) {
        QString actual;
        if (eq(c.field, "resourceGroup"))
            actual = resourceGroupOf(resource.value("id", std::string()));
        else if (eq(c.field, "resourceType"))
            actual = jsonfields::string(resource, "type", Keys::AnyCase);
        else if (eq(c.field, "name") || eq(c.field, "location"))
            actual = jsonfields::string(resource, c.field.toLower().toUtf8().constData(), Keys::AnyCase);
        else if (eq(c.field, "tagName"))
            actual = resource.value("tags", Json::object()).contains(s(c.value)) ? c.value : QString();
        else if (eq(c.field, "tagValue"))
            continue; // only meaningful with tagName, which already decided
        if (actual.compare(c.value, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

HttpReply listResources(SandboxService &svc, const HttpCall &call, const QString &sub, const QString &rg)
{
    const std::optional<QList<FilterClause>> clauses = parseFilter(call.queryValue(QStringLiteral("$filter")));
    if (!clauses)
        return HttpReply::armError(400, QStringLiteral("InvalidFilterInQueryString"),
                                   QStringLiteral("Invalid $filter '%1' specified in the query string.")
                                       .arg(call.queryValue(QStringLiteral("$filter"))));
    const bool expand = call.queryValue(QStringLiteral("$expand")).contains(QLatin1String("provisioningState"), Qt::CaseInsensitive);
    const QString prefix = (rg.isEmpty() ? QStringLiteral("/subscriptions/%1/").arg(sub)
                                         : QStringLiteral("/subscriptions/%1/resourcegroups/%2/").arg(sub, rg)).toLower();
    Json list = Json::array();
    for (const char *collection : {"workspaces", "clusters"}) {
        for (auto it = svc.state.root[collection].begin(); it != svc.state.root[collection].end(); ++it) {
            if (!q(it.key()).startsWith(prefix))
                continue;
            const bool cluster = std::string_view(collection) == "clusters";
            Json resource = genericResource(cluster ? clusterDocument(it.value()) : it.value(), expand);
            if (matches(resource, *clauses))
                list.push_back(std::move(resource));
        }
    }
    return HttpReply::json(200, {{"value", list}});
}

// The resource types the sandbox serves, per namespace, with the api-versions it accepts.
Json providerJson(const QString &sub, const QString &ns)
{
    // Provider documents name regions by display name; these are the regions the sandbox knows
    // (VmCatalog's isKnownLocation).
    const Json locations = Json::array({"West Europe", "North Europe", "East US", "East US 2", "West US 2",
                                        "Central US", "UK South", "Southeast Asia"});
    auto type = [&](const char *name, Json versions) {
        return Json{{"resourceType", name}, {"locations", locations}, {"apiVersions", std::move(versions)},
                    {"capabilities", "None"}};
    };
    Json types = Json::array();
    QString canonical = ns;
    if (eq(ns, "Microsoft.MachineLearningServices")) {
        canonical = QStringLiteral("Microsoft.MachineLearningServices");
        const Json versions = Json::array({"2022-10-01", "2021-04-01"});
        for (const char *t : {"workspaces", "workspaces/computes", "locations/vmSizes",
                              "locations/computeOperationsStatus", "locations/computeOperationsResults"})
            types.push_back(type(t, versions));
    } else if (eq(ns, "Microsoft.ContainerService")) {
        canonical = QStringLiteral("Microsoft.ContainerService");
        const Json versions = Json::array({"2022-11-01", "2022-09-01", "2022-06-01", "2021-05-01"});
        for (const char *t : {"managedClusters", "locations/orchestrators"})
            types.push_back(type(t, versions));
    } else {
        return Json();
    }
    return {{"id", s(QStringLiteral("/subscriptions/%1/providers/%2").arg(sub, canonical))},
            {"namespace", s(canonical)},
            {"registrationState", "Registered"},
            {"registrationPolicy", "RegistrationRequired"},
            {"resourceTypes", types}};
}

} // namespace

std::optional<HttpReply> handleResourceManager(SandboxService &svc, const HttpCall &call, const QStringList &seg)
{
    const int n = int(seg.size());
    const QString sub = seg[1];
    const bool get = call.method == "GET";
    if (n == 3 && eq(seg[2], "resourceGroups")) {
        if (!get)
            return methodNotAllowed(call);
        Json list = Json::array();
        for (const Json &rg : svc.state.subscription(sub)->value("resourceGroups", Json::array()))
            list.push_back(resourceGroupJson(svc, sub, q(rg.get<std::string>())));
        return HttpReply::json(200, {{"value", list}});
    }
    if ((n == 4 || n == 5) && eq(seg[2], "resourceGroups") && (n == 4 || eq(seg[4], "resources"))) {
        if (!get)
            return std::nullopt; // PUT/DELETE of groups: not served
        if (!svc.state.hasResourceGroup(sub, seg[3]))
            return notFound(QStringLiteral("ResourceGroupNotFound"),
                            QStringLiteral("Resource group '%1' could not be found.").arg(seg[3]));
        if (n == 5)
            return listResources(svc, call, sub, seg[3]);
        // The stored spelling of the group's name, as ARM answers it.
        for (const Json &rg : svc.state.subscription(sub)->value("resourceGroups", Json::array())) {
            if (q(rg.get<std::string>()).compare(seg[3], Qt::CaseInsensitive) == 0)
                return HttpReply::json(200, resourceGroupJson(svc, sub, q(rg.get<std::string>())));
        }
    }
    if (n == 3 && eq(seg[2], "resources"))
        return get ? listResources(svc, call, sub, {}) : methodNotAllowed(call);
    if (n == 3 && eq(seg[2], "providers")) {
        if (!get)
            return methodNotAllowed(call);
        Json list = Json::array();
        for (const char *ns : {"Microsoft.ContainerService", "Microsoft.MachineLearningServices"})
            list.push_back(providerJson(sub, QLatin1String(ns)));
        return HttpReply::json(200, {{"value", list}});
    }
    if (n == 4 && eq(seg[2], "providers")) {
        if (!get)
            return methodNotAllowed(call);
        const Json provider = providerJson(sub, seg[3]);
        if (provider.is_null())
            return notFound(QStringLiteral("InvalidResourceNamespace"),
                            QStringLiteral("The resource namespace '%1' is invalid.").arg(seg[3]));
        return HttpReply::json(200, provider);
    }
    return std::nullopt;
}

HttpReply handleTenants(SandboxService &svc, const HttpCall &call, const QStringList &seg)
{
    if (auto denied = checkArmToken(svc, call))
        return *denied;
    if (call.queryValue(QStringLiteral("api-version")).isEmpty())
        return HttpReply::armError(400, QStringLiteral("MissingApiVersionParameter"),
                                   QStringLiteral("The api-version query parameter (?api-version=) is required for all requests."));
    if (seg.size() != 1)
        return notFound(QStringLiteral("NotFound"), QStringLiteral("No HTTP resource was found that matches the request URI."));
    if (call.method != "GET")
        return methodNotAllowed(call);
    // The one directory behind every sandbox subscription (what `az login` without --tenant lists).
    const Json tenant = {{"id", std::string("/tenants/") + kTenantId},
                         {"tenantId", kTenantId},
                         {"tenantCategory", "Home"},
                         {"displayName", "Clusterwright Sandbox"},
                         {"defaultDomain", "sandbox.onmicrosoft.com"},
                         {"domains", Json::array({"sandbox.onmicrosoft.com"})},
                         {"tenantType", "AAD"}};
    return HttpReply::json(200, {{"value", Json::array({tenant})}});
}

HttpReply handleMetadata(SandboxService &svc, const HttpCall &call, const QStringList &seg)
{
    if (seg.size() != 2 || seg[1].compare(QLatin1String("endpoints"), Qt::CaseInsensitive) != 0)
        return notFound(QStringLiteral("NotFound"), QStringLiteral("No HTTP resource was found that matches the request URI."));
    if (call.method != "GET")
        return methodNotAllowed(call);
    // The login endpoint is an ADFS-style authority: stock MSAL then reads its
    // openid-configuration directly instead of validating an unknown host with
    // login.microsoftonline.com's instance discovery (what az does for Azure Stack Hub).
    const QString base = svc.baseUrl();
    const QString arm = base + QLatin1Char('/');
    const QString login = base + QStringLiteral("/adfs");
    const Json audiences = Json::array({s(arm)});
    const QString version = call.queryValue(QStringLiteral("api-version"));
    // 2015-01-01 (what msrestazure asks for `az cloud register`) answers one object;
    // 2019-05-01 and later a list of clouds.
    if (version.isEmpty() || version < QLatin1String("2019-05-01"))
        return HttpReply::json(200, {{"galleryEndpoint", s(arm)},
                                     {"graphEndpoint", s(arm)},
                                     {"portalEndpoint", s(arm)},
                                     {"authentication", {{"loginEndpoint", s(login)}, {"audiences", audiences}}}});
    return HttpReply::json(200, Json::array({{{"name", "ClusterwrightSandbox"},
                                             {"resourceManager", s(arm)},
                                             {"portal", s(arm)},
                                             {"gallery", s(arm)},
                                             {"graph", s(arm)},
                                             {"authentication", {{"loginEndpoint", s(login)},
                                                                 {"audiences", audiences},
                                                                 {"tenant", "adfs"},
                                                                 {"identityProvider", "ADFS"}}},
                                             {"suffixes", Json::object()}}}));
}

} // namespace cw::sandbox
