#pragma once
#include "dialogs/UpdateDialog.h"
#include "rules/ComputeSpec.h"
#include "rules/VmSizeCatalogue.h"

#include <optional>

class QSpinBox;

namespace cw::ui {

class FindingsList;

// "Scale node count…" of a cluster the workspace created: a spin box checked live against the
// purpose's vCPU rule (rules::validatePurposeAndSize) with the region's VM sizes (nullopt when
// they could not be read: sizesError says why, and the vCPUs are reported as not checked);
// Apply starts an update of agentCount.
class ScaleNodesDialog : public UpdateDialog
{
    Q_OBJECT
public:
    ScaleNodesDialog(ops::OperationRunner *runner, WorkspaceRef workspace, QString computeName,
                     rules::ClusterPurpose purpose, QString vmSize, int currentNodes,
                     std::optional<rules::VmSizeCatalogue> regionSizes, QString sizesError, QWidget *parent = nullptr);

    QSpinBox *spinBox() const { return m_nodes; }
    FindingsList *findingsList() const { return m_findings; }

protected:
    Update update() const override;

private:
    void check();

    rules::ClusterPurpose m_purpose;
    QString m_vmSize;
    int m_current;
    std::optional<rules::VmSizeCatalogue> m_regionSizes;
    QString m_sizesError;
    QSpinBox *m_nodes;
    FindingsList *m_findings;
};

} // namespace cw::ui
