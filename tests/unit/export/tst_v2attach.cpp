// export/V2AttachExport: the az commands, the Python SDK v2 code and the two ARM requests of an
// Azure ML v2 attach; protected settings never appear; a reused extension is not installed. The
// Python text is also checked to be Python (python3's ast module) when python3 is there.
#include "export/V2AttachExport.h"
#include "support/OutsideJudge.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace cw;

namespace {
exporting::V2AttachExportInput input()
{
    exporting::V2AttachExportInput in;
    in.workspace = {.subscriptionId = QStringLiteral("00000000-0000-4000-8000-000000000001"),
                    .resourceGroup = QStringLiteral("rg-ml"), .workspace = QStringLiteral("ws-demo"),
                    .location = QStringLiteral("westeurope")};
    in.clusterId = QStringLiteral("/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-aks/providers/"
                                  "Microsoft.ContainerService/managedClusters/aks-gpu");
    in.extension.settings = {{QStringLiteral("enableInference"), QStringLiteral("True")},
                             {QStringLiteral("inferenceRouterServiceType"), QStringLiteral("nodePort")},
                             {QStringLiteral("sslCname"), QStringLiteral("scoring.contoso.com")}};
    in.extension.protectedSettings = {{QStringLiteral("sslCertPemFile"), QStringLiteral("-----BEGIN CERTIFICATE-----SECRETCERT")},
                                      {QStringLiteral("sslKeyPemFile"), QStringLiteral("-----BEGIN PRIVATE KEY-----SECRETKEY")}};
    in.compute.name = QStringLiteral("v2-gpu");
    in.compute.clusterId = in.clusterId;
    in.compute.location = QStringLiteral("westeurope");
    azure::InstanceType gpu;
    gpu.name = QStringLiteral("gpu");
    gpu.requests = {{QStringLiteral("cpu"), QStringLiteral("4")}, {QStringLiteral("nvidia.com/gpu"), QStringLiteral("1")}};
    gpu.limits = gpu.requests;
    in.compute.instanceTypes = {gpu};
    in.compute.defaultInstanceType = QStringLiteral("gpu");
    return in;
}
} // namespace

class TestV2AttachExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secretsNeverWrittenOut()
    {
        const auto in = input();
        for (const QString &text : {exporting::v2AzCommands(in), exporting::v2PythonSdk(in), exporting::v2ArmRequests(in)}) {
            QVERIFY2(!text.contains(QStringLiteral("SECRET")), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("BEGIN PRIVATE KEY")));
        }
        const QString arm = exporting::v2ArmRequests(in);
        QVERIFY2(arm.contains(QStringLiteral("\"sslKeyPemFile\": \"<redacted>\"")), qPrintable(arm));
    }

    void installThenAttach()
    {
        const auto in = input();
        const QString az = exporting::v2AzCommands(in);
        QVERIFY2(az.contains(QStringLiteral("az k8s-extension create")), qPrintable(az));
        QVERIFY(az.contains(QStringLiteral("--cluster-name aks-gpu")));
        QVERIFY(az.contains(QStringLiteral("--resource-group rg-aks")));
        QVERIFY(az.contains(QStringLiteral("inferenceRouterServiceType=nodePort")));
        QVERIFY(az.contains(QStringLiteral("\"sslKeyPemFile=$(cat key.pem)\"")));
        QVERIFY(az.indexOf(QStringLiteral("az k8s-extension create")) < az.indexOf(QStringLiteral("az ml compute attach")));
        QVERIFY(az.contains(QStringLiteral("--type Kubernetes")));
        QVERIFY(az.contains(QStringLiteral("--namespace default")));
        const QString arm = exporting::v2ArmRequests(in);
        const qsizetype extPut = arm.indexOf(QStringLiteral("PUT https://management.azure.com/subscriptions/"));
        QVERIFY(arm.indexOf(QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions/azureml?api-version=2022-11-01")) > extPut);
        QVERIFY(arm.contains(QStringLiteral("/workspaces/ws-demo/computes/v2-gpu?api-version=2022-10-01")));
        QVERIFY(arm.contains(QStringLiteral("\"computeType\": \"Kubernetes\"")));
        const QString py = exporting::v2PythonSdk(in);
        QVERIFY(py.contains(QStringLiteral("KubernetesCompute(")));
        QVERIFY(py.contains(QStringLiteral("ml_client.compute.begin_create_or_update(compute)")));
        QVERIFY(py.contains(QStringLiteral("k8s.extensions.begin_create(")));
    }

    void reusedExtensionIsNotInstalled()
    {
        auto in = input();
        in.reuseExtension = true;
        QVERIFY(!exporting::v2AzCommands(in).contains(QStringLiteral("az k8s-extension create")));
        QVERIFY(!exporting::v2ArmRequests(in).contains(QStringLiteral("KubernetesConfiguration/extensions/azureml?")));
        QVERIFY(!exporting::v2PythonSdk(in).contains(QStringLiteral("begin_create(")));
    }

    void pythonParses()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        CW_REQUIRE_OUTSIDE_JUDGE(!python.isEmpty(), QStringLiteral("python3"));
        for (bool reuse : {false, true}) {
            auto in = input();
            in.reuseExtension = reuse;
            QProcess p;
            p.start(python, {QStringLiteral("-c"), QStringLiteral("import ast,sys; ast.parse(sys.stdin.read())")});
            QVERIFY(p.waitForStarted());
            p.write(exporting::v2PythonSdk(in).toUtf8());
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(20000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestV2AttachExport)
#include "tst_v2attach.moc"
