// The Azure ML extension's settings (v2-contract.md section 1): every combination of workloads,
// router service type, internal load balancer, TLS (secret / protected PEM pair / insecure), router
// HA against the node count, booleans, unknown keys and nodeSelector labels. Each row names the
// findings expected as "<severity> <code>" (sorted), so a missing, extra or mis-graded finding fails.
#include "rules/ExtensionRules.h"

#include <QTest>

using namespace cw::rules;

namespace {

using Map = QMap<QString, QString>;

QString severityLetter(Severity s)
{
    return s == Severity::Error ? QStringLiteral("E") : s == Severity::Warning ? QStringLiteral("W") : QStringLiteral("I");
}

QStringList summary(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(severityLetter(f.severity) + QLatin1Char(' ') + f.code);
    out.sort();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

V2ClusterFacts clusterWithNodes(int nodes, bool aks = true)
{
    V2ClusterFacts c;
    c.isAks = aks;
    c.nodePools.append({QStringLiteral("nodepool1"), nodes, QStringLiteral("Standard_D4s_v3"), QStringLiteral("Linux"), 4, 16});
    return c;
}

const QDateTime kNow = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);

CertificateFacts goodCertificate()
{
    CertificateFacts c;
    c.parsed = true;
    c.keyMatches = true;
    c.coversCname = true;
    c.notBefore = kNow.addDays(-1);
    c.notAfter = kNow.addDays(365);
    return c;
}

// Inference with a valid TLS pair: the base most rows change one thing of.
Map inferenceTls()
{
    return {{QStringLiteral("enableInference"), QStringLiteral("True")},
            {QStringLiteral("inferenceRouterServiceType"), QStringLiteral("loadBalancer")},
            {QStringLiteral("sslCname"), QStringLiteral("scoring.contoso.com")}};
}

Map pemPair()
{
    return {{QStringLiteral("sslCertPemFile"), QStringLiteral("-----BEGIN CERTIFICATE-----")},
            {QStringLiteral("sslKeyPemFile"), QStringLiteral("-----BEGIN PRIVATE KEY-----")}};
}

Map with(Map base, const Map &changes)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value() == QLatin1String("<remove>"))
            base.remove(it.key());
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

} // namespace

class TestExtensionRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void combinations_data();
    void combinations();
    void certificate_data();
    void certificate();
    void routerHa_data();
    void routerHa();
    void labels_data();
    void labels();
    void messagesSayWhatToChange();
    void unknownKeyListsTheKnownOnes();
};

void TestExtensionRules::combinations_data()
{
    QTest::addColumn<Map>("settings");
    QTest::addColumn<Map>("protectedSettings");
    QTest::addColumn<bool>("aks");
    QTest::addColumn<QStringList>("expected");

    const Map none;
    const Map insecure = {{QStringLiteral("enableInference"), QStringLiteral("True")},
                          {QStringLiteral("inferenceRouterServiceType"), QStringLiteral("clusterIP")},
                          {QStringLiteral("allowInsecureConnections"), QStringLiteral("True")}};
    const QString rm = QStringLiteral("<remove>");

    // Workloads
    QTest::newRow("training only") << Map{{QStringLiteral("enableTraining"), QStringLiteral("True")}} << none << true << QStringList{};
    QTest::newRow("no settings at all") << none << none << true << QStringList{QStringLiteral("E v2.config.noWorkload")};
    QTest::newRow("both False") << Map{{QStringLiteral("enableTraining"), QStringLiteral("False")},
                                       {QStringLiteral("enableInference"), QStringLiteral("False")}}
                                << none << true << QStringList{QStringLiteral("E v2.config.noWorkload")};
    QTest::newRow("lower-case true as az users type it") << Map{{QStringLiteral("enableTraining"), QStringLiteral("true")}} << none << true << QStringList{};
    QTest::newRow("inference settings with inference off")
        << Map{{QStringLiteral("enableTraining"), QStringLiteral("True")}, {QStringLiteral("sslCname"), QStringLiteral("a.contoso.com")}}
        << none << true << QStringList{QStringLiteral("W v2.config.inferenceOff")};

    // Router service type
    QTest::newRow("insecure clusterIP") << insecure << none << true << QStringList{QStringLiteral("W v2.tls.insecure")};
    QTest::newRow("insecure nodePort") << with(insecure, {{QStringLiteral("inferenceRouterServiceType"), QStringLiteral("nodePort")}})
                                       << none << true << QStringList{QStringLiteral("W v2.tls.insecure")};
    QTest::newRow("router type missing") << with(insecure, {{QStringLiteral("inferenceRouterServiceType"), rm}}) << none << true
                                         << QStringList{QStringLiteral("E v2.routerServiceType.missing"), QStringLiteral("W v2.tls.insecure")};
    QTest::newRow("router type wrong case") << with(insecure, {{QStringLiteral("inferenceRouterServiceType"), QStringLiteral("LoadBalancer")}})
                                            << none << true
                                            << QStringList{QStringLiteral("E v2.routerServiceType.invalid"), QStringLiteral("W v2.tls.insecure")};
    QTest::newRow("loadBalancer on Arc") << with(insecure, {{QStringLiteral("inferenceRouterServiceType"), QStringLiteral("loadBalancer")}})
                                         << none << false
                                         << QStringList{QStringLiteral("W v2.routerServiceType.loadBalancer"), QStringLiteral("W v2.tls.insecure")};

    // Internal load balancer
    const Map lb = with(insecure, {{QStringLiteral("inferenceRouterServiceType"), QStringLiteral("loadBalancer")}});
    QTest::newRow("internal LB azure on AKS") << with(lb, {{QStringLiteral("internalLoadBalancerProvider"), QStringLiteral("azure")}})
                                              << none << true << QStringList{QStringLiteral("W v2.tls.insecure")};
    QTest::newRow("internal LB other provider") << with(lb, {{QStringLiteral("internalLoadBalancerProvider"), QStringLiteral("aws")}})
                                                << none << true
                                                << QStringList{QStringLiteral("E v2.internalLoadBalancer.provider"), QStringLiteral("W v2.tls.insecure")};
    QTest::newRow("internal LB on Arc") << with(lb, {{QStringLiteral("internalLoadBalancerProvider"), QStringLiteral("azure")}})
                                        << none << false
                                        << QStringList{QStringLiteral("E v2.internalLoadBalancer.notAks"),
                                                       QStringLiteral("W v2.routerServiceType.loadBalancer"), QStringLiteral("W v2.tls.insecure")};
    QTest::newRow("internal LB with nodePort") << with(insecure, {{QStringLiteral("internalLoadBalancerProvider"), QStringLiteral("azure")},
                                                                  {QStringLiteral("inferenceRouterServiceType"), QStringLiteral("nodePort")}})
                                               << none << true
                                               << QStringList{QStringLiteral("E v2.internalLoadBalancer.needsLoadBalancer"), QStringLiteral("W v2.tls.insecure")};

    // TLS
    QTest::newRow("TLS by protected PEM pair") << inferenceTls() << pemPair() << true << QStringList{};
    QTest::newRow("TLS by secret") << with(inferenceTls(), {{QStringLiteral("sslSecret"), QStringLiteral("azureml-tls")}}) << none << true
                                   << QStringList{QStringLiteral("I v2.tls.secret")};
    QTest::newRow("no TLS and not insecure") << with(inferenceTls(), {{QStringLiteral("sslCname"), rm}}) << none << true
                                             << QStringList{QStringLiteral("E v2.tls.cnameMissing"), QStringLiteral("E v2.tls.noCertificate")};
    QTest::newRow("insecure False needs TLS") << with(inferenceTls(), {{QStringLiteral("allowInsecureConnections"), QStringLiteral("False")}})
                                              << none << true << QStringList{QStringLiteral("E v2.tls.noCertificate")};
    QTest::newRow("PEM pair without CNAME") << with(inferenceTls(), {{QStringLiteral("sslCname"), rm}}) << pemPair() << true
                                            << QStringList{QStringLiteral("E v2.tls.cnameMissing")};
    QTest::newRow("secret and PEM pair") << with(inferenceTls(), {{QStringLiteral("sslSecret"), QStringLiteral("azureml-tls")}}) << pemPair() << true
                                         << QStringList{QStringLiteral("E v2.tls.bothSources")};
    QTest::newRow("certificate without key") << inferenceTls() << Map{{QStringLiteral("sslCertPemFile"), QStringLiteral("x")}} << true
                                             << QStringList{QStringLiteral("E v2.tls.pairIncomplete")};
    QTest::newRow("key without certificate") << inferenceTls() << Map{{QStringLiteral("sslKeyPemFile"), QStringLiteral("x")}} << true
                                             << QStringList{QStringLiteral("E v2.tls.pairIncomplete")};
    QTest::newRow("CNAME not a host name") << with(inferenceTls(), {{QStringLiteral("sslCname"), QStringLiteral("not a host")},
                                                                    {QStringLiteral("sslSecret"), QStringLiteral("s")}})
                                           << none << true << QStringList{QStringLiteral("E v2.tls.cname.syntax"), QStringLiteral("I v2.tls.secret")};
    QTest::newRow("insecure and CNAME without certificate")
        << with(inferenceTls(), {{QStringLiteral("allowInsecureConnections"), QStringLiteral("True")}}) << none << true
        << QStringList{QStringLiteral("E v2.tls.noCertificate"), QStringLiteral("W v2.tls.insecure")};
    QTest::newRow("insecure with TLS too") << with(inferenceTls(), {{QStringLiteral("allowInsecureConnections"), QStringLiteral("True")}})
                                           << pemPair() << true << QStringList{QStringLiteral("W v2.tls.insecure")};

    // Booleans, keys
    QTest::newRow("boolean yes") << with(insecure, {{QStringLiteral("inferenceRouterHA"), QStringLiteral("yes")}}) << none << true
                                 << QStringList{QStringLiteral("E v2.config.boolean"), QStringLiteral("W v2.tls.insecure")};
    QTest::newRow("boolean 1 on an install flag") << Map{{QStringLiteral("enableTraining"), QStringLiteral("True")},
                                                         {QStringLiteral("installVolcano"), QStringLiteral("1")}}
                                                  << none << true << QStringList{QStringLiteral("E v2.config.boolean")};
    QTest::newRow("typo in a key") << Map{{QStringLiteral("enableTraining"), QStringLiteral("True")},
                                          {QStringLiteral("installPromop"), QStringLiteral("False")}}
                                   << none << true << QStringList{QStringLiteral("W v2.config.unknownKey")};
    QTest::newRow("PEM in plain settings") << with(inferenceTls(), {{QStringLiteral("sslCertPemFile"), QStringLiteral("x")},
                                                                    {QStringLiteral("sslSecret"), QStringLiteral("s")}})
                                           << none << true << QStringList{QStringLiteral("E v2.config.secretInSettings"), QStringLiteral("I v2.tls.secret")};
    QTest::newRow("unknown protected key") << Map{{QStringLiteral("enableTraining"), QStringLiteral("True")}}
                                           << Map{{QStringLiteral("sslPassword"), QStringLiteral("x")}} << true
                                           << QStringList{QStringLiteral("W v2.config.unknownProtectedKey")};
    QTest::newRow("every known install flag") << Map{{QStringLiteral("enableTraining"), QStringLiteral("True")},
                                                     {QStringLiteral("installNvidiaDevicePlugin"), QStringLiteral("False")},
                                                     {QStringLiteral("installPromOp"), QStringLiteral("False")},
                                                     {QStringLiteral("installVolcano"), QStringLiteral("True")},
                                                     {QStringLiteral("installDcgmExporter"), QStringLiteral("False")},
                                                     {QStringLiteral("nginxIngress.controller"), QStringLiteral("k8s.io/amlarc-nginx")}}
                                              << none << true << QStringList{};
}

void TestExtensionRules::combinations()
{
    QFETCH(Map, settings);
    QFETCH(Map, protectedSettings);
    QFETCH(bool, aks);
    QFETCH(QStringList, expected);
    const ExtensionConfiguration config{settings, protectedSettings};
    QCOMPARE(summary(checkExtensionConfiguration(config, clusterWithNodes(3, aks), goodCertificate(), kNow)), sorted(expected));
}

void TestExtensionRules::certificate_data()
{
    QTest::addColumn<bool>("analysed");
    QTest::addColumn<bool>("parsed");
    QTest::addColumn<bool>("keyMatches");
    QTest::addColumn<bool>("coversCname");
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("good") << true << true << true << true << 365 << QStringList{};
    QTest::newRow("not analysed") << false << true << true << true << 365 << QStringList{QStringLiteral("W v2.certificate.notAnalysed")};
    QTest::newRow("does not parse") << true << false << true << true << 365 << QStringList{QStringLiteral("E v2.certificate.parse")};
    QTest::newRow("key of another certificate") << true << true << false << true << 365 << QStringList{QStringLiteral("E v2.certificate.keyMatch")};
    QTest::newRow("CNAME not covered") << true << true << true << false << 365 << QStringList{QStringLiteral("E v2.certificate.cname")};
    QTest::newRow("expired") << true << true << true << true << -2 << QStringList{QStringLiteral("E v2.certificate.validity")};
    QTest::newRow("expires soon") << true << true << true << true << 10 << QStringList{QStringLiteral("W v2.certificate.validity")};
}

void TestExtensionRules::certificate()
{
    QFETCH(bool, analysed);
    QFETCH(bool, parsed);
    QFETCH(bool, keyMatches);
    QFETCH(bool, coversCname);
    QFETCH(int, daysLeft);
    QFETCH(QStringList, expected);
    CertificateFacts cert = goodCertificate();
    cert.parsed = parsed;
    cert.keyMatches = keyMatches;
    cert.coversCname = coversCname;
    cert.notAfter = kNow.addDays(daysLeft);
    const ExtensionConfiguration config{inferenceTls(), pemPair()};
    const Findings findings = checkExtensionConfiguration(config, clusterWithNodes(3),
                                                          analysed ? std::optional<CertificateFacts>(cert) : std::nullopt, kNow);
    QCOMPARE(summary(findings), sorted(expected));
    for (const Finding &f : findings) {
        QCOMPARE(f.field, QStringLiteral("sslCertPemFile"));
        // What the extension itself refuses names its error code; an expiry is ours to refuse.
        if (f.severity == Severity::Error && f.code != QLatin1String("v2.certificate.validity"))
            QVERIFY2(f.message.contains(QLatin1String("E40007")), qPrintable(f.message));
    }
}

void TestExtensionRules::routerHa_data()
{
    QTest::addColumn<QString>("ha"); // empty: not set (the extension's default is True)
    QTest::addColumn<int>("linuxNodes");
    QTest::addColumn<int>("windowsNodes");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("default, 2 nodes") << QString() << 2 << 0 << QStringList{QStringLiteral("E v2.routerHa.fewNodes")};
    QTest::newRow("True, 2 nodes") << QStringLiteral("True") << 2 << 0 << QStringList{QStringLiteral("E v2.routerHa.fewNodes")};
    QTest::newRow("False, 1 node") << QStringLiteral("False") << 1 << 0 << QStringList{};
    QTest::newRow("default, 3 nodes") << QString() << 3 << 0 << QStringList{};
    QTest::newRow("Windows nodes do not count") << QString() << 2 << 5 << QStringList{QStringLiteral("E v2.routerHa.fewNodes")};
}

void TestExtensionRules::routerHa()
{
    QFETCH(QString, ha);
    QFETCH(int, linuxNodes);
    QFETCH(int, windowsNodes);
    QFETCH(QStringList, expected);
    Map settings = inferenceTls();
    if (!ha.isEmpty())
        settings.insert(QStringLiteral("inferenceRouterHA"), ha);
    V2ClusterFacts cluster = clusterWithNodes(linuxNodes);
    if (windowsNodes > 0)
        cluster.nodePools.append({QStringLiteral("win"), windowsNodes, QStringLiteral("Standard_D4s_v3"), QStringLiteral("Windows"), 4, 16});
    const Findings findings = checkExtensionConfiguration({settings, pemPair()}, cluster, goodCertificate(), kNow);
    QCOMPARE(summary(findings), sorted(expected));
    if (!expected.isEmpty()) {
        QVERIFY(findings.first().message.contains(QLatin1String("E40002")));
        QVERIFY(findings.first().message.contains(QLatin1String("inferenceRouterHA=False")));
        QVERIFY(findings.first().message.contains(QLatin1String("3 nodes")));
    }
}

void TestExtensionRules::labels_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << QStringLiteral("nodeSelector.agentpool") << QStringLiteral("gpu") << QStringList{};
    QTest::newRow("prefixed") << QStringLiteral("nodeSelector.kubernetes.io/os") << QStringLiteral("linux") << QStringList{};
    QTest::newRow("empty value") << QStringLiteral("nodeSelector.ml") << QString() << QStringList{};
    QTest::newRow("leading dash") << QStringLiteral("nodeSelector.-pool") << QStringLiteral("a") << QStringList{QStringLiteral("E v2.nodeSelector.key")};
    QTest::newRow("empty label") << QStringLiteral("nodeSelector.") << QStringLiteral("a") << QStringList{QStringLiteral("E v2.nodeSelector.key")};
    QTest::newRow("upper-case prefix") << QStringLiteral("nodeSelector.Kubernetes.IO/os") << QStringLiteral("a") << QStringList{QStringLiteral("E v2.nodeSelector.key")};
    QTest::newRow("64-character name") << QStringLiteral("nodeSelector.") + QString(64, u'a') << QStringLiteral("a")
                                       << QStringList{QStringLiteral("E v2.nodeSelector.key")};
    QTest::newRow("63-character name") << QStringLiteral("nodeSelector.") + QString(63, u'a') << QStringLiteral("a") << QStringList{};
    QTest::newRow("value with a space") << QStringLiteral("nodeSelector.pool") << QStringLiteral("gpu pool")
                                        << QStringList{QStringLiteral("E v2.nodeSelector.value")};
}

void TestExtensionRules::labels()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    const Map settings{{QStringLiteral("enableTraining"), QStringLiteral("True")}, {key, value}};
    QCOMPARE(summary(checkExtensionConfiguration({settings, {}}, clusterWithNodes(3))), sorted(expected));
}

void TestExtensionRules::messagesSayWhatToChange()
{
    const auto messageOf = [](const Findings &findings, const QString &code) {
        for (const Finding &f : findings) {
            if (f.code == code)
                return f.message;
        }
        return QString();
    };
    const Findings lb = checkExtensionConfiguration(
        {with(inferenceTls(), {{QStringLiteral("internalLoadBalancerProvider"), QStringLiteral("aws")}}), pemPair()},
        clusterWithNodes(3, false), goodCertificate(), kNow);
    QVERIFY(messageOf(lb, QStringLiteral("v2.internalLoadBalancer.provider")).contains(QLatin1String("E40003")));
    QVERIFY(messageOf(lb, QStringLiteral("v2.internalLoadBalancer.notAks")).contains(QLatin1String("E40003")));
    QVERIFY(messageOf(lb, QStringLiteral("v2.routerServiceType.loadBalancer")).contains(QLatin1String("E40001")));
    const Findings http = checkExtensionConfiguration(
        {{{QStringLiteral("enableInference"), QStringLiteral("True")},
          {QStringLiteral("inferenceRouterServiceType"), QStringLiteral("nodePort")},
          {QStringLiteral("allowInsecureConnections"), QStringLiteral("True")}},
         {}},
        clusterWithNodes(3));
    QVERIFY(messageOf(http, QStringLiteral("v2.tls.insecure")).contains(QLatin1String("plain HTTP")));
    const Findings typo = checkExtensionConfiguration(
        {{{QStringLiteral("enableTraining"), QStringLiteral("True")}, {QStringLiteral("enabletraining"), QStringLiteral("True")}}, {}},
        clusterWithNodes(3));
    QVERIFY(messageOf(typo, QStringLiteral("v2.config.unknownKey")).contains(QLatin1String("Did you mean \"enableTraining\"")));
    // With HTTP allowed, partial TLS settings are told to be completed or removed (not that
    // inference needs TLS, which it then does not).
    const Findings partial = checkExtensionConfiguration(
        {with(inferenceTls(), {{QStringLiteral("allowInsecureConnections"), QStringLiteral("True")}}), {}}, clusterWithNodes(3));
    QVERIFY(messageOf(partial, QStringLiteral("v2.tls.noCertificate")).contains(QLatin1String("or remove sslCname")));
    QVERIFY(!messageOf(partial, QStringLiteral("v2.tls.noCertificate")).contains(QLatin1String("unless allowInsecureConnections")));
    const Findings strict = checkExtensionConfiguration({inferenceTls(), {}}, clusterWithNodes(3));
    QVERIFY(messageOf(strict, QStringLiteral("v2.tls.noCertificate")).contains(QLatin1String("unless allowInsecureConnections=True")));
    for (const Finding &f : lb + http + typo)
        QVERIFY2(!f.field.isEmpty(), qPrintable(f.code));
}

void TestExtensionRules::unknownKeyListsTheKnownOnes()
{
    const Findings findings = checkExtensionConfiguration(
        {{{QStringLiteral("enableTraining"), QStringLiteral("True")}, {QStringLiteral("sslCnam"), QStringLiteral("x")}}, {}},
        clusterWithNodes(3));
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().field, QStringLiteral("sslCnam"));
    for (const QString &known : knownExtensionSettings())
        QVERIFY2(findings.first().message.contains(known), qPrintable(known));
    QVERIFY(findings.first().message.contains(QLatin1String("nodeSelector.<label>")));
}

QTEST_GUILESS_MAIN(TestExtensionRules)
#include "tst_extensionrules.moc"
