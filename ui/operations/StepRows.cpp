#include "operations/StepRows.h"

#include <QTreeWidget>

namespace cw::ui {
namespace {

QString stepMark(ops::StepState state)
{
    switch (state) {
    case ops::StepState::Done: return QStringLiteral("✔");
    case ops::StepState::Running: return QStringLiteral("▶");
    case ops::StepState::Failed: return QStringLiteral("✘");
    case ops::StepState::Skipped: return QStringLiteral("–");
    case ops::StepState::Pending: break;
    }
    return QStringLiteral("·");
}

} // namespace

void addStepRows(QTreeWidget *tree, const QList<ops::OperationStep> &steps)
{
    for (const ops::OperationStep &st : steps) {
        auto *item = new QTreeWidgetItem(tree, {stepMark(st.state) + QLatin1Char(' ') + st.title, st.message});
        item->setToolTip(1, st.message);
    }
}

} // namespace cw::ui
