// The wizard's "Attach with Azure ML v2 (Kubernetes compute)" (issue 15 item 3), clicking and
// typing through real widgets against its own sandbox process: reusing the Succeeded extension of
// seed aks-v2-ready, installing the extension (HTTPS with an uploaded certificate) on a cluster
// without one and attaching it, a failed health check shown on the progress page, Tab reaching
// every field of the new pages; the sandbox's request log and documents judge what was sent.
#include "WizardDriver.h"

#include "TestPki.h"

#include "ops/Journal.h"
#include "ops/OperationRunner.h"
#include "session/Session.h"
#include "support/SandboxProcess.h"
#include "support/SandboxSession.h"
#include "widgets/FindingsList.h"
#include "wizard/ComputeWizard.h"
#include "wizard/SessionBackend.h"
#include "wizard/WizardController.h"
#include "wizard/WizardOperation.h"
#include "wizard/WizardPages.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
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
QString clusterPath(const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/%2")
        .arg(kSub1, name);
}
QString extensionPath(const QString &cluster)
{
    return clusterPath(cluster) + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions/azureml");
}
} // namespace

class TestWizardV2 : public QObject
{
    Q_OBJECT
    cw::test::SandboxProcess m_sandbox;
    session::Session *m_session = nullptr;
    std::unique_ptr<ops::Journal> m_journal;
    ops::OperationRunner *m_runner = nullptr;
    ui::SessionBackend *m_backend = nullptr;
    std::unique_ptr<ui::ComputeWizard> m_wizard;

    QJsonObject get(const QString &path, const char *apiVersion)
    {
        const auto answer = m_sandbox.arm("GET", path + QStringLiteral("?api-version=") + QLatin1String(apiVersion));
        return answer.status == 200 ? answer.json().object() : QJsonObject{};
    }
    QJsonObject compute(const QString &name) { return get(kWorkspacePath + QStringLiteral("/computes/") + name, "2022-10-01"); }
    QJsonObject extension(const QString &cluster) { return get(extensionPath(cluster), "2022-11-01"); }
    static QJsonObject props(const QJsonObject &o) { return o.value(QStringLiteral("properties")).toObject(); }

    // PUTs the sandbox answered whose path ends with `suffix` (its request log).
    int putsTo(const QString &suffix)
    {
        const QJsonDocument log = m_sandbox.control("GET", QStringLiteral("/_sandbox/requests"));
        const QJsonArray entries = log.isArray() ? log.array() : log.object().value(QStringLiteral("requests")).toArray();
        int n = 0;
        for (const QJsonValue &e : entries) {
            const QJsonObject o = e.toObject();
            if (o.value(QStringLiteral("method")).toString() == QLatin1String("PUT")
                && o.value(QStringLiteral("path")).toString().endsWith(suffix, Qt::CaseInsensitive))
                ++n;
        }
        return n;
    }

    static QString findingsText(QListWidget *list)
    {
        QStringList lines;
        for (int i = 0; list && i < list->count(); ++i)
            lines << list->item(i)->data(ui::FindingsList::SeverityRole).toString() + QStringLiteral(": ") + list->item(i)->text();
        return lines.join(QLatin1Char('\n'));
    }

    // A fresh wizard on the cluster page in v2 mode, the sandbox workspace selected.
    void openV2ClusterPage()
    {
        m_wizard = std::make_unique<ui::ComputeWizard>(m_backend);
        m_wizard->show();
        auto *subscriptions = widget<QComboBox>(m_wizard.get(), "subscriptionPicker");
        QTRY_VERIFY_WITH_TIMEOUT(subscriptions->findData(kSub1) >= 0, kLoad);
        subscriptions->setCurrentIndex(subscriptions->findData(kSub1));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(ui::ModePageId));
        auto *v2 = widget<QRadioButton>(m_wizard.get(), "modeAttachV2");
        QVERIFY(v2);
        QTest::mouseClick(v2, Qt::LeftButton, {}, QPoint(4, v2->height() / 2));
        QVERIFY(v2->isChecked());
        QVERIFY(m_wizard->controller()->isV2());
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(ui::ClusterPageId));
        QVERIFY(!widget<QLineEdit>(m_wizard.get(), "attachName")->isVisible()); // asked on the compute page
    }

    // Picks `cluster` and waits for its v2 facts (the extension line says what was found).
    void pickCluster(const QString &cluster)
    {
        QTRY_VERIFY_WITH_TIMEOUT(selectRow(widget<QTreeWidget>(m_wizard.get(), "clusterTable"), cluster), kLoad);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->controller()->v2ClusterState(), ui::LoadState::Loaded, kLoad);
    }

    // On the compute page: the compute's name.
    void nameCompute(const QString &name)
    {
        QCOMPARE(m_wizard->currentId(), int(ui::V2ComputePageId));
        auto *edit = widget<QLineEdit>(m_wizard->currentPage(), "v2ComputeName");
        edit->clear();
        QTest::keyClicks(edit, name);
    }

    void toReviewAndRun()
    {
        QTRY_VERIFY2_WITH_TIMEOUT(nextEnabled(m_wizard.get()),
                                  qPrintable(findingsText(widget<ui::FindingsList>(m_wizard->currentPage(), "v2ComputeFindings"))), kLoad);
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(ui::ReviewPageId));
        auto *preflight = widget<ui::FindingsList>(m_wizard.get(), "preflightList");
        QTRY_VERIFY2_WITH_TIMEOUT(nextEnabled(m_wizard.get()), qPrintable(findingsText(preflight)), kLoad);
        clickNext(m_wizard.get()); // the workspace is read again, then the operation starts
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ui::ProgressPageId), kLoad);
    }

    // Fields of `page` the Tab key reaches, starting at `first`, in order, until it comes back.
    static QStringList tabOrder(QWizard *wizard, QWidget *page, QWidget *first)
    {
        first->setFocus(Qt::TabFocusReason);
        QStringList names;
        for (int i = 0; i < 60; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                break;
            if (page->isAncestorOf(focus) && !focus->objectName().isEmpty()) {
                if (names.contains(focus->objectName()))
                    break;
                names.append(focus->objectName());
            }
            QTest::keyClick(wizard->windowHandle(), Qt::Key_Tab);
        }
        return names;
    }

    void writePair(QString *certPath, QString *keyPath, const QString &cname)
    {
        const tls::test::TestPki pki;
        const tls::test::TestKey key(tls::test::KeyKind::Rsa2048);
        tls::test::LeafOptions leaf;
        leaf.commonName = cname;
        leaf.dnsNames = {cname};
        const QString dir = qEnvironmentVariable("CW_TEST_TMPDIR", QDir::tempPath());
        *certPath = dir + QStringLiteral("/v2-cert.pem");
        *keyPath = dir + QStringLiteral("/v2-key.pem");
        for (const auto &[path, bytes] : {std::pair{*certPath, pki.leafPem(key, leaf)}, std::pair{*keyPath, key.pkcs8Pem()}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ui::WizardOperation *>(); // QSignalSpy records operationContinuesInBackground
        QVERIFY(m_sandbox.start());
        m_session = test::sandboxSession(m_sandbox, this).release();
        m_journal = std::make_unique<ops::Journal>(qEnvironmentVariable("CW_TEST_TMPDIR", QDir::tempPath()) + QStringLiteral("/journal"));
        m_runner = new ops::OperationRunner(m_session->connection(), m_journal.get(), nullptr, this);
        m_runner->setDefaultPollIntervalMs(100);
        m_backend = new ui::SessionBackend(m_session, m_runner, this);
    }

    void cleanup() { m_wizard.reset(); }

    // Seed aks-v2-ready has a Succeeded extension: it is reused (no extension PUT), shown
    // read-only, and only the compute is attached.
    void attachReusingTheReadyExtension()
    {
        openV2ClusterPage();
        pickCluster(QStringLiteral("aks-v2-ready"));
        auto *checks = widget<ui::FindingsList>(m_wizard.get(), "attachChecks");
        QTRY_VERIFY2_WITH_TIMEOUT(nextEnabled(m_wizard.get()), qPrintable(findingsText(checks)), kLoad);
        QVERIFY(widget<QLabel>(m_wizard.get(), "v2ExtensionStatus")->text().contains(QStringLiteral("reused")));
        QVERIFY(m_wizard->controller()->v2().reuseExtension);
        clickNext(m_wizard.get());
        QCOMPARE(m_wizard->currentId(), int(ui::V2ExtensionPageId));
        auto *reused = widget<QLabel>(m_wizard->currentPage(), "v2ExtensionReused");
        QVERIFY(reused->isVisible());
        QVERIFY2(reused->text().contains(QStringLiteral("inferenceRouterServiceType = loadBalancer")), qPrintable(reused->text()));
        QVERIFY(nextEnabled(m_wizard.get()));
        clickNext(m_wizard.get());
        nameCompute(QStringLiteral("v2-ready"));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        const QString az = widget<QPlainTextEdit>(m_wizard.get(), "exportAz")->toPlainText();
        QVERIFY2(az.contains(QStringLiteral("az ml compute attach")) && az.contains(QStringLiteral("--type Kubernetes")), qPrintable(az));
        QVERIFY2(!az.contains(QStringLiteral("az k8s-extension create")), qPrintable(az));
        QVERIFY(widget<QPlainTextEdit>(m_wizard.get(), "exportPython")->toPlainText().contains(QStringLiteral("KubernetesCompute(")));
        m_wizard->back();
        const int extensionPutsBefore = putsTo(QStringLiteral("/extensions/azureml"));
        toReviewAndRun();
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::FinishButton)->isEnabled(), kOperation);
        QVERIFY(widget<QLabel>(m_wizard.get(), "progressState")->text().contains(QStringLiteral("v2-ready")));
        const QJsonObject c = compute(QStringLiteral("v2-ready"));
        QCOMPARE(props(c).value(QStringLiteral("computeType")).toString(), QStringLiteral("Kubernetes"));
        QCOMPARE(props(c).value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(props(c).value(QStringLiteral("resourceId")).toString().toLower(), clusterPath(QStringLiteral("aks-v2-ready")).toLower());
        const QJsonObject k = props(c).value(QStringLiteral("properties")).toObject();
        QCOMPARE(k.value(QStringLiteral("namespace")).toString(), QStringLiteral("default"));
        QCOMPARE(k.value(QStringLiteral("defaultInstanceType")).toString(), QStringLiteral("defaultinstancetype"));
        QCOMPARE(putsTo(QStringLiteral("/extensions/azureml")), extensionPutsBefore); // reused, not sent
        QCOMPARE(putsTo(QStringLiteral("/computes/v2-ready")), 1);
        // Detach again: the screenshots attach aks-v2-ready too.
        const QString path = kWorkspacePath + QStringLiteral("/computes/v2-ready");
        QVERIFY(m_sandbox.arm("DELETE", path + QStringLiteral("?underlyingResourceAction=Detach&api-version=2022-10-01")).status < 300);
        QTRY_VERIFY_WITH_TIMEOUT(compute(QStringLiteral("v2-ready")).isEmpty(), kOperation);
    }

    // aks-gpu has no extension: it is installed (node port router, HTTPS with an uploaded
    // certificate as protected settings, HA on for production), then the compute is attached
    // with an instance type added from the keyboard.
    void installTheExtensionThenAttach()
    {
        QString certPath, keyPath;
        writePair(&certPath, &keyPath, QStringLiteral("scoring.contoso.com"));
        openV2ClusterPage();
        pickCluster(QStringLiteral("aks-gpu"));
        auto *checks = widget<ui::FindingsList>(m_wizard.get(), "attachChecks");
        QTRY_VERIFY2_WITH_TIMEOUT(nextEnabled(m_wizard.get()), qPrintable(findingsText(checks)), kLoad);
        QVERIFY(widget<QLabel>(m_wizard.get(), "v2ExtensionStatus")->text().contains(QStringLiteral("No Azure ML extension")));
        clickNext(m_wizard.get());
        QWizardPage *page = m_wizard->currentPage();
        QCOMPARE(m_wizard->currentId(), int(ui::V2ExtensionPageId));
        auto *router = widget<QComboBox>(page, "v2RouterType");
        router->setCurrentIndex(router->findData(QStringLiteral("nodePort")));
        QVERIFY(!widget<QCheckBox>(page, "v2InternalLoadBalancer")->isEnabled()); // only with loadBalancer
        QVERIFY(widget<QRadioButton>(page, "v2Https")->isChecked());
        QVERIFY(!nextEnabled(m_wizard.get())); // no certificate yet
        QTest::keyClicks(widget<QLineEdit>(page, "certPath"), certPath);
        QTest::keyClicks(widget<QLineEdit>(page, "keyPath"), keyPath);
        QTest::keyClicks(widget<QLineEdit>(page, "cname"), QStringLiteral("scoring.contoso.com"));
        auto *findings = widget<ui::FindingsList>(page, "v2ExtensionFindings");
        QTRY_VERIFY2_WITH_TIMEOUT(nextEnabled(m_wizard.get()), qPrintable(findingsText(findings)), kLoad);
        QVERIFY(widget<QLabel>(page, "v2RouterHa")->text().startsWith(QStringLiteral("on")));
        clickNext(m_wizard.get());

        nameCompute(QStringLiteral("v2-gpu"));
        page = m_wizard->currentPage();
        // A second instance type from the keyboard: Alt+A adds a row with its name cell current;
        // typing replaces the name, Right moves to the next cell.
        auto *table = widget<QTableWidget>(page, "v2InstanceTypes");
        QTest::keyClick(m_wizard->windowHandle(), Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(table->rowCount(), 2); // a mnemonic clicks the button animated, a moment later
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(table->currentRow(), 1);
        // Keys go to the window, which gives them to its focus widget: the table, then the
        // cell's editor the first key opened.
        QWindow *window = m_wizard->windowHandle();
        const auto typeCell = [window](const char *text) {
            for (const char *c = text; *c; ++c)
                QTest::keyClick(window, *c);
            QTest::keyClick(window, Qt::Key_Return);
        };
        typeCell("gpu");
        for (const char *cell : {"4", "4", "16Gi", "16Gi", "1"}) {
            QTest::keyClick(window, Qt::Key_Right);
            typeCell(cell);
        }
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("gpu"));
        QCOMPARE(table->item(1, 5)->text(), QStringLiteral("1"));
        // A request above its limit is refused while typing.
        table->item(1, 1)->setText(QStringLiteral("8"));
        QVERIFY(!nextEnabled(m_wizard.get()));
        table->item(1, 1)->setText(QStringLiteral("4"));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        const QString arm = widget<QPlainTextEdit>(m_wizard.get(), "exportArm")->toPlainText();
        QVERIFY2(arm.contains(QStringLiteral("\"sslKeyPemFile\": \"<redacted>\"")), qPrintable(arm));
        QVERIFY(!arm.contains(QStringLiteral("PRIVATE KEY")));
        const QString az = widget<QPlainTextEdit>(m_wizard.get(), "exportAz")->toPlainText();
        QVERIFY2(az.contains(QStringLiteral("az k8s-extension create")) && az.contains(QStringLiteral("inferenceRouterServiceType=nodePort")),
                 qPrintable(az));
        m_wizard->back();
        toReviewAndRun();
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->button(QWizard::FinishButton)->isEnabled(), kOperation);

        const QJsonObject e = props(extension(QStringLiteral("aks-gpu")));
        QCOMPARE(e.value(QStringLiteral("provisioningState")).toString(), QStringLiteral("Succeeded"));
        const QJsonObject settings = e.value(QStringLiteral("configurationSettings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("inferenceRouterServiceType")).toString(), QStringLiteral("nodePort"));
        QCOMPARE(settings.value(QStringLiteral("sslCname")).toString(), QStringLiteral("scoring.contoso.com"));
        QCOMPARE(settings.value(QStringLiteral("inferenceRouterHA")).toString(), QStringLiteral("True"));
        QCOMPARE(settings.value(QStringLiteral("enableInference")).toString(), QStringLiteral("True"));
        QVERIFY(!settings.contains(QStringLiteral("allowInsecureConnections")));
        QVERIFY(!settings.contains(QStringLiteral("sslKeyPemFile"))); // protected: never a plain setting
        QCOMPARE(putsTo(QStringLiteral("/managedClusters/aks-gpu/providers/Microsoft.KubernetesConfiguration/extensions/azureml")), 1);
        QCOMPARE(putsTo(QStringLiteral("/computes/v2-gpu")), 1);
        const QJsonObject k = props(compute(QStringLiteral("v2-gpu"))).value(QStringLiteral("properties")).toObject();
        const QJsonObject gpu = k.value(QStringLiteral("instanceTypes")).toObject().value(QStringLiteral("gpu")).toObject();
        const QJsonObject limits = gpu.value(QStringLiteral("resources")).toObject().value(QStringLiteral("limits")).toObject();
        QCOMPARE(limits.value(QStringLiteral("nvidia.com/gpu")).toString(), QStringLiteral("1"));
        QCOMPARE(limits.value(QStringLiteral("memory")).toString(), QStringLiteral("16Gi"));
        QCOMPARE(k.value(QStringLiteral("defaultInstanceType")).toString(), QStringLiteral("defaultinstancetype"));
    }

    // A failure the rules cannot see: the cluster's credentials are refused (403), so the v1
    // leftovers of aks-v1-leftovers are not looked for (a warning says so, nothing blocks); the
    // extension's health check then fails with E45004/E45005, and the progress page shows its
    // status messages and offers to go back to the cluster. Nothing is attached.
    void failedHealthCheckIsShown()
    {
        const QJsonDocument fault = m_sandbox.control(
            "POST", QStringLiteral("/_sandbox/faults"),
            QJsonDocument(QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                                      {QStringLiteral("path"), QStringLiteral(".*aks-v1-leftovers/listClusterUserCredential.*")},
                                      {QStringLiteral("kind"), QStringLiteral("status")},
                                      {QStringLiteral("status"), 403},
                                      {QStringLiteral("count"), -1}}));
        const auto clearFaults = qScopeGuard([this] { m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults")); });
        QVERIFY2(fault.object().contains(QStringLiteral("id")), fault.toJson().constData());
        openV2ClusterPage();
        QTest::mouseClick(widget<QRadioButton>(m_wizard.get(), "attachPurposeDevTest"), Qt::LeftButton, {}, QPoint(4, 4));
        pickCluster(QStringLiteral("aks-v1-leftovers"));
        auto *checks = widget<ui::FindingsList>(m_wizard.get(), "attachChecks");
        QTRY_VERIFY2_WITH_TIMEOUT(nextEnabled(m_wizard.get()), qPrintable(findingsText(checks)), kLoad);
        QVERIFY2(findingsText(checks).contains(QStringLiteral("were not looked for")), qPrintable(findingsText(checks)));
        clickNext(m_wizard.get());
        QWizardPage *page = m_wizard->currentPage();
        auto *router = widget<QComboBox>(page, "v2RouterType");
        router->setCurrentIndex(router->findData(QStringLiteral("nodePort")));
        QTest::mouseClick(widget<QRadioButton>(page, "v2Http"), Qt::LeftButton, {}, QPoint(4, 4));
        QVERIFY(widget<QLabel>(page, "v2HttpWarning")->isVisible());
        QTRY_VERIFY2_WITH_TIMEOUT(nextEnabled(m_wizard.get()),
                                  qPrintable(findingsText(widget<ui::FindingsList>(page, "v2ExtensionFindings"))), kLoad);
        clickNext(m_wizard.get());
        nameCompute(QStringLiteral("v2-failing"));
        toReviewAndRun();
        QTRY_VERIFY_WITH_TIMEOUT(widget<QPushButton>(m_wizard.get(), "fixAndRetry")->isVisible(), kOperation);
        const QString errors = widget<QLabel>(m_wizard.get(), "progressErrors")->text();
        QVERIFY2(errors.contains(QStringLiteral("E45004")) && errors.contains(QStringLiteral("E45005")), qPrintable(errors));
        QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(compute(QStringLiteral("v2-failing")).isEmpty());
        QCOMPARE(props(extension(QStringLiteral("aks-v1-leftovers"))).value(QStringLiteral("provisioningState")).toString(),
                 QStringLiteral("Failed"));
        QCOMPARE(putsTo(QStringLiteral("/computes/v2-failing")), 0);
        shootOne(QStringLiteral("6-progress-failed"), QStringLiteral("en"), QStringLiteral("light"));
        QTest::mouseClick(widget<QPushButton>(m_wizard.get(), "fixAndRetry"), Qt::LeftButton);
        QTRY_COMPARE(m_wizard->currentId(), int(ui::ClusterPageId)); // the leftovers are the cluster's
    }

    // Dev-test purpose turns the router's HA off (aks-small has 2 nodes: HA on would fail E40002,
    // and the rules say so first); "Run in background" closes the wizard while the extension
    // installs, and the operation goes on to the attached compute.
    void devTestInBackground()
    {
        openV2ClusterPage();
        pickCluster(QStringLiteral("aks-small"));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        QWizardPage *page = m_wizard->currentPage();
        auto *router = widget<QComboBox>(page, "v2RouterType");
        router->setCurrentIndex(router->findData(QStringLiteral("nodePort")));
        QTest::mouseClick(widget<QRadioButton>(page, "v2Http"), Qt::LeftButton, {}, QPoint(4, 4));
        // Production: 3 router replicas on 2 nodes is refused before anything is sent.
        auto *findings = widget<ui::FindingsList>(page, "v2ExtensionFindings");
        QTRY_VERIFY(findings->countOf(QStringLiteral("fail")) > 0);
        QVERIFY(findingsText(findings).contains(QStringLiteral("E40002")));
        QVERIFY(!nextEnabled(m_wizard.get()));
        m_wizard->back();
        QTest::mouseClick(widget<QRadioButton>(m_wizard.get(), "attachPurposeDevTest"), Qt::LeftButton, {}, QPoint(4, 4));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        QVERIFY(widget<QLabel>(m_wizard->currentPage(), "v2RouterHa")->text().startsWith(QStringLiteral("off")));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        nameCompute(QStringLiteral("v2-devtest"));
        QSignalSpy background(m_wizard.get(), &ui::ComputeWizard::operationContinuesInBackground);
        toReviewAndRun();
        QTest::mouseClick(widget<QPushButton>(m_wizard.get(), "runInBackground"), Qt::LeftButton);
        QCOMPARE(background.count(), 1);
        QPointer<ui::WizardOperation> operation = background.first().first().value<ui::WizardOperation *>();
        QVERIFY(operation);
        m_wizard.reset(); // the wizard is gone; the install and the attach go on
        QTRY_VERIFY_WITH_TIMEOUT(operation && operation->isFinished(), kOperation);
        QVERIFY(operation->succeeded());
        const QJsonObject settings = props(extension(QStringLiteral("aks-small"))).value(QStringLiteral("configurationSettings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("inferenceRouterHA")).toString(), QStringLiteral("False"));
        QCOMPARE(settings.value(QStringLiteral("allowInsecureConnections")).toString(), QStringLiteral("True"));
        QCOMPARE(props(compute(QStringLiteral("v2-devtest"))).value(QStringLiteral("provisioningState")).toString(),
                 QStringLiteral("Succeeded"));
    }

    // Tab reaches every field of the new pages (and the mode page's third choice).
    void keyboardReachesEveryField()
    {
        openV2ClusterPage();
        m_wizard->back();
        const QStringList mode = tabOrder(m_wizard.get(), m_wizard->currentPage(), widget<QWidget>(m_wizard.get(), "modeAttachV2"));
        QVERIFY2(mode.contains(QStringLiteral("modeAttachV2")), qPrintable(mode.join(QLatin1Char(' '))));
        clickNext(m_wizard.get());
        pickCluster(QStringLiteral("aks-standard-lb"));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        QWizardPage *page = m_wizard->currentPage();
        const QStringList extension = tabOrder(m_wizard.get(), page, widget<QWidget>(page, "v2Training"));
        for (const char *name : {"v2Training", "v2RouterType", "v2InternalLoadBalancer", "v2Https", "certPath", "keyPath", "cname", "v2NodeSelector"})
            QVERIFY2(extension.contains(QLatin1String(name)), qPrintable(QLatin1String(name) + QStringLiteral(" not in ") + extension.join(QLatin1Char(' '))));
        QTest::mouseClick(widget<QRadioButton>(page, "v2Http"), Qt::LeftButton, {}, QPoint(4, 4));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(m_wizard.get()), kLoad);
        clickNext(m_wizard.get());
        page = m_wizard->currentPage();
        const QStringList compute = tabOrder(m_wizard.get(), page, widget<QWidget>(page, "v2ComputeName"));
        for (const char *name : {"v2ComputeName", "v2Namespace", "v2InstanceTypes", "v2AddInstanceType", "v2RemoveInstanceType", "v2DefaultInstanceType"})
            QVERIFY2(compute.contains(QLatin1String(name)), qPrintable(QLatin1String(name) + QStringLiteral(" not in ") + compute.join(QLatin1Char(' '))));
        // A namespace that is not a Kubernetes name is refused.
        auto *ns = widget<QLineEdit>(page, "v2Namespace");
        QTest::keyClicks(widget<QLineEdit>(page, "v2ComputeName"), QStringLiteral("v2-keys"));
        ns->setText(QStringLiteral("Not_A_Namespace"));
        QVERIFY(!nextEnabled(m_wizard.get()));
        ns->setText(QStringLiteral("team-a"));
        QTRY_VERIFY(nextEnabled(m_wizard.get()));
    }

    // Screenshots of each new page (wizard-v2-*-<language>-<palette>.png), last: sets the style.
    void zzScreenshots_data();
    void zzScreenshots();

private:
    void shootOne(const QString &page, const QString &language, const QString &palette);
};

#include "tst_wizard_v2_screenshots.inc"

QTEST_MAIN(TestWizardV2)
#include "tst_wizard_v2.moc"
