// The sign-in dialog against the sandbox's Azure AD: service principal and device code (the code
// is approved through the sandbox's control API, as a person would in the browser).
#include "auth/TokenCredential.h"
#include "secrets/SessionSecretStore.h"
#include "signin/SignInDialog.h"
#include "support/SandboxProcess.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <optional>

using namespace cw;

class TestSignIn : public QObject
{
    Q_OBJECT
    cw::test::SandboxProcess m_sandbox;
    auth::CloudEnvironment m_env;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_env = auth::CloudEnvironment::sandbox(m_sandbox.endpoint().baseUrl, m_sandbox.endpoint().caFile);
    }

    void servicePrincipal_data()
    {
        QTest::addColumn<bool>("rightSecret");
        QTest::newRow("right secret") << true;
        QTest::newRow("wrong secret") << false;
    }

    void servicePrincipal()
    {
        QFETCH(bool, rightSecret);
        secrets::SessionSecretStore store;
        ui::SignInDialog dialog(m_env, &store);
        dialog.show();
        dialog.findChild<QTabWidget *>(QStringLiteral("signInMethods"))->setCurrentIndex(1);
        const auto ep = m_sandbox.endpoint();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("spTenant")), ep.tenantId);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("spClientId")), ep.clientId);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("spSecret")),
                         rightSecret ? ep.clientSecret : QStringLiteral("not-the-secret"));
        const int before = m_sandbox.countRequests("POST", QStringLiteral("/oauth2/v2.0/token"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("spStart")), Qt::LeftButton);
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("signInStatus"));
        if (rightSecret) {
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
            QVERIFY(dialog.credential());
            // How it signed in, for the next start; the secret itself went to the keychain.
            const session::ConnectionChoice choice = dialog.choice();
            QCOMPARE(choice.method, session::ConnectionChoice::Method::ServicePrincipal);
            QCOMPARE(choice.cloud, QStringLiteral("Sandbox"));
            QCOMPARE(choice.tenantId, ep.tenantId);
            QCOMPARE(choice.clientId, ep.clientId);
            std::optional<secrets::SecretResult> stored;
            connect(store.read(choice.clientSecretKey()), &secrets::SecretJob::finished, this,
                    [&stored](const secrets::SecretResult &r) { stored = r; });
            QTRY_VERIFY(stored.has_value());
            QCOMPARE(stored->data, ep.clientSecret.toUtf8());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Sign-in failed")), 15000);
            QVERIFY(!dialog.credential());
            QVERIFY(dialog.isVisible());
        }
        // The sandbox saw the token request (the dialog did not fake anything).
        QVERIFY(m_sandbox.countRequests("POST", QStringLiteral("/oauth2/v2.0/token")) > before);
    }

    void offersThePublicCloudsAndTheGivenOne()
    {
        secrets::SessionSecretStore store;
        ui::SignInDialog dialog(m_env, &store);
        auto *cloud = dialog.findChild<QComboBox *>(QStringLiteral("signInCloud"));
        QVERIFY(cloud);
        QCOMPARE(cloud->count(), 4); // Azure, US Government, China, and the sandbox given
        QCOMPARE(cloud->currentIndex(), 3);
        QCOMPARE(dialog.environment().armEndpoint, m_env.armEndpoint);
        cloud->setCurrentIndex(1);
        QCOMPARE(dialog.environment().name, QStringLiteral("AzureUSGovernment"));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("US Government")));
        // A remembered connection opens on its cloud, method and ids.
        dialog.preset({session::ConnectionChoice::Method::ServicePrincipal, QStringLiteral("AzureChinaCloud"),
                       QStringLiteral("tenant-1"), QStringLiteral("client-1")});
        QCOMPARE(dialog.environment().name, QStringLiteral("AzureChinaCloud"));
        QCOMPARE(dialog.findChild<QTabWidget *>(QStringLiteral("signInMethods"))->currentIndex(), 1);
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("spTenant"))->text(), QStringLiteral("tenant-1"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("spClientId"))->text(), QStringLiteral("client-1"));
    }

    void deviceCode()
    {
        m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"),
                          QJsonDocument(QJsonObject{{QStringLiteral("deviceCodeAutoApprove"), false}}));
        secrets::SessionSecretStore store;
        ui::SignInDialog dialog(m_env, &store);
        dialog.setDefaultTenant(m_sandbox.endpoint().tenantId);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("deviceCodeStart")), Qt::LeftButton);
        auto *code = dialog.findChild<QLabel *>(QStringLiteral("deviceCodeUserCode"));
        QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty(), 15000);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("deviceCodeUrl"))->text().contains(QStringLiteral("http")));
        QCOMPARE(dialog.result(), 0); // still waiting for the person
        m_sandbox.control("POST", QStringLiteral("/_sandbox/devicecode/approve"),
                          QJsonDocument(QJsonObject{{QStringLiteral("user_code"), code->text()}}));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        QVERIFY(dialog.credential());
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
