#include "azure/ComputeResource.h"

#include "common/JsonFields.h"

#include <QCoreApplication>

namespace cw::azure {

using jsonfields::FieldReader;
using Json = nlohmann::json;

ProvisioningState provisioningStateFromString(const QString &text)
{
    static const struct {
        const char *name;
        ProvisioningState state;
    } kStates[] = {
        {"Updating", ProvisioningState::Updating},   {"Creating", ProvisioningState::Creating},
        {"Deleting", ProvisioningState::Deleting},   {"Succeeded", ProvisioningState::Succeeded},
        {"Failed", ProvisioningState::Failed},       {"Canceled", ProvisioningState::Canceled},
        {"Cancelled", ProvisioningState::Canceled},
    };
    for (const auto &s : kStates) {
        if (text.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0)
            return s.state;
    }
    return ProvisioningState::Unknown;
}

bool isTerminal(ProvisioningState state)
{
    return state == ProvisioningState::Succeeded || state == ProvisioningState::Failed
        || state == ProvisioningState::Canceled;
}

bool isKubernetesComputeType(const std::optional<QString> &computeType)
{
    return computeType && computeType->compare(QLatin1String("Kubernetes"), Qt::CaseInsensitive) == 0;
}

bool ComputeResource::isAks() const
{
    return computeType && computeType->compare(QLatin1String("AKS"), Qt::CaseInsensitive) == 0;
}

bool ComputeResource::isKubernetes() const
{
    return isKubernetesComputeType(computeType);
}

ProvisioningState ComputeResource::state() const
{
    return provisioningStateFromString(provisioningState.value_or(QString()));
}

namespace {

QList<ProvisioningError> readProvisioningErrors(const Json &list, const QString &path, QStringList *warnings)
{
    QList<ProvisioningError> out;
    int i = 0;
    for (const Json &item : list) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i++);
        if (!item.is_object()) {
            if (warnings)
                warnings->append(itemPath + QLatin1String(": expected an object"));
            continue;
        }
        // Shape {"error":{"code","message"}}; a bare {"code","message"} is accepted too.
        const FieldReader outer(item, itemPath, warnings);
        const Json *inner = outer.object("error");
        const FieldReader f(inner ? *inner : item, inner ? itemPath + QLatin1String(".error") : itemPath, warnings);
        out.append({f.string("code").value_or(QString()), f.string("message").value_or(QString())});
    }
    return out;
}

} // namespace

ParseResult<ComputeResource> ComputeResource::fromJson(const Json &json)
{
    if (!json.is_object())
        return ParseResult<ComputeResource>::failure(
            QCoreApplication::translate("cw::azure", "The compute description is not a JSON object."));
    ParseResult<ComputeResource> r;
    ComputeResource c;
    const FieldReader f(json, {}, &r.warnings);
    c.id = f.string("id").value_or(QString());
    c.name = f.string("name").value_or(QString());
    c.type = f.string("type").value_or(QString());
    c.location = f.string("location");
    if (const Json *identity = f.object("identity"))
        c.identity = ComputeIdentity::fromJson(*identity, f.pathOf("identity"), &r.warnings);
    if (const Json *props = f.object("properties")) {
        const FieldReader p(*props, QStringLiteral("properties"), &r.warnings);
        c.computeType = p.string("computeType");
        c.computeLocation = p.string("computeLocation");
        c.resourceId = p.string("resourceId");
        c.description = p.string("description");
        c.provisioningState = p.string("provisioningState");
        if (const Json *errors = p.array("provisioningErrors"))
            c.provisioningErrors = readProvisioningErrors(*errors, p.pathOf("provisioningErrors"), &r.warnings);
        c.createdOn = p.string("createdOn");
        c.modifiedOn = p.string("modifiedOn");
        c.isAttachedCompute = p.boolean("isAttachedCompute");
        if (const Json *inner = p.object("properties")) {
            if (isKubernetesComputeType(c.computeType))
                c.kubernetes = KubernetesProperties::fromJson(*inner, p.pathOf("properties"), &r.warnings);
            else
                c.aks = AksProperties::fromJson(*inner, p.pathOf("properties"), &r.warnings);
        }
    }
    c.raw = json;
    r.value = std::move(c);
    return r;
}

ParseResult<ComputeResource> ComputeResource::fromBytes(const QByteArray &bytes)
{
    const jsonfields::ParsedDocument doc = jsonfields::parse(bytes);
    if (!doc.ok())
        return ParseResult<ComputeResource>::failure(doc.error);
    return fromJson(doc.json);
}

void ComputeResource::dropRawDocuments()
{
    raw = nlohmann::json::object();
    if (kubernetes)
        kubernetes->raw = nlohmann::json::object();
    if (identity)
        identity->raw = nlohmann::json::object();
    if (!aks)
        return;
    aks->raw = nlohmann::json::object();
    if (aks->sslConfiguration)
        aks->sslConfiguration->raw = nlohmann::json::object();
    if (aks->aksNetworkingConfiguration)
        aks->aksNetworkingConfiguration->raw = nlohmann::json::object();
}

Json ComputeResource::toJson() const
{
    Json out = raw.is_object() ? raw : Json::object();
    if (!id.isEmpty())
        jsonfields::putString(out, "id", id);
    if (!name.isEmpty())
        jsonfields::putString(out, "name", name);
    if (!type.isEmpty())
        jsonfields::putString(out, "type", type);
    jsonfields::putString(out, "location", location);
    jsonfields::putObject(out, "identity", identity ? std::optional<Json>(identity->toJson()) : std::nullopt);

    Json props = Json::object();
    if (const Json *existing = jsonfields::find(out, "properties", jsonfields::Keys::AnyCase); existing && existing->is_object())
        props = *existing;
    jsonfields::putString(props, "computeType", computeType);
    jsonfields::putString(props, "computeLocation", computeLocation);
    jsonfields::putString(props, "resourceId", resourceId);
    jsonfields::putString(props, "description", description);
    jsonfields::putString(props, "provisioningState", provisioningState);
    jsonfields::putString(props, "createdOn", createdOn);
    jsonfields::putString(props, "modifiedOn", modifiedOn);
    jsonfields::putBool(props, "isAttachedCompute", isAttachedCompute);
    jsonfields::putObject(props, "properties", aks          ? std::optional<Json>(aks->toJson())
                                               : kubernetes ? std::optional<Json>(kubernetes->toJson())
                                                            : std::nullopt);
    // provisioningErrors is read-only: whatever came in stays as it was.
    jsonfields::dropCaseVariants(out, "properties");
    out["properties"] = std::move(props);
    return out;
}

} // namespace cw::azure
