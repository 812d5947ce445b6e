#!/usr/bin/python3
"""The official Azure SDK for Python (Debian's python3-azure, azure.mgmt.machinelearningservices
2022-10-01) and Azure ML v2 Kubernetes computes in the sandbox: attach one with its poller, read it
into the SDK's `Kubernetes` model (namespace, instance types with requests and limits, default
instance type, extension release train and principal, identity), list it among AKS computes over
several pages, see a refusal as HttpResponseError, and detach it. The subscription's AKS clusters
are listed over several pages too (ContainerServiceClient following the sandbox's nextLinks).

Environment: SANDBOX_BASE_URL, SANDBOX_CA_FILE, SANDBOX_TENANT, SANDBOX_CLIENT_ID,
SANDBOX_CLIENT_SECRET, SANDBOX_SUBSCRIPTION. The seed's aks-v2-ready cluster has a Succeeded Azure
ML extension. Exits non-zero on the first failed check.
"""
import os
import sys

from azure.core.exceptions import HttpResponseError, ResourceNotFoundError
from azure.identity import ClientSecretCredential
from azure.mgmt.containerservice import ContainerServiceClient
from azure.mgmt.machinelearningservices import MachineLearningServicesMgmtClient
from azure.mgmt.machinelearningservices import models as ml

BASE = os.environ["SANDBOX_BASE_URL"]
CA = os.environ["SANDBOX_CA_FILE"]
SUB = os.environ["SANDBOX_SUBSCRIPTION"]
RG, WS = "rg-ml", "ws-demo"
POLL = 0.05


def check(condition, what):
    if not condition:
        print("FAILED:", what, file=sys.stderr)
        sys.exit(1)
    print("ok:", what)


def cluster(name):
    return "/subscriptions/%s/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/%s" % (SUB, name)


credential = ClientSecretCredential(
    os.environ["SANDBOX_TENANT"], os.environ["SANDBOX_CLIENT_ID"], os.environ["SANDBOX_CLIENT_SECRET"],
    authority=BASE.replace("https://", ""), instance_discovery=False, connection_verify=CA)
mlc = MachineLearningServicesMgmtClient(credential, SUB, base_url=BASE, credential_scopes=[BASE + "/.default"],
                                        connection_verify=CA)

small = ml.InstanceTypeSchema(resources=ml.InstanceTypeSchemaResources(
    requests={"cpu": "500m", "memory": "1Gi"}, limits={"cpu": "1", "memory": "2Gi"}))
gpu = ml.InstanceTypeSchema(node_selector={"accelerator": "nvidia"}, resources=ml.InstanceTypeSchemaResources(
    requests={"cpu": "4", "memory": "16Gi", "nvidia.com/gpu": "1"}, limits={"cpu": "4", "memory": "16Gi", "nvidia.com/gpu": "1"}))
attach = ml.ComputeResource(
    location="westeurope", identity=ml.ManagedServiceIdentity(type="SystemAssigned"),
    properties=ml.Kubernetes(resource_id=cluster("aks-v2-ready"), description="v2 scoring",
                             properties=ml.KubernetesProperties(namespace="ml", default_instance_type="small",
                                                                instance_types={"small": small, "gpu": gpu})))
attached = mlc.compute.begin_create_or_update(RG, WS, "sdk-k8s", attach, polling_interval=POLL).result()
check(isinstance(attached.properties, ml.Kubernetes), "attach answers a Kubernetes compute")
check(attached.properties.provisioning_state == "Succeeded", "attach via poller: Succeeded")

got = mlc.compute.get(RG, WS, "sdk-k8s")
k8s = got.properties
check(isinstance(k8s, ml.Kubernetes), "get: properties is the SDK's Kubernetes model")
check(k8s.compute_type == "Kubernetes" and k8s.is_attached_compute, "get: compute type and attached")
check(k8s.resource_id.lower() == cluster("aks-v2-ready").lower(), "get: the cluster's resource id")
check(k8s.description == "v2 scoring" and k8s.created_on is not None, "get: description and createdOn")
props = k8s.properties
check(isinstance(props, ml.KubernetesProperties), "get: KubernetesProperties")
check(props.namespace == "ml" and props.default_instance_type == "small", "get: namespace and default instance type")
check(props.extension_instance_release_train and props.extension_principal_id, "get: extension release train and principal")
check(props.relay_connection_string is None and props.service_bus_connection_string is None and props.vc_name is None,
      "get: relay, service bus and vc name are null on AKS")
check(sorted(props.instance_types) == ["gpu", "small"], "get: instance types")
check(isinstance(props.instance_types["small"], ml.InstanceTypeSchema), "get: InstanceTypeSchema")
check(props.instance_types["small"].resources.requests["cpu"] == "500m"
      and props.instance_types["small"].resources.limits["memory"] == "2Gi", "get: requests and limits")
check(props.instance_types["gpu"].node_selector == {"accelerator": "nvidia"}
      and props.instance_types["gpu"].resources.limits["nvidia.com/gpu"] == "1", "get: node selector and GPU limit")
check(props.instance_types["small"].resources.requests.get("nvidia.com/gpu") is None, "get: a GPU left out is null")
check(got.identity and got.identity.type == "SystemAssigned" and got.identity.principal_id, "get: the compute's identity")

models = {c.name: c.properties for c in mlc.compute.list(RG, WS)}
check(isinstance(models.get("sdk-k8s"), ml.Kubernetes), "list: the Kubernetes compute in its model")
check(isinstance(models.get("inference-prod"), ml.AKS), "list: an AKS compute in its model, in the same list")
check(isinstance(models.get("cpu-cluster"), ml.AmlCompute), "list: the AmlCompute too")
check(models["sdk-k8s"].properties.namespace == "ml", "list: the Kubernetes properties")

try:
    refused = ml.ComputeResource(location="westeurope", properties=ml.Kubernetes(resource_id=cluster("aks-standard-lb")))
    mlc.compute.begin_create_or_update(RG, WS, "sdk-k8s-no", refused, polling_interval=POLL).result()
    check(False, "attach of a cluster without the Azure ML extension must fail")
except HttpResponseError as error:
    check(error.status_code == 400 and "not installed" in str(error), "attach without the extension: 400")

mlc.compute.begin_delete(RG, WS, "sdk-k8s", underlying_resource_action="Detach", polling_interval=POLL).result()
try:
    mlc.compute.get(RG, WS, "sdk-k8s")
    check(False, "the detached compute must be gone")
except ResourceNotFoundError:
    check(True, "detach: the compute is gone")

aks = ContainerServiceClient(credential, SUB, base_url=BASE, credential_scopes=[BASE + "/.default"], connection_verify=CA)
ids = [c.id for c in aks.managed_clusters.list()]
check(len(ids) == len(set(ids)) and cluster("aks-v2-ready") in ids and cluster("aks-plain") in ids,
      "list managed clusters over pages: %d, each once" % len(ids))

print("all Kubernetes compute checks passed")
