#include "wizard/ReviewPage.h"

#include "export/ArmRequestExport.h"
#include "export/AzCliExport.h"
#include "export/PythonSdkExport.h"
#include "export/V2AttachExport.h"
#include "widgets/BusySpinner.h"
#include "widgets/CopyButton.h"
#include "widgets/FindingsList.h"
#include "wizard/ReviewSummary.h"
#include "wizard/WizardController.h"
#include "wizard/WizardPages.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace cw::ui {

ReviewPage::ReviewPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_checks(new FindingsList(this))
    , m_spinner(new BusySpinner(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("Check your choices. Every failed check must be fixed before you continue."));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_checks->setObjectName(QStringLiteral("preflightList"));
    m_checks->setAccessibleName(tr("Preflight checks"));
    m_tabs->setObjectName(QStringLiteral("exportTabs"));
    m_tabs->setAccessibleName(tr("Equivalent automation"));
    m_python = addExportTab(tr("&Python SDK"), "exportPython");
    m_az = addExportTab(tr("a&z command"), "exportAz");
    m_arm = addExportTab(tr("AR&M request"), "exportArm");

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_spinner, 0, Qt::AlignTop);
    topLayout->addLayout(summaryRow);
    topLayout->addWidget(m_checks, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_controller, &WizardController::computesChanged, this, &ReviewPage::onComputesReloaded);
    connect(m_controller, &WizardController::coreQuotaChanged, this, [this] {
        if (isShownPage(wizard(), this))
            refresh();
    });
}

QPlainTextEdit *ReviewPage::addExportTab(const QString &title, const char *objectName)
{
    auto *page = new QWidget(m_tabs);
    auto *text = new QPlainTextEdit(page);
    text->setObjectName(QLatin1String(objectName));
    QString accessible = title;
    text->setAccessibleName(accessible.remove(QLatin1Char('&')));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new CopyButton([text] { return text->toPlainText(); }, accessible, page);
    copy->setObjectName(QLatin1String(objectName) + QStringLiteral("Copy"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text, 1);
    layout->addWidget(copy, 0, Qt::AlignRight);
    m_tabs->addTab(page, title);
    return text;
}

void ReviewPage::initializePage()
{
    m_confirmed = false;
    setButtonText(QWizard::NextButton, m_controller->spec().isCreate() ? tr("&Create")
                                       : m_controller->isV2() && !m_controller->v2().reuseExtension ? tr("Install and &attach")
                                                                                                      : tr("&Attach"));
    // The region's vCPU use may have changed since the size page: read it again before Create.
    if (m_controller->spec().isCreate())
        m_controller->loadCoreQuota(m_controller->spec().effectiveRegion());
    refresh();
}

void ReviewPage::refresh()
{
    const rules::ComputeSpec &spec = m_controller->spec();
    if (m_controller->isV2()) {
        // Azure ML v2: every page's findings again, and the two steps as az, SDK v2 and ARM.
        m_summary->setText(describeV2(spec, m_controller->v2()).join(QLatin1Char('\n')));
        const rules::Findings findings = m_controller->v2Findings();
        m_checks->setFindings(findings);
        m_canProceed = !rules::hasErrors(findings) && m_controller->v2ClusterState() == LoadState::Loaded;
        const exporting::V2AttachExportInput input = exportInput(m_controller->v2(), spec);
        m_python->setPlainText(exporting::v2PythonSdk(input));
        m_az->setPlainText(exporting::v2AzCommands(input));
        m_arm->setPlainText(exporting::v2ArmRequests(input));
        Q_EMIT completeChanged();
        return;
    }
    m_summary->setText(describeSpec(spec).join(QLatin1Char('\n')));
    const rules::PreflightReport report = m_controller->preflight();
    m_checks->setChecks(report.checks);
    m_canProceed = report.canProceed();
    m_python->setPlainText(exporting::pythonSdkV1(spec));
    m_az->setPlainText(exporting::azCommand(spec));
    m_arm->setPlainText(exporting::armRequest(spec, /*revealKey=*/false).text());
    Q_EMIT completeChanged();
}

bool ReviewPage::isComplete() const
{
    // A create waits for the quota: the preflight must see it before anything is sent.
    return m_canProceed && !m_rechecking && !(m_controller->spec().isCreate() && m_controller->coreQuotaLoading());
}

bool ReviewPage::validatePage()
{
    if (m_confirmed)
        return true;
    // Asynchronous validation: look at the workspace once more (the name may have been taken
    // meanwhile); the answer calls next() when everything still passes.
    m_rechecking = true;
    m_spinner->start();
    Q_EMIT completeChanged();
    m_controller->loadComputes();
    return false;
}

void ReviewPage::onComputesReloaded()
{
    if (!m_rechecking || m_controller->computesState() == LoadState::Loading)
        return;
    m_rechecking = false;
    m_spinner->stop();
    refresh();
    if (m_controller->computesState() == LoadState::Loaded && m_canProceed && wizard()
        && wizard()->currentPage() == this) {
        m_confirmed = true;
        wizard()->next();
    }
}

int ReviewPage::nextId() const
{
    return ProgressPageId;
}

} // namespace cw::ui
