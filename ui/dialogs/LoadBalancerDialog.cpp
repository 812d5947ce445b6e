#include "dialogs/LoadBalancerDialog.h"

#include <QPushButton>
#include <QVBoxLayout>

#include "export/UpdatePatch.h"
#include "rules/TlsRules.h"
#include "widgets/FindingsList.h"
#include "widgets/LoadBalancerEditor.h"

namespace cw::ui {

LoadBalancerDialog::LoadBalancerDialog(ops::OperationRunner *runner, WorkspaceRef workspace,
                                       QString computeName, rules::LoadBalancerType current, bool tlsEnabled,
                                       QWidget *parent)
    : UpdateDialog(runner, std::move(workspace), std::move(computeName), tr("Switch"), parent)
    , m_current(current)
    , m_tlsEnabled(tlsEnabled)
    , m_editor(new LoadBalancerEditor(this))
    , m_findings(new FindingsList(this))
{
    setObjectName(QStringLiteral("loadBalancerDialog"));
    setWindowTitle(tr("Switch the load balancer of '%1'").arg(this->computeName()));
    setIntro(tr("<p>The scoring endpoint of <b>%1</b> is reached through a public IP or an "
                "internal load balancer in a subnet of the cluster's virtual network. The "
                "compute is updated in place.</p>")
                 .arg(this->computeName().toHtmlEscaped()));
    // Offer the other kind: that is what the user came to switch to.
    m_editor->setValue(current == rules::LoadBalancerType::PublicIp ? rules::LoadBalancerType::InternalLoadBalancer
                                                                    : rules::LoadBalancerType::PublicIp,
                       QString());
    m_findings->setObjectName(QStringLiteral("loadBalancerFindings"));
    applyButton()->setObjectName(QStringLiteral("applyLoadBalancer"));
    contentLayout()->addWidget(m_editor);
    contentLayout()->addWidget(m_findings, 1);
    connect(m_editor, &LoadBalancerEditor::changed, this, &LoadBalancerDialog::check);
    check();
}

void LoadBalancerDialog::check()
{
    rules::ComputeSpec spec;
    spec.mode = rules::ComputeMode::Attach;
    spec.loadBalancer = m_editor->type();
    spec.loadBalancerSubnet = m_editor->subnet();
    // Only whether TLS is on matters here; its details are not this dialog's business.
    spec.tls.mode = m_tlsEnabled ? rules::TlsMode::LeafLabel : rules::TlsMode::None;
    spec.tls.leafLabel = QStringLiteral("kept");
    rules::Findings findings;
    for (const rules::Finding &f : rules::validateTlsAndLoadBalancer(spec))
        if (f.code.startsWith(QLatin1String("lb.")) || f.code == QLatin1String("tls.withInternalLoadBalancer"))
            findings.append(f);
    m_findings->setFindings(findings);
    const bool sameKind = spec.loadBalancer == m_current && spec.loadBalancer == rules::LoadBalancerType::PublicIp;
    setApplyEnabled(!sameKind && !rules::hasErrors(findings));
}

UpdateDialog::Update LoadBalancerDialog::update() const
{
    const rules::LoadBalancerType type = m_editor->type();
    const QString subnet = m_editor->subnet().trimmed();
    const QString summary = type == rules::LoadBalancerType::InternalLoadBalancer
        ? tr("Switch '%1' to an internal load balancer (subnet %2)").arg(computeName(), subnet)
        : tr("Switch '%1' to a public IP load balancer").arg(computeName());
    return {exporting::loadBalancerPatch(type, subnet), summary};
}

} // namespace cw::ui
