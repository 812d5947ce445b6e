// The wizard's flows of issue 6, clicking through real widgets against the sandbox process, each
// asserting the sandbox's final state through its ARM endpoint.
#include "WizardDriver.h"

#include "TestPki.h"

#include "auth/SandboxCredential.h"
#include "export/ArmBody.h"
#include "ops/Journal.h"
#include "ops/OperationRunner.h"
#include "session/Session.h"
#include "support/SandboxProcess.h"
#include "support/SandboxSession.h"
#include "tls/CertificateReport.h"
#include "clusters/ClustersTableModel.h"
#include "clusters/ClustersView.h"
#include "widgets/FindingsList.h"
#include "widgets/VcpuMeter.h"
#include "wizard/ComputeWizard.h"
#include "wizard/WizardController.h"
#include "wizard/SessionBackend.h"
#include "wizard/WizardOperation.h"
#include "wizard/WizardPages.h"

#include <QApplication>
#include <QDir>
#include <QScopeGuard>
#include <QSet>
#include <QTranslator>
#include <QPointer>
#include <QPalette>
#include <QStyleFactory>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <QWindow>

#include <memory>

using namespace cw;
using cw::test::clickNext;
using cw::test::nextEnabled;
using cw::test::selectRow;
using cw::test::widget;

namespace {
constexpr int kLoad = 20000;
constexpr int kOperation = 60000;
const QString kSub1 = QStringLiteral("00000000-0000-4000-8000-000000000001");
const QString kWorkspacePath =
    QStringLiteral("/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-ml/providers/"
                   "Microsoft.MachineLearningServices/workspaces/ws-demo");
QString clusterId(const QString &sub, const QString &rg, const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ContainerService/managedClusters/%3")
        .arg(sub, rg, name);
}
} // namespace

class TestWizardFlows : public QObject
{
    Q_OBJECT
    cw::test::SandboxProcess m_sandbox;
    session::Session *m_session = nullptr;
    std::unique_ptr<ops::Journal> m_journal;
    ops::OperationRunner *m_runner = nullptr;
    ui::SessionBackend *m_backend = nullptr;
    std::unique_ptr<ui::ComputeWizard> m_wizard;

    QJsonObject compute(const QString &name)
    {
        const auto answer = m_sandbox.arm("GET", kWorkspacePath + QStringLiteral("/computes/") + name
                                                     + QStringLiteral("?api-version=2022-10-01"));
        return answer.status == 200 ? answer.json().object() : QJsonObject{};
    }
    static QJsonObject aksProperties(const QJsonObject &compute)
    {
        return compute.value(QStringLiteral("properties")).toObject().value(QStringLiteral("properties")).toObject();
    }
    static QString state(const QJsonObject &compute)
    {
        return compute.value(QStringLiteral("properties")).toObject().value(QStringLiteral("provisioningState")).toString();
    }

    // The review's findings as text, for failure messages.
    static QString findingsText(QListWidget *list)
    {
        QStringList lines;
        for (int i = 0; i < list->count(); ++i)
            lines << list->item(i)->data(ui::FindingsList::SeverityRole).toString() + QStringLiteral(": ")
                    + list->item(i)->text();
        return lines.join(QLatin1Char('\n'));
    }

    void selectPrimarySubscription()
    {
        auto *subscriptions = widget<QComboBox>(m_wizard.get(), "subscriptionPicker");
        QVERIFY(subscriptions);
        QTRY_VERIFY_WITH_TIMEOUT(subscriptions->findData(kSub1) >= 0, kLoad);
        subscriptions->setCurrentIndex(subscriptions->findData(kSub1));
        QTRY_VERIFY_WITH_TIMEOUT(widget<QComboBox>(m_wizard.get(), "workspacePicker")->count() > 0, kLoad);
    }

    // Key presses as the keyboard gives them: to the window, which routes them to its focus
    // widget (or to a shortcut), not to a widget picked by the test.
    static void typeInto(QWindow *window, const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(window, c.toLatin1());
    }

    // Opens a fresh wizard and goes to the mode page with the sandbox workspace selected.
    void openAtMode(bool attach)
    {
        m_wizard = std::make_unique<ui::ComputeWizard>(m_backend);
        m_wizard->show();
        selectPrimarySubscription();
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        QCOMPARE(m_wizard->controller()->spec().workspace.workspace, QStringLiteral("ws-demo"));
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(ui::ModePageId));
        auto *radio = widget<QRadioButton>(m_wizard.get(), attach ? "modeAttach" : "modeCreate");
        QVERIFY(radio);
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(4, radio->height() / 2));
        QVERIFY(radio->isChecked());
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(attach ? ui::ClusterPageId : ui::SizePageId));
    }

    // On the size page: name, purpose, size and node count.
    void fillSize(const QString &name, bool devTest, const QString &size, int nodes)
    {
        auto *nameEdit = widget<QLineEdit>(m_wizard.get(), "computeName");
        QVERIFY(nameEdit);
        nameEdit->clear();
        QTest::keyClicks(nameEdit, name);
        if (devTest)
            widget<QRadioButton>(m_wizard.get(), "purposeDevTest")->setChecked(true);
        auto *sizes = widget<QTreeWidget>(m_wizard.get(), "vmSizes");
        QTRY_VERIFY_WITH_TIMEOUT(selectRow(sizes, size), kLoad);
        widget<QSpinBox>(m_wizard.get(), "nodeCount")->setValue(nodes);
    }

    // From the current page through Review to a finished operation.
    void finishToEnd()
    {
        while (m_wizard->currentId() != ui::ReviewPageId) {
            QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
            clickNext(m_wizard.get());
        }
        auto *preflight = widget<ui::FindingsList>(m_wizard.get(), "preflightList");
        QTRY_VERIFY2_WITH_TIMEOUT(nextEnabled(m_wizard.get()), qPrintable(findingsText(preflight)), kLoad);
        QCOMPARE(preflight->countOf(QStringLiteral("fail")), 0);
        clickNext(m_wizard.get()); // async re-check, then next()
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ui::ProgressPageId), kLoad);
    }

    void waitForOperation(bool expectSuccess)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!widget<QLabel>(m_wizard.get(), "progressState")->text().isEmpty(), kLoad);
        QTRY_VERIFY_WITH_TIMEOUT(expectSuccess ? nextEnabled(m_wizard.get()) || m_wizard->button(QWizard::FinishButton)->isEnabled()
                                               : widget<QPushButton>(m_wizard.get(), "fixAndRetry")->isVisible(),
                                 kOperation);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ui::WizardOperation *>(); // QSignalSpy records operationContinuesInBackground
        QVERIFY(m_sandbox.start());
        // Many production clusters are created here; the regional core quota is not under test
        // (the fix-and-retry flow injects its own QuotaExceeded).
        m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"),
                          QJsonDocument(QJsonObject{{QStringLiteral("regionalCoreQuota"), 100000}}));
        m_session = test::sandboxSession(m_sandbox, this).release(); // owned by the test object
        m_journal = std::make_unique<ops::Journal>(qEnvironmentVariable("CW_TEST_TMPDIR", QDir::tempPath())
                                                   + QStringLiteral("/journal"));
        m_runner = new ops::OperationRunner(m_session->connection(), m_journal.get(), nullptr, this);
        m_runner->setDefaultPollIntervalMs(100);
        m_backend = new ui::SessionBackend(m_session, m_runner, this);
    }

    void cleanup() { m_wizard.reset(); }

    // Renders every page (light and dark) into $CW_SCREENSHOT_DIR as wizard-<page>-<palette>.png
    // (the private temp dir when unset); runs last because it changes the application palette.
    void zzScreenshots_data();
    void zzScreenshots();

    void createProductionBlockedAt11PassesAt12()
    {
        openAtMode(false);
        fillSize(QStringLiteral("prod-eleven"), false, QStringLiteral("Standard_D1_v2"), 11);
        auto *meter = widget<ui::VcpuMeter>(m_wizard.get(), "vcpuMeter");
        QTRY_VERIFY_WITH_TIMEOUT(!meter->isSufficient(), kLoad);
        QVERIFY2(meter->adviceText().contains(QStringLiteral("12")), qPrintable(meter->adviceText()));
        QVERIFY(!nextEnabled(m_wizard.get()));
        widget<QSpinBox>(m_wizard.get(), "nodeCount")->setValue(12);
        QVERIFY(meter->isSufficient());
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        finishToEnd();
        waitForOperation(true);
        const QJsonObject c = compute(QStringLiteral("prod-eleven"));
        QCOMPARE(state(c), QStringLiteral("Succeeded"));
        QCOMPARE(aksProperties(c).value(QStringLiteral("agentCount")).toInt(), 12);
        QCOMPARE(aksProperties(c).value(QStringLiteral("agentVmSize")).toString(), QStringLiteral("Standard_D1_v2"));
        QCOMPARE(aksProperties(c).value(QStringLiteral("clusterPurpose")).toString(), QStringLiteral("FastProd"));
    }

    void createDevTest()
    {
        openAtMode(false);
        fillSize(QStringLiteral("devtest-one"), true, QStringLiteral("Standard_D2_v2"), 1);
        QVERIFY(widget<QLabel>(m_wizard.get(), "purposeNote")->text().contains(QStringLiteral("fault tolerance")));
        finishToEnd();
        waitForOperation(true);
        const QJsonObject c = compute(QStringLiteral("devtest-one"));
        QCOMPARE(state(c), QStringLiteral("Succeeded"));
        QCOMPARE(aksProperties(c).value(QStringLiteral("clusterPurpose")).toString(), QStringLiteral("DevTest"));
    }

    // Issue 16 item 2: the Region combo is not editable and offers exactly the subscription's
    // physical locations (GET /subscriptions/{id}/locations); a failed load says so and offers
    // Retry, and Next stays off until a listed region is chosen. The cluster lands there.
    void regionComesFromTheSubscriptionsLocations()
    {
        const int before = m_sandbox.countRequests("GET", QStringLiteral("/locations"));
        // The workspace page's load and the size page's own attempt both fail.
        m_sandbox.control("POST", QStringLiteral("/_sandbox/faults"),
                          QJsonDocument(QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                                    {QStringLiteral("path"), QStringLiteral("^/subscriptions/[^/]+/locations$")},
                                                    {QStringLiteral("status"), 403},
                                                    {QStringLiteral("count"), 2}}));
        openAtMode(false);
        fillSize(QStringLiteral("region-east"), true, QStringLiteral("Standard_D2_v2"), 1);
        auto *region = widget<QComboBox>(m_wizard.get(), "region");
        QVERIFY(region);
        QVERIFY(!region->isEditable());
        auto *status = widget<QLabel>(m_wizard.get(), "regionStatus");
        auto *retry = widget<QPushButton>(m_wizard.get(), "retryRegions");
        QVERIFY(status && retry);
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), kLoad);
        QVERIFY2(status->isVisible() && status->text().contains(QStringLiteral("Cannot read the subscription's regions")),
                 qPrintable(status->text()));
        QCOMPARE(region->count(), 0);
        QVERIFY(!nextEnabled(m_wizard.get()));

        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults"));
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(region->count() > 0, kLoad);
        QVERIFY(m_sandbox.countRequests("GET", QStringLiteral("/locations")) >= before + 2);
        QVERIFY(!retry->isVisible());
        QStringList names;
        for (int i = 0; i < region->count(); ++i)
            names.append(region->itemData(i).toString());
        QCOMPARE(names.size(), 8); // the seed's physical regions; the logical "europe" is not offered
        QVERIFY(names.contains(QStringLiteral("eastus")));
        QVERIFY(!names.contains(QStringLiteral("europe")));
        QCOMPARE(region->currentData().toString(), QStringLiteral("westeurope")); // the workspace's
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);

        // Typing cannot make up a region: the keys only search the listed ones.
        region->setFocus();
        QTest::keyClicks(region, QStringLiteral("e2s"));
        QVERIFY(names.contains(region->currentData().toString()));
        QVERIFY(names.contains(m_wizard->controller()->spec().effectiveRegion()));

        region->setCurrentIndex(region->findData(QStringLiteral("eastus")));
        QCOMPARE(m_wizard->controller()->spec().region, QStringLiteral("eastus"));
        finishToEnd();
        auto *preflight = widget<ui::FindingsList>(m_wizard.get(), "preflightList");
        QVERIFY(preflight->containsCode(QStringLiteral("create.region")));
        waitForOperation(true);
        const QJsonObject c = compute(QStringLiteral("region-east"));
        QCOMPARE(state(c), QStringLiteral("Succeeded"));
        QCOMPARE(c.value(QStringLiteral("properties")).toObject().value(QStringLiteral("computeLocation")).toString(),
                 QStringLiteral("eastus"));
    }

    void createNameTakenIsBlocked()
    {
        openAtMode(false);
        fillSize(QStringLiteral("inference-prod"), false, QStringLiteral("Standard_D3_v2"), 3);
        auto *names = widget<ui::FindingsList>(m_wizard.get(), "nameFindings");
        QTRY_VERIFY_WITH_TIMEOUT(names->countOf(QStringLiteral("fail")) > 0, kLoad);
        QVERIFY(!nextEnabled(m_wizard.get()));
    }

    void createWithAdvancedNetworking()
    {
        openAtMode(false);
        fillSize(QStringLiteral("vnet-prod"), false, QStringLiteral("Standard_D3_v2"), 3);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(ui::NetworkingPageId));
        widget<QCheckBox>(m_wizard.get(), "advancedNetworking")->setChecked(true);
        QVERIFY(!nextEnabled(m_wizard.get())); // all or none
        const QList<QPair<const char *, QString>> fields{
            {"vnetName", QStringLiteral("vnet-ml")},       {"vnetResourceGroup", QStringLiteral("rg-ml")},
            {"subnetName", QStringLiteral("default")},     {"serviceCidr", QStringLiteral("10.0.0.0/16")},
            {"dnsServiceIp", QStringLiteral("10.1.0.10")}, {"dockerBridgeCidr", QStringLiteral("172.17.0.1/16")}};
        for (const auto &[name, value] : fields)
            QTest::keyClicks(widget<QLineEdit>(m_wizard.get(), name), value);
        // DNS service IP outside the service CIDR: the rule refuses it live.
        QVERIFY(!nextEnabled(m_wizard.get()));
        auto *dns = widget<QLineEdit>(m_wizard.get(), "dnsServiceIp");
        dns->clear();
        QTest::keyClicks(dns, QStringLiteral("10.0.0.10"));
        QVERIFY(nextEnabled(m_wizard.get()));
        finishToEnd();
        waitForOperation(true);
        const QJsonObject c = compute(QStringLiteral("vnet-prod"));
        QCOMPARE(state(c), QStringLiteral("Succeeded"));
        const QJsonObject net = aksProperties(c).value(QStringLiteral("aksNetworkingConfiguration")).toObject();
        QVERIFY2(net.value(QStringLiteral("subnetId")).toString().contains(QStringLiteral("/virtualNetworks/vnet-ml/subnets/default")),
                 qPrintable(net.value(QStringLiteral("subnetId")).toString()));
        QCOMPARE(net.value(QStringLiteral("dnsServiceIP")).toString(), QStringLiteral("10.0.0.10"));
    }

    void createWithLeafLabel()
    {
        openAtMode(false);
        fillSize(QStringLiteral("leaf-prod"), false, QStringLiteral("Standard_D3_v2"), 3);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(ui::TlsPageId));
        widget<QRadioButton>(m_wizard.get(), "tlsLeaf")->setChecked(true);
        QTest::keyClicks(widget<QLineEdit>(m_wizard.get(), "leafLabel"), QStringLiteral("myscore"));
        QVERIFY(widget<QLabel>(m_wizard.get(), "fqdnPreview")->text().endsWith(QStringLiteral(".westeurope.cloudapp.azure.com")));
        finishToEnd();
        waitForOperation(true);
        const QJsonObject c = compute(QStringLiteral("leaf-prod"));
        QCOMPARE(state(c), QStringLiteral("Succeeded"));
        const QJsonObject ssl = aksProperties(c).value(QStringLiteral("sslConfiguration")).toObject();
        QCOMPARE(ssl.value(QStringLiteral("leafDomainLabel")).toString(), QStringLiteral("myscore"));
    }

    // Custom certificate files, checked live on the TLS page: a matching pair (plain or
    // passphrase-protected key) is created with the cert, the key sent decrypted and the CNAME;
    // a key of another certificate or an expired certificate blocks Next with the reason.
    void createWithCustomCertificate_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("blockingCheck"); // empty: the pair is usable
        QTest::newRow("valid") << QStringLiteral("valid") << QString();
        QTest::newRow("valid, encrypted key") << QStringLiteral("encrypted") << QString();
        QTest::newRow("mismatched key") << QStringLiteral("mismatched") << QStringLiteral("key-match");
        QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("validity");
    }

    void createWithCustomCertificate()
    {
        QFETCH(QString, variant);
        QFETCH(QString, blockingCheck);
        const tls::test::TestPki pki;
        const tls::test::TestKey key(tls::test::KeyKind::Rsa2048);
        const tls::test::TestKey otherKey(tls::test::KeyKind::Rsa2048);
        tls::test::LeafOptions leaf;
        if (variant == QLatin1String("expired")) {
            leaf.notBefore = QDateTime::currentDateTimeUtc().addDays(-400);
            leaf.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
        }
        const QByteArray certPem = pki.leafPem(key, leaf);
        const QByteArray keyPem = variant == QLatin1String("mismatched")  ? otherKey.pkcs8Pem()
                                  : variant == QLatin1String("encrypted") ? key.encryptedPkcs8Pem("open sesame")
                                                                          : key.pkcs8Pem();
        const QString dir = qEnvironmentVariable("CW_TEST_TMPDIR", QDir::tempPath());
        const QString certPath = dir + QStringLiteral("/cert-") + variant + QStringLiteral(".pem");
        const QString keyPath = dir + QStringLiteral("/key-") + variant + QStringLiteral(".pem");
        for (const auto &[path, bytes] : {std::pair{certPath, certPem}, std::pair{keyPath, keyPem}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        }

        const QString name = QStringLiteral("cert-") + variant.left(9);
        openAtMode(false);
        fillSize(name, true, QStringLiteral("Standard_D2_v2"), 1);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(ui::TlsPageId));
        widget<QRadioButton>(m_wizard.get(), "tlsCustom")->setChecked(true);
        QTest::keyClicks(widget<QLineEdit>(m_wizard.get(), "certPath"), certPath);
        QTest::keyClicks(widget<QLineEdit>(m_wizard.get(), "keyPath"), keyPath);
        QTest::keyClicks(widget<QLineEdit>(m_wizard.get(), "cname"), QStringLiteral("www.contoso.com"));
        auto *checks = widget<ui::FindingsList>(m_wizard.get(), "certChecks");
        if (variant == QLatin1String("encrypted")) {
            auto *passphrase = widget<QLineEdit>(m_wizard.get(), "keyPassphrase");
            QTRY_VERIFY_WITH_TIMEOUT(passphrase->isVisible(), kLoad); // asks for it
            QVERIFY(!nextEnabled(m_wizard.get()));
            QTest::keyClicks(passphrase, QStringLiteral("open sesame"));
        }
        if (!blockingCheck.isEmpty()) {
            QTRY_VERIFY_WITH_TIMEOUT(checks->containsCode(blockingCheck), kLoad);
            QTRY_VERIFY_WITH_TIMEOUT(checks->countOf(QStringLiteral("fail")) > 0, kLoad);
            QVERIFY(!nextEnabled(m_wizard.get()));
            QVERIFY(compute(name).isEmpty());
            return;
        }
        QTRY_VERIFY2_WITH_TIMEOUT(nextEnabled(m_wizard.get()), qPrintable(findingsText(checks)), kLoad);
        QCOMPARE(checks->countOf(QStringLiteral("fail")), 0);
        finishToEnd();
        waitForOperation(true);
        const QJsonObject c = compute(name);
        QCOMPARE(state(c), QStringLiteral("Succeeded"));
        const QJsonObject ssl = aksProperties(c).value(QStringLiteral("sslConfiguration")).toObject();
        QCOMPARE(ssl.value(QStringLiteral("status")).toString(), QStringLiteral("Enabled"));
        QCOMPARE(ssl.value(QStringLiteral("cname")).toString(), QStringLiteral("www.contoso.com"));
        // What the request body is built from (the sandbox does not log bodies: they hold keys):
        // the certificate as chosen and the key in plain PEM, decrypted when it was protected.
        const rules::TlsSpec sent = m_wizard->controller()->spec().tls;
        QCOMPARE(sent.certPem.toUtf8().trimmed(), certPem.trimmed());
        const QByteArray sentKey = sent.keyPem.toUtf8();
        QVERIFY(!sentKey.contains("ENCRYPTED"));
        QCOMPARE(tls::keyMatchesCertificate(certPem, sentKey), std::optional<bool>(true));
    }

    void attachPlainCluster()
    {
        openAtMode(true);
        auto *table = widget<QTreeWidget>(m_wizard.get(), "clusterTable");
        QTRY_VERIFY_WITH_TIMEOUT(selectRow(table, QStringLiteral("aks-plain")), kLoad);
        QTest::keyClicks(widget<QLineEdit>(m_wizard.get(), "attachName"), QStringLiteral("plain-attached"));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        finishToEnd();
        waitForOperation(true);
        const QJsonObject c = compute(QStringLiteral("plain-attached"));
        QCOMPARE(state(c), QStringLiteral("Succeeded"));
        QCOMPARE(c.value(QStringLiteral("properties")).toObject().value(QStringLiteral("resourceId")).toString().toLower(),
                 clusterId(kSub1, QStringLiteral("rg-aks"), QStringLiteral("aks-plain")).toLower());
    }

    // Issue 16 item 5: a cluster of another region (aks-eastus) attached from the westeurope
    // workspace: the compute resource stays with the workspace (location westeurope) and its
    // computeLocation, the Region of the table, is the cluster's (eastus).
    void attachFromAnotherRegionKeepsTheClusterRegion()
    {
        openAtMode(true);
        auto *table = widget<QTreeWidget>(m_wizard.get(), "clusterTable");
        QTRY_VERIFY_WITH_TIMEOUT(selectRow(table, QStringLiteral("aks-eastus")), kLoad);
        QTest::keyClicks(widget<QLineEdit>(m_wizard.get(), "attachName"), QStringLiteral("eastus-attached"));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        finishToEnd();
        waitForOperation(true);
        const QJsonObject c = compute(QStringLiteral("eastus-attached"));
        QCOMPARE(state(c), QStringLiteral("Succeeded"));
        QCOMPARE(c.value(QStringLiteral("location")).toString(), QStringLiteral("westeurope"));
        QCOMPARE(c.value(QStringLiteral("properties")).toObject().value(QStringLiteral("computeLocation")).toString(),
                 QStringLiteral("eastus"));

        ui::ClustersView view(m_session);
        view.setRefreshIntervalMs(0);
        QSignalSpy refreshed(&view, &ui::ClustersView::refreshed);
        view.setWorkspaces({{.subscriptionId = kSub1,
                             .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo")}});
        QVERIFY(refreshed.wait(kLoad));
        const ui::ClusterRow *row = view.model()->rowById(c.value(QStringLiteral("id")).toString());
        QVERIFY(row);
        QCOMPARE(row->region, QStringLiteral("eastus"));
        const QModelIndex region = view.model()->index(view.model()->rowOf(row->id), ui::ClustersTableModel::Region);
        QCOMPARE(region.data().toString(), QStringLiteral("eastus"));

        // Detach again: aks-eastus is attached by later tests.
        const QString path = kWorkspacePath + QStringLiteral("/computes/eastus-attached");
        QVERIFY(m_sandbox.arm("DELETE", path + QStringLiteral("?underlyingResourceAction=Detach&api-version=2022-10-01")).status < 300);
        QTRY_VERIFY_WITH_TIMEOUT(compute(QStringLiteral("eastus-attached")).isEmpty(), kOperation);
    }

    void attachWithInternalLoadBalancer()
    {
        openAtMode(true);
        auto *table = widget<QTreeWidget>(m_wizard.get(), "clusterTable");
        QTRY_VERIFY_WITH_TIMEOUT(selectRow(table, QStringLiteral("aks-eastus")), kLoad);
        QTest::keyClicks(widget<QLineEdit>(m_wizard.get(), "attachName"), QStringLiteral("ilb-attached"));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(ui::NetworkingPageId));
        widget<QRadioButton>(m_wizard.get(), "lbInternal")->setChecked(true);
        QVERIFY(!nextEnabled(m_wizard.get())); // needs a subnet
        QTest::keyClicks(widget<QLineEdit>(m_wizard.get(), "lbSubnet"), QStringLiteral("default"));
        QVERIFY(nextEnabled(m_wizard.get()));
        clickNext(m_wizard.get());
        // TLS is disabled with the reason while an internal load balancer is chosen.
        QVERIFY(!widget<QLabel>(m_wizard.get(), "tlsUnavailable")->text().isEmpty());
        QVERIFY(!widget<QRadioButton>(m_wizard.get(), "tlsLeaf")->isEnabled());
        finishToEnd();
        waitForOperation(true);
        const QJsonObject c = compute(QStringLiteral("ilb-attached"));
        QCOMPARE(state(c), QStringLiteral("Succeeded"));
        QCOMPARE(aksProperties(c).value(QStringLiteral("loadBalancerType")).toString(), QStringLiteral("InternalLoadBalancer"));
    }

    // Issue 16 item 1: Networking page, internal load balancer, click the subnet field, type,
    // Alt+N, type, Alt+B, all as real key events to the window: what was typed on the TLS page
    // must not land in the (then hidden) subnet field, nor in the request built from the spec.
    void typingNeverLandsInAHiddenPage()
    {
        openAtMode(true);
        auto *table = widget<QTreeWidget>(m_wizard.get(), "clusterTable");
        QTRY_VERIFY_WITH_TIMEOUT(selectRow(table, QStringLiteral("aks-standard-lb")), kLoad);
        QTest::keyClicks(widget<QLineEdit>(m_wizard.get(), "attachName"), QStringLiteral("focus-attach"));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(ui::NetworkingPageId));
        m_wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
        QWindow *window = m_wizard->windowHandle();
        auto *internal = widget<QRadioButton>(m_wizard.get(), "lbInternal");
        QTest::mouseClick(internal, Qt::LeftButton, {}, QPoint(4, internal->height() / 2));
        QVERIFY(internal->isChecked());
        auto *subnet = widget<QLineEdit>(m_wizard.get(), "lbSubnet");
        QTest::mouseClick(subnet, Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), subnet);
        typeInto(window, QStringLiteral("snet1"));
        QCOMPARE(subnet->text(), QStringLiteral("snet1"));
        QTest::keyClick(window, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(m_wizard->currentId(), int(ui::TlsPageId));
        QVERIFY(!subnet->isVisible());
        QWidget *focused = QApplication::focusWidget();
        QVERIFY2(focused != subnet, "the hidden subnet field kept the focus");
        typeInto(window, QStringLiteral("QQ"));
        QTest::keyClick(window, Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE(m_wizard->currentId(), int(ui::NetworkingPageId));
        QCOMPARE(subnet->text(), QStringLiteral("snet1"));
        const rules::ComputeSpec &spec = m_wizard->controller()->spec();
        QCOMPARE(spec.loadBalancerSubnet, QStringLiteral("snet1"));
        // The request the wizard would send.
        const nlohmann::json body = exporting::computeResourceBody(spec);
        QCOMPARE(QString::fromStdString(body["properties"]["properties"].value("loadBalancerSubnet", std::string())),
                 QStringLiteral("snet1"));
        // Back on the page: no page but the one on screen holds the focus.
        for (const int id : m_wizard->pageIds())
            if (id != m_wizard->currentId())
                QVERIFY2(!m_wizard->page(id)->isAncestorOf(QApplication::focusWidget()), qPrintable(QString::number(id)));
    }

    // Issue 16 item 3: on the networking page the internal load balancer's subnet is checked
    // live against Azure's subnet name rule; a refused name keeps Next off.
    void internalLoadBalancerSubnetIsChecked()
    {
        openAtMode(true);
        QTRY_VERIFY_WITH_TIMEOUT(selectRow(widget<QTreeWidget>(m_wizard.get(), "clusterTable"), QStringLiteral("aks-standard-lb")), kLoad);
        QTest::keyClicks(widget<QLineEdit>(m_wizard.get(), "attachName"), QStringLiteral("subnet-attach"));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(ui::NetworkingPageId));
        widget<QRadioButton>(m_wizard.get(), "lbInternal")->setChecked(true);
        auto *subnet = widget<QLineEdit>(m_wizard.get(), "lbSubnet");
        auto *findings = widget<ui::FindingsList>(m_wizard.get(), "loadBalancerFindings");
        const QList<QPair<QString, QString>> refused{{QStringLiteral("bad subnet!"), QStringLiteral("lb.subnet.characters")},
                                                     {QStringLiteral("-x"), QStringLiteral("lb.subnet.start")},
                                                     {QStringLiteral("s").repeated(90), QStringLiteral("lb.subnet.tooLong")},
                                                     {QStringLiteral("sub."), QStringLiteral("lb.subnet.end")}};
        for (const auto &[name, code] : refused) {
            subnet->clear();
            QTest::keyClicks(subnet, name);
            QVERIFY2(findings->containsCode(code), qPrintable(name));
            QVERIFY2(findings->isVisible(), qPrintable(name));
            QVERIFY2(!nextEnabled(m_wizard.get()), qPrintable(name));
        }
        subnet->clear();
        QTest::keyClicks(subnet, QStringLiteral("snet_1"));
        QVERIFY(nextEnabled(m_wizard.get()));
        QCOMPARE(m_wizard->controller()->spec().loadBalancerSubnet, QStringLiteral("snet_1"));
    }

    void attachBlocked_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::addColumn<bool>("paste");
        QTest::newRow("another subscription")
            << clusterId(QStringLiteral("00000000-0000-4000-8000-000000000002"), QStringLiteral("rg-other"),
                         QStringLiteral("aks-other-sub"))
            << true;
        QTest::newRow("already attached") << QStringLiteral("aks-attached") << false;
        QTest::newRow("unsupported version") << QStringLiteral("aks-legacy") << false;
    }

    void attachBlocked()
    {
        QFETCH(QString, cluster);
        QFETCH(bool, paste);
        const int putsBefore = m_sandbox.countRequests("PUT", QStringLiteral("/computes/"));
        openAtMode(true);
        QTest::keyClicks(widget<QLineEdit>(m_wizard.get(), "attachName"), QStringLiteral("blocked-attach"));
        if (paste) {
            auto *id = widget<QLineEdit>(m_wizard.get(), "clusterResourceId");
            QTest::keyClicks(id, cluster);
            QTest::keyClick(id, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>(m_wizard.get(), "clusterResourceIdStatus")->text().startsWith(QStringLiteral("Found")),
                                     kLoad);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(selectRow(widget<QTreeWidget>(m_wizard.get(), "clusterTable"), cluster), kLoad);
        }
        auto *checks = widget<ui::FindingsList>(m_wizard.get(), "attachChecks");
        QTRY_VERIFY_WITH_TIMEOUT(checks->countOf(QStringLiteral("fail")) > 0, kLoad);
        QVERIFY(!nextEnabled(m_wizard.get()));
        QCOMPARE(m_sandbox.countRequests("PUT", QStringLiteral("/computes/")), putsBefore);
        QVERIFY(compute(QStringLiteral("blocked-attach")).isEmpty());
    }

    void failureFixedViaFixAndRetry()
    {
        m_sandbox.control("POST", QStringLiteral("/_sandbox/operations/fail-next"),
                          QJsonDocument(QJsonObject{{QStringLiteral("path"), QStringLiteral("computes/retry-one")},
                                                    {QStringLiteral("errors"),
                                                     QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("QuotaExceeded")},
                                                                            {QStringLiteral("message"), QStringLiteral("Not enough cores")}}}}}));
        openAtMode(false);
        fillSize(QStringLiteral("retry-one"), false, QStringLiteral("Standard_D3_v2"), 3);
        finishToEnd();
        waitForOperation(false);
        QVERIFY(widget<QLabel>(m_wizard.get(), "progressErrors")->text().contains(QStringLiteral("Not enough cores")));
        QCOMPARE(state(compute(QStringLiteral("retry-one"))), QStringLiteral("Failed"));
        QTest::mouseClick(widget<QPushButton>(m_wizard.get(), "fixAndRetry"), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ui::SizePageId));
        // Everything typed is still there; the failed compute now holds the name.
        QCOMPARE(widget<QSpinBox>(m_wizard.get(), "nodeCount")->value(), 3);
        QCOMPARE(widget<QLineEdit>(m_wizard.get(), "computeName")->text(), QStringLiteral("retry-one"));
        QTRY_VERIFY_WITH_TIMEOUT(widget<ui::FindingsList>(m_wizard.get(), "nameFindings")->countOf(QStringLiteral("fail")) > 0, kLoad);
        fillSize(QStringLiteral("retry-two"), false, QStringLiteral("Standard_D3_v2"), 4);
        finishToEnd();
        waitForOperation(true);
        const QJsonObject c = compute(QStringLiteral("retry-two"));
        QCOMPARE(state(c), QStringLiteral("Succeeded"));
        QCOMPARE(aksProperties(c).value(QStringLiteral("agentCount")).toInt(), 4);
    }

    void quotaExceededOffersFixAndRetry()
    {
        // Over the regional core quota the service keeps a Failed compute and says why: the page
        // shows the service's words and "fix and retry" leads to the size page. The preflight
        // reads the quota (tst_wizard_checks): here it shrinks after the review read it, as when
        // another deployment takes the vCPUs between the review and the request.
        openAtMode(false);
        fillSize(QStringLiteral("over-quota"), false, QStringLiteral("Standard_D3_v2"), 3);
        while (m_wizard->currentId() != ui::ReviewPageId) {
            QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
            clickNext(m_wizard.get());
        }
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"),
                          QJsonDocument(QJsonObject{{QStringLiteral("regionalCoreQuota"), 4}}));
        clickNext(m_wizard.get());
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ui::ProgressPageId), kLoad);
        waitForOperation(false);
        m_sandbox.control("POST", QStringLiteral("/_sandbox/settings"),
                          QJsonDocument(QJsonObject{{QStringLiteral("regionalCoreQuota"), 100000}}));
        QVERIFY2(widget<QLabel>(m_wizard.get(), "progressErrors")->text().contains(QStringLiteral("QuotaExceeded")),
                 qPrintable(widget<QLabel>(m_wizard.get(), "progressErrors")->text()));
        QCOMPARE(state(compute(QStringLiteral("over-quota"))), QStringLiteral("Failed"));
        QTest::mouseClick(widget<QPushButton>(m_wizard.get(), "fixAndRetry"), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ui::SizePageId));
    }

    // Every control a keyboard can reach has a name for screen readers (its own, or the label
    // whose buddy it is), and the wizard can be driven with the keyboard alone.
    void accessibleNamesAndKeyboard()
    {
        m_wizard = std::make_unique<ui::ComputeWizard>(m_backend);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        QSet<const QWidget *> labelled;
        for (const QLabel *label : m_wizard->findChildren<QLabel *>())
            if (label->buddy())
                labelled.insert(label->buddy());
        QStringList unnamed;
        for (const int id : m_wizard->pageIds()) {
            for (QWidget *w : m_wizard->page(id)->findChildren<QWidget *>()) {
                const bool reachable = w->focusPolicy() & Qt::TabFocus;
                const bool named = !w->accessibleName().isEmpty() || labelled.contains(w)
                                   || (qobject_cast<QAbstractButton *>(w) && !qobject_cast<QAbstractButton *>(w)->text().isEmpty());
                // Item views and tab bars announce their items and tabs; scroll bars and the editors
                // inside spin and combo boxes are parts of a named control.
                if (reachable && !named && !w->inherits("QScrollBar") && !w->inherits("QAbstractItemView")
                    && !w->inherits("QTabBar")
                    && w->parentWidget() && !w->parentWidget()->inherits("QAbstractSpinBox")
                    && !w->parentWidget()->inherits("QComboBox"))
                    unnamed << QStringLiteral("%1 %2 (page %3)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()).arg(id);
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        // Keyboard only: Enter on the workspace page goes on; the mode page's radio buttons take
        // the arrow keys; Escape closes the wizard.
        selectPrimarySubscription();
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        QTest::keyClick(m_wizard.get(), Qt::Key_Return);
        QTRY_COMPARE(m_wizard->currentId(), int(ui::ModePageId));
        auto *create = widget<QRadioButton>(m_wizard.get(), "modeCreate");
        create->setFocus();
        create->setChecked(true);
        QTest::keyClick(create, Qt::Key_Down);
        QVERIFY(widget<QRadioButton>(m_wizard.get(), "modeAttach")->isChecked());
        QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
        QTRY_VERIFY(!m_wizard->isVisible());
    }

    void runInBackground()
    {
        openAtMode(false);
        fillSize(QStringLiteral("background-one"), false, QStringLiteral("Standard_D3_v2"), 3);
        QSignalSpy background(m_wizard.get(), &ui::ComputeWizard::operationContinuesInBackground);
        QSignalSpy finished(m_runner, &ops::OperationRunner::operationFinished);
        finishToEnd();
        QTest::mouseClick(widget<QPushButton>(m_wizard.get(), "runInBackground"), Qt::LeftButton);
        QCOMPARE(background.count(), 1);
        QVERIFY(!m_wizard->isVisible());
        QPointer<ui::WizardOperation> operation = background.first().first().value<ui::WizardOperation *>();
        m_wizard.reset(); // the wizard is gone; the operation goes on
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, kOperation);
        QTRY_COMPARE_WITH_TIMEOUT(state(compute(QStringLiteral("background-one"))), QStringLiteral("Succeeded"), kOperation);
        if (QTest::currentTestFailed())
            qWarning() << compute(QStringLiteral("background-one"));
        if (operation)
            QVERIFY(operation->isFinished());
    }

    // Issue 16's changed pages in English and Italian (requests-*.png); last: it sets the style.
    void zzRequestsScreenshots_data();
    void zzRequestsScreenshots();
};

#include "tst_wizard_screenshots.inc"
#include "tst_wizard_requests_screenshots.inc"

QTEST_MAIN(TestWizardFlows)
#include "tst_wizard_flows.moc"
