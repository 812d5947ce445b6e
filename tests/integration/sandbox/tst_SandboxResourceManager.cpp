// Microsoft.Resources calls that generic ARM clients (az, the SDKs' ResourceManagementClient) make:
// /metadata/endpoints (no token), resource groups list/get, the generic resource list with its
// $filter and $expand, resource providers, and managed clusters carrying servicePrincipalProfile
// and identity like real AKS documents.
#include "SandboxTestUtil.h"

using namespace cw::test;
using namespace Qt::StringLiterals;

class TestSandboxResourceManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sbx.start({u"--fresh"_s})); }
    void metadataEndpoints();
    void resourceGroups();
    void genericResources();
    void providers();
    void clusterDocuments();
    void tenants();

private:
    QString sub() const { return subPath(m_sbx); }
    SandboxProcess m_sbx;
};

void TestSandboxResourceManager::metadataEndpoints()
{
    const QString base = m_sbx.endpoint().baseUrl.toString();
    // No Authorization header: clients ask before they can sign in.
    const HttpResult old = m_sbx.call("GET", u"/metadata/endpoints?api-version=2015-01-01"_s);
    QCOMPARE(old.status, 200);
    const QJsonObject auth = old.json().object().value(u"authentication"_s).toObject();
    QCOMPARE(auth.value(u"loginEndpoint"_s).toString(), base + u"/adfs"_s);
    QCOMPARE(auth.value(u"audiences"_s).toArray().first().toString(), base + u"/"_s);
    const HttpResult list = m_sbx.call("GET", u"/metadata/endpoints?api-version=2022-09-01"_s);
    QCOMPARE(list.status, 200);
    const QJsonObject cloud = list.json().array().first().toObject();
    QCOMPARE(cloud.value(u"resourceManager"_s).toString(), base + u"/"_s);
    QCOMPARE(cloud.value(u"authentication"_s).toObject().value(u"identityProvider"_s).toString(), u"ADFS"_s);
}

void TestSandboxResourceManager::resourceGroups()
{
    const HttpResult list = m_sbx.arm("GET", sub() + u"/resourcegroups?api-version=2021-04-01"_s);
    QCOMPARE(list.status, 200);
    const QJsonArray groups = list.json().object().value(u"value"_s).toArray();
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.first().toObject().value(u"type"_s).toString(), u"Microsoft.Resources/resourceGroups"_s);
    const HttpResult one = m_sbx.arm("GET", sub() + u"/resourceGroups/RG-AKS-EUS?api-version=2021-04-01"_s);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().object().value(u"name"_s).toString(), u"rg-aks-eus"_s);
    QCOMPARE(one.json().object().value(u"location"_s).toString(), u"eastus"_s);
    const HttpResult missing = m_sbx.arm("GET", sub() + u"/resourceGroups/nope?api-version=2021-04-01"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(armErrorCode(missing), u"ResourceGroupNotFound"_s);
}

void TestSandboxResourceManager::genericResources()
{
    const HttpResult all = m_sbx.arm("GET", sub() + u"/resources?api-version=2021-04-01"_s);
    QCOMPARE(all.status, 200);
    const QJsonArray resources = all.json().object().value(u"value"_s).toArray();
    QVERIFY(resources.size() >= 10);
    const QString filter = QString::fromLatin1(QUrl::toPercentEncoding(
        u"resourceGroup eq 'rg-ml' and resourceType eq 'Microsoft.MachineLearningServices/workspaces'"_s));
    const HttpResult filtered = m_sbx.arm("GET", sub() + u"/resources?$filter="_s + filter
                                                     + u"&$expand=createdTime,changedTime,provisioningState&api-version=2021-04-01"_s);
    QCOMPARE(filtered.status, 200);
    const QJsonArray ws = filtered.json().object().value(u"value"_s).toArray();
    QCOMPARE(ws.size(), 1);
    QCOMPARE(ws.first().toObject().value(u"name"_s).toString(), u"ws-demo"_s);
    QCOMPARE(ws.first().toObject().value(u"provisioningState"_s).toString(), u"Succeeded"_s);
    const HttpResult inGroup = m_sbx.arm("GET", sub() + u"/resourceGroups/rg-aks/resources?api-version=2021-04-01"_s);
    QCOMPARE(inGroup.status, 200);
    for (const QJsonValue &r : inGroup.json().object().value(u"value"_s).toArray())
        QVERIFY(r.toObject().value(u"id"_s).toString().contains(u"/resourceGroups/rg-aks/"_s));
    const HttpResult bad = m_sbx.arm("GET", sub() + u"/resources?$filter=substringof('x',name)&api-version=2021-04-01"_s);
    QCOMPARE(bad.status, 400);
    QCOMPARE(armErrorCode(bad), u"InvalidFilterInQueryString"_s);
}

void TestSandboxResourceManager::providers()
{
    // A provider's document is a Microsoft.Resources call: its api-version, not the provider's.
    const HttpResult ml = m_sbx.arm("GET", sub() + u"/providers/Microsoft.MachineLearningServices?api-version=2022-09-01"_s);
    QCOMPARE(ml.status, 200);
    QCOMPARE(ml.json().object().value(u"registrationState"_s).toString(), u"Registered"_s);
    const HttpResult all = m_sbx.arm("GET", sub() + u"/providers?api-version=2022-09-01"_s);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json().object().value(u"value"_s).toArray().size(), 2);
    const HttpResult unknown = m_sbx.arm("GET", sub() + u"/providers/Microsoft.Nope?api-version=2022-09-01"_s);
    QCOMPARE(unknown.status, 404);
    const HttpResult reg = m_sbx.arm("POST", sub() + u"/providers/Microsoft.MachineLearningServices/register?api-version=2022-09-01"_s);
    QCOMPARE(reg.status, 200);
}

void TestSandboxResourceManager::clusterDocuments()
{
    const HttpResult list = m_sbx.arm("GET", sub() + u"/providers/Microsoft.ContainerService/managedClusters?api-version=2022-11-01"_s);
    QCOMPARE(list.status, 200);
    for (const QJsonValue &c : list.json().object().value(u"value"_s).toArray()) {
        const QJsonObject cluster = c.toObject();
        const QString clientId = cluster.value(u"properties"_s).toObject().value(u"servicePrincipalProfile"_s).toObject()
                                     .value(u"clientId"_s).toString();
        QVERIFY(cluster.value(u"properties"_s).toObject().value(u"disableLocalAccounts"_s).isBool());
        if (cluster.value(u"name"_s).toString() == u"aks-service-principal"_s) {
            // The seed for Azure ML v2's limit: an application id and no managed identity.
            QVERIFY(clientId != u"msi"_s && !clientId.isEmpty());
            QVERIFY(!cluster.contains(u"identity"_s));
            continue;
        }
        QCOMPARE(clientId, u"msi"_s);
        QCOMPARE(cluster.value(u"identity"_s).toObject().value(u"type"_s).toString(), u"SystemAssigned"_s);
        QVERIFY(cluster.value(u"tags"_s).isObject());
    }
    // The identity is the same on every read.
    const QString path = clusterIdOf(m_sbx, u"rg-aks"_s, u"aks-plain"_s) + u"?api-version=2022-11-01"_s;
    QCOMPARE(m_sbx.arm("GET", path).json().object().value(u"identity"_s),
             m_sbx.arm("GET", path).json().object().value(u"identity"_s));
}

void TestSandboxResourceManager::tenants()
{
    const HttpResult r = m_sbx.arm("GET", u"/tenants?api-version=2022-12-01"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray value = r.json().object().value(u"value"_s).toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first().toObject().value(u"tenantId"_s).toString(), m_sbx.endpoint().tenantId);
    QCOMPARE(m_sbx.call("GET", u"/tenants?api-version=2022-12-01"_s).status, 401); // a token is needed
}

QTEST_GUILESS_MAIN(TestSandboxResourceManager)
#include "tst_SandboxResourceManager.moc"
