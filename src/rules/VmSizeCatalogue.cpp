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

const VmSizeCatalogue &builtinVmSizeCatalogue()
{
    static const VmSizeCatalogue catalogue{{
        {QStringLiteral("Standard_A2_v2"), 2, 0, 4, QStringLiteral("standardAv2Family")},
        {QStringLiteral("Standard_B2s"), 2, 0, 4, QStringLiteral("standardBSFamily")},
        {QStringLiteral("Standard_D2_v2"), 2, 0, 7, QStringLiteral("standardDv2Family")},
        {QStringLiteral("Standard_D3_v2"), 4, 0, 14, QStringLiteral("standardDv2Family")},
        {QStringLiteral("Standard_D4_v2"), 8, 0, 28, QStringLiteral("standardDv2Family")},
        {QStringLiteral("Standard_DS2_v2"), 2, 0, 7, QStringLiteral("standardDSv2Family")},
        {QStringLiteral("Standard_DS3_v2"), 4, 0, 14, QStringLiteral("standardDSv2Family")},
        {QStringLiteral("Standard_D2s_v3"), 2, 0, 8, QStringLiteral("standardDSv3Family")},
        {QStringLiteral("Standard_D4s_v3"), 4, 0, 16, QStringLiteral("standardDSv3Family")},
        {QStringLiteral("Standard_D8s_v3"), 8, 0, 32, QStringLiteral("standardDSv3Family")},
        {QStringLiteral("Standard_F4s_v2"), 4, 0, 8, QStringLiteral("standardFSv2Family")},
        {QStringLiteral("Standard_NC6"), 6, 1, 56, QStringLiteral("standardNCFamily")},
        {QStringLiteral("Standard_NC6s_v3"), 6, 1, 112, QStringLiteral("standardNCSv3Family")},
        {QStringLiteral("Standard_NC4as_T4_v3"), 4, 1, 28, QStringLiteral("standardNCASv3_T4Family")},
        {QStringLiteral("Standard_PB6s"), 6, 0, 112, QStringLiteral("standardPBSFamily")},
    }};
    return catalogue;
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
