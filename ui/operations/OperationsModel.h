#pragma once
#include <QAbstractTableModel>

#include "widgets/ServiceLabels.h"
#include <QHash>
#include <QList>

#include <optional>

#include "arm/LroState.h"
#include "ops/OperationRecord.h"

namespace cw::ops {
class OperationRunner;
}

namespace cw::ui {

// Every running and finished operation: the journal's records at start, then the runner's
// changes. Updates are per row (dataChanged), never a reset.
class OperationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Summary, State, Step, Progress, Elapsed, Message, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, WorkspaceKeyRole };

    explicit OperationsModel(QObject *parent = nullptr);

    // Follows the runner's signals from now on (null: stop following).
    void setRunner(ops::OperationRunner *runner);
    // Adds or replaces records (journal contents, newest first).
    void upsert(const ops::OperationRecord &record);
    void upsertAll(const QList<ops::OperationRecord> &records);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ops::OperationRecord *recordById(const QString &id) const;
    // "Resumed an operation interrupted at <local time>." for an operation a later start picked
    // up after its process ended (crash recovery is never silent); empty otherwise.
    static QString resumedNote(const ops::OperationRecord &record);
    QList<ops::OperationRecord> records() const { return m_records; }
    int rowOf(const QString &id) const { return m_index.value(id, -1); }

    // Repaints the elapsed column of running operations (called each second by the view).
    void tick();

private:
    void onProgress(const QString &id, const arm::LroProgress &progress);
    QVariant display(const ops::OperationRecord &record, int column) const;

    QList<ops::OperationRecord> m_records;
    QHash<QString, int> m_index;
    QHash<QString, int> m_percent; // last known percent per running operation
    ServiceLabels m_labels; // the UI language installed when the model was made
    ops::OperationRunner *m_runner = nullptr;
};

// "1 h 02 min", "3 min 05 s", "12 s".
QString elapsedText(qint64 seconds);

} // namespace cw::ui
