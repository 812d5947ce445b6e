// Detach through the real dialog against the sandbox, with "Save the TLS certificate and key
// first": the files are written owner-only and hold exactly the cluster's azuremlfessl secret;
// the compute leaves the workspace and the AKS cluster stays.
#include <QSignalSpy>
#include <QTest>

#include <QCheckBox>
#include <QFileInfo>
#include <QPushButton>
#include <QTemporaryDir>

#include "../clusters/SandboxFacts.h"
#include "auth/CloudEnvironment.h"
#include "auth/SandboxCredential.h"
#include "dialogs/DetachDialog.h"
#include "ops/Journal.h"
#include "ops/OperationRunner.h"
#include "session/Session.h"
#include "support/SandboxSession.h"

using namespace cw;

class TestDetachDialog : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    std::unique_ptr<test::SandboxOperations> m_ops;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_ops = std::make_unique<test::SandboxOperations>(m_sandbox);
    }

    void detachesTlsProdAfterSavingTheCertificate()
    {
        const WorkspaceRef ws{.cloud = m_ops->runner->cloudName(), .subscriptionId = m_sandbox.endpoint().subscriptionId,
                              .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo")};
        ui::DetachDialog dialog(m_ops->session->connection(), ws, QStringLiteral("tls-prod"), true);
        dialog.show();
        auto *saveFirst = dialog.findChild<QCheckBox *>(QStringLiteral("saveTlsFirst"));
        auto *detach = dialog.findChild<QPushButton *>(QStringLiteral("detachButton"));
        QVERIFY(saveFirst && detach);
        QVERIFY(saveFirst->isChecked());
        QVERIFY(!detach->isEnabled()); // the files first

        QTemporaryDir folder;
        QSignalSpy saved(&dialog, &ui::DetachDialog::tlsSaved);
        dialog.saveTlsTo(folder.path());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        QVERIFY(detach->isEnabled());

        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (const char *name : {"cert.pem", "key.pem"}) {
            const QFileInfo info(folder.filePath(QLatin1String(name)));
            QVERIFY2(info.exists(), name);
            // Only the owner's bits: no group or other permission at all (0600).
            QCOMPARE(int(info.permissions() & ~(ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser)), 0);
            QVERIFY(info.permissions().testFlags(ownerOnly));
        }
        QFile cert(folder.filePath(QStringLiteral("cert.pem")));
        QFile key(folder.filePath(QStringLiteral("key.pem")));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        const QByteArray sandboxCert = test::sandboxSecretEntry(m_sandbox, QStringLiteral("tls-prod-aks"));
        QVERIFY(sandboxCert.contains("BEGIN CERTIFICATE"));
        QCOMPARE(cert.readAll(), sandboxCert);
        QCOMPARE(key.readAll(), test::sandboxSecretEntry(m_sandbox, QStringLiteral("tls-prod-aks"), QStringLiteral("key.pem")));

        // Detach as the main window does on detachConfirmed.
        QString id;
        connect(&dialog, &ui::DetachDialog::detachConfirmed, this,
                [&](const WorkspaceRef &w, const QString &name) { id = m_ops->runner->startDetach(w, name); });
        QTest::mouseClick(detach, Qt::LeftButton);
        QVERIFY(!id.isEmpty());
        std::optional<ops::OperationRecord> done;
        connect(m_ops->runner.get(), &ops::OperationRunner::operationFinished, this,
                [&](const ops::OperationRecord &r) { if (r.id == id) done = r; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
        QVERIFY2(done->state == ops::OperationState::Succeeded, qPrintable(done->error));

        int status = 0;
        test::sandboxCompute(m_sandbox, QStringLiteral("tls-prod"), &status);
        QCOMPARE(status, 404);
        const QJsonObject cluster = test::sandboxCluster(m_sandbox, QStringLiteral("rg-ml"), QStringLiteral("tls-prod-aks"), &status);
        QCOMPARE(status, 200);
        QCOMPARE(cluster.value(QStringLiteral("name")).toString(), QStringLiteral("tls-prod-aks"));
    }
};

QTEST_MAIN(TestDetachDialog)
#include "tst_dialogs_detach.moc"
