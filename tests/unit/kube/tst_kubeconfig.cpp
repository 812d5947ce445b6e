// Kubeconfig parsing (AKS-style, sandbox/kubectl-style, JSON), context resolution, merge,
// serialisation, and KubeClient's refusal of unusable kubeconfigs.
#include "kube/KubeClient.h"
#include "kube/Kubeconfig.h"

#include <QSignalSpy>
#include <QTest>

using namespace cw::kube;

namespace {

QByteArray b64(const char *text)
{
    return QByteArray(text).toBase64();
}

// As `az aks get-credentials` / listClusterUserCredential hand it out.
QByteArray aksKubeconfig(const QByteArray &name = "myaks", const QByteArray &server = "https://myaks-dns.hcp.westeurope.azmk8s.io:443")
{
    return "apiVersion: v1\n"
           "clusters:\n"
           "- cluster:\n"
           "    certificate-authority-data: " + b64("-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n") + "\n"
           "    server: " + server + "\n"
           "  name: " + name + "\n"
           "contexts:\n"
           "- context:\n"
           "    cluster: " + name + "\n"
           "    user: clusterUser_rg-ml_" + name + "\n"
           "  name: " + name + "\n"
           "current-context: " + name + "\n"
           "kind: Config\n"
           "preferences: {}\n"
           "users:\n"
           "- name: clusterUser_rg-ml_" + name + "\n"
           "  user:\n"
           "    client-certificate-data: " + b64("CERT") + "\n"
           "    client-key-data: " + b64("KEY") + "\n"
           "    token: 0123456789abcdef\n";
}

// Indented sequences, quoting and comments, as other writers (and the sandbox) may produce.
const QByteArray kIndentedStyle = "# written by a tool\n"
                                  "apiVersion: \"v1\"\n"
                                  "kind: Config\n"
                                  "clusters:\n"
                                  "  - name: 'sandbox-aks'\n"
                                  "    cluster:\n"
                                  "      server: \"https://127.0.0.1:40123\"\n"
                                  "      certificate-authority-data: " + b64("CA2") + "\n"
                                  "users:\n"
                                  "  - name: admin\n"
                                  "    user:\n"
                                  "      token: \"tok\"\n"
                                  "contexts:\n"
                                  "  - name: sandbox-aks\n"
                                  "    context:\n"
                                  "      cluster: sandbox-aks\n"
                                  "      user: admin\n"
                                  "      namespace: azureml   # inference namespace\n"
                                  "current-context: sandbox-aks\n";

Kubeconfig parsed(const QByteArray &text)
{
    KubeconfigParseResult r = Kubeconfig::parse(text);
    if (!r.ok())
        qFatal("kubeconfig did not parse: %s", qPrintable(r.error));
    return *r.value;
}

} // namespace

class TestKubeconfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aksStyle()
    {
        const KubeconfigParseResult r = Kubeconfig::parse(aksKubeconfig());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.warnings.isEmpty());
        const Kubeconfig &k = *r.value;
        QCOMPARE(k.clusters().size(), 1);
        QCOMPARE(k.clusters()[0].server, QStringLiteral("https://myaks-dns.hcp.westeurope.azmk8s.io:443"));
        QVERIFY(k.clusters()[0].certificateAuthorityData.startsWith("-----BEGIN CERTIFICATE-----"));
        QCOMPARE(k.users()[0].clientCertificateData, QByteArray("CERT"));
        QCOMPARE(k.users()[0].clientKeyData, QByteArray("KEY"));
        QCOMPARE(k.users()[0].token, QStringLiteral("0123456789abcdef"));
        QCOMPARE(k.currentContext(), QStringLiteral("myaks"));
        QString error;
        const auto t = k.resolve({}, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->ns, QStringLiteral("default"));
        QCOMPARE(t->user.name, QStringLiteral("clusterUser_rg-ml_myaks"));
    }

    void indentedStyle()
    {
        const Kubeconfig k = parsed(kIndentedStyle);
        const auto t = k.resolve();
        QVERIFY(t);
        QCOMPARE(t->cluster.server, QStringLiteral("https://127.0.0.1:40123"));
        QCOMPARE(t->cluster.certificateAuthorityData, QByteArray("CA2"));
        QCOMPARE(t->user.token, QStringLiteral("tok"));
        QCOMPARE(t->ns, QStringLiteral("azureml"));
    }

    void jsonKubeconfig()
    {
        const nlohmann::json doc = {
            {"apiVersion", "v1"}, {"kind", "Config"},
            {"clusters", {{{"name", "c"}, {"cluster", {{"server", "https:/" "/h:6443"}, {"insecure-skip-tls-verify", true}}}}}},
            {"users", {{{"name", "u"}, {"user", {{"exec", {{"command", "kubelogin"}}}}}}}},
            {"contexts", {{{"name", "x"}, {"context", {{"cluster", "c"}, {"user", "u"}, {"namespace", "ns1"}}}}}},
            {"current-context", "x"}};
        const QByteArray json = QByteArray::fromStdString(doc.dump());
        const Kubeconfig k = parsed(json);
        const auto t = k.resolve();
        QVERIFY(t);
        QVERIFY(t->cluster.insecureSkipTlsVerify);
        QVERIFY(t->user.usesExecPlugin);
        QCOMPARE(t->ns, QStringLiteral("ns1"));
    }

    void resolveFailures_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unknown context") << aksKubeconfig() << QStringLiteral("nope") << QStringLiteral("no context named \"nope\"");
        QTest::newRow("missing user") << QByteArray("clusters:\n- name: c\n  cluster:\n    server: https://x\ncontexts:\n- name: k\n  context:\n    cluster: c\n    user: ghost\ncurrent-context: k\n")
                                      << QString() << QStringLiteral("no user named \"ghost\"");
        QTest::newRow("missing cluster") << QByteArray("users:\n- name: u\n  user:\n    token: t\ncontexts:\n- name: k\n  context:\n    cluster: far\n    user: u\ncurrent-context: k\n")
                                         << QString() << QStringLiteral("no cluster named \"far\"");
        QTest::newRow("no current context") << QByteArray("contexts: []\n") << QString() << QStringLiteral("no current context");
        QTest::newRow("no server") << QByteArray("clusters:\n- name: c\n  cluster: {}\nusers:\n- name: u\n  user:\n    token: t\ncontexts:\n- name: k\n  context:\n    cluster: c\n    user: u\ncurrent-context: k\n")
                                   << QString() << QStringLiteral("no server address");
    }

    void resolveFailures()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, context);
        QFETCH(QString, fragment);
        QString error;
        QVERIFY(!parsed(text).resolve(context, &error));
        QVERIFY2(error.contains(fragment), qPrintable(error));
    }

    void badBase64IsAWarningWithoutTheValue()
    {
        const KubeconfigParseResult r = Kubeconfig::parse(
            "users:\n- name: u\n  user:\n    client-key-data: \"s3cr3t!!not*base64\"\n");
        QVERIFY(r.ok());
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings[0].contains(QLatin1String("users[0].client-key-data")));
        QVERIFY(!r.warnings[0].contains(QLatin1String("s3cr3t")));
        QVERIFY(r.value->users()[0].clientKeyData.isEmpty());
    }

    void unusableDocuments_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("list") << QByteArray("- a\n- b\n");
        QTest::newRow("broken yaml") << QByteArray("a: [open\n");
        QTest::newRow("broken json") << QByteArray("{\"clusters\": [");
        QTest::newRow("deep json") << QByteArray(500, '{');
        QByteArray wide = "{\"a\": [";
        for (int i = 0; i < 250000; ++i)
            wide += "[],";
        QTest::newRow("too many json nodes") << QByteArray(wide + "[]]}");
        // fuzz_kubeconfig: JSON escapes put bytes in that YAML refuses and yaml-cpp cannot write
        // back, so the kubeconfig written from them would not read again.
        QTest::newRow("json key with a carriage return") << QByteArray("\r{\"clusters\":[{\"cluster\":{\"s-tls-v\\rify\":true}}]}");
        QTest::newRow("json value with DEL") << QByteArray("{\"current-context\":\"a\\u007fb\"}");
    }

    void unusableDocuments()
    {
        QFETCH(QByteArray, text);
        const KubeconfigParseResult r = Kubeconfig::parse(text);
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());
    }

    void yamlRoundTrip()
    {
        const Kubeconfig k = parsed(aksKubeconfig());
        const Kubeconfig again = parsed(k.toYaml());
        QVERIFY(again.document() == k.document());
        QCOMPARE(again.users()[0].clientKeyData, QByteArray("KEY"));
    }

    // A flow-style YAML kubeconfig whose keys are all quoted is written back as valid JSON if the
    // top level stays flow, and parse() reads text starting with '{' as JSON, whose numbers come
    // back re-spelled (-0 as 0, 1.50 as 1.5). Found by fuzz_kubeconfig
    // (tests/fuzz/kubeconfig/corpus/regression-flow-json.yaml).
    void flowDocumentRoundTripKeepsNumbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("number");
        QTest::newRow("minus zero") << QByteArray("{'': -0}") << QByteArray("-0");
        QTest::newRow("trailing zero") << QByteArray("{'1': 1.50}") << QByteArray("1.50");
        QTest::newRow("fuzzer's input") << QByteArray("{\"\":\"2NO\t\t&\",\"ki\":-0 }") << QByteArray("-0");
    }
    void flowDocumentRoundTripKeepsNumbers()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, number);
        const Kubeconfig k = parsed(text);
        const QByteArray yaml = k.toYaml();
        const Kubeconfig again = parsed(yaml);
        QVERIFY2(again.document() == k.document(), yaml.constData());
        QCOMPARE(QByteArray::fromStdString(again.document().entries.back().value.text), number);
    }

    void mergeAddsReplacesAndKeeps()
    {
        QByteArray existingText = aksKubeconfig("other", "https://other:443");
        existingText += "extensions:\n- name: keep-me\n  extension: {}\n";
        const Kubeconfig existing = parsed(existingText);
        const Kubeconfig incoming = parsed(aksKubeconfig("myaks"));

        // By default the user's current context stays; every existing entry is kept as it was.
        const KubeconfigMerge quiet = mergeKubeconfig(existing, incoming);
        QCOMPARE(quiet.result.currentContext(), QStringLiteral("other"));
        QVERIFY(!quiet.currentContextChanged);
        for (const char *list : {"clusters", "users", "contexts"})
            QVERIFY(quiet.result.document().find(list)->items.front() == existing.document().find(list)->items.front());

        KubeconfigMerge m = mergeKubeconfig(existing, incoming, /*makeCurrent=*/true);
        QVERIFY(m.ok());
        QCOMPARE(m.added.size(), 3);
        QVERIFY(m.replaced.isEmpty());
        QCOMPARE(m.result.clusters().size(), 2);
        QCOMPARE(m.result.contexts().size(), 2);
        QCOMPARE(m.result.currentContext(), QStringLiteral("myaks"));
        QVERIFY(m.currentContextChanged);
        QVERIFY(m.result.document().find("extensions"));

        // Merging a refreshed credential for the same cluster replaces, never duplicates.
        const Kubeconfig refreshed = parsed(aksKubeconfig("myaks", "https://moved:443"));
        KubeconfigMerge again = mergeKubeconfig(m.result, refreshed, /*makeCurrent=*/false);
        QCOMPARE(again.replaced, QStringList{QStringLiteral("cluster myaks")});  // only the server moved
        QCOMPARE(again.unchanged.size(), 2);
        QVERIFY(again.added.isEmpty());
        QCOMPARE(again.result.clusters().size(), 2);
        QCOMPARE(again.result.currentContext(), QStringLiteral("myaks"));
        const auto t = again.result.resolve(QStringLiteral("myaks"));
        QVERIFY(t);
        QCOMPARE(t->cluster.server, QStringLiteral("https://moved:443"));
        // The merged file still reads back identically.
        QVERIFY(parsed(again.result.toYaml()).document() == again.result.document());

        // The same credential again is reported as already there, not as replaced.
        const KubeconfigMerge same = mergeKubeconfig(again.result, refreshed);
        QCOMPARE(same.unchanged.size(), 3);
        QVERIFY(same.replaced.isEmpty() && same.added.isEmpty());
    }

    void mergeRefusesAMalformedList()
    {
        const KubeconfigMerge m = mergeKubeconfig(parsed("clusters: oops\ncurrent-context: x\n"), parsed(aksKubeconfig()));
        QVERIFY(!m.ok());
        QVERIFY(m.error.contains(QLatin1String("clusters")));
    }

    void mergeIntoEmpty()
    {
        const KubeconfigMerge m = mergeKubeconfig(Kubeconfig(), parsed(kIndentedStyle));
        QCOMPARE(m.result.clusters().size(), 1);
        QCOMPARE(m.result.currentContext(), QStringLiteral("sandbox-aks"));
        QCOMPARE(m.result.document().find("kind")->text, std::string("Config"));
    }

    void clientRefusesUnusableTargets_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        const QByteArray tail = "users:\n- name: u\n  user:\n    token: t\ncontexts:\n- name: k\n  context:\n    cluster: c\n    user: u\ncurrent-context: k\n";
        QTest::newRow("insecure skip")
            << "clusters:\n- name: c\n  cluster:\n    server: https://h\n    insecure-skip-tls-verify: true\n" + tail
            << QStringLiteral("InsecureSkipTlsVerify");
        QTest::newRow("plain http remote") << "clusters:\n- name: c\n  cluster:\n    server: http://example.com\n" + tail
                                           << QStringLiteral("InsecureServer");
        QTest::newRow("CA data not PEM")
            << "clusters:\n- name: c\n  cluster:\n    server: https://h\n    certificate-authority-data: " + b64("nope") + "\n" + tail
            << QStringLiteral("BadCertificateAuthority");
        QTest::newRow("no credentials")
            << QByteArray("clusters:\n- name: c\n  cluster:\n    server: https://h\nusers:\n- name: u\n  user: {}\n"
                          "contexts:\n- name: k\n  context:\n    cluster: c\n    user: u\ncurrent-context: k\n")
            << QStringLiteral("NoCredentials");
        QTest::newRow("bad client cert")
            << QByteArray("clusters:\n- name: c\n  cluster:\n    server: https://h\nusers:\n- name: u\n  user:\n    client-certificate-data: "
                          + b64("CERT") + "\n    client-key-data: " + b64("KEY") + "\n"
                          "contexts:\n- name: k\n  context:\n    cluster: c\n    user: u\ncurrent-context: k\n")
            << QStringLiteral("BadClientCertificate");
    }

    void clientRefusesUnusableTargets()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        const auto target = parsed(text).resolve();
        QVERIFY(target);
        KubeClient client(*target);
        QVERIFY(!client.configurationError().isEmpty());
        KubeSecretJob *job = client.readTlsSecret();
        QSignalSpy spy(job, &KubeSecretJob::finished);
        QCOMPARE(spy.count(), 0);  // never finishes before the caller could connect
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        const auto result = spy.at(0).at(0).value<KubeSecretResult>();
        QVERIFY(!result.ok());
        QCOMPARE(result.error.reason, reason);
        QVERIFY(!result.error.sentence.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
