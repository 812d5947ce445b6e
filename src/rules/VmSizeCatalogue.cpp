#include "rules/VmSizeCatalogue.h"

namespace cw::rules {

std::optional<VmSize> VmSizeCatalogue::find(const QString &name) const
{
    for (const VmSize &s : sizes) {
        if (s.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

Accelerator acceleratorOf(const VmSize &size)
{
    if (size.family.startsWith(QLatin1String("standardPB"), Qt::CaseInsensitive)
        || size.name.startsWith(QLatin1String("Standard_PB"), Qt::CaseInsensitive))
        return Accelerator::Fpga;
    if (size.gpus > 0 || size.name.startsWith(QLatin1String("Standard_N"), Qt::CaseInsensitive))
        return Accelerator::Gpu;
    return Accelerator::None;
}

} // namespace cw::rules
