#include "dialogs/ScaleNodesDialog.h"

#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "export/UpdatePatch.h"
#include "rules/SizeRules.h"
#include "widgets/FindingsList.h"

namespace cw::ui {

ScaleNodesDialog::ScaleNodesDialog(ops::OperationRunner *runner, WorkspaceRef workspace, QString computeName,
                                   rules::ClusterPurpose purpose, QString vmSize, int currentNodes,
                                   std::optional<rules::VmSizeCatalogue> regionSizes, QString sizesError, QWidget *parent)
    : UpdateDialog(runner, std::move(workspace), std::move(computeName), tr("Scale"), parent)
    , m_purpose(purpose)
    , m_vmSize(std::move(vmSize))
    , m_current(currentNodes)
    , m_regionSizes(std::move(regionSizes))
    , m_sizesError(std::move(sizesError))
    , m_nodes(new QSpinBox(this))
    , m_findings(new FindingsList(this))
{
    setObjectName(QStringLiteral("scaleNodesDialog"));
    setWindowTitle(tr("Scale the node count of '%1'").arg(this->computeName()));
    setIntro(tr("<p><b>%1</b> runs %n node(s) of size %2. Choose the new node count; the "
                "compute is updated in place.</p>",
                nullptr, m_current)
                 .arg(this->computeName().toHtmlEscaped(), m_vmSize.toHtmlEscaped()));
    m_nodes->setObjectName(QStringLiteral("nodeCount"));
    m_nodes->setRange(1, 100);
    m_nodes->setValue(qBound(1, m_current, 100));
    m_nodes->setAccessibleName(tr("Node count"));
    m_findings->setObjectName(QStringLiteral("scaleFindings"));
    m_findings->setAllClearText(tr("The purpose's vCPU rule is met."));
    applyButton()->setObjectName(QStringLiteral("applyScale"));

    auto *form = new QFormLayout;
    form->addRow(tr("Nodes:"), m_nodes);
    contentLayout()->addLayout(form);
    contentLayout()->addWidget(m_findings, 1);
    connect(m_nodes, &QSpinBox::valueChanged, this, &ScaleNodesDialog::check);
    check();
}

void ScaleNodesDialog::check()
{
    const rules::Findings findings = rules::validatePurposeAndSize(m_purpose, m_vmSize, m_nodes->value(),
                                                                   m_regionSizes, m_sizesError);
    m_findings->setFindings(findings);
    setApplyEnabled(m_nodes->value() != m_current && !rules::hasErrors(findings));
}

UpdateDialog::Update ScaleNodesDialog::update() const
{
    const int nodes = m_nodes->value();
    return {exporting::nodeCountPatch(nodes), tr("Scale '%1' to %n node(s)", nullptr, nodes).arg(computeName())};
}

} // namespace cw::ui
