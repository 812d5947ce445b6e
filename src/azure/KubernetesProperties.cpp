#include "azure/KubernetesProperties.h"

#include "common/JsonFields.h"

#include <QCoreApplication>

namespace cw::azure {

using jsonfields::FieldReader;
using Json = nlohmann::json;

namespace {

// A map of strings (a nodeSelector, requests, limits); null members and members of another type
// are left out (the latter with a warning).
QMap<QString, QString> readStringMap(const Json *object, const QString &path, QStringList *warnings)
{
    QMap<QString, QString> out;
    if (!object)
        return out;
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (it->is_string())
            out.insert(jsonfields::toQString(it.key()), jsonfields::toQString(it->get<std::string>()));
        else if (!it->is_null() && warnings)
            warnings->append(path + QLatin1Char('.') + jsonfields::toQString(it.key()) + QLatin1String(": expected a string"));
    }
    return out;
}

Json stringMapJson(const QMap<QString, QString> &map)
{
    Json out = Json::object();
    for (auto it = map.begin(); it != map.end(); ++it)
        out[jsonfields::toStd(it.key())] = jsonfields::toStd(it.value());
    return out;
}

// `map` over the object it was read from: strings it no longer holds go, nulls and members of
// other types stay (so an unchanged type is written back as it was read).
Json overlayMap(const Json &base, const QMap<QString, QString> &map)
{
    Json out = base.is_object() ? base : Json::object();
    for (auto it = out.begin(); it != out.end();) {
        if (it->is_string() && !map.contains(jsonfields::toQString(it.key())))
            it = out.erase(it);
        else
            ++it;
    }
    for (auto it = map.begin(); it != map.end(); ++it)
        out[jsonfields::toStd(it.key())] = jsonfields::toStd(it.value());
    return out;
}

Json overlayInstanceType(const Json &base, const InstanceType &t)
{
    if (!base.is_object())
        return instanceTypeJson(t);
    Json out = base;
    QMap<QString, QString> selector;
    for (const auto &[label, value] : t.nodeSelector)
        selector.insert(label, value);
    if (!selector.isEmpty() || (out.contains("nodeSelector") && out["nodeSelector"].is_object()))
        out["nodeSelector"] = overlayMap(out.value("nodeSelector", Json::object()), selector);
    Json resources = out.contains("resources") && out["resources"].is_object() ? out["resources"] : Json::object();
    resources["requests"] = overlayMap(resources.value("requests", Json::object()), t.requests);
    resources["limits"] = overlayMap(resources.value("limits", Json::object()), t.limits);
    out["resources"] = resources;
    return out;
}

} // namespace

QString defaultMarked(const QString &instanceType)
{
    return QCoreApplication::translate("cw::azure", "%1 (default)").arg(instanceType);
}

const InstanceType *KubernetesProperties::instanceType(const QString &name) const
{
    for (const InstanceType &t : instanceTypes)
        if (t.name == name)
            return &t;
    return nullptr;
}

QString KubernetesProperties::instanceTypesText() const
{
    QStringList names;
    for (const InstanceType &t : instanceTypes)
        names.append(defaultInstanceType && t.name == *defaultInstanceType ? defaultMarked(t.name) : t.name);
    if (names.isEmpty() && defaultInstanceType)
        names.append(defaultMarked(*defaultInstanceType));
    return names.join(QStringLiteral(", "));
}

KubernetesProperties KubernetesProperties::fromJson(const Json &json, const QString &path, QStringList *warnings)
{
    KubernetesProperties k;
    const FieldReader f(json, path, warnings);
    k.kubernetesNamespace = f.string("namespace");
    k.defaultInstanceType = f.string("defaultInstanceType");
    k.extensionInstanceReleaseTrain = f.string("extensionInstanceReleaseTrain");
    k.extensionPrincipalId = f.string("extensionPrincipalId");
    k.vcName = f.string("vcName");
    k.relayConnectionString = f.string("relayConnectionString");
    k.serviceBusConnectionString = f.string("serviceBusConnectionString");
    if (const Json *types = f.object("instanceTypes")) {
        const QString typesPath = f.pathOf("instanceTypes");
        for (auto it = types->begin(); it != types->end(); ++it) {
            const QString name = jsonfields::toQString(it.key());
            const QString itemPath = typesPath + QLatin1Char('.') + name;
            if (!it->is_object()) {
                if (warnings)
                    warnings->append(itemPath + QLatin1String(": expected an object"));
                continue;
            }
            InstanceType t;
            t.name = name;
            const FieldReader tf(*it, itemPath, warnings);
            const QMap<QString, QString> selector = readStringMap(tf.object("nodeSelector"), tf.pathOf("nodeSelector"), warnings);
            for (auto s = selector.begin(); s != selector.end(); ++s)
                t.nodeSelector.append({s.key(), s.value()});
            if (const Json *resources = tf.object("resources")) {
                const FieldReader rf(*resources, tf.pathOf("resources"), warnings);
                t.requests = readStringMap(rf.object("requests"), rf.pathOf("requests"), warnings);
                t.limits = readStringMap(rf.object("limits"), rf.pathOf("limits"), warnings);
            }
            k.instanceTypes.append(t);
        }
    }
    k.raw = json;
    return k;
}

Json instanceTypeJson(const InstanceType &t)
{
    Json selector = Json::object();
    for (const auto &[label, value] : t.nodeSelector)
        selector[jsonfields::toStd(label)] = jsonfields::toStd(value);
    return {{"nodeSelector", selector.empty() ? Json(nullptr) : selector},
            {"resources", {{"requests", stringMapJson(t.requests)}, {"limits", stringMapJson(t.limits)}}}};
}

Json KubernetesProperties::toJson() const
{
    Json out = raw.is_object() ? raw : Json::object();
    jsonfields::putString(out, "namespace", kubernetesNamespace);
    jsonfields::putString(out, "defaultInstanceType", defaultInstanceType);
    for (const auto &[key, value] : {std::pair{"extensionInstanceReleaseTrain", &extensionInstanceReleaseTrain},
                                     {"extensionPrincipalId", &extensionPrincipalId}, {"vcName", &vcName},
                                     {"relayConnectionString", &relayConnectionString},
                                     {"serviceBusConnectionString", &serviceBusConnectionString}})
        jsonfields::putString(out, key, *value);
    if (instanceTypes.isEmpty()) {
        jsonfields::putObject(out, "instanceTypes", std::nullopt);
    } else {
        const Json *before = jsonfields::find(out, "instanceTypes");
        Json types = Json::object();
        for (const InstanceType &t : instanceTypes) {
            const std::string key = jsonfields::toStd(t.name);
            types[key] = overlayInstanceType(before && before->is_object() ? before->value(key, Json()) : Json(), t);
        }
        jsonfields::putObject(out, "instanceTypes", types);
    }
    return out;
}

ComputeIdentity ComputeIdentity::fromJson(const Json &json, const QString &path, QStringList *warnings)
{
    ComputeIdentity id;
    const FieldReader f(json, path, warnings);
    id.type = f.string("type");
    id.principalId = f.string("principalId");
    id.tenantId = f.string("tenantId");
    if (const Json *users = f.object("userAssignedIdentities"))
        for (auto it = users->begin(); it != users->end(); ++it)
            id.userAssignedIdentities.append(jsonfields::toQString(it.key()));
    id.raw = json;
    return id;
}

Json ComputeIdentity::toJson() const
{
    Json out = raw.is_object() ? raw : Json::object();
    jsonfields::putString(out, "type", type);
    jsonfields::putString(out, "principalId", principalId);
    jsonfields::putString(out, "tenantId", tenantId);
    if (!userAssignedIdentities.isEmpty()) {
        Json users = Json::object();
        for (const QString &u : userAssignedIdentities)
            users[jsonfields::toStd(u)] = out.contains("userAssignedIdentities") && out["userAssignedIdentities"].is_object()
                                                  && out["userAssignedIdentities"].contains(jsonfields::toStd(u))
                                              ? out["userAssignedIdentities"][jsonfields::toStd(u)]
                                              : Json::object();
        out["userAssignedIdentities"] = users;
    }
    return out;
}

} // namespace cw::azure
