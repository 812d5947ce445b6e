// cli::checkKubernetesAttach and cli::extensionInstallCommand on hand-made facts: the extension
// states the seeds do not have (installing, several extensions, not read), the install command's choices
// (router service type by load balancer, router HA by nodes and purpose, the extension's name),
// and the CLI's instance types read as the wizard's table.
#include <QTest>

#include "cli/V2AttachCheck.h"

using namespace Qt::StringLiterals;
using namespace cw;

namespace {

const QString kCluster = u"/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c"_s;

rules::V2ClusterFacts facts(int nodes = 3, const QString &loadBalancerSku = u"standard"_s)
{
    rules::V2ClusterFacts f;
    f.clusterId = kCluster;
    f.clusterName = u"c"_s;
    f.identity = rules::ClusterIdentityKind::SystemAssigned;
    f.loadBalancerSku = loadBalancerSku;
    f.subscription = f.workspaceSubscription = u"s"_s;
    f.nodePools = {{u"nodepool1"_s, nodes, u"Standard_D3_v2"_s, u"Linux"_s, 4, 14}};
    f.legacyComponents = QList<rules::LegacyComponentFact>{};
    return f;
}

rules::ExtensionFact azureMl(const QString &name, const QString &state)
{
    return {name, u"Microsoft.AzureML.Kubernetes"_s, state, u"1.1.62"_s, {}};
}

azure::KubernetesComputeSpec spec(const QList<azure::InstanceType> &types = {}, const QString &defaultType = {})
{
    azure::KubernetesComputeSpec s;
    s.name = u"k8s-one"_s;
    s.clusterId = kCluster;
    s.instanceTypes = types;
    s.defaultInstanceType = defaultType;
    return s;
}

QStringList codesOf(const rules::Findings &findings)
{
    QStringList out;
    for (const rules::Finding &f : findings)
        out << f.code;
    return out;
}

} // namespace

class TestV2AttachCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void succeededExtensionIsUsedWhateverElseIsThere()
    {
        rules::V2ClusterFacts f = facts();
        f.extensions = {azureMl(u"old"_s, u"Failed"_s), {u"azureml"_s, u"Other.Type"_s, u"Succeeded"_s, {}, {}},
                        azureMl(u"ml"_s, u"Succeeded"_s)};
        const rules::Findings findings = cli::checkKubernetesAttach(spec(), f, {}, rules::ClusterPurpose::FastProd);
        QVERIFY(!rules::hasErrors(findings));
        QCOMPARE(codesOf(findings), (QStringList{u"v2.attach.extension"_s, u"instanceTypes.none"_s}));
        QVERIFY(findings.first().message.contains(u"ml (version 1.1.62)"_s));
    }

    void installingExtensionRefusesWithTheShowCommand()
    {
        rules::V2ClusterFacts f = facts();
        f.extensions = {azureMl(u"azureml"_s, u"Creating"_s)};
        const rules::Findings findings = cli::checkKubernetesAttach(spec(), f, {}, rules::ClusterPurpose::FastProd);
        QCOMPARE(codesOf(findings), (QStringList{u"v2.extension.busy"_s, u"v2.attach.extensionNotSucceeded"_s, u"instanceTypes.none"_s}));
        QVERIFY(findings.at(1).message.contains(u"`clusterwright-cli extension show --cluster "_s + kCluster + u'`'));
    }

    void noExtensionRefusesWithTheInstallCommand()
    {
        const rules::Findings findings = cli::checkKubernetesAttach(spec(), facts(), {u"K8S-ONE"_s}, rules::ClusterPurpose::FastProd);
        QCOMPARE(codesOf(findings), (QStringList{u"v2.attach.noExtension"_s, u"name.taken"_s, u"instanceTypes.none"_s}));
        QVERIFY(findings.first().message.contains(u'`' + cli::extensionInstallCommand(facts(), rules::ClusterPurpose::FastProd) + u'`'));
    }

    void extensionsNotReadAreAWarning()
    {
        const rules::Findings findings = cli::checkKubernetesAttach(spec(), facts(), {}, rules::ClusterPurpose::FastProd, false);
        QVERIFY(!rules::hasErrors(findings));
        QCOMPARE(codesOf(findings), (QStringList{u"v2.attach.extensionNotChecked"_s, u"instanceTypes.none"_s}));
    }

    void installCommandFitsTheCluster()
    {
        const QString head = u"clusterwright-cli extension install --cluster "_s + kCluster + u" --config enableInference=True"_s;
        const QString tls = u" --config sslCname=SCORING.DOMAIN --config-protected sslCertPemFile=@cert.pem "
                            "--config-protected sslKeyPemFile=@key.pem"_s;
        QCOMPARE(cli::extensionInstallCommand(facts(), rules::ClusterPurpose::FastProd),
                 head + u" --config inferenceRouterServiceType=loadBalancer"_s + tls);
        QCOMPARE(cli::extensionInstallCommand(facts(), rules::ClusterPurpose::DevTest),
                 head + u" --config inferenceRouterServiceType=loadBalancer --config inferenceRouterHA=False"_s + tls);
        QCOMPARE(cli::extensionInstallCommand(facts(2, u"basic"_s), rules::ClusterPurpose::FastProd),
                 head + u" --config inferenceRouterServiceType=nodePort --config inferenceRouterHA=False"_s + tls);
        rules::V2ClusterFacts named = facts();
        named.extensionName = u"ml"_s;
        QVERIFY(cli::extensionInstallCommand(named, rules::ClusterPurpose::FastProd).contains(u"c --name ml --config"_s));
    }

    void instanceTypesAreReadAsTheWizardsTable()
    {
        rules::V2ClusterFacts f = facts();
        f.extensions = {azureMl(u"azureml"_s, u"Succeeded"_s)};
        // Limits left out are the requests (KubernetesOptions): a bad quantity is said once.
        azure::InstanceType bad{u"t"_s, {}, {{u"cpu"_s, u"1"_s}, {u"memory"_s, u"lots"_s}}, {{u"cpu"_s, u"1"_s}, {u"memory"_s, u"lots"_s}}};
        rules::Findings findings = cli::checkKubernetesAttach(spec({bad}, u"t"_s), f, {}, rules::ClusterPurpose::FastProd);
        QCOMPARE(codesOf(findings), (QStringList{u"v2.attach.extension"_s, u"instanceType.quantity"_s}));
        QCOMPARE(findings.last().field, u"instanceTypes[0].memoryRequest"_s);
        // A GPU count given as a limit only, and a node selector.
        azure::InstanceType gpu{u"gpu"_s, {{u"accelerator"_s, u"nvidia"_s}}, {{u"cpu"_s, u"4"_s}, {u"memory"_s, u"16Gi"_s}},
                                {{u"cpu"_s, u"4"_s}, {u"memory"_s, u"16Gi"_s}, {u"nvidia.com/gpu"_s, u"0.5"_s}}};
        findings = cli::checkKubernetesAttach(spec({gpu}, u"gpu"_s), f, {}, rules::ClusterPurpose::FastProd);
        QCOMPARE(codesOf(findings), (QStringList{u"v2.attach.extension"_s, u"instanceType.gpu"_s}));
        gpu.nodeSelector = {{u"bad label!"_s, u"x"_s}};
        gpu.limits[u"nvidia.com/gpu"_s] = u"1"_s;
        findings = cli::checkKubernetesAttach(spec({gpu}, u"gpu"_s), f, {}, rules::ClusterPurpose::FastProd);
        QCOMPARE(codesOf(findings), (QStringList{u"v2.attach.extension"_s, u"instanceType.nodeSelector"_s}));
    }
};

QTEST_GUILESS_MAIN(TestV2AttachCheck)
#include "tst_v2attachcheck.moc"
