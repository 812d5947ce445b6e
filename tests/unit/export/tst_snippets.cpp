// Python SDK v1 and az CLI exports: golden strings for representative paths, quoting of odd
// values, and honesty about what `az ... attach aks` cannot express.
#include "WizardPaths.h"
#include "export/AzCliExport.h"
#include "export/PythonSdkExport.h"
#include "export/Quoting.h"

#include <QTest>

using namespace cw;

namespace {
rules::ComputeSpec path(const QString &name)
{
    for (const auto &[n, s] : testdata::wizardPaths()) {
        if (n == name)
            return s;
    }
    qFatal("no wizard path %s", qPrintable(name));
}
} // namespace

class TestSnippets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shellQuote_data();
    void shellQuote();
    void pythonString_data();
    void pythonString();
    void pythonCreateIlbGolden();
    void pythonAttachTlsGolden();
    void azCreateNetworkingGolden();
    void azAttachTlsGolden();
    void azLeafOverwriteFlag();
    void oddValuesAreQuoted();
};

void TestSnippets::shellQuote_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("rg-ml") << QStringLiteral("rg-ml");
    QTest::newRow("resource id") << testdata::kClusterId << testdata::kClusterId;
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("space") << QStringLiteral("my group") << QStringLiteral("'my group'");
    QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("dollar") << QStringLiteral("$HOME") << QStringLiteral("'$HOME'");
    QTest::newRow("backtick") << QStringLiteral("a`b`") << QStringLiteral("'a`b`'");
    QTest::newRow("parens") << QStringLiteral("rg(1)") << QStringLiteral("'rg(1)'");
    QTest::newRow("non-ascii") << QStringLiteral("gruppo-è") << QStringLiteral("'gruppo-è'");
}

void TestSnippets::shellQuote()
{
    QFETCH(QString, value);
    QFETCH(QString, quoted);
    QCOMPARE(exporting::shellQuote(value), quoted);
}

void TestSnippets::pythonString_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("literal");
    QTest::newRow("plain") << QStringLiteral("myaks") << QStringLiteral("'myaks'");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it\\'s'");
    QTest::newRow("double quote") << QStringLiteral("a\"b") << QStringLiteral("'a\"b'");
    QTest::newRow("backslash") << QStringLiteral("C:\\certs\\cert.pem") << QStringLiteral("'C:\\\\certs\\\\cert.pem'");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("'a\\nb'");
    QTest::newRow("control") << QString(QChar(0x01)) << QStringLiteral("'\\x01'");
    QTest::newRow("unicode kept") << QStringLiteral("caffè") << QStringLiteral("'caffè'");
    QTest::newRow("line separator") << QString(QChar(0x2028)) << QStringLiteral("'\\u2028'");
}

void TestSnippets::pythonString()
{
    QFETCH(QString, value);
    QFETCH(QString, literal);
    QCOMPARE(exporting::pythonString(value), literal);
}

void TestSnippets::pythonCreateIlbGolden()
{
    const QString expected = QStringLiteral(R"(from azureml.core import Workspace
from azureml.core.compute import AksCompute, ComputeTarget

ws = Workspace(subscription_id='00000000-0000-4000-8000-000000000001',
               resource_group='rg-ml',
               workspace_name='ws-demo')

prov_config = AksCompute.provisioning_configuration(
    agent_count=3,
    vm_size='Standard_D3_v2',
    location='westeurope',
    cluster_purpose=AksCompute.ClusterPurpose.FAST_PROD,
    vnet_name='mynetwork',
    vnet_resourcegroup_name='mygroup',
    subnet_name='default',
    service_cidr='10.0.0.0/16',
    dns_service_ip='10.0.0.10',
    docker_bridge_cidr='172.17.0.1/16',
    load_balancer_type='InternalLoadBalancer',
    load_balancer_subnet='default')

aks_target = ComputeTarget.create(workspace=ws,
                                  name='myaks',
                                  provisioning_configuration=prov_config)

# Wait for the operation to complete
aks_target.wait_for_completion(show_output=True)
)");
    QCOMPARE(exporting::pythonSdkV1(path(QStringLiteral("create-ilb"))), expected);
}

void TestSnippets::pythonAttachTlsGolden()
{
    const QString expected = QStringLiteral(R"(from azureml.core import Workspace
from azureml.core.compute import AksCompute, ComputeTarget

ws = Workspace(subscription_id='00000000-0000-4000-8000-000000000001',
               resource_group='rg-ml',
               workspace_name='ws-demo')

attach_config = AksCompute.attach_configuration(
    resource_group='rg-aks',
    cluster_name='aks-plain',
    cluster_purpose=AksCompute.ClusterPurpose.DEV_TEST)

# Custom certificate: point the DNS record of the CNAME at the scoring endpoint's IP
attach_config.enable_ssl(ssl_cert_pem_file='cert.pem',
                         ssl_key_pem_file='key.pem', ssl_cname='www.contoso.com')

aks_target = ComputeTarget.attach(ws, 'myaks-tls', attach_config)

# Wait for the operation to complete
aks_target.wait_for_completion(show_output=True)
)");
    QCOMPARE(exporting::pythonSdkV1(path(QStringLiteral("attach-tls"))), expected);
}

void TestSnippets::azCreateNetworkingGolden()
{
    const QString expected = QStringLiteral(R"(az account set --subscription 00000000-0000-4000-8000-000000000001
az ml computetarget create aks \
    --name myaks \
    --resource-group rg-ml \
    --workspace-name ws-demo \
    --location westeurope \
    --agent-count 3 \
    --vm-size Standard_D3_v2 \
    --cluster-purpose FastProd \
    --vnet-name mynetwork \
    --vnet-resourcegroup-name mygroup \
    --subnet-name default \
    --service-cidr 10.0.0.0/16 \
    --dns-service-ip 10.0.0.10 \
    --docker-bridge-cidr 172.17.0.1/16
)");
    QCOMPARE(exporting::azCommand(path(QStringLiteral("create-networking"))), expected);
}

void TestSnippets::azAttachTlsGolden()
{
    const QString expected = QStringLiteral(R"(az account set --subscription 00000000-0000-4000-8000-000000000001
# This command cannot set: cluster purpose DevTest, TLS.
# Use the Python SDK code or the ARM request for these settings.
az ml computetarget attach aks \
    --name myaks-tls \
    --compute-resource-id /subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-plain \
    --resource-group rg-ml \
    --workspace-name ws-demo
)");
    QCOMPARE(exporting::azCommand(path(QStringLiteral("attach-tls"))), expected);
    QVERIFY(!exporting::azCommand(path(QStringLiteral("attach"))).contains(QLatin1String("cannot set")));
}

void TestSnippets::azLeafOverwriteFlag()
{
    const QString leaf = exporting::azCommand(path(QStringLiteral("create-leaf")));
    QVERIFY(leaf.contains(QLatin1String("--ssl-leaf-domain-label contoso \\\n    --ssl-overwrite-existing-domain\n")));
    const QString cert = exporting::azCommand(path(QStringLiteral("create-custom-cert")));
    QVERIFY(cert.contains(QLatin1String("--ssl-cert-file cert.pem")));
    QVERIFY(cert.contains(QLatin1String("--ssl-key-file key.pem")));
    QVERIFY(!cert.contains(QLatin1String("PRIVATE KEY"))); // key files are referenced, never inlined
    QVERIFY(!exporting::pythonSdkV1(path(QStringLiteral("create-custom-cert"))).contains(QLatin1String("PRIVATE KEY")));
}

void TestSnippets::oddValuesAreQuoted()
{
    rules::ComputeSpec s = path(QStringLiteral("create-prod"));
    s.workspace.resourceGroup = QStringLiteral("rg 'ml'");
    s.workspace.workspace = QStringLiteral("ws$1");
    QVERIFY(exporting::azCommand(s).contains(QLatin1String("--resource-group 'rg '\\''ml'\\''' \\")));
    QVERIFY(exporting::azCommand(s).contains(QLatin1String("--workspace-name 'ws$1' \\")));
    QVERIFY(exporting::pythonSdkV1(s).contains(QLatin1String("resource_group='rg \\'ml\\''")));
}

QTEST_GUILESS_MAIN(TestSnippets)
#include "tst_snippets.moc"
