// The v2 Kubernetes compute in the client model: the official 2022-10-01 GET example read into
// ComputeResource (type, cluster, namespace, instance types with requests and limits, default,
// extension release train, identity) without touching the AKS reading, the document written back
// unchanged, and the attach body built from a KubernetesComputeSpec in the example's shape.
#include "azure/ComputeResource.h"
#include "azure/KubernetesComputeSpec.h"

#include <QTest>

using namespace cw::azure;
using Json = nlohmann::json;

#define JCOMPARE(actual, expected) \
    QCOMPARE(QString::fromStdString(Json(actual).dump()), QString::fromStdString(Json(expected).dump()))

namespace {

// Compute/get/KubernetesCompute.json (2022-10-01), plus an identity and a second instance type.
const char *kKubernetesCompute = R"({
  "id": "/subscriptions/s/resourceGroups/testrg123/providers/Microsoft.MachineLearningServices/workspaces/workspaces123/computes/compute123",
  "type": "Microsoft.MachineLearningServices/workspaces/computes",
  "name": "compute123",
  "location": "eastus",
  "identity": {"type": "SystemAssigned", "principalId": "p-1", "tenantId": "t-1"},
  "properties": {
    "createdOn": "2021-04-01T22:00:00.0000000+00:00",
    "modifiedOn": "2021-04-01T22:00:00.0000000+00:00",
    "description": "some compute",
    "resourceId": "/subscriptions/s/resourcegroups/testrg123/providers/Microsoft.ContainerService/managedClusters/compute123-56826-c9b00420020b2",
    "computeType": "Kubernetes",
    "provisioningState": "Succeeded",
    "isAttachedCompute": true,
    "properties": {
      "relayConnectionString": null,
      "serviceBusConnectionString": null,
      "extensionPrincipalId": null,
      "extensionInstanceReleaseTrain": "stable",
      "vcName": null,
      "namespace": "default",
      "defaultInstanceType": "defaultInstanceType",
      "instanceTypes": {
        "defaultInstanceType": {
          "nodeSelector": null,
          "resources": {
            "requests": {"cpu": "1", "memory": "4Gi", "nvidia.com/gpu": null},
            "limits": {"cpu": "1", "memory": "4Gi", "nvidia.com/gpu": null}
          }
        },
        "gpu": {
          "nodeSelector": {"accelerator": "nvidia"},
          "resources": {"requests": {"cpu": "4", "nvidia.com/gpu": "1"}, "limits": {"cpu": "6", "nvidia.com/gpu": "1"}}
        }
      }
    }
  }
})";

} // namespace

class TestKubernetesCompute : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheOfficialExample()
    {
        const ParseResult<ComputeResource> r = ComputeResource::fromBytes(QByteArray(kKubernetesCompute));
        QVERIFY(r.ok());
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
        const ComputeResource &c = *r.value;
        QVERIFY(c.isKubernetes());
        QVERIFY(!c.isAks());
        QVERIFY(!c.aks); // the Kubernetes properties are not read as AKS ones
        QVERIFY(c.kubernetes);
        QCOMPARE(c.resourceId.value_or(QString()).section(QLatin1Char('/'), -1), QStringLiteral("compute123-56826-c9b00420020b2"));
        QCOMPARE(c.state(), ProvisioningState::Succeeded);
        const KubernetesProperties &k = *c.kubernetes;
        QCOMPARE(k.namespaceOrDefault(), QStringLiteral("default"));
        QCOMPARE(k.defaultInstanceType.value_or(QString()), QStringLiteral("defaultInstanceType"));
        QCOMPARE(k.extensionInstanceReleaseTrain.value_or(QString()), QStringLiteral("stable"));
        QVERIFY(!k.extensionPrincipalId && !k.relayConnectionString && !k.vcName);
        QCOMPARE(k.instanceTypes.size(), 2);
        const InstanceType *standard = k.instanceType(QStringLiteral("defaultInstanceType"));
        QVERIFY(standard);
        QVERIFY(standard->nodeSelector.isEmpty());
        QCOMPARE(standard->requests.value(QStringLiteral("memory")), QStringLiteral("4Gi"));
        QVERIFY(!standard->requests.contains(QStringLiteral("nvidia.com/gpu"))); // null: not given
        const InstanceType *gpu = k.instanceType(QStringLiteral("gpu"));
        QVERIFY(gpu);
        QCOMPARE(gpu->nodeSelector.value(0), (QPair<QString, QString>(QStringLiteral("accelerator"), QStringLiteral("nvidia"))));
        QCOMPARE(gpu->limits.value(QStringLiteral("nvidia.com/gpu")), QStringLiteral("1"));
        QCOMPARE(gpu->limits.value(QStringLiteral("cpu")), QStringLiteral("6"));
        QCOMPARE(k.instanceTypesText(), QStringLiteral("defaultInstanceType (default), gpu"));
        QVERIFY(c.identity);
        QCOMPARE(c.identity->type.value_or(QString()), QStringLiteral("SystemAssigned"));
        QCOMPARE(c.identity->principalId.value_or(QString()), QStringLiteral("p-1"));
    }

    void unchangedRoundTrip()
    {
        const ComputeResource c = *ComputeResource::fromBytes(QByteArray(kKubernetesCompute)).value;
        JCOMPARE(c.toJson(), Json::parse(kKubernetesCompute));
    }

    void anyCaseOfTheType()
    {
        Json doc = Json::parse(kKubernetesCompute);
        doc["properties"]["computeType"] = "kubernetes";
        const ComputeResource c = *ComputeResource::fromJson(doc).value;
        QVERIFY(c.kubernetes && !c.aks);
    }

    void attachBodyHasTheExampleShape()
    {
        KubernetesComputeSpec spec;
        spec.name = QStringLiteral("compute123");
        spec.description = QStringLiteral("some compute");
        spec.clusterId = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c");
        spec.location = QStringLiteral("eastus");
        InstanceType t;
        t.name = QStringLiteral("small");
        t.requests = {{QStringLiteral("cpu"), QStringLiteral("500m")}, {QStringLiteral("memory"), QStringLiteral("1Gi")}};
        t.limits = {{QStringLiteral("cpu"), QStringLiteral("1")}};
        t.nodeSelector = {{QStringLiteral("pool"), QStringLiteral("cpu")}};
        spec.instanceTypes = {t};
        spec.defaultInstanceType = QStringLiteral("small");
        spec.identityType = QStringLiteral("SystemAssigned");
        const Json expected = Json::parse(R"({"location":"eastus","identity":{"type":"SystemAssigned"},
          "properties":{"computeType":"Kubernetes","description":"some compute",
          "resourceId":"/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c",
          "properties":{"namespace":"default","defaultInstanceType":"small","instanceTypes":{"small":{"nodeSelector":{"pool":"cpu"},
          "resources":{"requests":{"cpu":"500m","memory":"1Gi"},"limits":{"cpu":"1"}}}}}}})");
        JCOMPARE(kubernetesAttachBody(spec), expected);
        // Without instance types or identity: only the namespace, as `az ml compute attach` sends.
        KubernetesComputeSpec bare;
        bare.clusterId = spec.clusterId;
        bare.kubernetesNamespace = QStringLiteral("ml");
        JCOMPARE(kubernetesAttachBody(bare), Json::parse(R"({"properties":{"computeType":"Kubernetes",
          "resourceId":"/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/c",
          "properties":{"namespace":"ml"}}})"));
    }
};

QTEST_GUILESS_MAIN(TestKubernetesCompute)
#include "tst_kubernetes_compute.moc"
