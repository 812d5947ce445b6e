#include "azure/VmSize.h"

#include "common/JsonFields.h"
#include "azure/ModelList.h"
#include "common/NumberCast.h"

#include <QCoreApplication>

namespace cw::azure {

using jsonfields::FieldReader;
using Json = nlohmann::json;

ParseResult<VmSize> VmSize::fromJson(const Json &json)
{
    if (!json.is_object())
        return ParseResult<VmSize>::failure(
            QCoreApplication::translate("cw::azure", "A VM size entry is not a JSON object."));
    ParseResult<VmSize> r;
    const FieldReader f(json, {}, &r.warnings);
    VmSize v;
    v.name = f.string("name").value_or(QString());
    v.family = f.string("family").value_or(QString());
    v.vCpus = f.integer("vCPUs").value_or(0);
    v.gpus = f.integer("gpus").value_or(0);
    v.memoryGb = f.number("memoryGB").value_or(0.0);
    // Clamped, not cast: a size of 1e300 MB must not be undefined behaviour.
    v.osVhdSizeMb = clampedIntegerFromDouble<qint64>(f.number("osVhdSizeMB").value_or(0.0));
    v.maxResourceVolumeMb = clampedIntegerFromDouble<qint64>(f.number("maxResourceVolumeMB").value_or(0.0));
    v.lowPriorityCapable = f.boolean("lowPriorityCapable").value_or(false);
    v.premiumIo = f.boolean("premiumIO").value_or(false);
    if (const Json *types = f.array("supportedComputeTypes")) {
        for (const Json &t : *types) {
            if (t.is_string())
                v.supportedComputeTypes.append(jsonfields::toQString(t.get_ref<const std::string &>()));
        }
    }
    v.raw = json;
    if (v.name.isEmpty())
        return ParseResult<VmSize>::failure(QCoreApplication::translate("cw::azure", "A VM size entry has no name."));
    r.value = std::move(v);
    return r;
}

ParseResult<QList<VmSize>> parseVmSizeList(const Json &json)
{
    if (!json.is_object())
        return ParseResult<QList<VmSize>>::failure(
            QCoreApplication::translate("cw::azure", "The VM size list is not a JSON object."));
    ParseResult<QList<VmSize>> r;
    const Json *list = jsonfields::find(json, "value", jsonfields::Keys::AnyCase);
    if (!list || !list->is_array())
        list = jsonfields::find(json, "amlCompute", jsonfields::Keys::AnyCase);
    if (!list || !list->is_array())
        return ParseResult<QList<VmSize>>::failure(
            QCoreApplication::translate("cw::azure", "The VM size list has no 'value' array."));
    r.value = parseModelList<VmSize>(*list, &r.warnings);
    return r;
}

} // namespace cw::azure
