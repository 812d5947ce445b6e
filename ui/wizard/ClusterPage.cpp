#include "wizard/ClusterPage.h"

#include "rules/AksResourceId.h"
#include "widgets/BusySpinner.h"
#include "widgets/FindingsList.h"
#include "wizard/WizardController.h"
#include "wizard/WizardPages.h"

#include <QHeaderView>
#include <QTimer>

#include "ui_ClusterPage.h"

namespace cw::ui {

namespace {
enum Column { Name, Group, Region, Version, Nodes, Vcpus, LbSku, Private, Ranges, Attached, ColumnCount };
constexpr int IdRole = Qt::UserRole;
} // namespace

ClusterPage::ClusterPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_ui(std::make_unique<Ui::ClusterPage>())
    , m_idDebounce(new QTimer(this))
{
    m_ui->setupUi(this);
    m_idDebounce->setSingleShot(true);
    m_idDebounce->setInterval(400);
    m_ui->clusterTable->sortByColumn(Name, Qt::AscendingOrder); // QHeaderView's default would be descending
    m_ui->clusterTable->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->clusterLoadError->hide(); // shown when the clusters could not be loaded

    connect(m_controller, &WizardController::clustersChanged, this, &ClusterPage::fillTable);
    connect(m_controller, &WizardController::computesChanged, this, [this] {
        fillTable();
        update();
    });
    connect(m_controller, &WizardController::clusterLookedUp, this, &ClusterPage::onLookedUp);
    connect(m_controller, &WizardController::v2ClusterChanged, this, &ClusterPage::update);
    connect(m_ui->clusterTable, &QTreeWidget::currentItemChanged, this, &ClusterPage::onSelectionChanged);
    connect(m_ui->clusterResourceId, &QLineEdit::editingFinished, this, &ClusterPage::onResourceIdEdited);
    connect(m_ui->clusterResourceId, &QLineEdit::textEdited, this, &ClusterPage::onResourceIdTyped);
    connect(m_idDebounce, &QTimer::timeout, this, &ClusterPage::onResourceIdEdited);
    connect(m_ui->attachName, &QLineEdit::textChanged, this, &ClusterPage::update);
    connect(m_ui->attachPurposeProduction, &QRadioButton::toggled, this, &ClusterPage::update);
    connect(m_ui->clusterSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        QTreeWidget *table = m_ui->clusterTable;
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = table->topLevelItem(i);
            const bool match = item->text(Name).contains(text, Qt::CaseInsensitive)
                               || item->text(Group).contains(text, Qt::CaseInsensitive)
                               || item->text(Region).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
        }
    });
}

ClusterPage::~ClusterPage() = default;

void ClusterPage::initializePage()
{
    m_controller->spec().mode = rules::ComputeMode::Attach;
    // Azure ML v2: the same picker; the compute's name is asked on the compute page, and the
    // checks are those of the extension and the Kubernetes compute (rules::checkClusterForV2).
    const bool v2 = m_controller->isV2();
    setTitle(v2 ? tr("Pick the cluster for Azure ML v2") : tr("Pick the cluster"));
    setSubTitle(v2 ? tr("The Azure ML extension is installed on this cluster (or an installed one is reused), then the "
                        "cluster is attached as a Kubernetes compute.")
                   : tr("The cluster must be in the workspace's subscription and not attached under another name."));
    m_ui->nameLabel->setVisible(!v2);
    m_ui->attachName->setVisible(!v2);
    m_ui->v2ExtensionStatus->setVisible(v2);
    m_ui->attachChecks->setAccessibleName(v2 ? tr("Azure ML v2 checks of the selected cluster") : tr("Checks of the selected cluster"));
    if (v2 && m_controller->selectedCluster() && m_controller->v2ClusterState() == LoadState::Idle)
        m_controller->loadV2Cluster();
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
    m_ui->clusterSpinner->setRunning(state == LoadState::Loading);
    m_ui->clusterLoadError->setVisible(state == LoadState::Failed);
    m_ui->clusterLoadError->setText(tr("Could not load the clusters: %1").arg(m_controller->lastError(QStringLiteral("clusters"))));
    const QString selected = m_controller->spec().aksResourceId;
    const QSignalBlocker blocker(m_ui->clusterTable);
    m_ui->clusterTable->setSortingEnabled(false);
    m_ui->clusterTable->clear();
    for (const ClusterChoice &c : m_controller->clusterList()) {
        auto *item = new QTreeWidgetItem(m_ui->clusterTable);
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
            m_ui->clusterTable->setCurrentItem(item);
    }
    m_ui->clusterTable->setSortingEnabled(true);
}

void ClusterPage::onSelectionChanged()
{
    QTreeWidgetItem *item = m_ui->clusterTable->currentItem();
    if (!item)
        return;
    const QString id = item->data(Name, IdRole).toString();
    m_ui->clusterTable->scrollToItem(item);
    for (const ClusterChoice &c : m_controller->clusterList()) {
        if (c.facts.id == id) {
            m_controller->selectCluster(c);
            m_ui->clusterResourceId->setText(c.facts.id);
            m_ui->clusterResourceIdStatus->clear();
            m_resourceIdProblem.clear();
            m_idDebounce->stop();
        }
    }
    update();
}

void ClusterPage::onResourceIdTyped()
{
    const QString text = m_ui->clusterResourceId->text().trimmed();
    if (!rules::sameResourceId(text, m_controller->spec().aksResourceId) && m_controller->selectedCluster()) {
        const QSignalBlocker blocker(m_ui->clusterTable);
        m_ui->clusterTable->setCurrentItem(nullptr);
        m_controller->selectCluster(std::nullopt);
    }
    m_resourceIdProblem.clear();
    if (text.isEmpty()) {
        m_idDebounce->stop();
        m_ui->clusterResourceIdStatus->clear();
    } else {
        m_ui->clusterResourceIdStatus->setText(tr("Checking…"));
        m_idDebounce->start();
    }
    update();
}

void ClusterPage::onResourceIdEdited()
{
    m_idDebounce->stop();
    const QString text = m_ui->clusterResourceId->text().trimmed();
    if (text.isEmpty() || rules::sameResourceId(text, m_controller->spec().aksResourceId)) {
        if (text.isEmpty() || m_controller->selectedCluster())
            update();
        return;
    }
    const rules::AksResourceIdParse parse = rules::parseAksResourceId(text);
    if (!parse.ok()) {
        m_resourceIdProblem = parse.message;
        m_ui->clusterResourceIdStatus->setText(parse.message);
        m_controller->selectCluster(std::nullopt);
        update();
        return;
    }
    // A pasted ID may name a cluster of another subscription: fetch it, the preflight decides.
    m_lookingUp = true;
    m_lookupId = text;
    m_ui->clusterSpinner->start();
    m_ui->clusterResourceIdStatus->setText(tr("Looking up the cluster…"));
    m_controller->lookUpCluster(parse.id->toString());
    update();
}

void ClusterPage::onLookedUp(const ClusterChoice &cluster, const QString &error)
{
    m_lookingUp = false;
    m_ui->clusterSpinner->setRunning(m_controller->clustersState() == LoadState::Loading);
    if (!rules::sameResourceId(m_ui->clusterResourceId->text().trimmed(), m_lookupId)) {
        // The ID was edited again while this answer travelled: the newer check decides.
        update();
        return;
    }
    if (!error.isEmpty()) {
        m_resourceIdProblem = tr("Could not read that cluster: %1").arg(error);
        m_ui->clusterResourceIdStatus->setText(m_resourceIdProblem);
        m_controller->selectCluster(std::nullopt);
    } else {
        m_ui->clusterResourceIdStatus->setText(tr("Found %1 in %2.").arg(cluster.facts.name, cluster.facts.location));
        m_controller->selectCluster(cluster);
    }
    update();
}

void ClusterPage::update()
{
    rules::ComputeSpec &spec = m_controller->spec();
    // The create path's size page edits the same spec fields; only the page on screen writes them.
    if (m_controller->isV2())
        return updateV2();
    if (isShownPage(wizard(), this)) {
        spec.name = m_ui->attachName->text().trimmed();
        spec.purpose = m_ui->attachPurposeDevTest->isChecked() ? rules::ClusterPurpose::DevTest : rules::ClusterPurpose::FastProd;
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
    m_ui->attachChecks->setNote(m_controller->selectedCluster() ? QString()
                        : checking                          ? tr("Checking…")
                        : !m_resourceIdProblem.isEmpty()    ? QString()
                                                            : tr("Select a cluster in the table or paste its resource ID to check it."));
    m_ui->attachChecks->setChecks(checks);
    Q_EMIT completeChanged();
}

void ClusterPage::updateV2()
{
    if (isShownPage(wizard(), this))
        m_controller->spec().purpose = m_ui->attachPurposeDevTest->isChecked() ? rules::ClusterPurpose::DevTest : rules::ClusterPurpose::FastProd;
    const bool checking = m_lookingUp || m_idDebounce->isActive() || m_controller->v2ClusterState() == LoadState::Loading;
    rules::Findings findings;
    QString extensionText;
    if (m_controller->selectedCluster() && m_controller->v2Cluster()) {
        const V2ClusterState &state = *m_controller->v2Cluster();
        findings = m_controller->v2ClusterFindings();
        // What could not be read is said, not passed over.
        for (const QString &w : state.warnings)
            findings.append(rules::warning(QStringLiteral("v2.notRead"), QStringLiteral("cluster"), tr("Not checked: %1").arg(w)));
        if (!state.extension) {
            extensionText = tr("No Azure ML extension on this cluster: it is installed with the settings of the next page.");
        } else if (state.extensionSucceeded()) {
            extensionText = tr("The Azure ML extension %1 (version %2) is installed and will be reused.")
                                .arg(state.extension->name, state.extension->version.isEmpty() ? QStringLiteral("?") : state.extension->version);
        } else {
            QStringList statuses;
            for (const rules::ExtensionStatusFact &s : state.extension->statuses)
                statuses.append(s.code.isEmpty() ? s.message : tr("%1: %2").arg(s.code, s.message));
            extensionText = tr("The Azure ML extension %1 is %2.").arg(state.extension->name, state.extension->provisioningState);
            if (!statuses.isEmpty())
                extensionText += QLatin1Char('\n') + statuses.join(QLatin1Char('\n'));
        }
    } else if (m_controller->selectedCluster() && m_controller->v2ClusterState() == LoadState::Failed) {
        findings.append(rules::error(QStringLiteral("v2.cluster.unread"), QStringLiteral("cluster"),
                                     tr("Could not read the cluster's Azure ML v2 facts: %1").arg(m_controller->lastError(QStringLiteral("v2Cluster")))));
    } else if (!checking && !m_resourceIdProblem.isEmpty()) {
        findings.append(rules::error(QStringLiteral("attach.resourceId"), QStringLiteral("cluster"), m_resourceIdProblem));
    }
    m_ui->v2ExtensionStatus->setText(checking ? tr("Reading the cluster's extensions, identity, node pools and v1 leftovers…") : extensionText);
    m_ui->attachChecks->setNote(m_controller->selectedCluster() && !checking ? QString()
                                : checking                               ? tr("Checking…")
                                                                         : tr("Select a cluster in the table or paste its resource ID to check it."));
    m_ui->attachChecks->setFindings(findings);
    if (checking)
        m_ui->clusterSpinner->start();
    else
        m_ui->clusterSpinner->setRunning(m_controller->clustersState() == LoadState::Loading);
    Q_EMIT completeChanged();
}

bool ClusterPage::isComplete() const
{
    if (m_controller->isV2()) {
        return !m_lookingUp && !m_idDebounce->isActive() && m_controller->selectedCluster()
               && m_controller->v2ClusterState() == LoadState::Loaded && !rules::hasErrors(m_controller->v2ClusterFindings());
    }
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
    return m_controller->isV2() ? V2ExtensionPageId : NetworkingPageId;
}

} // namespace cw::ui
