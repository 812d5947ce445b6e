// Smoke test of the application shell through real widgets (offscreen platform).
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensWithTitleAndEnvironment()
    {
        cw::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Clusterwright"));
        auto *env = window.findChild<QLabel *>(QStringLiteral("environmentStatus"));
        QVERIFY(env);
        QVERIFY(env->text().contains(QStringLiteral("Sandbox")));
        QVERIFY(!window.windowIcon().isNull());
    }

    void aboutDialogListsLibrariesWithVersions()
    {
        cw::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
        QVERIFY(about);
        about->trigger();
        cw::ui::AboutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<cw::ui::AboutDialog *>()) && dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("aboutLibraries"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 4);
        for (int row = 0; row < table->rowCount(); ++row) {
            QVERIFY2(!table->item(row, 1)->text().isEmpty(), qPrintable(table->item(row, 0)->text()));
            QVERIFY(!table->item(row, 2)->text().isEmpty());
        }
        auto *title = dialog->findChild<QLabel *>(QStringLiteral("aboutTitle"));
        QVERIFY(title->text().contains(QCoreApplication::applicationVersion().isEmpty()
                                           ? QStringLiteral("Clusterwright")
                                           : QCoreApplication::applicationVersion()));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(window.findChild<cw::ui::AboutDialog *>() == nullptr);
    }

    void quitShortcutClosesTheWindow()
    {
        auto *window = new cw::ui::MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<cw::ui::MainWindow> guard(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *quit = window->findChild<QAction *>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        quit->trigger();
        QTRY_VERIFY(guard.isNull());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
