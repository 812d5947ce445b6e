// Unmodified `az` (azure-cli 2.45) against the sandbox, as src/sandbox/README.md tells a user:
// `az cloud register` autodetects the login endpoint and audience from /metadata/endpoints, `az
// login --service-principal` signs in through the sandbox's ADFS-style authority (no instance
// discovery at login.microsoftonline.com), then account list, group list, aks list/show,
// aks get-credentials (kubectl reads the file), resource list, provider show and rest GET/PUT
// on a compute; last, a user sign-in with `az login --use-device-code`. AZURE_CONFIG_DIR is a private temporary folder: the user's az configuration is
// never read or written; REQUESTS_CA_BUNDLE makes az trust the sandbox CA (verification stays
// on). With CI=true a missing az (or kubectl) fails the test instead of skipping it.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/SandboxProcess.h"
#include "support/OutsideJudge.h"

using namespace Qt::StringLiterals;
using namespace cw::test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Run runTool(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    Run run;
    if (!finished.wait(180000)) {
        process.kill();
        finished.wait(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (run.exitCode != 0)
        qWarning().noquote() << program << arguments.join(u' ') << "exited" << run.exitCode << "\n" << run.err;
    return run;
}

QJsonObject byName(const QJsonArray &list, const QString &name)
{
    for (const QJsonValue &v : list)
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    return {};
}

QJsonObject jwtPart(const QString &token, int index)
{
    const QByteArray part = token.section(u'.', index, index).toLatin1();
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
}

} // namespace

class TestAzCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void registerCloudFromMetadata();
    void loginServicePrincipal();
    void accountListAndToken();
    void groupList();
    void aksListAndShow();
    void aksGetCredentialsForKubectl();
    void resourceList();
    void providerShow();
    void restGetAndPutCompute();
    void loginWithDeviceCode();

private:
    Run az(const QStringList &arguments) { return runTool(m_az, arguments, m_env); }
    QString base() const { return m_sbx.endpoint().baseUrl.toString(); }
    QString subscription() const { return m_sbx.endpoint().subscriptionId; }

    SandboxProcess m_sbx;
    QTemporaryDir m_dir{QString::fromLocal8Bit(qgetenv("CW_TEST_TMPDIR")) + u"/az-XXXXXX"_s};
    QString m_az;
    QProcessEnvironment m_env;
};

void TestAzCli::initTestCase()
{
    m_az = QStandardPaths::findExecutable(u"az"_s);
    CW_REQUIRE_OUTSIDE_JUDGE(!m_az.isEmpty(), u"az (azure-cli)"_s);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sbx.start({u"--fresh"_s}));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"AZURE_CONFIG_DIR"_s, m_dir.filePath(u"azure"_s));
    m_env.insert(u"REQUESTS_CA_BUNDLE"_s, m_sbx.endpoint().caFile);
    m_env.insert(u"AZURE_CORE_COLLECT_TELEMETRY"_s, u"no"_s);
    m_env.insert(u"AZURE_CORE_ONLY_SHOW_ERRORS"_s, u"true"_s);
    m_env.remove(u"KUBECONFIG"_s);
}

void TestAzCli::registerCloudFromMetadata()
{
    // Only the ARM endpoint is given: the rest comes from the sandbox's /metadata/endpoints.
    QCOMPARE(az({u"cloud"_s, u"register"_s, u"-n"_s, u"cwsandbox"_s, u"--endpoint-resource-manager"_s, base()}).exitCode, 0);
    const Run shown = az({u"cloud"_s, u"show"_s, u"-n"_s, u"cwsandbox"_s, u"-o"_s, u"json"_s});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject endpoints = shown.json().object().value(u"endpoints"_s).toObject();
    QCOMPARE(endpoints.value(u"activeDirectory"_s).toString(), base() + u"/adfs"_s);
    QCOMPARE(endpoints.value(u"activeDirectoryResourceId"_s).toString(), base() + u"/"_s);
    QCOMPARE(az({u"cloud"_s, u"set"_s, u"-n"_s, u"cwsandbox"_s}).exitCode, 0);
    QVERIFY(m_sbx.countRequests("GET", u"^/metadata/endpoints$"_s) >= 1);
}

void TestAzCli::loginServicePrincipal()
{
    const auto ep = m_sbx.endpoint();
    const Run login = az({u"login"_s, u"--service-principal"_s, u"-u"_s, ep.clientId, u"-p"_s, ep.clientSecret,
                          u"--tenant"_s, ep.tenantId, u"-o"_s, u"json"_s});
    QCOMPARE(login.exitCode, 0);
    const QJsonArray accounts = login.json().array();
    QCOMPARE(accounts.size(), 2);
    const QJsonObject first = accounts.first().toObject();
    QCOMPARE(first.value(u"cloudName"_s).toString(), u"cwsandbox"_s);
    QCOMPARE(first.value(u"user"_s).toObject().value(u"type"_s).toString(), u"servicePrincipal"_s);
    // MSAL found the authority through its openid-configuration and used its token endpoint.
    QVERIFY(m_sbx.countRequests("GET", u"^/adfs/\\.well-known/openid-configuration$"_s) >= 1);
    QVERIFY(m_sbx.countRequests("POST", u"^/adfs/oauth2/token/?$"_s) >= 1);
    QVERIFY(m_sbx.countRequests("GET", u"^/subscriptions$"_s) >= 1);
}

void TestAzCli::accountListAndToken()
{
    const Run list = az({u"account"_s, u"list"_s, u"-o"_s, u"json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray accounts = list.json().array();
    QCOMPARE(accounts.size(), 2);
    QStringList ids;
    for (const QJsonValue &a : accounts)
        ids << a.toObject().value(u"id"_s).toString();
    QVERIFY(ids.contains(subscription()));
    QCOMPARE(az({u"account"_s, u"set"_s, u"-s"_s, subscription()}).exitCode, 0);

    // The access token az holds is a JWT as Azure AD issues them, for the ARM audience.
    const Run token = az({u"account"_s, u"get-access-token"_s, u"-o"_s, u"json"_s});
    QCOMPARE(token.exitCode, 0);
    const QString jwt = token.json().object().value(u"accessToken"_s).toString();
    QCOMPARE(jwt.count(u'.'), 2);
    QCOMPARE(jwtPart(jwt, 0).value(u"alg"_s).toString(), u"RS256"_s);
    QCOMPARE(jwtPart(jwt, 0).value(u"typ"_s).toString(), u"JWT"_s);
    QVERIFY(!jwtPart(jwt, 0).value(u"kid"_s).toString().isEmpty());
    const QJsonObject claims = jwtPart(jwt, 1);
    QCOMPARE(claims.value(u"aud"_s).toString(), base() + u"/"_s);
    QCOMPARE(claims.value(u"tid"_s).toString(), m_sbx.endpoint().tenantId);
    QCOMPARE(claims.value(u"appid"_s).toString(), m_sbx.endpoint().clientId);
    QVERIFY(!claims.value(u"oid"_s).toString().isEmpty());
    QVERIFY(claims.value(u"exp"_s).toInteger() > claims.value(u"iat"_s).toInteger());
    QVERIFY(claims.value(u"nbf"_s).toInteger() > 0);
    QCOMPARE(claims.value(u"iss"_s).toString(), base() + u"/adfs"_s);
}

void TestAzCli::groupList()
{
    const Run run = az({u"group"_s, u"list"_s, u"-o"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray groups = run.json().array();
    QCOMPARE(groups.size(), 3);
    const QJsonObject ml = byName(groups, u"rg-ml"_s);
    QCOMPARE(ml.value(u"id"_s).toString(), u"/subscriptions/%1/resourceGroups/rg-ml"_s.arg(subscription()));
    QCOMPARE(ml.value(u"type"_s).toString(), u"Microsoft.Resources/resourceGroups"_s);
    QCOMPARE(ml.value(u"properties"_s).toObject().value(u"provisioningState"_s).toString(), u"Succeeded"_s);
    // A group's location is where its resources are (the seed's East US cluster group).
    QCOMPARE(byName(groups, u"rg-aks-eus"_s).value(u"location"_s).toString(), u"eastus"_s);
    const Run show = az({u"group"_s, u"show"_s, u"-n"_s, u"rg-aks"_s, u"-o"_s, u"json"_s});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(show.json().object().value(u"name"_s).toString(), u"rg-aks"_s);
}

void TestAzCli::aksListAndShow()
{
    const Run list = az({u"aks"_s, u"list"_s, u"-o"_s, u"json"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray clusters = list.json().array();
    QVERIFY(clusters.size() >= 10);
    for (const QJsonValue &c : clusters) {
        const QJsonObject cluster = c.toObject();
        if (cluster.value(u"name"_s).toString() == u"aks-service-principal"_s) {
            // The Azure ML v2 seed that still authenticates with a service principal.
            QVERIFY(cluster.value(u"servicePrincipalProfile"_s).toObject().value(u"clientId"_s).toString() != u"msi"_s);
            continue;
        }
        QCOMPARE(cluster.value(u"servicePrincipalProfile"_s).toObject().value(u"clientId"_s).toString(), u"msi"_s);
        QCOMPARE(cluster.value(u"identity"_s).toObject().value(u"type"_s).toString(), u"SystemAssigned"_s);
    }
    const Run inGroup = az({u"aks"_s, u"list"_s, u"-g"_s, u"rg-aks"_s, u"-o"_s, u"json"_s});
    QCOMPARE(inGroup.exitCode, 0);
    QVERIFY(!byName(inGroup.json().array(), u"aks-plain"_s).isEmpty());

    const Run show = az({u"aks"_s, u"show"_s, u"-g"_s, u"rg-aks"_s, u"-n"_s, u"aks-plain"_s, u"-o"_s, u"json"_s});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject plain = show.json().object();
    QCOMPARE(plain.value(u"name"_s).toString(), u"aks-plain"_s);
    QCOMPARE(plain.value(u"provisioningState"_s).toString(), u"Succeeded"_s);
    QVERIFY(plain.value(u"fqdn"_s).toString().endsWith(u".azmk8s.io"_s));
    QVERIFY(!plain.value(u"agentPoolProfiles"_s).toArray().isEmpty());
    QVERIFY(!plain.value(u"identity"_s).toObject().value(u"principalId"_s).toString().isEmpty());
}

void TestAzCli::aksGetCredentialsForKubectl()
{
    const QString file = m_dir.filePath(u"kubeconfig"_s);
    QCOMPARE(az({u"aks"_s, u"get-credentials"_s, u"-g"_s, u"rg-aks"_s, u"-n"_s, u"aks-plain"_s, u"--file"_s, file}).exitCode, 0);
    QVERIFY(m_sbx.countRequests("POST", u"/managedClusters/aks-plain/listClusterUserCredential$"_s) == 1);

    const QString kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    CW_REQUIRE_OUTSIDE_JUDGE(!kubectl.isEmpty(), u"kubectl (kubernetes-client)"_s);
    const Run view = runTool(kubectl, {u"config"_s, u"view"_s, u"--raw"_s, u"-o"_s, u"json"_s, u"--kubeconfig"_s, file}, m_env);
    QCOMPARE(view.exitCode, 0);
    const QJsonObject config = view.json().object();
    QCOMPARE(config.value(u"current-context"_s).toString(), u"aks-plain"_s);
    QVERIFY(!byName(config.value(u"clusters"_s).toArray(), u"aks-plain"_s).isEmpty());
    // The file reaches the cluster's Kubernetes API with its client certificate.
    const Run secrets = runTool(kubectl, {u"--kubeconfig"_s, file, u"get"_s, u"secrets"_s, u"-n"_s, u"default"_s,
                                          u"-o"_s, u"json"_s}, m_env);
    QCOMPARE(secrets.exitCode, 0);
    QCOMPARE(secrets.json().object().value(u"kind"_s).toString(), u"List"_s);
}

void TestAzCli::resourceList()
{
    const Run all = az({u"resource"_s, u"list"_s, u"-o"_s, u"json"_s});
    QCOMPARE(all.exitCode, 0);
    const QJsonArray resources = all.json().array();
    const QJsonObject ws = byName(resources, u"ws-demo"_s);
    QCOMPARE(ws.value(u"type"_s).toString(), u"Microsoft.MachineLearningServices/workspaces"_s);
    QCOMPARE(ws.value(u"resourceGroup"_s).toString(), u"rg-ml"_s);
    QCOMPARE(byName(resources, u"aks-plain"_s).value(u"type"_s).toString().toLower(),
             u"microsoft.containerservice/managedclusters"_s);

    const Run filtered = az({u"resource"_s, u"list"_s, u"-g"_s, u"rg-ml"_s, u"--resource-type"_s,
                             u"Microsoft.MachineLearningServices/workspaces"_s, u"-o"_s, u"json"_s});
    QCOMPARE(filtered.exitCode, 0);
    const QJsonArray onlyWs = filtered.json().array();
    QCOMPARE(onlyWs.size(), 1);
    QCOMPARE(onlyWs.first().toObject().value(u"name"_s).toString(), u"ws-demo"_s);
    QCOMPARE(onlyWs.first().toObject().value(u"provisioningState"_s).toString(), u"Succeeded"_s);
}

void TestAzCli::providerShow()
{
    const Run run = az({u"provider"_s, u"show"_s, u"-n"_s, u"Microsoft.MachineLearningServices"_s, u"-o"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject provider = run.json().object();
    QCOMPARE(provider.value(u"namespace"_s).toString(), u"Microsoft.MachineLearningServices"_s);
    QCOMPARE(provider.value(u"registrationState"_s).toString(), u"Registered"_s);
    QStringList types;
    for (const QJsonValue &t : provider.value(u"resourceTypes"_s).toArray())
        types << t.toObject().value(u"resourceType"_s).toString();
    QVERIFY(types.contains(u"workspaces/computes"_s));
}

void TestAzCli::restGetAndPutCompute()
{
    const QString ws = u"%1/subscriptions/%2/resourceGroups/rg-ml/providers/Microsoft.MachineLearningServices/workspaces/ws-demo"_s
                           .arg(base(), subscription());
    const Run get = az({u"rest"_s, u"--method"_s, u"get"_s, u"--url"_s, ws + u"/computes/tls-prod?api-version=2022-10-01"_s});
    QCOMPARE(get.exitCode, 0);
    const QJsonObject props = get.json().object().value(u"properties"_s).toObject();
    QCOMPARE(props.value(u"computeType"_s).toString(), u"AKS"_s);
    QCOMPARE(props.value(u"properties"_s).toObject().value(u"sslConfiguration"_s).toObject().value(u"status"_s).toString(),
             u"Enabled"_s);

    // Attach a cluster with a PUT, then follow it with GETs until the operation has finished.
    const QString url = ws + u"/computes/az-attached?api-version=2022-10-01"_s;
    const QJsonObject body{
        {u"location"_s, u"westeurope"_s},
        {u"properties"_s, QJsonObject{{u"computeType"_s, u"AKS"_s},
                                      {u"resourceId"_s, u"/subscriptions/%1/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-small"_s.arg(subscription())},
                                      {u"properties"_s, QJsonObject{{u"clusterPurpose"_s, u"DevTest"_s}}}}}};
    const Run put = az({u"rest"_s, u"--method"_s, u"put"_s, u"--url"_s, url, u"--body"_s,
                        QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))});
    QCOMPARE(put.exitCode, 0);
    QCOMPARE(put.json().object().value(u"name"_s).toString(), u"az-attached"_s);
    QVERIFY(m_sbx.countRequests("PUT", u"/computes/az-attached$"_s) == 1);
    QString state;
    QTRY_VERIFY_WITH_TIMEOUT((state = az({u"rest"_s, u"--method"_s, u"get"_s, u"--url"_s, url})
                                          .json().object().value(u"properties"_s).toObject()
                                          .value(u"provisioningState"_s).toString()) == u"Succeeded"_s, 60000);
}

void TestAzCli::loginWithDeviceCode()
{
    // A user sign-in: az prints the code; the sandbox approves it at the first poll (a setting),
    // standing in for the person at the verification page. MSAL builds the account from the
    // id_token and client_info, az lists the user's tenants and subscriptions.
    m_sbx.control("POST", u"/settings"_s, QJsonDocument(QJsonObject{{u"deviceCodeAutoApprove"_s, true},
                                                                    {u"deviceCodeIntervalSeconds"_s, 1}}));
    const Run login = az({u"login"_s, u"--use-device-code"_s, u"-o"_s, u"json"_s});
    QCOMPARE(login.exitCode, 0);
    QVERIFY(login.err.contains("devicelogin"));
    const QJsonObject user = login.json().array().first().toObject().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"type"_s).toString(), u"user"_s);
    QCOMPARE(user.value(u"name"_s).toString(), u"sandbox.user@sandbox.onmicrosoft.com"_s);
    QVERIFY(m_sbx.countRequests("GET", u"^/tenants$"_s) >= 1);
    // The user's token (refreshed silently) reaches ARM.
    const Run groups = az({u"group"_s, u"list"_s, u"-o"_s, u"json"_s});
    QCOMPARE(groups.exitCode, 0);
    QCOMPARE(groups.json().array().size(), 3);
    const Run token = az({u"account"_s, u"get-access-token"_s, u"-o"_s, u"json"_s});
    QCOMPARE(token.exitCode, 0);
    QCOMPARE(jwtPart(token.json().object().value(u"accessToken"_s).toString(), 1).value(u"upn"_s).toString(),
             u"sandbox.user@sandbox.onmicrosoft.com"_s);
}

QTEST_GUILESS_MAIN(TestAzCli)
#include "tst_az_cli.moc"
