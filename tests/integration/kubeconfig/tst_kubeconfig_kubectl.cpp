// kubectl judges the kubeconfigs clusterwright-cli writes. A realistic ~/.kube/config (AKS
// kubelogin and GKE exec plugins with provideClusterInfo false/true and env/args lists,
// insecure-skip-tls-verify: true, certificate-authority-data, several contexts, comments,
// `preferences: {}`, a current context, number-like quoted strings) is merged with a compute's
// kubeconfig from the sandbox (listKeys through the CLI). Then `kubectl config view --raw -o
// json` and `kubectl config get-contexts` must succeed, every original cluster/user/context must
// be exactly what kubectl read from the original file, and current-context must not move
// unless --set-current is given. The CLI must refuse an existing --file without --merge or
// --overwrite. With CI=true a missing kubectl fails the test instead of skipping it.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "CliRunner.h"
#include "support/SandboxProcess.h"
#include "support/OutsideJudge.h"

using namespace Qt::StringLiterals;

namespace {

const char kCompute[] = "inference-prod";

QByteArray pemB64(const char *what)
{
    return QByteArray(QByteArray("-----BEGIN CERTIFICATE-----\nMIIB") + what + "\n-----END CERTIFICATE-----\n").toBase64();
}

QByteArray realisticConfig()
{
    return "# ~/.kube/config kept by hand: three clouds\n"
           "apiVersion: v1\n"
           "kind: Config\n"
           "preferences: {}\n"
           "clusters:\n"
           "- cluster:\n"
           "    certificate-authority-data: " + pemB64("prod") + "\n"
           "    server: https://prod-aks-dns-1a2b3c4d.hcp.westeurope.azmk8s.io:443\n"
           "  name: prod-aks\n"
           "- cluster:\n"
           "    insecure-skip-tls-verify: true   # self-signed lab cluster\n"
           "    server: https://192.168.49.2:8443\n"
           "  name: minikube\n"
           "- name: gke_proj-1_europe-west1_gke1\n"
           "  cluster:\n"
           "    certificate-authority-data: " + pemB64("gke") + "\n"
           "    server: https://34.77.10.20\n"
           "    tls-server-name: kubernetes.default\n"
           "users:\n"
           "# AKS with Azure AD: kubelogin\n"
           "- name: clusterUser_rg-prod_prod-aks\n"
           "  user:\n"
           "    exec:\n"
           "      apiVersion: client.authentication.k8s.io/v1beta1\n"
           "      args:\n"
           "      - get-token\n"
           "      - --environment\n"
           "      - AzurePublicCloud\n"
           "      - --server-id\n"
           "      - 6dae42f8-4368-4678-94ff-3960e28e3630\n"
           "      - --login\n"
           "      - devicecode\n"
           "      command: kubelogin\n"
           "      env: null\n"
           "      provideClusterInfo: false\n"
           "- name: gke-user\n"
           "  user:\n"
           "    exec:\n"
           "      apiVersion: client.authentication.k8s.io/v1beta1\n"
           "      command: gke-gcloud-auth-plugin\n"
           "      installHint: \"Install gke-gcloud-auth-plugin for use with kubectl by following\n"
           "        https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke\"\n"
           "      provideClusterInfo: true\n"
           "      env:\n"
           "      - name: CLOUDSDK_CORE_VERBOSITY\n"
           "        value: \"0\"\n"
           "      - name: USE_GKE_GCLOUD_AUTH_PLUGIN\n"
           "        value: 'True'\n"
           "- name: minikube\n"
           "  user:\n"
           "    client-certificate: /home/me/.minikube/profiles/minikube/client.crt\n"
           "    client-key: /home/me/.minikube/profiles/minikube/client.key\n"
           "contexts:\n"
           "- context:\n"
           "    cluster: prod-aks\n"
           "    namespace: \"2024\"\n"
           "    user: clusterUser_rg-prod_prod-aks\n"
           "  name: prod-aks\n"
           "- context: {cluster: minikube, user: minikube, namespace: default}\n"
           "  name: minikube\n"
           "- context:\n"
           "    cluster: gke_proj-1_europe-west1_gke1\n"
           "    user: gke-user\n"
           "  name: gke\n"
           "current-context: minikube\n";
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run kubectl(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"KUBECONFIG"_s);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(u"kubectl"_s, arguments);
    Run run;
    if (!finished.wait(60000)) {
        process.kill();
        finished.wait(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject byName(const QJsonObject &view, const QString &list, const QString &name)
{
    for (const QJsonValue &v : view.value(list).toArray())
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestKubeconfigKubectl : public QObject
{
    Q_OBJECT

    cw::test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir{QString::fromLocal8Bit(qgetenv("CW_TEST_TMPDIR")) + u"/kubectl-XXXXXX"_s};

    QString m_context;  // the compute kubeconfig's context, as the sandbox names it

    QString tmp(const QString &name) const { return m_dir.filePath(name); }

    // kubectl's own reading of a file (fails the test when kubectl refuses it).
    QJsonObject view(const QString &path)
    {
        const Run run = kubectl({u"config"_s, u"view"_s, u"--raw"_s, u"-o"_s, u"json"_s, u"--kubeconfig"_s, path});
        if (run.exitCode != 0) {
            qWarning("kubectl config view failed on %s:\n%s\n--- file ---\n%s", qPrintable(path), run.err.constData(),
                     readAll(path).constData());
            return {};
        }
        return QJsonDocument::fromJson(run.out).object();
    }

    QByteArray contexts(const QString &path)
    {
        const Run run = kubectl({u"config"_s, u"get-contexts"_s, u"--kubeconfig"_s, path});
        if (run.exitCode != 0)
            qWarning("kubectl config get-contexts failed: %s", run.err.constData());
        return run.exitCode == 0 ? run.out : QByteArray();
    }

    // Every cluster, user and context of `before` is, as kubectl reads it, the same in `after`.
    void sameOriginalEntries(const QJsonObject &before, const QJsonObject &after)
    {
        int compared = 0;
        for (const QString &list : {u"clusters"_s, u"users"_s, u"contexts"_s}) {
            for (const QJsonValue &v : before.value(list).toArray()) {
                const QString name = v.toObject().value(u"name"_s).toString();
                const QJsonObject now = byName(after, list, name);
                QVERIFY2(now == v.toObject(), qPrintable(u"%1 %2 changed:\n%3\n=>\n%4"_s.arg(
                                                  list, name, QString::fromUtf8(QJsonDocument(v.toObject()).toJson()),
                                                  QString::fromUtf8(QJsonDocument(now).toJson()))));
                ++compared;
            }
        }
        QCOMPARE(compared, 9);  // 3 clusters, 3 users, 3 contexts
    }

private Q_SLOTS:
    void initTestCase()
    {
        CW_REQUIRE_OUTSIDE_JUDGE(!QStandardPaths::findExecutable(u"kubectl"_s).isEmpty(), u"kubectl (kubernetes-client)"_s);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start());
        const QString endpointFile = tmp(u"ready.json"_s);
        writeAll(endpointFile, m_sandbox.readyLine().toJson(QJsonDocument::Compact) + '\n');
        const CliRun login = runCli({u"login"_s, u"sandbox"_s, u"--endpoint-file"_s, endpointFile});
        QVERIFY2(login.exitCode == 0, login.err.constData());
        // The original file must itself be something kubectl reads, or the comparison means nothing.
        writeAll(tmp(u"original"_s), realisticConfig());
        const QJsonObject original = view(tmp(u"original"_s));
        QCOMPARE(original.value(u"clusters"_s).toArray().size(), 3);
        QCOMPARE(original.value(u"users"_s).toArray().size(), 3);
        // What the compute's kubeconfig calls its context (standard output, nothing written).
        const CliRun out = runCli({u"kubeconfig"_s, QLatin1String(kCompute), u"--file"_s, u"-"_s});
        QVERIFY2(out.exitCode == 0, out.err.constData());
        writeAll(tmp(u"incoming"_s), out.out);
        m_context = view(tmp(u"incoming"_s)).value(u"current-context"_s).toString();
        QVERIFY(!m_context.isEmpty());
        QVERIFY(m_context != u"minikube"_s);
    }

    void existingFileIsRefusedWithoutMergeOrOverwrite()
    {
        const QString config = tmp(u"refused-config"_s);
        writeAll(config, realisticConfig());
        const CliRun run = runCli({u"kubeconfig"_s, QLatin1String(kCompute), u"--file"_s, config});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--merge") && run.err.contains("--overwrite"), run.err.constData());
        QCOMPARE(readAll(config), realisticConfig());
        QVERIFY(!QFile::exists(config + u".clusterwright-backup"_s));
    }

    void mergeKeepsEveryOriginalEntry()
    {
        const QString config = tmp(u"merged-config"_s);
        writeAll(config, realisticConfig());
        const QJsonObject before = view(config);
        QVERIFY(!before.isEmpty());

        const CliRun run = runCli({u"kubeconfig"_s, QLatin1String(kCompute), u"--file"_s, config, u"--merge"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("Added:") && run.err.contains("clusterwright-backup"), run.err.constData());
        QCOMPARE(readAll(config + u".clusterwright-backup"_s), realisticConfig());

        const QJsonObject after = view(config);
        QVERIFY2(!after.isEmpty(), "kubectl refused the merged file");
        sameOriginalEntries(before, after);
        QCOMPARE(after.value(u"current-context"_s).toString(), u"minikube"_s);
        QCOMPARE(after.value(u"clusters"_s).toArray().size(), 4);
        QCOMPARE(after.value(u"contexts"_s).toArray().size(), 4);
        QVERIFY(!byName(after, u"contexts"_s, m_context).isEmpty());
        const QByteArray listed = contexts(config);
        for (const QByteArray &name : {QByteArray("prod-aks"), QByteArray("minikube"), QByteArray("gke"), m_context.toUtf8()})
            QVERIFY2(listed.contains(name), listed.constData());

        // Merging the same credential again changes nothing kubectl can see.
        const CliRun again = runCli({u"kubeconfig"_s, QLatin1String(kCompute), u"--file"_s, config, u"--merge"_s});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(view(config), after);

        // --set-current is the only way the current context moves.
        const CliRun current = runCli({u"kubeconfig"_s, QLatin1String(kCompute), u"--file"_s, config, u"--merge"_s, u"--set-current"_s});
        QVERIFY2(current.exitCode == 0, current.err.constData());
        const QJsonObject switched = view(config);
        QCOMPARE(switched.value(u"current-context"_s).toString(), m_context);
        sameOriginalEntries(before, switched);
    }

    // YAML limits implicit keys to 1024 characters; a longer key in a user's file must be written
    // back as an explicit `? key` (fuzz_kubeconfig found the writer producing `"…": v`, which
    // neither yaml-cpp nor kubectl reads). kubectl ignores the unknown key, but must read the file.
    void mergeKeepsAKeyLongerThanYamlsImplicitKeyLimit()
    {
        // 607 characters read; every quote is escaped when written: 1,216 characters.
        const QByteArray longKey = "x-note-" + QByteArray(600, '"');
        QByteArray escaped = longKey;
        escaped.replace('"', "\\\"");
        const QByteArray original = realisticConfig() + "? \"" + escaped + "\"\n: {kept: [1, \"2\"]}\n";
        const QString config = tmp(u"long-key-config"_s);
        writeAll(config, original);
        const QJsonObject before = view(config);
        QVERIFY2(!before.isEmpty(), "kubectl refused the original file");

        const CliRun run = runCli({u"kubeconfig"_s, QLatin1String(kCompute), u"--file"_s, config, u"--merge"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QByteArray merged = readAll(config);
        QVERIFY(merged.contains(escaped));
        const QJsonObject after = view(config);
        QVERIFY2(!after.isEmpty(), "kubectl refused the merged file");
        sameOriginalEntries(before, after);
        QVERIFY(!byName(after, u"contexts"_s, m_context).isEmpty());
    }

    void newFileAndOverwriteAreReadByKubectl()
    {
        const QString fresh = tmp(u"fresh/compute.kubeconfig"_s);
        const CliRun run = runCli({u"kubeconfig"_s, QLatin1String(kCompute), u"--file"_s, fresh});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject created = view(fresh);
        QCOMPARE(created.value(u"current-context"_s).toString(), m_context);
        QVERIFY(contexts(fresh).contains(m_context.toUtf8()));
        QCOMPARE(int(QFile::permissions(fresh) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)), 0);

        const QString replaced = tmp(u"overwritten-config"_s);
        writeAll(replaced, realisticConfig());
        const CliRun over = runCli({u"kubeconfig"_s, QLatin1String(kCompute), u"--file"_s, replaced, u"--overwrite"_s});
        QVERIFY2(over.exitCode == 0, over.err.constData());
        QCOMPARE(view(replaced), created);
        QCOMPARE(readAll(replaced + u".clusterwright-backup"_s), realisticConfig());
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigKubectl)
#include "tst_kubeconfig_kubectl.moc"
