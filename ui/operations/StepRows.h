#pragma once
#include <QList>

#include "ops/OperationRecord.h"

class QTreeWidget;

namespace cw::ui {

// One row per step of an operation: "<mark> <title>" and its message (also the tooltip). Shared
// by the operations dock and the re-attach dialog, so a step looks the same in both.
void addStepRows(QTreeWidget *tree, const QList<ops::OperationStep> &steps);

} // namespace cw::ui
