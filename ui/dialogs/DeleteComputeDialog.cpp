#include "dialogs/DeleteComputeDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cw::ui {
namespace {

// "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/name"
// → {name, rg}; empty when the id is not of that shape.
std::pair<QString, QString> clusterNameAndGroup(const QString &id)
{
    const QStringList parts = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString name;
    QString group;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i).compare(QLatin1String("resourceGroups"), Qt::CaseInsensitive) == 0)
            group = parts.at(i + 1);
        if (parts.at(i).compare(QLatin1String("managedClusters"), Qt::CaseInsensitive) == 0)
            name = parts.at(i + 1);
    }
    return {name, group};
}

} // namespace

DeleteComputeDialog::DeleteComputeDialog(WorkspaceRef workspace, QString computeName, QString aksResourceId,
                                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(std::move(workspace))
    , m_computeName(std::move(computeName))
    , m_text(new QLabel(this))
    , m_delete(new QPushButton(tr("Delete compute and cluster"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("deleteComputeDialog"));
    setWindowTitle(tr("Delete '%1' and its AKS cluster").arg(m_computeName));
    const auto [cluster, group] = clusterNameAndGroup(aksResourceId);
    const QString clusterText = cluster.isEmpty() ? tr("the AKS cluster the workspace created")
                                                  : tr("the AKS cluster <b>%1</b> (resource group %2)")
                                                        .arg(cluster.toHtmlEscaped(), group.toHtmlEscaped());
    m_text->setObjectName(QStringLiteral("deleteComputeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setText(tr("<p>This removes the compute <b>%1</b> from the workspace and <b>deletes %2</b> in "
                       "Azure: its nodes, the models deployed on it and their scoring endpoints.</p>"
                       "<p><b>This cannot be undone.</b> To keep the cluster, use Detach… instead.</p>")
                        .arg(m_computeName.toHtmlEscaped(), clusterText));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);

    m_delete->setObjectName(QStringLiteral("confirmDeleteCompute"));
    m_cancel->setObjectName(QStringLiteral("cancelDeleteCompute"));
    // Enter must never delete: Cancel is the default button, and Delete has to be clicked.
    m_delete->setAutoDefault(false);
    m_cancel->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT deleteConfirmed(m_workspace, m_computeName);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    m_cancel->setFocus();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

QString DeleteComputeDialog::text() const
{
    return m_text->text();
}

} // namespace cw::ui
