#include "rules/SizeRules.h"

#include <QCoreApplication>

namespace cw::rules {
namespace {

struct SizeRulesText {
    Q_DECLARE_TR_FUNCTIONS(cw::rules::SizeRules)
};

const QString kNodeField = QStringLiteral("nodeCount");
const QString kSizeField = QStringLiteral("vmSize");

int ceilDiv(int a, int b) { return (a + b - 1) / b; }

} // namespace

std::optional<int> minimumNodeCount(ClusterPurpose purpose, int vCpusPerNode)
{
    if (vCpusPerNode <= 0)
        return std::nullopt;
    if (purpose == ClusterPurpose::FastProd)
        return std::max(kProductionMinNodes, ceilDiv(kProductionMinVcpus, vCpusPerNode));
    return std::max(1, ceilDiv(kDevTestMinVcpus, vCpusPerNode));
}

Findings validateCapacity(ClusterPurpose purpose, int nodeCount, int totalVcpus)
{
    Findings out;
    if (nodeCount < 1) {
        out.append(error(QStringLiteral("size.noNodes"), kNodeField,
                         SizeRulesText::tr("Choose at least one node.")));
        return out;
    }
    if (purpose == ClusterPurpose::FastProd) {
        if (nodeCount < kProductionMinNodes) {
            out.append(error(QStringLiteral("size.productionNodes"), kNodeField,
                             SizeRulesText::tr("A production cluster needs at least %1 nodes; it has %2. "
                                      "Add nodes or choose the dev-test purpose.")
                                 .arg(kProductionMinNodes)
                                 .arg(nodeCount)));
        }
        if (totalVcpus < kProductionMinVcpus) {
            out.append(error(QStringLiteral("size.productionVcpus"), kNodeField,
                             SizeRulesText::tr("A production cluster needs at least %1 vCPUs in total; it "
                                      "has %2. Add nodes, choose a larger VM size, or choose the "
                                      "dev-test purpose.")
                                 .arg(kProductionMinVcpus)
                                 .arg(totalVcpus)));
        }
    } else if (totalVcpus < kDevTestMinVcpus) {
        out.append(error(QStringLiteral("size.devTestVcpus"), kNodeField,
                         SizeRulesText::tr("A dev-test cluster needs at least %1 vCPUs in total; it has %2. "
                                  "Add a node or choose a larger VM size.")
                             .arg(kDevTestMinVcpus)
                             .arg(totalVcpus)));
    }
    return out;
}

Findings validatePurposeAndSize(ClusterPurpose purpose, const QString &vmSize, int nodeCount,
                                const std::optional<VmSizeCatalogue> &catalogue, const QString &unknownReason)
{
    Findings out;
    if (vmSize.trimmed().isEmpty()) {
        out.append(error(QStringLiteral("size.vmSizeMissing"), kSizeField,
                         SizeRulesText::tr("Choose a VM size for the nodes.")));
        return out;
    }
    // Without the vCPUs of the size only the node-count rules can be checked: the capacity
    // check runs with a total that meets the vCPU rules, so only its node findings remain.
    const auto nodeRulesOnly = [&] {
        if (nodeCount < 1 || (purpose == ClusterPurpose::FastProd && nodeCount < kProductionMinNodes))
            out.append(validateCapacity(purpose, nodeCount, kProductionMinVcpus));
    };
    if (!catalogue) {
        out.append(warning(QStringLiteral("size.notChecked"), kSizeField,
                           unknownReason.isEmpty()
                               ? SizeRulesText::tr("The region's VM sizes are not known, so the size \"%1\" and "
                                          "the vCPU total were not checked.")
                                     .arg(vmSize)
                               : SizeRulesText::tr("The region's VM sizes could not be read (%1), so the size "
                                          "\"%2\" and the vCPU total were not checked.")
                                     .arg(unknownReason, vmSize)));
        nodeRulesOnly();
        return out;
    }
    const std::optional<VmSize> size = catalogue->find(vmSize);
    if (!size) {
        out.append(warning(QStringLiteral("size.unknownVmSize"), kSizeField,
                           SizeRulesText::tr("The VM size \"%1\" is not in the region's list; the vCPU "
                                    "total cannot be checked. Pick a size from the list.")
                               .arg(vmSize)));
        nodeRulesOnly();
        return out;
    }
    Findings capacity = validateCapacity(purpose, nodeCount, nodeCount * size->vCPUs);
    const std::optional<int> minNodes = minimumNodeCount(purpose, size->vCPUs);
    for (Finding &f : capacity) {
        if (f.code == QLatin1String("size.productionVcpus") || f.code == QLatin1String("size.devTestVcpus")
            || f.code == QLatin1String("size.productionNodes")) {
            if (minNodes) {
                f.message += QLatin1Char(' ')
                    + SizeRulesText::tr("With %1 (%2 vCPUs per node) choose at least %3 nodes.")
                          .arg(size->name)
                          .arg(size->vCPUs)
                          .arg(*minNodes);
            }
        }
    }
    out.append(capacity);
    switch (acceleratorOf(*size)) {
    case Accelerator::Gpu:
        out.append(info(QStringLiteral("size.acceleratorChooseNow"), kSizeField,
                        SizeRulesText::tr("%1 has GPUs. GPU nodes must be chosen now: node pools cannot be "
                                 "added later for deployments.")
                            .arg(size->name)));
        break;
    case Accelerator::Fpga:
        out.append(info(QStringLiteral("size.acceleratorChooseNow"), kSizeField,
                        SizeRulesText::tr("%1 has FPGAs. FPGA nodes must be chosen now: node pools cannot "
                                 "be added later for deployments.")
                            .arg(size->name)));
        break;
    case Accelerator::None:
        break;
    }
    return out;
}

} // namespace cw::rules
