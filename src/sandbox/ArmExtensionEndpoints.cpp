// Microsoft.KubernetesConfiguration extensions of a managed cluster
// ({clusterId}/providers/Microsoft.KubernetesConfiguration/extensions[/{name}]): list, get, PUT
// (201 new / 200 existing), PATCH (202), DELETE (202 / 204 when absent), each write long-running
// with Azure-AsyncOperation ({extensionId}/operations/{id}), and the completion of those
// operations. api-versions 2022-11-01 and 2022-03-01, as the 2022-11-01 spec examples answer.
#include "sandbox/ArmEndpoints.h"
#include "sandbox/ClusterExtensions.h"
#include "sandbox/ExtensionLifecycle.h"

#include <QDateTime>
#include <cmath>

namespace cw::sandbox {

namespace {

using ExtensionRouteKind = OperationEngine::Kind;

const QStringList kExtensionApiVersions = {QStringLiteral("2022-11-01"), QStringLiteral("2022-03-01")};

QString nowIso()
{
    return isoUtc(QDateTime::currentMSecsSinceEpoch());
}

std::optional<HttpReply> checkExtensionApiVersion(const HttpCall &call)
{
    const QString version = call.queryValue(QStringLiteral("api-version"));
    if (kExtensionApiVersions.contains(version))
        return std::nullopt;
    return HttpReply::armError(400, QStringLiteral("InvalidApiVersionParameter"),
                               QStringLiteral("The api-version '%1' is invalid. The supported versions are '%2'.")
                                   .arg(version, kExtensionApiVersions.join(QLatin1Char(','))));
}

std::string pendingKey(const std::string &extKey)
{
    return "extension|" + extKey;
}

HttpReply notFoundExtension(const QString &name, const Json &cluster)
{
    return notFound(QStringLiteral("ResourceNotFound"),
                    QStringLiteral("The Resource 'Microsoft.KubernetesConfiguration/extensions/%1' under cluster '%2' was not found.")
                        .arg(name, q(cluster.value("name", std::string()))));
}

HttpReply badRequest(const QString &message, const QString &target = {})
{
    return HttpReply::armError(400, QStringLiteral("InvalidRequestContent"), message, target);
}

// A string map member (configurationSettings / configurationProtectedSettings): null members are
// dropped (a PATCH's way to remove a key); any other non-string value is refused.
std::optional<HttpReply> readStringMap(const Json &props, const char *member, Json *out)
{
    auto it = props.find(member);
    if (it == props.end() || it->is_null()) {
        *out = Json::object();
        return std::nullopt;
    }
    if (!it->is_object())
        return badRequest(QStringLiteral("'%1' must be an object of strings.").arg(QLatin1String(member)), QLatin1String(member));
    Json map = Json::object();
    for (auto m = it->begin(); m != it->end(); ++m) {
        if (m->is_null())
            continue;
        if (!m->is_string())
            return badRequest(QStringLiteral("The value of '%1' in '%2' must be a string.").arg(q(m.key()), QLatin1String(member)),
                              QLatin1String(member));
        map[m.key()] = *m;
    }
    *out = map;
    return std::nullopt;
}

HttpReply accepted(SandboxService &svc, const HttpCall &call, const QString &extId, const QString &opId, int status,
                   const Json &body)
{
    const QString apiVersion = call.queryValue(QStringLiteral("api-version"));
    HttpReply reply = body.is_null() ? HttpReply::empty(status) : HttpReply::json(status, body);
    const QString base = svc.baseUrl() + extId;
    reply.withHeader("Azure-AsyncOperation", QStringLiteral("%1/operations/%2?api-version=%3").arg(base, opId, apiVersion).toUtf8());
    if (call.method == "DELETE")
        reply.withHeader("Location", QStringLiteral("%1/operationResults/%2?api-version=%3").arg(base, opId, apiVersion).toUtf8());
    const Json &op = svc.state.root["operations"][s(opId)];
    const qint64 duration = op["_"].value("dueMs", qint64(0)) - op["_"].value("startMs", qint64(0));
    reply.withHeader("Retry-After", QByteArray::number(std::llround(double(duration) / 1000.0)));
    return reply;
}

QString startOperation(SandboxService &svc, ExtensionRouteKind kind, const QString &extId)
{
    const std::string key = SandboxState::key(extId);
    Json errors = Json::array();
    if (std::optional<Json> scripted = svc.operations.takeFailNext(extId))
        errors = *scripted;
    return svc.operations.start(kind, {{"extensionKey", key}, {"computeKey", pendingKey(key)}, {"errors", errors}});
}

HttpReply listExtensions(SandboxService &svc, const QString &clusterId)
{
    Json value = Json::array();
    for (const Json *doc : extensionsOfCluster(svc.state, clusterId))
        value.push_back(*doc);
    return HttpReply::json(200, {{"value", value}, {"nextLink", nullptr}});
}

HttpReply putExtension(SandboxService &svc, const HttpCall &call, const QString &clusterId, const QString &name)
{
    const std::optional<Json> body = parseJson(call.body);
    if (!body || !body->is_object() || !body->value("properties", Json()).is_object())
        return badRequest(QStringLiteral("The request content must be an extension with 'properties'."));
    const Json &props = (*body)["properties"];
    const QString extId = extensionId(clusterId, name);
    const std::string key = SandboxState::key(extId);
    if (svc.operations.hasPendingFor(pendingKey(key)))
        return HttpReply::armError(409, QStringLiteral("Conflict"),
                                   QStringLiteral("An operation is already in progress on extension '%1'. Wait for it to finish.").arg(name));
    ExtensionRequest r;
    r.name = name;
    r.extensionType = q(props.value("extensionType", std::string()));
    Json protectedSettings;
    if (auto bad = readStringMap(props, "configurationSettings", &r.settings))
        return *bad;
    if (auto bad = readStringMap(props, "configurationProtectedSettings", &protectedSettings))
        return *bad;
    r.autoUpgradeMinorVersion = props.value("autoUpgradeMinorVersion", true);
    r.releaseTrain = q(props.value("releaseTrain", std::string("Stable")));
    const Json version = props.value("version", Json());
    r.version = version.is_string() ? q(version.get<std::string>()) : QString();
    const Json scope = props.value("scope", Json::object());
    if (scope.contains("namespace"))
        return badRequest(QStringLiteral("The extension type '%1' supports the cluster scope only.").arg(r.extensionType),
                          QStringLiteral("scope"));
    r.releaseNamespace = q(scope.value("cluster", Json::object()).value("releaseNamespace", std::string()));

    Json &all = svc.state.root["extensions"];
    if (!all.is_object())
        all = Json::object();
    auto existing = all.find(key);
    const bool isNew = existing == all.end();
    if (!isNew) {
        const QString current = q((*existing)["properties"].value("extensionType", std::string()));
        if (!r.extensionType.isEmpty() && r.extensionType.compare(current, Qt::CaseInsensitive) != 0)
            return badRequest(QStringLiteral("The extension type of '%1' cannot be changed (it is '%2').").arg(name, current),
                              QStringLiteral("extensionType"));
        r.extensionType = current;
    } else if (r.extensionType.isEmpty()) {
        return badRequest(QStringLiteral("'extensionType' is required."), QStringLiteral("extensionType"));
    }
    const QString now = nowIso();
    Json doc = makeExtensionDocument(clusterId, r, now);
    if (!isNew) {
        // A PUT over an existing extension is an update: its creation and install stay.
        doc["systemData"]["createdAt"] = (*existing)["systemData"].value("createdAt", s(now));
        doc["properties"]["installedVersion"] = (*existing)["properties"].value("installedVersion", Json());
        doc["properties"]["provisioningState"] = "Updating";
    }
    all[key] = doc;
    svc.state.root["extensionSecrets"][key] = protectedSettings;
    const QString opId = startOperation(svc, isNew ? ExtensionRouteKind::Create : ExtensionRouteKind::Update, extId);
    svc.state.markDirty();
    return accepted(svc, call, extId, opId, isNew ? 201 : 200, doc);
}

HttpReply patchExtension(SandboxService &svc, const HttpCall &call, const QString &clusterId, const QString &name,
                         const Json &cluster)
{
    const QString extId = extensionId(clusterId, name);
    const std::string key = SandboxState::key(extId);
    Json &all = svc.state.root["extensions"];
    auto existing = all.is_object() ? all.find(key) : all.end();
    if (!all.is_object() || existing == all.end())
        return notFoundExtension(name, cluster);
    const std::optional<Json> body = parseJson(call.body);
    if (!body || !body->is_object() || !body->value("properties", Json::object()).is_object())
        return badRequest(QStringLiteral("The request content must be an extension patch with 'properties'."));
    if (svc.operations.hasPendingFor(pendingKey(key)))
        return HttpReply::armError(409, QStringLiteral("Conflict"),
                                   QStringLiteral("An operation is already in progress on extension '%1'. Wait for it to finish.").arg(name));
    const Json patch = body->value("properties", Json::object());
    Json &props = (*existing)["properties"];
    // configurationSettings merge key by key (null removes one); the protected settings are
    // replaced as a whole when given (they cannot be read back, so they cannot be merged).
    if (patch.contains("configurationSettings") && !patch["configurationSettings"].is_null()) {
        if (!patch["configurationSettings"].is_object())
            return badRequest(QStringLiteral("'configurationSettings' must be an object of strings."), QStringLiteral("configurationSettings"));
        for (auto m = patch["configurationSettings"].begin(); m != patch["configurationSettings"].end(); ++m) {
            if (!m->is_null() && !m->is_string())
                return badRequest(QStringLiteral("The value of '%1' in 'configurationSettings' must be a string.").arg(q(m.key())),
                                  QStringLiteral("configurationSettings"));
        }
        for (auto m = patch["configurationSettings"].begin(); m != patch["configurationSettings"].end(); ++m) {
            if (m->is_null())
                props["configurationSettings"].erase(m.key());
            else
                props["configurationSettings"][m.key()] = *m;
        }
    }
    if (patch.contains("configurationProtectedSettings")) {
        Json protectedSettings;
        if (auto bad = readStringMap(patch, "configurationProtectedSettings", &protectedSettings))
            return *bad;
        svc.state.root["extensionSecrets"][key] = protectedSettings;
    }
    if (patch.contains("autoUpgradeMinorVersion") && patch["autoUpgradeMinorVersion"].is_boolean())
        props["autoUpgradeMinorVersion"] = patch["autoUpgradeMinorVersion"];
    if (patch.contains("releaseTrain") && patch["releaseTrain"].is_string())
        props["releaseTrain"] = patch["releaseTrain"];
    if (patch.contains("version"))
        props["version"] = patch["version"].is_string() ? patch["version"] : Json();
    props["provisioningState"] = "Updating";
    (*existing)["systemData"]["lastModifiedAt"] = s(nowIso());
    const QString opId = startOperation(svc, ExtensionRouteKind::Update, extId);
    svc.state.markDirty();
    return accepted(svc, call, extId, opId, 202, *existing);
}

HttpReply deleteExtension(SandboxService &svc, const HttpCall &call, const QString &clusterId, const QString &name)
{
    const QString extId = extensionId(clusterId, name);
    const std::string key = SandboxState::key(extId);
    Json &all = svc.state.root["extensions"];
    if (!all.is_object() || !all.contains(key))
        return HttpReply::empty(204);
    if (svc.operations.hasPendingFor(pendingKey(key)))
        return HttpReply::armError(409, QStringLiteral("Conflict"),
                                   QStringLiteral("An operation is already in progress on extension '%1'. Wait for it to finish.").arg(name));
    all[key]["properties"]["provisioningState"] = "Deleting";
    const QString opId = startOperation(svc, ExtensionRouteKind::Delete, extId);
    svc.state.markDirty();
    return accepted(svc, call, extId, opId, 202, Json());
}

// The operation status document with the id the spec's example gives it (the operation's path).
HttpReply operationStatus(SandboxService &svc, const QString &extId, const QString &opId)
{
    HttpReply reply = svc.operations.statusReply(opId);
    if (reply.status != 200)
        return reply;
    std::optional<Json> doc = parseJson(reply.body);
    if (!doc)
        return reply;
    (*doc)["id"] = s(extId + QStringLiteral("/operations/") + opId);
    HttpReply out = HttpReply::json(200, *doc);
    for (const auto &[name, value] : reply.headers)
        if (name.compare("Content-Type", Qt::CaseInsensitive) != 0)
            out.withHeader(name, value);
    return out;
}

} // namespace

void completeExtensionOperation(SandboxService &svc, Json &op)
{
    Json &b = op["_"];
    const std::string key = b.value("extensionKey", std::string());
    const std::string kind = b.value("kind", std::string());
    Json &root = svc.state.root;
    if (!root["extensions"].is_object() || !root["extensions"].contains(key)) {
        op["status"] = "Canceled";
        op["error"] = {{"code", "Canceled"}, {"message", "The extension no longer exists."}};
        return;
    }
    const Json scripted = b.value("errors", Json::array());
    if (!scripted.empty()) {
        root["extensions"][key]["properties"]["provisioningState"] = "Failed";
        op["status"] = "Failed";
        op["error"] = scripted[0].value("error", scripted[0]);
        return;
    }
    if (kind == "delete") {
        removeExtension(root, key);
        return;
    }
    const Json failed = completeExtensionInstall(root, key, nowIso());
    if (failed.empty())
        return;
    QStringList reasons;
    for (const Json &st : failed)
        reasons << q(st.value("code", std::string())) + QStringLiteral(": ") + q(st.value("message", std::string()));
    op["status"] = "Failed";
    op["error"] = {{"code", "ExtensionOperationFailed"},
                   {"message", s(QStringLiteral("The Azure ML extension's health check failed. %1").arg(reasons.join(QLatin1Char(' '))))}};
}

HttpReply handleClusterExtensions(SandboxService &svc, const HttpCall &call, const Json &cluster, const QStringList &rest)
{
    if (auto bad = checkExtensionApiVersion(call))
        return *bad;
    if (rest.isEmpty() || !eq(rest[0], "extensions"))
        return HttpReply::armError(404, QStringLiteral("InvalidResourceType"),
                                   QStringLiteral("The resource type could not be found in the namespace 'Microsoft.KubernetesConfiguration'."));
    const QString clusterId = q(cluster.value("id", std::string()));
    if (rest.size() == 1)
        return call.method == "GET" ? listExtensions(svc, clusterId) : methodNotAllowed(call);
    const QString name = rest[1];
    const QString extId = extensionId(clusterId, name);
    if (rest.size() == 4 && eq(rest[2], "operations"))
        return call.method == "GET" ? operationStatus(svc, extId, rest[3]) : methodNotAllowed(call);
    if (rest.size() == 4 && eq(rest[2], "operationResults"))
        return call.method == "GET" ? svc.operations.resultReply(rest[3]) : methodNotAllowed(call);
    if (rest.size() != 2)
        return HttpReply::armError(404, QStringLiteral("InvalidResourceType"),
                                   QStringLiteral("The resource type could not be found in the namespace 'Microsoft.KubernetesConfiguration'."));
    if (call.method == "PUT")
        return putExtension(svc, call, clusterId, name);
    if (call.method == "PATCH")
        return patchExtension(svc, call, clusterId, name, cluster);
    if (call.method == "DELETE")
        return deleteExtension(svc, call, clusterId, name);
    if (call.method != "GET")
        return methodNotAllowed(call);
    const Json *doc = storedExtension(svc.state, extId);
    return doc ? HttpReply::json(200, *doc) : notFoundExtension(name, cluster);
}

} // namespace cw::sandbox
