#pragma once
#include "common/JsonFields.h"
#include "azure/ParseResult.h"

#include <QList>

namespace cw::azure {

// Reads each element of a JSON array (an ARM list page's `value`) with T::fromJson. Elements
// that are not usable are skipped and reported as warnings, so one bad item never hides a page.
template <typename T>
QList<T> parseModelList(const nlohmann::json &values, QStringList *warnings)
{
    QList<T> out;
    if (!values.is_array()) {
        if (warnings && !values.is_null())
            warnings->append(QStringLiteral("value: expected an array"));
        return out;
    }
    int index = 0;
    for (const auto &item : values) {
        ParseResult<T> r = T::fromJson(item);
        if (warnings) {
            for (const QString &w : std::as_const(r.warnings))
                warnings->append(QStringLiteral("value[%1].").arg(index) + w);
            if (!r.ok())
                warnings->append(QStringLiteral("value[%1]: ").arg(index) + r.error);
        }
        if (r.value)
            out.append(std::move(*r.value));
        ++index;
    }
    return out;
}

} // namespace cw::azure
