#pragma once
#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace cw::ui {

// The application's frame: menus, toolbar, status bar and a central area where the feature
// views (clusters, operations) are placed by the code that owns them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Shows which environment the window talks to (e.g. "Sandbox — https://127.0.0.1:4431")
    // and whether it is usable; the label is also the accessible description of the state.
    void setEnvironmentStatus(const QString &text, bool healthy);

    // Replaces the central content (the start page until a feature view is installed).
    void setCentralContent(QWidget *content);
    // Adds `content` without showing it: what is shown stays until showCentralContent(content)
    // (a view that would be painted empty first is shown once it has something to show).
    void stageCentralContent(QWidget *content);
    void showCentralContent(QWidget *content);
    // Whether the start page is what the window shows now.
    bool showsStartPage() const;

    QToolBar *mainToolBar() const { return m_toolBar; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *clusterMenu() const { return m_clusterMenu; }

    // The docks' places as the person left them (call once the docks exist).
    void restoreDocks();

protected:
    // The start page, when no view was put in the central area before the window is shown.
    void showEvent(QShowEvent *event) override;
    // Remembers the window's geometry and docks for the next start.
    void closeEvent(QCloseEvent *event) override;

public Q_SLOTS:
    void showAbout();

private:
    void createMenus();
    QWidget *createStartPage();
    void restoreWindowGeometry();

    QStackedWidget *m_central = nullptr;
    QWidget *m_startPage = nullptr; // made at the first show when nothing else is there
    QLabel *m_environmentLabel = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_clusterMenu = nullptr;
};

} // namespace cw::ui
