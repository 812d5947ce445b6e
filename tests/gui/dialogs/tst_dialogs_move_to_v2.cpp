// "Move to v2…" when the move fails, through the real dialog against the sandbox (issue 15, item
// 4): the preflight read live (MoveToV2Check) lets the seeded TLS cluster move; the extension's
// install then fails in the service (a fault injected in the sandbox), and the dialog shows the
// record's words, the state the cluster is left in and the way back, and offers "Attach back as
// v1", which attaches tls-prod again as a v1 compute with the same certificate.
#include <QSignalSpy>
#include <QTest>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

#include "../clusters/SandboxFacts.h"
#include "clusters/MoveToV2Check.h"
#include "dialogs/MoveToV2Dialog.h"
#include "ops/OperationRunner.h"
#include "session/Session.h"
#include "support/SandboxSession.h"

using namespace cw;

class TestMoveToV2Dialog : public QObject
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

    void aFailedMoveShowsTheStateAndAttachesBack()
    {
        const WorkspaceRef ws{.cloud = m_ops->runner->cloudName(), .subscriptionId = m_sandbox.endpoint().subscriptionId,
                              .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo")};
        ui::MoveToV2Dialog dialog(m_ops->runner.get(), ws, QStringLiteral("tls-prod"));
        dialog.show();
        // The preflight as the main window gets it.
        ui::MoveToV2Check check(m_ops->session.get(), ws, QStringLiteral("tls-prod"));
        QSignalSpy checked(&check, &ui::MoveToV2Check::finished);
        check.start(QStringLiteral("/subscriptions/%1/resourceGroups/rg-ml/providers/Microsoft.ContainerService/managedClusters/tls-prod-aks")
                        .arg(m_sandbox.endpoint().subscriptionId));
        QVERIFY(checked.wait(30000));
        QVERIFY2(check.findings().has_value(), qPrintable(check.error()));
        QVERIFY(!rules::hasErrors(*check.findings()));
        QCOMPARE(check.carriedOver().setting("sslCname"), QStringLiteral("www.contoso.com"));
        dialog.setCarriedOver(check.carriedOver().settings);
        dialog.setPreflight(*check.findings());

        // The extension's install fails in the service (its health check, as Azure reports it).
        m_sandbox.control("POST", QStringLiteral("/_sandbox/operations/fail-next"),
                          QJsonDocument(QJsonObject{
                              {QStringLiteral("path"), QStringLiteral("extensions/azureml$")},
                              {QStringLiteral("errors"), QJsonArray{QJsonObject{
                                   {QStringLiteral("code"), QStringLiteral("ExtensionOperationFailed")},
                                   {QStringLiteral("message"), QStringLiteral("The Azure ML extension's health check failed. E40007: "
                                                                              "the certificate chain could not be verified.")}}}}}));
        QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("tls-prod"));
        QVERIFY(dialog.moveButton()->isEnabled());
        QTest::mouseClick(dialog.moveButton(), Qt::LeftButton);
        const QString id = dialog.operationId();
        QVERIFY(!id.isEmpty());
        const ops::OperationRecord failed = test::waitForFinish(m_ops->runner.get(), id, 180000);
        QCOMPARE(failed.state, ops::OperationState::Failed);
        // The record's words: the state, then the way back; and the button for it.
        QTRY_VERIFY(dialog.message().startsWith(failed.error));
        QVERIFY2(dialog.message().contains(QStringLiteral("v1 compute 'tls-prod' detached, legacy components deleted, extension failed"))
                     && dialog.message().contains(QStringLiteral("E40007")),
                 qPrintable(dialog.message()));
        QVERIFY2(dialog.message().contains(QStringLiteral("Way back")), qPrintable(dialog.message()));
        QVERIFY(dialog.attachBackButton()->isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("resumeMoveToV2"))->isVisible());
        QCOMPARE(test::sandboxCompute(m_sandbox, QStringLiteral("tls-prod")), QJsonObject()); // detached
        if (const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("move-to-v2-failed-en.png"))));

        QTest::mouseClick(dialog.attachBackButton(), Qt::LeftButton);
        QVERIFY(!dialog.attachBackButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.message() == QStringLiteral("tls-prod is attached again as a v1 AKS compute."), 120000);
        const QJsonObject props = test::sandboxCompute(m_sandbox, QStringLiteral("tls-prod")).value(QStringLiteral("properties")).toObject();
        QCOMPARE(props.value(QStringLiteral("computeType")).toString(), QStringLiteral("AKS"));
        const QJsonObject ssl = props.value(QStringLiteral("properties")).toObject().value(QStringLiteral("sslConfiguration")).toObject();
        QCOMPARE(ssl.value(QStringLiteral("status")).toString(), QStringLiteral("Enabled"));
        QCOMPARE(ssl.value(QStringLiteral("cname")).toString(), QStringLiteral("www.contoso.com"));
        if (const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("move-to-v2-attached-back-en.png"))));
    }
};

QTEST_MAIN(TestMoveToV2Dialog)
#include "tst_dialogs_move_to_v2.moc"
