// azure::ExtensionResource read from the documents of the 2022-11-01 spec examples and from
// damaged ones: every field, statuses and their error lines, wrong-typed members reported as
// warnings (never a throw), and a document that is not one refused.
#include "azure/ExtensionResource.h"

#include <QTest>

using namespace cw::azure;
using Json = nlohmann::json;

class TestExtensionModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheSpecExample();
    void failedExtensionStatuses();
    void wrongTypesAreWarnings();
    void refusesWhatIsNotAnExtension();
};

void TestExtensionModel::readsTheSpecExample()
{
    // GetExtension.json (2022-11-01), trimmed.
    const Json doc = Json::parse(R"({
      "id": "/subscriptions/subId1/resourceGroups/rg1/providers/Microsoft.Kubernetes/connectedClusters/clusterName1/providers/Microsoft.KubernetesConfiguration/extensions/ClusterMonitor",
      "type": "Microsoft.KubernetesConfiguration/extensions", "name": "ClusterMonitor",
      "properties": {"extensionType": "azuremonitor-containers", "autoUpgradeMinorVersion": false, "releaseTrain": "Preview",
        "version": "0.1.4", "scope": {"cluster": {"releaseNamespace": "kube-system"}},
        "configurationSettings": {"omsagent.env.clusterName": "clusterName1"},
        "provisioningState": "Succeeded", "installedVersion": "0.1.4", "statuses": []}})");
    const auto r = ExtensionResource::fromJson(doc);
    QVERIFY(r.ok());
    QVERIFY(r.warnings.isEmpty());
    const ExtensionResource &e = *r.value;
    QCOMPARE(e.name, QStringLiteral("ClusterMonitor"));
    QCOMPARE(e.extensionType, QStringLiteral("azuremonitor-containers"));
    QCOMPARE(e.autoUpgradeMinorVersion, std::optional<bool>(false));
    QCOMPARE(e.releaseTrain, QStringLiteral("Preview"));
    QCOMPARE(e.version, QStringLiteral("0.1.4"));
    QCOMPARE(e.installedVersion, QStringLiteral("0.1.4"));
    QCOMPARE(e.releaseNamespace, QStringLiteral("kube-system"));
    QCOMPARE(e.settings.value(QStringLiteral("omsagent.env.clusterName")), QStringLiteral("clusterName1"));
    QVERIFY(e.succeeded());
    QVERIFY(!e.failed());
    QVERIFY(e.raw == doc);
}

void TestExtensionModel::failedExtensionStatuses()
{
    const Json doc = Json::parse(R"({"name": "azureml", "properties": {"provisioningState": "Failed", "installedVersion": null,
      "version": null, "statuses": [
        {"code": "E40002", "displayStatus": "INSUFFICIENT_NODE", "level": "Error", "message": "needs 3 nodes", "time": "t"},
        {"code": "Info1", "level": "Information", "message": "fyi"},
        "not an object"]}})");
    const auto r = ExtensionResource::fromJson(doc);
    QVERIFY(r.ok());
    QVERIFY(r.value->failed());
    QVERIFY(r.value->installedVersion.isEmpty());
    QCOMPARE(r.value->statuses.size(), 2);
    QCOMPARE(r.value->statuses.first().displayStatus, QStringLiteral("INSUFFICIENT_NODE"));
    QCOMPARE(r.value->errorLines(), QStringList{QStringLiteral("E40002: needs 3 nodes")});
    QCOMPARE(r.warnings.size(), 1);
}

void TestExtensionModel::wrongTypesAreWarnings()
{
    const Json doc = Json::parse(R"({"name": "azureml", "properties": {"extensionType": 5, "autoUpgradeMinorVersion": "yes",
      "configurationSettings": {"a": "1", "b": 2, "c": null}, "scope": {"cluster": []}, "statuses": {}}})");
    const auto r = ExtensionResource::fromJson(doc);
    QVERIFY(r.ok());
    QVERIFY(r.value->extensionType.isEmpty());
    QVERIFY(!r.value->autoUpgradeMinorVersion);
    QCOMPARE(r.value->settings.size(), 1);
    QVERIFY(r.warnings.size() >= 4);
    QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("configurationSettings.b")));
}

void TestExtensionModel::refusesWhatIsNotAnExtension()
{
    QVERIFY(!ExtensionResource::fromJson(Json::array()).ok());
    QVERIFY(!ExtensionResource::fromJson(Json::object()).ok());
    QVERIFY(!ExtensionResource::fromJson(Json("text")).ok());
}

QTEST_GUILESS_MAIN(TestExtensionModel)
#include "tst_extension_model.moc"
