#include "operations/OperationsDock.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>

#include <algorithm>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "common/PrivateFile.h"
#include "operations/OperationsModel.h"
#include "operations/StepRows.h"
#include "ops/Journal.h"
#include "ops/OperationHistory.h"
#include "ops/OperationRunner.h"
#include "ops/TlsRecovery.h"
#include "widgets/FlatChrome.h"

namespace cw::ui {

OperationsDock::OperationsDock(QWidget *parent)
    : QDockWidget(tr("Operations"), parent)
    , m_model(new OperationsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_workspaceProxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_steps(new QTreeWidget(this))
    , m_filter(new QLineEdit(this))
    , m_workspace(new QComboBox(this))
    , m_stop(new QPushButton(tr("Stop waiting"), this))
    , m_resume(new QPushButton(tr("Resume"), this))
    , m_export(new QPushButton(tr("Export as JSON…"), this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("operationsDock"));
    m_table->setObjectName(QStringLiteral("operationsTable"));
    m_steps->setObjectName(QStringLiteral("operationSteps"));
    m_filter->setObjectName(QStringLiteral("operationsFilter"));
    m_workspace->setObjectName(QStringLiteral("operationsWorkspace"));
    m_stop->setObjectName(QStringLiteral("stopWaiting"));
    m_resume->setObjectName(QStringLiteral("resumeOperation"));
    m_export->setObjectName(QStringLiteral("exportHistory"));
    m_filter->setPlaceholderText(tr("Filter operations"));
    m_filter->setClearButtonEnabled(true);

    // Workspace first, then free text over every column.
    m_workspaceProxy->setSourceModel(m_model);
    m_workspaceProxy->setFilterRole(OperationsModel::WorkspaceKeyRole);
    m_workspaceProxy->setFilterKeyColumn(0);
    m_proxy->setSourceModel(m_workspaceProxy);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Every column visible at 1280 px: one line per operation (elided; the tooltip has the rest).
    m_table->setWordWrap(false);
    // At least as wide as the header's own text (Italian's "Tempo trascorso" is longer).
    const auto widen = [this](int column, int width) {
        m_table->setColumnWidth(column, std::max(width, m_table->horizontalHeader()->sectionSizeHint(column)));
    };
    widen(OperationsModel::Summary, 300);
    widen(OperationsModel::State, 85);
    // "4 of 4 steps done" in the UI language, with room for the cell's margins.
    widen(OperationsModel::Step, m_table->fontMetrics().horizontalAdvance(OperationsModel::tr("%1 of %2 steps done").arg(10).arg(10)) + 24);
    widen(OperationsModel::Progress, 70);
    widen(OperationsModel::Elapsed, 80);
    m_steps->setHeaderLabels({tr("Step"), tr("Message")});
    m_steps->setRootIsDecorated(false);
    // Shown beside the clusters view and repainted as operations run: the same flat scroll bars
    // and headers, so no repaint waits for Qt's thread pool (widgets/FlatChrome.h).
    useFlatScrollBars(m_table);
    useFlatHeader(m_table->horizontalHeader());
    useFlatScrollBars(m_steps);
    useFlatHeader(m_steps->header());
    m_steps->setColumnWidth(0, 270);

    auto *top = new QHBoxLayout;
    top->addWidget(m_workspace, 1);
    top->addWidget(m_filter, 2);
    top->addWidget(m_stop);
    top->addWidget(m_resume);
    top->addWidget(m_export);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->addLayout(top);
    auto *split = new QHBoxLayout;
    split->addWidget(m_table, 2);
    split->addWidget(m_steps, 1);
    layout->addLayout(split, 1);
    setWidget(body);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_workspace, &QComboBox::currentIndexChanged, this, [this] {
        m_workspaceProxy->setFilterFixedString(m_workspace->currentData().toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OperationsDock::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OperationsDock::updateDetails);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OperationsDock::updateWorkspaceFilter);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->stopWaiting(selectedId());
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->resume(selectedId());
    });
    connect(m_export, &QPushButton::clicked, this, &OperationsDock::exportHistory);
    connect(m_clock, &QTimer::timeout, m_model, &OperationsModel::tick);
    m_clock->start(1000);
    updateWorkspaceFilter();
    updateDetails();
}

void OperationsDock::attach(ops::OperationRunner *runner, ops::Journal *journal)
{
    m_runner = runner;
    m_journal = journal;
    if (runner)
        connect(runner, &ops::OperationRunner::resumedAfterInterruption, this,
                &OperationsDock::onResumedAfterInterruption, Qt::UniqueConnection);
    reloadHistory();
    m_model->setRunner(runner);
    updateDetails();
}

void OperationsDock::onResumedAfterInterruption(const ops::OperationRecord &record)
{
    m_model->upsert(record);
    if (auto *window = qobject_cast<QMainWindow *>(parentWidget()))
        window->statusBar()->showMessage(OperationsModel::resumedNote(record) + QLatin1Char(' ') + record.summary);
}

void OperationsDock::reloadHistory()
{
    if (m_journal)
        m_model->upsertAll(m_journal->readAll().records);
}

void OperationsDock::updateWorkspaceFilter()
{
    const QString current = m_workspace->currentData().toString();
    QMap<QString, QString> workspaces; // key → label
    for (const ops::OperationRecord &r : m_model->records())
        workspaces.insert(r.workspace.key(), QStringLiteral("%1 (%2)").arg(r.workspace.workspace, r.workspace.resourceGroup));
    const QSignalBlocker block(m_workspace);
    m_workspace->clear();
    m_workspace->addItem(tr("All workspaces"), QString());
    for (auto it = workspaces.cbegin(); it != workspaces.cend(); ++it)
        m_workspace->addItem(it.value(), it.key());
    const int index = m_workspace->findData(current);
    m_workspace->setCurrentIndex(index < 0 ? 0 : index);
}

QString OperationsDock::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(OperationsModel::IdRole).toString();
}

void OperationsDock::showOperation(const QString &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(OperationsModel::IdRole).toString() == id) {
            m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return;
        }
    }
}

void OperationsDock::updateDetails()
{
    const ops::OperationRecord *record = m_model->recordById(selectedId());
    const bool running = record && !record->isFinished() && m_runner && m_runner->isActive(record->id);
    m_stop->setEnabled(running);
    // An operation of another cloud resumes when that cloud is connected again.
    const bool otherCloud = record && m_runner && !m_runner->drivesCloudOf(record->workspace);
    m_resume->setEnabled(record && m_runner && !running && !otherCloud && record->state != ops::OperationState::Succeeded);
    m_resume->setToolTip(otherCloud ? tr("Started on %1: connect to it to resume this operation.").arg(record->workspace.cloud)
                                    : QString());
    m_steps->clear();
    if (!record)
        return;
    addStepRows(m_steps, record->steps);
    if (const QString note = OperationsModel::resumedNote(*record); !note.isEmpty())
        new QTreeWidgetItem(m_steps, {tr("Resumed"), note});
    if (!record->error.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_steps, {tr("Error"), record->error});
        item->setToolTip(1, record->errorDetail.isEmpty() ? record->error : record->errorDetail);
    }
    // Where a re-attach keeps its certificate and key (keychain, backup file, cluster secret).
    if (const QString kept = ops::describeTlsKept(*record); !kept.isEmpty())
        new QTreeWidgetItem(m_steps, {tr("TLS"), kept});
}

QList<ops::OperationRecord> OperationsDock::shownRecords() const
{
    QList<ops::OperationRecord> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (const auto *r = m_model->recordById(m_proxy->index(row, 0).data(OperationsModel::IdRole).toString()))
            shown.append(*r);
    return shown;
}

QByteArray OperationsDock::exportShownJson() const
{
    return ops::exportHistoryJson(shownRecords());
}

void OperationsDock::exportHistory()
{
    auto *dialog = new QFileDialog(this, tr("Export operations history"), QStringLiteral("operations.json"),
                                   tr("JSON files (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const FileWriteResult written = cw::writeFileAtomically(path, exportShownJson());
        m_export->setToolTip(written.ok ? tr("Exported to %1").arg(path) : written.error);
    });
    dialog->open();
}

} // namespace cw::ui
