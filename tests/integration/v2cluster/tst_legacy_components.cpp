// LegacyComponentsJob against the sandbox's Kubernetes API, with kubectl as the outside judge.
// On a cluster a v1 compute was created on (tls-prod-aks: azureml-fe deployment, both services,
// service account, config map, cluster role and binding, and the azuremlfessl TLS secret) the
// find mode reports all eight, the delete mode deletes exactly those eight (the sandbox's request
// log holds no other DELETE) and reports each, and afterwards `kubectl get
// deploy,svc,sa,secret,cm -n default` shows no azureml-fe* while every other object is still
// there. A second delete reports each as already absent; a refused DELETE is reported with the
// answer and does not stop the others. With CI=true a missing kubectl fails the test.
#include "SandboxTestUtil.h"
#include "kube/KubeClient.h"
#include "support/OutsideJudge.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace cw;
using namespace cw::test;

namespace {

QStringList outcomes(const kube::LegacyComponentsReport &report)
{
    QStringList out;
    for (const kube::LegacyComponentResult &r : report.results) {
        static const char *const names[] = {"Present", "Absent", "Deleted", "Deleting", "WasAbsent", "Failed"};
        out << r.display() + QLatin1Char('=') + QLatin1String(names[int(r.outcome)]);
    }
    return out;
}

QStringList expected(const char *outcome)
{
    const QStringList eight{QStringLiteral("Deployment default/azureml-fe"), QStringLiteral("Service default/azureml-fe"),
                            QStringLiteral("Service default/azureml-fe-int-http"), QStringLiteral("ConfigMap default/azuremlfeconfig"),
                            QStringLiteral("Secret default/azuremlfessl"), QStringLiteral("ClusterRoleBinding azureml-fe-binding"),
                            QStringLiteral("ClusterRole azureml-fe-role"), QStringLiteral("ServiceAccount default/azureml-fe")};
    QStringList out;
    for (const QString &c : eight)
        out << c + QLatin1Char('=') + QLatin1String(outcome);
    return out;
}

} // namespace

class TestLegacyComponents : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void findsNoneOnAClusterWithoutV1();
    void findsAndDeletesExactlyTheEight();
    void aRefusedDeleteIsReportedAndTheOthersGoOn();
    void anUnreachableServerFailsEachOnce();

private:
    QByteArray adminKubeconfig(const QString &rg, const QString &cluster)
    {
        const HttpResult r = m_sbx.arm("POST", clusterIdOf(m_sbx, rg, cluster) + QStringLiteral("/listClusterAdminCredential?api-version=2022-11-01"));
        return QByteArray::fromBase64(r.json().object().value(QStringLiteral("kubeconfigs")).toArray().first().toObject()
                                          .value(QStringLiteral("value")).toString().toLatin1());
    }
    std::unique_ptr<kube::KubeClient> client(const QByteArray &kubeconfig)
    {
        const auto parsed = kube::Kubeconfig::parse(kubeconfig);
        if (!parsed.ok())
            return nullptr;
        const auto target = parsed.value->resolve();
        if (!target)
            return nullptr;
        auto c = std::make_unique<kube::KubeClient>(*target);
        retry::RetryOptions fast;
        fast.maxRetries = 1;
        fast.baseDelayMs = 10;
        c->setRetryOptions(fast);
        return c;
    }
    kube::LegacyComponentsReport run(kube::LegacyComponentsJob *job, int *steps = nullptr)
    {
        QSignalSpy done(job, &kube::LegacyComponentsJob::componentDone);
        QSignalSpy finished(job, &kube::LegacyComponentsJob::finished);
        if (!finished.wait(60000))
            return {};
        if (steps)
            *steps = int(done.size());
        return finished.first().first().value<kube::LegacyComponentsReport>();
    }
    struct Kubectl {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Kubectl kubectl(const QByteArray &kubeconfig, const QStringList &args)
    {
        Kubectl result;
        const QString path = qEnvironmentVariable("CW_TEST_TMPDIR") + QStringLiteral("/kubeconfig-%1").arg(++m_files);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(kubeconfig) != kubeconfig.size())
            return result;
        file.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KUBECACHEDIR"), qEnvironmentVariable("CW_TEST_TMPDIR") + QStringLiteral("/kube-cache"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("kubectl"), QStringList{QStringLiteral("--kubeconfig"), path, QStringLiteral("--request-timeout=20s")} + args);
        if (!p.waitForFinished(60000))
            p.kill();
        result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        result.out = QString::fromUtf8(p.readAllStandardOutput());
        result.err = QString::fromUtf8(p.readAllStandardError());
        return result;
    }
    // `kubectl get -o json <what>`: "Kind namespace/name" of every item, sorted.
    QStringList kubectlObjects(const QByteArray &kubeconfig, const QStringList &args)
    {
        const Kubectl k = kubectl(kubeconfig, QStringList{QStringLiteral("get"), QStringLiteral("-o"), QStringLiteral("json")} + args);
        if (k.exitCode != 0)
            return {QStringLiteral("<kubectl failed: %1>").arg(k.err)};
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(k.out.toUtf8()).object().value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
            const QString ns = meta.value(QStringLiteral("namespace")).toString();
            out << o.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') + (ns.isEmpty() ? QString() : ns + QLatin1Char('/'))
                    + meta.value(QStringLiteral("name")).toString();
        }
        out.sort();
        return out;
    }
    QStringList deletesInLog()
    {
        QStringList out;
        for (const QJsonValue &v : m_sbx.control("GET", QStringLiteral("/requests")).array()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("method")).toString() == QLatin1String("DELETE"))
                out << e.value(QStringLiteral("path")).toString();
        }
        return out;
    }

    SandboxProcess m_sbx;
    int m_files = 0;
};

void TestLegacyComponents::initTestCase()
{
    CW_REQUIRE_OUTSIDE_JUDGE(!QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty(),
                             QStringLiteral("kubectl (kubernetes-client)"));
    QVERIFY(m_sbx.start({QStringLiteral("--fresh")}));
}

void TestLegacyComponents::findsNoneOnAClusterWithoutV1()
{
    const auto c = client(adminKubeconfig(QStringLiteral("rg-aks"), QStringLiteral("aks-plain")));
    QVERIFY(c);
    QVERIFY2(c->configurationError().isEmpty(), qPrintable(c->configurationError()));
    const kube::LegacyComponentsReport report = run(c->findLegacyComponents());
    QCOMPARE(outcomes(report), expected("Absent"));
    QVERIFY(report.ok());
    QVERIFY(report.present().isEmpty());
}

void TestLegacyComponents::findsAndDeletesExactlyTheEight()
{
    const QByteArray config = adminKubeconfig(QStringLiteral("rg-ml"), QStringLiteral("tls-prod-aks"));
    const auto c = client(config);
    QVERIFY(c);
    const QStringList namespacedKinds{QStringLiteral("deploy,svc,sa,secret,cm"), QStringLiteral("-n"), QStringLiteral("default")};
    const QStringList clusterKinds{QStringLiteral("clusterrole,clusterrolebinding")};
    const QStringList otherKinds{QStringLiteral("deploy,svc,sa,cm,secret"), QStringLiteral("-A")};
    const QStringList before = kubectlObjects(config, namespacedKinds) + kubectlObjects(config, clusterKinds);
    const QStringList beforeAll = kubectlObjects(config, otherKinds);
    QVERIFY2(before.contains(QStringLiteral("Deployment default/azureml-fe")), qPrintable(before.join(QLatin1Char('\n'))));
    QVERIFY(before.contains(QStringLiteral("ClusterRole azureml-fe-role")));

    int steps = 0;
    const kube::LegacyComponentsReport found = run(c->findLegacyComponents(), &steps);
    QCOMPARE(outcomes(found), expected("Present"));
    QCOMPARE(steps, 8); // each one reported as it is answered
    QCOMPARE(found.present().size(), 8);

    m_sbx.control("DELETE", QStringLiteral("/requests"));
    const kube::LegacyComponentsReport deleted = run(c->deleteLegacyComponents(), &steps);
    QCOMPARE(outcomes(deleted), expected("Deleted"));
    QCOMPARE(steps, 8);
    QVERIFY(deleted.ok());
    // Exactly the eight paths, nothing else (no collection or selector deletes).
    QStringList paths;
    for (const kube::LegacyComponent &lc : kube::legacyComponents())
        paths << lc.path(QStringLiteral("default"));
    QCOMPARE(deletesInLog(), paths);

    // kubectl: no azureml-fe* left in default, nor the RBAC objects; everything else untouched.
    const QStringList after = kubectlObjects(config, namespacedKinds) + kubectlObjects(config, clusterKinds);
    for (const QString &o : after)
        QVERIFY2(!o.contains(QLatin1String("azureml-fe")) && !o.contains(QLatin1String("azuremlfe")), qPrintable(o));
    QStringList expectedAfter = before;
    expectedAfter.removeIf([](const QString &o) { return o.contains(QLatin1String("azureml-fe")) || o.contains(QLatin1String("azuremlfe")); });
    QCOMPARE(before.size() - expectedAfter.size(), 8);
    QCOMPARE(after, expectedAfter);
    QVERIFY(after.contains(QStringLiteral("Service default/kubernetes")));
    QVERIFY(after.contains(QStringLiteral("ClusterRole cluster-admin")));
    QStringList expectedAll = beforeAll;
    expectedAll.removeIf([](const QString &o) { return o.contains(QLatin1String("azureml-fe")) || o.contains(QLatin1String("azuremlfe")); });
    QCOMPARE(kubectlObjects(config, otherKinds), expectedAll);
    QVERIFY(expectedAll.contains(QStringLiteral("Deployment kube-system/coredns")));

    // The API's answers for a missing object, as kubectl words them from the Status.
    const Kubectl missing = kubectl(config, {QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("azureml-fe"),
                                             QStringLiteral("-n"), QStringLiteral("default")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("(NotFound): deployments.apps \"azureml-fe\" not found")), qPrintable(missing.err));

    // Again: nothing left to delete, each one said so.
    QCOMPARE(outcomes(run(c->deleteLegacyComponents())), expected("WasAbsent"));
    QCOMPARE(outcomes(run(c->findLegacyComponents())), expected("Absent"));
}

void TestLegacyComponents::aRefusedDeleteIsReportedAndTheOthersGoOn()
{
    const QByteArray config = adminKubeconfig(QStringLiteral("rg-aks"), QStringLiteral("aks-v1-leftovers"));
    const auto c = client(config);
    QVERIFY(c);
    QCOMPARE(outcomes(run(c->findLegacyComponents())), expected("Present"));
    // The API server refuses the config map's DELETE (a conflict is not retried).
    m_sbx.control("POST", QStringLiteral("/faults"),
                  QJsonDocument(QJsonObject{{QStringLiteral("method"), QStringLiteral("DELETE")},
                                            {QStringLiteral("path"), QStringLiteral("configmaps/azuremlfeconfig$")},
                                            {QStringLiteral("kind"), QStringLiteral("status")},
                                            {QStringLiteral("status"), 409},
                                            {QStringLiteral("count"), 1}}));
    const kube::LegacyComponentsReport report = run(c->deleteLegacyComponents());
    m_sbx.control("DELETE", QStringLiteral("/faults"));
    QStringList want = expected("Deleted");
    want[3] = QStringLiteral("ConfigMap default/azuremlfeconfig=Failed");
    QCOMPARE(outcomes(report), want);
    QVERIFY(!report.ok());
    QCOMPARE(report.failed().size(), 1);
    const kube::KubeError error = report.failed().first().error; // a copy: failed() is a temporary
    QCOMPARE(error.httpStatus, 409);
    QVERIFY2(error.sentence.contains(QLatin1String("Could not delete ConfigMap default/azuremlfeconfig")), qPrintable(error.sentence));
    // Only the refused one is still there.
    const QStringList left = kubectlObjects(config, {QStringLiteral("deploy,svc,sa,secret,cm"), QStringLiteral("-n"), QStringLiteral("default")});
    QVERIFY2(left.contains(QStringLiteral("ConfigMap default/azuremlfeconfig")), qPrintable(left.join(QLatin1Char('\n'))));
    QVERIFY(!left.contains(QStringLiteral("Deployment default/azureml-fe")));
    QCOMPARE(outcomes(run(c->findLegacyComponents())).filter(QStringLiteral("=Present")),
             QStringList{QStringLiteral("ConfigMap default/azuremlfeconfig=Present")});
    // kubectl reads the sandbox's DELETE answer (a Success Status for config maps) as a deletion.
    const Kubectl del = kubectl(config, {QStringLiteral("delete"), QStringLiteral("cm"), QStringLiteral("azuremlfeconfig"),
                                         QStringLiteral("-n"), QStringLiteral("default")});
    QCOMPARE(del.exitCode, 0);
    QCOMPARE(del.out.trimmed(), QStringLiteral("configmap \"azuremlfeconfig\" deleted"));
}

void TestLegacyComponents::anUnreachableServerFailsEachOnce()
{
    const auto c = client(adminKubeconfig(QStringLiteral("rg-aks"), QStringLiteral("aks-plain")));
    QVERIFY(c);
    // Every connection to the API server is dropped: the first component is tried twice (one
    // retry), then all eight fail with that reason instead of each waiting through its retries.
    m_sbx.control("POST", QStringLiteral("/faults"),
                  QJsonDocument(QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                            {QStringLiteral("path"), QStringLiteral("azureml")},
                                            {QStringLiteral("kind"), QStringLiteral("drop")},
                                            {QStringLiteral("count"), -1}}));
    m_sbx.control("DELETE", QStringLiteral("/requests"));
    int steps = 0;
    const kube::LegacyComponentsReport report = run(c->findLegacyComponents(), &steps);
    const int tries = m_sbx.countRequests("GET", QStringLiteral("azureml"));
    m_sbx.control("DELETE", QStringLiteral("/faults"));
    QCOMPARE(outcomes(report), expected("Failed"));
    QCOMPARE(steps, 8);
    QVERIFY(!report.ok());
    for (const kube::LegacyComponentResult &r : report.results)
        QCOMPARE(r.error.reason, QStringLiteral("NetworkError"));
    // Only the first component's tries reached the server (Qt's network layer may resend a GET
    // whose connection dropped, so each of the 2 tries can be logged more than once): fewer
    // requests than components.
    QVERIFY2(tries >= 2 && tries < 8, qPrintable(QString::number(tries)));
}

QTEST_GUILESS_MAIN(TestLegacyComponents)
#include "tst_legacy_components.moc"
