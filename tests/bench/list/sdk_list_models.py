"""(a) The SDK reading every compute of the workspace into its models (ComputeResource with
typed properties), nothing converted or printed: the least a script that reads the list does."""
import sys
from sdk_client import client_from_argv

client, group, workspace = client_from_argv()
computes = list(client.compute.list(group, workspace))
sys.stderr.write(f"{len(computes)} computes\n")
