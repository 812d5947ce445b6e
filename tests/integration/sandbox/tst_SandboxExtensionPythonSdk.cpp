// The official Azure SDK for Python (python3-azure's azure.mgmt.kubernetesconfiguration,
// api-version 2022-03-01), unmodified, creates, reads, updates and deletes the Azure ML extension
// on a sandbox cluster and sees a failed health check (azure_sdk_extension.py).
#include "SandboxTestUtil.h"
#include "support/OutsideJudge.h"

#include <QFileInfo>
#include <QProcess>

using namespace cw::test;

class TestSandboxExtensionPythonSdk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kubernetesConfigurationSdk();
};

void TestSandboxExtensionPythonSdk::kubernetesConfigurationSdk()
{
    const QString python = QStringLiteral("/usr/bin/python3");
    CW_REQUIRE_OUTSIDE_JUDGE(QFileInfo::exists(python), QStringLiteral("python3"));
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import azure.mgmt.kubernetesconfiguration.v2022_03_01, azure.identity")});
    probe.waitForFinished(60000);
    CW_REQUIRE_OUTSIDE_JUDGE(probe.exitCode() == 0, QStringLiteral("python3-azure (azure.mgmt.kubernetesconfiguration)"));

    SandboxProcess sbx;
    QVERIFY(sbx.start({QStringLiteral("--fresh")}));
    const SandboxProcess::ScriptRun script = sbx.runSdkScript(python, QStringLiteral("azure_sdk_extension.py"));
    const QByteArray &output = script.output;
    qInfo().noquote() << output;
    QCOMPARE(script.exitCode, 0);
    QVERIFY(output.contains("all extension SDK checks passed"));
    // The SDK went through the long-running protocol: PUTs, status polls, a PATCH and DELETEs.
    QVERIFY(sbx.countRequests("PUT", QStringLiteral("/extensions/azureml$")) == 2);
    QVERIFY(sbx.countRequests("GET", QStringLiteral("/extensions/azureml/operations/")) >= 4);
    QVERIFY(sbx.countRequests("PATCH", QStringLiteral("/extensions/azureml$")) == 1);
    QVERIFY(sbx.countRequests("DELETE", QStringLiteral("/extensions/azureml$")) == 2);
}

QTEST_GUILESS_MAIN(TestSandboxExtensionPythonSdk)
#include "tst_SandboxExtensionPythonSdk.moc"
