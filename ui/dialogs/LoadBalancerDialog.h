#pragma once
#include <QDialog>

#include "ops/OperationRecord.h"
#include "rules/ComputeSpec.h"

class QPushButton;

namespace cw::ops {
class OperationRunner;
}

namespace cw::ui {

class FindingsList;
class LoadBalancerEditor;

// "Switch load balancer…": public IP or internal load balancer (with its subnet), checked live
// (an internal load balancer needs a subnet and cannot be used with TLS); Apply starts an update
// of loadBalancerType / loadBalancerSubnet.
class LoadBalancerDialog : public QDialog
{
    Q_OBJECT
public:
    LoadBalancerDialog(ops::OperationRunner *runner, ops::WorkspaceRef workspace, QString computeName,
                       rules::LoadBalancerType current, bool tlsEnabled, QWidget *parent = nullptr);

    LoadBalancerEditor *editor() const { return m_editor; }
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
    rules::LoadBalancerType m_current;
    bool m_tlsEnabled;
    QString m_id;
    LoadBalancerEditor *m_editor;
    FindingsList *m_findings;
    QPushButton *m_apply;
};

} // namespace cw::ui
