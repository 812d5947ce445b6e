#include "ops/OperationHistory.h"

namespace cw::ops {

QList<OperationRecord> historyFor(const QList<OperationRecord> &all, const WorkspaceRef &workspace,
                                  const HistoryFilter &filter)
{
    const QString key = workspace.key();
    QList<OperationRecord> result;
    for (const OperationRecord &r : all) {
        if (r.workspace.key() != key)
            continue;
        if (filter.kind && r.kind != *filter.kind)
            continue;
        if (filter.state && r.state != *filter.state)
            continue;
        if (!filter.text.isEmpty() && !r.computeName.contains(filter.text, Qt::CaseInsensitive)
            && !r.summary.contains(filter.text, Qt::CaseInsensitive)
            && !r.error.contains(filter.text, Qt::CaseInsensitive))
            continue;
        result.append(r);
    }
    return result;
}

QByteArray exportHistoryJson(const QList<OperationRecord> &records)
{
    nlohmann::json array = nlohmann::json::array();
    for (const OperationRecord &r : records)
        array.push_back(toJson(r));
    return QByteArray::fromStdString(array.dump(2));
}

} // namespace cw::ops
