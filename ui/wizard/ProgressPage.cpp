#include "wizard/ProgressPage.h"

#include "widgets/BusySpinner.h"
#include "widgets/StatusIcons.h"
#include "wizard/WizardController.h"
#include "wizard/WizardOperation.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cw::ui {

ProgressPage::ProgressPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_steps(new QListWidget(this))
    , m_state(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_spinner(new BusySpinner(this))
    , m_log(new QPlainTextEdit(this))
    , m_errorBox(new QWidget(this))
    , m_errors(new QLabel(m_errorBox))
    , m_detailsToggle(new QToolButton(m_errorBox))
    , m_details(new QPlainTextEdit(m_errorBox))
    , m_fixAndRetry(new QPushButton(tr("&Fix and retry"), m_errorBox))
    , m_background(new QPushButton(tr("Run in &background"), this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("progressPage"));
    setTitle(tr("Progress"));
    m_steps->setObjectName(QStringLiteral("progressSteps"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_state->setObjectName(QStringLiteral("progressState"));
    m_state->setWordWrap(true);
    m_elapsed->setObjectName(QStringLiteral("progressElapsed"));
    m_log->setObjectName(QStringLiteral("progressLog"));
    m_log->setAccessibleName(tr("Log"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_errors->setObjectName(QStringLiteral("progressErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detailsToggle->setObjectName(QStringLiteral("progressDetailsToggle"));
    m_detailsToggle->setText(tr("Show &details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAccessibleName(tr("Show the service's raw error details"));
    m_details->setObjectName(QStringLiteral("progressDetails"));
    m_details->setAccessibleName(tr("Raw error details"));
    m_details->setReadOnly(true);
    m_details->hide();
    m_fixAndRetry->setObjectName(QStringLiteral("fixAndRetry"));
    m_fixAndRetry->setAccessibleName(tr("Fix and retry"));
    m_background->setObjectName(QStringLiteral("runInBackground"));
    m_background->setAccessibleName(tr("Run in background"));

    auto *errorLayout = new QVBoxLayout(m_errorBox);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_errors);
    auto *errorButtons = new QHBoxLayout;
    errorButtons->addWidget(m_detailsToggle);
    errorButtons->addStretch(1);
    errorButtons->addWidget(m_fixAndRetry);
    errorLayout->addLayout(errorButtons);
    errorLayout->addWidget(m_details);
    m_errorBox->hide();

    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_spinner);
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_elapsed);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(stateRow);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_errorBox);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_background, 0, Qt::AlignRight);

    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &ProgressPage::tick);
    connect(m_detailsToggle, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_fixAndRetry, &QPushButton::clicked, this, [this] { Q_EMIT fixAndRetryRequested(m_retryPage); });
    connect(m_background, &QPushButton::clicked, this, [this] { Q_EMIT runInBackgroundRequested(m_operation); });
}

void ProgressPage::initializePage()
{
    m_log->clear();
    m_steps->clear();
    m_errorBox->hide();
    m_detailsToggle->setChecked(false);
    m_background->show();
    m_state->setText(tr("Starting…"));
    WizardBackend *backend = m_controller->backend();
    m_operation = !backend ? nullptr
                  : m_controller->isV2() ? backend->startV2Attach(m_controller->v2Request())
                                         : backend->startOperation(m_controller->spec());
    if (!m_operation) {
        m_state->setText(tr("Not connected: the operation cannot start."));
        return;
    }
    m_spinner->start();
    m_clock->start();
    tick();
    connect(m_operation, &WizardOperation::stepsChanged, this, &ProgressPage::showSteps);
    connect(m_operation, &WizardOperation::stateChanged, m_state, &QLabel::setText);
    connect(m_operation, &WizardOperation::logAppended, this, [this](const QString &line) {
        m_log->appendPlainText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss ")) + line);
    });
    connect(m_operation, &WizardOperation::finished, this, &ProgressPage::onFinished);
    showSteps();
    if (m_operation->isFinished())
        onFinished(m_operation->succeeded());
    Q_EMIT completeChanged();
}

void ProgressPage::cleanupPage()
{
    // Back (only through "Fix and retry", after a failure): forget the finished operation.
    if (m_operation)
        disconnect(m_operation, nullptr, this, nullptr);
    m_operation = nullptr;
    m_clock->stop();
    m_spinner->stop();
}

void ProgressPage::showSteps()
{
    if (!m_operation)
        return;
    m_steps->clear();
    for (const OperationStep &step : m_operation->steps()) {
        QIcon icon;
        QString state;
        switch (step.state) {
        case OperationStep::State::Pending: state = tr("waiting"); break;
        case OperationStep::State::Running: state = tr("running"); icon = iconFor(rules::Severity::Info); break;
        case OperationStep::State::Done: state = tr("done"); icon = passIcon(); break;
        case OperationStep::State::Failed: state = tr("failed"); icon = iconFor(rules::Severity::Error); break;
        }
        m_steps->addItem(new QListWidgetItem(icon, tr("%1 — %2").arg(step.title, state)));
    }
}

void ProgressPage::onFinished(bool succeeded)
{
    m_clock->stop();
    m_spinner->stop();
    tick();
    m_background->hide();
    if (succeeded) {
        m_state->setText(m_controller->spec().isCreate() ? tr("The cluster %1 is ready.").arg(m_controller->spec().name)
                         : m_controller->isV2()          ? tr("The cluster is attached as Kubernetes compute %1.").arg(m_controller->spec().name)
                                                         : tr("The cluster is attached as %1.").arg(m_controller->spec().name));
    } else {
        QStringList lines;
        QStringList codes;
        for (const ServiceError &e : m_operation->errors()) {
            lines.append(e.code.isEmpty() ? e.message : tr("%1 (%2)").arg(e.message, e.code));
            codes.append(e.code);
        }
        m_retryPage = m_controller->isV2() ? WizardController::pageForV2Errors(codes)
                                           : WizardController::pageForErrors(codes, m_controller->spec().mode);
        m_state->setText(tr("The operation failed."));
        m_errors->setText(lines.isEmpty() ? tr("The service did not say why.") : lines.join(QLatin1Char('\n')));
        m_details->setPlainText(m_operation->rawDetails());
        m_detailsToggle->setVisible(!m_operation->rawDetails().isEmpty());
        m_errorBox->show();
        m_fixAndRetry->setFocus();
    }
    Q_EMIT completeChanged();
}

void ProgressPage::tick()
{
    if (!m_operation)
        return;
    const qint64 seconds = m_operation->startedAt().secsTo(QDateTime::currentDateTimeUtc());
    m_elapsed->setText(tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

bool ProgressPage::isComplete() const
{
    return m_operation && m_operation->isFinished() && m_operation->succeeded();
}

} // namespace cw::ui
