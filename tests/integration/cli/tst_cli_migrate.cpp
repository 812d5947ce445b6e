// `clusterwright-cli migrate` against a sandbox process (issue 15, item 4): its exit codes (2
// usage, 5 no such compute, 4 a cluster the extension would refuse, nothing changed), a move of
// the seeded TLS cluster with --no-wait, listed by `operations list` as kind migrate and finished
// by `operations resume` with one PUT per resource and the certificate in a 0600 backup file; and
// `migrate --back` for an unknown move.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"
#include "common/AppIdentity.h"
#include "support/SandboxProcess.h"

using namespace Qt::StringLiterals;

class TestCliMigrate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes();
    void movesTheTlsClusterWithNoWaitThenResume();
    void aFailureSaysTheStateAndTheWayBackWorks();

private:
    cw::test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir{QString::fromLocal8Bit(qgetenv("CW_TEST_TMPDIR")) + u"/cli-migrate-XXXXXX"_s};
};

void TestCliMigrate::initTestCase()
{
    cw::applyAppIdentity(*QCoreApplication::instance());
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start({u"--fresh"_s}));
    const QString endpoint = m_dir.filePath(u"ready.json"_s);
    QVERIFY(m_sandbox.writeEndpointFile(endpoint));
    const CliRun login = runCli({u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, endpoint});
    QVERIFY2(login.exitCode == 0, login.err.constData());
}

void TestCliMigrate::exitCodes()
{
    QCOMPARE(runCli({u"migrate"_s}).exitCode, 2);
    QCOMPARE(runCli({u"migrate"_s, u"no-such-compute"_s}).exitCode, 5);
    QCOMPARE(runCli({u"migrate"_s, u"--back"_s, u"00000000-0000-4000-8000-00000000dead"_s}).exitCode, 5);
    const QString taken = m_dir.filePath(u"taken.json"_s);
    QFile f(taken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QCOMPARE(runCli({u"migrate"_s, u"tls-prod"_s, u"--tls-backup-file"_s, taken}).exitCode, 2);

    // A public load balancer on a Basic cluster: E40001 for the extension, refused before anything.
    m_sandbox.control("DELETE", u"/_sandbox/requests"_s);
    const CliRun refused = runCli({u"migrate"_s, u"inference-prod"_s});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains("Nothing was changed") && refused.err.contains("E40001"), refused.err.constData());
    QCOMPARE(m_sandbox.countRequests("DELETE", u"."_s), 0);
    QCOMPARE(m_sandbox.countRequests("PUT", u"."_s), 0);
}

void TestCliMigrate::movesTheTlsClusterWithNoWaitThenResume()
{
    m_sandbox.control("DELETE", u"/_sandbox/requests"_s);
    const QString backup = m_dir.filePath(u"tls-prod-backup.json"_s);
    const CliRun start = runCli({u"migrate"_s, u"tls-prod"_s, u"--tls-backup-file"_s, backup, u"--no-wait"_s,
                                 u"--poll-interval-ms"_s, u"100"_s, u"-o"_s, u"json"_s});
    QVERIFY2(start.exitCode == 0, start.err.constData());
    const QJsonObject record = start.json().array().first().toObject();
    QCOMPARE(record.value(u"kind"_s).toString(), u"migrate"_s);
    QCOMPARE(record.value(u"state"_s).toString(), u"running"_s);
    const QString id = record.value(u"id"_s).toString();
    // Where the certificate went, said on stderr.
    QVERIFY2(start.err.contains(backup.toUtf8()), start.err.constData());

    const CliRun listed = runCli({u"operations"_s, u"list"_s, u"-o"_s, u"json"_s});
    QCOMPARE(listed.exitCode, 0);
    bool found = false;
    for (const QJsonValue &v : listed.json().array())
        found = found || (v[u"id"_s].toString() == id && v[u"kind"_s].toString() == u"migrate"_s);
    QVERIFY2(found, listed.out.constData());

    const CliRun resumed = runCli({u"operations"_s, u"resume"_s, u"--poll-interval-ms"_s, u"100"_s});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    const QJsonObject shown = runCli({u"show"_s, u"tls-prod"_s, u"-o"_s, u"json"_s}).json().object();
    QCOMPARE(shown[u"properties"_s][u"computeType"_s].toString(), u"Kubernetes"_s);
    QCOMPARE(shown[u"properties"_s][u"provisioningState"_s].toString(), u"Succeeded"_s);
    QCOMPARE(m_sandbox.countRequests("PUT", u"/extensions/azureml$"_s), 1);
    QCOMPARE(m_sandbox.countRequests("PUT", u"/computes/tls-prod$"_s), 1);
    const QFile::Permissions p = QFile::permissions(backup);
    QVERIFY(p & QFile::ReadOwner);
    QVERIFY(!(p & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
}

void TestCliMigrate::aFailureSaysTheStateAndTheWayBackWorks()
{
    // A v1 compute (HTTP) on aks-standard-lb, whose extension install then fails in the service.
    const QString cluster = u"/subscriptions/%1/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-standard-lb"_s
                                .arg(m_sandbox.endpoint().subscriptionId);
    const CliRun attach = runCli({u"attach"_s, u"v1-std"_s, u"--cluster-id"_s, cluster});
    QVERIFY2(attach.exitCode == 0, attach.err.constData());
    m_sandbox.control("POST", u"/_sandbox/operations/fail-next"_s,
                      QJsonDocument(QJsonObject{{u"path"_s, u"aks-standard-lb/providers/Microsoft.KubernetesConfiguration/extensions/azureml$"_s},
                                                {u"errors"_s, QJsonArray{QJsonObject{{u"code"_s, u"ExtensionOperationFailed"_s},
                                                                                     {u"message"_s, u"The Azure ML extension's health check failed. E40002: too few nodes."_s}}}}}));
    const CliRun failed = runCli({u"migrate"_s, u"v1-std"_s, u"--poll-interval-ms"_s, u"100"_s, u"-o"_s, u"json"_s});
    QCOMPARE(failed.exitCode, 1);
    const QString id = failed.json().array().first().toObject().value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY2(failed.err.contains("v1 compute 'v1-std' detached, legacy components deleted, extension failed:")
                 && failed.err.contains("E40002"),
             failed.err.constData());
    QVERIFY2(failed.err.contains(u"clusterwright-cli migrate --back %1"_s.arg(id).toUtf8()), failed.err.constData());
    QCOMPARE(runCli({u"show"_s, u"v1-std"_s}).exitCode, 5);

    // The way back, as offered.
    const CliRun back = runCli({u"migrate"_s, u"--back"_s, id, u"--poll-interval-ms"_s, u"100"_s});
    QVERIFY2(back.exitCode == 0, back.err.constData());
    const QJsonObject shown = runCli({u"show"_s, u"v1-std"_s, u"-o"_s, u"json"_s}).json().object();
    QCOMPARE(shown[u"properties"_s][u"computeType"_s].toString(), u"AKS"_s);
    QCOMPARE(shown[u"properties"_s][u"provisioningState"_s].toString(), u"Succeeded"_s);
}

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_cli_migrate.moc"
