#include "dialogs/MoveToV2Dialog.h"

#include <QPushButton>

#include "kube/LegacyComponents.h"
#include "operations/StepRows.h"
#include "ops/OperationPlan.h"
#include "ops/OperationRunner.h"
#include "ops/TlsRecovery.h"
#include "rules/NameRules.h"
#include "ui_MoveToV2Dialog.h"

namespace cw::ui {
namespace {

QString findingsHtml(const rules::Findings &findings)
{
    QString html = QStringLiteral("<ul>");
    for (const rules::Finding &f : findings) {
        const QString text = f.message.toHtmlEscaped();
        switch (f.severity) {
        case rules::Severity::Error:
            html += QStringLiteral("<li style='color:#b00020'><b>%1</b> %2</li>").arg(MoveToV2Dialog::tr("Blocks:"), text);
            break;
        case rules::Severity::Warning:
            html += QStringLiteral("<li><b>%1</b> %2</li>").arg(MoveToV2Dialog::tr("Check:"), text);
            break;
        case rules::Severity::Info:
            html += QStringLiteral("<li>%1</li>").arg(text);
            break;
        }
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

MoveToV2Dialog::MoveToV2Dialog(ops::OperationRunner *runner, WorkspaceRef workspace, QString computeName,
                               QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_workspace(std::move(workspace))
    , m_computeName(std::move(computeName))
    , m_ui(std::make_unique<Ui::MoveToV2Dialog>())
{
    m_ui->setupUi(this);
    // The form's texts carry the placeholders; the name is this compute's.
    setWindowTitle(windowTitle().arg(m_computeName));
    m_ui->moveIntro->setText(m_ui->moveIntro->text().arg(m_computeName.toHtmlEscaped()));
    m_ui->confirmLabel->setText(m_ui->confirmLabel->text().arg(m_computeName));
    m_ui->newName->setText(m_computeName); // the same name by default
    m_ui->moveSteps->setColumnWidth(0, 360);

    // A form's button box holds only Qt's standard buttons; these change text and visibility as
    // the operation goes. Nothing is the default: Enter in the confirmation box must not start a
    // move the person has not read the findings of (the button is enabled only once typed).
    m_start = m_ui->buttons->addButton(tr("Move to v2"), QDialogButtonBox::ActionRole);
    m_resume = m_ui->buttons->addButton(tr("Resume"), QDialogButtonBox::ActionRole);
    m_attachBack = m_ui->buttons->addButton(tr("Attach back as v1"), QDialogButtonBox::ActionRole);
    m_close = m_ui->buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_start->setObjectName(QStringLiteral("startMoveToV2"));
    m_resume->setObjectName(QStringLiteral("resumeMoveToV2"));
    m_attachBack->setObjectName(QStringLiteral("attachBackAsV1"));
    m_close->setObjectName(QStringLiteral("closeMoveToV2"));
    for (QPushButton *b : {m_start, m_resume, m_attachBack, m_close})
        b->setAutoDefault(false);
    m_resume->setVisible(false);
    m_attachBack->setVisible(false);
    connect(m_start, &QPushButton::clicked, this, &MoveToV2Dialog::startOperation);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_runner && !m_id.isEmpty())
            m_runner->resume(m_backId.isEmpty() ? m_id : m_backId);
    });
    connect(m_attachBack, &QPushButton::clicked, this, &MoveToV2Dialog::attachBack);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    for (QLineEdit *edit : {m_ui->newName, m_ui->kubernetesNamespace, m_ui->confirmName})
        connect(edit, &QLineEdit::textChanged, this, &MoveToV2Dialog::updateStart);
    connect(m_ui->newName, &QLineEdit::textChanged, this, &MoveToV2Dialog::showPlan);

    m_ui->preflightFindings->setText(tr("Checking the cluster for Azure ML v2…"));
    showPlan();
    showDetails();
    updateStart();
    if (m_runner) {
        const auto follow = [this](const ops::OperationRecord &r) {
            if (!m_id.isEmpty() && (r.id == m_id || r.id == m_backId))
                showRecord(r);
        };
        connect(m_runner, &ops::OperationRunner::operationChanged, this, follow);
        connect(m_runner, &ops::OperationRunner::operationFinished, this, follow);
    }
    m_ui->newName->setFocus();
}

MoveToV2Dialog::~MoveToV2Dialog() = default;

QTreeWidget *MoveToV2Dialog::stepsView() const
{
    return m_ui->moveSteps;
}

QLineEdit *MoveToV2Dialog::newNameEdit() const
{
    return m_ui->newName;
}

QLineEdit *MoveToV2Dialog::namespaceEdit() const
{
    return m_ui->kubernetesNamespace;
}

QLineEdit *MoveToV2Dialog::confirmEdit() const
{
    return m_ui->confirmName;
}

QString MoveToV2Dialog::message() const
{
    return m_ui->moveMessage->text();
}

QString MoveToV2Dialog::preflightText() const
{
    return m_ui->preflightFindings->text();
}

void MoveToV2Dialog::setPreflight(const rules::Findings &findings)
{
    m_findings = findings;
    m_preflightError.clear();
    QString html;
    if (findings.isEmpty())
        html = tr("<p><b>Preflight for Azure ML v2:</b> nothing blocks the move.</p>");
    else if (rules::hasErrors(findings))
        html = tr("<p><b>Preflight for Azure ML v2: the move cannot start.</b> Fix these first, then open this "
                  "dialog again:</p>")
               + findingsHtml(findings);
    else
        html = tr("<p><b>Preflight for Azure ML v2:</b> nothing blocks the move; check these:</p>") + findingsHtml(findings);
    m_ui->preflightFindings->setText(html);
    updateStart();
}

void MoveToV2Dialog::setPreflightError(const QString &error)
{
    m_findings.reset();
    m_preflightError = error;
    m_ui->preflightFindings->setText(tr("<p style='color:#b00020'><b>The cluster could not be checked for Azure ML "
                                        "v2:</b> %1</p>").arg(error.toHtmlEscaped()));
    updateStart();
}

void MoveToV2Dialog::setCarriedOver(const QMap<QString, QString> &settings, const QString &reusedExtension)
{
    m_settings = settings;
    m_reused = reusedExtension;
    showDetails();
}

void MoveToV2Dialog::showPlan()
{
    if (!m_id.isEmpty())
        return; // the live record is shown
    ops::MigrationOptions options;
    options.newName = m_ui->newName->text().trimmed();
    options.kubernetesNamespace = m_ui->kubernetesNamespace->text().trimmed();
    m_ui->moveSteps->clear();
    addStepRows(m_ui->moveSteps, ops::planMigrate(m_workspace, m_computeName, options).steps);
}

void MoveToV2Dialog::showDetails()
{
    // What the steps touch, listed: the eight objects deleted, the settings carried over.
    QStringList legacy;
    for (const kube::LegacyComponent &c : kube::legacyComponents())
        legacy.append(c.namespaced ? QStringLiteral("%1 %2/%3").arg(QLatin1String(c.kind), QLatin1String(kube::kLegacyNamespace),
                                                                   QLatin1String(c.name))
                                   : QStringLiteral("%1 %2").arg(QLatin1String(c.kind), QLatin1String(c.name)));
    QString html = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(tr("Legacy v1 components deleted (only these):").toHtmlEscaped(),
                            legacy.join(QStringLiteral(", ")).toHtmlEscaped());
    QString carried;
    if (!m_reused.isEmpty()) {
        carried = tr("the Azure ML extension %1 already on the cluster (Succeeded) is reused.").arg(m_reused);
    } else if (!m_settings.isEmpty()) {
        QStringList pairs;
        for (auto it = m_settings.begin(); it != m_settings.end(); ++it)
            pairs.append(it.key() + QLatin1Char('=') + it.value());
        carried = pairs.join(QStringLiteral(", "));
        // The certificate and key go in the protected settings, never shown.
        if (m_settings.contains(QStringLiteral("sslCname")))
            carried += QLatin1Char(' ') + tr("(and the recovered certificate and key as protected settings)");
    } else {
        carried = tr("read with the preflight…");
    }
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Extension settings carried over:").toHtmlEscaped(), carried.toHtmlEscaped());
    m_ui->moveDetails->setText(html);
}

void MoveToV2Dialog::updateStart()
{
    const QString name = m_ui->newName->text().trimmed();
    QString why;
    if (!m_id.isEmpty())
        why = QString();
    else if (!m_findings && m_preflightError.isEmpty())
        why = tr("Waiting for the preflight.");
    else if (!m_findings)
        why = tr("The preflight could not run; the move cannot start.");
    else if (rules::hasErrors(*m_findings))
        why = tr("The preflight found what blocks the move.");
    else if (const rules::Findings nameFindings = rules::validateComputeName(name); rules::hasErrors(nameFindings))
        why = nameFindings.first().message;
    else if (m_ui->kubernetesNamespace->text().trimmed().isEmpty())
        why = tr("Give the Kubernetes namespace (default: default).");
    else if (m_ui->confirmName->text() != m_computeName)
        why = tr("Type the compute's name to confirm.");
    m_start->setEnabled(m_id.isEmpty() && why.isEmpty());
    m_start->setToolTip(why);
    if (m_id.isEmpty())
        m_ui->moveMessage->setText(why);
}

void MoveToV2Dialog::startOperation()
{
    if (!m_runner || !m_id.isEmpty() || !m_start->isEnabled())
        return;
    ops::MigrationOptions options;
    options.newName = m_ui->newName->text().trimmed();
    options.kubernetesNamespace = m_ui->kubernetesNamespace->text().trimmed();
    for (QWidget *w : {static_cast<QWidget *>(m_ui->newName), static_cast<QWidget *>(m_ui->kubernetesNamespace),
                       static_cast<QWidget *>(m_ui->confirmName)})
        w->setEnabled(false);
    m_start->setEnabled(false);
    m_close->setText(tr("Run in background"));
    m_id = m_runner->startMigrate(m_workspace, m_computeName, options);
    m_ui->moveMessage->setText(tr("Running; you can close this window, the operation goes on."));
    Q_EMIT operationStarted(m_id);
}

void MoveToV2Dialog::attachBack()
{
    if (!m_runner || m_id.isEmpty() || !m_backId.isEmpty())
        return;
    QString error;
    const QString id = m_runner->startAttachBack(m_id, &error);
    if (id.isEmpty()) {
        m_ui->moveMessage->setText(tr("The compute cannot be attached back: %1").arg(error));
        return;
    }
    m_backId = id;
    m_attachBack->setVisible(false);
    m_resume->setVisible(false);
    m_ui->moveMessage->setText(tr("Attaching %1 back as v1 with the recovered certificate…").arg(m_computeName));
    Q_EMIT operationStarted(id);
}

void MoveToV2Dialog::showRecord(const ops::OperationRecord &record)
{
    m_ui->moveSteps->clear();
    addStepRows(m_ui->moveSteps, record.steps);
    const bool failed = record.state == ops::OperationState::Failed;
    const bool back = record.id == m_backId;
    m_resume->setVisible(failed);
    if (record.state == ops::OperationState::Succeeded) {
        m_ui->moveMessage->setText(back ? tr("%1 is attached again as a v1 AKS compute.").arg(m_computeName)
                                        : tr("Moved. %1 is a Kubernetes compute (Azure ML v2) now.")
                                              .arg(m_ui->newName->text().trimmed()));
        m_close->setText(tr("Close"));
    } else if (failed) {
        // The record's own words: what failed and what state the cluster is left in; then where
        // the key material is and the way back.
        QString text = record.error;
        // Where the certificate and key are, unless the record's words already name the file.
        const QString kept = ops::describeTlsKept(record);
        if (!kept.isEmpty() && (record.tlsBackupFile.isEmpty() || !text.contains(record.tlsBackupFile)))
            text += QLatin1Char(' ') + kept;
        // The record says when there is a way back (the v1 compute was detached): then it is
        // offered here too, as `migrate --back` offers it.
        const bool wayBack = !back && record.migration.is_object() && record.migration.contains("wayBack");
        m_attachBack->setVisible(wayBack);
        m_ui->moveMessage->setText(text);
        m_close->setText(tr("Close"));
    }
}

} // namespace cw::ui
