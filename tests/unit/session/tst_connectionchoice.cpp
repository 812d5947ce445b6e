// The desktop app's remembered connection: what is saved, what is read back, and that anything
// unusable (unknown method or cloud, a service principal without ids) means the sandbox rather
// than a failed start. Never a secret in it.
#include "session/ConnectionChoice.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using cw::session::ConnectionChoice;
using Method = ConnectionChoice::Method;

class TestConnectionChoice : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<ConnectionChoice>("choice");
        QTest::newRow("device code") << ConnectionChoice{Method::DeviceCode, QStringLiteral("AzureCloud"),
                                                         QStringLiteral("contoso.onmicrosoft.com"), {}};
        QTest::newRow("service principal") << ConnectionChoice{Method::ServicePrincipal, QStringLiteral("AzureUSGovernment"),
                                                               QStringLiteral("t-1"), QStringLiteral("c-1")};
        QTest::newRow("azure cli") << ConnectionChoice{Method::AzureCli, QStringLiteral("AzureChinaCloud"), {}, {}};
        QTest::newRow("sandbox") << ConnectionChoice{};
    }

    void roundTrip()
    {
        QFETCH(ConnectionChoice, choice);
        QSettings settings(file(QTest::currentDataTag()), QSettings::IniFormat);
        choice.save(settings);
        QCOMPARE(ConnectionChoice::load(settings), choice);
        QCOMPARE(ConnectionChoice::load(settings).environment().name, choice.isSandbox() ? QString() : choice.cloud);
        QVERIFY(choice.isSavedIn(settings));
    }

    // The app writes the choice only when it changed (a write syncs the file to disk at start).
    void savedOnlyWhenChanged()
    {
        QSettings settings(file("changes"), QSettings::IniFormat);
        QVERIFY(ConnectionChoice{}.isSavedIn(settings)); // nothing stored: the sandbox
        const ConnectionChoice azure{Method::ServicePrincipal, QStringLiteral("AzureCloud"), QStringLiteral("t-1"),
                                     QStringLiteral("c-1")};
        QVERIFY(!azure.isSavedIn(settings));
        azure.save(settings);
        QVERIFY(azure.isSavedIn(settings));
        QVERIFY(!ConnectionChoice{}.isSavedIn(settings));
        ConnectionChoice otherClient = azure;
        otherClient.clientId = QStringLiteral("c-2");
        QVERIFY(!otherClient.isSavedIn(settings));
        // An entry load() reads as the sandbox (a cloud this version does not know) is still
        // replaced by the sandbox: it is not what save() would write.
        settings.setValue(QStringLiteral("connection/cloud"), QStringLiteral("AzureMoon"));
        QVERIFY(ConnectionChoice::load(settings).isSandbox());
        QVERIFY(!ConnectionChoice{}.isSavedIn(settings));
    }

    void unusableMeansTheSandbox_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("clientId");
        QTest::newRow("nothing saved") << QString() << QString() << QString() << QString();
        QTest::newRow("unknown method") << QStringLiteral("carrier-pigeon") << QStringLiteral("AzureCloud") << QString() << QString();
        QTest::newRow("unknown cloud") << QStringLiteral("azure-cli") << QStringLiteral("AzureMoon") << QString() << QString();
        QTest::newRow("sandbox named as cloud") << QStringLiteral("device-code") << QStringLiteral("Sandbox") << QString() << QString();
        QTest::newRow("service principal without client id")
            << QStringLiteral("service-principal") << QStringLiteral("AzureCloud") << QStringLiteral("t") << QString();
    }

    void unusableMeansTheSandbox()
    {
        QFETCH(QString, method);
        QFETCH(QString, cloud);
        QFETCH(QString, tenant);
        QFETCH(QString, clientId);
        QSettings settings(file(QTest::currentDataTag()), QSettings::IniFormat);
        if (!method.isNull()) {
            settings.setValue(QStringLiteral("connection/method"), method);
            settings.setValue(QStringLiteral("connection/cloud"), cloud);
            settings.setValue(QStringLiteral("connection/tenant"), tenant);
            settings.setValue(QStringLiteral("connection/clientId"), clientId);
        }
        QVERIFY(ConnectionChoice::load(settings).isSandbox());
    }

    void secretKeyIsScoped()
    {
        const ConnectionChoice c{Method::ServicePrincipal, QStringLiteral("AzureCloud"), QStringLiteral("t-1"), QStringLiteral("c-1")};
        QCOMPARE(c.clientSecretKey().toString(), QStringLiteral("AzureCloud/t-1/c-1/client_secret"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionChoice)
#include "tst_connectionchoice.moc"
