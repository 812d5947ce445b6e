// The clusters view remembers the workspaces it showed (issue 13, time-to-clusters): at the next
// start their computes are asked for at once, and the workspaces are listed once their rows are
// in (checked in the sandbox's request log); the picker then fills in without loading them again.
// A remembered workspace that is no longer listed falls back to every workspace, with a note
// saying so; choosing another workspace is remembered in its turn.
#include <QSignalSpy>
#include <QTest>

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>

#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "session/RememberedWorkspaces.h"
#include "session/Session.h"
#include "support/SandboxProcess.h"
#include "support/SandboxSession.h"

using namespace cw;

class TestClustersRemembered : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    std::unique_ptr<session::Session> m_session;

    QString cloud() const { return m_session->environment().name; }
    WorkspaceRef other() const
    {
        return {.cloud = cloud(), .subscriptionId = QStringLiteral("00000000-0000-4000-8000-000000000002"),
                .resourceGroup = QStringLiteral("rg-other"), .workspace = QStringLiteral("ws-other")};
    }
    WorkspaceRef demo() const
    {
        return {.cloud = cloud(), .subscriptionId = m_sandbox.endpoint().subscriptionId,
                .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo")};
    }
    void remember(const session::RememberedWorkspaces &remembered)
    {
        QSettings settings;
        settings.remove(QStringLiteral("clusters"));
        if (!remembered.isEmpty())
            remembered.save(settings, cloud());
    }
    // Position in the request log of the first request matching `pathRegex` (-1: none).
    int firstRequest(const QJsonArray &log, const QString &pathRegex)
    {
        const QRegularExpression re(pathRegex);
        for (int i = 0; i < log.size(); ++i)
            if (log.at(i).toObject().value(QStringLiteral("method")).toString() == QLatin1String("GET")
                && re.match(log.at(i).toObject().value(QStringLiteral("path")).toString()).hasMatch())
                return i;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_session = test::sandboxSession(m_sandbox);
    }

    void theRememberedWorkspaceIsLoadedBeforeTheListing()
    {
        remember({.workspaces = {demo()}});
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
        ui::ClustersView view(m_session.get());
        view.setRefreshIntervalMs(0);
        QSignalSpy refreshed(&view, &ui::ClustersView::refreshed);
        // When the rows are in, the subscriptions have not been asked for yet (connected before
        // start(), so this runs before the view's own reaction to its rows).
        int subscriptionsAsked = -1;
        connect(&view, &ui::ClustersView::refreshed, this, [&] {
            if (subscriptionsAsked < 0)
                subscriptionsAsked = m_sandbox.countRequests("GET", QStringLiteral("^/subscriptions$"));
        });
        view.start();
        // At once: the picker shows the remembered workspace alone, its computes are asked for.
        auto *picker = view.findChild<QComboBox *>(QStringLiteral("workspacePicker"));
        QCOMPARE(picker->count(), 1);
        QCOMPARE(picker->currentText(), QStringLiteral("ws-demo (rg-ml)"));
        // Then the listing fills the picker in ("All workspaces" and the two), the choice stays.
        // It starts once the rows are in: the rows come first.
        QTRY_COMPARE_WITH_TIMEOUT(picker->count(), 3, 20000);
        QCOMPARE(picker->currentText(), QStringLiteral("ws-demo (rg-ml)"));
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(subscriptionsAsked, 0);
        QVERIFY(view.model()->rowCount() > 0);
        for (const ui::ClusterRow &row : view.model()->rows())
            QVERIFY2(row.id.toString().contains(QLatin1String("/workspaces/ws-demo/"), Qt::CaseInsensitive), qPrintable(row.id.toString()));
        const QJsonArray log = m_sandbox.requests();
        const int computes = firstRequest(log, QStringLiteral("/workspaces/ws-demo/computes$"));
        const int listing = firstRequest(log, QStringLiteral("^/subscriptions/[^/]+/providers/Microsoft.MachineLearningServices/workspaces$"));
        QVERIFY(computes >= 0 && listing >= 0);
        QVERIFY2(computes < listing, "the remembered workspace's computes were asked for after the listing");
        // The listing did not load them again, and the note about a missing workspace stays hidden.
        QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("/workspaces/ws-demo/computes$")), 1);
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("workspaceNotice"))->isVisible());
    }

    void aRememberedWorkspaceNoLongerListedFallsBack()
    {
        WorkspaceRef gone = other();
        gone.workspace = QStringLiteral("ws-deleted");
        remember({.workspaces = {gone}});
        ui::ClustersView view(m_session.get());
        view.setRefreshIntervalMs(0);
        view.show();
        view.start();
        auto *picker = view.findChild<QComboBox *>(QStringLiteral("workspacePicker"));
        auto *notice = view.findChild<QLabel *>(QStringLiteral("workspaceNotice"));
        QTRY_COMPARE_WITH_TIMEOUT(picker->count(), 3, 20000);
        QCOMPARE(picker->currentIndex(), 0); // All workspaces
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("ws-deleted (rg-other)")), qPrintable(notice->text()));
        // Every workspace's computes are shown (those of ws-demo among them).
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (const ui::ClusterRow &row : view.model()->rows())
                                         if (row.id.toString().contains(QLatin1String("/workspaces/ws-demo/")))
                                             return true;
                                     return false;
                                 }()),
                                 20000);
        // The note as the user sees it (saved when $CW_SCREENSHOT_DIR is set).
        if (const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR"); !dir.isEmpty()) {
            view.resize(1100, 500);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("clusters-remembered-gone-en-light.png"))));
        }
        // What is shown now is remembered instead; choosing a workspace puts the note away.
        QTRY_VERIFY_WITH_TIMEOUT(session::RememberedWorkspaces::load(QSettings(), cloud()).all, 20000);
        picker->setCurrentIndex(picker->findText(QStringLiteral("ws-other (rg-other)")));
        QVERIFY(!notice->isVisible());
    }

    // A subscription's workspaces that cannot be listed (a transient failure) do not make the
    // remembered workspace "gone": it stays chosen, its rows stay, no note.
    void aFailedListingKeepsTheRememberedWorkspace()
    {
        remember({.workspaces = {demo()}});
        m_sandbox.control("POST", QStringLiteral("/_sandbox/faults"),
                          QJsonDocument(QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                                    {QStringLiteral("path"), QStringLiteral("^/subscriptions/[^/]+/providers/Microsoft.MachineLearningServices/workspaces$")},
                                                    {QStringLiteral("kind"), QStringLiteral("status")},
                                                    {QStringLiteral("status"), 403},
                                                    {QStringLiteral("count"), -1}}));
        const auto clearFaults = qScopeGuard([this] { m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults")); });
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
        ui::ClustersView view(m_session.get());
        view.setRefreshIntervalMs(0);
        QSignalSpy refreshed(&view, &ui::ClustersView::refreshed);
        QSignalSpy listed(&view, &ui::ClustersView::workspacesListed);
        view.show();
        view.start();
        QVERIFY(listed.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, 20000);
        QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("MachineLearningServices/workspaces$")), 2);
        auto *picker = view.findChild<QComboBox *>(QStringLiteral("workspacePicker"));
        QCOMPARE(picker->currentText(), QStringLiteral("ws-demo (rg-ml)"));
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("workspaceNotice"))->isVisible());
        QVERIFY(view.model()->rowCount() > 0);
        QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("/workspaces/ws-demo/computes$")), 1);
    }

    void theChoiceIsRemembered()
    {
        remember({});
        ui::ClustersView view(m_session.get());
        view.setRefreshIntervalMs(0);
        QSignalSpy refreshed(&view, &ui::ClustersView::refreshed);
        view.start();
        auto *picker = view.findChild<QComboBox *>(QStringLiteral("workspacePicker"));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, 20000);
        // A first start: every workspace, remembered as such.
        QTRY_VERIFY_WITH_TIMEOUT(session::RememberedWorkspaces::load(QSettings(), cloud()).all, 20000);
        QCOMPARE(session::RememberedWorkspaces::load(QSettings(), cloud()).workspaces.size(), 2);
        // Switching workspace still works, and is remembered.
        refreshed.clear();
        picker->setCurrentIndex(picker->findText(QStringLiteral("ws-other (rg-other)")));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, 20000);
        for (const ui::ClusterRow &row : view.model()->rows())
            QVERIFY(row.id.toString().contains(QLatin1String("/workspaces/ws-other/"), Qt::CaseInsensitive));
        QTRY_COMPARE_WITH_TIMEOUT(session::RememberedWorkspaces::load(QSettings(), cloud()),
                                  (session::RememberedWorkspaces{.workspaces = {other()}}), 20000);
    }
};

QTEST_MAIN(TestClustersRemembered)
#include "tst_clusters_remembered.moc"
