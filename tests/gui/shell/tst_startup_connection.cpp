// The app connects while its window is built (time-to-clusters, issue 13): connecting to a
// sandbox that already runs starts the token request at once, on Qt's network thread, and the
// session becomes current only from the event loop, once the window and its listeners exist.
#include "auth/TokenCredential.h"
#include "session/Session.h"
#include "shell/ApplicationContext.h"
#include "support/SandboxProcess.h"

#include <QSignalSpy>
#include <QTest>

using namespace cw;

class TestStartupConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void theTokenIsAskedBeforeTheSessionIsHandedOver()
    {
        ui::ApplicationContext context;
        QSignalSpy ready(&context, &ui::ApplicationContext::sessionReady);
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));

        context.connectToRunningSandbox(m_sandbox.endpoint());
        // Nothing is handed over inside the call: main() builds the window after it.
        QCOMPARE(ready.size(), 0);
        QVERIFY(!context.session());

        QVERIFY(ready.wait(20000));
        session::Session *session = context.session();
        QVERIFY(session);
        // The fetch started with the call (warmUp), not when the first request asked for it.
        QCOMPARE(session->credential()->fetchCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.countRequests("POST", QStringLiteral("oauth2")), 1, 20000);
    }

private:
    test::SandboxProcess m_sandbox;
};

QTEST_MAIN(TestStartupConnection)
#include "tst_startup_connection.moc"
