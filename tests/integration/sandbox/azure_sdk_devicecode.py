#!/usr/bin/python3
"""The official Azure SDK for Python's DeviceCodeCredential (azure-identity with MSAL, Debian's
python3-azure) signs a user in to the sandbox, unmodified. The "user" approves the code through
the sandbox's control API from the prompt callback, as a person would on the verification page.

Checks what MSAL and azure-identity need from Azure AD's replies: an id_token whose iss is the
discovered issuer and whose aud is the client id, client_info for the account id, a JWT access
token, and a refresh-token grant (a second scope) that again carries id_token and client_info.

Environment: SANDBOX_BASE_URL, SANDBOX_CA_FILE, SANDBOX_TENANT, SANDBOX_PUBLIC_CLIENT_ID,
SANDBOX_SUBSCRIPTION, SANDBOX_CONTROL_TOKEN. Exits non-zero on the first failed check.
"""
import base64
import json
import os
import sys

import requests
from azure.identity import DeviceCodeCredential
from azure.mgmt.containerservice import ContainerServiceClient

BASE = os.environ["SANDBOX_BASE_URL"]
CA = os.environ["SANDBOX_CA_FILE"]
TENANT = os.environ["SANDBOX_TENANT"]
CLIENT = os.environ["SANDBOX_PUBLIC_CLIENT_ID"]
SUB = os.environ["SANDBOX_SUBSCRIPTION"]
CONTROL = os.environ["SANDBOX_CONTROL_TOKEN"]


def check(condition, what):
    if not condition:
        print("FAILED:", what, file=sys.stderr)
        sys.exit(1)
    print("ok:", what)


def jwt_part(token, index):
    part = token.split(".")[index]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


prompts = []


def approve(verification_uri, user_code, expires_on):
    prompts.append(user_code)
    reply = requests.post(BASE + "/_sandbox/devicecode/approve", json={"user_code": user_code},
                          headers={"Authorization": "Bearer " + CONTROL}, verify=CA, timeout=30)
    reply.raise_for_status()


credential = DeviceCodeCredential(client_id=CLIENT, tenant_id=TENANT, authority=BASE.replace("https://", ""),
                                  instance_discovery=False, connection_verify=CA, prompt_callback=approve,
                                  timeout=60)
record = credential.authenticate(scopes=[BASE + "/.default"])
check(len(prompts) == 1, "one device code prompt")
check(record.tenant_id == TENANT, "authentication record tenant from the id_token")
check(record.client_id == CLIENT, "authentication record client id (id_token aud)")
check(record.username.endswith("@sandbox.onmicrosoft.com"), "authentication record username: " + record.username)
check(record.home_account_id.endswith("." + TENANT), "home account id from client_info: " + record.home_account_id)

token = credential.get_token(BASE + "/.default")
check(token.token.count(".") == 2, "access token is a JWT")
header, claims = jwt_part(token.token, 0), jwt_part(token.token, 1)
check(header.get("alg") == "RS256" and header.get("typ") == "JWT" and header.get("kid"), "JWT header")
check(claims.get("aud") == BASE and claims.get("tid") == TENANT and claims.get("oid"), "JWT claims aud/tid/oid")
check(claims.get("appid") == CLIENT and claims.get("exp") > claims.get("iat"), "JWT claims appid/exp/iat")

# Another resource: MSAL redeems the refresh token silently (no second prompt).
other = credential.get_token(BASE + "/other/.default")
check(other.token != token.token and jwt_part(other.token, 1).get("aud") == BASE + "/other",
      "refresh-token grant for a second audience")
check(len(prompts) == 1, "no prompt for the refresh")

aks = ContainerServiceClient(credential, SUB, base_url=BASE, credential_scopes=[BASE + "/.default"],
                             connection_verify=CA)
names = [c.name for c in aks.managed_clusters.list()]
check("aks-plain" in names, "the signed-in user lists managed clusters: %d" % len(names))
print("all device code checks passed")
