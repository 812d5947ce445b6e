#pragma once
#include <QList>
#include <QString>

#include <optional>

#include "ops/OperationRecord.h"

namespace cw::ops {

// The finished (and running) operations of one workspace, filtered as the operations view
// and `clusterwright-cli operations` show them, and exported as JSON.
struct HistoryFilter {
    QString text;                          // matched against compute name, summary and error
    std::optional<OperationKind> kind;
    std::optional<OperationState> state;
};

QList<OperationRecord> historyFor(const QList<OperationRecord> &all, const WorkspaceRef &workspace,
                                  const HistoryFilter &filter = {});

// A JSON array of the records (secrets were never stored, so nothing to hide).
QByteArray exportHistoryJson(const QList<OperationRecord> &records);

} // namespace cw::ops
