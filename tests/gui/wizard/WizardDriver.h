#pragma once
// Test helpers that drive the real wizard widgets by objectName, as a user would.
#include "wizard/ComputeWizard.h"

#include <QAbstractButton>
#include <QTest>
#include <QTreeWidget>

namespace cw::test {

template <typename T>
T *widget(QWidget *root, const char *objectName)
{
    return root->findChild<T *>(QLatin1String(objectName));
}

inline bool nextEnabled(QWizard *wizard)
{
    return wizard->button(QWizard::NextButton)->isEnabled() && wizard->button(QWizard::NextButton)->isVisible();
}

inline void clickNext(QWizard *wizard)
{
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
}

// Makes the row whose first column reads `text` current; false when there is no such row.
inline bool selectRow(QTreeWidget *tree, const QString &text)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == text) {
            tree->setCurrentItem(tree->topLevelItem(i));
            return true;
        }
    }
    return false;
}

} // namespace cw::test
