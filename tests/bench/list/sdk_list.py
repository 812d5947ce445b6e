"""The official Azure SDK for Python listing the workspace's computes: what a user would
otherwise script. Token fetched with a plain client-credentials request (as the CLI does);
everything else is the SDK's default pipeline, pager and models."""
import json, sys, time
import requests
from azure.core.credentials import AccessToken
from azure.mgmt.machinelearningservices import MachineLearningServicesMgmtClient

ready = json.load(open(sys.argv[1]))
base = ready["baseUrl"]
reply = requests.post(f"{base}/{ready['tenantId']}/oauth2/v2.0/token",
                      data={"grant_type": "client_credentials", "client_id": ready["clientId"],
                            "client_secret": ready["clientSecret"], "scope": base + "/.default"})
token = reply.json()["access_token"]

class StaticCredential:
    def get_token(self, *scopes, **kwargs):
        return AccessToken(token, int(time.time()) + 3600)

client = MachineLearningServicesMgmtClient(StaticCredential(), ready["subscriptionId"], base_url=base)
items = [c.as_dict() for c in client.compute.list(sys.argv[2], sys.argv[3])]
json.dump(items, sys.stdout)
sys.stderr.write(f"{len(items)} computes\n")
