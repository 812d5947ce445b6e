// The in-place update dialogs through their real widgets against the sandbox: scale the node
// count (with the vCPU rule checked live), switch to an internal load balancer, renew the TLS
// certificate with a Microsoft certificate or replace it with files. Each test asserts the
// compute's final state as the sandbox holds it.
#include <QSignalSpy>
#include <QTest>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>

#include "../clusters/SandboxFacts.h"
#include "auth/CloudEnvironment.h"
#include "auth/SandboxCredential.h"
#include "dialogs/LoadBalancerDialog.h"
#include "dialogs/ScaleNodesDialog.h"
#include "dialogs/TlsCertificateDialog.h"
#include "export/UpdatePatch.h"
#include "ops/Journal.h"
#include "ops/OperationRunner.h"
#include "sandbox/SandboxPki.h"
#include "session/Session.h"
#include "support/SandboxSession.h"
#include "widgets/FindingsList.h"
#include "widgets/LoadBalancerEditor.h"
#include "widgets/TlsEditor.h"

#include <sys/stat.h>

using namespace cw;

class TestUpdateDialogs : public QObject
{
    Q_OBJECT

    test::SandboxProcess m_sandbox;
    std::unique_ptr<test::SandboxOperations> m_ops;

    WorkspaceRef workspace() const
    {
        return {.cloud = m_ops->runner->cloudName(), .subscriptionId = m_sandbox.endpoint().subscriptionId,
                .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo")};
    }

    // Waits for the operation to end; its final record.
    ops::OperationRecord finish(const QString &id) { return test::waitForFinish(m_ops->runner.get(), id); }

    QJsonObject inner(const QString &compute)
    {
        return test::sandboxCompute(m_sandbox, compute).value(QStringLiteral("properties")).toObject()
            .value(QStringLiteral("properties")).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_ops = std::make_unique<test::SandboxOperations>(m_sandbox);
    }

    void patchesComeFromTheBodyBuilder()
    {
        rules::TlsSpec leaf;
        leaf.mode = rules::TlsMode::LeafLabel;
        leaf.leafLabel = QStringLiteral("scoring");
        const nlohmann::json ssl = exporting::tlsUpdatePatch(leaf)["properties"]["properties"]["sslConfiguration"];
        QCOMPARE(QString::fromStdString(ssl["status"].get<std::string>()), QStringLiteral("Auto"));
        QCOMPARE(QString::fromStdString(ssl["leafDomainLabel"].get<std::string>()), QStringLiteral("scoring"));
        QVERIFY(ssl["cname"].is_null() && ssl["cert"].is_null() && ssl["key"].is_null());
        QCOMPARE(exporting::nodeCountPatch(5)["properties"]["properties"]["agentCount"].get<int>(), 5);
        const nlohmann::json lb = exporting::loadBalancerPatch(rules::LoadBalancerType::PublicIp, {})["properties"]["properties"];
        QVERIFY(lb["loadBalancerSubnet"].is_null());
    }

    void scaleDialogChecksTheVcpuRuleLive()
    {
        // A production cluster of 3 × Standard_D3_v2 (4 vCPUs each): 12 vCPUs is the minimum.
        const rules::VmSizeCatalogue region{{{QStringLiteral("Standard_D3_v2"), 4, 0, 14, QStringLiteral("standardDv2Family")}}};
        ui::ScaleNodesDialog dialog(m_ops->runner.get(), workspace(), QStringLiteral("some-prod"), rules::ClusterPurpose::FastProd,
                                    QStringLiteral("Standard_D3_v2"), 3, region, QString());
        dialog.show();
        QVERIFY(!dialog.applyButton()->isEnabled()); // unchanged
        dialog.spinBox()->setValue(2);
        QVERIFY(dialog.findingsList()->countOf(QStringLiteral("fail")) >= 1);
        QVERIFY(!dialog.applyButton()->isEnabled());
        dialog.spinBox()->setValue(4);
        QCOMPARE(dialog.findingsList()->countOf(QStringLiteral("fail")), 0);
        QVERIFY(dialog.applyButton()->isEnabled());
    }

    void scaleDialogChangesTheNodeCount()
    {
        QCOMPARE(inner(QStringLiteral("devtest")).value(QStringLiteral("agentCount")).toInt(), 1);
        const QString vmSize = inner(QStringLiteral("devtest")).value(QStringLiteral("agentVmSize")).toString();
        // Without the region's sizes the vCPUs are not checked (a warning), and scaling is still allowed.
        ui::ScaleNodesDialog dialog(m_ops->runner.get(), workspace(), QStringLiteral("devtest"), rules::ClusterPurpose::DevTest,
                                    vmSize, 1, std::nullopt, QStringLiteral("The service is unavailable (503)"));
        dialog.show();
        QSignalSpy started(&dialog, &ui::ScaleNodesDialog::operationStarted);
        dialog.spinBox()->setValue(2);
        QCOMPARE(dialog.findingsList()->countOf(QStringLiteral("fail")), 0);
        QVERIFY(dialog.findingsList()->countOf(QStringLiteral("warn")) >= 1);
        QVERIFY(dialog.applyButton()->isEnabled());
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        const ops::OperationRecord done = finish(dialog.operationId());
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        QCOMPARE(inner(QStringLiteral("devtest")).value(QStringLiteral("agentCount")).toInt(), 2);
    }

    void loadBalancerDialogSwitchesToInternal()
    {
        QCOMPARE(inner(QStringLiteral("inference-prod")).value(QStringLiteral("loadBalancerType")).toString(),
                 QStringLiteral("PublicIp"));
        ui::LoadBalancerDialog dialog(m_ops->runner.get(), workspace(), QStringLiteral("inference-prod"),
                                      rules::LoadBalancerType::PublicIp, false);
        dialog.show();
        QCOMPARE(dialog.editor()->type(), rules::LoadBalancerType::InternalLoadBalancer);
        QVERIFY(dialog.findingsList()->containsCode(QStringLiteral("lb.subnetMissing")));
        QVERIFY(!dialog.applyButton()->isEnabled());
        auto *subnet = dialog.editor()->findChild<QLineEdit *>(QStringLiteral("lbSubnet"));
        QVERIFY(subnet);
        QTest::keyClicks(subnet, QStringLiteral("scoring-subnet"));
        QVERIFY(!dialog.findingsList()->containsCode(QStringLiteral("lb.subnetMissing")));
        QVERIFY(dialog.applyButton()->isEnabled());
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        const ops::OperationRecord done = finish(dialog.operationId());
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        const QJsonObject after = inner(QStringLiteral("inference-prod"));
        QCOMPARE(after.value(QStringLiteral("loadBalancerType")).toString(), QStringLiteral("InternalLoadBalancer"));
        QCOMPARE(after.value(QStringLiteral("loadBalancerSubnet")).toString(), QStringLiteral("scoring-subnet"));
    }

    // Issue 16 item 3: the subnet follows Azure's subnet name rule, typed into the real field;
    // a refused name sends nothing.
    void loadBalancerDialogChecksTheSubnetName_data()
    {
        QTest::addColumn<QString>("subnet");
        QTest::addColumn<QString>("code");
        QTest::newRow("space and bang") << QStringLiteral("bad subnet!") << QStringLiteral("lb.subnet.characters");
        QTest::newRow("leading hyphen") << QStringLiteral("-x") << QStringLiteral("lb.subnet.start");
        QTest::newRow("90 characters") << QStringLiteral("s").repeated(90) << QStringLiteral("lb.subnet.tooLong");
        QTest::newRow("trailing period") << QStringLiteral("sub.") << QStringLiteral("lb.subnet.end");
    }

    void loadBalancerDialogChecksTheSubnetName()
    {
        QFETCH(QString, subnet);
        QFETCH(QString, code);
        ui::LoadBalancerDialog dialog(m_ops->runner.get(), workspace(), QStringLiteral("inference-prod"),
                                      rules::LoadBalancerType::PublicIp, false);
        dialog.show();
        auto *field = dialog.editor()->findChild<QLineEdit *>(QStringLiteral("lbSubnet"));
        QTest::keyClicks(field, subnet);
        QVERIFY2(dialog.findingsList()->containsCode(code), qPrintable(code));
        QVERIFY(!dialog.applyButton()->isEnabled());
        QSignalSpy started(&dialog, &ui::UpdateDialog::operationStarted);
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(started.count(), 0);
        // Corrected, it can be applied.
        field->clear();
        QTest::keyClicks(field, QStringLiteral("_ilb.subnet-1"));
        QVERIFY(!dialog.findingsList()->containsCode(code));
        QVERIFY(dialog.applyButton()->isEnabled());
    }

    void loadBalancerDialogRefusesInternalWithTls()
    {
        ui::LoadBalancerDialog dialog(m_ops->runner.get(), workspace(), QStringLiteral("tls-prod"),
                                      rules::LoadBalancerType::PublicIp, true);
        QTest::keyClicks(dialog.editor()->findChild<QLineEdit *>(QStringLiteral("lbSubnet")), QStringLiteral("scoring-subnet"));
        QVERIFY(dialog.findingsList()->containsCode(QStringLiteral("tls.withInternalLoadBalancer")));
        QVERIFY(!dialog.applyButton()->isEnabled());
    }

    void tlsDialogGivesAMicrosoftCertificate()
    {
        QCOMPARE(inner(QStringLiteral("tls-prod")).value(QStringLiteral("sslConfiguration")).toObject()
                     .value(QStringLiteral("status")).toString(), QStringLiteral("Enabled"));
        ui::TlsCertificateDialog dialog(m_ops->runner.get(), workspace(), QStringLiteral("tls-prod"), QStringLiteral("westeurope"));
        dialog.show();
        QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("tlsLeaf")), Qt::LeftButton);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("leafLabel")), QStringLiteral("cwscoring"));
        QTRY_VERIFY(dialog.applyButton()->isEnabled());
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        const ops::OperationRecord done = finish(dialog.operationId());
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        const QJsonObject ssl = inner(QStringLiteral("tls-prod")).value(QStringLiteral("sslConfiguration")).toObject();
        QCOMPARE(ssl.value(QStringLiteral("status")).toString(), QStringLiteral("Auto"));
        QCOMPARE(ssl.value(QStringLiteral("leafDomainLabel")).toString(), QStringLiteral("cwscoring"));
        QVERIFY2(ssl.value(QStringLiteral("cname")).toString().startsWith(QStringLiteral("cwscoring")),
                 qPrintable(ssl.value(QStringLiteral("cname")).toString()));
    }

    void tlsDialogReplacesTheCertificateWithFiles()
    {
        sandbox::SandboxPki pki;
        QString error;
        QVERIFY2(pki.loadOrCreate(m_sandbox.stateDir(), &error), qPrintable(error));
        const sandbox::PemPair pair = pki.issueServerCertificate(QStringLiteral("scoring.contoso.com"), 200);
        QTemporaryDir files;
        QFile cert(files.filePath(QStringLiteral("cert.pem")));
        QFile key(files.filePath(QStringLiteral("key.pem")));
        QVERIFY(cert.open(QIODevice::WriteOnly) && cert.write(pair.certPem) == pair.certPem.size());
        QVERIFY(key.open(QIODevice::WriteOnly) && key.write(pair.keyPem) == pair.keyPem.size());
        cert.close();
        key.close();

        ui::TlsCertificateDialog dialog(m_ops->runner.get(), workspace(), QStringLiteral("devtest"), QStringLiteral("westeurope"));
        dialog.show();
        QCOMPARE(dialog.editor()->chosenMode(), rules::TlsMode::Custom);
        QVERIFY(!dialog.applyButton()->isEnabled());
        dialog.editor()->setFiles(cert.fileName(), key.fileName());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("cname")), QStringLiteral("scoring.contoso.com"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.applyButton()->isEnabled(), 10000);
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        const ops::OperationRecord done = finish(dialog.operationId());
        QVERIFY2(done.state == ops::OperationState::Succeeded, qPrintable(done.error));
        const QJsonObject ssl = inner(QStringLiteral("devtest")).value(QStringLiteral("sslConfiguration")).toObject();
        QCOMPARE(ssl.value(QStringLiteral("status")).toString(), QStringLiteral("Enabled"));
        QCOMPARE(ssl.value(QStringLiteral("cname")).toString(), QStringLiteral("scoring.contoso.com"));
        QTRY_COMPARE_WITH_TIMEOUT(test::sandboxSecretEntry(m_sandbox, QStringLiteral("devtest-aks")), pair.certPem, 5000);
    }

    // A device, FIFO or directory named in the certificate field (typed, pasted or picked): the
    // card says so at once, nothing is read (a FIFO used to block an inspector thread forever)
    // and Apply stays off.
    void tlsDialogRefusesFilesThatAreNotRegular_data()
    {
        QTest::addColumn<QString>("certPath");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
        QTest::newRow("/dev/urandom") << QStringLiteral("/dev/urandom");
        QTest::newRow("fifo") << QStringLiteral("FIFO");
        QTest::newRow("directory") << QStringLiteral("DIR");
    }

    void tlsDialogRefusesFilesThatAreNotRegular()
    {
        QFETCH(QString, certPath);
        sandbox::SandboxPki pki;
        QString error;
        QVERIFY2(pki.loadOrCreate(m_sandbox.stateDir(), &error), qPrintable(error));
        const sandbox::PemPair pair = pki.issueServerCertificate(QStringLiteral("scoring.contoso.com"), 200);
        QTemporaryDir files;
        QFile key(files.filePath(QStringLiteral("key.pem")));
        QVERIFY(key.open(QIODevice::WriteOnly) && key.write(pair.keyPem) == pair.keyPem.size());
        key.close();
        if (certPath == QStringLiteral("FIFO")) {
            certPath = files.filePath(QStringLiteral("cert.pem"));
            QCOMPARE(::mkfifo(QFile::encodeName(certPath).constData(), 0600), 0);
        } else if (certPath == QStringLiteral("DIR")) {
            certPath = files.path();
        }

        ui::TlsCertificateDialog dialog(m_ops->runner.get(), workspace(), QStringLiteral("devtest"), QStringLiteral("westeurope"));
        dialog.show();
        QCOMPARE(dialog.editor()->chosenMode(), rules::TlsMode::Custom);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("cname")), QStringLiteral("scoring.contoso.com"));
        dialog.findChild<QLineEdit *>(QStringLiteral("keyPath"))->setText(key.fileName());
        dialog.findChild<QLineEdit *>(QStringLiteral("certPath"))->setText(certPath); // as the file picker does
        auto *card = dialog.findChild<QLabel *>(QStringLiteral("certPlaceholder"));
        QVERIFY(card);
        const QString expected = QStringLiteral("%1 is not a regular file (a device, FIFO or directory).").arg(certPath);
        QTRY_COMPARE_WITH_TIMEOUT(card->text(), expected, 10000);
        QVERIFY(card->isVisible());
        QVERIFY(!dialog.editor()->isBusy());
        QVERIFY(!dialog.applyButton()->isEnabled());
        bool blocking = false;
        for (const rules::Finding &f : dialog.editor()->findings())
            blocking = blocking || (f.severity == rules::Severity::Error && f.message == expected);
        QVERIFY(blocking);
    }
};

QTEST_MAIN(TestUpdateDialogs)
#include "tst_dialogs_update.moc"
