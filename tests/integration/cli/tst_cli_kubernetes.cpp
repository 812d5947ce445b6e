// clusterwright-cli and Azure ML v2 Kubernetes computes against a sandbox process: `attach
// --kubernetes` (the request it sends, its exit codes: 0 attached, 2 for what cannot be read, 4
// with the findings and nothing sent when the checks the wizard's v2 compute step makes refuse —
// the cluster's v2 limits, a Succeeded Azure ML extension (its absence names the `extension
// install` command, which then works), the name, namespace and instance types — and warnings as
// notes), `list` and `show` with the TYPE, NAMESPACE and INSTANCE TYPES, `detach` (the cluster
// and the extension stay), and the v1 attach of a cluster attached as Kubernetes.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"
#include "TestPki.h"
#include "common/AppIdentity.h"
#include "support/SandboxProcess.h"

using namespace Qt::StringLiterals;

class TestCliKubernetes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usage_data();
    void usage();
    void attachListShowDetach();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void refusalsInTableAndJson();
    void missingClusterIsNotFound();
    void extensionsNotReadAreANote();
    void installCommandThenWarningsAreNotes();
    void noWaitThenResume();
    void v1AttachOfAKubernetesCluster();

private:
    QString clusterId(const QString &name, const QString &rg = u"rg-aks"_s, const QString &sub = {}) const
    {
        return u"/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ContainerService/managedClusters/%3"_s.arg(
            sub.isEmpty() ? m_sandbox.endpoint().subscriptionId : sub, rg, name);
    }
    QString computePath(const QString &name) const
    {
        return u"/subscriptions/%1/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/ws-demo/computes/%2?api-version=2022-10-01"_s
            .arg(m_sandbox.endpoint().subscriptionId, name);
    }

    // Every PUT to the workspace's computes (the attach's request), from the sandbox's log.
    int computePuts() { return m_sandbox.countRequests("PUT", u"/workspaces/ws-demo/computes/"_s); }

    cw::test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir{QString::fromLocal8Bit(qgetenv("CW_TEST_TMPDIR")) + u"/cli-k8s-XXXXXX"_s};
};

namespace {

QStringList codesOf(const CliRun &run)
{
    QStringList out;
    for (const QJsonValue &v : run.json().array())
        out << v[u"status"_s].toString() + u' ' + v[u"code"_s].toString();
    return out;
}

QString messageOf(const CliRun &run, const QString &code)
{
    for (const QJsonValue &v : run.json().array())
        if (v[u"code"_s].toString() == code)
            return v[u"message"_s].toString();
    return {};
}

} // namespace

void TestCliKubernetes::initTestCase()
{
    cw::applyAppIdentity(*QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start());
    const QString endpointFile = m_dir.filePath(u"ready.json"_s);
    QVERIFY(m_sandbox.writeEndpointFile(endpointFile));
    const CliRun login = runCli({u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, endpointFile});
    QVERIFY2(login.exitCode == 0, login.err.constData());
}

void TestCliKubernetes::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString ready = u"/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-v2-ready"_s;
    QTest::newRow("no name") << QStringList{u"attach"_s, u"--kubernetes"_s, u"--cluster"_s, ready} << u"Give its name"_s;
    QTest::newRow("no cluster") << QStringList{u"attach"_s, u"--kubernetes"_s, u"k8s-x"_s} << u"needs --cluster"_s;
    QTest::newRow("two names") << QStringList{u"attach"_s, u"--kubernetes"_s, u"k8s-x"_s, u"--name"_s, u"k8s-y"_s, u"--cluster"_s, ready}
                               << u"Give the compute's name once"_s;
    QTest::newRow("not a cluster id") << QStringList{u"attach"_s, u"--kubernetes"_s, u"k8s-x"_s, u"--cluster"_s, u"/subscriptions/x"_s}
                                      << u"--cluster is not an AKS cluster's resource ID"_s;
    QTest::newRow("instance type without requests") << QStringList{u"attach"_s, u"--kubernetes"_s, u"k8s-x"_s, u"--cluster"_s, ready,
                                                                   u"--instance-type"_s, u"small"_s}
                                                    << u"is not NAME:REQUESTS[:LIMITS[:NODE-SELECTOR]]"_s;
    QTest::newRow("instance type pair") << QStringList{u"attach"_s, u"--kubernetes"_s, u"k8s-x"_s, u"--cluster"_s, ready,
                                                       u"--instance-type"_s, u"small:cpu"_s}
                                        << u"'cpu' is not NAME=VALUE"_s;
    QTest::newRow("resource twice") << QStringList{u"attach"_s, u"--kubernetes"_s, u"k8s-x"_s, u"--cluster"_s, ready,
                                                   u"--instance-type"_s, u"small:cpu=1,CPU=2"_s}
                                    << u"'cpu' is given twice"_s;
    QTest::newRow("instance type twice") << QStringList{u"attach"_s, u"--kubernetes"_s, u"k8s-x"_s, u"--cluster"_s, ready,
                                                        u"--instance-type"_s, u"a:cpu=1"_s, u"--instance-type"_s, u"a:cpu=2"_s}
                                         << u"--instance-type a is given twice"_s;
    QTest::newRow("identity") << QStringList{u"attach"_s, u"--kubernetes"_s, u"k8s-x"_s, u"--cluster"_s, ready, u"--identity"_s, u"Magic"_s}
                              << u"--identity must be SystemAssigned or UserAssigned:ID"_s;
}

void TestCliKubernetes::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const int before = m_sandbox.countRequests("PUT", u"/computes/"_s);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QCOMPARE(m_sandbox.countRequests("PUT", u"/computes/"_s), before); // nothing was sent
}

void TestCliKubernetes::attachListShowDetach()
{
    const CliRun attach = runCli({u"attach"_s, u"--kubernetes"_s, u"k8s-cli"_s, u"--cluster"_s, clusterId(u"aks-v2-ready"_s),
                                  u"--namespace"_s, u"ml"_s, u"--description"_s, u"v2 scoring"_s,
                                  u"--instance-type"_s, u"small:cpu=500m,memory=1Gi:cpu=1,memory=2Gi"_s,
                                  u"--instance-type"_s, u"gpu:cpu=4,memory=16Gi,gpu=1::accelerator=nvidia"_s,
                                  u"--default-instance-type"_s, u"small"_s, u"--identity"_s, u"SystemAssigned"_s});
    QVERIFY2(attach.exitCode == 0, attach.err.constData());
    QCOMPARE(m_sandbox.countRequests("PUT", u"/computes/k8s-cli$"_s), 1);

    // What the service stored is what was asked for.
    const QJsonObject stored = m_sandbox.arm("GET", computePath(u"k8s-cli"_s)).json().object();
    const QJsonObject props = stored.value(u"properties"_s).toObject();
    QCOMPARE(props.value(u"computeType"_s).toString(), u"Kubernetes"_s);
    QCOMPARE(props.value(u"provisioningState"_s).toString(), u"Succeeded"_s);
    QCOMPARE(props.value(u"description"_s).toString(), u"v2 scoring"_s);
    const QJsonObject inner = props.value(u"properties"_s).toObject();
    QCOMPARE(inner.value(u"namespace"_s).toString(), u"ml"_s);
    QCOMPARE(inner.value(u"defaultInstanceType"_s).toString(), u"small"_s);
    const QJsonObject gpu = inner.value(u"instanceTypes"_s).toObject().value(u"gpu"_s).toObject();
    QCOMPARE(gpu.value(u"nodeSelector"_s).toObject().value(u"accelerator"_s).toString(), u"nvidia"_s);
    // Limits left out are the requests.
    QCOMPARE(gpu.value(u"resources"_s).toObject().value(u"limits"_s).toObject().value(u"nvidia.com/gpu"_s).toString(), u"1"_s);
    QCOMPARE(gpu.value(u"resources"_s).toObject().value(u"limits"_s).toObject().value(u"memory"_s).toString(), u"16Gi"_s);
    const QJsonObject small = inner.value(u"instanceTypes"_s).toObject().value(u"small"_s).toObject();
    QCOMPARE(small.value(u"resources"_s).toObject().value(u"limits"_s).toObject().value(u"cpu"_s).toString(), u"1"_s);
    QCOMPARE(stored.value(u"identity"_s).toObject().value(u"type"_s).toString(), u"SystemAssigned"_s);
    QCOMPARE(stored.value(u"location"_s).toString(), u"westeurope"_s); // the workspace's region

    // list: the TYPE column, and the namespace and instance types of the Kubernetes compute.
    const CliRun tsv = runCli({u"list"_s, u"-o"_s, u"tsv"_s});
    QCOMPARE(tsv.exitCode, 0);
    QByteArray k8sRow, aksRow;
    for (const QByteArray &line : tsv.out.split('\n')) {
        if (line.startsWith("k8s-cli\t"))
            k8sRow = line;
        if (line.startsWith("inference-prod\t"))
            aksRow = line;
    }
    const QList<QByteArray> cells = k8sRow.split('\t');
    QCOMPARE(cells.size(), 12);
    QCOMPARE(cells.at(1), QByteArray("Kubernetes"));
    QCOMPARE(cells.at(2), QByteArray("Succeeded"));
    QCOMPARE(cells.at(10), QByteArray("ml"));
    QCOMPARE(cells.at(11), QByteArray("gpu, small (default)"));
    const QList<QByteArray> aksCells = aksRow.split('\t');
    QCOMPARE(aksCells.size(), 12);
    QCOMPARE(aksCells.at(1), QByteArray("AKS"));
    QCOMPARE(aksCells.at(10), QByteArray());
    const CliRun table = runCli({u"list"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("NAME "));
    QVERIFY(table.out.contains("NAMESPACE") && table.out.contains("INSTANCE TYPES"));

    // show: the v2 rows.
    const CliRun show = runCli({u"show"_s, u"k8s-cli"_s});
    QVERIFY2(show.exitCode == 0, show.err.constData());
    const QString text = QString::fromUtf8(show.out);
    for (const QString &expected : {u"Kubernetes"_s, u"ml"_s, u"small"_s,
                                    u"requests cpu=4,memory=16Gi,nvidia.com/gpu=1; limits cpu=4,memory=16Gi,nvidia.com/gpu=1; node selector accelerator=nvidia"_s,
                                    u"requests cpu=500m,memory=1Gi; limits cpu=1,memory=2Gi"_s, u"extension release train"_s, u"extension principal "_s,
                                    u"SystemAssigned "_s, u"aks-v2-ready"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
    QVERIFY2(!text.contains(u"purpose"_s) && !text.contains(u"vm size"_s), qPrintable(text)); // AKS rows left out
    const CliRun showJson = runCli({u"show"_s, u"k8s-cli"_s, u"-o"_s, u"json"_s});
    QCOMPARE(showJson.json().object().value(u"properties"_s).toObject().value(u"computeType"_s).toString(), u"Kubernetes"_s);

    // update and reattach are v1 commands: refused before anything is sent.
    for (const QStringList &v1Only : {QStringList{u"update"_s, u"k8s-cli"_s, u"--nodes"_s, u"4"_s}, QStringList{u"reattach"_s, u"k8s-cli"_s}}) {
        const CliRun run = runCli(v1Only);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("is a Kubernetes (v2) compute"), run.err.constData());
    }
    QCOMPARE(m_sandbox.countRequests("PUT", u"/computes/k8s-cli$"_s), 1);
    QCOMPARE(m_sandbox.countRequests("DELETE", u"/computes/k8s-cli$"_s), 0);

    // detach: the cluster and its extension stay; --delete-cluster does not apply.
    const CliRun refused = runCli({u"detach"_s, u"k8s-cli"_s, u"--delete-cluster"_s});
    QCOMPARE(refused.exitCode, 2);
    const CliRun detach = runCli({u"detach"_s, u"k8s-cli"_s});
    QVERIFY2(detach.exitCode == 0, detach.err.constData());
    QVERIFY2(detach.err.contains("Azure ML extension stay"), detach.err.constData());
    QCOMPARE(m_sandbox.countRequests("DELETE", u"/computes/k8s-cli$"_s), 1);
    QCOMPARE(runCli({u"show"_s, u"k8s-cli"_s}).exitCode, 5);
    QCOMPARE(m_sandbox.arm("GET", clusterId(u"aks-v2-ready"_s) + u"?api-version=2022-11-01"_s).status, 200);
    QCOMPARE(m_sandbox.arm("GET", clusterId(u"aks-v2-ready"_s)
                                      + u"/providers/Microsoft.KubernetesConfiguration/extensions?api-version=2022-11-01"_s)
                 .json().object().value(u"value"_s).toArray().size(), 1);
}

void TestCliKubernetes::refusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected"); // the errors ("fail CODE") among the findings
    const QString ready = clusterId(u"aks-v2-ready"_s);
    auto attach = [](const QString &cluster, QStringList more = {}) {
        return QStringList{u"attach"_s, u"--kubernetes"_s, u"k8s-no"_s, u"--cluster"_s, cluster} + more;
    };
    // The cluster's v2 limits (checkClusterForV2) and the extension the attach needs.
    QTest::newRow("no extension") << attach(clusterId(u"aks-standard-lb"_s)) << QStringList{u"fail v2.attach.noExtension"_s};
    QTest::newRow("extension failed") << attach(clusterId(u"aks-v2-failed"_s))
                                      << QStringList{u"fail v2.extension.failed"_s, u"fail v2.attach.extensionNotSucceeded"_s};
    QTest::newRow("v1 leftovers") << attach(clusterId(u"aks-v1-leftovers"_s))
                                  << QStringList{u"fail v2.legacyComponents"_s, u"fail v2.attach.noExtension"_s};
    QTest::newRow("too small for production") << attach(clusterId(u"aks-tiny"_s))
                                              << QStringList{u"fail v2.capacity.production"_s, u"fail v2.attach.noExtension"_s};
    QTest::newRow("service principal") << attach(clusterId(u"aks-service-principal"_s))
                                       << QStringList{u"fail v2.servicePrincipal"_s, u"fail v2.attach.noExtension"_s};
    QTest::newRow("local accounts disabled") << attach(clusterId(u"aks-no-local-accounts"_s))
                                             << QStringList{u"fail v2.localAccountsDisabled"_s, u"fail v2.attach.noExtension"_s};
    QTest::newRow("attached as v1") << attach(clusterId(u"aks-attached"_s))
                                    << QStringList{u"fail v2.legacyComponents"_s, u"fail v2.attached.v1"_s, u"fail v2.attach.noExtension"_s};
    QTest::newRow("other subscription") << attach(clusterId(u"aks-other-sub"_s, u"rg-other"_s, u"00000000-0000-4000-8000-000000000002"_s))
                                        << QStringList{u"fail v2.subscription"_s, u"fail v2.attach.noExtension"_s};
    // The compute's own settings (KubernetesComputeRules) and its name in the workspace.
    QTest::newRow("name taken") << QStringList{u"attach"_s, u"--kubernetes"_s, u"inference-prod"_s, u"--cluster"_s, ready}
                                << QStringList{u"fail name.taken"_s};
    QTest::newRow("requests above limits") << attach(ready, {u"--instance-type"_s, u"t:cpu=2,memory=1Gi:cpu=1,memory=1Gi"_s})
                                           << QStringList{u"fail instanceType.requestAboveLimit"_s};
    QTest::newRow("bad quantity") << attach(ready, {u"--instance-type"_s, u"t:cpu=1,memory=lots"_s})
                                  << QStringList{u"fail instanceType.quantity"_s};
    QTest::newRow("no memory request") << attach(ready, {u"--instance-type"_s, u"t:cpu=1"_s})
                                       << QStringList{u"fail instanceType.request.missing"_s};
    QTest::newRow("no default among several")
        << attach(ready, {u"--instance-type"_s, u"a:cpu=1,memory=1Gi"_s, u"--instance-type"_s, u"b:cpu=2,memory=2Gi"_s})
        << QStringList{u"fail instanceType.default.missing"_s};
    QTest::newRow("default not a type")
        << attach(ready, {u"--instance-type"_s, u"a:cpu=1,memory=1Gi"_s, u"--default-instance-type"_s, u"big"_s})
        << QStringList{u"fail instanceType.default.unknown"_s};
    QTest::newRow("bad namespace") << attach(ready, {u"--namespace"_s, u"ML"_s}) << QStringList{u"fail namespace.invalid"_s};
}

void TestCliKubernetes::refusedBeforeSending()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const int before = computePuts();
    const CliRun run = runCli(arguments + QStringList{u"-o"_s, u"json"_s});
    QVERIFY2(run.exitCode == 4, QByteArray(run.out + run.err).constData());
    QStringList errors;
    for (const QString &c : codesOf(run))
        if (c.startsWith(u"fail "_s))
            errors << c;
    QCOMPARE(errors, expected);
    QVERIFY2(run.err.contains("The preflight refused; nothing was sent."), run.err.constData());
    QCOMPARE(computePuts(), before); // the sandbox's request log: no attach was sent
    QCOMPARE(m_sandbox.arm("GET", computePath(arguments.at(2))).status, arguments.at(2) == u"inference-prod"_s ? 200 : 404);
}

// The table says each finding and its fix; the JSON carries the same findings.
void TestCliKubernetes::refusalsInTableAndJson()
{
    const QString failed = clusterId(u"aks-v2-failed"_s);
    const CliRun table = runCli({u"attach"_s, u"--kubernetes"_s, u"k8s-no"_s, u"--cluster"_s, failed});
    QCOMPARE(table.exitCode, 4);
    QVERIFY(table.out.startsWith("STATUS"));
    // The extension's own health check status, and the commands that get the cluster ready
    // (2 nodes: router HA off; a Standard load balancer: the loadBalancer router).
    const QStringList expectedTexts{u"E40002"_s, u"clusterwright-cli extension remove --cluster "_s + failed,
                                    u"clusterwright-cli extension install --cluster "_s + failed
                                        + u" --config enableInference=True --config inferenceRouterServiceType=loadBalancer "
                                          "--config inferenceRouterHA=False"_s};
    for (const QString &expected : expectedTexts)
        QVERIFY2(QString::fromUtf8(table.out).contains(expected), qPrintable(expected + u" not in:\n"_s + QString::fromUtf8(table.out)));
    QVERIFY2(table.err.contains("Azure ML v2 preflight: 2 failed"), table.err.constData());
    const CliRun tsv = runCli({u"attach"_s, u"--kubernetes"_s, u"k8s-no"_s, u"--cluster"_s, failed, u"-o"_s, u"tsv"_s});
    QCOMPARE(tsv.exitCode, 4);
    QVERIFY(tsv.out.startsWith("fail\tv2.extension.failed\tcluster.extension\t"));

    const CliRun none = runCli({u"attach"_s, u"--kubernetes"_s, u"k8s-no"_s, u"--cluster"_s, clusterId(u"aks-standard-lb"_s), u"-o"_s, u"json"_s});
    QCOMPARE(none.exitCode, 4);
    QCOMPARE(codesOf(none), (QStringList{u"fail v2.attach.noExtension"_s, u"info instanceTypes.none"_s}));
    const QJsonObject finding = none.json().array().first().toObject();
    QCOMPARE(finding.value(u"field"_s).toString(), u"cluster.extension"_s);
    QVERIFY2(finding.value(u"message"_s).toString().contains(
                 u"`clusterwright-cli extension install --cluster "_s + clusterId(u"aks-standard-lb"_s)
                 + u" --config enableInference=True --config inferenceRouterServiceType=loadBalancer --config sslCname=SCORING.DOMAIN "
                   "--config-protected sslCertPemFile=@cert.pem --config-protected sslKeyPemFile=@key.pem`"_s),
             qPrintable(finding.value(u"message"_s).toString()));
}

void TestCliKubernetes::missingClusterIsNotFound()
{
    const int before = computePuts();
    const CliRun run = runCli({u"attach"_s, u"--kubernetes"_s, u"k8s-no"_s, u"--cluster"_s, clusterId(u"aks-nowhere"_s)});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains("Cannot read the AKS cluster"), run.err.constData());
    QCOMPARE(computePuts(), before);
}

// The extensions' list could not be read: said as a warning and a note, not guessed; the attach
// is sent and the service refuses a cluster without the extension in its own words (exit 1).
void TestCliKubernetes::extensionsNotReadAreANote()
{
    const QJsonObject fault{{u"method"_s, u"GET"_s}, {u"kind"_s, u"status"_s}, {u"status"_s, 403}, {u"count"_s, 1},
                            {u"path"_s, u"/managedClusters/aks-standard-lb/providers/Microsoft.KubernetesConfiguration/extensions$"_s}};
    QVERIFY(m_sandbox.control("POST", u"/_sandbox/faults"_s, QJsonDocument(fault)).object().value(u"id"_s).toInt() > 0);
    const int before = computePuts();
    const CliRun run = runCli({u"attach"_s, u"--kubernetes"_s, u"k8s-no"_s, u"--cluster"_s, clusterId(u"aks-standard-lb"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("warning: the extensions on the cluster could not be read")
                 && run.err.contains("note: The cluster's extensions could not be read, so whether its Azure ML extension has Succeeded was not checked")
                 && run.err.contains("The Azure Machine Learning extension (Microsoft.AzureML.Kubernetes) is not installed on the cluster"),
             run.err.constData());
    QCOMPARE(computePuts(), before + 1);
    m_sandbox.control("DELETE", u"/_sandbox/faults"_s);
}

// aks-tiny (1 node of 2 vCPUs, a Basic load balancer) has no extension: the refusal's install
// command, run as given (with a domain and its certificate), installs one; then a production
// attach is refused for its size, and a dev-test one goes ahead with the size as a note.
void TestCliKubernetes::installCommandThenWarningsAreNotes()
{
    const QString tiny = clusterId(u"aks-tiny"_s);
    const CliRun refused = runCli({u"attach"_s, u"--kubernetes"_s, u"k8s-tiny"_s, u"--cluster"_s, tiny, u"--purpose"_s,
                                   u"dev-test"_s, u"-o"_s, u"json"_s});
    QCOMPARE(refused.exitCode, 4);
    QCOMPARE(codesOf(refused), (QStringList{u"warn v2.capacity.small"_s, u"fail v2.attach.noExtension"_s, u"info instanceTypes.none"_s}));
    const QString message = messageOf(refused, u"v2.attach.noExtension"_s);
    const qsizetype open = message.indexOf(u'`');
    const QString command = message.mid(open + 1, message.indexOf(u'`', open + 1) - open - 1);
    QVERIFY2(command.startsWith(u"clusterwright-cli extension install --cluster "_s + tiny), qPrintable(message));
    QVERIFY2(command.contains(u"inferenceRouterServiceType=nodePort --config inferenceRouterHA=False"_s), qPrintable(command));

    const cw::tls::test::TestPki pki;
    const cw::tls::test::TestKey leafKey(cw::tls::test::KeyKind::Rsa2048);
    cw::tls::test::LeafOptions leaf;
    leaf.commonName = u"scoring.contoso.com"_s;
    leaf.dnsNames = {u"scoring.contoso.com"_s};
    const QString cert = m_dir.filePath(u"cert.pem"_s);
    const QString key = m_dir.filePath(u"key.pem"_s);
    for (const auto &[path, pem] : {std::pair{cert, QByteArray(pki.leafPem(leafKey, leaf) + pki.caCertificatePem())}, std::pair{key, leafKey.pkcs8Pem()}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pem);
    }
    QStringList install = command.split(u' ').mid(1); // without the program's name
    for (QString &word : install) {
        word.replace(u"SCORING.DOMAIN"_s, u"scoring.contoso.com"_s);
        word.replace(u"@cert.pem"_s, u'@' + cert).replace(u"@key.pem"_s, u'@' + key);
    }
    const CliRun installed = runCli(install + QStringList{u"--poll-interval-ms"_s, u"50"_s});
    QVERIFY2(installed.exitCode == 0, QByteArray(installed.out + installed.err).constData());

    const int before = computePuts();
    const CliRun production = runCli({u"attach"_s, u"--kubernetes"_s, u"k8s-tiny"_s, u"--cluster"_s, tiny, u"-o"_s, u"json"_s});
    QCOMPARE(production.exitCode, 4);
    QCOMPARE(codesOf(production), (QStringList{u"fail v2.capacity.production"_s, u"info v2.attach.extension"_s, u"info instanceTypes.none"_s}));
    QCOMPARE(computePuts(), before);

    const CliRun devTest = runCli({u"attach"_s, u"--kubernetes"_s, u"k8s-tiny"_s, u"--cluster"_s, tiny, u"--purpose"_s, u"dev-test"_s});
    QVERIFY2(devTest.exitCode == 0, devTest.err.constData());
    QVERIFY2(devTest.err.contains("note: The cluster's Linux nodes have 2 vCPUs") && devTest.err.contains("Enough for dev/test"),
             devTest.err.constData());
    QVERIFY2(!devTest.err.contains("refused"), devTest.err.constData());
    QCOMPARE(m_sandbox.countRequests("PUT", u"/computes/k8s-tiny$"_s), 1);
    QCOMPARE(runCli({u"detach"_s, u"k8s-tiny"_s}).exitCode, 0);
    QCOMPARE(runCli({u"extension"_s, u"remove"_s, u"--cluster"_s, tiny, u"--poll-interval-ms"_s, u"50"_s}).exitCode, 0);
}

void TestCliKubernetes::noWaitThenResume()
{
    const CliRun start = runCli({u"attach"_s, u"--kubernetes"_s, u"--name"_s, u"k8s-later"_s, u"--cluster"_s,
                                 clusterId(u"aks-v2-ready"_s), u"--no-wait"_s, u"-o"_s, u"json"_s});
    QVERIFY2(start.exitCode == 0, start.err.constData());
    const QJsonObject record = start.json().array().first().toObject();
    QCOMPARE(record.value(u"kind"_s).toString(), u"attach"_s);
    QCOMPARE(record.value(u"state"_s).toString(), u"running"_s);
    const CliRun resume = runCli({u"operations"_s, u"resume"_s, record.value(u"id"_s).toString()});
    QVERIFY2(resume.exitCode == 0, resume.err.constData());
    QCOMPARE(m_sandbox.countRequests("PUT", u"/computes/k8s-later$"_s), 1); // never sent twice
    const CliRun show = runCli({u"show"_s, u"k8s-later"_s, u"-o"_s, u"tsv"_s});
    QVERIFY2(show.out.contains("Succeeded") && show.out.contains("namespace\tdefault"), show.out.constData());
    QCOMPARE(runCli({u"detach"_s, u"k8s-later"_s}).exitCode, 0);
}

void TestCliKubernetes::v1AttachOfAKubernetesCluster()
{
    QCOMPARE(runCli({u"attach"_s, u"--kubernetes"_s, u"k8s-v2"_s, u"--cluster"_s, clusterId(u"aks-v2-ready"_s)}).exitCode, 0);
    const CliRun v1 = runCli({u"attach"_s, u"aks-v1"_s, u"--cluster-id"_s, clusterId(u"aks-v2-ready"_s), u"--purpose"_s, u"dev-test"_s});
    // The preflight already sees the cluster attached in this workspace (exit 4, nothing sent);
    // the service's own 409 is tst_SandboxKubernetesCompute's.
    QCOMPARE(v1.exitCode, 4);
    QVERIFY2(v1.out.contains("already attached to this workspace as \"k8s-v2\""), v1.out.constData());
    QCOMPARE(m_sandbox.countRequests("PUT", u"/computes/aks-v1$"_s), 0);
    QCOMPARE(runCli({u"detach"_s, u"k8s-v2"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliKubernetes)
#include "tst_cli_kubernetes.moc"
