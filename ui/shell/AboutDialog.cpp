#include "shell/AboutDialog.h"

#include <QHeaderView>

#include "common/AppIdentity.h"
#include "shell/LibraryCredits.h"
#include "shell/AppIcon.h"
#include "ui_AboutDialog.h"

namespace cw::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    // The form (AboutDialog.ui) is the layout and its texts; the code adds what is known only at
    // run time: the icon at this screen's scale, the version and the libraries' credits. Nothing
    // is looked up again afterwards, so the Ui object need not outlive the constructor (the
    // widgets belong to the dialog).
    Ui::AboutDialog ui;
    ui.setupUi(this);
    ui.aboutIcon->setPixmap(appIconPixmap(64, devicePixelRatioF()));
    ui.aboutTitle->setText(QStringLiteral("<h2>Clusterwright %1</h2>").arg(versionString().toHtmlEscaped()));

    const QList<LibraryCredit> credits = libraryCredits();
    QTableWidget *table = ui.aboutLibraries;
    table->setRowCount(int(credits.size()));
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
}

} // namespace cw::ui
