#!/usr/bin/python3
"""Drives the sandbox's Microsoft.KubernetesConfiguration extensions with the official SDK
(Debian's python3-azure: azure.mgmt.kubernetesconfiguration, api-version 2022-03-01), its default
pipeline and pollers: create (begin_create), get, list, update (begin_update), delete
(begin_delete) of the Azure ML extension on an AKS cluster, and a create that fails the
extension's health check.

Environment: SANDBOX_BASE_URL, SANDBOX_CA_FILE, SANDBOX_TENANT, SANDBOX_CLIENT_ID,
SANDBOX_CLIENT_SECRET, SANDBOX_SUBSCRIPTION. Exits non-zero on the first failed check.
"""
import os
import sys

from azure.core.exceptions import HttpResponseError, ResourceNotFoundError
from azure.identity import ClientSecretCredential
from azure.mgmt.kubernetesconfiguration import SourceControlConfigurationClient
from azure.mgmt.kubernetesconfiguration.v2022_03_01 import models

BASE = os.environ["SANDBOX_BASE_URL"]
CA = os.environ["SANDBOX_CA_FILE"]
SUB = os.environ["SANDBOX_SUBSCRIPTION"]
RG = "rg-aks"
RP, KIND = "Microsoft.ContainerService", "managedClusters"
POLL = 0.05
SECRET = "protected-value-from-python"


def check(condition, what):
    if not condition:
        print("FAILED:", what, file=sys.stderr)
        sys.exit(1)
    print("ok:", what)


credential = ClientSecretCredential(
    os.environ["SANDBOX_TENANT"], os.environ["SANDBOX_CLIENT_ID"], os.environ["SANDBOX_CLIENT_SECRET"],
    authority=BASE.replace("https://", ""), instance_discovery=False, connection_verify=CA)
client = SourceControlConfigurationClient(credential, SUB, api_version="2022-03-01", base_url=BASE,
                                          credential_scopes=[BASE + "/.default"], connection_verify=CA)


def azureml(settings, protected=None):
    return models.Extension(
        extension_type="Microsoft.AzureML.Kubernetes", auto_upgrade_minor_version=True, release_train="stable",
        scope=models.Scope(cluster=models.ScopeCluster(release_namespace="azureml")),
        configuration_settings=settings, configuration_protected_settings=protected or {})


http = {"enableInference": "True", "inferenceRouterServiceType": "loadBalancer", "allowInsecureConnections": "True"}
poller = client.extensions.begin_create(RG, RP, KIND, "aks-standard-lb", "azureml",
                                        azureml(http, {"someProtectedKey": SECRET}), polling_interval=POLL)
created = poller.result()
check(created.provisioning_state == "Succeeded", "begin_create: Succeeded (%s)" % created.provisioning_state)
check(created.extension_type == "Microsoft.AzureML.Kubernetes", "extension type")
check(created.installed_version, "installed version %s" % created.installed_version)
check(created.scope.cluster.release_namespace == "azureml", "release namespace")

got = client.extensions.get(RG, RP, KIND, "aks-standard-lb", "azureml")
check(got.configuration_settings.get("inferenceRouterServiceType") == "loadBalancer", "get: settings")
check(not got.configuration_protected_settings, "get: protected settings are not returned")
check(SECRET not in str(got.serialize()), "get: the protected value appears nowhere")

names = [e.name for e in client.extensions.list(RG, RP, KIND, "aks-standard-lb")]
check(names == ["azureml"], "list: %s" % names)

updated = client.extensions.begin_update(
    RG, RP, KIND, "aks-standard-lb", "azureml",
    models.PatchExtension(configuration_settings={"inferenceRouterServiceType": "nodePort"}), polling_interval=POLL).result()
check(updated.configuration_settings.get("inferenceRouterServiceType") == "nodePort"
      and updated.configuration_settings.get("enableInference") == "True", "begin_update: settings merged")

client.extensions.begin_delete(RG, RP, KIND, "aks-standard-lb", "azureml", polling_interval=POLL).result()
try:
    client.extensions.get(RG, RP, KIND, "aks-standard-lb", "azureml")
    check(False, "get after delete must fail")
except ResourceNotFoundError:
    check(True, "begin_delete: the extension is gone (404)")

# The extension's health check: inference router HA on a 2-node cluster.
try:
    client.extensions.begin_create(RG, RP, KIND, "aks-small", "azureml",
                                   azureml(dict(http, inferenceRouterServiceType="nodePort")), polling_interval=POLL).result()
    check(False, "a create on 2 nodes with HA must fail")
except HttpResponseError as error:
    check("E40002" in str(error), "begin_create fails with E40002: %s" % str(error).splitlines()[0])
failed = client.extensions.get(RG, RP, KIND, "aks-small", "azureml")
check(failed.provisioning_state == "Failed", "failed extension: provisioningState Failed")
check([s.code for s in failed.statuses] == ["E40002"] and failed.statuses[0].level == "Error",
      "failed extension: statuses %s" % [s.code for s in failed.statuses])
client.extensions.begin_delete(RG, RP, KIND, "aks-small", "azureml", polling_interval=POLL).result()

print("all extension SDK checks passed")
