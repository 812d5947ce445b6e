#include "clusters/ClustersView.h"

#include <QAction>

#include <algorithm>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "arm/ArmConnection.h"
#include "azure/AccountServices.h"
#include "azure/VmSizeCache.h"
#include "clusters/ClusterColumns.h"
#include "clusters/ClusterDetailsText.h"
#include "clusters/ClusterFactsLoader.h"
#include "clusters/ClustersProxyModel.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/RowsRefresh.h"
#include "kube/Kubeconfig.h"
#include "dialogs/ExportKubeconfigDialog.h"
#include "session/RememberedWorkspaces.h"
#include "session/Session.h"
#include "widgets/BusySpinner.h"
#include "widgets/CachedTextDelegate.h"
#include "widgets/FlatChrome.h"

namespace cw::ui {

ClustersView::ClustersView(session::Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ClustersTableModel(this))
    , m_proxy(new ClustersProxyModel(this))
    , m_picker(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_settingsWriter(new QThreadPool(this))
    , m_copyId(new QPushButton(tr("Copy resource ID"), this))
    , m_exportKube(new QPushButton(tr("Export kubeconfig…"), this))
    , m_moveToV2(new QPushButton(tr("Move to v2…"), this))
    , m_spinner(new BusySpinner(this))
    , m_loadingLabel(new QLabel(tr("Loading live facts…"), this))
    , m_refresh(new QAction(tr("Refresh"), this))
    , m_timer(new QTimer(this))
    , m_rows(new RowsRefresh(m_model, session->vmSizes(), this))
{
    setObjectName(QStringLiteral("clustersView"));
    m_picker->setObjectName(QStringLiteral("workspacePicker"));
    m_picker->setAccessibleName(tr("Workspace"));
    m_filter->setObjectName(QStringLiteral("clusterFilter"));
    m_filter->setPlaceholderText(tr("Filter clusters (name, state, size, region…)"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("clustersTable"));
    m_details->setObjectName(QStringLiteral("clusterDetails"));
    m_details->setOpenExternalLinks(true);
    m_refresh->setObjectName(QStringLiteral("actionRefreshClusters"));
    m_refresh->setShortcut(QKeySequence::Refresh);

    setUpClustersProxy(*m_proxy, *m_model);
    m_table->setModel(m_proxy);
    // Its texts laid out once, not at every repaint: a repaint of the whole table stays well
    // within a frame while refreshes change rows under it.
    m_table->setItemDelegate(new CachedTextDelegate(m_table));
    // Repainted as refreshes add rows: scroll bars and a header that never make a repaint wait
    // for Qt's threads.
    useFlatScrollBars(m_table);
    useFlatHeader(m_table->horizontalHeader());
    useFlatScrollBars(m_details);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClustersTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    // Whole rows are selected: Tab leaves the table (to the details) instead of walking cells.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row height and no per-row size hints: 5,000+ rows stay fast to lay out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The first fit (fitColumns) measures the visible rows and then this many more, not 1,000
    // (Qt's default): measuring 1,000 rows' texts in every column took 40-55 ms of the first
    // 5,000-compute load; the widths are capped anyway (fitWidthCap), the rest is elided.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);

    m_copyId->setObjectName(QStringLiteral("copyResourceId"));
    m_exportKube->setObjectName(QStringLiteral("exportKubeconfig"));
    // Shown for a v1 compute; the main window's "Move to v2…" action decides when it is enabled.
    m_moveToV2->setObjectName(QStringLiteral("detailsMoveToV2"));
    m_moveToV2->hide();
    connect(m_copyId, &QPushButton::clicked, this, &ClustersView::copyResourceId);
    connect(m_exportKube, &QPushButton::clicked, this, &ClustersView::exportKubeconfig);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Workspace:"), this));
    top->addWidget(m_picker, 1);
    top->addWidget(m_filter, 2);
    auto *refreshButton = new QToolButton(this);
    refreshButton->setDefaultAction(m_refresh);
    top->addWidget(refreshButton);

    auto *detailsPane = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    m_spinner->setObjectName(QStringLiteral("detailsSpinner"));
    m_loadingLabel->setObjectName(QStringLiteral("detailsLoading"));
    m_loadingLabel->hide();
    buttons->addWidget(m_spinner);
    buttons->addWidget(m_loadingLabel);
    buttons->addWidget(m_copyId);
    buttons->addWidget(m_exportKube);
    buttons->addWidget(m_moveToV2);
    buttons->addStretch(1);
    detailsLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    // Two thirds for the table's columns, a third for the details (their size hints would
    // give the details half of the window).
    splitter->setSizes({2000, 1000});

    // Why the picker does not show the workspace of the last run (it was not listed again).
    m_notice->setObjectName(QStringLiteral("workspaceNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    // One writer: the choices are written in the order they were made.
    m_settingsWriter->setMaxThreadCount(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QAction::triggered, this, &ClustersView::refresh);
    connect(m_timer, &QTimer::timeout, this, &ClustersView::requestRefresh);
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
        m_notice->hide(); // the person chose: the note about the last run's workspace is done
        onWorkspaceChosen();
        rememberChoice();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        Q_EMIT selectionChanged();
    });
    // A refreshed row that is selected shows its new values.
    // A changed row may have a changed cluster or certificate: its live facts are read again.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const ClusterRow *row = selectedRow();
        if (row && m_model->rowOf(row->id) >= from.row() && m_model->rowOf(row->id) <= to.row()) {
            m_loaderRowId.clear();
            showDetails();
        }
    });
    // The region's VM sizes arrived (or failed): the rows of that region show their vCPUs.
    connect(m_session->vmSizes(), &azure::VmSizeCache::finished, m_rows, &RowsRefresh::updateVcpus);
    connect(m_rows, &RowsRefresh::applied, this, &ClustersView::endRefresh);
    connect(m_rows, &RowsRefresh::noRows, this, &ClustersView::failRefresh);
    // The table changed while the diff was made (it should not): the refresh starts over.
    connect(m_rows, &RowsRefresh::stale, this, [this] {
        cancelRefresh();
        refresh();
    });
    setRefreshIntervalMs(60000);
    showDetails();
}

ClustersView::~ClustersView()
{
    for (const auto &job : std::as_const(m_jobs))
        if (job)
            job->cancel();
}

void ClustersView::setRefreshIntervalMs(int ms)
{
    if (ms <= 0)
        return m_timer->stop();
    m_timer->start(ms);
}

void ClustersView::cancelRefresh()
{
    for (const auto &job : std::as_const(m_jobs))
        if (job)
            job->cancel();
    m_jobs.clear();
    ++m_generation; // the pages of the old one's jobs are dropped
    m_pending = 0;
    m_rows->cancel(); // and its parses, diff and application steps
}

void ClustersView::refresh()
{
    const QList<WorkspaceRef> chosen = chosenWorkspaces();
    if (chosen.isEmpty())
        return;
    cancelRefresh();
    m_refreshAgain = false; // this refresh answers any request made so far
    QStringList subscriptions;
    for (const WorkspaceRef &ws : chosen)
        if (!subscriptions.contains(ws.subscriptionId))
            subscriptions.append(ws.subscriptionId);
    m_pending = int(chosen.size() + subscriptions.size());
    m_errors.clear();
    m_status->setText(tr("Refreshing…"));
    for (const WorkspaceRef &ws : chosen) {
        const QString label = chosen.size() > 1 ? labelOf(ws) : ws.workspace;
        // Each page is read as text and parsed into rows off the GUI thread (readPage): a
        // 5,000-compute list built a document per page here, stalling the GUI for tens of ms.
        azure::ArmStreamJob *job = m_session->computes(ws).listStream(
            [this, label, generation = m_generation](std::string_view values) {
                return readPage(values, label, generation);
            });
        m_jobs.append(job);
        connect(job, &azure::ServiceJob::finished, this,
                [this, job, label, generation = m_generation] { onListFinished(job, label, generation); });
    }
    for (const QString &subscription : std::as_const(subscriptions)) {
        // Read off the GUI thread too (readVersionsPage): a subscription's cluster list can be long.
        azure::ArmStreamJob *job = m_session->managedClusters().listStream(
            subscription, [this, generation = m_generation](std::string_view values) {
                return readVersionsPage(values, generation);
            });
        m_jobs.append(job);
        connect(job, &azure::ServiceJob::finished, this,
                [this, generation = m_generation] { onClustersListed(generation); });
    }
}

void ClustersView::onClustersListed(int generation)
{
    if (generation != m_generation)
        return;
    // Without read access to the AKS clusters the column stays empty; the computes still show.
    listEnded();
}

std::optional<qint64> ClustersView::readVersionsPage(std::string_view values, int generation)
{
    // As readPage(): copied for a worker, not walked here.
    if (generation == m_generation)
        m_rows->addVersionsPage(values);
    return 0;
}

std::optional<qint64> ClustersView::readPage(std::string_view values, const QString &label, int generation)
{
    // The page is copied and read by a worker (RowsRefresh::addPage): the GUI thread does not walk
    // its elements, not even to count them. So the job counts no items (the view does not read
    // its count); the pager has checked that `values` is a whole array.
    if (generation == m_generation)
        m_rows->addPage(values, label);
    return 0;
}

void ClustersView::onListFinished(azure::ArmStreamJob *job, const QString &label, int generation)
{
    if (generation != m_generation)
        return;
    // The rows come from the pages' parses (readPage); only a failure is left to note.
    if (const auto &result = job->result(); !result.ok())
        m_errors.append(QStringLiteral("%1: %2").arg(label, result.error ? result.error->humanMessage() : QString()));
    listEnded();
}

void ClustersView::requestRefresh()
{
    if (m_pending > 0 || m_rows->applying()) {
        m_refreshAgain = true;
        return;
    }
    refresh();
}

void ClustersView::listEnded()
{
    if (--m_pending > 0)
        return;
    m_jobs.clear();
    // A refresh with a failed list and no row at all keeps the rows shown (failRefresh()).
    m_rows->listsEnded(/*keepShownIfNoRows=*/!m_errors.isEmpty());
}

void ClustersView::failRefresh()
{
    m_status->setText(m_errors.join(QLatin1Char('\n')));
    Q_EMIT refreshFailed(m_errors.join(QLatin1Char('\n')));
    if (std::exchange(m_refreshAgain, false))
        QTimer::singleShot(0, this, &ClustersView::refresh);
}

void ClustersView::endRefresh(qsizetype rows)
{
    loadVmSizes();
    fitColumns();
    m_status->setText(tr("%n cluster(s); refreshed %1.", nullptr, int(rows))
                          .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                      + (m_errors.isEmpty() ? QString() : QStringLiteral(" ") + m_errors.join(QStringLiteral("; "))));
    if (std::exchange(m_refreshAgain, false))
        QTimer::singleShot(0, this, &ClustersView::refresh); // after this answer is shown
    // Every row is in the table now (the log line "the clusters table shows N computes" and
    // the benchmarks wait for this).
    Q_EMIT refreshed(int(rows));
}

void ClustersView::loadVmSizes()
{
    // Once per subscription+region shown (the session's cache asks ARM once; a failed region is
    // asked again at each refresh). Rows show "…" until the answer, then updateVcpus().
    QSet<std::pair<QString, QString>> asked;
    for (const ClusterRow &row : m_model->rows())
        if (row.vcpusState == ClusterRow::Vcpus::Loading || row.vcpusState == ClusterRow::Vcpus::Unreadable)
            asked.insert({row.subscription, row.region});
    for (const auto &[subscription, region] : std::as_const(asked))
        m_session->vmSizes()->load(subscription, region);
    // A failed region asked again is loading now.
    if (!asked.isEmpty())
        m_rows->updateVcpus();
}

void ClustersView::fitColumns()
{
    // Once, when the first rows arrive: wide enough for the header and the values shown (an
    // endpoint can be long: capped, the tooltip-free rest is elided), then the person's choice.
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < ClustersTableModel::ColumnCount; ++c) {
        m_table->resizeColumnToContents(c);
        header->resizeSection(c, qMin(header->sectionSize(c), ClustersTableModel::column(c).fitWidthCap));
    }
}

const ClusterRow *ClustersView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->rowById(rows.first().data(ClustersTableModel::IdRole).toString());
}

QString ClustersView::selectedComputeName() const
{
    const ClusterRow *row = selectedRow();
    return row ? row->name : QString();
}

WorkspaceRef ClustersView::selectedWorkspace() const
{
    const ClusterRow *row = selectedRow();
    if (!row)
        return {};
    // .../resourceGroups/{rg}/providers/.../workspaces/{ws}/computes/{name}
    const QStringList parts = row->id.toString().split(QLatin1Char('/'));
    const auto after = [&parts](const char *key) {
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            if (parts.at(i).compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
                return parts.at(i + 1);
        return QString();
    };
    return {.cloud = m_session->environment().name, .subscriptionId = after("subscriptions"),
            .resourceGroup = after("resourceGroups"), .workspace = after("workspaces")};
}

bool ClustersView::detailsLoading() const
{
    return m_loader && m_loader->facts().loading();
}

void ClustersView::showDetails()
{
    const ClusterRow *row = selectedRow();
    m_copyId->setEnabled(row != nullptr);
    m_exportKube->setEnabled(row != nullptr);
    m_moveToV2->setVisible(row && !row->isKubernetes());
    if (!row) {
        loadFacts({});
        m_details->setHtml(tr("<p>Select a cluster to see its details.</p>"));
        return;
    }
    if (row->id != SplitId(m_loaderRowId))
        loadFacts(*row);
    renderDetails();
}

void ClustersView::loadFacts(const ClusterRow &row)
{
    if (m_loader) {
        // Its answers are for a compute no longer shown: they must never reach the panel.
        m_loader->disconnect(this);
        m_loader->deleteLater();
        m_loader = nullptr;
    }
    m_loaderRowId = row.id.toString();
    const bool tls = row.tlsStatus.compare(QLatin1String("Disabled"), Qt::CaseInsensitive) != 0
        && !row.tlsStatus.isEmpty();
    if (!m_session || row.id.isEmpty() || (row.aksResourceId.isEmpty() && !tls && !row.isKubernetes())) {
        m_spinner->stop();
        m_loadingLabel->hide();
        return;
    }
    m_loader = new ClusterFactsLoader(m_session, selectedWorkspace(), row.name, row.aksResourceId.toString(), tls, this);
    // v2: the compute's instance types and the extension; v1: what moving to v2 needs.
    m_loader->setKubernetesCompute(row.isKubernetes());
    m_loader->setMoveToV2Check(!row.isKubernetes());
    connect(m_loader, &ClusterFactsLoader::changed, this, [this] {
        renderDetails();
        if (!detailsLoading())
            Q_EMIT detailsLoaded();
    });
    m_loader->start();
}

void ClustersView::renderDetails()
{
    const ClusterRow *row = selectedRow();
    if (!row)
        return;
    const LiveClusterFacts facts = m_loader && row->id == SplitId(m_loaderRowId) ? m_loader->facts() : LiveClusterFacts{};
    m_spinner->setRunning(facts.loading());
    m_loadingLabel->setVisible(facts.loading());
    QString html = clusterDetailsHtml(*row, facts, QDateTime::currentDateTimeUtc());
    const QString portal = portalUrlFor(m_session ? m_session->environment().name : QString(), row->id.toString());
    if (!portal.isEmpty())
        html += QStringLiteral("<p><a href='%1'>%2</a></p>").arg(portal.toHtmlEscaped(), tr("Open in Azure portal"));
    // Keep the reader's place when the text is filled in as answers arrive.
    const int scroll = m_details->verticalScrollBar()->value();
    m_details->setHtml(html);
    m_details->verticalScrollBar()->setValue(scroll);
}

void ClustersView::copyResourceId()
{
    if (const ClusterRow *row = selectedRow())
        QApplication::clipboard()->setText(row->id.toString());
}

void ClustersView::exportKubeconfig()
{
    const ClusterRow *row = selectedRow();
    if (!row || !m_session)
        return;
    const WorkspaceRef ws = selectedWorkspace();
    const QString name = row->name;
    // The dialog opens at once (default: a new file; merging into ~/.kube/config is the user's
    // explicit choice) and gets the kubeconfig when listKeys answers.
    QPointer<ExportKubeconfigDialog> dialog = new ExportKubeconfigDialog(name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    azure::ComputeKeysJob *job = m_session->computes(ws).listKeys(name);
    connect(job, &azure::ServiceJob::finished, this, [dialog, job] {
        if (!dialog)
            return;
        const auto &result = job->result();
        if (!result.ok())
            return dialog->setLoadError(tr("Cannot read the kubeconfig: %1")
                                            .arg(result.error ? result.error->humanMessage() : QString()));
        const kube::KubeconfigParseResult parsed = kube::Kubeconfig::parse(result.value->userKubeConfig);
        if (!parsed.ok())
            return dialog->setLoadError(tr("The service's kubeconfig cannot be read: %1").arg(parsed.error));
        dialog->setKubeconfig(*parsed.value);
    });
}

} // namespace cw::ui
