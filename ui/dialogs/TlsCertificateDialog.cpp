#include "dialogs/TlsCertificateDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "export/UpdatePatch.h"
#include "widgets/TlsEditor.h"

namespace cw::ui {

TlsCertificateDialog::TlsCertificateDialog(ops::OperationRunner *runner, WorkspaceRef workspace,
                                           QString computeName, QString region, QWidget *parent)
    : UpdateDialog(runner, std::move(workspace), std::move(computeName), tr("Apply"), parent)
    , m_editor(new TlsEditor(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("tlsCertificateDialog"));
    setWindowTitle(tr("Renew or replace the TLS certificate of '%1'").arg(this->computeName()));
    setIntro(tr("<p>The scoring endpoint of <b>%1</b> will serve the certificate chosen here. "
                "The compute is updated in place (no detach); the operations view follows "
                "the update.</p>")
                 .arg(this->computeName().toHtmlEscaped()));
    m_editor->setRegion(region);
    m_editor->setMode(rules::TlsMode::Custom);
    m_hint->setObjectName(QStringLiteral("tlsDialogHint"));
    m_hint->setWordWrap(true);
    applyButton()->setObjectName(QStringLiteral("applyTls"));
    contentLayout()->addWidget(m_editor, 1);
    contentLayout()->addWidget(m_hint);
    connect(m_editor, &TlsEditor::changed, this, &TlsCertificateDialog::updateButtons);
    updateButtons();
}

void TlsCertificateDialog::updateButtons()
{
    const bool none = m_editor->chosenMode() == rules::TlsMode::None;
    m_hint->setText(none ? tr("Choose a Microsoft certificate or certificate files. To turn TLS off, use "
                              "Re-attach to update.")
                         : QString());
    setApplyEnabled(!none && m_editor->isComplete());
}

void TlsCertificateDialog::showCurrentSetting(const QString &tlsStatus, const QString &leafLabel, const QString &cname)
{
    const bool microsoft = tlsStatus.compare(QLatin1String("Auto"), Qt::CaseInsensitive) == 0 || !leafLabel.isEmpty();
    m_editor->setLeafLabel(leafLabel);
    m_editor->setCname(cname);
    m_editor->setMode(microsoft ? rules::TlsMode::LeafLabel : rules::TlsMode::Custom);
}

UpdateDialog::Update TlsCertificateDialog::update() const
{
    const rules::TlsSpec tls = m_editor->value();
    const QString summary = tls.mode == rules::TlsMode::LeafLabel
        ? tr("Give '%1' a Microsoft certificate for %2").arg(computeName(), tls.leafLabel)
        : tr("Replace the TLS certificate of '%1' (%2)").arg(computeName(), tls.cname);
    return {exporting::tlsUpdatePatch(tls), summary};
}

} // namespace cw::ui
