#pragma once
#include <QHash>
#include <QList>
#include <QObject>

#include <optional>
#include <string_view>

#include "clusters/ClusterRow.h"
#include "clusters/RowsUpdate.h"

namespace cw::azure {
class VmSizeCache;
}

namespace cw::ui {

class ClustersTableModel;

// Every change a refresh makes to the clusters table's rows, one refresh at a time: each list
// page's text parsed into rows by a worker (kept in page order whatever order the workers end
// in), the Kubernetes versions filled in and the whole diffed with the shown rows by a worker,
// then the RowsUpdate applied a bounded slice per event-loop pass (timers, network answers and
// paints run between slices). The table is changed in place, never reset, so the view keeps its
// selection and scroll position. The vCPU column's updates wait while a refresh's rows are being
// diffed or applied (the diff was made against the rows as they were).
class RowsRefresh : public QObject
{
    Q_OBJECT
public:
    RowsRefresh(ClustersTableModel *model, const azure::VmSizeCache *vmSizes, QObject *parent = nullptr);

    // Drops the refresh in flight (its parses, its diff, the rest of its application): the pages
    // added next are a new refresh's. vCPU updates that waited for it are made now.
    void cancel();
    // A computes page of the refresh (the text is valid during this call only): copied and parsed
    // into rows by a worker; the GUI thread does not walk its elements, not even to count them.
    void addPage(std::string_view values, const QString &workspaceLabel);
    // A managedClusters page: its Kubernetes versions, read by a worker like addPage().
    void addVersionsPage(std::string_view values);
    // Every list of the refresh has ended. Once the pages' parses have too, the rows are diffed and
    // applied, then applied(); or, when `keepShownIfNoRows` and no page had a row, the table
    // stays as it is: noRows().
    void listsEnded(bool keepShownIfNoRows);
    // From listsEnded() to applied() (or noRows()): the rows are being diffed or applied.
    bool applying() const { return m_applying; }
    // Every row's vCPUs from the VM sizes known now (in place); while applying(), after the refresh.
    void updateVcpus();

    // The time one slice of the application may take (a 60 Hz frame is 16 ms); tests make it
    // smaller to have many slices of a small table.
    static constexpr qint64 kSliceNs = 4'000'000;
    void setSliceNs(qint64 ns) { m_sliceNs = ns; }

Q_SIGNALS:
    // A slice of the update was applied (the table is consistent: each row is the old or the
    // new one); `done`: it was the last.
    void sliceApplied(bool done);
    // Every row of the refresh is in the table, which has `rows` rows now (in the event-loop pass
    // after the last slice's).
    void applied(qsizetype rows);
    // listsEnded(true) found no row in any page: nothing was changed.
    void noRows();
    // The table changed after the diff was made (it should not): the refresh must start over.
    void stale();

private:
    void finishIfDone();
    void startApplying(RowsUpdate update);
    // One slice of m_update (at most kSliceNs, ClustersTableModel::applyUpdate), the next one
    // queued for the next event-loop pass.
    void applyNext(int generation);
    void endApplying(qsizetype rows);

    ClustersTableModel *m_model;
    const azure::VmSizeCache *m_vmSizes;
    // One refresh at a time: answers of an older generation are dropped.
    int m_generation = 0;
    qint64 m_sliceNs = kSliceNs;
    // Pages still being parsed; whether every list has ended (and what to do without rows).
    int m_parsing = 0;
    bool m_listsEnded = false;
    bool m_keepShownIfNoRows = false;
    // Each page's rows, in the order the pages arrived (filled as their parses end).
    QList<QList<ClusterRow>> m_pageRows;
    // Each managedClusters page's versions, in arrival order, merged by the diff's worker.
    QList<QHash<QString, QString>> m_versionPages;
    // From the end of the lists to the last row applied: the diff runs, then m_update is applied.
    bool m_applying = false;
    std::optional<RowsUpdate> m_update;
    // The VM sizes answered while rows were being diffed or applied: the vCPUs are updated after.
    bool m_vcpusStale = false;
};

} // namespace cw::ui
