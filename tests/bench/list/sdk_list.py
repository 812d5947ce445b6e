"""(c) The SDK listing the workspace's computes as JSON: every model converted with as_dict()
and dumped, what a user scripting `list -o json` would otherwise write."""
import json, sys
from sdk_client import client_from_argv

client, group, workspace = client_from_argv()
items = [c.as_dict() for c in client.compute.list(group, workspace)]
json.dump(items, sys.stdout)
sys.stderr.write(f"{len(items)} computes\n")
