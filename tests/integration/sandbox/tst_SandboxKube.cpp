// The emulated Kubernetes API: mutual TLS with the kubeconfig's client certificate, the
// azuremlfessl secret, 401/403/404 Status answers, and kubectl reading the secret unmodified.
#include "SandboxTestUtil.h"
#include "support/OutsideJudge.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

using namespace cw::test;

namespace {

struct Kubeconfig {
    QByteArray yaml;
    QString server;
    QByteArray clientCert;
    QByteArray clientKey;
};

QByteArray field(const QByteArray &yaml, const QByteArray &name)
{
    const int at = yaml.indexOf(QByteArray(name + ": "));
    if (at < 0)
        return {};
    const int start = at + name.size() + 2;
    return yaml.mid(start, yaml.indexOf('\n', start) - start).trimmed();
}

Kubeconfig parse(const QByteArray &yaml)
{
    return {yaml, QString::fromUtf8(field(yaml, "server")), QByteArray::fromBase64(field(yaml, "client-certificate-data")),
            QByteArray::fromBase64(field(yaml, "client-key-data"))};
}

} // namespace

class TestSandboxKube : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sbx.start({QStringLiteral("--fresh")})); }
    void secretWithClientCertificate();
    void statusAnswers();
    void kubectlReadsTheSecret();
    void detachKeepsTheSecret();

private:
    Kubeconfig userConfig(const QString &rg, const QString &cluster)
    {
        const HttpResult r = m_sbx.arm("POST", clusterIdOf(m_sbx, rg, cluster) + QStringLiteral("/listClusterUserCredential?api-version=2022-11-01"));
        return parse(QByteArray::fromBase64(r.json().object().value(QStringLiteral("kubeconfigs")).toArray().first().toObject()
                                                .value(QStringLiteral("value")).toString().toLatin1()));
    }
    HttpResult kubeGet(const QString &url, const Kubeconfig *identity)
    {
        QNetworkRequest request{QUrl(url)};
        QSslConfiguration tls = m_sbx.sslConfiguration();
        if (identity) {
            tls.setLocalCertificate(QSslCertificate(identity->clientCert, QSsl::Pem));
            tls.setPrivateKey(QSslKey(identity->clientKey, QSsl::Ec, QSsl::Pem));
        }
        request.setSslConfiguration(tls);
        // A fresh manager per call: Qt would otherwise reuse a connection made with another
        // client certificate.
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(request);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000); }();
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.networkError = reply->errorString();
        delete reply;
        return result;
    }
    QString runKubectl(const Kubeconfig &config, const QStringList &args, int *exitCode)
    {
        const QString path = qEnvironmentVariable("CW_TEST_TMPDIR") + QStringLiteral("/kubeconfig-") + QString::number(qHash(config.server));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(config.yaml);
        file.close();
        QProcess kubectl;
        kubectl.setProgram(QStringLiteral("kubectl"));
        kubectl.setArguments(QStringList{QStringLiteral("--kubeconfig"), path, QStringLiteral("--request-timeout=20s")} + args);
        kubectl.start();
        kubectl.waitForFinished(60000);
        *exitCode = kubectl.exitStatus() == QProcess::NormalExit ? kubectl.exitCode() : -1;
        const QByteArray err = kubectl.readAllStandardError();
        if (*exitCode != 0)
            qWarning().noquote() << "kubectl:" << err;
        return QString::fromUtf8(kubectl.readAllStandardOutput());
    }

    SandboxProcess m_sbx;
};

void TestSandboxKube::secretWithClientCertificate()
{
    const Kubeconfig config = userConfig(QStringLiteral("rg-ml"), QStringLiteral("tls-prod-aks"));
    QVERIFY(config.server.startsWith(QLatin1String("https://127.0.0.1:")));
    const HttpResult r = kubeGet(config.server + QStringLiteral("/api/v1/namespaces/default/secrets/azuremlfessl"), &config);
    QCOMPARE(r.status, 200);
    const QJsonObject secret = r.json().object();
    QCOMPARE(secret.value(QStringLiteral("kind")).toString(), QStringLiteral("Secret"));
    QCOMPARE(secret.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("azuremlfessl"));
    const QByteArray certPem = QByteArray::fromBase64(secret.value(QStringLiteral("data")).toObject().value(QStringLiteral("cert.pem")).toString().toLatin1());
    const QByteArray keyPem = QByteArray::fromBase64(secret.value(QStringLiteral("data")).toObject().value(QStringLiteral("key.pem")).toString().toLatin1());
    const QSslCertificate cert(certPem, QSsl::Pem);
    QVERIFY(!cert.isNull());
    QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("www.contoso.com"));
    QVERIFY(!QSslKey(keyPem, QSsl::Rsa, QSsl::Pem).isNull());
    // Discovery answers kubectl needs.
    QCOMPARE(kubeGet(config.server + QStringLiteral("/api"), &config).json().object().value(QStringLiteral("kind")).toString(), QStringLiteral("APIVersions"));
    QCOMPARE(kubeGet(config.server + QStringLiteral("/apis"), &config).json().object().value(QStringLiteral("kind")).toString(), QStringLiteral("APIGroupList"));
    QCOMPARE(kubeGet(config.server + QStringLiteral("/api/v1/namespaces/default/secrets"), &config).json().object()
                 .value(QStringLiteral("items")).toArray().size(), 1);
    // The older path-prefixed form on the shared Kubernetes port still answers: /clusters/{key},
    // key = the first 16 hex digits of SHA-256 of the lower-cased cluster id.
    const QString key = QString::fromLatin1(QCryptographicHash::hash(clusterIdOf(m_sbx, QStringLiteral("rg-ml"), QStringLiteral("tls-prod-aks"))
                                                                          .toLower().toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const HttpResult legacy = kubeGet(QStringLiteral("https://127.0.0.1:%1/clusters/%2/api/v1/namespaces/default/secrets/azuremlfessl")
                                          .arg(m_sbx.endpoint().kubePort).arg(key), &config);
    QCOMPARE(legacy.status, 200);
    QCOMPARE(legacy.json().object().value(QStringLiteral("kind")).toString(), QStringLiteral("Secret"));
}

void TestSandboxKube::statusAnswers()
{
    const Kubeconfig tls = userConfig(QStringLiteral("rg-ml"), QStringLiteral("tls-prod-aks"));
    const Kubeconfig plain = userConfig(QStringLiteral("rg-aks"), QStringLiteral("aks-plain"));
    const QString secretUrl = tls.server + QStringLiteral("/api/v1/namespaces/default/secrets/azuremlfessl");

    const HttpResult anonymous = kubeGet(secretUrl, nullptr);
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.json().object().value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
    QCOMPARE(anonymous.json().object().value(QStringLiteral("reason")).toString(), QStringLiteral("Unauthorized"));

    const HttpResult wrongCluster = kubeGet(secretUrl, &plain);
    QCOMPARE(wrongCluster.status, 403);
    QCOMPARE(wrongCluster.json().object().value(QStringLiteral("reason")).toString(), QStringLiteral("Forbidden"));

    const HttpResult none = kubeGet(plain.server + QStringLiteral("/api/v1/namespaces/default/secrets/azuremlfessl"), &plain);
    QCOMPARE(none.status, 404);
    const QJsonObject status = none.json().object();
    QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("Failure"));
    QCOMPARE(status.value(QStringLiteral("reason")).toString(), QStringLiteral("NotFound"));
    QCOMPARE(status.value(QStringLiteral("code")).toInt(), 404);
}

void TestSandboxKube::kubectlReadsTheSecret()
{
    CW_REQUIRE_OUTSIDE_JUDGE(!QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty(),
                             QStringLiteral("kubectl (kubernetes-client)"));
    const Kubeconfig config = userConfig(QStringLiteral("rg-ml"), QStringLiteral("tls-prod-aks"));
    int exitCode = -1;
    const QString out = runKubectl(config, {QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("azuremlfessl"),
                                            QStringLiteral("-o"), QStringLiteral("json")}, &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonObject secret = QJsonDocument::fromJson(out.toUtf8()).object();
    const QByteArray cert = QByteArray::fromBase64(secret.value(QStringLiteral("data")).toObject().value(QStringLiteral("cert.pem")).toString().toLatin1());
    QVERIFY(cert.startsWith("-----BEGIN CERTIFICATE-----"));

    // The kubeconfig of the compute's listKeys works the same way.
    const HttpResult keys = m_sbx.arm("POST", wsPath(m_sbx) + QStringLiteral("/computes/tls-prod/listKeys?api-version=2022-10-01"));
    const Kubeconfig fromKeys = parse(keys.json().object().value(QStringLiteral("userKubeConfig")).toString().toUtf8());
    runKubectl(fromKeys, {QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("azuremlfessl"), QStringLiteral("-o"), QStringLiteral("json")}, &exitCode);
    QCOMPARE(exitCode, 0);
    // And kubectl reports a missing secret as the API server's NotFound.
    const Kubeconfig plain = userConfig(QStringLiteral("rg-aks"), QStringLiteral("aks-plain"));
    runKubectl(plain, {QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("azuremlfessl"), QStringLiteral("-o"), QStringLiteral("json")}, &exitCode);
    QCOMPARE(exitCode, 1);
}

void TestSandboxKube::detachKeepsTheSecret()
{
    const Kubeconfig config = userConfig(QStringLiteral("rg-ml"), QStringLiteral("tls-prod-aks"));
    QCOMPARE(m_sbx.arm("DELETE", computePath(m_sbx, QStringLiteral("tls-prod"), QStringLiteral("&underlyingResourceAction=Detach"))).status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("tls-prod"))).status, 404, 10000);
    QCOMPARE(kubeGet(config.server + QStringLiteral("/api/v1/namespaces/default/secrets/azuremlfessl"), &config).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxKube)
#include "tst_SandboxKube.moc"
