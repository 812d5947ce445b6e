// The storage agreement of the sandbox's cluster extensions (ClusterExtensions.h), which the
// Kubernetes compute attach reads: root["extensions"] keyed by the lower-cased extension id, and
// succeededAzureMlExtension() answering only a Succeeded Microsoft.AzureML.Kubernetes extension of
// an existing cluster, whatever the case of the ids.
#include "sandbox/ClusterExtensions.h"
#include "sandbox/ExtensionLifecycle.h"
#include "sandbox/SandboxState.h"

#include <QTest>

using namespace cw::sandbox;

class TestSandboxClusterExtensions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void succeededAzureMlExtensionOnly();
};

void TestSandboxClusterExtensions::succeededAzureMlExtensionOnly()
{
    SandboxState state;
    const QString cluster = QStringLiteral("/subscriptions/s/resourceGroups/RG/providers/Microsoft.ContainerService/managedClusters/C1");
    const QString other = QStringLiteral("/subscriptions/s/resourceGroups/RG/providers/Microsoft.ContainerService/managedClusters/C2");
    state.root["clusters"][SandboxState::key(cluster)] = Json::object();
    auto put = [&](const QString &clusterId, const QString &name, const char *type, const char *provisioningState) {
        ExtensionRequest r;
        r.name = name;
        r.extensionType = QLatin1String(type);
        Json doc = makeExtensionDocument(clusterId, r, QStringLiteral("2026-01-01T00:00:00Z"));
        doc["properties"]["provisioningState"] = provisioningState;
        state.root["extensions"][SandboxState::key(extensionId(clusterId, name))] = doc;
    };
    QVERIFY(!succeededAzureMlExtension(state, cluster)); // none
    put(cluster, QStringLiteral("flux"), "microsoft.flux", "Succeeded");
    put(cluster, QStringLiteral("azureml"), kAzureMlExtensionType, "Creating");
    QVERIFY(!succeededAzureMlExtension(state, cluster)); // only another type, and one not done
    state.root["extensions"][SandboxState::key(extensionId(cluster, QStringLiteral("azureml")))]["properties"]["provisioningState"] = "Failed";
    QVERIFY(!succeededAzureMlExtension(state, cluster));
    put(cluster, QStringLiteral("azureml"), kAzureMlExtensionType, "Succeeded");
    const Json *found = succeededAzureMlExtension(state, cluster.toUpper());
    QVERIFY(found);
    QCOMPARE(q((*found)["name"].get<std::string>()), QStringLiteral("azureml"));
    QCOMPARE(extensionsOfCluster(state, cluster).size(), size_t(2));
    QVERIFY(storedExtension(state, extensionId(cluster, QStringLiteral("AzureML"))));
    // Another cluster's extension is not this cluster's; a cluster that is gone has none.
    put(other, QStringLiteral("azureml"), kAzureMlExtensionType, "Succeeded");
    QVERIFY(!succeededAzureMlExtension(state, other));
    state.root["clusters"].erase(SandboxState::key(cluster));
    QVERIFY(!succeededAzureMlExtension(state, cluster));
}

QTEST_GUILESS_MAIN(TestSandboxClusterExtensions)
#include "tst_SandboxClusterExtensions.moc"
