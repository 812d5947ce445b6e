#include "dialogs/DetachDialog.h"

#include <QFile>
#include <QFileDialog>

#include "ops/TlsRecovery.h"
#include "tls/AzureMlFeSecret.h"
#include "ui_DetachDialog.h"

namespace cw::ui {

DetachDialog::DetachDialog(arm::ArmConnection *connection, WorkspaceRef workspace, QString computeName,
                           bool tlsEnabled, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_workspace(std::move(workspace))
    , m_computeName(std::move(computeName))
    , m_tlsEnabled(tlsEnabled)
    , m_ui(std::make_unique<Ui::DetachDialog>())
{
    m_ui->setupUi(this);
    // The form's texts carry the placeholders; the names are this compute's.
    setWindowTitle(windowTitle().arg(m_computeName));
    m_ui->detachText->setText(
        m_ui->detachText->text().arg(m_computeName.toHtmlEscaped(), m_workspace.workspace.toHtmlEscaped()));
    // Sentences wrap into a few lines, not a narrow column (as in the update dialogs).
    m_ui->detachText->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    // Without TLS there is no certificate to keep: the form's backup rows are not shown.
    m_ui->tlsBackup->setVisible(m_tlsEnabled);
    connect(m_ui->saveTlsFirst, &QCheckBox::toggled, this, &DetachDialog::updateButtons);
    connect(m_ui->saveTlsButton, &QPushButton::clicked, this, &DetachDialog::chooseFolder);

    // A form's button box holds only Qt's standard buttons: Detach is added here.
    m_detachButton = m_ui->buttons->addButton(tr("Detach"), QDialogButtonBox::AcceptRole);
    m_detachButton->setObjectName(QStringLiteral("detachButton"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT detachConfirmed(m_workspace, m_computeName);
        accept();
    });
    updateButtons();
}

DetachDialog::~DetachDialog() = default;

QString DetachDialog::lastMessage() const
{
    return m_ui->detachMessage->text();
}

void DetachDialog::updateButtons()
{
    // With "save first" ticked, detaching waits until the files are written.
    const bool mustSave = m_tlsEnabled && m_ui->saveTlsFirst->isChecked() && !m_saved;
    m_detachButton->setEnabled(!mustSave && !m_saving);
    m_ui->saveTlsButton->setEnabled(m_ui->saveTlsFirst->isChecked() && !m_saving);
}

void DetachDialog::chooseFolder()
{
    auto *picker = new QFileDialog(this, tr("Folder for cert.pem and key.pem"));
    picker->setFileMode(QFileDialog::Directory);
    picker->setOption(QFileDialog::ShowDirsOnly);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, &DetachDialog::saveTlsTo);
    picker->open();
}

void DetachDialog::saveTlsTo(const QString &folder)
{
    m_saving = true;
    updateButtons();
    m_ui->detachMessage->setText(tr("Reading the certificate from the cluster…"));
    auto *recovery = new ops::TlsRecovery(m_connection, m_workspace, m_computeName, this);
    connect(recovery, &ops::TlsRecovery::finished, this, [this, recovery, folder](const tls::TlsMaterial &material) {
        recovery->deleteLater();
        m_saving = false;
        if (!material.ok()) {
            m_ui->detachMessage->setText(material.message);
        } else {
            const tls::TlsFilesWritten written = tls::writeTlsMaterial(folder, material);
            // A backup pair: the certificate is kept as private as its key (owner-only).
            if (written.ok)
                QFile::setPermissions(written.certPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            m_saved = written.ok;
            m_ui->detachMessage->setText(written.message);
        }
        updateButtons();
        Q_EMIT tlsSaved(m_saved, m_ui->detachMessage->text());
    });
    recovery->start();
}

} // namespace cw::ui
