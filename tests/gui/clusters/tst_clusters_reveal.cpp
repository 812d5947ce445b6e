// A first clusters view replaces the window's start page once its first rows are in, painted
// once with them (issue 13, time-to-clusters: shown at once, its empty table was painted while
// the first answers waited for the GUI thread). Until then the start page stays; a refresh that
// fails, or rows that take longer than the limit, show the view anyway.
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include "Workbench.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "session/Session.h"
#include "shell/MainWindow.h"
#include "support/SandboxProcess.h"
#include "support/SandboxSession.h"

using namespace cw;

class TestClustersReveal : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    std::unique_ptr<session::Session> m_session;

    WorkspaceRef demo() const
    {
        return {.cloud = m_session->environment().name, .subscriptionId = m_sandbox.endpoint().subscriptionId,
                .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo")};
    }

    static QStackedWidget *stackOf(ui::MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(QStringLiteral("centralStack"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_session = test::sandboxSession(m_sandbox);
    }

    void theViewComesWithItsRows()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showsStartPage());
        auto *view = new ui::ClustersView(m_session.get(), &window);
        view->setRefreshIntervalMs(0);
        // What the table held when the window first showed the view.
        int rowsWhenShown = -1;
        connect(stackOf(window), &QStackedWidget::currentChanged, this, [&] {
            if (stackOf(window)->currentWidget() == view && rowsWhenShown < 0)
                rowsWhenShown = view->model()->rowCount();
        });
        QSignalSpy refreshed(view, &ui::ClustersView::refreshed);
        ui::Workbench::showWhenRowsAreIn(&window, view, 60000);
        view->setWorkspaces({demo()});
        QVERIFY(window.showsStartPage()); // the rows are on their way
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 30000);
        QCOMPARE(stackOf(window)->currentWidget(), view);
        QVERIFY2(rowsWhenShown > 0, qPrintable(QString::number(rowsWhenShown)));
        QCOMPARE(rowsWhenShown, view->model()->rowCount());
    }

    void aViewWithoutRowsComesAfterTheLimit()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = new ui::ClustersView(m_session.get(), &window);
        view->setRefreshIntervalMs(0);
        QElapsedTimer clock;
        clock.start();
        ui::Workbench::showWhenRowsAreIn(&window, view, 300); // no workspace: no refresh at all
        QVERIFY(window.showsStartPage());
        QTRY_COMPARE_WITH_TIMEOUT(stackOf(window)->currentWidget(), view, 5000);
        QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_MAIN(TestClustersReveal)
#include "tst_clusters_reveal.moc"
