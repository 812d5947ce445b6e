#include "wizard/SizePage.h"

#include "rules/RegionRules.h"
#include "rules/SizeRules.h"
#include "widgets/BusySpinner.h"
#include "widgets/FindingsList.h"
#include "widgets/VcpuMeter.h"
#include "wizard/WizardController.h"
#include "wizard/WizardPages.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw::ui {

SizePage::SizePage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("sizePage"));
    setTitle(tr("Name, purpose and size"));
    setSubTitle(tr("The VM size cannot be changed later; only the node count can be scaled in AKS."));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(buildNameGroup(), 2);
    layout->addWidget(buildSizeGroup(), 3);

    connect(m_controller, &WizardController::computesChanged, this, &SizePage::update);
    connect(m_controller, &WizardController::vmSizesChanged, this, &SizePage::fillSizes);
    connect(m_controller, &WizardController::orchestratorsChanged, this, &SizePage::fillVersions);
    connect(m_controller, &WizardController::coreQuotaChanged, this, &SizePage::update);
}

QWidget *SizePage::buildNameGroup()
{
    auto *box = new QWidget(this);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("computeName"));
    m_name->setAccessibleName(tr("Compute name"));
    m_name->setPlaceholderText(tr("3–24 letters, digits or hyphens"));
    m_nameSpinner = new BusySpinner(box);
    m_nameSpinner->setAccessibleName(tr("Checking the workspace's compute names"));
    m_nameFindings = new FindingsList(box);
    m_nameFindings->setObjectName(QStringLiteral("nameFindings"));
    m_nameFindings->setAccessibleName(tr("Name checks"));
    m_production = new QRadioButton(tr("&Production"), box);
    m_production->setObjectName(QStringLiteral("purposeProduction"));
    m_production->setAccessibleName(tr("Production purpose"));
    m_devTest = new QRadioButton(tr("&Dev-test"), box);
    m_devTest->setObjectName(QStringLiteral("purposeDevTest"));
    m_devTest->setAccessibleName(tr("Dev-test purpose"));
    auto *purposeGroup = new QButtonGroup(box);
    purposeGroup->addButton(m_production);
    purposeGroup->addButton(m_devTest);
    m_production->setChecked(true);
    m_purposeNote = new QLabel(box);
    m_purposeNote->setObjectName(QStringLiteral("purposeNote"));
    m_purposeNote->setWordWrap(true);
    m_region = new QComboBox(box);
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setAccessibleName(tr("Region"));
    // Not editable: only the subscription's regions can be chosen (issue 16 item 2).
    m_region->setEditable(false);
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_regionSpinner = new BusySpinner(box);
    m_regionSpinner->setAccessibleName(tr("Loading the subscription's regions"));
    m_regionStatus = new QLabel(box);
    m_regionStatus->setObjectName(QStringLiteral("regionStatus"));
    m_regionStatus->setWordWrap(true);
    m_regionStatus->hide();
    m_regionRetry = new QPushButton(tr("Retr&y"), box);
    m_regionRetry->setObjectName(QStringLiteral("retryRegions"));
    m_regionRetry->setAccessibleName(tr("Load the regions again"));
    m_regionRetry->hide();
    m_versions = new QLabel(box);
    m_versions->setObjectName(QStringLiteral("kubernetesVersions"));
    m_versions->setWordWrap(true);

    auto *nameLabel = new QLabel(tr("Compute na&me:"), box);
    nameLabel->setBuddy(m_name);
    auto *regionLabel = new QLabel(tr("&Region:"), box);
    regionLabel->setBuddy(m_region);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_nameSpinner);
    auto *form = new QFormLayout;
    form->addRow(nameLabel, nameRow);
    auto *purposeRow = new QHBoxLayout;
    purposeRow->addWidget(m_production);
    purposeRow->addWidget(m_devTest);
    purposeRow->addStretch(1);
    form->addRow(tr("Purpose:"), purposeRow);
    auto *regionRow = new QHBoxLayout;
    regionRow->addWidget(m_region, 1);
    regionRow->addWidget(m_regionSpinner);
    regionRow->addWidget(m_regionRetry);
    form->addRow(regionLabel, regionRow);
    form->addRow(QString(), m_regionStatus);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_nameFindings, 1);
    layout->addWidget(m_purposeNote);
    layout->addWidget(m_versions);

    connect(m_name, &QLineEdit::textChanged, this, &SizePage::update);
    connect(m_production, &QRadioButton::toggled, this, &SizePage::update);
    connect(m_region, &QComboBox::currentIndexChanged, this, &SizePage::regionChosen);
    connect(m_regionRetry, &QPushButton::clicked, m_controller, &WizardController::loadLocations);
    connect(m_controller, &WizardController::locationsChanged, this, &SizePage::fillRegions);
    return box;
}

QWidget *SizePage::buildSizeGroup()
{
    auto *box = new QWidget(this);
    m_sizeFilter = new QLineEdit(box);
    m_sizeFilter->setObjectName(QStringLiteral("vmSizeFilter"));
    m_sizeFilter->setAccessibleName(tr("Search VM sizes"));
    m_sizeFilter->setPlaceholderText(tr("Search sizes, e.g. D3 or GPU"));
    m_sizeFilter->setClearButtonEnabled(true);
    m_sizes = new QTreeWidget(box);
    m_sizes->setObjectName(QStringLiteral("vmSizes"));
    m_sizes->setAccessibleName(tr("VM size"));
    m_sizes->setRootIsDecorated(false);
    m_sizes->setHeaderLabels({tr("Size"), tr("vCPUs"), tr("GPUs"), tr("Memory (GB)")});
    m_sizes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sizes->setSortingEnabled(true);
    m_sizes->sortByColumn(0, Qt::AscendingOrder);
    m_nodes = new QSpinBox(box);
    m_nodes->setObjectName(QStringLiteral("nodeCount"));
    m_nodes->setAccessibleName(tr("Node count"));
    m_nodes->setRange(1, 100);
    m_nodes->setValue(m_controller->spec().nodeCount);
    m_meter = new VcpuMeter(box);
    m_sizeFindings = new FindingsList(box);
    m_sizeFindings->setObjectName(QStringLiteral("sizeFindings"));
    m_sizeFindings->setAccessibleName(tr("Size checks"));

    auto *filterLabel = new QLabel(tr("&VM size:"), box);
    filterLabel->setBuddy(m_sizeFilter);
    auto *nodesLabel = new QLabel(tr("N&odes:"), box);
    nodesLabel->setBuddy(m_nodes);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_sizeFilter, 1);
    layout->addLayout(filterRow);
    layout->addWidget(m_sizes, 2);
    auto *nodesRow = new QHBoxLayout;
    nodesRow->addWidget(nodesLabel);
    nodesRow->addWidget(m_nodes);
    nodesRow->addStretch(1);
    layout->addLayout(nodesRow);
    layout->addWidget(m_meter);
    layout->addWidget(m_sizeFindings, 1);

    connect(m_sizeFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString needle = text.trimmed();
        const bool gpuOnly = needle.compare(QLatin1String("gpu"), Qt::CaseInsensitive) == 0;
        for (int i = 0; i < m_sizes->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_sizes->topLevelItem(i);
            const bool match = gpuOnly ? item->text(2).toInt() > 0 : item->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
        }
    });
    connect(m_sizes, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_controller->spec().vmSize = item->text(0);
        update();
    });
    connect(m_nodes, &QSpinBox::valueChanged, this, [this](int value) {
        m_controller->spec().nodeCount = value;
        update();
    });
    return box;
}

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
        const QSignalBlocker block(m_region);
        m_region->clear();
        for (const rules::LocationFacts &r : regions) {
            const QString label = r.displayName.isEmpty() || r.displayName == r.name
                ? r.name
                : tr("%1 (%2)").arg(r.displayName, r.name);
            m_region->addItem(label, r.name);
        }
        m_region->setCurrentIndex(m_region->findData(wanted));
    }
    m_region->setEnabled(!regions.isEmpty());
    m_regionSpinner->setRunning(state == LoadState::Loading);
    m_regionRetry->setVisible(state == LoadState::Failed);
    regionChosen();
}

void SizePage::regionChosen()
{
    rules::ComputeSpec &spec = m_controller->spec();
    const QString before = spec.effectiveRegion();
    if (m_region->currentIndex() >= 0)
        spec.region = m_region->currentData().toString();
    if (spec.effectiveRegion() != before) {
        m_controller->loadVmSizes(spec.effectiveRegion());
        m_controller->loadOrchestrators(spec.effectiveRegion());
    }
    update();
}

void SizePage::fillSizes()
{
    const QString current = m_controller->spec().vmSize;
    m_sizes->setSortingEnabled(false);
    m_sizes->clear();
    const std::optional<rules::VmSizeCatalogue> &catalogue = m_controller->vmSizeCatalogue();
    for (const rules::VmSize &size : catalogue ? catalogue->sizes : QList<rules::VmSize>{}) {
        auto *item = new QTreeWidgetItem(m_sizes);
        item->setText(0, size.name);
        item->setData(1, Qt::DisplayRole, size.vCPUs);
        item->setData(2, Qt::DisplayRole, size.gpus);
        item->setData(3, Qt::DisplayRole, size.memoryGB);
        if (size.name.compare(current, Qt::CaseInsensitive) == 0)
            m_sizes->setCurrentItem(item);
    }
    m_sizes->setSortingEnabled(true);
    update();
}

void SizePage::fillVersions()
{
    const rules::OrchestratorList list = m_controller->orchestratorList();
    if (list.versions.isEmpty()) {
        m_versions->setText(tr("Kubernetes: the region's default version is used."));
        return;
    }
    QStringList available;
    for (const rules::OrchestratorVersion &v : list.versions)
        available.append(v.isPreview ? tr("%1 (preview)").arg(v.version) : v.version);
    const auto def = list.defaultVersion();
    m_versions->setText(tr("Kubernetes %1 (the region's default) will be used. Available: %2.")
                            .arg(def ? def->version : tr("default"), available.join(QStringLiteral(", "))));
}

void SizePage::update()
{
    rules::ComputeSpec &spec = m_controller->spec();
    // The attach page edits the same spec fields; only the page on screen writes them (this slot
    // also runs on the controller's signals while another page is shown).
    if (isShownPage(wizard(), this)) {
        spec.name = m_name->text().trimmed();
        spec.purpose = m_devTest->isChecked() ? rules::ClusterPurpose::DevTest : rules::ClusterPurpose::FastProd;
    }
    m_purposeNote->setText(spec.purpose == rules::ClusterPurpose::DevTest
                               ? tr("Dev-test is not for production traffic: it may be slower and has no "
                                    "fault tolerance. It needs at least 2 vCPUs in total.")
                               : tr("Production needs at least 12 vCPUs in total and at least 3 nodes."));
    const bool checkingNames = m_controller->computesState() == LoadState::Loading;
    m_nameSpinner->setRunning(checkingNames);

    const rules::Findings nameFindings = spec.name.isEmpty() ? rules::Findings{} : m_controller->nameFindings();
    m_nameFindings->setAllClearText(spec.name.isEmpty() ? QString() : tr("The name is valid and free in the workspace."));
    m_nameFindings->setFindings(nameFindings);

    const std::optional<rules::VmSizeCatalogue> &catalogue = m_controller->vmSizeCatalogue();
    const std::optional<rules::VmSize> size = catalogue ? catalogue->find(spec.vmSize) : std::nullopt;
    m_meter->setCapacity(spec.purpose, spec.nodeCount, size ? size->vCPUs : 0);
    // The region's quota, live: current use + this cluster against the limit (src/rules decides).
    const rules::CoreQuotaVerdict quota =
        rules::checkRegionalCoreQuota(m_controller->coreQuota(), size ? spec.nodeCount * size->vCPUs : 0);
    m_meter->setRegionalQuota(quota, m_controller->coreQuotaLoading());
    const bool sizesLoading = m_controller->vmSizesState() == LoadState::Loading;
    rules::Findings sizeFindings = rules::validatePurposeAndSize(
        spec.purpose, spec.vmSize, spec.nodeCount, catalogue,
        m_controller->vmSizesState() == LoadState::Failed ? m_controller->lastError(QStringLiteral("vmSizes")) : QString());
    // While the region's sizes load, "not checked" would be premature: say they are loading.
    for (rules::Finding &f : sizeFindings)
        if (sizesLoading && f.code == QLatin1String("size.notChecked"))
            f = rules::info(QStringLiteral("size.loading"), f.field, tr("Loading the region's VM sizes…"));
    m_sizeFindings->setFindings(sizeFindings);
    m_sizeFindings->setVisible(!sizeFindings.isEmpty());

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
    m_regionStatus->setText(regionText);
    m_regionStatus->setVisible(!regionText.isEmpty());

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
