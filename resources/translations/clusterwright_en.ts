<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Loading the VM sizes of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) × %1 vCPUs (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the VM sizes of %2: its vCPUs are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM sizes of %1 could not be read; the next refresh asks again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveToV2Check</name>
    <message>
        <source>&apos;%1&apos; cannot be moved to v2: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw</name>
    <message>
        <source>%1 is not a regular file (a device, FIFO or directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB: it is not the file expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::FileTarget</name>
    <message>
        <source>%1 is a symbolic link; files are never written through a link. Remove the link or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, FIFO or directory); it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PrivateFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::arm::ArmError</name>
    <message>
        <source>Azure sent an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource provider %1 is not registered for this subscription; register it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for this resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Azure Policy of this subscription forbids this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription&apos;s quota is too small for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure did not accept the sign-in; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure is throttling requests; please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure had an internal problem (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::arm::ArmJob</name>
    <message>
        <source>The request URL is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure sent an answer that could not be read (HTTP %1, not valid JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The create request&apos;s answer was lost, but the resource now exists; it may still be being created. It was not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The create request&apos;s answer was lost and the resource does not exist; the request was not sent again, so it is safe to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The create request&apos;s answer was lost and it is unknown whether the resource was created; check before retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure sent an answer that could not be read (HTTP %1, JSON nested more than %2 levels deep).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::arm::ArmPager</name>
    <message>
        <source>Listing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure sent a list page that could not be read (no &quot;value&quot; array).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure kept sending more pages (%1 so far); listing stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::arm::LroPoller</name>
    <message>
        <source>The operation ended %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting; the operation may still be running in Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure sent an operation status that could not be read (no &quot;status&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::auth</name>
    <message>
        <source>Azure AD answered without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is wrong or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application (client id) was not found in this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant was not found; check the tenant id or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-factor authentication is required; sign in with the device code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id or client secret was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application may not use this sign-in method in the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested permission scope was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD refused the sign-in request as malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device code expired before the sign-in was completed; please start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device code was not recognised; please start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in to be completed in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD asked to poll more slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD is temporarily unavailable; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure CLI sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed or not on the PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI printed something that is not a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI token has no readable expiry time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI is not signed in; run &quot;az login&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI could not provide a token (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service principal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device code sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device code sign-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure AD did not send a usable device code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment credential is not configured: %1 not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment service principal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read a CA certificate from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: only https:// is allowed (plain http only for this computer&apos;s loopback address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was refused (%1). The connection was not made; check that the right CA certificate is trusted (for the sandbox, its CA file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Azure AD did not answer usably: its answer could not be read (%n tries). This is a service problem, not a problem with the sign-in; try again later.</source>
        <translation>
            <numerusform>Azure AD did not answer usably: its answer could not be read (%n try). This is a service problem, not a problem with the sign-in; try again later.</numerusform>
            <numerusform>Azure AD did not answer usably: its answer could not be read (%n tries). This is a service problem, not a problem with the sign-in; try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Azure AD did not answer usably (HTTP %1, %n tries). This is a service problem, not a problem with the sign-in; try again later.</source>
        <translation>
            <numerusform>Azure AD did not answer usably (HTTP %1, %n try). This is a service problem, not a problem with the sign-in; try again later.</numerusform>
            <numerusform>Azure AD did not answer usably (HTTP %1, %n tries). This is a service problem, not a problem with the sign-in; try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Azure AD did not answer (%1, %n tries). This is a network or service problem, not a problem with the sign-in; try again later.</source>
        <translation>
            <numerusform>Azure AD did not answer (%1, %n try). This is a network or service problem, not a problem with the sign-in; try again later.</numerusform>
            <numerusform>Azure AD did not answer (%1, %n tries). This is a network or service problem, not a problem with the sign-in; try again later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::azure</name>
    <message>
        <source>Azure sent an empty or unreadable answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute keys answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute keys answer holds no kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential answer has no &apos;kubeconfigs&apos; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential answer holds no usable kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute description is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster description is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster description has neither a name nor an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An orchestrator entry is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An orchestrator entry has no orchestratorVersion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orchestrator list has no &apos;properties.orchestrators&apos; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subscription entry is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subscription entry has no subscriptionId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM size entry is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VM size entry has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM size list is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM size list has no &apos;value&apos; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace entry is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace entry has neither a name nor an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A usage entry is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A usage entry has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage list has no &apos;value&apos; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location entry is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location entry has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension description is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension description has neither a name nor an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension&apos;s operation ended %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::azure::VmSizeCache</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::cli</name>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESOURCE GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NODES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTACHABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the AKS clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the workspace&apos;s computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the keys of compute &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig needs the compute&apos;s name and --file FILE (&apos;-&apos; for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned no kubeconfig for this compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls-backup needs the compute&apos;s name and --dir FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds cert.pem or key.pem; add --overwrite to replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute&apos;s kubeconfig cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the azuremlfessl secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 and %2 (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login service-principal needs --tenant and --client-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret: pipe it to --secret-stdin or set AZURE_CLIENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the secret could not be kept in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: no keychain here (%1); set AZURE_CLIENT_SECRET for later runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs one of: sandbox, service-principal, device-code, az.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which compute? Give its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preflight refused; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read compute &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detach needs the compute&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaching &apos;%1&apos;: the AKS cluster and its azureml-fe objects stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update needs the compute&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update needs a change: --ilb --lb-subnet S, --public-lb, --leaf-label L, --cert-file/--key-file/--cname, --tls-disable or --nodes N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nodes must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update breaks a rule; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reattach needs the compute&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPUTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: unreadable journal entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation %1 in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 already succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operations needs list or resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the Kubernetes versions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the AKS cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight: %1 passed, %2 warnings, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight needs create|attach and the compute&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON; run `clusterwright-cli login` again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names an unknown sign-in kind &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspaces needs --subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBSCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 computes read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOAD BALANCER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTACHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs the compute&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vm size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fqdn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: do not edit the cluster&apos;s YAML directly; Azure ML deployments overwrite it (only CPU/memory requests and limits survive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the Kubernetes versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPGRADES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the VM sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VCPUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--purpose must be production or dev-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach needs --cluster-id (the AKS cluster&apos;s resource id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either --leaf-label or --cert-file/--key-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom certificate needs --cert-file, --key-file and --cname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reattach takes --cert-file and --key-file together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key in %1 is protected by a passphrase: set CLUSTERWRIGHT_KEY_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLUSTERWRIGHT_KEY_PASSPHRASE does not decrypt the private key in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node pools of an attached cluster are scaled in AKS, not through the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kubeconfig takes --merge or --overwrite, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set-current goes with --merge (a new or overwritten file already uses the compute&apos;s context).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, FIFO or directory); it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Add --merge to add the compute&apos;s cluster, user and context to it (everything else stays; --set-current also switches the current context), or --overwrite to replace it; either way the previous file is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s kubeconfig cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input holds more than %1 KiB: that is not a client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-backup-file must name a new file; %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate files cannot be used; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to %1: sign in there (clusterwright-cli login) and run `clusterwright-cli operations resume %2`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its failure is final (%1); start it again, or force a retry with `clusterwright-cli operations resume %2`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 (%2 &apos;%3&apos;, %4) is not resumed: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming operation %1 (%2 &apos;%3&apos;, %4 at step %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 cannot be resumed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cluster-id is not an AKS cluster&apos;s resource ID: %1 Expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subscription: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder; nothing was read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the subscription&apos;s regions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the region&apos;s VM sizes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension needs --cluster: the AKS cluster&apos;s resource ID, or its name with --resource-group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cluster is not an AKS cluster&apos;s resource ID: %1 Expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cluster %1 is a name: give the cluster&apos;s --resource-group, or its full resource ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which subscription is the cluster in? Give --subscription, or its full resource ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes key=value (got &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: accepted; it goes on in Azure. Follow it with `clusterwright-cli extension show`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done, the extension and its components are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no AKS cluster %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules refused the extension&apos;s settings; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no extension &apos;%1&apos; on cluster %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read extension &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing extension &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension update needs a change: --config key=value or --config-protected key=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating extension &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing extension &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension takes show, install, update or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--instance-type &apos;%1&apos; is not NAME:REQUESTS[:LIMITS[:NODE-SELECTOR]] (for example %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--instance-type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the compute&apos;s name once: &apos;%1&apos; or --name %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach --kubernetes needs --cluster with the AKS cluster&apos;s resource ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is not an AKS cluster&apos;s resource ID: %2 Expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--instance-type %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--identity must be SystemAssigned or UserAssigned:ID[,ID...], not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate needs the v1 compute&apos;s name (or --back OPERATION_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving &apos;%1&apos; to Azure ML v2: the AKS cluster is kept; its v1 components are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a Kubernetes (v2) compute: %2 applies to AKS (v1) computes only. Its load balancer, TLS and nodes are the Azure ML extension&apos;s and the cluster&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a Kubernetes compute, always attached: --delete-cluster does not apply (detach keeps the cluster; delete it in AKS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaching &apos;%1&apos;: the AKS cluster and its Azure ML extension stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests %1; limits %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; node selector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension release train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSTANCE TYPES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure ML v2 preflight: %1 failed, %2 warnings, %3 notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config takes KEY=VALUE (e.g. enableInference=True); &quot;%1&quot; has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preflight --kubernetes needs --cluster ID, the AKS cluster&apos;s resource id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s extensions could not be read, so whether its Azure ML extension has Succeeded was not checked; the service refuses the attach if it has not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s Azure ML extension %1 (version %2) has Succeeded; the compute uses it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster has no Azure ML extension; a Kubernetes compute needs one that has Succeeded, and attach does not install it. Install it first with your scoring domain and its certificate and key files (for HTTP only, --config allowInsecureConnections=True instead of the three TLS settings): `%1`; then attach again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure ML extension %1 is in state %2; a Kubernetes compute needs it Succeeded. Remove it (`%3`), install it again with settings that pass its checks (`%4`), then attach again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure ML extension %1 is in state %2; a Kubernetes compute needs it Succeeded. Follow it with `%3` and attach once it has Succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::cli::CliApp</name>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::cli::CliContext</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `clusterwright-cli --help` for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the trace file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which workspace? Give --subscription, --resource-group and --workspace (or save them with `login ... -s SUB -g RG -w WS`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the HTTP trace could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::cli::CliOptions</name>
    <message>
        <source>Unknown output format &apos;%1&apos; (use table, json or tsv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-interval-ms must be a whole number of milliseconds from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: clusterwright-cli &lt;command&gt; [arguments] [options]

Commands:
  login sandbox [--endpoint-file F]     use the embedded sandbox, or a running one
  login service-principal --tenant T --client-id C [--secret-stdin]
                                        secret from stdin or AZURE_CLIENT_SECRET
  login device-code [--tenant T]        sign in a person with a device code
  login az                              reuse the Azure CLI&apos;s sign-in
  workspaces                            Azure ML workspaces of the subscription
  list                                  computes of the workspace
  show NAME                             one compute
  clusters                              AKS clusters of the subscription, attachability
  versions [--location L]               Kubernetes versions of the region
  vm-sizes [--location L]               VM sizes of the region
  preflight create|attach NAME [spec options]
  preflight --kubernetes --cluster ID [--config K=V ...] [--cert-file F --key-file K]
                                        check a cluster for Azure ML v2 before attaching
  create NAME [spec options]            create a new AKS cluster as a compute
  attach NAME --cluster-id ID [options] attach an existing AKS cluster
  attach --kubernetes NAME --cluster ID [--namespace NS] [--instance-type SPEC]...
         [--default-instance-type T] [--identity SystemAssigned] [--no-wait]
                                        attach as an Azure ML v2 Kubernetes compute
  detach NAME [--delete-cluster]        detach (the AKS cluster stays)
  reattach NAME [--cert-file F --key-file K] [--tls-backup-file F]
                                        detach and re-attach with the same settings
  update NAME --ilb --lb-subnet S | --public-lb | --leaf-label L | --cert-file/--key-file/--cname
              | --tls-disable | --nodes N
  kubeconfig NAME --file F [--admin] [--merge [--set-current] | --overwrite]
                                        write the compute&apos;s kubeconfig (0600); an existing
                                        F is refused unless merged into or overwritten
  tls-backup NAME --dir D               save cert.pem and key.pem from azuremlfessl (0600)
  operations list [--all]               journaled operations
  operations resume [ID]                resume one, or every resumable operation
  extension show|install|update|remove --cluster ID|NAME [-g RG] [--name N]
            [--config K=V ...] [--config-protected K=V|K=@FILE ...]
                                        the Azure ML cluster extension of an AKS cluster
  migrate NAME [--new-name N] [--namespace NS] [--tls-backup-file F] [--no-wait]
                                        move a v1 AKS compute to Azure ML v2 (extension and
                                        Kubernetes compute; the certificate kept in F, 0600)
  migrate --back ID                     the way back from a failed move: attach as v1 again

Exit codes: 0 ok, 1 operation failed, 2 usage, 3 authentication, 4 preflight refused,
5 not found, 6 service unavailable or network (no usable answer after the retries).

Options:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::cli::OperationWaiter</name>
    <message>
        <source>%1: waiting, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPUTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted; it goes on in Azure. Follow it with `clusterwright-cli operations resume %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 (%2 &apos;%3&apos;) failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1 (%2 &apos;%3&apos;): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::cli::SessionFactory</name>
    <message>
        <source>The embedded sandbox&apos;s state (%1) is in use by another process (%2, pid %3). Close it, or point the CLI at a running sandbox with `clusterwright-cli login sandbox --endpoint-file FILE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain and no AZURE_CLIENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is not in the keychain (%1). Set AZURE_CLIENT_SECRET or run `clusterwright-cli login service-principal` again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::exporting::SpecFromCompute</name>
    <message>
        <source>The compute has no properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute is not an AKS inference cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute does not name its AKS cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::kube</name>
    <message>
        <source>secret &quot;%1&quot; in namespace &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing kubeconfig %1 could not be understood (%2); it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n tries)</source>
        <translation>
            <numerusform>(%n try)</numerusform>
            <numerusform>(%n tries)</numerusform>
        </translation>
    </message>
    <message>
        <source>The Kubernetes API server&apos;s answer for the %1 is not a Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not hold both cert.pem and key.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link to nothing; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, device or pipe); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing kubeconfig %1 is too large to be a kubeconfig; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing kubeconfig could not be read (%1); it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing kubeconfig %1 cannot be merged into (%2); it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous content could not be backed up (%1); %2 was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig could not be written as YAML; %1 was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubeconfig written to %1 (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced (same name): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already up to date: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous content was replaced; it is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current context is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current context unchanged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments inside the file could not be kept (only those at its top); the backup still has them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::kube::KubeClient</name>
    <message>
        <source>The kubeconfig&apos;s server address &quot;%1&quot; is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s server must use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig asks to skip TLS verification; Clusterwright never does that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s user signs in through a plug-in, which is not supported; use the cluster&apos;s admin or user credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s certificate-authority-data holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s client-certificate-data holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s client-key-data holds no usable private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s user has neither a client certificate nor a token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::kube::KubeError</name>
    <message>
        <source>The Kubernetes API server did not accept the credentials of the kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s user is not allowed to read the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes API server answered HTTP %1 when reading the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes API server refused to read the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::kube::KubeSecretJob</name>
    <message>
        <source>Reading the secret was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s TLS certificate was not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the Kubernetes API server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::kube::Kubeconfig</name>
    <message>
        <source>The kubeconfig is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig is not a mapping of clusters, users and contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig names no current context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig has no context named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig has no cluster named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig has no user named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; has no server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig has too many entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kubeconfig holds control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::kube::LegacyComponents</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s TLS certificate was not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the Kubernetes API server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::kube::yaml</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML could not be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::kube::yaml::Builder</name>
    <message>
        <source>a file with several YAML documents is not a kubeconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchors and aliases are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the escapes \N and \_ are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explicit YAML tags are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has too many entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only plain text keys are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ops</name>
    <message>
        <source>custom certificate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft certificate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal (subnet %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1; purpose %2; load balancer %3; TLS %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &apos;%1&apos; (%2, %3 × %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the name is free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the create request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the attach request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait while Azure creates the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait while Azure attaches the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the final state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; and its AKS cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach &apos;%1&apos; (the AKS cluster is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the delete request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the detach request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the compute is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the current configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait while Azure updates the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach &apos;%1&apos; to update it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover the TLS certificate and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait while Azure detaches the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the compute is detached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the attach request (same name and settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 is larger than a certificate and key can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate and key are kept in the keychain as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate and key are kept in the backup file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate and key are read back from the AKS cluster&apos;s azuremlfessl secret (no keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deleting (the cluster finishes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not deleted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &apos;%1&apos; as a Kubernetes compute (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; to Azure ML v2 (Kubernetes compute &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the cluster for Azure ML v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach the v1 compute (the AKS cluster is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the v1 components (azureml-fe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the Azure ML extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait while the extension installs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the cluster as a Kubernetes compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the Kubernetes compute and the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse the Azure ML extension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the Azure ML extension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the Azure ML extension on %1 and attach it as the Kubernetes compute &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ops::Journal</name>
    <message>
        <source>Invalid operation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ops::OperationDriver</name>
    <message>
        <source>Stopped waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation has a step this version does not know: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compute named &apos;%1&apos; already exists in this workspace. Choose another name, or detach the existing one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sent a compute document that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the earlier request reached Azure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier request had reached Azure; following it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s private key is no longer available (it was kept in the keychain only while the operation ran). Start the operation again with the certificate files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request reached Azure although its answer was lost; following it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not reach Azure; sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known whether Azure received the request: %1 Resume the operation to check and continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute was already detached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to wait for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no compute named &apos;%1&apos; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting; the operation goes on in Azure. Resume to follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost track of the operation: %1 Resume to keep waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute is still in the workspace (state %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service reports the compute as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This compute cannot be re-attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom certificate to carry over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate and key are kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the azuremlfessl secret from the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was detached. Re-attach with the certificate and key files instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster&apos;s azuremlfessl secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered from %1 and kept in the keychain as %2 until the re-attach has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by Azure (its answer could not be read; following the compute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure says the compute already exists; checking whether it is ours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate and key are kept in the backup file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate and key are read from the AKS cluster&apos;s azuremlfessl secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was detached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered from %1 and kept in the backup file %2 (0600) until the re-attach has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: checking that the AKS cluster&apos;s azuremlfessl secret can be read back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no durable place for the certificate and key: no keychain%1, no backup file chosen, and the cluster&apos;s azuremlfessl secret %2. Nothing was detached. Re-attach with a backup file (clusterwright-cli reattach --tls-backup-file FILE, or the choice in the Re-attach dialog), or where a keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds another certificate than the one to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered from %1; no keychain, so a resumed re-attach reads it again from the AKS cluster&apos;s azuremlfessl secret, which the detach keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the certificate and key from the AKS cluster&apos;s azuremlfessl secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate and key to restore are not available: %1 Nothing was sent; resume once the cluster can be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate and key were read again from the AKS cluster&apos;s azuremlfessl secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A detach of this compute was already in progress; following it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A detach of this compute was already in progress and has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compute named &apos;%1&apos; already exists in this workspace; choose another name for the Kubernetes compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is not ready for Azure ML v2: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 can take Azure ML v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installed Azure ML extension %1 (Succeeded) is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension will be installed with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the workspace&apos;s computes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be moved to v2: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the AKS cluster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The v1 compute serves HTTP (no certificate): the extension allows insecure connections as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup file was chosen for the certificate and key. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The v1 certificate cannot be carried over: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered from the cluster&apos;s azuremlfessl secret (CNAME %1) and kept in the backup file %2 (0600): the extension gets it as protected settings, and it stays there after the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move names no AKS cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the AKS cluster&apos;s credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the credentials of the AKS cluster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AKS cluster&apos;s kubeconfig cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every v1 component could be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by Azure (its answer could not be read; following the resource).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure ML extension %1 is installed (Succeeded): reused as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The v1 certificate and key are not available (the backup file %1 cannot be read). Nothing was sent; resume once the file is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from the v1 AKS compute &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kubernetes compute &apos;%1&apos; is not in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a compute of type %2, not Kubernetes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure ML extension is in state %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a Kubernetes compute (Succeeded, namespace %2); the extension %3 is Succeeded (version %4, %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: &apos;%1&apos; is still attached as v1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1 compute &apos;%1&apos; detached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1 compute &apos;%1&apos; being detached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy components deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy components not all deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension %1 installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extension failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes compute &apos;%1&apos; attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes compute attach failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way back: `%1` attaches &apos;%2&apos; again as v1 with the recovered certificate (backup file %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way back: `%1` attaches &apos;%2&apos; again as v1 with its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way back: detach the Kubernetes compute first (clusterwright-cli detach %1), then %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure ML extension %1 is installed on the cluster and stays: attaching again reuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension&apos;s certificate and key could not be read from the keychain. Nothing was sent; resume once the keychain is unlocked, or attach again from the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension&apos;s certificate and key were kept in memory only (there is no keychain) and ended with the process that started the attach. Nothing was sent; attach again from the wizard with the certificate files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ops::OperationRunner</name>
    <message>
        <source>There is no move to v2 with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move %1 is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move %1 stopped before it read the v1 compute; nothing was detached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 does not hold the certificate and key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ops::TlsRecovery</name>
    <message>
        <source>Cannot read the cluster&apos;s credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned no kubeconfig for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s kubeconfig cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s kubeconfig cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate from the cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s azuremlfessl secret does not hold both cert.pem and key.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute names no AKS cluster to read the certificate from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the credentials of the AKS cluster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service returned no kubeconfig for the AKS cluster %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::rules::AksResourceId</name>
    <message>
        <source>Enter the cluster&apos;s resource ID, like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource ID is too long; paste only the ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the resource ID only (without host or query), like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource ID starts with &quot;/subscriptions/&quot;; expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource ID has an empty segment (&quot;//&quot;); expected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces inside the resource ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource ID does not have the expected form %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1/%2&quot; is not an AKS cluster; the ID must name Microsoft.ContainerService/managedClusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID names a child resource; remove everything after the cluster name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscription ID; it must be a GUID such as 00000000-0000-0000-0000-000000000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid resource group name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid AKS cluster name (1-63 letters, digits, hyphens or underscores, starting and ending with a letter or digit).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::rules::AttachRules</name>
    <message>
        <source>The cluster is in subscription %1 but the workspace is in %2. Attach a cluster from the workspace&apos;s subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is already attached as &quot;%1&quot;. To change its settings, detach it first, then attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is already attached to this workspace as &quot;%1&quot;; a second attachment would break it. Use &quot;%1&quot;, or detach it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::rules::ExtensionRules</name>
    <message>
        <source>%1 Otherwise the extension fails to install with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds key material: pass it as a protected setting (--config-protected), not as a plain setting, which anyone who can read the cluster sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension does not know the setting &quot;%1&quot; and ignores it. Known settings: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;? Setting names are case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension does not know the protected setting &quot;%1&quot; and ignores it. Known protected settings: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to True or False; &quot;%2&quot; is not a value the extension understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Kubernetes label name: use [prefix/]name, the name at most 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit (e.g. nodeSelector.agentpool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid label value for %2: use at most 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With inference on, set inferenceRouterServiceType to loadBalancer, nodePort or clusterIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a router service type; use loadBalancer, nodePort or clusterIP (case-sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s load balancer is %1, not standard: it cannot give the inference router a LoadBalancer service. Use nodePort or clusterIP, or move the cluster to a standard load balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is not an AKS cluster: make sure it provides services of type LoadBalancer, or use nodePort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an internal load balancer provider; the only one is azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal load balancer works only on AKS clusters; remove internalLoadBalancerProvider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal load balancer needs inferenceRouterServiceType=loadBalancer; set it, or remove internalLoadBalancerProvider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inference router runs %1 replicas on different nodes (inferenceRouterHA is on unless set to False); Linux nodes in the cluster: %2. Set inferenceRouterHA=False for dev/test or scale to %1 nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate and key were not analysed, so a mismatch would only show when the extension fails with E40007. Load them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowInsecureConnections=True: scoring is also accepted over plain HTTP, unencrypted. Set it to False to accept HTTPS only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowInsecureConnections=True without TLS: scoring requests and their keys travel over plain HTTP, unencrypted. Use it for dev/test only, or configure TLS (sslCname with a certificate) and set it to False.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS settings need sslCname too: set it to the domain name clients use for scoring, or remove the TLS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference needs TLS unless allowInsecureConnections=True: set sslCname to the domain name clients use for scoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the certificate one way only: either sslSecret (a secret in the azureml namespace) or the protected sslCertPemFile and sslKeyPemFile, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; must exist in the azureml namespace and hold cert.pem and key.pem for %2; it cannot be checked from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the certificate (sslCertPemFile) and its private key (sslKeyPemFile) as protected settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslCname needs a certificate: give the certificate and key as the protected settings sslCertPemFile and sslKeyPemFile, name a secret with sslSecret, or remove sslCname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference needs TLS unless allowInsecureConnections=True: give the certificate and key as the protected settings sslCertPemFile and sslKeyPemFile, or name a secret with sslSecret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference is off, so %1 have no effect. Set enableInference=True or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither training nor inference is on: set enableInference=True (to deploy models) or enableTraining=True, or both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::rules::KubernetesComputeRules</name>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type %1: give a %2 request (e.g. %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type %1: &quot;%2&quot; is not a Kubernetes quantity for the %3 request (use e.g. 500m, 1, 1.5, 512Mi or 2Gi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type %1: &quot;%2&quot; is not a Kubernetes quantity for the %3 limit (use e.g. 500m, 1, 1.5, 512Mi or 2Gi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type %1: the %2 request %3 is above its limit %4; raise the limit or lower the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not label=value with a valid Kubernetes label (e.g. agentpool=gpupool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid label value for %2: at most 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the Kubernetes namespace the compute&apos;s workloads run in (usually default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kubernetes namespace name: at most 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance types: the extension&apos;s own &quot;defaultinstancetype&quot; is used (requests 100m CPU and 2Gi memory, limits 2 CPUs and 2Gi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: give the instance type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid instance type name: at most 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance type name %1 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type %1: the GPU count must be a whole number (nvidia.com/gpu cannot be shared), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which instance type is the default (used when a deployment names none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default instance type %1 is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::rules::KubernetesVersions</name>
    <message>
        <source>The cluster&apos;s Kubernetes version is not known; it cannot be checked before attaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region&apos;s list of Kubernetes versions is not available; version %1 cannot be checked before attaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes %1 is a preview version: it can be attached but comes without an SLA and is not recommended for production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes %1 is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes %1 is supported (minor version %2 is available in the region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes %1 belongs to a preview minor version: it can be attached but comes without an SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes %1 is not supported in this region. Upgrade the cluster in AKS before attaching it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes %1 is not supported; supported versions are between %2 and %3. Upgrade the cluster in AKS before attaching it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s Kubernetes version &quot;%1&quot; cannot be read; it cannot be checked before attaching.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::rules::MigrationRules</name>
    <message>
        <source>&apos;%1&apos; is a compute of type %2; only a v1 AKS compute can be moved to v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in state %2; move it once it is Succeeded (fix or re-attach it first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; serves a Microsoft certificate for the leaf domain %2, which the Azure ML extension cannot use (the domain is Microsoft&apos;s). Switch the v1 compute to your own certificate (update --cert-file/--key-file/--cname) or to HTTP first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; serves its own certificate but names no CNAME; the extension needs sslCname. Set the CNAME on the v1 compute first (update --cname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster %1 has a %2 load balancer; the Azure ML extension&apos;s router needs a Standard one (the Basic load balancer was retired), otherwise it fails to install with E40001. Upgrade the cluster (az aks update --load-balancer-sku standard), then move it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::rules::NameRules</name>
    <message>
        <source>Enter a compute name of %1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has %1 characters; use at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has %1 characters; shorten it to at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the characters &quot;%1&quot;: only letters, digits and hyphens are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the name with a letter (it starts with &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the name with a letter or a digit (it ends with &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved name; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already has a compute named &quot;%1&quot;; choose another name (names are compared without regard to case).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::rules::NetworkRules</name>
    <message>
        <source>The %1 &quot;%2&quot; is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual network name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual network resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS service IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker bridge CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom networking needs all six fields or none. Fill in: %1; or clear every networking field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 2-64 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use up to 90 letters, digits, underscores, parentheses, hyphens or periods, not ending with a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service CIDR &quot;%1&quot; is not an IPv4 range; write it like 10.0.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service CIDR &quot;%1&quot; has host bits set; write the range&apos;s network address: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service CIDR /%1 leaves no room for cluster services; use a larger range such as /16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service CIDR overlaps %1, which AKS reserves; choose another private range such as 10.0.0.0/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker bridge CIDR &quot;%1&quot; is not an IPv4 range; write it like 172.17.0.1/16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS service IP &quot;%1&quot; is not an IPv4 address; write it like 10.0.0.10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS service IP %1 is outside the service CIDR %2; pick an address inside it, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS service IP %1 is the network or broadcast address of %2; pick a host address such as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS service IP %1 is the first address of %2, which the Kubernetes API service uses; pick another, such as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker bridge CIDR %1 overlaps the service CIDR %2; choose ranges that do not overlap (for example 172.17.0.1/16 and 10.0.0.0/16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service CIDR %1 overlaps the subnet&apos;s range %2; choose a service CIDR outside the virtual network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The docker bridge CIDR %1 overlaps the subnet&apos;s range %2; choose a range outside the virtual network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::rules::Preflight</name>
    <message numerus="yes">
        <source>The authorized ranges do not include %n of Azure ML&apos;s control-plane range(s), e.g. %1; inference pods cannot be deployed.</source>
        <translation>
            <numerusform>The authorized ranges do not include %n of Azure ML&apos;s control-plane ranges, e.g. %1; inference pods cannot be deployed.</numerusform>
            <numerusform>The authorized ranges do not include %n of Azure ML&apos;s control-plane ranges, e.g. %1; inference pods cannot be deployed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>The certificate expires on %1, in %n day.</numerusform>
            <numerusform>The certificate expires on %1, in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is valid and free in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the compute name as described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev-test purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dev-test cluster is not suitable for production traffic, may increase inference time and has no fault tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the production purpose for production workloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production purpose (FastProd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS termination is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Microsoft certificate will be generated for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certificate for %1 will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS and load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the TLS or load balancer settings as described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy on public IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy forbidding public IPs was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Azure Policy forbids public IPs; creating the cluster fails because AKS needs a public IP for egress traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a policy exemption, or create the cluster in AKS with a user-defined route (outbound type userDefinedRouting through a firewall) and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Azure Policy forbids public IPs; a public scoring endpoint may be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an internal load balancer (update the compute after attaching).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy forbids public IPs; the internal load balancer does not need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server authorized IP ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server accepts connections from any address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the AzureMachineLearning service tag&apos;s ranges (of both paired regions) to the cluster&apos;s authorized IP ranges in AKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server only accepts %1; Azure ML&apos;s control plane must be among them, which cannot be verified here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorized ranges include Azure ML&apos;s control plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the cluster in AKS (az aks start), then attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is provisioned and running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s provisioning state is Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair the cluster in AKS before attaching it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s provisioning state is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the cluster&apos;s operation finishes, then attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a generally available version for production workloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the cluster in AKS (az aks upgrade) to a supported version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the version with az aks get-versions before attaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs and node count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCPUs of %1 are not known; the cluster&apos;s capacity cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the cluster has at least 12 vCPUs and 3 nodes for production, 2 vCPUs for dev-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the cluster in AKS, or attach it with the dev-test purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized IP ranges work only with a Standard Load Balancer, but the cluster uses a Basic one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the cluster in AKS with a Standard Load Balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard Load Balancer: such clusters can be attached (Azure ML cannot create them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer SKU was not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic Load Balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server is private (Private Link). Private clusters can be attached, but Azure ML must reach the API server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the workspace can reach the cluster&apos;s private network (same or peered virtual network, private DNS zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server is public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is in %1, the workspace in %2: attaching across regions is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the cluster from the list or paste its ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 in resource group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is in the workspace&apos;s subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cluster from the workspace&apos;s subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is not attached to this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the existing compute, or detach it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s details could not be read, so its version, size and network settings were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you can read the cluster (Reader role), then run the preflight again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate and key were not analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the certificate and key files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate or key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provide the certificate and the private key as PEM files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate and the key were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key matches certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key belongs to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key file that was generated with this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a certificate that is already valid, or wait until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate and load the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate soon; updating it later needs a detach and re-attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate covers the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate covers %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the operation, point the DNS record of %1 at the scoring endpoint&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the certificate&apos;s subject alternative names nor its common name cover %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a certificate issued for %1, or change the domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is self-signed; clients will not trust it unless they are configured to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a certificate from a certificate authority for production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKS creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refuses to create new AKS computes in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the cluster in AKS (portal, az aks create) and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not report that AKS creation is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region was chosen and the workspace&apos;s region is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the region for the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster will be created in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add nodes, choose a VM size with more vCPUs, or choose the dev-test purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU / FPGA nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an accelerated size: node pools cannot be added later for deployments, so this choice is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure this is the size your models need; the VM size cannot be changed after creation, only the node count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default networking (no custom virtual network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual network settings are consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the networking fields as described, or clear them all to use the default network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cluster created from Azure ML cannot have a Standard Load Balancer of your choice, a private API server or authorized IP ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you need any of these, create the cluster in AKS first and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region&apos;s default version %1 will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region&apos;s default version will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the certificate or key file and load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Linux node(s) with %1 vCPUs in total.</source>
        <translation>
            <numerusform>%n Linux node with %1 vCPUs in total.</numerusform>
            <numerusform>%n Linux nodes with %1 vCPUs in total.</numerusform>
        </translation>
    </message>
    <message>
        <source>The subscription&apos;s regions could not be read, so %1 was not checked; Azure refuses a region it does not offer only after the request is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection and run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the subscription&apos;s regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) x %1 vCPUs (%2) = %3 vCPUs.</source>
        <translation>
            <numerusform>%n node x %1 vCPUs (%2) = %3 vCPUs.</numerusform>
            <numerusform>%n nodes x %1 vCPUs (%2) = %3 vCPUs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Regional vCPU quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cluster needs more vCPUs than the %2 left in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use fewer or smaller nodes, another region, or ask for a higher quota (Subscriptions → Usage + quotas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region&apos;s VM sizes are not known, so the vCPUs of %1 and the cluster&apos;s capacity were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region&apos;s VM sizes could not be read (%1), so the vCPUs of %2 and the cluster&apos;s capacity were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection and run the checks again, or make sure the cluster has at least 12 vCPUs and 3 nodes for production, 2 vCPUs for dev-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection and run the checks again; Azure refuses a size the region does not offer only after the request is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::rules::QuotaRules</name>
    <message>
        <source>%1 in use + %2 for this cluster = %3 of %4 regional vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::rules::RegionRules</name>
    <message>
        <source>Choose a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region of this subscription where a cluster can be created; choose one of the subscription&apos;s regions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::rules::SizeRules</name>
    <message>
        <source>Choose at least one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production cluster needs at least %1 nodes; it has %2. Add nodes or choose the dev-test purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A production cluster needs at least %1 vCPUs in total; it has %2. Add nodes, choose a larger VM size, or choose the dev-test purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dev-test cluster needs at least %1 vCPUs in total; it has %2. Add a node or choose a larger VM size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a VM size for the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM size &quot;%1&quot; is not in the region&apos;s list; the vCPU total cannot be checked. Pick a size from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 (%2 vCPUs per node) choose at least %3 nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has GPUs. GPU nodes must be chosen now: node pools cannot be added later for deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has FPGAs. FPGA nodes must be chosen now: node pools cannot be added later for deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region&apos;s VM sizes are not known, so the size &quot;%1&quot; and the vCPU total were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region&apos;s VM sizes could not be read (%1), so the size &quot;%2&quot; and the vCPU total were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::rules::SubnetNameRules</name>
    <message>
        <source>The subnet name has %1 characters; Azure allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet name &quot;%1&quot; contains characters Azure does not allow (%2); use only letters, digits, underscores, periods and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet name must start with a letter, digit or underscore, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnet name must end with a letter, digit or underscore, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::rules::TlsRules</name>
    <message>
        <source>Enter a leaf domain label, for example &quot;contoso&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label has %1 characters; shorten it to at most %2 (six random characters are appended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits and hyphens in the label (&quot;%1&quot; would be &quot;%2&quot; in lower case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the label with a lower-case letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the label with a letter or a digit, not a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain name the certificate is for, for example www.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one concrete host name (such as www.contoso.com), not a wildcard; a wildcard certificate can still cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name; use a fully qualified name such as www.contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS termination is not supported with an internal load balancer. Turn TLS off or use a public IP load balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal load balancer needs a subnet: enter the name of the subnet that holds the cluster&apos;s nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer subnet is only used with an internal load balancer; it will be ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not PEM text (&quot;-----BEGIN CERTIFICATE-----&quot;); convert it to PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key file (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is not PEM text (&quot;-----BEGIN ... PRIVATE KEY-----&quot;); convert it to PEM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::rules::V2ClusterRules</name>
    <message>
        <source>The cluster authenticates with a service principal; the Azure ML extension needs a managed identity. Switch the cluster to a managed identity (az aks update --enable-managed-identity), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster reports neither a managed identity nor a service principal. Make sure it uses a managed identity: the Azure ML extension does not support service principals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local accounts are disabled on the cluster; the Azure ML extension needs them. Enable them (az aks update --enable-local-accounts), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server only accepts %1. Azure ML&apos;s control-plane ranges (the AzureMachineLearning service tag of the workspace&apos;s region) must be among them; this application cannot know those ranges, so check them yourself before installing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is in subscription %1 but the workspace is in %2. An AKS cluster must be in the workspace&apos;s subscription; for another subscription, connect it with Azure Arc and attach the Arc cluster, or use a workspace of subscription %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCPUs and memory of %1 are not known, so the cluster&apos;s capacity (at least %2 vCPUs and %3 GB for production) was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region&apos;s VM sizes could not be read (%1), so the capacity of %2 (at least %3 vCPUs and %4 GB for production) was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s Linux nodes have %1 vCPUs and %2 GB of memory in total; production needs at least %3 vCPUs and %4 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the node pool or choose a larger VM size in AKS, or choose the dev-test purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough for dev/test; scale the cluster before using it for production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s Kubernetes API was not read, so the v1 components (azureml-fe and friends) that fail the install with E45004/E45005 were not looked for. Get the cluster&apos;s credentials and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components of a v1 attach are still in the cluster (%1 of 8): %2. The extension fails to install with E45004/E45005 while they exist. Delete them (Move to v2 deletes exactly these).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret azuremlfessl holds the v1 TLS certificate and key: recover them first, deleting the secret deletes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is already attached as the Kubernetes compute %1. Use that compute, or detach it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is attached as the v1 compute %1 (type %2); a cluster can be attached as AKS or as Kubernetes, not both. Detach it first (Move to v2 does this, keeping the cluster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster already has an extension named %1 of type %2. Install the Azure ML extension under another name, or remove that extension first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure ML extension %1 (version %2) is installed and will be reused; its settings are updated only if you change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure ML extension %1 failed to install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure ML extension %1 failed to install: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause, then remove the extension and install it again (or update its settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure ML extension %1 is in state %2. Wait until it finishes, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::sandbox</name>
    <message>
        <source>Cannot read the sandbox endpoint file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox endpoint file %1 lacks baseUrl, caFile, tenantId or clientId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox endpoint file %1 holds no ready line ({&quot;event&quot;:&quot;ready&quot;,...}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::secrets</name>
    <message>
        <source>Cannot open the HTTP trace file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system, so sign-in secrets are kept in memory for this session only and you will have to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing could be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no keychain entry point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain module to load</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::session::SandboxLauncher</name>
    <message>
        <source>the clusterwright-sandbox program was not found next to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not become ready within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::session::Session</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::session::SilentSignIn</name>
    <message>
        <source>The sandbox needs no sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Azure sign-in has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain holds the client secret. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is not in the keychain (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::session::V2ClusterFactsJob</name>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the workspace&apos;s computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extensions on the cluster could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the AKS cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region&apos;s VM sizes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster&apos;s Kubernetes API could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service returned no kubeconfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lookup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::tls</name>
    <message numerus="yes">
        <source>The certificate file holds %n certificate(s).</source>
        <translation>
            <numerusform>The certificate file holds %n certificate.</numerusform>
            <numerusform>The certificate file holds %n certificates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1. Plan its renewal.</source>
        <translation>
            <numerusform>The certificate expires in %n day, on %1. Plan its renewal.</numerusform>
            <numerusform>The certificate expires in %n days, on %1. Plan its renewal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret is %1 KiB; a TLS secret is a few KiB. It is not the azuremlfessl secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is not a JSON object as the Kubernetes API returns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object is a &quot;%1&quot;, not a Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret has no data: the TLS material is missing from the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret has no valid &quot;cert.pem&quot; entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret has no valid &quot;key.pem&quot; entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret&apos;s entries are not PEM certificate and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate and key to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another folder or allow replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the certificate to %1 and the private key (readable only by you) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 in the file is damaged: its content is not a valid X.509 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds %1, not a certificate. Choose the certificate file (cert.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the CNAME the scoring endpoint will be reached under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is self-signed: clients reject it unless they are set up to trust it explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no certificate of the issuer (%1). Unless the issuer is a root that clients trust, append the intermediate certificates to cert.pem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; clients refuse keys under 2048 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key (%1) is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key belongs to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate. Choose the key that was created together with this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate covers %1 through its common name (it has no DNS names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate covers %1 (as %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate names no host at all, so it cannot cover %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not cover %1; it is valid for: %2. Use a certificate issued for %1 or change the CNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is encrypted. Enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the private key. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is damaged: its content is not a valid key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key&apos;s encryption asks for an excessive key-derivation effort. Re-encrypt it with &quot;openssl pkcs8 -topk8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key uses an encryption scheme this app cannot read. Re-encrypt it with &quot;openssl pkcs8 -topk8 -v2 aes-256-cbc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key uses an encryption this app cannot read. Convert it with &quot;openssl pkcs8 -topk8 -in key.pem -out key-pkcs8.pem&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an OpenSSH private key. TLS needs a PEM key: convert a copy with &quot;ssh-keygen -p -m PEM -f key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported private key format &quot;%1&quot;. Use an RSA or EC key in PEM (PKCS#8) format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds %1, not a private key. Choose the key file (key.pem).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds %1 private keys; exactly one is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keys are not supported for the scoring endpoint; use an RSA or EC key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s validity dates cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid yet: it becomes valid on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expired on %1. Renew it before using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PKCS#12 (.pfx/.p12) bundle, not a PEM file. Export the certificate and the key as PEM, e.g. &quot;openssl pkcs12 -in bundle.pfx -nokeys -out cert.pem&quot; and &quot;openssl pkcs12 -in bundle.pfx -nocerts -out key.pem&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a binary (DER) certificate; PEM text is needed. Convert it with &quot;openssl x509 -inform der -in cert.der -out cert.pem&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a binary (DER) private key; PEM text is needed. Convert it with &quot;openssl pkey -inform der -in key.der -out key.pem&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is binary (DER-like) data, not PEM text. Certificates and keys must be PEM files starting with &quot;-----BEGIN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a binary file, not a PEM certificate or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PEM certificate found: the text has no &quot;-----BEGIN CERTIFICATE-----&quot; block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PEM private key found: the text has no &quot;-----BEGIN ... PRIVATE KEY-----&quot; block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate signing request (CSR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate revocation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;%1&quot; block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 KiB; certificate and key files are at most %2 KiB. Is this the right file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM block is damaged (missing END line or invalid base64 content). Use the original file, unmodified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text mentions &quot;-----BEGIN&quot; but holds no complete PEM block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file also holds a private key, which would be sent as part of the certificate. Use a file with only the certificate and its chain, and give the key as the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file lists %1 before the server certificate (%2). Put the server certificate first, then its intermediates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui</name>
    <message>
        <source>The service reports errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FQDN / CNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKS cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized IP ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not edit the cluster&apos;s azureml-fe YAML or its Kubernetes objects directly: the service overwrites them. Change settings with Re-attach to update or Switch load balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new AKS cluster named %1 in workspace %2 (resource group %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach an existing AKS cluster as %1 to workspace %2 (resource group %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: dev-test (no fault tolerance, not for production traffic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes: %1 × %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: a new virtual network is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: subnet %1 of virtual network %2 (resource group %3); service CIDR %4, DNS service IP %5, docker bridge %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring endpoint: internal load balancer in subnet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring endpoint: public IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: none (HTTP only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: Microsoft certificate for %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overwriting an existing domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: your certificate for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the AKS cluster&apos;s facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AKS cluster cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrades available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any (not restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the certificate from the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired: renew it (Renew/replace TLS certificate…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s): renew it (Renew/replace TLS certificate…).</source>
        <translation>
            <numerusform>The certificate expires in %n day: renew it (Renew/replace TLS certificate…).</numerusform>
            <numerusform>The certificate expires in %n days: renew it (Renew/replace TLS certificate…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cluster first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute is not in the Succeeded state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is not supported with an internal load balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node pools of an attached cluster are scaled in AKS, not through the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not report the node count and size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring endpoint address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operation is running on this compute (%1); wait until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AKS cluster was attached, not created by the workspace: detach it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is changing the compute (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the compute&apos;s instance types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure ML extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Azure ML extension of the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s extensions cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Azure ML extension is installed on the cluster: the compute cannot run deployments until it is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (HTTP allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router high availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension failed to install: fix what its statuses say, then update or reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure ML v1 (retired path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Azure ML v1 AKS compute. Azure ML SDK v1 support ended on 2026-06-30 (CLI v1 on 2025-09-30): it keeps running, but updates and new deployments go through Azure ML v2. Move to v2… recovers the certificate and key azureml-fe serves, detaches this compute (the cluster is kept), deletes the eight legacy azureml-fe components, installs the Azure ML extension with the same TLS, CNAME and load balancer choices and attaches the cluster as a Kubernetes compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what moving to v2 needs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moving needs cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing blocks the move to v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moving to v2 needs first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before moving to v2, note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes compute (Azure ML v2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKS compute (Azure ML v1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Azure ML v2 Kubernetes compute is changed through the Azure ML extension, not this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute is an Azure ML v2 Kubernetes compute already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach an AKS cluster with Azure ML v2 as Kubernetes compute %1 to workspace %2 (resource group %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure ML extension: %1 is installed and reused as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure ML extension: install %1 with inference%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high availability on (3 replicas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high availability off (1 replica)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference router: %1 on an internal load balancer, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference router: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring endpoint: HTTPS with your certificate for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring endpoint: HTTP only (no TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension node selector: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace: %1; instance types: the extension&apos;s defaultinstancetype.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace: %1; instance types: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::AboutDialog</name>
    <message>
        <source>About Clusterwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates, attaches, inspects, updates, detaches and re-attaches Azure Kubernetes Service inference clusters of Azure Machine Learning workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::BusySpinner</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::CertificateCard</name>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (SAN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNAME:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a certificate and its key to see what they contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, matches the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does NOT match the certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::ClusterFactsLoader</name>
    <message>
        <source>%1 (preview)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::ClusterPage</name>
    <message>
        <source>&amp;Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dev-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster must be in the workspace&apos;s subscription and not attached under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, resource group or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKS clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes × size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerService/managedClusters/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev-test purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks of the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or paste its resource &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the clusters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read that cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the cluster in the table, or paste the resource ID of an existing AKS cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cluster in the table or paste its resource ID to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the cluster for Azure ML v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure ML extension is installed on this cluster (or an installed one is reused), then the cluster is attached as a Kubernetes compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure ML v2 checks of the selected cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Azure ML extension on this cluster: it is installed with the settings of the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure ML extension %1 (version %2) is installed and will be reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure ML extension %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the cluster&apos;s Azure ML v2 facts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cluster&apos;s extensions, identity, node pools and v1 leftovers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::ClustersTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM size × nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FQDN / CNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached / created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKS v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes v2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::ClustersView</name>
    <message numerus="yes">
        <source>%n cluster(s); refreshed %1.</source>
        <translation>
            <numerusform>%n cluster; refreshed %1.</numerusform>
            <numerusform>%n clusters; refreshed %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter clusters (name, state, size, region…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export kubeconfig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list subscriptions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workspaces (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Azure Machine Learning workspace found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a cluster to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Azure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s kubeconfig cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading live facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to v2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace shown last time, %1, is not among the workspaces listed now (deleted, or no longer accessible with this sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::ComputeWizard</name>
    <message>
        <source>New inference cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inference cluster wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::ConnectionController</name>
    <message>
        <source>Connect to &amp;Azure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to an Azure cloud and work on its workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on the local emulator of Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clusterwright could not reconnect to Azure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) are running. They pause while you work on %1 and resume when you come back; Azure goes on with them meanwhile.</source>
        <translation>
            <numerusform>%n operation is running. They pause while you work on %1 and resume when you come back; Azure goes on with them meanwhile.</numerusform>
            <numerusform>%n operations are running. They pause while you work on %1 and resume when you come back; Azure goes on with them meanwhile.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out of Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the stored Azure sign-in and go back to the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the stopped sandbox again, with its computes and operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox stopped (%1). Its operations are paused until you restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: restarting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::CopyButton</name>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::DeleteComputeDialog</name>
    <message>
        <source>Delete compute and cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; and its AKS cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AKS cluster the workspace created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AKS cluster &lt;b&gt;%1&lt;/b&gt; (resource group %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This removes the compute &lt;b&gt;%1&lt;/b&gt; from the workspace and &lt;b&gt;deletes %2&lt;/b&gt; in Azure: its nodes, the models deployed on it and their scoring endpoints.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; To keep the cluster, use Detach… instead.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::DetachDialog</name>
    <message>
        <source>Detach &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Detach &lt;b&gt;%1&lt;/b&gt; from the workspace &lt;b&gt;%2&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;The AKS cluster is &lt;b&gt;not deleted&lt;/b&gt;: it keeps running (and costing) in its resource group. The azureml-fe objects (deployment, service, the azuremlfessl secret) stay on the cluster; attach it again to use it from the workspace.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the TLS certificate and key first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for cert.pem and key.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the certificate from the cluster…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::ExportKubeconfigDialog</name>
    <message>
        <source>Export kubeconfig of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new file (use it with kubectl --kubeconfig FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the compute&apos;s cluster, user and context; entries of the same name are replaced, everything else stays as it is. The previous file is kept as %1. Comments inside the file are not kept (those at its top are); the backup keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it the current context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the kubeconfig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New kubeconfig file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose another file name, or merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it with: kubectl --kubeconfig %1 get nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::FindingsList</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::InstanceTypesEditor</name>
    <message>
        <source>&amp;Add instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities as Kubernetes writes them: 500m or 1.5 CPUs, 512Mi or 2Gi of memory. An empty limit is the request. Node selector: label=value, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default instance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::LoadBalancerDialog</name>
    <message>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the load balancer of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The scoring endpoint of &lt;b&gt;%1&lt;/b&gt; is reached through a public IP or an internal load balancer in a subnet of the cluster&apos;s virtual network. The compute is updated in place.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &apos;%1&apos; to an internal load balancer (subnet %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &apos;%1&apos; to a public IP load balancer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::LoadBalancerEditor</name>
    <message>
        <source>&amp;Public IP address (reachable from the internet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal load balancer (private IP in the virtual network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subnet name, e.g. default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet for the internal &amp;load balancer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::LoadingPicker</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::MainWindow</name>
    <message>
        <source>Clusterwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (local emulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Clusterwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Clusterwright&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Kubernetes Service inference clusters of your Azure Machine Learning workspaces: create, attach, inspect, update, detach and re-attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::ModePage</name>
    <message>
        <source>&amp;Create a new AKS cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach an existing AKS cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inference cluster is an Azure Kubernetes Service cluster the workspace deploys models to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new AKS cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach an existing AKS cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Machine Learning creates the cluster for you, in the region and size you choose, with the region&apos;s default Kubernetes version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a cluster that already exists in the workspace&apos;s subscription, possibly in another region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attach is the only way&lt;/b&gt; when the cluster needs a Standard Load Balancer, a private API server (Private Link) or authorized IP ranges on the API server: create it in AKS first, then attach it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach with Azure ML v2 (Kubernetes compute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach with Azure ML &amp;v2 (Kubernetes compute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure ML SDK v1 support ended on 2026-06-30: new deployments go through the Azure ML extension installed on an AKS cluster, attached as a Kubernetes compute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::MoveToV2Check</name>
    <message>
        <source>The AKS cluster cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s computes cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s extensions cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::MoveToV2Dialog</name>
    <message>
        <source>Move &apos;%1&apos; to Azure ML v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; is an Azure ML v1 AKS compute; SDK v1 support ended on 2026-06-30. Moving it keeps the AKS cluster and what runs on it, and replaces the v1 attachment with the Azure ML extension and a Kubernetes compute. Each step is journaled: if one fails, the operation stops, says what state the cluster is in and can be resumed, or the compute attached back as v1 with the recovered certificate.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes compute &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name&amp;space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to v2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach back as v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the cluster for Azure ML v2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Preflight for Azure ML v2:&lt;/b&gt; nothing blocks the move.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Preflight for Azure ML v2: the move cannot start.&lt;/b&gt; Fix these first, then open this dialog again:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Preflight for Azure ML v2:&lt;/b&gt; nothing blocks the move; check these:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b00020&apos;&gt;&lt;b&gt;The cluster could not be checked for Azure ML v2:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy v1 components deleted (only these):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Azure ML extension %1 already on the cluster (Succeeded) is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and the recovered certificate and key as protected settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read with the preflight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension settings carried over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the preflight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preflight could not run; the move cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preflight found what blocks the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the Kubernetes namespace (default: default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the compute&apos;s name to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running; you can close this window, the operation goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute cannot be attached back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching %1 back as v1 with the recovered certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is attached again as a v1 AKS compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved. %1 is a Kubernetes compute (Azure ML v2) now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::NetworkingEditor</name>
    <message>
        <source>Use an e&amp;xisting virtual network (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an existing virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mynetwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its &amp;resource group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mygroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice CIDR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS service IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc&amp;ker bridge CIDR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in all six fields or none. The DNS service IP must lie inside the service CIDR, and the ranges must not overlap the subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network settings are consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new virtual network is created with the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual ne&amp;twork:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::NetworkingPage</name>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default network, or bring your own virtual network (all six fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster keeps its own network; choose how the scoring endpoint is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an attached cluster the internal load balancer is applied as an update right after the attach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::OperationsDock</name>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export operations history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on %1: connect to it to resume this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::OperationsModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed an operation interrupted at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::ProgressPage</name>
    <message>
        <source>&amp;Fix and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in &amp;background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the service&apos;s raw error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the operation cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is attached as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is attached as Kubernetes compute %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::ReattachDialog</name>
    <message>
        <source>Re-attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach &apos;%1&apos; to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Re-attaching detaches &lt;b&gt;%1&lt;/b&gt; and attaches the same AKS cluster again under the same name, with the same purpose, TLS and load balancer settings, so the workspace picks up the current azureml-fe. Each step is journaled: if anything fails, the operation stops, says why and can be resumed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover the certificate and key from the cluster (azuremlfessl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these certificate files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a readable certificate file and key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attached. The compute is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute is detached; the AKS cluster %1 is intact. Resume, or attach it again by hand with the same settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running; you can close this window, the operation goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only without a keychain: a new file (0600) for the certificate and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file for the certificate and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new file for the backup; %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 was created by the workspace; after the re-attach it is an attached cluster.&lt;/b&gt; Its Origin becomes &quot;Attached&quot;, its Created date becomes today, and Scale node count is no longer offered (an attached cluster&apos;s node pools are scaled in AKS). The AKS cluster itself is not changed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your choices. Every failed check must be fixed before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Python SDK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a&amp;z command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AR&amp;M request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and &amp;attach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::ScaleNodesDialog</name>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the node count of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; runs %n node(s) of size %2. Choose the new node count; the compute is updated in place.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; runs %n node of size %2. Choose the new node count; the compute is updated in place.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; runs %n nodes of size %2. Choose the new node count; the compute is updated in place.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Node count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose&apos;s vCPU rule is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scale &apos;%1&apos; to %n node(s)</source>
        <translation>
            <numerusform>Scale &apos;%1&apos; to %n node</numerusform>
            <numerusform>Scale &apos;%1&apos; to %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::ServiceLabels</name>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production (dense)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev/test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::SessionBackend</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure C&amp;LI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your browser, on this or another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a si&amp;gn-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Enter the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse the account you signed in with `az login`. Nothing is stored by Clusterwright; the Azure CLI keeps the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use my Azure CLI login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to finish in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure (global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::SizePage</name>
    <message>
        <source>Name, purpose and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VM size cannot be changed later; only the node count can be scaled in AKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–24 letters, digits or hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the workspace&apos;s compute names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dev-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev-test purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search VM sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sizes, e.g. D3 or GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VM size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;odes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes: the region&apos;s default version is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes %1 (the region&apos;s default) will be used. Available: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev-test is not for production traffic: it may be slower and has no fault tolerance. It needs at least 2 vCPUs in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production needs at least 12 vCPUs in total and at least 3 nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is valid and free in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the subscription&apos;s regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the regions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the subscription&apos;s regions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the subscription&apos;s regions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the region&apos;s VM sizes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::TlsCertificateDialog</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew or replace the TLS certificate of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The scoring endpoint of &lt;b&gt;%1&lt;/b&gt; will serve the certificate chosen here. The compute is updated in place (no detach); the operations view follows the update.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Microsoft certificate or certificate files. To turn TLS off, use Re-attach to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give &apos;%1&apos; a Microsoft certificate for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the TLS certificate of &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::TlsEditor</name>
    <message>
        <source>N&amp;o TLS (HTTP only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Microsoft certificate for a domain label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaf domain label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verwrite an existing domain with this label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite existing domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain &amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path, or drop the file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. www.contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember to point the DNS name (CNAME) at the scoring endpoint&apos;s IP address once the cluster is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cer&amp;tificate (cert.pem):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key (key.pem):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose both the certificate and the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a certificate and its key to see what they contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(type a label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNAME (&amp;DNS name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a label to check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::TlsPage</name>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the scoring endpoint over HTTPS with a Microsoft certificate or your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::V2ComputePage</name>
    <message>
        <source>Kubernetes compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the workspace knows the cluster by, and what each deployment&apos;s pods may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks of the compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compute&apos;s name, namespace and instance types pass every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes na&amp;mespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance types:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::V2ExtensionPage</name>
    <message>
        <source>&amp;Inference (real-time and batch scoring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training jobs as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal load &amp;balancer (a private IP address in the cluster&apos;s virtual network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP&amp;S with my certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTT&amp;P only (no TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure ML extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension runs Azure ML&apos;s inference router and operators in the cluster&apos;s azureml namespace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always on: this wizard attaches the cluster to deploy models to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer (a public or internal IP address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node port (each node&apos;s IP address and a port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster IP (inside the cluster only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; scoring requests and their keys travel unencrypted. Use HTTP only for tests inside a private network (allowInsecureConnections=True).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node selector of the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: label=value, … (e.g. agentpool=system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks of the extension settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension settings pass every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Router service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router high availability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ode selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure ML extension &lt;b&gt;%1&lt;/b&gt; (version %2) is installed on the cluster and is reused as it is; change its settings with &lt;i&gt;extension update&lt;/i&gt; if needed. Its settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: %1 router replicas on different nodes (production).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off: one router replica (dev-test; inferenceRouterHA=False).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::VcpuMeter</name>
    <message numerus="yes">
        <source>%n node(s) of an unknown size: the vCPU total cannot be checked</source>
        <translation>
            <numerusform>%n node of an unknown size: the vCPU total cannot be checked</numerusform>
            <numerusform>%n nodes of an unknown size: the vCPU total cannot be checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too small: at least %n node(s) of this size are needed.</source>
        <translation>
            <numerusform>Too small: at least %n node of this size is needed.</numerusform>
            <numerusform>Too small: at least %n nodes of this size are needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>vCPU capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional vCPU quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional vCPU quota: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional vCPU quota: could not be read; Azure checks it when the cluster is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional vCPU quota: %1. Over the limit by %2: use fewer or smaller nodes, another region, or ask for a higher quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional vCPU quota: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) × %1 vCPUs = %2 / %3 required</source>
        <translation>
            <numerusform>%n node × %1 vCPUs = %2 / %3 required</numerusform>
            <numerusform>%n nodes × %1 vCPUs = %2 / %3 required</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::WizardBackend</name>
    <message>
        <source>Azure ML v2 is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::WizardController</name>
    <message>
        <source>Type a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::Workbench</name>
    <message>
        <source>New cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach to update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch load balancer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew/replace TLS certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale node count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew or replace the TLS certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the node count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete with AKS cluster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach the compute from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach the compute to update it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the load balancer of the scoring endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the compute and the AKS cluster the workspace created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to v2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the v1 compute to Azure ML v2 (the extension and a Kubernetes compute)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::WorkspacePage</name>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the inference cluster will belong: the environment, the subscription and the Azure Machine Learning workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (local emulator, no account needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Choose an environment to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (resource group %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create, attach, inspect and update AKS inference clusters of Azure Machine Learning workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales the sandbox&apos;s simulated operation times (1 = demo pace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-speed needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to a sandbox that already runs (a file holding the ready line clusterwright-sandbox printed) instead of starting the embedded one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
