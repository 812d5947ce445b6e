// `clusterwright-cli preflight --kubernetes --cluster ID [--config KEY=VALUE ...]` against the
// sandbox: each v2 limit seed gives its finding and exit 4, a cluster that meets every limit
// exit 0, the legacy components are read through the cluster's Kubernetes API, extension settings
// are checked with the cluster's node count, a protected certificate pair is analysed, and bad
// input is a usage error (exit 2) before anything is sent.
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

namespace {

QStringList codesOf(const CliRun &run)
{
    QStringList out;
    for (const QJsonValue &v : run.json().array())
        out << v[u"status"_s].toString() + u' ' + v[u"code"_s].toString();
    return out;
}

} // namespace

class TestCliV2Preflight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void clusters_data();
    void clusters();
    void extensionSettings();
    void certificatePair();
    void usageErrors_data();
    void usageErrors();

private:
    QString clusterId(const QString &rg, const QString &name) const
    {
        return u"/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ContainerService/managedClusters/%3"_s.arg(
            m_sandbox.endpoint().subscriptionId, rg, name);
    }
    CliRun preflight(const QString &cluster, const QStringList &extra = {})
    {
        return runCli(QStringList{u"preflight"_s, u"--kubernetes"_s, u"--cluster"_s, clusterId(u"rg-aks"_s, cluster),
                                  u"-o"_s, u"json"_s} + extra);
    }

    cw::test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir{QString::fromLocal8Bit(qgetenv("CW_TEST_TMPDIR")) + u"/cli-v2-XXXXXX"_s};
};

void TestCliV2Preflight::initTestCase()
{
    cw::applyAppIdentity(*QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start());
    const QString endpoint = m_dir.filePath(u"ready.json"_s);
    QVERIFY(m_sandbox.writeEndpointFile(endpoint));
    const CliRun login = runCli({u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, endpoint});
    QVERIFY2(login.exitCode == 0, login.err.constData());
}

void TestCliV2Preflight::clusters_data()
{
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QStringList>("purpose");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("meets every limit") << u"aks-plain"_s << QStringList{} << 0 << QStringList{};
    QTest::newRow("service principal") << u"aks-service-principal"_s << QStringList{} << 4 << QStringList{u"fail v2.servicePrincipal"_s};
    QTest::newRow("local accounts disabled") << u"aks-no-local-accounts"_s << QStringList{} << 4
                                             << QStringList{u"fail v2.localAccountsDisabled"_s};
    QTest::newRow("authorized ranges only warn") << u"aks-authorized-ips"_s << QStringList{} << 0
                                                 << QStringList{u"warn v2.authorizedIpRanges"_s};
    QTest::newRow("too small for production") << u"aks-tiny"_s << QStringList{} << 4 << QStringList{u"fail v2.capacity.production"_s};
    QTest::newRow("too small, dev-test warns") << u"aks-tiny"_s << QStringList{u"--purpose"_s, u"dev-test"_s} << 0
                                               << QStringList{u"warn v2.capacity.small"_s};
    QTest::newRow("v1 leftovers") << u"aks-v1-leftovers"_s << QStringList{} << 4 << QStringList{u"fail v2.legacyComponents"_s};
    QTest::newRow("attached as v1") << u"aks-attached"_s << QStringList{} << 4
                                    << QStringList{u"fail v2.legacyComponents"_s, u"fail v2.attached.v1"_s};
}

void TestCliV2Preflight::clusters()
{
    QFETCH(QString, cluster);
    QFETCH(QStringList, purpose);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    const CliRun run = preflight(cluster, purpose);
    QVERIFY2(run.exitCode == exitCode, QByteArray(run.out + run.err).constData());
    QCOMPARE(codesOf(run), expected);
    QVERIFY2(run.err.contains("Azure ML v2 preflight:"), run.err.constData());
}

void TestCliV2Preflight::extensionSettings()
{
    // aks-tiny has 1 node: router HA on fails the extension's install (E40002); off passes.
    const CliRun ha = preflight(u"aks-tiny"_s, {u"--purpose"_s, u"dev-test"_s, u"--config"_s, u"enableInference=True"_s,
                                                 u"--config"_s, u"inferenceRouterServiceType=nodePort"_s,
                                                 u"--config"_s, u"allowInsecureConnections=True"_s});
    QCOMPARE(ha.exitCode, 4);
    QCOMPARE(codesOf(ha), (QStringList{u"warn v2.capacity.small"_s, u"fail v2.routerHa.fewNodes"_s, u"warn v2.tls.insecure"_s}));
    QVERIFY(ha.out.contains("E40002"));
    const CliRun devTest = preflight(u"aks-tiny"_s, {u"--purpose"_s, u"dev-test"_s, u"--config"_s, u"enableInference=True"_s,
                                                      u"--config"_s, u"inferenceRouterServiceType=nodePort"_s,
                                                      u"--config"_s, u"allowInsecureConnections=True"_s,
                                                      u"--config"_s, u"inferenceRouterHA=False"_s});
    QCOMPARE(devTest.exitCode, 0);
    // A typo is a warning that lists the known settings.
    const CliRun typo = preflight(u"aks-plain"_s, {u"--config"_s, u"enableTraining=True"_s, u"--config"_s, u"installPromop=False"_s});
    QCOMPARE(typo.exitCode, 0);
    QCOMPARE(codesOf(typo), QStringList{u"warn v2.config.unknownKey"_s});
}

void TestCliV2Preflight::certificatePair()
{
    const cw::tls::test::TestPki pki;
    const cw::tls::test::TestKey leafKey(cw::tls::test::KeyKind::Rsa2048);
    cw::tls::test::LeafOptions leaf;
    leaf.commonName = u"scoring.contoso.com"_s;
    leaf.dnsNames = {u"scoring.contoso.com"_s};
    // The leaf and the CA, as a chain (the certificate report wants the issuer).
    const QByteArray certPem = pki.leafPem(leafKey, leaf) + pki.caCertificatePem();
    const QString cert = m_dir.filePath(u"cert.pem"_s);
    const QString key = m_dir.filePath(u"key.pem"_s);
    for (const auto &[path, pem] : {std::pair{cert, certPem}, std::pair{key, leafKey.pkcs8Pem()}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pem);
    }
    const QStringList tls{u"--config"_s, u"enableInference=True"_s, u"--config"_s, u"inferenceRouterServiceType=loadBalancer"_s,
                          u"--cert-file"_s, cert, u"--key-file"_s, key};
    const CliRun covered = preflight(u"aks-plain"_s, tls + QStringList{u"--config"_s, u"sslCname=scoring.contoso.com"_s});
    QVERIFY2(covered.exitCode == 0, QByteArray(covered.out + covered.err).constData());
    const CliRun other = preflight(u"aks-plain"_s, tls + QStringList{u"--config"_s, u"sslCname=www.fabrikam.com"_s});
    QCOMPARE(other.exitCode, 4);
    QVERIFY2(codesOf(other).contains(u"fail v2.certificate.cname"_s), other.out.constData());
    QVERIFY(other.out.contains("E40007"));
    // The key material never reaches the output.
    QVERIFY(!other.out.contains("PRIVATE KEY") && !other.err.contains("PRIVATE KEY"));
}

void TestCliV2Preflight::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no cluster") << QStringList{u"preflight"_s, u"--kubernetes"_s};
    QTest::newRow("not an AKS id") << QStringList{u"preflight"_s, u"--kubernetes"_s, u"--cluster"_s, u"/subscriptions/x"_s};
    QTest::newRow("config without =") << QStringList{u"preflight"_s, u"--kubernetes"_s, u"--cluster"_s,
                                                     u"/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-plain"_s,
                                                     u"--config"_s, u"enableInference"_s};
}

void TestCliV2Preflight::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == 2, run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliV2Preflight)
#include "tst_cli_v2preflight.moc"
