#include "shell/AboutDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/AppIdentity.h"
#include "shell/LibraryCredits.h"

namespace cw::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Clusterwright"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/clusterwright.svg")).pixmap(64, 64));

    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setText(QStringLiteral("<h2>Clusterwright %1</h2>").arg(versionString().toHtmlEscaped()));

    auto *summary = new QLabel(
        tr("Creates, attaches, inspects, updates, detaches and re-attaches Azure Kubernetes "
           "Service inference clusters of Azure Machine Learning workspaces."),
        this);
    summary->setWordWrap(true);

    const QList<LibraryCredit> credits = libraryCredits();
    auto *table = new QTableWidget(int(credits.size()), 3, this);
    table->setObjectName(QStringLiteral("aboutLibraries"));
    table->setAccessibleName(tr("Libraries and licences"));
    table->setHorizontalHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < credits.size(); ++row) {
        const LibraryCredit &c = credits.at(row);
        auto *name = new QTableWidgetItem(c.name);
        name->setToolTip(c.url);
        table->setItem(row, 0, name);
        table->setItem(row, 1, new QTableWidgetItem(c.version));
        table->setItem(row, 2, new QTableWidgetItem(c.licence));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(summary);
    layout->addWidget(new QLabel(tr("Built with:"), this));
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(520, 360);
}

} // namespace cw::ui
