#!/usr/bin/python3
"""Drives the sandbox with the official Azure SDK for Python (Debian's python3-azure), default
pipeline and pollers, trusting the sandbox CA through REQUESTS_CA_BUNDLE / connection_verify.

Environment: SANDBOX_BASE_URL, SANDBOX_CA_FILE, SANDBOX_TENANT, SANDBOX_CLIENT_ID,
SANDBOX_CLIENT_SECRET, SANDBOX_SUBSCRIPTION. Exits non-zero on the first failed check.
"""
import os
import sys

from azure.core.exceptions import HttpResponseError
from azure.identity import ClientSecretCredential
from azure.mgmt.containerservice import ContainerServiceClient
from azure.mgmt.machinelearningservices import MachineLearningServicesMgmtClient
from azure.mgmt.machinelearningservices import models as ml

BASE = os.environ["SANDBOX_BASE_URL"]
CA = os.environ["SANDBOX_CA_FILE"]
SUB = os.environ["SANDBOX_SUBSCRIPTION"]
RG, WS = "rg-ml", "ws-demo"
POLL = 0.05  # the sandbox answers Retry-After 0 at test speed; poll quickly


def check(condition, what):
    if not condition:
        print("FAILED:", what, file=sys.stderr)
        sys.exit(1)
    print("ok:", what)


credential = ClientSecretCredential(
    os.environ["SANDBOX_TENANT"], os.environ["SANDBOX_CLIENT_ID"], os.environ["SANDBOX_CLIENT_SECRET"],
    authority=BASE.replace("https://", ""), instance_discovery=False, connection_verify=CA)
scopes = [BASE + "/.default"]
mlc = MachineLearningServicesMgmtClient(credential, SUB, base_url=BASE, credential_scopes=scopes,
                                        connection_verify=CA)
aks = ContainerServiceClient(credential, SUB, base_url=BASE, credential_scopes=scopes, connection_verify=CA)

names = [c.name for c in mlc.compute.list(RG, WS)]
check("tls-prod" in names and "legacy-failed" in names, "list computes: %d" % len(names))

tls = mlc.compute.get(RG, WS, "tls-prod")
check(tls.properties.compute_type == "AKS", "get compute type")
check(tls.properties.properties.ssl_configuration.status == "Enabled", "get compute TLS status")
failed = mlc.compute.get(RG, WS, "legacy-failed")
check(failed.properties.provisioning_state == "Failed" and failed.properties.provisioning_errors,
      "failed compute carries provisioning errors")

# listNodes: AmlComputeNodesInformation for an AmlCompute, refused for other compute types.
nodes = list(mlc.compute.list_nodes(RG, WS, "cpu-cluster"))
check(len(nodes) == 2 and sorted(n.node_state for n in nodes) == ["idle", "running"], "list nodes of an AmlCompute")
running = [n for n in nodes if n.node_state == "running"][0]
check(running.run_id and running.node_id and running.private_ip_address and running.port >= 50000,
      "running node carries its run, id, address and port")
try:
    list(mlc.compute.list_nodes(RG, WS, "tls-prod"))
    check(False, "list nodes of an AKS compute must fail")
except HttpResponseError as error:
    check(error.status_code == 400 and "not supported" in str(error), "list nodes of an AKS compute refused: 400")

clusters = {c.name: c for c in aks.managed_clusters.list()}
check("aks-plain" in clusters and "aks-gpu" in clusters, "list managed clusters: %d" % len(clusters))
in_rg = [c.name for c in aks.managed_clusters.list_by_resource_group("rg-aks")]
check("aks-private" in in_rg, "list managed clusters by resource group")

create = ml.ComputeResource(location="westeurope", properties=ml.AKS(
    compute_location="westeurope",
    properties=ml.AKSSchemaProperties(agent_count=3, agent_vm_size="Standard_D3_v2", cluster_purpose="FastProd")))
created = mlc.compute.begin_create_or_update(RG, WS, "sdk-created", create, polling_interval=POLL).result()
check(created.properties.provisioning_state == "Succeeded", "create compute via poller")
check(created.properties.resource_id and "/managedClusters/" in created.properties.resource_id,
      "created compute has its AKS cluster")

attach = ml.ComputeResource(location="westeurope", properties=ml.AKS(
    resource_id=clusters["aks-plain"].id,
    properties=ml.AKSSchemaProperties(cluster_purpose="FastProd")))
attached = mlc.compute.begin_create_or_update(RG, WS, "sdk-attached", attach, polling_interval=POLL).result()
check(attached.properties.provisioning_state == "Succeeded" and attached.properties.is_attached_compute,
      "attach compute via poller")

doc = mlc.compute.get(RG, WS, "sdk-created")
doc.properties.properties.agent_count = 4
updated = mlc.compute.begin_create_or_update(RG, WS, "sdk-created", doc, polling_interval=POLL).result()
check(updated.properties.properties.agent_count == 4, "update (scale) compute via poller")

keys = mlc.compute.list_keys(RG, WS, "sdk-attached")
check(keys.as_dict().get("user_kube_config", "").startswith("apiVersion: v1"), "list keys")

mlc.compute.begin_delete(RG, WS, "sdk-attached", underlying_resource_action="Detach", polling_interval=POLL).result()
remaining = [c.name for c in mlc.compute.list(RG, WS)]
check("sdk-attached" not in remaining, "detach compute via poller")
check(aks.managed_clusters.get("rg-aks", "aks-plain").name == "aks-plain", "detached cluster still exists")

try:
    mlc.compute.begin_create_or_update(RG, WS, "sdk-created", create, polling_interval=POLL).result()
    check(False, "duplicate create must fail")
except Exception as error:  # HttpResponseError
    check("already exists" in str(error), "duplicate create refused: 409")
print("all SDK checks passed")
