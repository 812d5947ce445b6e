#include "dialogs/DeleteComputeDialog.h"

#include <QPushButton>
#include <QStyle>

#include "ui_DeleteComputeDialog.h"

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
    , m_ui(std::make_unique<Ui::DeleteComputeDialog>())
{
    m_ui->setupUi(this);
    // The form's texts carry the placeholders; the names are this compute's.
    setWindowTitle(windowTitle().arg(m_computeName));
    const auto [cluster, group] = clusterNameAndGroup(aksResourceId);
    const QString clusterText = cluster.isEmpty() ? tr("the AKS cluster the workspace created")
                                                  : tr("the AKS cluster <b>%1</b> (resource group %2)")
                                                        .arg(cluster.toHtmlEscaped(), group.toHtmlEscaped());
    m_ui->deleteComputeText->setText(
        m_ui->deleteComputeText->text().arg(m_computeName.toHtmlEscaped(), clusterText));
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->deleteComputeIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));

    // A form's button box holds only Qt's standard buttons; these two have the dialog's words.
    // Enter must never delete: Cancel is the default button, and Delete has to be clicked.
    m_delete = m_ui->buttons->addButton(tr("Delete compute and cluster"), QDialogButtonBox::DestructiveRole);
    m_cancel = m_ui->buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_delete->setObjectName(QStringLiteral("confirmDeleteCompute"));
    m_cancel->setObjectName(QStringLiteral("cancelDeleteCompute"));
    m_delete->setAutoDefault(false);
    m_cancel->setDefault(true);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT deleteConfirmed(m_workspace, m_computeName);
    });
    m_cancel->setFocus();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

DeleteComputeDialog::~DeleteComputeDialog() = default;

QString DeleteComputeDialog::text() const
{
    return m_ui->deleteComputeText->text();
}

} // namespace cw::ui
