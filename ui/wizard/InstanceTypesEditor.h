#pragma once
// The Kubernetes compute's instance types as a table the keyboard can drive: one row per type
// (name, CPU request/limit, memory request/limit, nvidia.com/gpu, node selector), cells edited by
// typing or F2 and moved through with the arrow keys, "Add" and "Remove" buttons (Alt+A, Alt+R,
// Delete on a row), and the default type picked in a list of the rows' names. Tab leaves the table
// (tabKeyNavigation off), so every control stays reachable by Tab.
#include "rules/KubernetesComputeRules.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace cw::ui {

class InstanceTypesEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column { Name, CpuRequest, CpuLimit, MemoryRequest, MemoryLimit, Gpu, NodeSelector, ColumnCount };

    explicit InstanceTypesEditor(QWidget *parent = nullptr);

    void setValue(const QList<rules::InstanceTypeInput> &types, const QString &defaultName);
    QList<rules::InstanceTypeInput> value() const;
    QString defaultName() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addRow(const rules::InstanceTypeInput &type);
    void removeCurrentRow();
    void refreshDefaults();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QComboBox *m_default;
    bool m_filling = false;
};

} // namespace cw::ui
