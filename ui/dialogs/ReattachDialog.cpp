#include "dialogs/ReattachDialog.h"

#include "common/BoundedFileRead.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "operations/StepRows.h"
#include "ops/OperationPlan.h"
#include "ops/OperationRunner.h"
#include "ops/TlsRecovery.h"

namespace cw::ui {
namespace {

BoundedFileRead readSmallFile(const QString &path)
{
    // PEM files are a few kB; a device or FIFO is refused, never read (or waited on).
    return readBoundedFile(path, 256 * 1024);
}

} // namespace

ReattachDialog::ReattachDialog(ops::OperationRunner *runner, WorkspaceRef workspace, QString computeName,
                               bool tlsEnabled, QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_workspace(std::move(workspace))
    , m_computeName(std::move(computeName))
    , m_steps(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_originWarning(new QLabel(this))
    , m_start(new QPushButton(tr("Re-attach"), this))
    , m_resume(new QPushButton(tr("Resume"), this))
    , m_close(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("reattachDialog"));
    setWindowTitle(tr("Re-attach '%1' to update").arg(m_computeName));
    resize(720, 520);
    auto *intro = new QLabel(tr("<p>Re-attaching detaches <b>%1</b> and attaches the same AKS cluster again under "
                                "the same name, with the same purpose, TLS and load balancer settings, so the "
                                "workspace picks up the current azureml-fe. Each step is journaled: if anything "
                                "fails, the operation stops, says why and can be resumed.</p>")
                                .arg(m_computeName.toHtmlEscaped()),
                            this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    m_originWarning->setObjectName(QStringLiteral("reattachOriginWarning"));
    m_originWarning->setWordWrap(true);
    m_originWarning->setVisible(false);
    layout->addWidget(m_originWarning);

    if (tlsEnabled) {
        m_fromCluster = new QRadioButton(tr("Recover the certificate and key from the cluster (azuremlfessl)"), this);
        m_fromFiles = new QRadioButton(tr("Use these certificate files:"), this);
        m_fromCluster->setChecked(true);
        m_certPath = new QLineEdit(this);
        m_keyPath = new QLineEdit(this);
        m_certPath->setObjectName(QStringLiteral("certPath"));
        m_keyPath->setObjectName(QStringLiteral("keyPath"));
        auto *certBrowse = new QPushButton(tr("Browse…"), this);
        auto *keyBrowse = new QPushButton(tr("Browse…"), this);
        connect(certBrowse, &QPushButton::clicked, this, [this] { browse(m_certPath, tr("Certificate (PEM)")); });
        connect(keyBrowse, &QPushButton::clicked, this, [this] { browse(m_keyPath, tr("Private key (PEM)")); });
        auto *form = new QFormLayout;
        auto *certRow = new QHBoxLayout;
        certRow->addWidget(m_certPath);
        certRow->addWidget(certBrowse);
        auto *keyRow = new QHBoxLayout;
        keyRow->addWidget(m_keyPath);
        keyRow->addWidget(keyBrowse);
        form->addRow(tr("Certificate:"), certRow);
        form->addRow(tr("Key:"), keyRow);
        // Without a keychain the certificate and key must survive a crash between the detach and
        // the attach: in this file when the person chooses one, else in the cluster's secret.
        m_backupPath = new QLineEdit(this);
        m_backupPath->setObjectName(QStringLiteral("tlsBackupPath"));
        m_backupPath->setPlaceholderText(tr("Only without a keychain: a new file (0600) for the certificate and key"));
        auto *backupBrowse = new QPushButton(tr("Browse…"), this);
        connect(backupBrowse, &QPushButton::clicked, this, [this] {
            auto *picker = new QFileDialog(this, tr("Backup file for the certificate and key"));
            picker->setAcceptMode(QFileDialog::AcceptSave);
            picker->setAttribute(Qt::WA_DeleteOnClose);
            connect(picker, &QFileDialog::fileSelected, m_backupPath, &QLineEdit::setText);
            picker->open();
        });
        auto *backupRow = new QHBoxLayout;
        backupRow->addWidget(m_backupPath);
        backupRow->addWidget(backupBrowse);
        form->addRow(tr("Backup file:"), backupRow);
        layout->addWidget(m_fromCluster);
        layout->addWidget(m_fromFiles);
        layout->addLayout(form);
    }

    m_steps->setObjectName(QStringLiteral("reattachSteps"));
    m_steps->setHeaderLabels({tr("Step"), tr("Message")});
    m_steps->setRootIsDecorated(false);
    m_steps->setColumnWidth(0, 340);
    layout->addWidget(m_steps, 1);
    m_message->setObjectName(QStringLiteral("reattachMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_resume, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_start->setObjectName(QStringLiteral("startReattach"));
    m_resume->setObjectName(QStringLiteral("resumeReattach"));
    m_resume->setVisible(false);
    layout->addWidget(buttons);
    connect(m_start, &QPushButton::clicked, this, &ReattachDialog::startOperation);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_runner && !m_id.isEmpty())
            m_runner->resume(m_id);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    // The plan, before anything runs.
    showRecord(ops::planReattach(m_workspace, m_computeName));
    if (m_runner) {
        connect(m_runner, &ops::OperationRunner::operationChanged, this, [this](const ops::OperationRecord &r) {
            if (r.id == m_id)
                showRecord(r);
        });
        connect(m_runner, &ops::OperationRunner::operationFinished, this, [this](const ops::OperationRecord &r) {
            if (r.id == m_id)
                showRecord(r);
        });
    }
}

void ReattachDialog::setCreatedByWorkspace(bool created)
{
    m_originWarning->setText(created ? tr("<p><b>%1 was created by the workspace; after the re-attach it is an "
                                          "attached cluster.</b> Its Origin becomes \"Attached\", its Created "
                                          "date becomes today, and Scale node count is no longer offered (an "
                                          "attached cluster's node pools are scaled in AKS). The AKS cluster "
                                          "itself is not changed.</p>")
                                           .arg(m_computeName.toHtmlEscaped())
                                     : QString());
    m_originWarning->setVisible(created);
}

void ReattachDialog::browse(QLineEdit *target, const QString &title)
{
    auto *picker = new QFileDialog(this, title);
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, target, &QLineEdit::setText);
    picker->open();
}

void ReattachDialog::startOperation()
{
    if (!m_runner)
        return;
    std::optional<tls::TlsMaterial> provided;
    if (m_fromFiles && m_fromFiles->isChecked()) {
        const BoundedFileRead cert = readSmallFile(m_certPath->text());
        const BoundedFileRead key = readSmallFile(m_keyPath->text());
        if (!cert.ok || !key.ok) {
            m_message->setText(!cert.ok ? cert.error : key.error);
            return;
        }
        tls::TlsMaterial material;
        material.certPem = cert.data;
        material.keyPem = key.data;
        if (material.certPem.isEmpty() || material.keyPem.isEmpty()) {
            m_message->setText(tr("Choose a readable certificate file and key file."));
            return;
        }
        provided = std::move(material);
    }
    const QString backup = m_backupPath ? m_backupPath->text().trimmed() : QString();
    if (!backup.isEmpty() && (QFileInfo(backup).exists() || QFileInfo(backup).isSymLink())) {
        m_message->setText(tr("Choose a new file for the backup; %1 exists.").arg(backup));
        return;
    }
    m_start->setEnabled(false);
    m_close->setText(tr("Run in background"));
    m_id = m_runner->startReattach(m_workspace, m_computeName, std::move(provided),
                                   backup.isEmpty() ? QString() : QFileInfo(backup).absoluteFilePath());
    Q_EMIT operationStarted(m_id);
}

void ReattachDialog::showRecord(const ops::OperationRecord &record)
{
    m_steps->clear();
    addStepRows(m_steps, record.steps);
    const bool failed = record.state == ops::OperationState::Failed;
    m_resume->setVisible(failed && !m_id.isEmpty());
    if (record.state == ops::OperationState::Succeeded) {
        m_message->setText(tr("Re-attached. The compute is ready."));
        // Which source the certificate and key came from, and where they were kept.
        for (const ops::OperationStep &st : record.steps)
            if (st.id == QLatin1String(ops::step::kRecoverTls) && st.state == ops::StepState::Done)
                m_message->setText(m_message->text() + QLatin1Char(' ') + st.message);
        m_close->setText(tr("Close"));
    } else if (failed) {
        // Enough to finish by hand: what was done, what is left, where the key material is.
        const bool detached = record.currentStep > 2;
        QString text = record.error;
        if (detached)
            text += QLatin1Char(' ') + tr("The compute is detached; the AKS cluster %1 is intact. Resume, or attach "
                                          "it again by hand with the same settings.")
                                           .arg(QString::fromStdString(record.requestBody.value("properties", nlohmann::json::object())
                                                                           .value("resourceId", std::string())));
        const QString kept = ops::describeTlsKept(record);
        if (!kept.isEmpty())
            text += QLatin1Char(' ') + kept;
        m_message->setText(text);
    } else if (!m_id.isEmpty()) {
        m_message->setText(tr("Running; you can close this window, the operation goes on."));
    }
}

} // namespace cw::ui
