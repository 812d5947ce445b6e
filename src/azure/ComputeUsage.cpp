#include "azure/ComputeUsage.h"

#include "common/JsonFields.h"
#include "azure/ModelList.h"
#include "common/NumberCast.h"

#include <QCoreApplication>

namespace cw::azure {

using jsonfields::FieldReader;
using Json = nlohmann::json;

ParseResult<ComputeUsage> ComputeUsage::fromJson(const Json &json)
{
    if (!json.is_object())
        return ParseResult<ComputeUsage>::failure(
            QCoreApplication::translate("cw::azure", "A usage entry is not a JSON object."));
    ParseResult<ComputeUsage> r;
    const FieldReader f(json, {}, &r.warnings);
    ComputeUsage u;
    if (const Json *name = f.object("name")) {
        const FieldReader n(*name, QStringLiteral("name"), &r.warnings);
        u.name = n.string("value").value_or(QString());
        u.localizedName = n.string("localizedValue").value_or(QString());
    }
    // limit is an int64 in the specification; clamped, never cast, from whatever number came.
    u.currentValue = clampedIntegerFromDouble<qint64>(f.number("currentValue").value_or(0.0));
    u.limit = clampedIntegerFromDouble<qint64>(f.number("limit").value_or(0.0));
    u.unit = f.string("unit").value_or(QString());
    if (u.name.isEmpty())
        return ParseResult<ComputeUsage>::failure(QCoreApplication::translate("cw::azure", "A usage entry has no name."));
    r.value = std::move(u);
    return r;
}

ParseResult<QList<ComputeUsage>> parseComputeUsageList(const Json &json)
{
    const Json *list = json.is_object() ? jsonfields::find(json, "value", jsonfields::Keys::AnyCase) : nullptr;
    if (!list || !list->is_array())
        return ParseResult<QList<ComputeUsage>>::failure(
            QCoreApplication::translate("cw::azure", "The usage list has no 'value' array."));
    ParseResult<QList<ComputeUsage>> r;
    r.value = parseModelList<ComputeUsage>(*list, &r.warnings);
    return r;
}

std::optional<ComputeUsage> regionalCores(const QList<ComputeUsage> &usages)
{
    for (const ComputeUsage &u : usages)
        if (u.name.compare(QLatin1String("cores"), Qt::CaseInsensitive) == 0)
            return u;
    return std::nullopt;
}

} // namespace cw::azure
