#include "shell/MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QShowEvent>
#include <QScreen>
#include <QSettings>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include "shell/AboutDialog.h"
#include "shell/FocusFrame.h"
#include "shell/AppIcon.h"
#include "widgets/FlatChrome.h"

namespace cw::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Clusterwright"));
    setWindowIcon(appIcon()); // pixels rendered at build time: no SVG engine before the first paint

    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    useFlatToolBar(m_toolBar); // its repaint never waits for Qt's thread pool (FlatChrome.h)
    // Shown once a feature puts an action on it, so an empty strip never sits under the menus.
    m_toolBar->hide();

    createMenus();

    // The start page is made when the window is first shown with nothing else to show
    // (showEvent): a session ready before that (a sandbox that already runs) puts its view
    // here first, and the page's rich text, icon and layout are never made (callgrind: ~6 M
    // instructions, 8% of the GUI thread's work to the first paint, plus their paint).
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("centralStack"));
    setCentralWidget(m_central);

    m_environmentLabel = new QLabel(this);
    m_environmentLabel->setObjectName(QStringLiteral("environmentStatus"));
    statusBar()->addPermanentWidget(m_environmentLabel);
    setEnvironmentStatus(tr("Sandbox (local emulator)"), true);

    new FocusFrame(this); // the focus is visible on lists and text panes too
    restoreWindowGeometry();
}

namespace {
const char kGeometryKey[] = "mainWindow/geometry";
const char kStateKey[] = "mainWindow/state";
} // namespace

void MainWindow::restoreWindowGeometry()
{
    // Where the person left the window last time; on the first start, large enough for every
    // column of the clusters table next to its details (within the screen).
    const QSettings settings;
    if (restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        return;
    QSize size(1440, 860);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
}

void MainWindow::restoreDocks()
{
    restoreState(QSettings().value(QLatin1String(kStateKey)).toByteArray());
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (m_central->count() == 0) {
        m_startPage = createStartPage();
        m_central->addWidget(m_startPage);
    }
    QMainWindow::showEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Every toolbar action is also here, with its shortcut (features add them).
    m_clusterMenu = menuBar()->addMenu(tr("&Cluster"));
    m_clusterMenu->setObjectName(QStringLiteral("clusterMenu"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_toolBar->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Clusterwright"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QWidget *MainWindow::createStartPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("startPage"));
    auto *icon = new QLabel(page);
    icon->setPixmap(appIconPixmap(96, devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("<h1>Clusterwright</h1>"), page);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(
        tr("Azure Kubernetes Service inference clusters of your Azure Machine Learning "
           "workspaces: create, attach, inspect, update, detach and re-attach."),
        page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch(2);
    return page;
}

void MainWindow::setEnvironmentStatus(const QString &text, bool healthy)
{
    m_environmentLabel->setText(text);
    m_environmentLabel->setToolTip(text); // the whole text when the status bar is too narrow for it
    m_environmentLabel->setAccessibleDescription(healthy ? tr("Connected") : tr("Not connected"));
    m_environmentLabel->setStyleSheet(healthy ? QString() : QStringLiteral("color: palette(highlight);"));
}

void MainWindow::setCentralContent(QWidget *content)
{
    stageCentralContent(content);
    showCentralContent(content);
}

void MainWindow::stageCentralContent(QWidget *content)
{
    m_central->addWidget(content);
}

void MainWindow::showCentralContent(QWidget *content)
{
    m_central->setCurrentWidget(content);
}

bool MainWindow::showsStartPage() const
{
    return m_startPage && m_central->currentWidget() == m_startPage;
}

void MainWindow::showAbout()
{
    // Window-modal without a nested event loop: the dialog deletes itself when closed.
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace cw::ui
