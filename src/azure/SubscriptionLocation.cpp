#include "azure/SubscriptionLocation.h"

#include "common/JsonFields.h"

#include <QCoreApplication>

namespace cw::azure {

ParseResult<SubscriptionLocation> SubscriptionLocation::fromJson(const nlohmann::json &json)
{
    if (!json.is_object())
        return ParseResult<SubscriptionLocation>::failure(
            QCoreApplication::translate("cw::azure", "A location entry is not a JSON object."));
    ParseResult<SubscriptionLocation> r;
    const jsonfields::FieldReader f(json, {}, &r.warnings);
    SubscriptionLocation l;
    l.id = f.string("id").value_or(QString());
    l.name = f.string("name").value_or(QString());
    l.type = f.string("type").value_or(QString());
    l.displayName = f.string("displayName").value_or(QString());
    l.regionalDisplayName = f.string("regionalDisplayName").value_or(QString());
    if (const auto *metadata = f.object("metadata")) {
        const jsonfields::FieldReader m(*metadata, QStringLiteral("metadata"), &r.warnings);
        l.regionType = m.string("regionType").value_or(QString());
        l.geographyGroup = m.string("geographyGroup").value_or(QString());
    }
    l.raw = json;
    if (l.name.isEmpty())
        return ParseResult<SubscriptionLocation>::failure(
            QCoreApplication::translate("cw::azure", "A location entry has no name."));
    if (l.displayName.isEmpty())
        l.displayName = l.name;
    r.value = std::move(l);
    return r;
}

} // namespace cw::azure
