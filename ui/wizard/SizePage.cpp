#include "wizard/SizePage.h"

#include "rules/RegionRules.h"
#include "rules/SizeRules.h"
#include "widgets/BusySpinner.h"
#include "widgets/FindingsList.h"
#include "widgets/VcpuMeter.h"
#include "wizard/WizardController.h"
#include "wizard/WizardPages.h"

#include <QHeaderView>

#include "ui_SizePage.h"

namespace cw::ui {

SizePage::SizePage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_ui(std::make_unique<Ui::SizePage>())
{
    m_ui->setupUi(this);
    // Not editable: only the subscription's regions can be chosen (issue 16 item 2).
    m_ui->region->setEditable(false);
    m_ui->regionStatus->hide(); // until the regions load or fail
    m_ui->retryRegions->hide();
    m_ui->vmSizes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->vmSizes->sortByColumn(0, Qt::AscendingOrder);
    m_ui->nodeCount->setValue(m_controller->spec().nodeCount);

    connect(m_ui->computeName, &QLineEdit::textChanged, this, &SizePage::update);
    connect(m_ui->purposeProduction, &QRadioButton::toggled, this, &SizePage::update);
    connect(m_ui->region, &QComboBox::currentIndexChanged, this, &SizePage::regionChosen);
    connect(m_ui->retryRegions, &QPushButton::clicked, m_controller, &WizardController::loadLocations);
    connect(m_controller, &WizardController::locationsChanged, this, &SizePage::fillRegions);
    connect(m_ui->vmSizeFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString needle = text.trimmed();
        const bool gpuOnly = needle.compare(QLatin1String("gpu"), Qt::CaseInsensitive) == 0;
        QTreeWidget *sizes = m_ui->vmSizes;
        for (int i = 0; i < sizes->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = sizes->topLevelItem(i);
            const bool match = gpuOnly ? item->text(2).toInt() > 0 : item->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
        }
    });
    connect(m_ui->vmSizes, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_controller->spec().vmSize = item->text(0);
        update();
    });
    connect(m_ui->nodeCount, &QSpinBox::valueChanged, this, [this](int value) {
        m_controller->spec().nodeCount = value;
        update();
    });

    connect(m_controller, &WizardController::computesChanged, this, &SizePage::update);
    connect(m_controller, &WizardController::vmSizesChanged, this, &SizePage::fillSizes);
    connect(m_controller, &WizardController::orchestratorsChanged, this, &SizePage::fillVersions);
    connect(m_controller, &WizardController::coreQuotaChanged, this, &SizePage::update);
}

SizePage::~SizePage() = default;

void SizePage::initializePage()
{
    m_controller->spec().mode = rules::ComputeMode::Create;
    if (m_controller->locationsState() == LoadState::Idle || m_controller->locationsState() == LoadState::Failed)
        m_controller->loadLocations();
    fillRegions();
    fillSizes();
    fillVersions();
    // A fresh look at the workspace's names: someone may have created one meanwhile.
    m_controller->loadComputes();
    update();
}

void SizePage::fillRegions()
{
    const LoadState state = m_controller->locationsState();
    const QList<rules::LocationFacts> regions =
        state == LoadState::Loaded ? rules::clusterRegions(m_controller->locationList()) : QList<rules::LocationFacts>{};
    const QString wanted = m_controller->spec().effectiveRegion();
    {
        const QSignalBlocker block(m_ui->region);
        m_ui->region->clear();
        for (const rules::LocationFacts &r : regions) {
            const QString label = r.displayName.isEmpty() || r.displayName == r.name
                ? r.name
                : tr("%1 (%2)").arg(r.displayName, r.name);
            m_ui->region->addItem(label, r.name);
        }
        m_ui->region->setCurrentIndex(m_ui->region->findData(wanted));
    }
    m_ui->region->setEnabled(!regions.isEmpty());
    m_ui->regionSpinner->setRunning(state == LoadState::Loading);
    m_ui->retryRegions->setVisible(state == LoadState::Failed);
    regionChosen();
}

void SizePage::regionChosen()
{
    rules::ComputeSpec &spec = m_controller->spec();
    const QString before = spec.effectiveRegion();
    if (m_ui->region->currentIndex() >= 0)
        spec.region = m_ui->region->currentData().toString();
    if (spec.effectiveRegion() != before) {
        m_controller->loadVmSizes(spec.effectiveRegion());
        m_controller->loadOrchestrators(spec.effectiveRegion());
    }
    update();
}

void SizePage::fillSizes()
{
    const QString current = m_controller->spec().vmSize;
    m_ui->vmSizes->setSortingEnabled(false);
    m_ui->vmSizes->clear();
    const std::optional<rules::VmSizeCatalogue> &catalogue = m_controller->vmSizeCatalogue();
    for (const rules::VmSize &size : catalogue ? catalogue->sizes : QList<rules::VmSize>{}) {
        auto *item = new QTreeWidgetItem(m_ui->vmSizes);
        item->setText(0, size.name);
        item->setData(1, Qt::DisplayRole, size.vCPUs);
        item->setData(2, Qt::DisplayRole, size.gpus);
        item->setData(3, Qt::DisplayRole, size.memoryGB);
        if (size.name.compare(current, Qt::CaseInsensitive) == 0)
            m_ui->vmSizes->setCurrentItem(item);
    }
    m_ui->vmSizes->setSortingEnabled(true);
    update();
}

void SizePage::fillVersions()
{
    const rules::OrchestratorList list = m_controller->orchestratorList();
    if (list.versions.isEmpty()) {
        m_ui->kubernetesVersions->setText(tr("Kubernetes: the region's default version is used."));
        return;
    }
    QStringList available;
    for (const rules::OrchestratorVersion &v : list.versions)
        available.append(v.isPreview ? tr("%1 (preview)").arg(v.version) : v.version);
    const auto def = list.defaultVersion();
    m_ui->kubernetesVersions->setText(tr("Kubernetes %1 (the region's default) will be used. Available: %2.")
                            .arg(def ? def->version : tr("default"), available.join(QStringLiteral(", "))));
}

void SizePage::update()
{
    rules::ComputeSpec &spec = m_controller->spec();
    // The attach page edits the same spec fields; only the page on screen writes them (this slot
    // also runs on the controller's signals while another page is shown).
    if (isShownPage(wizard(), this)) {
        spec.name = m_ui->computeName->text().trimmed();
        spec.purpose = m_ui->purposeDevTest->isChecked() ? rules::ClusterPurpose::DevTest : rules::ClusterPurpose::FastProd;
    }
    m_ui->purposeNote->setText(spec.purpose == rules::ClusterPurpose::DevTest
                               ? tr("Dev-test is not for production traffic: it may be slower and has no "
                                    "fault tolerance. It needs at least 2 vCPUs in total.")
                               : tr("Production needs at least 12 vCPUs in total and at least 3 nodes."));
    const bool checkingNames = m_controller->computesState() == LoadState::Loading;
    m_ui->nameSpinner->setRunning(checkingNames);

    const rules::Findings nameFindings = spec.name.isEmpty() ? rules::Findings{} : m_controller->nameFindings();
    m_ui->nameFindings->setAllClearText(spec.name.isEmpty() ? QString() : tr("The name is valid and free in the workspace."));
    m_ui->nameFindings->setFindings(nameFindings);

    const std::optional<rules::VmSizeCatalogue> &catalogue = m_controller->vmSizeCatalogue();
    const std::optional<rules::VmSize> size = catalogue ? catalogue->find(spec.vmSize) : std::nullopt;
    m_ui->vcpuMeter->setCapacity(spec.purpose, spec.nodeCount, size ? size->vCPUs : 0);
    // The region's quota, live: current use + this cluster against the limit (src/rules decides).
    const rules::CoreQuotaVerdict quota =
        rules::checkRegionalCoreQuota(m_controller->coreQuota(), size ? spec.nodeCount * size->vCPUs : 0);
    m_ui->vcpuMeter->setRegionalQuota(quota, m_controller->coreQuotaLoading());
    const bool sizesLoading = m_controller->vmSizesState() == LoadState::Loading;
    rules::Findings sizeFindings = rules::validatePurposeAndSize(
        spec.purpose, spec.vmSize, spec.nodeCount, catalogue,
        m_controller->vmSizesState() == LoadState::Failed ? m_controller->lastError(QStringLiteral("vmSizes")) : QString());
    // While the region's sizes load, "not checked" would be premature: say they are loading.
    for (rules::Finding &f : sizeFindings)
        if (sizesLoading && f.code == QLatin1String("size.notChecked"))
            f = rules::info(QStringLiteral("size.loading"), f.field, tr("Loading the region's VM sizes…"));
    m_ui->sizeFindings->setFindings(sizeFindings);
    m_ui->sizeFindings->setVisible(!sizeFindings.isEmpty());

    // The region: one of the subscription's, once they are known (loading and failure say so).
    const LoadState regionsState = m_controller->locationsState();
    const bool regionsKnown = regionsState == LoadState::Loaded;
    const rules::Findings regionFindings = rules::validateRegion(
        spec.effectiveRegion(),
        regionsKnown ? std::optional<QList<rules::LocationFacts>>(m_controller->locationList()) : std::nullopt);
    QString regionText;
    if (regionsState == LoadState::Loading)
        regionText = tr("Loading the subscription's regions…");
    else if (regionsState == LoadState::Failed)
        regionText = tr("Cannot read the subscription's regions: %1").arg(m_controller->lastError(QStringLiteral("locations")));
    else if (!regionFindings.isEmpty())
        regionText = regionFindings.first().message;
    m_ui->regionStatus->setText(regionText);
    m_ui->regionStatus->setVisible(!regionText.isEmpty());

    m_findings = nameFindings + sizeFindings + regionFindings;
    if (!regionsKnown)
        m_findings.append(rules::error(QStringLiteral("region.notLoaded"), QStringLiteral("region"), regionText));
    if (quota.known && !quota.fits)
        m_findings.append(rules::error(QStringLiteral("create.quota"), QStringLiteral("nodeCount"), quota.text));
    if (spec.name.isEmpty())
        m_findings.append(rules::error(QStringLiteral("name.empty"), QStringLiteral("name"), tr("Type a name.")));
    Q_EMIT completeChanged();
}

bool SizePage::isComplete() const
{
    return !rules::hasErrors(m_findings) && m_controller->computesState() != LoadState::Loading;
}

int SizePage::nextId() const
{
    return NetworkingPageId;
}

} // namespace cw::ui
