#pragma once
#include "dialogs/UpdateDialog.h"
#include "rules/ComputeSpec.h"

class QSpinBox;

namespace cw::ui {

class FindingsList;

// "Scale node count…" of a cluster the workspace created: a spin box checked live against the
// purpose's vCPU rule (rules::validatePurposeAndSize); Apply starts an update of agentCount.
class ScaleNodesDialog : public UpdateDialog
{
    Q_OBJECT
public:
    ScaleNodesDialog(ops::OperationRunner *runner, WorkspaceRef workspace, QString computeName,
                     rules::ClusterPurpose purpose, QString vmSize, int currentNodes, QWidget *parent = nullptr);

    QSpinBox *spinBox() const { return m_nodes; }
    FindingsList *findingsList() const { return m_findings; }

protected:
    Update update() const override;

private:
    void check();

    rules::ClusterPurpose m_purpose;
    QString m_vmSize;
    int m_current;
    QSpinBox *m_nodes;
    FindingsList *m_findings;
};

} // namespace cw::ui
