#include "clusters/ComputeActivity.h"

#include "ops/OperationRunner.h"

namespace cw::ui {
namespace {

// The compute id's part after `key` (".../resourceGroups/{rg}/..."), empty when absent.
QString segmentAfter(const QStringList &parts, QLatin1String key)
{
    for (qsizetype i = 0; i + 1 < parts.size(); ++i)
        if (parts.at(i).compare(key, Qt::CaseInsensitive) == 0)
            return parts.at(i + 1);
    return {};
}

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0; // ARM names compare case-insensitively
}

} // namespace

ComputeActivity::ComputeActivity(QObject *parent)
    : QObject(parent)
{
}

void ComputeActivity::watch(ops::OperationRunner *runner)
{
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    m_running.clear();
    if (runner) {
        for (const ops::OperationRecord &record : runner->activeRecords())
            m_running.insert(record.id, record);
        // operationStarted comes before the runner counts the operation as active: follow the
        // signals rather than asking it.
        connect(runner, &ops::OperationRunner::operationStarted, this, &ComputeActivity::note);
        connect(runner, &ops::OperationRunner::operationChanged, this, &ComputeActivity::note);
        connect(runner, &ops::OperationRunner::operationFinished, this, [this](const ops::OperationRecord &record) {
            if (m_running.remove(record.id))
                Q_EMIT changed();
        });
    }
    Q_EMIT changed();
}

void ComputeActivity::note(const ops::OperationRecord &record)
{
    if (record.isFinished()) {
        if (m_running.remove(record.id))
            Q_EMIT changed();
        return;
    }
    const bool added = !m_running.contains(record.id);
    m_running.insert(record.id, record);
    if (added)
        Q_EMIT changed();
}

std::optional<ops::OperationRecord> ComputeActivity::runningOn(const ClusterRow &row) const
{
    const QStringList parts = row.id.toString().split(QLatin1Char('/'));
    const QString subscription = segmentAfter(parts, QLatin1String("subscriptions"));
    const QString group = segmentAfter(parts, QLatin1String("resourceGroups"));
    const QString workspace = segmentAfter(parts, QLatin1String("workspaces"));
    for (const ops::OperationRecord &r : m_running) {
        if (same(r.computeName, row.name) && same(r.workspace.subscriptionId, subscription)
            && same(r.workspace.resourceGroup, group) && same(r.workspace.workspace, workspace))
            return r;
    }
    return std::nullopt;
}

} // namespace cw::ui
