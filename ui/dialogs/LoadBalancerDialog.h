#pragma once
#include "dialogs/UpdateDialog.h"
#include "rules/ComputeSpec.h"

namespace cw::ui {

class FindingsList;
class LoadBalancerEditor;

// "Switch load balancer…": public IP or internal load balancer (with its subnet), checked live
// (an internal load balancer needs a subnet and cannot be used with TLS); Apply starts an update
// of loadBalancerType / loadBalancerSubnet.
class LoadBalancerDialog : public UpdateDialog
{
    Q_OBJECT
public:
    LoadBalancerDialog(ops::OperationRunner *runner, WorkspaceRef workspace, QString computeName,
                       rules::LoadBalancerType current, bool tlsEnabled, QWidget *parent = nullptr);

    LoadBalancerEditor *editor() const { return m_editor; }
    FindingsList *findingsList() const { return m_findings; }

protected:
    Update update() const override;

private:
    void check();

    rules::LoadBalancerType m_current;
    bool m_tlsEnabled;
    LoadBalancerEditor *m_editor;
    FindingsList *m_findings;
};

} // namespace cw::ui
