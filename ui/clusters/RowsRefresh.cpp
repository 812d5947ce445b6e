#include "clusters/RowsRefresh.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <string>
#include <utility>

#include "azure/VmSizeCache.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/HeapTrim.h"
#include "clusters/ListPageRows.h"
#include "common/BackgroundPool.h"

namespace cw::ui {

RowsRefresh::RowsRefresh(ClustersTableModel *model, const azure::VmSizeCache *vmSizes, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_vmSizes(vmSizes)
{
}

void RowsRefresh::cancel()
{
    ++m_generation; // the parses, the diff and the application steps of the old one are dropped
    m_parsing = 0;
    m_listsEnded = false;
    m_pageRows.clear();
    m_versionPages.clear();
    m_update.reset();
    m_applying = false;
    if (std::exchange(m_vcpusStale, false)) // the VM sizes answered while its rows were being applied
        updateVcpus();
}

void RowsRefresh::addVersionsPage(std::string_view values)
{
    const qsizetype slot = m_versionPages.size();
    m_versionPages.emplaceBack();
    ++m_parsing;
    auto *watcher = new QFutureWatcher<QHash<QString, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, slot, generation = m_generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_versionPages[slot] = watcher->future().takeResult();
        --m_parsing;
        finishIfDone();
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [text = std::string(values)]() mutable {
        const std::string page = std::move(text);
        return clusterVersionsFromPage(page);
    }));
}

void RowsRefresh::addPage(std::string_view values, const QString &workspaceLabel)
{
    // Rows land in this page's slot whatever the order the workers end in: page order is kept.
    const qsizetype slot = m_pageRows.size();
    m_pageRows.emplaceBack();
    ++m_parsing;
    // Owned by this object: if it goes, the watcher goes with it and the worker's rows are dropped.
    auto *watcher = new QFutureWatcher<QList<ClusterRow>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, slot, generation = m_generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer refresh started: its own pages are in m_pageRows now
        m_pageRows[slot] = watcher->future().takeResult(); // moved: no copy of the page's rows is left behind
        --m_parsing;
        finishIfDone();
    });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [text = std::string(values), workspaceLabel]() mutable {
        const std::string page = std::move(text); // freed as soon as it is read, not with the task
        return clusterRowsFromPage(page, workspaceLabel);
    }));
}

void RowsRefresh::listsEnded(bool keepShownIfNoRows)
{
    m_listsEnded = true;
    m_keepShownIfNoRows = keepShownIfNoRows;
    m_applying = true;
    finishIfDone();
}

void RowsRefresh::finishIfDone()
{
    if (!m_listsEnded || m_parsing > 0)
        return;
    m_listsEnded = false;
    qsizetype fresh = 0;
    for (const QList<ClusterRow> &page : std::as_const(m_pageRows))
        fresh += page.size();
    if (m_keepShownIfNoRows && fresh == 0) {
        // Keep the rows shown: a failed refresh must not empty the table.
        m_pageRows.clear();
        m_versionPages.clear();
        m_applying = false;
        if (std::exchange(m_vcpusStale, false))
            updateVcpus();
        Q_EMIT noRows();
        return;
    }
    // The pages' rows joined, their Kubernetes versions filled in and the whole compared with the
    // shown rows on a worker: on the GUI thread this was one delivery of 10-40 ms per refresh.
    auto *watcher = new QFutureWatcher<RowsUpdate>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation = m_generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        RowsUpdate update = watcher->future().takeResult();
        if (update.base != m_model->generation()) {
            // The table changed after the diff was made (nothing should: the vCPU updates wait
            // for the end of the refresh). The diff is no longer valid.
            cancel();
            Q_EMIT stale();
            return;
        }
        startApplying(std::move(update));
    });
    watcher->setFuture(QtConcurrent::run(
        backgroundPool(), [pages = std::exchange(m_pageRows, {}), versionPages = std::exchange(m_versionPages, {}),
         shown = m_model->rows(), base = m_model->generation()]() mutable {
            // Moved into the body: released here, before the GUI thread gets the result and changes
            // the shown rows (which would copy them all if this still shared them).
            QList<QList<ClusterRow>> rowPages = std::move(pages);
            QList<ClusterRow> shownRows = std::move(shown);
            QHash<QString, QString> versions;
            for (const QHash<QString, QString> &page : std::as_const(versionPages))
                versions.insert(page);
            if (!versions.isEmpty())
                for (QList<ClusterRow> &page : rowPages)
                    for (ClusterRow &row : page)
                        if (!row.aksResourceId.isEmpty())
                            row.kubernetesVersion = versions.value(row.aksResourceId.toString().toLower());
            // Compared page by page, in place: the pages are never joined into one more copy.
            RowsUpdate update = diffRows(shownRows, std::move(rowPages), /*keepShownVcpus=*/true);
            update.base = base;
            return update;
        }));
}

void RowsRefresh::startApplying(RowsUpdate update)
{
    // A page carries no vCPUs: the changed and new rows get theirs from the VM sizes known now.
    for (RowsUpdate::Change &change : update.changed)
        if (setVcpusFrom(change.value, *m_vmSizes))
            change.columns |= quint32(1) << ClustersTableModel::Vcpus;
    for (QList<ClusterRow> &piece : update.added)
        setVcpusFrom(piece, *m_vmSizes);
    m_update = std::move(update);
    applyNext(m_generation);
}

void RowsRefresh::applyNext(int generation)
{
    // A slice of the update per event-loop pass: each stays within a few ms (a 60 Hz frame is
    // 16 ms). The next is a queued call: one posted during a pass waits for the next pass, and
    // due timers, network answers and paints run in between.
    if (generation != m_generation || !m_update)
        return;
    const qsizetype rows = m_update->rows;
    const bool done = m_model->applyUpdate(*m_update, m_sliceNs);
    Q_EMIT sliceApplied(done);
    if (generation != m_generation)
        return; // cancelled by a receiver
    if (!done) {
        QTimer::singleShot(0, this, [this, generation] { applyNext(generation); });
        return;
    }
    m_update.reset();
    // What the end of a refresh does (the view asks for VM sizes across every row, sets its
    // status, and the held vCPU updates walk every row) is a pass of its own, not added to the
    // last slice's time.
    QTimer::singleShot(0, this, [this, generation, rows] {
        if (generation == m_generation)
            endApplying(rows);
    });
}

void RowsRefresh::endApplying(qsizetype rows)
{
    // The pages' texts and the parse's scratch were freed on three threads' heaps, which glibc
    // keeps mapped: give their whole free pages back.
    trimHeapSoon();
    m_applying = false;
    if (std::exchange(m_vcpusStale, false))
        updateVcpus();
    Q_EMIT applied(rows);
}

void RowsRefresh::updateVcpus()
{
    if (m_applying) {
        m_vcpusStale = true; // the rows are being diffed or applied: after them
        return;
    }
    m_model->updateVcpus(*m_vmSizes); // in place: dataChanged for the changed rows only
}

} // namespace cw::ui
