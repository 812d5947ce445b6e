#pragma once
// VM sizes as the vmSizes API reports them (name, family, vCPUs, gpus, memoryGB). The only
// catalogue is the region's, read from the service (azure::VmSizeCache); rules that need one take
// it as input and say so when it is not known (there is no built-in table to guess from).
#include <QList>
#include <QString>

#include <optional>

namespace cw::rules {

struct VmSize {
    QString name;     // "Standard_D3_v2"
    int vCPUs = 0;
    int gpus = 0;
    double memoryGB = 0;
    QString family;   // "standardDv2Family"
};

enum class Accelerator { None, Gpu, Fpga };

struct VmSizeCatalogue {
    QList<VmSize> sizes;
    std::optional<VmSize> find(const QString &name) const; // case-insensitive
};

// GPU when the size reports GPUs (or is an N-series size); FPGA for the PB family.
Accelerator acceleratorOf(const VmSize &size);

} // namespace cw::rules
