"""(b) The SDK printing one line per compute: name, state, VM size and node count (AKS-style
computes carry the last two in properties.properties)."""
from sdk_client import client_from_argv

client, group, workspace = client_from_argv()
for c in client.compute.list(group, workspace):
    aks = getattr(c.properties, "properties", None)
    size = getattr(aks, "agent_vm_size", None) or ""
    nodes = getattr(aks, "agent_count", None)
    print(f"{c.name:40} {c.properties.provisioning_state or '':12} {size:20} {'' if nodes is None else nodes}")
