// The sign-in dialog against the sandbox's Azure AD: service principal and device code (the code
// is approved through the sandbox's control API, as a person would in the browser).
#include "auth/TokenCredential.h"
#include "secrets/SessionSecretStore.h"
#include "signin/SignInDialog.h"
#include "support/SandboxProcess.h"

#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

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
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Sign-in failed")), 15000);
            QVERIFY(!dialog.credential());
            QVERIFY(dialog.isVisible());
        }
        // The sandbox saw the token request (the dialog did not fake anything).
        QVERIFY(m_sandbox.countRequests("POST", QStringLiteral("/oauth2/v2.0/token")) > before);
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
