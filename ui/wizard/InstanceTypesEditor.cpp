#include "wizard/InstanceTypesEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cw::ui {

InstanceTypesEditor::InstanceTypesEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add instance type"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_default(new QComboBox(this))
{
    m_table->setObjectName(QStringLiteral("v2InstanceTypes"));
    m_table->setAccessibleName(tr("Instance types"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("CPU request"), tr("CPU limit"), tr("Memory request"),
                                        tr("Memory limit"), tr("GPUs"), tr("Node selector")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons; the arrows move between cells
    m_table->setToolTip(tr("Quantities as Kubernetes writes them: 500m or 1.5 CPUs, 512Mi or 2Gi of memory. "
                           "An empty limit is the request. Node selector: label=value, …"));
    m_table->installEventFilter(this);
    m_add->setObjectName(QStringLiteral("v2AddInstanceType"));
    m_remove->setObjectName(QStringLiteral("v2RemoveInstanceType"));
    m_default->setObjectName(QStringLiteral("v2DefaultInstanceType"));
    m_default->setAccessibleName(tr("Default instance type"));
    auto *defaultLabel = new QLabel(tr("&Default:"), this);
    defaultLabel->setBuddy(m_default);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(defaultLabel);
    buttons->addWidget(m_default);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_default);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({QStringLiteral("type%1").arg(m_table->rowCount() + 1), QStringLiteral("1"), QString(), QStringLiteral("2Gi"),
                QString(), QString(), QString()});
        m_table->setCurrentCell(m_table->rowCount() - 1, Name);
        m_table->setFocus(Qt::OtherFocusReason);
        refreshDefaults();
        Q_EMIT changed();
    });
    connect(m_remove, &QPushButton::clicked, this, &InstanceTypesEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        if (item->column() == Name)
            refreshDefaults();
        Q_EMIT changed();
    });
    connect(m_default, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
}

void InstanceTypesEditor::addRow(const rules::InstanceTypeInput &type)
{
    const bool filling = m_filling;
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells{type.name, type.cpuRequest, type.cpuLimit, type.memoryRequest, type.memoryLimit, type.gpu, type.nodeSelector};
    for (int c = 0; c < ColumnCount; ++c)
        m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    m_filling = filling;
}

void InstanceTypesEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), Name);
    refreshDefaults();
    Q_EMIT changed();
}

void InstanceTypesEditor::setValue(const QList<rules::InstanceTypeInput> &types, const QString &defaultName)
{
    m_filling = true;
    m_table->setRowCount(0);
    for (const rules::InstanceTypeInput &t : types)
        addRow(t);
    m_filling = false;
    refreshDefaults();
    m_filling = true;
    m_default->setCurrentIndex(std::max(0, m_default->findText(defaultName)));
    m_filling = false;
}

QList<rules::InstanceTypeInput> InstanceTypesEditor::value() const
{
    QList<rules::InstanceTypeInput> out;
    const auto cell = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text() : QString();
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        out.append({cell(row, Name), cell(row, CpuRequest), cell(row, CpuLimit), cell(row, MemoryRequest),
                    cell(row, MemoryLimit), cell(row, Gpu), cell(row, NodeSelector)});
    }
    return out;
}

QString InstanceTypesEditor::defaultName() const
{
    return m_default->currentText();
}

void InstanceTypesEditor::refreshDefaults()
{
    // The default stays the same type while its row lives (renamed: the new name).
    const bool filling = m_filling;
    m_filling = true;
    const int previous = m_default->currentIndex();
    const QString previousName = m_default->currentText();
    m_default->clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, Name);
        m_default->addItem(item ? item->text().trimmed() : QString());
    }
    int index = m_default->findText(previousName);
    if (index < 0)
        index = std::min(previous, m_default->count() - 1);
    m_default->setCurrentIndex(std::max(index, m_default->count() > 0 ? 0 : -1));
    m_remove->setEnabled(m_table->rowCount() > 0);
    m_filling = filling;
}

bool InstanceTypesEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Delete on a row removes it (as the Remove button); while a cell is edited its editor, not
    // the table, receives the keys.
    if (watched == m_table && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        removeCurrentRow();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cw::ui
