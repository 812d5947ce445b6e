#pragma once
#include <QDialog>

#include "ops/OperationRecord.h"
#include "rules/ComputeSpec.h"

class QPushButton;
class QSpinBox;

namespace cw::ops {
class OperationRunner;
}

namespace cw::ui {

class FindingsList;

// "Scale node count…" of a cluster the workspace created: a spin box checked live against the
// purpose's vCPU rule (rules::validatePurposeAndSize); Apply starts an update of agentCount.
class ScaleNodesDialog : public QDialog
{
    Q_OBJECT
public:
    ScaleNodesDialog(ops::OperationRunner *runner, ops::WorkspaceRef workspace, QString computeName,
                     rules::ClusterPurpose purpose, QString vmSize, int currentNodes, QWidget *parent = nullptr);

    QSpinBox *spinBox() const { return m_nodes; }
    FindingsList *findingsList() const { return m_findings; }
    QPushButton *applyButton() const { return m_apply; }
    QString operationId() const { return m_id; }

public Q_SLOTS:
    void startOperation();

Q_SIGNALS:
    void operationStarted(const QString &id);

private:
    void check();

    ops::OperationRunner *m_runner;
    ops::WorkspaceRef m_workspace;
    QString m_computeName;
    rules::ClusterPurpose m_purpose;
    QString m_vmSize;
    int m_current;
    QString m_id;
    QSpinBox *m_nodes;
    FindingsList *m_findings;
    QPushButton *m_apply;
};

} // namespace cw::ui
