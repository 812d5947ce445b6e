#include "dialogs/ReattachDialog.h"

#include "common/BoundedFileRead.h"

#include <QFileDialog>
#include <QFileInfo>

#include "operations/StepRows.h"
#include "ops/OperationPlan.h"
#include "ops/OperationRunner.h"
#include "ops/TlsRecovery.h"
#include "ui_ReattachDialog.h"

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
    , m_tlsEnabled(tlsEnabled)
    , m_ui(std::make_unique<Ui::ReattachDialog>())
{
    m_ui->setupUi(this);
    // The form's texts carry the placeholders; the name is this compute's.
    setWindowTitle(windowTitle().arg(m_computeName));
    m_ui->reattachIntro->setText(m_ui->reattachIntro->text().arg(m_computeName.toHtmlEscaped()));
    m_ui->reattachOriginWarning->setVisible(false);
    // Without TLS there is no certificate to carry over: the form's source rows are not shown.
    // Without a keychain the certificate and key must survive a crash between the detach and the
    // attach: in the backup file when the person chooses one, else in the cluster's secret.
    m_ui->tlsSource->setVisible(m_tlsEnabled);
    connect(m_ui->certBrowse, &QPushButton::clicked, this,
            [this] { browse(m_ui->certPath, tr("Certificate (PEM)")); });
    connect(m_ui->keyBrowse, &QPushButton::clicked, this, [this] { browse(m_ui->keyPath, tr("Private key (PEM)")); });
    connect(m_ui->tlsBackupBrowse, &QPushButton::clicked, this, [this] {
        auto *picker = new QFileDialog(this, tr("Backup file for the certificate and key"));
        picker->setAcceptMode(QFileDialog::AcceptSave);
        picker->setAttribute(Qt::WA_DeleteOnClose);
        connect(picker, &QFileDialog::fileSelected, m_ui->tlsBackupPath, &QLineEdit::setText);
        picker->open();
    });
    m_ui->reattachSteps->setColumnWidth(0, 340);

    // A form's button box holds only Qt's standard buttons; these change text and visibility as
    // the operation goes. Re-attach is the default: Enter starts it (it can be resumed, never
    // half-done), not the first Browse… button.
    m_start = m_ui->buttons->addButton(tr("Re-attach"), QDialogButtonBox::ActionRole);
    m_resume = m_ui->buttons->addButton(tr("Resume"), QDialogButtonBox::ActionRole);
    m_close = m_ui->buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_start->setObjectName(QStringLiteral("startReattach"));
    m_resume->setObjectName(QStringLiteral("resumeReattach"));
    m_start->setDefault(true);
    m_resume->setVisible(false);
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

ReattachDialog::~ReattachDialog() = default;

QTreeWidget *ReattachDialog::stepsView() const
{
    return m_ui->reattachSteps;
}

void ReattachDialog::setCreatedByWorkspace(bool created)
{
    m_ui->reattachOriginWarning->setText(created ? tr("<p><b>%1 was created by the workspace; after the re-attach it is an "
                                          "attached cluster.</b> Its Origin becomes \"Attached\", its Created "
                                          "date becomes today, and Scale node count is no longer offered (an "
                                          "attached cluster's node pools are scaled in AKS). The AKS cluster "
                                          "itself is not changed.</p>")
                                           .arg(m_computeName.toHtmlEscaped())
                                     : QString());
    m_ui->reattachOriginWarning->setVisible(created);
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
    if (m_tlsEnabled && m_ui->tlsFromFiles->isChecked()) {
        const BoundedFileRead cert = readSmallFile(m_ui->certPath->text());
        const BoundedFileRead key = readSmallFile(m_ui->keyPath->text());
        if (!cert.ok || !key.ok) {
            m_ui->reattachMessage->setText(!cert.ok ? cert.error : key.error);
            return;
        }
        tls::TlsMaterial material;
        material.certPem = cert.data;
        material.keyPem = key.data;
        if (material.certPem.isEmpty() || material.keyPem.isEmpty()) {
            m_ui->reattachMessage->setText(tr("Choose a readable certificate file and key file."));
            return;
        }
        provided = std::move(material);
    }
    const QString backup = m_tlsEnabled ? m_ui->tlsBackupPath->text().trimmed() : QString();
    if (!backup.isEmpty() && (QFileInfo(backup).exists() || QFileInfo(backup).isSymLink())) {
        m_ui->reattachMessage->setText(tr("Choose a new file for the backup; %1 exists.").arg(backup));
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
    m_ui->reattachSteps->clear();
    addStepRows(m_ui->reattachSteps, record.steps);
    const bool failed = record.state == ops::OperationState::Failed;
    m_resume->setVisible(failed && !m_id.isEmpty());
    if (record.state == ops::OperationState::Succeeded) {
        m_ui->reattachMessage->setText(tr("Re-attached. The compute is ready."));
        // Which source the certificate and key came from, and where they were kept.
        for (const ops::OperationStep &st : record.steps)
            if (st.id == QLatin1String(ops::step::kRecoverTls) && st.state == ops::StepState::Done)
                m_ui->reattachMessage->setText(m_ui->reattachMessage->text() + QLatin1Char(' ') + st.message);
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
        m_ui->reattachMessage->setText(text);
    } else if (!m_id.isEmpty()) {
        m_ui->reattachMessage->setText(tr("Running; you can close this window, the operation goes on."));
    }
}

} // namespace cw::ui
