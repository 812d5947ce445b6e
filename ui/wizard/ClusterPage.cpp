#include "wizard/ClusterPage.h"

#include "rules/AksResourceId.h"
#include "widgets/BusySpinner.h"
#include "widgets/FindingsList.h"
#include "wizard/WizardController.h"
#include "wizard/WizardPages.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
enum Column { Name, Group, Region, Version, Nodes, Vcpus, LbSku, Private, Ranges, Attached, ColumnCount };
constexpr int IdRole = Qt::UserRole;
} // namespace

ClusterPage::ClusterPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_search(new QLineEdit(this))
    , m_table(new QTreeWidget(this))
    , m_spinner(new BusySpinner(this))
    , m_loadError(new QLabel(this))
    , m_resourceId(new QLineEdit(this))
    , m_resourceIdStatus(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_production(new QRadioButton(tr("&Production"), this))
    , m_devTest(new QRadioButton(tr("&Dev-test"), this))
    , m_findings(new FindingsList(this))
    , m_idDebounce(new QTimer(this))
{
    m_idDebounce->setSingleShot(true);
    m_idDebounce->setInterval(400);
    setObjectName(QStringLiteral("clusterPage"));
    setTitle(tr("Pick the cluster"));
    setSubTitle(tr("The cluster must be in the workspace's subscription and not attached under another name."));
    m_search->setObjectName(QStringLiteral("clusterSearch"));
    m_search->setAccessibleName(tr("Search clusters"));
    m_search->setPlaceholderText(tr("Search by name, resource group or region"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("clusterTable"));
    m_table->setAccessibleName(tr("AKS clusters"));
    m_table->setRootIsDecorated(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Name, Qt::AscendingOrder); // QHeaderView's default would be descending
    m_table->setHeaderLabels({tr("Name"), tr("Resource group"), tr("Region"), tr("Version"), tr("Nodes × size"),
                              tr("vCPUs"), tr("Load balancer"), tr("Private"), tr("Authorized ranges"),
                              tr("Attached as")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_loadError->setObjectName(QStringLiteral("clusterLoadError"));
    m_loadError->setWordWrap(true);
    m_loadError->hide();
    m_resourceId->setObjectName(QStringLiteral("clusterResourceId"));
    m_resourceId->setAccessibleName(tr("Cluster resource ID"));
    m_resourceId->setPlaceholderText(
        tr("/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerService/managedClusters/…"));
    m_resourceIdStatus->setObjectName(QStringLiteral("clusterResourceIdStatus"));
    m_resourceIdStatus->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("attachName"));
    m_name->setAccessibleName(tr("Compute name"));
    m_production->setObjectName(QStringLiteral("attachPurposeProduction"));
    m_production->setAccessibleName(tr("Production purpose"));
    m_devTest->setObjectName(QStringLiteral("attachPurposeDevTest"));
    m_devTest->setAccessibleName(tr("Dev-test purpose"));
    auto *purpose = new QButtonGroup(this);
    purpose->addButton(m_production);
    purpose->addButton(m_devTest);
    m_production->setChecked(true);
    m_findings->setObjectName(QStringLiteral("attachChecks"));
    m_findings->setAccessibleName(tr("Checks of the selected cluster"));

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *idLabel = new QLabel(tr("Or paste its resource &ID:"), this);
    idLabel->setBuddy(m_resourceId);
    auto *nameLabel = new QLabel(tr("Compute na&me:"), this);
    nameLabel->setBuddy(m_name);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_spinner);
    auto *form = new QFormLayout;
    form->addRow(idLabel, m_resourceId);
    form->addRow(QString(), m_resourceIdStatus);
    form->addRow(nameLabel, m_name);
    auto *purposeRow = new QHBoxLayout;
    purposeRow->addWidget(m_production);
    purposeRow->addWidget(m_devTest);
    purposeRow->addStretch(1);
    form->addRow(tr("Purpose:"), purposeRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_loadError);
    layout->addWidget(m_table, 3);
    layout->addLayout(form);
    layout->addWidget(m_findings, 2);

    connect(m_controller, &WizardController::clustersChanged, this, &ClusterPage::fillTable);
    connect(m_controller, &WizardController::computesChanged, this, [this] {
        fillTable();
        update();
    });
    connect(m_controller, &WizardController::clusterLookedUp, this, &ClusterPage::onLookedUp);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &ClusterPage::onSelectionChanged);
    connect(m_resourceId, &QLineEdit::editingFinished, this, &ClusterPage::onResourceIdEdited);
    connect(m_resourceId, &QLineEdit::textEdited, this, &ClusterPage::onResourceIdTyped);
    connect(m_idDebounce, &QTimer::timeout, this, &ClusterPage::onResourceIdEdited);
    connect(m_name, &QLineEdit::textChanged, this, &ClusterPage::update);
    connect(m_production, &QRadioButton::toggled, this, &ClusterPage::update);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_table->topLevelItem(i);
            const bool match = item->text(Name).contains(text, Qt::CaseInsensitive)
                               || item->text(Group).contains(text, Qt::CaseInsensitive)
                               || item->text(Region).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
        }
    });
}

void ClusterPage::initializePage()
{
    m_controller->spec().mode = rules::ComputeMode::Attach;
    if (m_controller->clustersState() == LoadState::Idle)
        m_controller->loadClusters();
    m_controller->loadComputes();
    fillTable();
    update();
}

int ClusterPage::vcpusOf(const ClusterChoice &cluster) const
{
    int total = 0;
    for (const rules::AgentPoolFacts &pool : cluster.facts.agentPools) {
        const auto &catalogue = m_controller->vmSizeCatalogue();
        const auto size = catalogue ? catalogue->find(pool.vmSize) : std::nullopt;
        total += size ? pool.count * size->vCPUs : 0;
    }
    return total;
}

QString ClusterPage::attachedAs(const ClusterChoice &cluster) const
{
    QStringList names;
    for (const rules::ExistingCompute &c : m_controller->computeList()) {
        if (rules::sameResourceId(c.resourceId, cluster.facts.id))
            names.append(c.name);
    }
    return names.join(QStringLiteral(", "));
}

void ClusterPage::fillTable()
{
    const LoadState state = m_controller->clustersState();
    m_spinner->setRunning(state == LoadState::Loading);
    m_loadError->setVisible(state == LoadState::Failed);
    m_loadError->setText(tr("Could not load the clusters: %1").arg(m_controller->lastError(QStringLiteral("clusters"))));
    const QString selected = m_controller->spec().aksResourceId;
    const QSignalBlocker blocker(m_table);
    m_table->setSortingEnabled(false);
    m_table->clear();
    for (const ClusterChoice &c : m_controller->clusterList()) {
        auto *item = new QTreeWidgetItem(m_table);
        QStringList pools;
        int nodes = 0;
        for (const rules::AgentPoolFacts &p : c.facts.agentPools) {
            pools.append(tr("%1 × %2").arg(p.count).arg(p.vmSize));
            nodes += p.count;
        }
        item->setText(Name, c.facts.name);
        item->setText(Group, c.resourceGroup);
        item->setText(Region, c.facts.location);
        item->setText(Version, c.facts.effectiveVersion());
        item->setText(Nodes, pools.join(QStringLiteral(", ")));
        item->setData(Vcpus, Qt::DisplayRole, vcpusOf(c));
        item->setText(LbSku, c.facts.loadBalancerSku);
        item->setText(Private, c.facts.enablePrivateCluster ? tr("yes") : tr("no"));
        item->setText(Ranges, c.facts.authorizedIpRanges.isEmpty() ? tr("none")
                                                                   : c.facts.authorizedIpRanges.join(QStringLiteral(", ")));
        item->setText(Attached, attachedAs(c));
        item->setData(Name, IdRole, c.facts.id);
        if (rules::sameResourceId(c.facts.id, selected))
            m_table->setCurrentItem(item);
    }
    m_table->setSortingEnabled(true);
}

void ClusterPage::onSelectionChanged()
{
    QTreeWidgetItem *item = m_table->currentItem();
    if (!item)
        return;
    const QString id = item->data(Name, IdRole).toString();
    for (const ClusterChoice &c : m_controller->clusterList()) {
        if (c.facts.id == id) {
            m_controller->selectCluster(c);
            m_resourceId->setText(c.facts.id);
            m_resourceIdStatus->clear();
            m_resourceIdProblem.clear();
            m_idDebounce->stop();
        }
    }
    update();
}

void ClusterPage::onResourceIdTyped()
{
    const QString text = m_resourceId->text().trimmed();
    if (!rules::sameResourceId(text, m_controller->spec().aksResourceId) && m_controller->selectedCluster()) {
        const QSignalBlocker blocker(m_table);
        m_table->setCurrentItem(nullptr);
        m_controller->selectCluster(std::nullopt);
    }
    m_resourceIdProblem.clear();
    if (text.isEmpty()) {
        m_idDebounce->stop();
        m_resourceIdStatus->clear();
    } else {
        m_resourceIdStatus->setText(tr("Checking…"));
        m_idDebounce->start();
    }
    update();
}

void ClusterPage::onResourceIdEdited()
{
    m_idDebounce->stop();
    const QString text = m_resourceId->text().trimmed();
    if (text.isEmpty() || rules::sameResourceId(text, m_controller->spec().aksResourceId)) {
        if (text.isEmpty() || m_controller->selectedCluster())
            update();
        return;
    }
    const rules::AksResourceIdParse parse = rules::parseAksResourceId(text);
    if (!parse.ok()) {
        m_resourceIdProblem = parse.message;
        m_resourceIdStatus->setText(parse.message);
        m_controller->selectCluster(std::nullopt);
        update();
        return;
    }
    // A pasted ID may name a cluster of another subscription: fetch it, the preflight decides.
    m_lookingUp = true;
    m_lookupId = text;
    m_spinner->start();
    m_resourceIdStatus->setText(tr("Looking up the cluster…"));
    m_controller->lookUpCluster(parse.id->toString());
    update();
}

void ClusterPage::onLookedUp(const ClusterChoice &cluster, const QString &error)
{
    m_lookingUp = false;
    m_spinner->setRunning(m_controller->clustersState() == LoadState::Loading);
    if (!rules::sameResourceId(m_resourceId->text().trimmed(), m_lookupId)) {
        // The ID was edited again while this answer travelled: the newer check decides.
        update();
        return;
    }
    if (!error.isEmpty()) {
        m_resourceIdProblem = tr("Could not read that cluster: %1").arg(error);
        m_resourceIdStatus->setText(m_resourceIdProblem);
        m_controller->selectCluster(std::nullopt);
    } else {
        m_resourceIdStatus->setText(tr("Found %1 in %2.").arg(cluster.facts.name, cluster.facts.location));
        m_controller->selectCluster(cluster);
    }
    update();
}

void ClusterPage::update()
{
    rules::ComputeSpec &spec = m_controller->spec();
    // The create path's size page edits the same spec fields; only the page on screen writes them.
    if (isShownPage(wizard(), this)) {
        spec.name = m_name->text().trimmed();
        spec.purpose = m_devTest->isChecked() ? rules::ClusterPurpose::DevTest : rules::ClusterPurpose::FastProd;
    }
    m_nameFindings = spec.name.isEmpty()
                         ? rules::Findings{rules::error(QStringLiteral("name.empty"), QStringLiteral("name"), tr("Type a name."))}
                         : m_controller->nameFindings();
    QList<rules::PreflightCheck> checks;
    for (const rules::Finding &f : m_nameFindings) {
        if (f.code != QLatin1String("name.empty"))
            checks.append({f.code, f.severity == rules::Severity::Error ? rules::CheckStatus::Fail : rules::CheckStatus::Warn,
                           tr("Name"), f.message, QString()});
    }
    const bool checking = m_lookingUp || m_idDebounce->isActive();
    if (m_controller->selectedCluster())
        checks += m_controller->attachChecks();
    else if (!checking && !m_resourceIdProblem.isEmpty())
        checks.append({QStringLiteral("attach.resourceId"), rules::CheckStatus::Fail, tr("Cluster"), m_resourceIdProblem,
                       tr("Pick the cluster in the table, or paste the resource ID of an existing AKS cluster.")});
    // Nothing selected is not a pass: an info line, never a green tick.
    m_findings->setNote(m_controller->selectedCluster() ? QString()
                        : checking                          ? tr("Checking…")
                        : !m_resourceIdProblem.isEmpty()    ? QString()
                                                            : tr("Select a cluster in the table or paste its resource ID to check it."));
    m_findings->setChecks(checks);
    Q_EMIT completeChanged();
}

bool ClusterPage::isComplete() const
{
    if (m_lookingUp || m_idDebounce->isActive() || !m_controller->selectedCluster() || rules::hasErrors(m_nameFindings))
        return false;
    for (const rules::PreflightCheck &c : m_controller->attachChecks()) {
        if (c.status == rules::CheckStatus::Fail)
            return false;
    }
    return true;
}

int ClusterPage::nextId() const
{
    return NetworkingPageId;
}

} // namespace cw::ui
