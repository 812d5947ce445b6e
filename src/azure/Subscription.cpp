#include "azure/Subscription.h"

#include "common/JsonFields.h"

#include <QCoreApplication>

namespace cw::azure {

bool Subscription::isEnabled() const
{
    return state.compare(QLatin1String("Enabled"), Qt::CaseInsensitive) == 0;
}

ParseResult<Subscription> Subscription::fromJson(const nlohmann::json &json)
{
    if (!json.is_object())
        return ParseResult<Subscription>::failure(
            QCoreApplication::translate("cw::azure", "A subscription entry is not a JSON object."));
    ParseResult<Subscription> r;
    const jsonfields::FieldReader f(json, {}, &r.warnings);
    Subscription s;
    s.id = f.string("id").value_or(QString());
    s.subscriptionId = f.string("subscriptionId").value_or(QString());
    s.displayName = f.string("displayName").value_or(QString());
    s.state = f.string("state").value_or(QString());
    s.tenantId = f.string("tenantId").value_or(QString());
    s.raw = json;
    if (s.subscriptionId.isEmpty())
        return ParseResult<Subscription>::failure(
            QCoreApplication::translate("cw::azure", "A subscription entry has no subscriptionId."));
    if (s.displayName.isEmpty())
        s.displayName = s.subscriptionId;
    r.value = std::move(s);
    return r;
}

} // namespace cw::azure
