// Microsoft.KubernetesConfiguration extensions on managed clusters: the long-running PUT / PATCH /
// DELETE, the list shape, the api-versions, protected settings that are never answered back, the
// Azure ML extension's health check (one case per error code) and the seeds.
#include "SandboxTestUtil.h"
#include "TestPki.h"

using namespace cw::test;
using cw::tls::test::KeyKind;
using cw::tls::test::LeafOptions;
using cw::tls::test::TestKey;
using cw::tls::test::TestPki;

namespace {

const QString kSecretValue = QStringLiteral("protected-value-4d1f");

QJsonObject extensionBody(const QJsonObject &settings, const QJsonObject &protectedSettings = {})
{
    QJsonObject props{{QStringLiteral("extensionType"), QStringLiteral("Microsoft.AzureML.Kubernetes")},
                      {QStringLiteral("autoUpgradeMinorVersion"), true},
                      {QStringLiteral("releaseTrain"), QStringLiteral("stable")},
                      {QStringLiteral("scope"), QJsonObject{{QStringLiteral("cluster"), QJsonObject{{QStringLiteral("releaseNamespace"), QStringLiteral("azureml")}}}}},
                      {QStringLiteral("configurationSettings"), settings}};
    if (!protectedSettings.isEmpty())
        props.insert(QStringLiteral("configurationProtectedSettings"), protectedSettings);
    return {{QStringLiteral("properties"), props}};
}

QJsonObject inferenceHttp(const QString &router = QStringLiteral("loadBalancer"))
{
    return {{QStringLiteral("enableInference"), QStringLiteral("True")},
            {QStringLiteral("inferenceRouterServiceType"), router},
            {QStringLiteral("allowInsecureConnections"), QStringLiteral("True")}};
}

QJsonObject with(QJsonObject o, const QString &key, const QString &value)
{
    o.insert(key, value);
    return o;
}

} // namespace

class TestSandboxExtensions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sbx.start({QStringLiteral("--fresh")})); }
    void installIsLongRunningAndSucceeds();
    void protectedSettingsAreNeverReturned();
    void putOverExistingIsAnUpdate();
    void patchMergesSettings();
    void deleteRemovesAndAbsentIs204();
    void apiVersions();
    void listShape();
    void refusals();
    void healthCheck_data();
    void healthCheck();
    void validCertificatePasses();
    void seeds();
    void storedForTheComputeService();

private:
    QString extPath(const QString &rg, const QString &cluster, const QString &name = QStringLiteral("azureml"),
                    const QString &apiVersion = QStringLiteral("2022-11-01"))
    {
        return clusterIdOf(m_sbx, rg, cluster) + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions")
               + (name.isEmpty() ? QString() : QLatin1Char('/') + name) + QStringLiteral("?api-version=") + apiVersion;
    }
    // PUTs and waits for the operation; returns the final extension document.
    QJsonObject install(const QString &rg, const QString &cluster, const QJsonObject &body, QString *opStatus = nullptr)
    {
        const HttpResult r = m_sbx.arm("PUT", extPath(rg, cluster), jsonBytes(body));
        if (r.status != 201 && r.status != 200) {
            qWarning() << r.status << r.body;
            return {};
        }
        const QString op = QString::fromLatin1(r.header("Azure-AsyncOperation"));
        return waitOperation(op, extPath(rg, cluster), opStatus);
    }
    QJsonObject waitOperation(const QString &op, const QString &resource, QString *opStatus = nullptr)
    {
        QString status;
        for (int i = 0; i < 300; ++i) {
            status = m_sbx.arm("GET", op).json().object().value(QStringLiteral("status")).toString();
            if (status != QLatin1String("InProgress"))
                break;
            QTest::qWait(20);
        }
        if (opStatus)
            *opStatus = status;
        return m_sbx.arm("GET", resource).json().object();
    }
    static QJsonObject props(const QJsonObject &doc) { return doc.value(QStringLiteral("properties")).toObject(); }
    static QString state(const QJsonObject &doc) { return props(doc).value(QStringLiteral("provisioningState")).toString(); }
    void remove(const QString &rg, const QString &cluster)
    {
        const HttpResult r = m_sbx.arm("DELETE", extPath(rg, cluster));
        if (r.status == 202)
            waitOperation(QString::fromLatin1(r.header("Azure-AsyncOperation")), extPath(rg, cluster));
    }

    SandboxProcess m_sbx;
};

void TestSandboxExtensions::installIsLongRunningAndSucceeds()
{
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("speed"), 0.05}}));
    const HttpResult r = m_sbx.arm("PUT", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")),
                                   jsonBytes(extensionBody(inferenceHttp())));
    QCOMPARE(r.status, 201);
    const QJsonObject created = r.json().object();
    QCOMPARE(state(created), QStringLiteral("Creating"));
    QVERIFY(props(created).value(QStringLiteral("installedVersion")).isNull());
    QCOMPARE(props(created).value(QStringLiteral("statuses")).toArray().size(), 0);
    QCOMPARE(created.value(QStringLiteral("type")).toString(), QStringLiteral("Microsoft.KubernetesConfiguration/extensions"));
    const QString op = QString::fromLatin1(r.header("Azure-AsyncOperation"));
    QVERIFY(op.startsWith(m_sbx.endpoint().baseUrl.toString()));
    QVERIFY(op.contains(QLatin1String("/extensions/azureml/operations/")));
    QVERIFY(op.contains(QLatin1String("api-version=2022-11-01")));
    QCOMPARE(m_sbx.arm("GET", op).json().object().value(QStringLiteral("status")).toString(), QStringLiteral("InProgress"));
    const QJsonObject done = waitOperation(op, extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")));
    m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(QJsonObject{{QStringLiteral("speed"), 0.01}}));
    QCOMPARE(state(done), QStringLiteral("Succeeded"));
    QCOMPARE(props(done).value(QStringLiteral("installedVersion")).toString(), QStringLiteral("1.1.62"));
    QCOMPARE(props(done).value(QStringLiteral("extensionType")).toString(), QStringLiteral("Microsoft.AzureML.Kubernetes"));
    QCOMPARE(props(done).value(QStringLiteral("scope")).toObject().value(QStringLiteral("cluster")).toObject()
                 .value(QStringLiteral("releaseNamespace")).toString(), QStringLiteral("azureml"));
    QVERIFY(props(done).value(QStringLiteral("aksAssignedIdentity")).toObject().contains(QStringLiteral("principalId")));
    QVERIFY(done.value(QStringLiteral("systemData")).toObject().contains(QStringLiteral("createdAt")));
    const QJsonObject status = m_sbx.arm("GET", op).json().object();
    QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("Succeeded"));
    QVERIFY(status.value(QStringLiteral("id")).toString().endsWith(QLatin1String("/extensions/azureml/operations/") + op.section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0)));
    remove(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"));
}

void TestSandboxExtensions::protectedSettingsAreNeverReturned()
{
    const QJsonObject prot{{QStringLiteral("someProtectedKey"), kSecretValue}};
    const HttpResult put = m_sbx.arm("PUT", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")),
                                     jsonBytes(extensionBody(inferenceHttp(), prot)));
    QCOMPARE(put.status, 201);
    QVERIFY(!put.body.contains(kSecretValue.toUtf8()));
    QVERIFY(!put.body.contains("configurationProtectedSettings"));
    const QString op = QString::fromLatin1(put.header("Azure-AsyncOperation"));
    waitOperation(op, extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")));
    // The 2022-11-01 examples (CreateExtension, GetExtension, ListExtensions) answer without the
    // member at all: neither the values nor the keys come back.
    for (const QString &url : {extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")),
                               extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"), QString()),
                               extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"), QStringLiteral("azureml"), QStringLiteral("2022-03-01")),
                               op}) {
        const HttpResult r = m_sbx.arm("GET", url);
        QCOMPARE(r.status, 200);
        QVERIFY2(!r.body.contains(kSecretValue.toUtf8()), qPrintable(url));
        QVERIFY2(!r.body.contains("someProtectedKey"), qPrintable(url));
        QVERIFY2(!r.body.contains("configurationProtectedSettings"), qPrintable(url));
    }
    const HttpResult patch = m_sbx.arm("PATCH", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")),
                                       jsonBytes(QJsonObject{{QStringLiteral("properties"), QJsonObject{{QStringLiteral("configurationProtectedSettings"), prot}}}}));
    QCOMPARE(patch.status, 202);
    QVERIFY(!patch.body.contains(kSecretValue.toUtf8()));
    waitOperation(QString::fromLatin1(patch.header("Azure-AsyncOperation")), extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")));
    remove(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"));
}

void TestSandboxExtensions::putOverExistingIsAnUpdate()
{
    QCOMPARE(state(install(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"), extensionBody(inferenceHttp()))), QStringLiteral("Succeeded"));
    const HttpResult again = m_sbx.arm("PUT", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")),
                                       jsonBytes(extensionBody(inferenceHttp(QStringLiteral("nodePort")))));
    QCOMPARE(again.status, 200);
    QCOMPARE(state(again.json().object()), QStringLiteral("Updating"));
    QVERIFY(!again.header("Azure-AsyncOperation").isEmpty());
    // A second write while the first runs is refused.
    QCOMPARE(m_sbx.arm("PUT", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")),
                       jsonBytes(extensionBody(inferenceHttp()))).status, 409);
    const QJsonObject done = waitOperation(QString::fromLatin1(again.header("Azure-AsyncOperation")),
                                           extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")));
    QCOMPARE(state(done), QStringLiteral("Succeeded"));
    QCOMPARE(props(done).value(QStringLiteral("configurationSettings")).toObject().value(QStringLiteral("inferenceRouterServiceType")).toString(),
             QStringLiteral("nodePort"));
    // The type cannot change.
    QJsonObject other = extensionBody(inferenceHttp());
    QJsonObject p = other.value(QStringLiteral("properties")).toObject();
    p.insert(QStringLiteral("extensionType"), QStringLiteral("microsoft.flux"));
    other.insert(QStringLiteral("properties"), p);
    QCOMPARE(m_sbx.arm("PUT", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")), jsonBytes(other)).status, 400);
    remove(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"));
}

void TestSandboxExtensions::patchMergesSettings()
{
    QCOMPARE(state(install(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"), extensionBody(inferenceHttp()))), QStringLiteral("Succeeded"));
    const QJsonObject patchBody{{QStringLiteral("properties"),
                                 QJsonObject{{QStringLiteral("configurationSettings"),
                                              QJsonObject{{QStringLiteral("inferenceRouterServiceType"), QStringLiteral("clusterIP")},
                                                          {QStringLiteral("installPromOp"), QStringLiteral("False")}}}}}};
    const HttpResult r = m_sbx.arm("PATCH", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")), jsonBytes(patchBody));
    QCOMPARE(r.status, 202);
    QCOMPARE(state(r.json().object()), QStringLiteral("Updating"));
    const QJsonObject done = waitOperation(QString::fromLatin1(r.header("Azure-AsyncOperation")),
                                           extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")));
    QCOMPARE(state(done), QStringLiteral("Succeeded"));
    const QJsonObject settings = props(done).value(QStringLiteral("configurationSettings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("inferenceRouterServiceType")).toString(), QStringLiteral("clusterIP"));
    QCOMPARE(settings.value(QStringLiteral("installPromOp")).toString(), QStringLiteral("False"));
    QCOMPARE(settings.value(QStringLiteral("enableInference")).toString(), QStringLiteral("True")); // kept
    // A PATCH that breaks a health check fails the extension.
    const HttpResult bad = m_sbx.arm("PATCH", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")),
                                     jsonBytes(QJsonObject{{QStringLiteral("properties"),
                                                            QJsonObject{{QStringLiteral("configurationSettings"),
                                                                         QJsonObject{{QStringLiteral("allowInsecureConnections"), QJsonValue::Null}}}}}}));
    QCOMPARE(bad.status, 202);
    QString opStatus;
    const QJsonObject failed = waitOperation(QString::fromLatin1(bad.header("Azure-AsyncOperation")),
                                             extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")), &opStatus);
    QCOMPARE(opStatus, QStringLiteral("Failed"));
    QCOMPARE(state(failed), QStringLiteral("Failed"));
    QCOMPARE(props(failed).value(QStringLiteral("statuses")).toArray().first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("E40007"));
    QCOMPARE(props(failed).value(QStringLiteral("installedVersion")).toString(), QStringLiteral("1.1.62")); // the earlier install stays
    QCOMPARE(m_sbx.arm("PATCH", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-plain"), QStringLiteral("absent")), jsonBytes(patchBody)).status, 404);
    remove(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"));
}

void TestSandboxExtensions::deleteRemovesAndAbsentIs204()
{
    QCOMPARE(state(install(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"), extensionBody(inferenceHttp()))), QStringLiteral("Succeeded"));
    const HttpResult r = m_sbx.arm("DELETE", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")));
    QCOMPARE(r.status, 202);
    QVERIFY(!r.header("Azure-AsyncOperation").isEmpty());
    const QString location = QString::fromLatin1(r.header("Location"));
    QVERIFY(!location.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_sbx.arm("GET", location).status, 204, 10000);
    const HttpResult gone = m_sbx.arm("GET", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb")));
    QCOMPARE(gone.status, 404);
    QCOMPARE(armErrorCode(gone), QStringLiteral("ResourceNotFound"));
    QCOMPARE(m_sbx.arm("DELETE", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"))).status, 204);
    QCOMPARE(m_sbx.arm("GET", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"), QString())).json().object()
                 .value(QStringLiteral("value")).toArray().size(), 0);
}

void TestSandboxExtensions::apiVersions()
{
    QCOMPARE(m_sbx.arm("GET", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-v2-ready"), QStringLiteral("azureml"), QStringLiteral("2022-03-01"))).status, 200);
    for (const QString &v : {QStringLiteral("2021-09-01"), QStringLiteral("2023-05-01"), QStringLiteral("2022-10-01")}) {
        const HttpResult r = m_sbx.arm("GET", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-v2-ready"), QStringLiteral("azureml"), v));
        QCOMPARE(r.status, 400);
        QCOMPARE(armErrorCode(r), QStringLiteral("InvalidApiVersionParameter"));
        QVERIFY(armErrorMessage(r).contains(QLatin1String("2022-11-01")));
    }
}

void TestSandboxExtensions::listShape()
{
    const QJsonObject list = m_sbx.arm("GET", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-v2-ready"), QString())).json().object();
    QVERIFY(list.contains(QStringLiteral("nextLink")));
    QVERIFY(list.value(QStringLiteral("nextLink")).isNull());
    const QJsonArray value = list.value(QStringLiteral("value")).toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("azureml"));
}

void TestSandboxExtensions::refusals()
{
    const QString url = extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-plain"), QStringLiteral("x"));
    QCOMPARE(m_sbx.arm("PUT", url, "{}").status, 400);
    QCOMPARE(m_sbx.arm("PUT", url, R"({"properties":{}})").status, 400); // no extensionType
    QCOMPARE(m_sbx.arm("PUT", url, R"({"properties":{"extensionType":"Microsoft.AzureML.Kubernetes","configurationSettings":{"a":1}}})").status, 400);
    const HttpResult missingCluster = m_sbx.arm("GET", clusterIdOf(m_sbx, QStringLiteral("rg-aks"), QStringLiteral("nope"))
                                                           + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions?api-version=2022-11-01"));
    QCOMPARE(missingCluster.status, 404);
}

void TestSandboxExtensions::healthCheck_data()
{
    QTest::addColumn<QString>("rg");
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("messagePart");
    const QString aks = QStringLiteral("rg-aks");
    QTest::newRow("E40001 loadBalancer on a Basic load balancer")
        << aks << QStringLiteral("aks-plain") << inferenceHttp() << QStringList{QStringLiteral("E40001")} << QStringLiteral("basic");
    QTest::newRow("nodePort on a Basic load balancer passes")
        << aks << QStringLiteral("aks-plain") << inferenceHttp(QStringLiteral("nodePort")) << QStringList{} << QString();
    QTest::newRow("E40002 HA on 2 nodes")
        << aks << QStringLiteral("aks-small") << inferenceHttp(QStringLiteral("nodePort")) << QStringList{QStringLiteral("E40002")} << QStringLiteral("has 2");
    QTest::newRow("HA off on 2 nodes passes")
        << aks << QStringLiteral("aks-small") << with(inferenceHttp(QStringLiteral("nodePort")), QStringLiteral("inferenceRouterHA"), QStringLiteral("False"))
        << QStringList{} << QString();
    QTest::newRow("E40003 provider other than azure")
        << aks << QStringLiteral("aks-standard-lb") << with(inferenceHttp(), QStringLiteral("internalLoadBalancerProvider"), QStringLiteral("aws"))
        << QStringList{QStringLiteral("E40003")} << QStringLiteral("'aws'");
    QTest::newRow("E40003 internal load balancer without loadBalancer")
        << aks << QStringLiteral("aks-standard-lb") << with(inferenceHttp(QStringLiteral("nodePort")), QStringLiteral("internalLoadBalancerProvider"), QStringLiteral("azure"))
        << QStringList{QStringLiteral("E40003")} << QStringLiteral("loadBalancer");
    QTest::newRow("internal azure load balancer passes")
        << aks << QStringLiteral("aks-standard-lb") << with(inferenceHttp(), QStringLiteral("internalLoadBalancerProvider"), QStringLiteral("azure"))
        << QStringList{} << QString();
    QJsonObject tlsNoCert = inferenceHttp();
    tlsNoCert.remove(QStringLiteral("allowInsecureConnections"));
    QTest::newRow("E40007 TLS without a certificate")
        << aks << QStringLiteral("aks-standard-lb") << tlsNoCert << QStringList{QStringLiteral("E40007")} << QStringLiteral("no certificate");
    QTest::newRow("E40007 sslSecret that does not exist")
        << aks << QStringLiteral("aks-standard-lb")
        << with(with(tlsNoCert, QStringLiteral("sslSecret"), QStringLiteral("nope")), QStringLiteral("sslCname"), QStringLiteral("a.contoso.com"))
        << QStringList{QStringLiteral("E40007")} << QStringLiteral("'nope'");
    QTest::newRow("E45004 E45005 v1 components present")
        << aks << QStringLiteral("aks-attached") << inferenceHttp(QStringLiteral("nodePort")) << QStringList{QStringLiteral("E45004"), QStringLiteral("E45005")}
        << QStringLiteral("deployment azureml-fe");
    QTest::newRow("several at once")
        << aks << QStringLiteral("aks-small") << inferenceHttp() << QStringList{QStringLiteral("E40001"), QStringLiteral("E40002")} << QString();
}

void TestSandboxExtensions::healthCheck()
{
    QFETCH(QString, rg);
    QFETCH(QString, cluster);
    QFETCH(QJsonObject, settings);
    QFETCH(QStringList, codes);
    QFETCH(QString, messagePart);
    QString opStatus;
    const QJsonObject doc = install(rg, cluster, extensionBody(settings), &opStatus);
    QStringList got;
    QString messages;
    for (const QJsonValue &v : props(doc).value(QStringLiteral("statuses")).toArray()) {
        got << v.toObject().value(QStringLiteral("code")).toString();
        messages += v.toObject().value(QStringLiteral("message")).toString();
        QCOMPARE(v.toObject().value(QStringLiteral("level")).toString(), QStringLiteral("Error"));
        QVERIFY(!v.toObject().value(QStringLiteral("displayStatus")).toString().isEmpty());
    }
    QCOMPARE(got, codes);
    QCOMPARE(state(doc), codes.isEmpty() ? QStringLiteral("Succeeded") : QStringLiteral("Failed"));
    QCOMPARE(opStatus, codes.isEmpty() ? QStringLiteral("Succeeded") : QStringLiteral("Failed"));
    QVERIFY2(messages.contains(messagePart, Qt::CaseInsensitive), qPrintable(messages));
    remove(rg, cluster);
}

void TestSandboxExtensions::validCertificatePasses()
{
    TestPki pki;
    TestKey key(KeyKind::Rsa2048);
    TestKey other(KeyKind::Rsa2048);
    LeafOptions leaf;
    leaf.commonName = QStringLiteral("scoring.contoso.com");
    leaf.dnsNames = {QStringLiteral("*.contoso.com")};
    const QString cert = QString::fromLatin1(pki.leafPem(key, leaf));
    QJsonObject tls = inferenceHttp();
    tls.remove(QStringLiteral("allowInsecureConnections"));
    tls.insert(QStringLiteral("sslCname"), QStringLiteral("scoring.contoso.com"));
    const auto run = [&](const QString &certPem, const QString &keyPem, const QString &cname) {
        QJsonObject s = tls;
        s.insert(QStringLiteral("sslCname"), cname);
        const QJsonObject doc = install(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"),
                                        extensionBody(s, {{QStringLiteral("sslCertPemFile"), certPem}, {QStringLiteral("sslKeyPemFile"), keyPem}}));
        remove(QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"));
        const QJsonArray statuses = props(doc).value(QStringLiteral("statuses")).toArray();
        return statuses.isEmpty() ? state(doc) : statuses.first().toObject().value(QStringLiteral("message")).toString();
    };
    QCOMPARE(run(cert, QString::fromLatin1(key.pkcs8Pem()), QStringLiteral("scoring.contoso.com")), QStringLiteral("Succeeded"));
    QVERIFY(run(cert, QString::fromLatin1(other.pkcs8Pem()), QStringLiteral("scoring.contoso.com")).contains(QLatin1String("does not match")));
    QVERIFY(run(cert, QString::fromLatin1(key.pkcs8Pem()), QStringLiteral("scoring.fabrikam.com")).contains(QLatin1String("not covered")));
    QVERIFY(run(QStringLiteral("not a certificate"), QString::fromLatin1(key.pkcs8Pem()), QStringLiteral("scoring.contoso.com"))
                .contains(QLatin1String("not a valid PEM certificate")));
    QVERIFY(run(cert, QString::fromLatin1(key.encryptedPkcs8Pem("pw")), QStringLiteral("scoring.contoso.com"))
                .contains(QLatin1String("private key")));
}

void TestSandboxExtensions::seeds()
{
    const QJsonObject ready = m_sbx.arm("GET", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-v2-ready"))).json().object();
    QCOMPARE(state(ready), QStringLiteral("Succeeded"));
    QCOMPARE(props(ready).value(QStringLiteral("installedVersion")).toString(), QStringLiteral("1.1.62"));
    const QJsonObject failed = m_sbx.arm("GET", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-v2-failed"))).json().object();
    QCOMPARE(state(failed), QStringLiteral("Failed"));
    QCOMPARE(props(failed).value(QStringLiteral("statuses")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("E40002"));
    // Fixing the setting makes it succeed.
    const HttpResult r = m_sbx.arm("PATCH", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-v2-failed")),
                                   jsonBytes(QJsonObject{{QStringLiteral("properties"),
                                                          QJsonObject{{QStringLiteral("configurationSettings"),
                                                                       QJsonObject{{QStringLiteral("inferenceRouterHA"), QStringLiteral("False")}}}}}}));
    QCOMPARE(r.status, 202);
    QCOMPARE(state(waitOperation(QString::fromLatin1(r.header("Azure-AsyncOperation")), extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-v2-failed")))),
             QStringLiteral("Succeeded"));
}

void TestSandboxExtensions::storedForTheComputeService()
{
    // The storage agreement the Kubernetes compute attach relies on survives a restart: the
    // document is in state.json under "extensions", keyed by its lower-cased id.
    m_sbx.stop();
    QFile file(m_sbx.stateDir() + QStringLiteral("/state.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject extensions = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("extensions")).toObject();
    const QString key = (clusterIdOf(m_sbx, QStringLiteral("rg-aks"), QStringLiteral("aks-v2-ready"))
                         + QStringLiteral("/providers/Microsoft.KubernetesConfiguration/extensions/azureml")).toLower();
    QVERIFY(extensions.contains(key));
    QCOMPARE(extensions.value(key).toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("provisioningState")).toString(),
             QStringLiteral("Succeeded"));
    QVERIFY(m_sbx.start());
    QCOMPARE(state(m_sbx.arm("GET", extPath(QStringLiteral("rg-aks"), QStringLiteral("aks-v2-ready"))).json().object()), QStringLiteral("Succeeded"));
}

QTEST_GUILESS_MAIN(TestSandboxExtensions)
#include "tst_SandboxExtensions.moc"
