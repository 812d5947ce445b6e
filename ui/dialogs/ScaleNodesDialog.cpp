#include "dialogs/ScaleNodesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "export/UpdatePatch.h"
#include "ops/OperationRunner.h"
#include "rules/SizeRules.h"
#include "widgets/FindingsList.h"

namespace cw::ui {

ScaleNodesDialog::ScaleNodesDialog(ops::OperationRunner *runner, ops::WorkspaceRef workspace, QString computeName,
                                   rules::ClusterPurpose purpose, QString vmSize, int currentNodes, QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_workspace(std::move(workspace))
    , m_computeName(std::move(computeName))
    , m_purpose(purpose)
    , m_vmSize(std::move(vmSize))
    , m_current(currentNodes)
    , m_nodes(new QSpinBox(this))
    , m_findings(new FindingsList(this))
    , m_apply(new QPushButton(tr("Scale"), this))
{
    setObjectName(QStringLiteral("scaleNodesDialog"));
    setWindowTitle(tr("Scale the node count of '%1'").arg(m_computeName));
    auto *intro = new QLabel(tr("<p><b>%1</b> runs %n node(s) of size %2. Choose the new node count; the "
                                "compute is updated in place.</p>",
                                nullptr, m_current)
                                 .arg(m_computeName.toHtmlEscaped(), m_vmSize.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_nodes->setObjectName(QStringLiteral("nodeCount"));
    m_nodes->setRange(1, 100);
    m_nodes->setValue(qBound(1, m_current, 100));
    m_nodes->setAccessibleName(tr("Node count"));
    m_findings->setObjectName(QStringLiteral("scaleFindings"));
    m_findings->setAllClearText(tr("The purpose's vCPU rule is met."));
    m_apply->setObjectName(QStringLiteral("applyScale"));

    auto *form = new QFormLayout;
    form->addRow(tr("Nodes:"), m_nodes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_findings, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &ScaleNodesDialog::startOperation);
    connect(m_nodes, &QSpinBox::valueChanged, this, &ScaleNodesDialog::check);
    check();
}

void ScaleNodesDialog::check()
{
    const rules::Findings findings = rules::validatePurposeAndSize(m_purpose, m_vmSize, m_nodes->value());
    m_findings->setFindings(findings);
    m_apply->setEnabled(m_id.isEmpty() && m_nodes->value() != m_current && !rules::hasErrors(findings));
}

void ScaleNodesDialog::startOperation()
{
    if (!m_id.isEmpty() || !m_apply->isEnabled())
        return;
    const int nodes = m_nodes->value();
    m_id = m_runner->startUpdate(m_workspace, m_computeName, exporting::nodeCountPatch(nodes),
                                 tr("Scale '%1' to %n node(s)", nullptr, nodes).arg(m_computeName));
    Q_EMIT operationStarted(m_id);
    accept();
}

} // namespace cw::ui
