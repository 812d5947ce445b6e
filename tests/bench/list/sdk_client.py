"""The SDK client every SDK-side script of the list benchmark uses: the sandbox's endpoint file
gives the base URL and a service principal; the token comes from a plain client-credentials
request (as the CLI does). Everything else is the SDK's default pipeline, pager and models."""
import json, sys, time
import requests
from azure.core.credentials import AccessToken
from azure.mgmt.machinelearningservices import MachineLearningServicesMgmtClient

class StaticCredential:
    def __init__(self, token):
        self.token = token

    def get_token(self, *scopes, **kwargs):
        return AccessToken(self.token, int(time.time()) + 3600)

def client_from_argv():
    """argv: endpoint file, resource group, workspace. Returns (client, resource group, workspace)."""
    ready = json.load(open(sys.argv[1]))
    base = ready["baseUrl"]
    reply = requests.post(f"{base}/{ready['tenantId']}/oauth2/v2.0/token",
                          data={"grant_type": "client_credentials", "client_id": ready["clientId"],
                                "client_secret": ready["clientSecret"], "scope": base + "/.default"})
    credential = StaticCredential(reply.json()["access_token"])
    client = MachineLearningServicesMgmtClient(credential, ready["subscriptionId"], base_url=base)
    return client, sys.argv[2], sys.argv[3]
