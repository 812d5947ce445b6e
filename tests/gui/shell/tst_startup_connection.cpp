// The app connects while its window is built (time-to-clusters, issue 13): connecting to a
// sandbox that already runs, or to the embedded one once it is up, starts fetching the clusters
// view's first listings at once, token included, on a thread of their own (step by step on a
// first start, when no workspace is remembered).
// The connections the first refresh needs are open before it asks (no request waits for a
// handshake), the embedded sandbox's session is warmed up the same way before it is handed over,
// or, with a workspace remembered, gets its first listings from a thread of their own, and an
// unchanged connection choice is not written to the settings again (a settings write syncs the
// file to disk on the GUI thread, between the first paint and the first rows).
#include "auth/SandboxCredential.h"
#include "auth/TokenCredential.h"
#include "azure/AccountServices.h"
#include "session/ListingsAhead.h"
#include "session/RememberedWorkspaces.h"
#include "session/SandboxLauncher.h"
#include "session/Session.h"
#include "shell/ApplicationContext.h"
#include "support/SandboxProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

namespace {

// This process's established TCP connections to `port` on the loopback (IPv4), read from the
// kernel's table: how many connections the network layer really holds, which no request log shows.
int establishedConnectionsTo(quint16 port)
{
    QFile table(QStringLiteral("/proc/net/tcp"));
    if (!table.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray wanted = ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    int count = 0;
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // sl local_address rem_address st ...; the remote is ADDRESS:PORT in hex, 01 = ESTABLISHED
        if (fields.size() > 3 && fields.at(2).endsWith(wanted) && fields.at(3) == "01")
            ++count;
    }
    return count;
}

// The sandbox's demo workspace, remembered as the clusters view does for the next start.
cw::WorkspaceRef rememberDemoWorkspace()
{
    const cw::WorkspaceRef demo{.cloud = cw::auth::CloudEnvironment::sandbox({}, {}).name,
                                .subscriptionId = QStringLiteral("00000000-0000-4000-8000-000000000001"),
                                .resourceGroup = QStringLiteral("rg-ml"),
                                .workspace = QStringLiteral("ws-demo")};
    QSettings settings;
    cw::session::RememberedWorkspaces{.workspaces = {demo}}.save(settings, demo.cloud);
    return demo;
}

} // namespace

using namespace cw;

class TestStartupConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    // First: the connections of the other cases stay in the thread's shared pool afterwards.
    void theFirstRequestsFindTheirConnectionsOpen()
    {
        const quint16 port = quint16(QUrl(m_sandbox.endpoint().baseUrl).port());
        const int before = establishedConnectionsTo(port); // the fixture's own control connection
        QVERIFY(before >= 0);
        std::unique_ptr<session::Session> session(session::sandboxSession(m_sandbox.endpoint(), nullptr));
        session->warmUp();
        // The token's connection and the others, opened while nothing asks yet.
        QTRY_COMPARE_WITH_TIMEOUT(establishedConnectionsTo(port) - before, session::Session::kConnectionsAhead, 20000);
        // As many requests at once as the clusters view's first refresh sends: they go on those
        // connections, none opens one of its own (a preconnection pooled apart from the requests,
        // as Qt does when it offers other protocols, left them unused).
        std::vector<std::unique_ptr<QSignalSpy>> answers;
        for (int i = 0; i < session::Session::kConnectionsAhead; ++i)
            answers.push_back(std::make_unique<QSignalSpy>(session->subscriptions().list(), &azure::ServiceJob::finished));
        for (const auto &answer : answers)
            QVERIFY(answer->size() > 0 || answer->wait(20000));
        QCOMPARE(establishedConnectionsTo(port) - before, session::Session::kConnectionsAhead);
    }

    // A first start on a sandbox that already runs (no workspace remembered): everything the
    // clusters view asks for first, step by step, comes from the fetch ahead, token included.
    void aRunningSandboxsFirstStartListingsAreFetchedAhead()
    {
        QFile::remove(QSettings().fileName()); // nothing remembered
        ui::ApplicationContext context;
        QSignalSpy ready(&context, &ui::ApplicationContext::sessionReady);
        int fetchesWhenHandedOver = -1;
        connect(&context, &ui::ApplicationContext::sessionReady, this, [&](session::Session *s) {
            fetchesWhenHandedOver = s->credential()->fetchCount();
        });
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));

        context.connectToRunningSandbox(m_sandbox.endpoint());
        // Handed over inside the call (main() calls it before the window is shown, so the first
        // paint shows the clusters view), with no token of its own: the fetch ahead has one.
        QCOMPARE(ready.size(), 1);
        session::Session *session = context.session();
        QVERIFY(session);
        QCOMPARE(fetchesWhenHandedOver, 0);

        // As the view asks, each step once the one before is answered. (Each result is read when
        // its job finishes: a finished job deletes itself.)
        const auto finished = [](azure::ServiceJob *job) {
            QSignalSpy done(job, &azure::ServiceJob::finished);
            return done.wait(20000);
        };
        QStringList subscriptionIds;
        auto *subscriptions = session->subscriptions().list();
        connect(subscriptions, &azure::ServiceJob::finished, this, [&subscriptionIds, subscriptions] {
            if (subscriptions->result().ok())
                for (const auto &subscription : *subscriptions->result().value)
                    subscriptionIds.append(subscription.subscriptionId);
        });
        QVERIFY(finished(subscriptions));
        QCOMPARE(subscriptionIds.size(), 2); // the seed's two subscriptions
        QList<WorkspaceRef> found;
        for (const QString &subscriptionId : std::as_const(subscriptionIds)) {
            auto *workspaces = session->workspaces().list(subscriptionId);
            connect(workspaces, &azure::ServiceJob::finished, this, [&found, workspaces] {
                if (workspaces->result().ok())
                    for (const auto &ws : *workspaces->result().value)
                        found.append({.subscriptionId = ws.subscriptionId, .resourceGroup = ws.resourceGroup,
                                      .workspace = ws.name});
            });
            QVERIFY(finished(workspaces));
        }
        QCOMPARE(found.size(), 2); // a workspace in each
        QStringList listedSubscriptions;
        qint64 bytes = 0;
        for (const WorkspaceRef &ws : std::as_const(found)) {
            bool ok = false;
            auto *computes = session->computes(ws).listStream([&bytes](std::string_view values) {
                bytes += qint64(values.size());
                return std::optional<qint64>(0);
            });
            connect(computes, &azure::ServiceJob::finished, this, [&ok, computes] { ok = computes->result().ok(); });
            QVERIFY(finished(computes));
            QVERIFY(ok);
            if (!listedSubscriptions.contains(ws.subscriptionId)) {
                listedSubscriptions.append(ws.subscriptionId);
                bool clustersOk = false;
                auto *clusters = session->managedClusters().listStream(
                    ws.subscriptionId, [](std::string_view) { return std::optional<qint64>(0); });
                connect(clusters, &azure::ServiceJob::finished, this,
                        [&clustersOk, clusters] { clustersOk = clusters->result().ok(); });
                QVERIFY(finished(clusters));
                QVERIFY(clustersOk);
            }
        }
        QVERIFY(bytes > 4); // the seed's computes, not two empty arrays
        // Every one of them was answered ahead: sent once (by the fetching thread's session),
        // and this session asked for no token.
        QCOMPARE(session->credential()->fetchCount(), 0);
        QCOMPARE(m_sandbox.countRequests("POST", QStringLiteral("oauth2")), 1);
        QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("^/subscriptions$")), 1);
        QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("MachineLearningServices/workspaces$")),
                 int(subscriptionIds.size()));
        QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("/computes$")), int(found.size()));
        QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("managedClusters$")), int(listedSubscriptions.size()));

        // Later asks go out as usual (each answer served one request).
        QVERIFY(finished(session->subscriptions().list()));
        QCOMPARE(session->credential()->fetchCount(), 1);
        QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("^/subscriptions$")), 2);
    }

    void anUnchangedChoiceIsNotWrittenAgain()
    {
        // No settings yet (a first start): the sandbox is what they would say anyway.
        const QString file = QSettings().fileName();
        QFile::remove(file);
        ui::ApplicationContext context;
        QSignalSpy ready(&context, &ui::ApplicationContext::sessionReady);
        context.connectToRunningSandbox(m_sandbox.endpoint());
        QCOMPARE(ready.size(), 1);
        QVERIFY2(!QFileInfo::exists(file), qPrintable(file));
        QVERIFY(session::ConnectionChoice::load(QSettings()).isSandbox());
    }

    // The embedded sandbox's first start (no workspace remembered) is fetched ahead the same way.
    void theEmbeddedSandboxsFirstStartIsFetchedAheadToo()
    {
        QFile::remove(QSettings().fileName()); // nothing remembered
        ui::ApplicationContext context;
        int fetchesWhenHandedOver = -1;
        bool listed = false;
        connect(&context, &ui::ApplicationContext::sessionReady, this, [&](session::Session *s) {
            fetchesWhenHandedOver = s->credential()->fetchCount();
            // As the view's first request.
            auto *subscriptions = s->subscriptions().list();
            connect(subscriptions, &azure::ServiceJob::finished, this, [&, subscriptions, s] {
                listed = subscriptions->result().ok() && s->credential()->fetchCount() == 0;
            });
        });
        context.startSandbox(0.05);
        QTRY_VERIFY_WITH_TIMEOUT(listed, 30000);
        QCOMPARE(fetchesWhenHandedOver, 0); // no warm-up: the fetch ahead has its own token
        QVERIFY(context.usesEmbeddedSandbox());
    }

    // Last ones: they leave a remembered workspace in the settings.
    void theFirstListingsComeFromAThreadOfTheirOwn()
    {
        const WorkspaceRef demo = rememberDemoWorkspace();
        std::unique_ptr<session::Session> session(session::sandboxSession(m_sandbox.endpoint(), nullptr));
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
        const auto list = [&](qint64 *bytes, bool *ok) {
            azure::ArmStreamJob *job = session->computes(demo).listStream([bytes](std::string_view values) {
                *bytes += qint64(values.size());
                return std::optional<qint64>(0);
            });
            connect(job, &azure::ServiceJob::finished, this, [job, ok] { *ok = job->result().ok(); });
            return job;
        };

        session::fetchFirstListingsAhead(m_sandbox.endpoint(), session.get());
        qint64 aheadBytes = 0;
        bool aheadOk = false;
        QSignalSpy ahead(list(&aheadBytes, &aheadOk), &azure::ServiceJob::finished); // as the views' first refresh
        session::stopServingListingsAhead(session.get());
        QVERIFY(ahead.wait(20000));
        QVERIFY(aheadOk);
        QVERIFY(aheadBytes > 2); // the workspace's computes, not an empty array
        // The other thread's session fetched it, token included: this one sent nothing yet.
        QCOMPARE(session->credential()->fetchCount(), 0);
        QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("/workspaces/ws-demo/computes")), 1);

        // After the views' first requests, the same listing is asked for as usual.
        qint64 laterBytes = 0;
        bool laterOk = false;
        QSignalSpy later(list(&laterBytes, &laterOk), &azure::ServiceJob::finished);
        QVERIFY(later.wait(20000));
        QVERIFY(laterOk);
        QCOMPARE(laterBytes, aheadBytes);
        QCOMPARE(session->credential()->fetchCount(), 1);
        QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("/workspaces/ws-demo/computes")), 2);
    }

    // A session that goes while its first listings are being fetched (the app closed at once)
    // ends the fetching thread without waiting for it to finish.
    void aSessionGoneMidFetchEndsItsThreadAtOnce()
    {
        rememberDemoWorkspace();
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
        auto session = std::unique_ptr<session::Session>(session::sandboxSession(m_sandbox.endpoint(), nullptr));
        QVERIFY(session::fetchFirstListingsAhead(m_sandbox.endpoint(), session.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.countRequests("POST", QStringLiteral("oauth2")) > 0, 20000);
        QElapsedTimer gone;
        gone.start();
        session.reset();
        QVERIFY2(gone.elapsed() < 2000, qPrintable(QString::number(gone.elapsed())));
    }

    // With a workspace remembered, the embedded sandbox's session gets its first listing from the
    // fetch ahead, and asks for no token of its own before the views do.
    void theEmbeddedSandboxsFirstListingsAreFetchedAhead()
    {
        const WorkspaceRef demo = rememberDemoWorkspace();
        ui::ApplicationContext context;
        int fetchesWhenHandedOver = -1;
        bool listed = false;
        connect(&context, &ui::ApplicationContext::sessionReady, this, [&](session::Session *s) {
            fetchesWhenHandedOver = s->credential()->fetchCount();
            // As the views do while they are built for the session.
            azure::ArmStreamJob *job = s->computes(demo).listStream([](std::string_view) { return std::optional<qint64>(0); });
            connect(job, &azure::ServiceJob::finished, this, [&, job, s] {
                listed = job->result().ok() && s->credential()->fetchCount() == 0;
            });
        });
        context.startSandbox(0.05);
        QTRY_VERIFY_WITH_TIMEOUT(listed, 30000);
        QCOMPARE(fetchesWhenHandedOver, 0); // no warm-up: the fetch ahead has its own token
    }

private:
    test::SandboxProcess m_sandbox;
};

QTEST_MAIN(TestStartupConnection)
#include "tst_startup_connection.moc"
