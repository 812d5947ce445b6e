#include "azure/Workspace.h"

#include "common/JsonFields.h"
#include "azure/ResourceId.h"

#include <QCoreApplication>

namespace cw::azure {

ParseResult<Workspace> Workspace::fromJson(const nlohmann::json &json)
{
    if (!json.is_object())
        return ParseResult<Workspace>::failure(
            QCoreApplication::translate("cw::azure", "A workspace entry is not a JSON object."));
    ParseResult<Workspace> r;
    const jsonfields::FieldReader f(json, {}, &r.warnings);
    Workspace w;
    w.id = f.string("id").value_or(QString());
    w.name = f.string("name").value_or(QString());
    w.location = f.string("location").value_or(QString());
    if (const auto *props = f.object("properties")) {
        const jsonfields::FieldReader p(*props, QStringLiteral("properties"), &r.warnings);
        w.friendlyName = p.string("friendlyName").value_or(QString());
        w.description = p.string("description").value_or(QString());
        w.provisioningState = p.string("provisioningState").value_or(QString());
        w.workspaceId = p.string("workspaceId").value_or(QString());
    }
    if (const auto rid = ResourceId::parse(w.id)) {
        w.subscriptionId = rid->subscriptionId;
        w.resourceGroup = rid->resourceGroup;
        if (w.name.isEmpty())
            w.name = rid->name();
    }
    w.raw = json;
    if (w.name.isEmpty())
        return ParseResult<Workspace>::failure(
            QCoreApplication::translate("cw::azure", "A workspace entry has neither a name nor an id."));
    r.value = std::move(w);
    return r;
}

} // namespace cw::azure
