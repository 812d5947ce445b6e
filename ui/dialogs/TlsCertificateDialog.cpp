#include "dialogs/TlsCertificateDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "export/UpdatePatch.h"
#include "ops/OperationRunner.h"
#include "widgets/TlsEditor.h"

namespace cw::ui {

TlsCertificateDialog::TlsCertificateDialog(ops::OperationRunner *runner, ops::WorkspaceRef workspace,
                                           QString computeName, QString region, QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_workspace(std::move(workspace))
    , m_computeName(std::move(computeName))
    , m_editor(new TlsEditor(this))
    , m_hint(new QLabel(this))
    , m_apply(new QPushButton(tr("Apply"), this))
{
    setObjectName(QStringLiteral("tlsCertificateDialog"));
    setWindowTitle(tr("Renew or replace the TLS certificate of '%1'").arg(m_computeName));
    auto *intro = new QLabel(tr("<p>The scoring endpoint of <b>%1</b> will serve the certificate chosen here. "
                                "The compute is updated in place (no detach); the operations view follows "
                                "the update.</p>")
                                 .arg(m_computeName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_editor->setRegion(region);
    m_editor->setMode(rules::TlsMode::Custom);
    m_hint->setObjectName(QStringLiteral("tlsDialogHint"));
    m_hint->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("applyTls"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &TlsCertificateDialog::startOperation);
    connect(m_editor, &TlsEditor::changed, this, &TlsCertificateDialog::updateButtons);
    updateButtons();
}

void TlsCertificateDialog::updateButtons()
{
    const bool none = m_editor->chosenMode() == rules::TlsMode::None;
    m_hint->setText(none ? tr("Choose a Microsoft certificate or certificate files. To turn TLS off, use "
                              "Re-attach to update.")
                         : QString());
    m_apply->setEnabled(!none && m_editor->isComplete() && m_id.isEmpty());
}

void TlsCertificateDialog::startOperation()
{
    if (!m_id.isEmpty() || !m_editor->isComplete() || m_editor->chosenMode() == rules::TlsMode::None)
        return;
    const rules::TlsSpec tls = m_editor->value();
    const QString summary = tls.mode == rules::TlsMode::LeafLabel
        ? tr("Give '%1' a Microsoft certificate for %2").arg(m_computeName, tls.leafLabel)
        : tr("Replace the TLS certificate of '%1' (%2)").arg(m_computeName, tls.cname);
    m_id = m_runner->startUpdate(m_workspace, m_computeName, exporting::tlsUpdatePatch(tls), summary);
    Q_EMIT operationStarted(m_id);
    accept();
}

} // namespace cw::ui
