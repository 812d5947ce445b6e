#include "operations/OperationsModel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

#include "operations/OperationTitle.h"
#include "ops/OperationRunner.h"

namespace cw::ui {

QString elapsedText(qint64 seconds)
{
    if (seconds < 60)
        return OperationsModel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return OperationsModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return OperationsModel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

OperationsModel::OperationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OperationsModel::setRunner(ops::OperationRunner *runner)
{
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    if (!runner)
        return;
    connect(runner, &ops::OperationRunner::operationStarted, this, &OperationsModel::upsert);
    connect(runner, &ops::OperationRunner::operationChanged, this, &OperationsModel::upsert);
    connect(runner, &ops::OperationRunner::operationFinished, this, &OperationsModel::upsert);
    connect(runner, &ops::OperationRunner::operationProgress, this, &OperationsModel::onProgress);
    connect(runner, &QObject::destroyed, this, [this] { m_runner = nullptr; });
    upsertAll(runner->activeRecords());
}

void OperationsModel::upsert(const ops::OperationRecord &record)
{
    const int row = m_index.value(record.id, -1);
    if (row >= 0) {
        m_records[row] = record;
        if (record.isFinished())
            m_percent.remove(record.id);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Newest first: a new operation goes on top.
    beginInsertRows({}, 0, 0);
    m_records.prepend(record);
    for (auto it = m_index.begin(); it != m_index.end(); ++it)
        ++it.value();
    m_index.insert(record.id, 0);
    endInsertRows();
}

void OperationsModel::upsertAll(const QList<ops::OperationRecord> &records)
{
    // Oldest first so that the newest ends on top.
    for (auto it = records.crbegin(); it != records.crend(); ++it)
        upsert(*it);
}

void OperationsModel::onProgress(const QString &id, const arm::LroProgress &progress)
{
    const int row = m_index.value(id, -1);
    if (row < 0 || !progress.percent)
        return;
    m_percent.insert(id, *progress.percent);
    Q_EMIT dataChanged(index(row, Progress), index(row, Progress));
}

void OperationsModel::tick()
{
    for (int row = 0; row < m_records.size(); ++row)
        if (!m_records.at(row).isFinished())
            Q_EMIT dataChanged(index(row, Elapsed), index(row, Elapsed));
}

int OperationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int OperationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Summary: return tr("Operation");
    case State: return tr("State");
    case Step: return tr("Step");
    case Progress: return tr("Progress");
    case Elapsed: return tr("Elapsed");
    case Message: return tr("Message");
    default: return {};
    }
}

QVariant OperationsModel::display(const ops::OperationRecord &r, int column) const
{
    switch (column) {
    case Summary: return operationTitle(r, m_labels); // in the current language, not the one it was started in
    case State: return m_labels.label(ServiceField::OperationState, ops::nameOf(r.state));
    case Step: {
        const int total = int(r.steps.size());
        const int current = qMin(r.currentStep, total - 1);
        if (total == 0)
            return QString();
        if (r.state == ops::OperationState::Succeeded) {
            // Done of total: a step skipped because there was nothing to do is not counted.
            const auto done = std::count_if(r.steps.cbegin(), r.steps.cend(), [](const ops::OperationStep &s) {
                return s.state == ops::StepState::Done;
            });
            return tr("%1 of %2 steps done").arg(done).arg(total);
        }
        return tr("%1/%2: %3").arg(current + 1).arg(total).arg(r.steps.at(current).title);
    }
    case Progress: {
        if (r.state == ops::OperationState::Succeeded)
            return QStringLiteral("100 %");
        const auto percent = m_percent.constFind(r.id);
        if (percent != m_percent.constEnd())
            return QStringLiteral("%1 %").arg(*percent);
        const int total = int(r.steps.size());
        return total ? QStringLiteral("%1 %").arg(100 * r.currentStep / total) : QString();
    }
    case Elapsed: {
        const QDateTime end = r.isFinished() ? r.updatedAt : QDateTime::currentDateTimeUtc();
        return r.createdAt.isValid() ? elapsedText(qMax<qint64>(0, r.createdAt.secsTo(end))) : QString();
    }
    case Message: {
        QString message = r.error;
        if (message.isEmpty() && r.currentStep < r.steps.size())
            message = r.steps.at(r.currentStep).message;
        else if (message.isEmpty() && !r.steps.isEmpty())
            message = r.steps.last().message;
        const QString note = resumedNote(r);
        return note.isEmpty() ? message : message.isEmpty() ? note : note + QLatin1Char(' ') + message;
    }
    default: return {};
    }
}

QString OperationsModel::resumedNote(const ops::OperationRecord &record)
{
    if (!record.interruptedAt.isValid())
        return {};
    return tr("Resumed an operation interrupted at %1.")
        .arg(QLocale().toString(record.interruptedAt.toLocalTime(), QLocale::ShortFormat));
}

QVariant OperationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const ops::OperationRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == State)
            return ops::nameOf(r.state); // the journal's and the export's word
        return index.column() == Message || index.column() == Summary || index.column() == Step ? display(r, index.column())
                                                                                                : QVariant();
    case IdRole: return r.id;
    case WorkspaceKeyRole: return r.workspace.key();
    case SortRole:
        return index.column() == Elapsed || index.column() == Summary ? QVariant(r.createdAt)
                                                                      : display(r, index.column());
    default: return {};
    }
}

const ops::OperationRecord *OperationsModel::recordById(const QString &id) const
{
    const int row = m_index.value(id, -1);
    return row < 0 ? nullptr : &m_records.at(row);
}

} // namespace cw::ui
