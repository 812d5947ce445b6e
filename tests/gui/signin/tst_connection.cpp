// The application's connection as a person drives it, with the main window assembled as the
// app does (ApplicationContext, MainWindow, Workbench, ConnectionController): start on the
// embedded sandbox; File → Connect to Azure…, sign in with a service principal (a second
// sandbox process stands in for Azure) and work on its workspace; back with File → Use the
// sandbox; a running operation pauses on the switch and resumes on the way back; the next start
// reconnects silently with the secret from the keychain, and asks again when it is gone.
#include "Workbench.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "operations/OperationsDock.h"
#include "ops/OperationRunner.h"
#include "rules/ComputeSpec.h"
#include "secrets/SecretStore.h"
#include "session/Session.h"
#include "shell/ApplicationContext.h"
#include "shell/MainWindow.h"
#include "signin/ConnectionController.h"
#include "signin/SignInDialog.h"
#include "wizard/ComputeWizard.h"
#include "support/SandboxProcess.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>

#include <memory>
#include <optional>

using namespace cw;

class TestConnection : public QObject
{
    Q_OBJECT
    test::SandboxProcess m_azure; // stands in for an Azure cloud
    auth::CloudEnvironment m_azureEnv;
    std::unique_ptr<ui::ApplicationContext> m_context;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::Workbench> m_bench;
    std::unique_ptr<ui::ConnectionController> m_connection;

    QString statusText() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("environmentStatus"))->text();
    }

    QStringList computeNames() const
    {
        QStringList names;
        if (ui::ClustersView *view = m_bench->clustersView())
            for (int row = 0; row < view->model()->rowCount(); ++row)
                names << view->model()->index(row, 0).data().toString();
        return names;
    }

    QAction *findToolbarAction(const char *objectName) const
    {
        for (QAction *a : m_window->mainToolBar()->actions())
            if (a->objectName() == QLatin1String(objectName))
                return a;
        return nullptr;
    }

    int toolbarActions(const char *objectName) const
    {
        int n = 0;
        for (QAction *a : m_window->mainToolBar()->actions())
            n += a->objectName() == QLatin1String(objectName) ? 1 : 0;
        return n;
    }

    void signInToAzure()
    {
        m_connection->connectAction()->trigger();
        ui::SignInDialog *dialog = m_connection->signInDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->environment().armEndpoint, m_azureEnv.armEndpoint);
        signInAsServicePrincipal(dialog);
    }

    // Types the stand-in cloud's service principal into the dialog and signs in.
    void signInAsServicePrincipal(ui::SignInDialog *dialog)
    {
        dialog->findChild<QTabWidget *>(QStringLiteral("signInMethods"))->setCurrentIndex(1);
        const auto ep = m_azure.endpoint();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("spTenant")), ep.tenantId);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("spClientId")), ep.clientId);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("spSecret")), ep.clientSecret);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("spStart")), Qt::LeftButton);
    }

    bool waitForCompute(const QString &name, bool present)
    {
        [&] { QTRY_VERIFY2_WITH_TIMEOUT(computeNames().contains(name) == present, qPrintable(computeNames().join(u' ')), 30000); }();
        return !QTest::currentTestFailed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<cw::session::Session *>();
        QVERIFY(m_azure.start());
        // Something only this "cloud" has, to tell the two apart in the table.
        QCOMPARE(m_azure.control("POST", QStringLiteral("/_sandbox/computes/bulk"),
                                 QJsonDocument(QJsonObject{{QStringLiteral("count"), 2}}))
                     .object()
                     .value(QStringLiteral("added"))
                     .toInt(),
                 2);
        m_azureEnv = auth::CloudEnvironment::sandbox(m_azure.endpoint().baseUrl, m_azure.endpoint().caFile);
        // Its own cloud name, as Azure's differs from the sandbox's: operations are resumed
        // only by a session on the cloud they were started on.
        m_azureEnv.name = QStringLiteral("AzureStandIn");
        m_context = std::make_unique<ui::ApplicationContext>();
        m_window = std::make_unique<ui::MainWindow>();
        m_bench = std::make_unique<ui::Workbench>(m_window.get(), m_context.get());
        m_connection = std::make_unique<ui::ConnectionController>(m_window.get(), m_context.get());
        m_connection->offerEnvironment(m_azureEnv);
        m_bench->setConnectionController(m_connection.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_context->start(1.0); // nothing remembered yet: the embedded sandbox, at demo pace (8 s creates)
        QTRY_VERIFY_WITH_TIMEOUT(m_context->usesEmbeddedSandbox(), 30000);
        QVERIFY(waitForCompute(QStringLiteral("tls-prod"), true));
        QVERIFY(statusText().startsWith(QStringLiteral("Sandbox: ")));
        QVERIFY(!m_connection->sandboxAction()->isEnabled());
    }

    void fileMenuOffersBothConnections()
    {
        const QList<QAction *> file = m_window->fileMenu()->actions();
        QCOMPARE(file.value(0), m_connection->connectAction());
        QCOMPARE(file.value(1), m_connection->sandboxAction());
        QCOMPARE(file.value(2), m_connection->signOutAction());
        QVERIFY(!m_connection->signOutAction()->isEnabled()); // nothing to sign out of yet
        QVERIFY(!m_connection->connectAction()->shortcut().isEmpty());
    }

    void connectToAzureThenBackToTheSandbox()
    {
        QSignalSpy ready(m_context.get(), &ui::ApplicationContext::sessionReady);
        signInToAzure();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QCOMPARE(m_context->session()->environment().armEndpoint, m_azureEnv.armEndpoint);
        QVERIFY(!m_context->usesEmbeddedSandbox());
        QVERIFY2(statusText().startsWith(QStringLiteral("AzureStandIn: ")), qPrintable(statusText()));
        // The table now lists the other cloud's workspace, and the toolbar did not grow.
        QVERIFY(waitForCompute(QStringLiteral("bulk-00001"), true));
        QCOMPARE(toolbarActions("actionNewCluster"), 1);
        QCOMPARE(toolbarActions("actionDetach"), 1);
        QCOMPARE(toolbarActions("actionRefreshClusters"), 1);
        QVERIFY(m_connection->sandboxAction()->isEnabled());
        // Remembered for the next start (no secret in the settings file).
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("connection/method")).toString(), QStringLiteral("service-principal"));
        QCOMPARE(settings.value(QStringLiteral("connection/clientId")).toString(), m_azure.endpoint().clientId);
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_azure.endpoint().clientSecret.toUtf8()));

        m_connection->sandboxAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 20000);
        QVERIFY(m_context->usesEmbeddedSandbox());
        QVERIFY(waitForCompute(QStringLiteral("tls-prod"), true));
        QVERIFY(!computeNames().contains(QStringLiteral("bulk-00001")));
        QCOMPARE(toolbarActions("actionRefreshClusters"), 1);
        QCOMPARE(QSettings().value(QStringLiteral("connection/method")).toString(), QStringLiteral("sandbox"));
    }

    void runningOperationPausesAndResumes()
    {
        // A slow create on the embedded sandbox, then a switch to "Azure": the person is asked,
        // the operation pauses (it stays in the journal), and finishes after coming back.
        QVERIFY(m_context->usesEmbeddedSandbox());
        rules::ComputeSpec spec;
        spec.mode = rules::ComputeMode::Create;
        spec.workspace = {.subscriptionId = QStringLiteral("00000000-0000-4000-8000-000000000001"),
                          .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo"),
                          .location = QStringLiteral("westeurope")};
        spec.name = QStringLiteral("paused-op");
        spec.purpose = rules::ClusterPurpose::DevTest;
        spec.nodeCount = 1;
        const QString id = m_context->runner()->startCreateOrAttach(spec);
        QTRY_VERIFY_WITH_TIMEOUT(m_context->runner()->isActive(id), 5000);

        QSignalSpy ready(m_context.get(), &ui::ApplicationContext::sessionReady);
        signInToAzure();
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = m_window->findChild<QMessageBox *>(QStringLiteral("switchConfirmation"))) != nullptr
                                     && box->isVisible(),
                                 20000);
        QVERIFY2(box->text().contains(QStringLiteral("1 operation")), qPrintable(box->text()));
        QCOMPARE(ready.count(), 0); // nothing switched before the person agreed
        box->defaultButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QVERIFY(!m_context->runner()->isActive(id));
        QVERIFY(!m_context->runner()->resume(id)); // not on this cloud
        // Nor offered in the operations dock, which says where to resume it.
        m_bench->operationsDock()->showOperation(id);
        auto *resume = m_bench->operationsDock()->findChild<QPushButton *>(QStringLiteral("resumeOperation"));
        QVERIFY(resume);
        QTRY_VERIFY(!resume->isEnabled());
        QVERIFY2(resume->toolTip().contains(QStringLiteral("Sandbox")), qPrintable(resume->toolTip()));

        m_connection->sandboxAction()->trigger();
        box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 2 || m_window->findChild<QMessageBox *>(
                                                           QStringLiteral("switchConfirmation")) != nullptr,
                                 20000);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 20000);
        std::optional<ops::OperationRecord> done;
        if (auto r = m_context->runner()->record(id); r && r->isFinished())
            done = r;
        connect(m_context->runner(), &ops::OperationRunner::operationFinished, this,
                [&done, id](const ops::OperationRecord &r) {
                    if (r.id == id)
                        done = r;
                });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
        QCOMPARE(done->state, ops::OperationState::Succeeded);
        QVERIFY(waitForCompute(QStringLiteral("paused-op"), true));
    }

    void nextStartReconnectsSilently()
    {
        // What the next start does with the remembered service principal: the secret comes
        // from the keychain, no dialog.
        const auto ep = m_azure.endpoint();
        const session::ConnectionChoice choice{session::ConnectionChoice::Method::ServicePrincipal,
                                               QStringLiteral("AzureCloud"), ep.tenantId, ep.clientId};
        std::optional<secrets::SecretResult> written;
        connect(m_context->secretStore()->write(choice.clientSecretKey(), ep.clientSecret.toUtf8()),
                &secrets::SecretJob::finished, this, [&written](const secrets::SecretResult &r) { written = r; });
        QTRY_VERIFY(written.has_value() && written->ok());
        QSignalSpy ready(m_context.get(), &ui::ApplicationContext::sessionReady);
        QSignalSpy needed(m_context.get(), &ui::ApplicationContext::signInNeeded);
        const int tokensBefore = m_azure.countRequests("POST", QStringLiteral("/oauth2/v2.0/token"));
        m_context->reconnect(choice, m_azureEnv);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QCOMPARE(needed.count(), 0);
        QVERIFY(!m_connection->signInDialog());
        QCOMPARE(m_context->session()->environment().armEndpoint, m_azureEnv.armEndpoint);
        QVERIFY(m_azure.countRequests("POST", QStringLiteral("/oauth2/v2.0/token")) > tokensBefore);
        QVERIFY(waitForCompute(QStringLiteral("bulk-00001"), true));
    }

    void signOutForgetsTheSecretAndGoesBackToTheSandbox()
    {
        // Connected by the silent reconnection above, with the secret in the keychain.
        QVERIFY(!m_context->usesEmbeddedSandbox());
        QVERIFY(m_connection->signOutAction()->isEnabled());
        const session::ConnectionChoice choice = m_context->choice();
        QCOMPARE(choice.method, session::ConnectionChoice::Method::ServicePrincipal);
        QSignalSpy ready(m_context.get(), &ui::ApplicationContext::sessionReady);
        m_connection->signOutAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QVERIFY(m_context->usesEmbeddedSandbox());
        QVERIFY(!m_connection->signOutAction()->isEnabled());
        QCOMPARE(QSettings().value(QStringLiteral("connection/method")).toString(), QStringLiteral("sandbox"));
        std::optional<secrets::SecretResult> read;
        connect(m_context->secretStore()->read(choice.clientSecretKey()), &secrets::SecretJob::finished, this,
                [&read](const secrets::SecretResult &r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(!read->ok()); // forgotten
    }

    void deviceCodeWithoutAStoredSignInAsks()
    {
        // No refresh token kept: reconnecting would need a new code, that is a person.
        const session::ConnectionChoice choice{session::ConnectionChoice::Method::DeviceCode,
                                               QStringLiteral("AzureCloud"), m_azure.endpoint().tenantId, {}};
        QSignalSpy needed(m_context.get(), &ui::ApplicationContext::signInNeeded);
        QSignalSpy ready(m_context.get(), &ui::ApplicationContext::sessionReady);
        m_context->reconnect(choice, m_azureEnv);
        QTRY_COMPARE_WITH_TIMEOUT(needed.count(), 1, 20000);
        QVERIFY2(needed.at(0).at(1).toString().contains(QStringLiteral("expired")), qPrintable(needed.at(0).at(1).toString()));
        QCOMPARE(ready.count(), 0);
        QVERIFY(m_context->usesEmbeddedSandbox());
        ui::SignInDialog *dialog = m_connection->signInDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QTabWidget *>(QStringLiteral("signInMethods"))->currentIndex(), 0);
        dialog->reject();
        QTRY_VERIFY(!m_connection->signInDialog());
    }

    void missingSecretAsksWithTheReason()
    {
        const session::ConnectionChoice choice{session::ConnectionChoice::Method::ServicePrincipal,
                                               QStringLiteral("AzureCloud"), m_azure.endpoint().tenantId,
                                               QStringLiteral("11111111-2222-3333-4444-555555555555")};
        QSignalSpy needed(m_context.get(), &ui::ApplicationContext::signInNeeded);
        m_context->reconnect(choice, m_azureEnv);
        QTRY_COMPARE_WITH_TIMEOUT(needed.count(), 1, 20000);
        QVERIFY(needed.at(0).at(1).toString().contains(QStringLiteral("keychain")));
        ui::SignInDialog *dialog = m_connection->signInDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *notice = dialog->findChild<QLabel *>(QStringLiteral("signInNotice"));
        QVERIFY(notice && notice->isVisible() && notice->text().contains(QStringLiteral("keychain")));
        QCOMPARE(statusText(), QStringLiteral("Not signed in to Azure"));
        dialog->reject();
        QTRY_VERIFY(!m_connection->signInDialog());
    }

    void wizardEnvironmentPickerSwitchesClouds()
    {
        // The wizard belongs to a session: choosing another environment in it closes it, signs
        // in to that cloud, and opens a new wizard there.
        QVERIFY(m_context->usesEmbeddedSandbox());
        const auto openWizards = [this] {
            QList<ui::ComputeWizard *> open;
            for (ui::ComputeWizard *w : m_window->findChildren<ui::ComputeWizard *>())
                if (w->isVisible())
                    open.append(w);
            return open;
        };
        findToolbarAction("actionNewCluster")->trigger();
        QTRY_COMPARE(openWizards().size(), 1);
        QPointer<ui::ComputeWizard> first = openWizards().first();
        auto *picker = first->findChild<QComboBox *>(QStringLiteral("environmentPicker"));
        QVERIFY(picker);
        const int azure = picker->findData(QStringLiteral("AzureCloud"));
        QVERIFY(azure >= 0);
        picker->setCurrentIndex(azure);
        Q_EMIT picker->activated(azure);
        QTRY_VERIFY(!first || !first->isVisible());
        QSignalSpy ready(m_context.get(), &ui::ApplicationContext::sessionReady);
        ui::SignInDialog *dialog = m_connection->signInDialog();
        QVERIFY(dialog);
        signInAsServicePrincipal(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QCOMPARE(m_context->session()->environment().armEndpoint, m_azureEnv.armEndpoint);
        QTRY_COMPARE(openWizards().size(), 1); // a new one, on the new session
        openWizards().first()->reject();
    }

    void cleanupTestCase()
    {
        m_connection.reset();
        m_bench.reset();
        m_window.reset();
        m_context.reset();
    }
};

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
