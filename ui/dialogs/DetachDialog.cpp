#include "dialogs/DetachDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ops/TlsRecovery.h"
#include "tls/AzureMlFeSecret.h"

namespace cw::ui {

DetachDialog::DetachDialog(arm::ArmConnection *connection, WorkspaceRef workspace, QString computeName,
                           bool tlsEnabled, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_workspace(std::move(workspace))
    , m_computeName(std::move(computeName))
    , m_tlsEnabled(tlsEnabled)
{
    setObjectName(QStringLiteral("detachDialog"));
    setWindowTitle(tr("Detach '%1'").arg(m_computeName));
    auto *text = new QLabel(tr("<p>Detach <b>%1</b> from the workspace <b>%2</b>?</p>"
                               "<p>The AKS cluster is <b>not deleted</b>: it keeps running (and costing) in its "
                               "resource group. The azureml-fe objects (deployment, service, the azuremlfessl "
                               "secret) stay on the cluster; attach it again to use it from the workspace.</p>")
                                .arg(m_computeName.toHtmlEscaped(), m_workspace.workspace.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);

    if (m_tlsEnabled) {
        m_saveFirst = new QCheckBox(tr("Save the TLS certificate and key first"), this);
        m_saveFirst->setObjectName(QStringLiteral("saveTlsFirst"));
        m_saveFirst->setChecked(true);
        m_saveButton = new QPushButton(tr("Save to folder…"), this);
        m_saveButton->setObjectName(QStringLiteral("saveTlsButton"));
        layout->addWidget(m_saveFirst);
        layout->addWidget(m_saveButton);
        connect(m_saveFirst, &QCheckBox::toggled, this, &DetachDialog::updateButtons);
        connect(m_saveButton, &QPushButton::clicked, this, &DetachDialog::chooseFolder);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("detachMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_detachButton = buttons->addButton(tr("Detach"), QDialogButtonBox::AcceptRole);
    m_detachButton->setObjectName(QStringLiteral("detachButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT detachConfirmed(m_workspace, m_computeName);
        accept();
    });
    updateButtons();
}

QString DetachDialog::lastMessage() const
{
    return m_message->text();
}

void DetachDialog::updateButtons()
{
    // With "save first" ticked, detaching waits until the files are written.
    const bool mustSave = m_saveFirst && m_saveFirst->isChecked() && !m_saved;
    m_detachButton->setEnabled(!mustSave && !m_saving);
    if (m_saveButton)
        m_saveButton->setEnabled(m_saveFirst->isChecked() && !m_saving);
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
    m_message->setText(tr("Reading the certificate from the cluster…"));
    auto *recovery = new ops::TlsRecovery(m_connection, m_workspace, m_computeName, this);
    connect(recovery, &ops::TlsRecovery::finished, this, [this, recovery, folder](const tls::TlsMaterial &material) {
        recovery->deleteLater();
        m_saving = false;
        if (!material.ok()) {
            m_message->setText(material.message);
        } else {
            const tls::TlsFilesWritten written = tls::writeTlsMaterial(folder, material);
            // A backup pair: the certificate is kept as private as its key (owner-only).
            if (written.ok)
                QFile::setPermissions(written.certPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            m_saved = written.ok;
            m_message->setText(written.message);
        }
        updateButtons();
        Q_EMIT tlsSaved(m_saved, m_message->text());
    });
    recovery->start();
}

} // namespace cw::ui
