// The sandbox keeps rendered answers for one state version (ComputeListCache: the computes' JSON
// texts of the list pages; KubeObjectCache: each cluster's Kubernetes objects). These tests warm
// the caches, change the state through every door (ARM PUT/DELETE, a finished operation, the
// control API, the Kubernetes API) and check that the very next GET shows the change.
#include "SandboxTestUtil.h"

#include <QJsonArray>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslKey>

using namespace cw::test;

namespace {

struct Kubeconfig {
    QString server;
    QByteArray clientCert;
    QByteArray clientKey;
};

QByteArray yamlField(const QByteArray &yaml, const QByteArray &name)
{
    const int at = yaml.indexOf(QByteArray(name + ": "));
    if (at < 0)
        return {};
    const int start = at + name.size() + 2;
    return yaml.mid(start, yaml.indexOf('\n', start) - start).trimmed();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QByteArray pem(const char *label, const char *body)
{
    return QByteArray("-----BEGIN ") + label + "-----\n" + body + "\n-----END " + label + "-----\n";
}

} // namespace

class TestSandboxCaches : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sbx.start({QStringLiteral("--fresh")})); }
    void listPageIsItsComputesBytes();
    void listPagesFollowTheComputes();
    void kubeSecretsFollowAttachUpdateAndDelete();
    void kubeNodesFollowTheClusterSize();

private:
    void setSettings(const QJsonObject &settings) { m_sbx.control("POST", QStringLiteral("/settings"), QJsonDocument(settings)); }

    // Every compute of the workspace by name, following nextLink (each page a GET).
    QMap<QString, QJsonObject> listAll(int *pages = nullptr)
    {
        QMap<QString, QJsonObject> all;
        QString next = wsPath(m_sbx) + QStringLiteral("/computes?api-version=2022-10-01");
        int count = 0;
        while (!next.isEmpty() && count < 1000) {
            const HttpResult r = m_sbx.arm("GET", next);
            if (r.status != 200)
                return {};
            const QJsonObject page = r.json().object();
            for (const QJsonValue &c : page.value(QStringLiteral("value")).toArray())
                all.insert(str(c.toObject(), "name"), c.toObject());
            next = str(page, "nextLink");
            ++count;
        }
        if (pages)
            *pages = count;
        return all;
    }
    // Every listed compute is what its own GET answers (the GET is not cached).
    bool listMatchesGets(const QMap<QString, QJsonObject> &listed)
    {
        for (auto it = listed.begin(); it != listed.end(); ++it) {
            const QJsonObject got = m_sbx.arm("GET", computePath(m_sbx, it.key())).json().object();
            if (got != it.value()) {
                qWarning().noquote() << "list:" << jsonBytes(it.value()) << "\nGET: " << jsonBytes(got);
                return false;
            }
        }
        return true;
    }
    QString listedState(const QString &name)
    {
        return str(obj(listAll().value(name), "properties"), "provisioningState");
    }
    QString waitTerminal(const QString &name)
    {
        QString state;
        for (int i = 0; i < 500; ++i) {
            state = provisioningState(m_sbx, name);
            if (state == QLatin1String("Succeeded") || state == QLatin1String("Failed"))
                break;
            QTest::qWait(20);
        }
        return state;
    }
    Kubeconfig userConfig(const QString &clusterId)
    {
        const HttpResult r = m_sbx.arm("POST", clusterId + QStringLiteral("/listClusterUserCredential?api-version=2022-11-01"));
        const QByteArray yaml = QByteArray::fromBase64(r.json().object().value(QStringLiteral("kubeconfigs")).toArray().first()
                                                           .toObject().value(QStringLiteral("value")).toString().toLatin1());
        return {QString::fromUtf8(yamlField(yaml, "server")), QByteArray::fromBase64(yamlField(yaml, "client-certificate-data")),
                QByteArray::fromBase64(yamlField(yaml, "client-key-data"))};
    }
    HttpResult kube(const QByteArray &method, const Kubeconfig &config, const QString &path)
    {
        QNetworkRequest request{QUrl(config.server + path)};
        QSslConfiguration tls = m_sbx.sslConfiguration();
        tls.setLocalCertificate(QSslCertificate(config.clientCert, QSsl::Pem));
        tls.setPrivateKey(QSslKey(config.clientKey, QSsl::Ec, QSsl::Pem));
        request.setSslConfiguration(tls);
        QNetworkAccessManager nam; // one per call: Qt reuses connections made with another certificate
        QNetworkReply *reply = nam.sendCustomRequest(request, method);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000); }();
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        delete reply;
        return result;
    }
    QJsonArray kubeItems(const Kubeconfig &config, const QString &path)
    {
        const HttpResult r = kube("GET", config, path);
        if (r.status == 200)
            return r.json().object().value(QStringLiteral("items")).toArray();
        qWarning() << "GET" << path << r.status << r.body;
        return QJsonArray{QStringLiteral("no list: status %1").arg(r.status)};
    }
    QByteArray secretCert(const QJsonObject &secret)
    {
        return QByteArray::fromBase64(str(obj(secret, "data"), "cert.pem").toLatin1());
    }
    QJsonObject tlsEnabled(const QByteArray &cert, const QByteArray &key)
    {
        return {{QStringLiteral("sslConfiguration"),
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("Enabled")}, {QStringLiteral("cname"), QStringLiteral("www.example.com")},
                             {QStringLiteral("cert"), QString::fromLatin1(cert)}, {QStringLiteral("key"), QString::fromLatin1(key)}}}};
    }

    SandboxProcess m_sbx;
};

void TestSandboxCaches::listPageIsItsComputesBytes()
{
    // The page is written from cached texts, not from a document: byte for byte what a dump of
    // {"nextLink", "value"} wrote, i.e. the computes' own GET bodies in list order.
    setSettings({{QStringLiteral("pageSize"), 3}});
    const QString first = wsPath(m_sbx) + QStringLiteral("/computes?api-version=2022-10-01");
    const HttpResult page = m_sbx.arm("GET", first);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    const QJsonObject parsed = page.json().object();
    const QString next = str(parsed, "nextLink");
    QCOMPARE(next, m_sbx.endpoint().baseUrl.toString() + wsPath(m_sbx) + QStringLiteral("/computes?api-version=2022-10-01&$skip=3"));
    QByteArrayList items;
    for (const QJsonValue &c : parsed.value(QStringLiteral("value")).toArray())
        items << m_sbx.arm("GET", computePath(m_sbx, str(c.toObject(), "name"))).body;
    QCOMPARE(items.size(), 3);
    QCOMPARE(page.body, "{\"nextLink\":\"" + next.toUtf8() + "\",\"value\":[" + items.join(',') + "]}");
    // The last page has no nextLink; past the end, an empty page.
    const int total = int(listAll().size());
    const HttpResult last = m_sbx.arm("GET", first + QStringLiteral("&$skip=%1").arg(total - 1));
    QVERIFY(last.body.startsWith("{\"value\":[{"));
    QCOMPARE(m_sbx.arm("GET", first + QStringLiteral("&$skip=%1").arg(total)).body, QByteArray("{\"value\":[]}"));
}

void TestSandboxCaches::listPagesFollowTheComputes()
{
    // Small pages, so that a change lands on a page the client has already read.
    setSettings({{QStringLiteral("pageSize"), 2}, {QStringLiteral("speed"), 0.25}, {QStringLiteral("updateReply"), QStringLiteral("async")}});
    int pages = 0;
    const QMap<QString, QJsonObject> before = listAll(&pages);
    QVERIFY(before.size() >= 4);
    QCOMPARE(pages, (before.size() + 1) / 2);
    QVERIFY(!before.contains(QStringLiteral("cache-new")));
    QVERIFY(listMatchesGets(before));

    // A PUT: listed at once, as its GET shows it (Creating, 2 s).
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("cache-new")), jsonBytes(createBody())).status, 201);
    QMap<QString, QJsonObject> now = listAll();
    QCOMPARE(now.size(), before.size() + 1);
    QCOMPARE(str(obj(now.value(QStringLiteral("cache-new")), "properties"), "provisioningState"), QStringLiteral("Creating"));

    // The operation finishing (the engine's timer or any request) changes the listed document.
    QTRY_COMPARE_WITH_TIMEOUT(listedState(QStringLiteral("cache-new")), QStringLiteral("Succeeded"), 15000);
    QVERIFY(listMatchesGets(listAll()));

    // A description-only update answers at once (200) and the list shows it.
    QJsonObject doc = m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("cache-new"))).json().object();
    QJsonObject props = obj(doc, "properties");
    props.insert(QStringLiteral("description"), QStringLiteral("changed after the cache was warm"));
    doc.insert(QStringLiteral("properties"), props);
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("cache-new")), jsonBytes(doc)).status, 200);
    QCOMPARE(str(obj(listAll().value(QStringLiteral("cache-new")), "properties"), "description"),
             QStringLiteral("changed after the cache was warm"));

    // Computes added through the control API.
    QCOMPARE(m_sbx.control("POST", QStringLiteral("/computes/bulk"), QJsonDocument(QJsonObject{{QStringLiteral("count"), 3}}))
                 .object().value(QStringLiteral("added")).toInt(), 3);
    now = listAll();
    QCOMPARE(now.size(), before.size() + 4);
    QVERIFY(listMatchesGets(now));

    // A page size change re-pages the same documents.
    setSettings({{QStringLiteral("pageSize"), 100}});
    QCOMPARE(listAll(&pages), now);
    QCOMPARE(pages, 1);

    // DELETE: Deleting at once, then gone.
    QCOMPARE(m_sbx.arm("DELETE", computePath(m_sbx, QStringLiteral("cache-new"), QStringLiteral("&underlyingResourceAction=Delete"))).status, 202);
    QCOMPARE(listedState(QStringLiteral("cache-new")), QStringLiteral("Deleting"));
    QTRY_VERIFY_WITH_TIMEOUT(!listAll().contains(QStringLiteral("cache-new")), 15000);
    QCOMPARE(listAll().size(), before.size() + 3);
}

void TestSandboxCaches::kubeSecretsFollowAttachUpdateAndDelete()
{
    setSettings({{QStringLiteral("pageSize"), 100}, {QStringLiteral("speed"), 0.01}, {QStringLiteral("updateReply"), QStringLiteral("async")}});
    const QString cluster = clusterIdOf(m_sbx, QStringLiteral("rg-aks"), QStringLiteral("aks-standard-lb"));
    const Kubeconfig config = userConfig(cluster);
    QVERIFY(config.server.startsWith(QLatin1String("https://127.0.0.1:")));
    const QString secrets = QStringLiteral("/api/v1/namespaces/default/secrets");
    const QString deployments = QStringLiteral("/apis/apps/v1/namespaces/default/deployments");
    // Warm: no secret, no azureml-fe.
    QCOMPARE(kubeItems(config, secrets).size(), 0);
    QCOMPARE(kubeItems(config, deployments).size(), 0);
    QCOMPARE(kube("GET", config, secrets + QStringLiteral("/azuremlfessl")).status, 404);

    // An attach with TLS writes the secret and installs azureml-fe.
    const QByteArray certA = pem("CERTIFICATE", "Zmlyc3QgY2VydGlmaWNhdGU=");
    const QByteArray key = pem("PRIVATE KEY", "a2V5");
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("cache-tls")),
                       jsonBytes(attachBody(cluster, QStringLiteral("FastProd"), tlsEnabled(certA, key)))).status, 201);
    QCOMPARE(waitTerminal(QStringLiteral("cache-tls")), QStringLiteral("Succeeded"));
    QJsonArray items = kubeItems(config, secrets);
    QCOMPARE(items.size(), 1);
    QCOMPARE(secretCert(items.first().toObject()), certA);
    const HttpResult one = kube("GET", config, secrets + QStringLiteral("/azuremlfessl"));
    QCOMPARE(secretCert(one.json().object()), certA);
    // The list is written from the objects' cached texts as a dump of the SecretList wrote it.
    QCOMPARE(kube("GET", config, secrets).body,
             R"({"apiVersion":"v1","items":[)" + one.body + R"(],"kind":"SecretList","metadata":{"resourceVersion":"1"}})");
    items = kubeItems(config, deployments);
    QCOMPARE(items.size(), 1);
    QCOMPARE(str(obj(items.first().toObject(), "metadata"), "name"), QStringLiteral("azureml-fe"));

    // Deleted through the Kubernetes API: gone from the next GET and list.
    const HttpResult deleted = kube("DELETE", config, secrets + QStringLiteral("/azuremlfessl"));
    QCOMPARE(deleted.status, 200);
    // As the API server answers for secrets (no ReturnDeletedObject): a Success Status naming it.
    QCOMPARE(str(deleted.json().object(), "kind"), QStringLiteral("Status"));
    QCOMPARE(str(deleted.json().object(), "status"), QStringLiteral("Success"));
    QCOMPARE(str(obj(deleted.json().object(), "details"), "name"), QStringLiteral("azuremlfessl"));
    QCOMPARE(kube("GET", config, secrets + QStringLiteral("/azuremlfessl")).status, 404);
    QCOMPARE(kubeItems(config, secrets).size(), 0);

    // An update with another certificate writes it again.
    const QByteArray certB = pem("CERTIFICATE", "c2Vjb25kIGNlcnRpZmljYXRl");
    QJsonObject doc = m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("cache-tls"))).json().object();
    QJsonObject props = obj(doc, "properties");
    QJsonObject inner = obj(props, "properties");
    inner.insert(QStringLiteral("sslConfiguration"), tlsEnabled(certB, key).value(QStringLiteral("sslConfiguration")));
    props.insert(QStringLiteral("properties"), inner);
    doc.insert(QStringLiteral("properties"), props);
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("cache-tls")), jsonBytes(doc)).status, 201);
    QCOMPARE(waitTerminal(QStringLiteral("cache-tls")), QStringLiteral("Succeeded"));
    items = kubeItems(config, secrets);
    QCOMPARE(items.size(), 1);
    QCOMPARE(secretCert(items.first().toObject()), certB);
}

void TestSandboxCaches::kubeNodesFollowTheClusterSize()
{
    setSettings({{QStringLiteral("speed"), 0.01}, {QStringLiteral("updateReply"), QStringLiteral("async")}});
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("cache-scale")), jsonBytes(createBody(3))).status, 201);
    QCOMPARE(waitTerminal(QStringLiteral("cache-scale")), QStringLiteral("Succeeded"));
    const QString cluster = str(computeProps(m_sbx, QStringLiteral("cache-scale")), "resourceId");
    const Kubeconfig config = userConfig(cluster);
    QCOMPARE(kubeItems(config, QStringLiteral("/api/v1/nodes")).size(), 3);
    const int pods = int(kubeItems(config, QStringLiteral("/api/v1/pods")).size());
    QVERIFY(pods > 0);

    QJsonObject doc = m_sbx.arm("GET", computePath(m_sbx, QStringLiteral("cache-scale"))).json().object();
    QJsonObject props = obj(doc, "properties");
    QJsonObject inner = obj(props, "properties");
    inner.insert(QStringLiteral("agentCount"), 5);
    props.insert(QStringLiteral("properties"), inner);
    doc.insert(QStringLiteral("properties"), props);
    QCOMPARE(m_sbx.arm("PUT", computePath(m_sbx, QStringLiteral("cache-scale")), jsonBytes(doc)).status, 201);
    QCOMPARE(waitTerminal(QStringLiteral("cache-scale")), QStringLiteral("Succeeded"));
    const QJsonArray nodes = kubeItems(config, QStringLiteral("/api/v1/nodes"));
    QCOMPARE(nodes.size(), 5);
    // The pods (derived from the deployments and the nodes) spread over the new nodes too.
    QStringList used;
    for (const QJsonValue &pod : kubeItems(config, QStringLiteral("/api/v1/pods")))
        used << str(obj(pod.toObject(), "spec"), "nodeName");
    used.removeDuplicates();
    QCOMPARE(used.size(), 5);
}

QTEST_GUILESS_MAIN(TestSandboxCaches)
#include "tst_SandboxCaches.moc"
