<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <source>Loading the VM sizes of %1…</source>
        <translation>Caricamento delle dimensioni VM di %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) × %1 vCPUs (%2)</source>
        <translation>
            <numerusform>%n nodo/i × %1 vCPU (%2)</numerusform>
            <numerusform>%n nodo/i × %1 vCPU (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the VM sizes of %2: its vCPUs are not known.</source>
        <translation>%1 non è tra le dimensioni VM di %2: le sue vCPU non sono note.</translation>
    </message>
    <message>
        <source>The VM sizes of %1 could not be read; the next refresh asks again.</source>
        <translation>Non è stato possibile leggere le dimensioni VM di %1; il prossimo aggiornamento le richiede di nuovo.</translation>
    </message>
</context>
<context>
    <name>MoveToV2Check</name>
    <message>
        <source>&apos;%1&apos; cannot be moved to v2: %2</source>
        <translation>&apos;%1&apos; non può essere spostato su v2: %2</translation>
    </message>
</context>
<context>
    <name>cw</name>
    <message>
        <source>%1 is not a regular file (a device, FIFO or directory).</source>
        <translation>%1 non è un file regolare (è un dispositivo, una FIFO o una cartella).</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB: it is not the file expected here.</source>
        <translation>%1 è più grande di %2 KiB: non è il file atteso qui.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
</context>
<context>
    <name>cw::FileTarget</name>
    <message>
        <source>%1 is a symbolic link; files are never written through a link. Remove the link or choose another file.</source>
        <translation>%1 è un collegamento simbolico; i file non vengono mai scritti attraverso un collegamento. Rimuovi il collegamento o scegli un altro file.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, FIFO or directory); it was left unchanged.</source>
        <translation>%1 non è un file regolare (è un dispositivo, una FIFO o una cartella); è stato lasciato invariato.</translation>
    </message>
</context>
<context>
    <name>cw::PrivateFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>cw::arm::ArmError</name>
    <message>
        <source>Azure sent an answer that could not be read.</source>
        <translation>Azure ha inviato una risposta illeggibile.</translation>
    </message>
    <message>
        <source>The resource provider %1 is not registered for this subscription; register it and try again.</source>
        <translation>Il provider di risorse %1 non è registrato per questa sottoscrizione; registrarlo e riprovare.</translation>
    </message>
    <message>
        <source>for this resource type</source>
        <translation>per questo tipo di risorsa</translation>
    </message>
    <message>
        <source>An Azure Policy of this subscription forbids this request.</source>
        <translation>Un criterio di Azure di questa sottoscrizione vieta questa richiesta.</translation>
    </message>
    <message>
        <source>The subscription&apos;s quota is too small for this request.</source>
        <translation>La quota della sottoscrizione è insufficiente per questa richiesta.</translation>
    </message>
    <message>
        <source>Azure refused the request as invalid.</source>
        <translation>Azure ha rifiutato la richiesta perché non valida.</translation>
    </message>
    <message>
        <source>Azure did not accept the sign-in; please sign in again.</source>
        <translation>Azure non ha accettato l&apos;accesso; accedere di nuovo.</translation>
    </message>
    <message>
        <source>You do not have permission for this operation.</source>
        <translation>Non si dispone dell&apos;autorizzazione per questa operazione.</translation>
    </message>
    <message>
        <source>The resource was not found.</source>
        <translation>La risorsa non è stata trovata.</translation>
    </message>
    <message>
        <source>The request conflicts with the current state of the resource.</source>
        <translation>La richiesta è in conflitto con lo stato corrente della risorsa.</translation>
    </message>
    <message>
        <source>Azure is throttling requests; please try again later.</source>
        <translation>Azure sta limitando le richieste; riprovare più tardi.</translation>
    </message>
    <message>
        <source>Azure had an internal problem (HTTP %1).</source>
        <translation>Problema interno di Azure (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>Richiesta non riuscita (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>cw::arm::ArmJob</name>
    <message>
        <source>The request URL is not valid: %1</source>
        <translation>L&apos;URL della richiesta non è valido: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La richiesta è stata annullata.</translation>
    </message>
    <message>
        <source>Azure sent an answer that could not be read (HTTP %1, not valid JSON).</source>
        <translation>Azure ha inviato una risposta illeggibile (HTTP %1, JSON non valido).</translation>
    </message>
    <message>
        <source>The create request&apos;s answer was lost, but the resource now exists; it may still be being created. It was not sent again.</source>
        <translation>La risposta alla richiesta di creazione è andata persa, ma la risorsa ora esiste; potrebbe essere ancora in fase di creazione. La richiesta non è stata inviata di nuovo.</translation>
    </message>
    <message>
        <source>The create request&apos;s answer was lost and the resource does not exist; the request was not sent again, so it is safe to retry.</source>
        <translation>La risposta alla richiesta di creazione è andata persa e la risorsa non esiste; la richiesta non è stata inviata di nuovo, quindi è possibile riprovare senza rischi.</translation>
    </message>
    <message>
        <source>The create request&apos;s answer was lost and it is unknown whether the resource was created; check before retrying.</source>
        <translation>La risposta alla richiesta di creazione è andata persa e non si sa se la risorsa sia stata creata; verificare prima di riprovare.</translation>
    </message>
    <message>
        <source>Azure sent an answer that could not be read (HTTP %1, JSON nested more than %2 levels deep).</source>
        <translation>Azure ha inviato una risposta illeggibile (HTTP %1, JSON annidato per più di %2 livelli).</translation>
    </message>
</context>
<context>
    <name>cw::arm::ArmPager</name>
    <message>
        <source>Listing was cancelled.</source>
        <translation>L&apos;elenco è stato annullato.</translation>
    </message>
    <message>
        <source>Azure sent a list page that could not be read (no &quot;value&quot; array).</source>
        <translation>Azure ha inviato una pagina dell&apos;elenco illeggibile (manca la matrice &quot;value&quot;).</translation>
    </message>
    <message>
        <source>Azure kept sending more pages (%1 so far); listing stopped.</source>
        <translation>Azure continua a inviare altre pagine (%1 finora); elenco interrotto.</translation>
    </message>
</context>
<context>
    <name>cw::arm::LroPoller</name>
    <message>
        <source>The operation ended %1.</source>
        <translation>L&apos;operazione è terminata con stato %1.</translation>
    </message>
    <message>
        <source>Stopped waiting; the operation may still be running in Azure.</source>
        <translation>Attesa interrotta; l&apos;operazione potrebbe essere ancora in esecuzione in Azure.</translation>
    </message>
    <message>
        <source>Azure sent an operation status that could not be read (no &quot;status&quot;).</source>
        <translation>Azure ha inviato uno stato dell&apos;operazione illeggibile (manca &quot;status&quot;).</translation>
    </message>
</context>
<context>
    <name>cw::auth</name>
    <message>
        <source>Azure AD answered without an access token.</source>
        <translation>Azure AD ha risposto senza un token di accesso.</translation>
    </message>
    <message>
        <source>The client secret is wrong or has expired.</source>
        <translation>Il segreto client è errato o scaduto.</translation>
    </message>
    <message>
        <source>The application (client id) was not found in this tenant.</source>
        <translation>L&apos;applicazione (ID client) non è stata trovata in questo tenant.</translation>
    </message>
    <message>
        <source>The tenant was not found; check the tenant id or domain.</source>
        <translation>Il tenant non è stato trovato; verificare l&apos;ID o il dominio del tenant.</translation>
    </message>
    <message>
        <source>Multi-factor authentication is required; sign in with the device code.</source>
        <translation>È richiesta l&apos;autenticazione a più fattori; accedere con il codice dispositivo.</translation>
    </message>
    <message>
        <source>The client id or client secret was refused.</source>
        <translation>L&apos;ID client o il segreto client è stato rifiutato.</translation>
    </message>
    <message>
        <source>This application may not use this sign-in method in the tenant.</source>
        <translation>Questa applicazione non può usare questo metodo di accesso nel tenant.</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid; please sign in again.</source>
        <translation>L&apos;accesso salvato non è più valido; accedere di nuovo.</translation>
    </message>
    <message>
        <source>The requested permission scope was refused.</source>
        <translation>L&apos;ambito di autorizzazione richiesto è stato rifiutato.</translation>
    </message>
    <message>
        <source>Azure AD refused the sign-in request as malformed.</source>
        <translation>Azure AD ha rifiutato la richiesta di accesso perché non valida.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>L&apos;accesso è stato rifiutato.</translation>
    </message>
    <message>
        <source>The device code expired before the sign-in was completed; please start again.</source>
        <translation>Il codice dispositivo è scaduto prima del completamento dell&apos;accesso; ricominciare.</translation>
    </message>
    <message>
        <source>The device code was not recognised; please start the sign-in again.</source>
        <translation>Il codice dispositivo non è stato riconosciuto; ricominciare l&apos;accesso.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to be completed in the browser.</source>
        <translation>In attesa del completamento dell&apos;accesso nel browser.</translation>
    </message>
    <message>
        <source>Azure AD asked to poll more slowly.</source>
        <translation>Azure AD ha chiesto di interrogare meno frequentemente.</translation>
    </message>
    <message>
        <source>Azure AD is temporarily unavailable; please try again.</source>
        <translation>Azure AD non è temporaneamente disponibile; riprovare.</translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation>Accesso non riuscito (%1).</translation>
    </message>
    <message>
        <source>Azure CLI sign-in</source>
        <translation>Accesso con Azure CLI</translation>
    </message>
    <message>
        <source>The Azure CLI did not answer within %1 seconds.</source>
        <translation>L&apos;interfaccia della riga di comando di Azure non ha risposto entro %1 secondi.</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed or not on the PATH.</source>
        <translation>L&apos;interfaccia della riga di comando di Azure (az) non è installata o non è nel PATH.</translation>
    </message>
    <message>
        <source>The Azure CLI printed something that is not a token.</source>
        <translation>L&apos;interfaccia della riga di comando di Azure ha stampato qualcosa che non è un token.</translation>
    </message>
    <message>
        <source>The Azure CLI token has no readable expiry time.</source>
        <translation>Il token dell&apos;interfaccia della riga di comando di Azure non ha una scadenza leggibile.</translation>
    </message>
    <message>
        <source>The Azure CLI is not signed in; run &quot;az login&quot; and try again.</source>
        <translation>L&apos;interfaccia della riga di comando di Azure non ha eseguito l&apos;accesso; eseguire &quot;az login&quot; e riprovare.</translation>
    </message>
    <message>
        <source>The Azure CLI could not provide a token (exit code %1).</source>
        <translation>L&apos;interfaccia della riga di comando di Azure non ha potuto fornire un token (codice di uscita %1).</translation>
    </message>
    <message>
        <source>service principal %1</source>
        <translation>entità servizio %1</translation>
    </message>
    <message>
        <source>device code sign-in</source>
        <translation>accesso con codice dispositivo</translation>
    </message>
    <message>
        <source>device code sign-in of %1</source>
        <translation>accesso con codice dispositivo di %1</translation>
    </message>
    <message>
        <source>Azure AD did not send a usable device code.</source>
        <translation>Azure AD non ha inviato un codice dispositivo utilizzabile.</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>Per accedere, aprire %1 e immettere il codice %2.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>L&apos;accesso è stato annullato.</translation>
    </message>
    <message>
        <source>The environment credential is not configured: %1 not set.</source>
        <translation>Le credenziali di ambiente non sono configurate: %1 non impostata.</translation>
    </message>
    <message>
        <source>environment service principal %1</source>
        <translation>entità servizio di ambiente %1</translation>
    </message>
    <message>
        <source>sandbox service principal</source>
        <translation>entità servizio della sandbox</translation>
    </message>
    <message>
        <source>Cannot read a CA certificate from %1.</source>
        <translation>Impossibile leggere un certificato CA da %1.</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: only https:// is allowed (plain http only for this computer&apos;s loopback address).</source>
        <translation>http:// semplice rifiutato verso %1: è consentito solo https:// (http semplice solo per l&apos;indirizzo di loopback di questo computer).</translation>
    </message>
    <message>
        <source>Unsupported URL scheme &quot;%1&quot;.</source>
        <translation>Schema URL &quot;%1&quot; non supportato.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Il server non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was refused (%1). The connection was not made; check that the right CA certificate is trusted (for the sandbox, its CA file).</source>
        <translation>Il certificato TLS del server è stato rifiutato (%1). La connessione non è stata stabilita; verificare che sia attendibile il certificato CA corretto (per la sandbox, il relativo file CA).</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Il server ha rifiutato la connessione.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Il server ha chiuso la connessione prima di rispondere.</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be resolved.</source>
        <translation>Impossibile risolvere il nome host del server.</translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation>Richiesta non riuscita: %1</translation>
    </message>
    <message numerus="yes">
        <source>Azure AD did not answer usably: its answer could not be read (%n tries). This is a service problem, not a problem with the sign-in; try again later.</source>
        <translation>
            <numerusform>Azure AD non ha dato una risposta utilizzabile: la risposta non era leggibile (%n tentativo). È un problema del servizio, non dell&apos;accesso; riprova più tardi.</numerusform>
            <numerusform>Azure AD non ha dato una risposta utilizzabile: la risposta non era leggibile (%n tentativi). È un problema del servizio, non dell&apos;accesso; riprova più tardi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Azure AD did not answer usably (HTTP %1, %n tries). This is a service problem, not a problem with the sign-in; try again later.</source>
        <translation>
            <numerusform>Azure AD non ha dato una risposta utilizzabile (HTTP %1, %n tentativo). È un problema del servizio, non dell&apos;accesso; riprova più tardi.</numerusform>
            <numerusform>Azure AD non ha dato una risposta utilizzabile (HTTP %1, %n tentativi). È un problema del servizio, non dell&apos;accesso; riprova più tardi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Azure AD did not answer (%1, %n tries). This is a network or service problem, not a problem with the sign-in; try again later.</source>
        <translation>
            <numerusform>Azure AD non ha risposto (%1, %n tentativo). È un problema di rete o del servizio, non dell&apos;accesso; riprova più tardi.</numerusform>
            <numerusform>Azure AD non ha risposto (%1, %n tentativi). È un problema di rete o del servizio, non dell&apos;accesso; riprova più tardi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::azure</name>
    <message>
        <source>Azure sent an empty or unreadable answer.</source>
        <translation>Azure ha inviato una risposta vuota o illeggibile.</translation>
    </message>
    <message>
        <source>The compute keys answer is not a JSON object.</source>
        <translation>La risposta delle chiavi del calcolo non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>The compute keys answer holds no kubeconfig.</source>
        <translation>La risposta delle chiavi del calcolo non contiene alcun kubeconfig.</translation>
    </message>
    <message>
        <source>The credential answer has no &apos;kubeconfigs&apos; array.</source>
        <translation>La risposta delle credenziali non contiene la matrice &apos;kubeconfigs&apos;.</translation>
    </message>
    <message>
        <source>The credential answer holds no usable kubeconfig.</source>
        <translation>La risposta delle credenziali non contiene alcun kubeconfig utilizzabile.</translation>
    </message>
    <message>
        <source>The compute description is not a JSON object.</source>
        <translation>La descrizione del calcolo non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>The JSON document is nested too deeply.</source>
        <translation>Il documento JSON ha troppi livelli di annidamento.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON.</source>
        <translation>La risposta non è un JSON valido.</translation>
    </message>
    <message>
        <source>The cluster description is not a JSON object.</source>
        <translation>La descrizione del cluster non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>The cluster description has neither a name nor an id.</source>
        <translation>La descrizione del cluster non ha né un nome né un ID.</translation>
    </message>
    <message>
        <source>An orchestrator entry is not a JSON object.</source>
        <translation>Una voce dell&apos;agente di orchestrazione non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>An orchestrator entry has no orchestratorVersion.</source>
        <translation>Una voce dell&apos;agente di orchestrazione non ha orchestratorVersion.</translation>
    </message>
    <message>
        <source>The orchestrator list has no &apos;properties.orchestrators&apos; array.</source>
        <translation>L&apos;elenco degli agenti di orchestrazione non contiene la matrice &apos;properties.orchestrators&apos;.</translation>
    </message>
    <message>
        <source>A subscription entry is not a JSON object.</source>
        <translation>Una voce di sottoscrizione non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>A subscription entry has no subscriptionId.</source>
        <translation>Una voce di sottoscrizione non ha subscriptionId.</translation>
    </message>
    <message>
        <source>A VM size entry is not a JSON object.</source>
        <translation>Una voce di dimensioni VM non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>A VM size entry has no name.</source>
        <translation>Una voce di dimensioni VM non ha un nome.</translation>
    </message>
    <message>
        <source>The VM size list is not a JSON object.</source>
        <translation>L&apos;elenco delle dimensioni VM non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>The VM size list has no &apos;value&apos; array.</source>
        <translation>L&apos;elenco delle dimensioni VM non contiene la matrice &apos;value&apos;.</translation>
    </message>
    <message>
        <source>A workspace entry is not a JSON object.</source>
        <translation>Una voce dell&apos;area di lavoro non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>A workspace entry has neither a name nor an id.</source>
        <translation>Una voce dell&apos;area di lavoro non ha né un nome né un ID.</translation>
    </message>
    <message>
        <source>A usage entry is not a JSON object.</source>
        <translation>Una voce di utilizzo non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>A usage entry has no name.</source>
        <translation>Una voce di utilizzo non ha un nome.</translation>
    </message>
    <message>
        <source>The usage list has no &apos;value&apos; array.</source>
        <translation>L&apos;elenco degli utilizzi non ha un array &apos;value&apos;.</translation>
    </message>
    <message>
        <source>A location entry is not a JSON object.</source>
        <translation>Una voce di area non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>A location entry has no name.</source>
        <translation>Una voce di area non ha un nome.</translation>
    </message>
    <message>
        <source>The extension description is not a JSON object.</source>
        <translation>La descrizione dell&apos;estensione non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>The extension description has neither a name nor an id.</source>
        <translation>La descrizione dell&apos;estensione non ha né un nome né un id.</translation>
    </message>
    <message>
        <source>The extension&apos;s operation ended %1.</source>
        <translation>L&apos;operazione dell&apos;estensione è terminata %1.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predefinito)</translation>
    </message>
</context>
<context>
    <name>cw::azure::VmSizeCache</name>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
</context>
<context>
    <name>cw::cli</name>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>RESOURCE GROUP</source>
        <translation>GRUPPO DI RISORSE</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>AREA</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIONE</translation>
    </message>
    <message>
        <source>NODES</source>
        <translation>NODI</translation>
    </message>
    <message>
        <source>ATTACHABLE</source>
        <translation>COLLEGABILE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>avviso</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Cannot list the AKS clusters</source>
        <translation>Impossibile elencare i cluster AKS</translation>
    </message>
    <message>
        <source>Cannot read the workspace</source>
        <translation>Impossibile leggere l&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Cannot list the workspace&apos;s computes</source>
        <translation>Impossibile elencare i calcoli dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Cannot read the keys of compute &apos;%1&apos;</source>
        <translation>Impossibile leggere le chiavi del calcolo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>kubeconfig needs the compute&apos;s name and --file FILE (&apos;-&apos; for standard output).</source>
        <translation>kubeconfig richiede il nome del calcolo e --file FILE (&apos;-&apos; per l&apos;output standard).</translation>
    </message>
    <message>
        <source>The service returned no kubeconfig for this compute.</source>
        <translation>Il servizio non ha restituito alcun kubeconfig per questo calcolo.</translation>
    </message>
    <message>
        <source>tls-backup needs the compute&apos;s name and --dir FOLDER.</source>
        <translation>tls-backup richiede il nome del calcolo e --dir CARTELLA.</translation>
    </message>
    <message>
        <source>%1 already holds cert.pem or key.pem; add --overwrite to replace them.</source>
        <translation>%1 contiene già cert.pem o key.pem; aggiungere --overwrite per sostituirli.</translation>
    </message>
    <message>
        <source>The compute&apos;s kubeconfig cannot be used: %1</source>
        <translation>Impossibile usare il kubeconfig del calcolo: %1</translation>
    </message>
    <message>
        <source>Cannot read the azuremlfessl secret: %1</source>
        <translation>Impossibile leggere il segreto azuremlfessl: %1</translation>
    </message>
    <message>
        <source>Saved %1 and %2 (readable by you only).</source>
        <translation>%1 e %2 salvati (leggibili solo dall&apos;utente).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Accesso non riuscito: %1</translation>
    </message>
    <message>
        <source>Signed in, but the profile could not be saved: %1</source>
        <translation>Accesso eseguito, ma impossibile salvare il profilo: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Accesso eseguito a %1 come %2.</translation>
    </message>
    <message>
        <source>login service-principal needs --tenant and --client-id.</source>
        <translation>login service-principal richiede --tenant e --client-id.</translation>
    </message>
    <message>
        <source>No client secret: pipe it to --secret-stdin or set AZURE_CLIENT_SECRET.</source>
        <translation>Nessun segreto client: passarlo tramite pipe a --secret-stdin o impostare AZURE_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>warning: the secret could not be kept in the keychain: %1</source>
        <translation>avviso: impossibile conservare il segreto nel portachiavi: %1</translation>
    </message>
    <message>
        <source>warning: no keychain here (%1); set AZURE_CLIENT_SECRET for later runs.</source>
        <translation>avviso: nessun portachiavi disponibile (%1); impostare AZURE_CLIENT_SECRET per le esecuzioni successive.</translation>
    </message>
    <message>
        <source>login needs one of: sandbox, service-principal, device-code, az.</source>
        <translation>login richiede uno tra: sandbox, service-principal, device-code, az.</translation>
    </message>
    <message>
        <source>Which compute? Give its name.</source>
        <translation>Quale calcolo? Specificarne il nome.</translation>
    </message>
    <message>
        <source>The preflight refused; nothing was sent.</source>
        <translation>I controlli preliminari hanno rifiutato l&apos;operazione; non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avviso: %1: %2</translation>
    </message>
    <message>
        <source>Cannot read compute &apos;%1&apos;</source>
        <translation>Impossibile leggere il calcolo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rifiutato: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>detach needs the compute&apos;s name.</source>
        <translation>detach richiede il nome del calcolo.</translation>
    </message>
    <message>
        <source>Detaching &apos;%1&apos;: the AKS cluster and its azureml-fe objects stay.</source>
        <translation>Scollegamento di &apos;%1&apos;: il cluster AKS e i relativi oggetti azureml-fe vengono mantenuti.</translation>
    </message>
    <message>
        <source>update needs the compute&apos;s name.</source>
        <translation>update richiede il nome del calcolo.</translation>
    </message>
    <message>
        <source>update needs a change: --ilb --lb-subnet S, --public-lb, --leaf-label L, --cert-file/--key-file/--cname, --tls-disable or --nodes N.</source>
        <translation>update richiede una modifica: --ilb --lb-subnet S, --public-lb, --leaf-label L, --cert-file/--key-file/--cname, --tls-disable o --nodes N.</translation>
    </message>
    <message>
        <source>internal load balancer</source>
        <translation>bilanciamento del carico interno</translation>
    </message>
    <message>
        <source>public load balancer</source>
        <translation>bilanciamento del carico pubblico</translation>
    </message>
    <message>
        <source>TLS off</source>
        <translation>TLS disabilitato</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>--nodes must be a number.</source>
        <translation>--nodes deve essere un numero.</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 nodi</translation>
    </message>
    <message>
        <source>The update breaks a rule; nothing was sent.</source>
        <translation>L&apos;aggiornamento viola una regola; non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Update &apos;%1&apos;: %2</source>
        <translation>Aggiornamento di &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>reattach needs the compute&apos;s name.</source>
        <translation>reattach richiede il nome del calcolo.</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>OPERAZIONE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>COMPUTE</source>
        <translation>CALCOLO</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>AREA DI LAVORO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>PASSAGGIO</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>AGGIORNATO</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>RIEPILOGO</translation>
    </message>
    <message>
        <source>warning: unreadable journal entry: %1</source>
        <translation>avviso: voce del journal illeggibile: %1</translation>
    </message>
    <message>
        <source>No operation %1 in the journal.</source>
        <translation>Nessuna operazione %1 nel journal.</translation>
    </message>
    <message>
        <source>Operation %1 already succeeded.</source>
        <translation>L&apos;operazione %1 è già stata completata correttamente.</translation>
    </message>
    <message>
        <source>Nothing to resume.</source>
        <translation>Niente da riprendere.</translation>
    </message>
    <message>
        <source>operations needs list or resume.</source>
        <translation>operations richiede list o resume.</translation>
    </message>
    <message>
        <source>warning: the Kubernetes versions could not be read: %1</source>
        <translation>avviso: impossibile leggere le versioni di Kubernetes: %1</translation>
    </message>
    <message>
        <source>Cannot read the AKS cluster</source>
        <translation>Impossibile leggere il cluster AKS</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESITO</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>CONTROLLO</translation>
    </message>
    <message>
        <source>FIX</source>
        <translation>CORREZIONE</translation>
    </message>
    <message>
        <source>Preflight: %1 passed, %2 warnings, %3 failed.</source>
        <translation>Controlli preliminari: %1 superati, %2 avvisi, %3 non riusciti.</translation>
    </message>
    <message>
        <source>preflight needs create|attach and the compute&apos;s name.</source>
        <translation>preflight richiede create|attach e il nome del calcolo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; run `clusterwright-cli login` again.</source>
        <translation>%1 non è un JSON valido; eseguire di nuovo `clusterwright-cli login`.</translation>
    </message>
    <message>
        <source>%1 names an unknown sign-in kind &apos;%2&apos;.</source>
        <translation>%1 indica un tipo di accesso sconosciuto &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>workspaces needs --subscription.</source>
        <translation>workspaces richiede --subscription.</translation>
    </message>
    <message>
        <source>Cannot list the workspaces</source>
        <translation>Impossibile elencare le aree di lavoro</translation>
    </message>
    <message>
        <source>SUBSCRIPTION</source>
        <translation>SOTTOSCRIZIONE</translation>
    </message>
    <message>
        <source>%1 computes read…</source>
        <translation>%1 calcoli letti…</translation>
    </message>
    <message>
        <source>Cannot list the computes</source>
        <translation>Impossibile elencare i calcoli</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>PURPOSE</source>
        <translation>SCOPO</translation>
    </message>
    <message>
        <source>VM SIZE</source>
        <translation>DIMENSIONI VM</translation>
    </message>
    <message>
        <source>LOAD BALANCER</source>
        <translation>BILANCIAMENTO DEL CARICO</translation>
    </message>
    <message>
        <source>ATTACHED</source>
        <translation>COLLEGATO</translation>
    </message>
    <message>
        <source>show needs the compute&apos;s name.</source>
        <translation>show richiede il nome del calcolo.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CAMPO</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALORE</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>state</source>
        <translation>stato</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>scopo</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>nodi</translation>
    </message>
    <message>
        <source>vm size</source>
        <translation>dimensioni vm</translation>
    </message>
    <message>
        <source>location</source>
        <translation>area</translation>
    </message>
    <message>
        <source>load balancer</source>
        <translation>bilanciamento del carico</translation>
    </message>
    <message>
        <source>tls</source>
        <translation>tls</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>collegato</translation>
    </message>
    <message>
        <source>fqdn</source>
        <translation>fqdn</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servizio</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errori</translation>
    </message>
    <message>
        <source>note: do not edit the cluster&apos;s YAML directly; Azure ML deployments overwrite it (only CPU/memory requests and limits survive).</source>
        <translation>nota: non modificare direttamente il file YAML del cluster; le distribuzioni di Azure ML lo sovrascrivono (vengono mantenuti solo le richieste e i limiti di CPU/memoria).</translation>
    </message>
    <message>
        <source>Cannot read the Kubernetes versions</source>
        <translation>Impossibile leggere le versioni di Kubernetes</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>PREDEFINITA</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>ANTEPRIMA</translation>
    </message>
    <message>
        <source>UPGRADES</source>
        <translation>AGGIORNAMENTI</translation>
    </message>
    <message>
        <source>Cannot read the VM sizes</source>
        <translation>Impossibile leggere le dimensioni VM</translation>
    </message>
    <message>
        <source>VCPUS</source>
        <translation>VCPU</translation>
    </message>
    <message>
        <source>GPUS</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>MEMORY GB</source>
        <translation>MEMORIA GB</translation>
    </message>
    <message>
        <source>FAMILY</source>
        <translation>FAMIGLIA</translation>
    </message>
    <message>
        <source>--purpose must be production or dev-test.</source>
        <translation>--purpose deve essere production o dev-test.</translation>
    </message>
    <message>
        <source>attach needs --cluster-id (the AKS cluster&apos;s resource id).</source>
        <translation>attach richiede --cluster-id (l&apos;ID risorsa del cluster AKS).</translation>
    </message>
    <message>
        <source>Choose either --leaf-label or --cert-file/--key-file, not both.</source>
        <translation>Scegliere --leaf-label oppure --cert-file/--key-file, non entrambi.</translation>
    </message>
    <message>
        <source>A custom certificate needs --cert-file, --key-file and --cname.</source>
        <translation>Un certificato personalizzato richiede --cert-file, --key-file e --cname.</translation>
    </message>
    <message>
        <source>reattach takes --cert-file and --key-file together.</source>
        <translation>reattach richiede --cert-file e --key-file insieme.</translation>
    </message>
    <message>
        <source>The private key in %1 is protected by a passphrase: set CLUSTERWRIGHT_KEY_PASSPHRASE.</source>
        <translation>La chiave privata in %1 è protetta da una passphrase: impostare CLUSTERWRIGHT_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>CLUSTERWRIGHT_KEY_PASSPHRASE does not decrypt the private key in %1.</source>
        <translation>CLUSTERWRIGHT_KEY_PASSPHRASE non decrittografa la chiave privata in %1.</translation>
    </message>
    <message>
        <source>The node pools of an attached cluster are scaled in AKS, not through the workspace.</source>
        <translation>I pool di nodi di un cluster collegato si ridimensionano in AKS, non tramite l&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>kubeconfig takes --merge or --overwrite, not both.</source>
        <translation>kubeconfig accetta --merge o --overwrite, non entrambi.</translation>
    </message>
    <message>
        <source>--set-current goes with --merge (a new or overwritten file already uses the compute&apos;s context).</source>
        <translation>--set-current va usato con --merge (un file nuovo o sovrascritto usa già il contesto della compute).</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, FIFO or directory); it was left unchanged.</source>
        <translation>%1 non è un file regolare (è un dispositivo, una FIFO o una cartella); è stato lasciato invariato.</translation>
    </message>
    <message>
        <source>%1 already exists. Add --merge to add the compute&apos;s cluster, user and context to it (everything else stays; --set-current also switches the current context), or --overwrite to replace it; either way the previous file is kept as %2.</source>
        <translation>%1 esiste già. Aggiungi --merge per aggiungervi cluster, utente e contesto della compute (tutto il resto rimane; --set-current cambia anche il contesto corrente), oppure --overwrite per sostituirlo; in entrambi i casi il file precedente è conservato come %2.</translation>
    </message>
    <message>
        <source>The service&apos;s kubeconfig cannot be read: %1</source>
        <translation>Impossibile leggere il kubeconfig del servizio: %1</translation>
    </message>
    <message>
        <source>Standard input holds more than %1 KiB: that is not a client secret.</source>
        <translation>Lo standard input contiene più di %1 KiB: non è un segreto client.</translation>
    </message>
    <message>
        <source>--tls-backup-file must name a new file; %1 exists.</source>
        <translation>--tls-backup-file deve indicare un file nuovo; %1 esiste.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>errore: %1</translation>
    </message>
    <message>
        <source>The certificate files cannot be used; nothing was changed.</source>
        <translation>I file del certificato non possono essere usati; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>it belongs to %1: sign in there (clusterwright-cli login) and run `clusterwright-cli operations resume %2`.</source>
        <translation>appartiene a %1: accedi lì (clusterwright-cli login) ed esegui `clusterwright-cli operations resume %2`.</translation>
    </message>
    <message>
        <source>its failure is final (%1); start it again, or force a retry with `clusterwright-cli operations resume %2`.</source>
        <translation>il suo errore è definitivo (%1); avviala di nuovo, o forza un nuovo tentativo con `clusterwright-cli operations resume %2`.</translation>
    </message>
    <message>
        <source>Operation %1 (%2 &apos;%3&apos;, %4) is not resumed: %5</source>
        <translation>L&apos;operazione %1 (%2 &apos;%3&apos;, %4) non viene ripresa: %5</translation>
    </message>
    <message>
        <source>Resuming operation %1 (%2 &apos;%3&apos;, %4 at step %5).</source>
        <translation>Ripresa dell&apos;operazione %1 (%2 &apos;%3&apos;, %4 al passo %5).</translation>
    </message>
    <message>
        <source>Operation %1 cannot be resumed: %2</source>
        <translation>L&apos;operazione %1 non può essere ripresa: %2</translation>
    </message>
    <message>
        <source>--cluster-id is not an AKS cluster&apos;s resource ID: %1 Expected %2.</source>
        <translation>--cluster-id non è l&apos;ID risorsa di un cluster AKS: %1 Atteso %2.</translation>
    </message>
    <message>
        <source>--subscription: %1</source>
        <translation>--subscription: %1</translation>
    </message>
    <message>
        <source>%1 is not a folder; nothing was read or written.</source>
        <translation>%1 non è una cartella; non è stato letto né scritto nulla.</translation>
    </message>
    <message>
        <source>warning: the subscription&apos;s regions could not be read: %1</source>
        <translation>avviso: non è stato possibile leggere le aree della sottoscrizione: %1</translation>
    </message>
    <message>
        <source>warning: the region&apos;s VM sizes could not be read: %1</source>
        <translation>avviso: non è stato possibile leggere le dimensioni VM dell&apos;area: %1</translation>
    </message>
    <message>
        <source>extension needs --cluster: the AKS cluster&apos;s resource ID, or its name with --resource-group.</source>
        <translation>extension richiede --cluster: l&apos;ID risorsa del cluster AKS, oppure il suo nome con --resource-group.</translation>
    </message>
    <message>
        <source>--name cannot be empty.</source>
        <translation>--name non può essere vuoto.</translation>
    </message>
    <message>
        <source>--cluster is not an AKS cluster&apos;s resource ID: %1 Expected %2.</source>
        <translation>--cluster non è l&apos;ID risorsa di un cluster AKS: %1 Previsto %2.</translation>
    </message>
    <message>
        <source>--cluster %1 is a name: give the cluster&apos;s --resource-group, or its full resource ID.</source>
        <translation>--cluster %1 è un nome: indica il --resource-group del cluster, oppure il suo ID risorsa completo.</translation>
    </message>
    <message>
        <source>Which subscription is the cluster in? Give --subscription, or its full resource ID.</source>
        <translation>In quale sottoscrizione si trova il cluster? Indica --subscription, oppure il suo ID risorsa completo.</translation>
    </message>
    <message>
        <source>--%1 takes key=value (got &apos;%2&apos;).</source>
        <translation>--%1 accetta chiave=valore (ricevuto &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(nascosto)</translation>
    </message>
    <message>
        <source>--%1 %2: %3</source>
        <translation>--%1 %2: %3</translation>
    </message>
    <message>
        <source>installed version</source>
        <translation>versione installata</translation>
    </message>
    <message>
        <source>pinned version</source>
        <translation>versione fissata</translation>
    </message>
    <message>
        <source>release train</source>
        <translation>canale di rilascio</translation>
    </message>
    <message>
        <source>auto upgrade</source>
        <translation>aggiornamento automatico</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>namespace</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>impostazione</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> %1%</source>
        <translation> %1%</translation>
    </message>
    <message>
        <source> (%1 s)</source>
        <translation> (%1 s)</translation>
    </message>
    <message>
        <source>%1 was refused</source>
        <translation>%1 è stata rifiutata</translation>
    </message>
    <message>
        <source>%1: accepted; it goes on in Azure. Follow it with `clusterwright-cli extension show`.</source>
        <translation>%1: accettata; prosegue in Azure. Seguila con `clusterwright-cli extension show`.</translation>
    </message>
    <message>
        <source>%1: done, the extension and its components are gone.</source>
        <translation>%1: fatto, l&apos;estensione e i suoi componenti sono stati rimossi.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: fatto.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 non riuscita: %2</translation>
    </message>
    <message>
        <source>There is no AKS cluster %1.</source>
        <translation>Non esiste alcun cluster AKS %1.</translation>
    </message>
    <message>
        <source>Cannot read the cluster</source>
        <translation>Impossibile leggere il cluster</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>The rules refused the extension&apos;s settings; nothing was sent.</source>
        <translation>Le regole hanno rifiutato le impostazioni dell&apos;estensione; non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>There is no extension &apos;%1&apos; on cluster %2.</source>
        <translation>Non c&apos;è alcuna estensione &apos;%1&apos; sul cluster %2.</translation>
    </message>
    <message>
        <source>Cannot read extension &apos;%1&apos;</source>
        <translation>Impossibile leggere l&apos;estensione &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Installing extension &apos;%1&apos;</source>
        <translation>Installazione dell&apos;estensione &apos;%1&apos;</translation>
    </message>
    <message>
        <source>extension update needs a change: --config key=value or --config-protected key=value.</source>
        <translation>extension update richiede una modifica: --config chiave=valore o --config-protected chiave=valore.</translation>
    </message>
    <message>
        <source>Updating extension &apos;%1&apos;</source>
        <translation>Aggiornamento dell&apos;estensione &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Removing extension &apos;%1&apos;</source>
        <translation>Rimozione dell&apos;estensione &apos;%1&apos;</translation>
    </message>
    <message>
        <source>extension takes show, install, update or remove.</source>
        <translation>extension accetta show, install, update o remove.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not NAME=VALUE.</source>
        <translation>%1: &apos;%2&apos; non è NOME=VALORE.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is given twice.</source>
        <translation>%1: &apos;%2&apos; è indicato due volte.</translation>
    </message>
    <message>
        <source>--instance-type &apos;%1&apos; is not NAME:REQUESTS[:LIMITS[:NODE-SELECTOR]] (for example %2).</source>
        <translation>--instance-type &apos;%1&apos; non è NOME:RICHIESTE[:LIMITI[:SELETTORE-NODI]] (per esempio %2).</translation>
    </message>
    <message>
        <source>--instance-type %1</source>
        <translation>--instance-type %1</translation>
    </message>
    <message>
        <source>Give the compute&apos;s name once: &apos;%1&apos; or --name %2.</source>
        <translation>Indicare il nome del calcolo una sola volta: &apos;%1&apos; oppure --name %2.</translation>
    </message>
    <message>
        <source>attach --kubernetes needs --cluster with the AKS cluster&apos;s resource ID.</source>
        <translation>attach --kubernetes richiede --cluster con l&apos;ID risorsa del cluster AKS.</translation>
    </message>
    <message>
        <source>--%1 is not an AKS cluster&apos;s resource ID: %2 Expected %3.</source>
        <translation>--%1 non è l&apos;ID risorsa di un cluster AKS: %2 Previsto %3.</translation>
    </message>
    <message>
        <source>--instance-type %1 is given twice.</source>
        <translation>--instance-type %1 è indicato due volte.</translation>
    </message>
    <message>
        <source>--identity must be SystemAssigned or UserAssigned:ID[,ID...], not &apos;%1&apos;.</source>
        <translation>--identity deve essere SystemAssigned o UserAssigned:ID[,ID...], non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>migrate needs the v1 compute&apos;s name (or --back OPERATION_ID).</source>
        <translation>migrate richiede il nome del compute v1 (oppure --back ID_OPERAZIONE).</translation>
    </message>
    <message>
        <source>Moving &apos;%1&apos; to Azure ML v2: the AKS cluster is kept; its v1 components are deleted.</source>
        <translation>Spostamento di &apos;%1&apos; su Azure ML v2: il cluster AKS resta; i suoi componenti v1 vengono eliminati.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a Kubernetes (v2) compute: %2 applies to AKS (v1) computes only. Its load balancer, TLS and nodes are the Azure ML extension&apos;s and the cluster&apos;s settings.</source>
        <translation>&apos;%1&apos; è un calcolo Kubernetes (v2): %2 si applica solo ai calcoli AKS (v1). Il suo bilanciamento del carico, il TLS e i nodi sono impostazioni dell&apos;estensione Azure ML e del cluster.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a Kubernetes compute, always attached: --delete-cluster does not apply (detach keeps the cluster; delete it in AKS).</source>
        <translation>&apos;%1&apos; è un calcolo Kubernetes, sempre collegato: --delete-cluster non si applica (lo scollegamento mantiene il cluster; eliminarlo in AKS).</translation>
    </message>
    <message>
        <source>Detaching &apos;%1&apos;: the AKS cluster and its Azure ML extension stay.</source>
        <translation>Scollegamento di &apos;%1&apos;: il cluster AKS e la sua estensione Azure ML vengono mantenuti.</translation>
    </message>
    <message>
        <source>default instance type</source>
        <translation>tipo di istanza predefinito</translation>
    </message>
    <message>
        <source>requests %1; limits %2</source>
        <translation>richieste %1; limiti %2</translation>
    </message>
    <message>
        <source>; node selector %1</source>
        <translation>; selettore nodi %1</translation>
    </message>
    <message>
        <source>instance type %1</source>
        <translation>tipo di istanza %1</translation>
    </message>
    <message>
        <source>extension release train</source>
        <translation>canale di rilascio dell&apos;estensione</translation>
    </message>
    <message>
        <source>extension principal</source>
        <translation>entità dell&apos;estensione</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identità</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>INSTANCE TYPES</source>
        <translation>TIPI DI ISTANZA</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGGIO</translation>
    </message>
    <message>
        <source>Azure ML v2 preflight: %1 failed, %2 warnings, %3 notes.</source>
        <translation>Preflight di Azure ML v2: %1 non superati, %2 avvisi, %3 note.</translation>
    </message>
    <message>
        <source>--config takes KEY=VALUE (e.g. enableInference=True); &quot;%1&quot; has no key.</source>
        <translation>--config accetta CHIAVE=VALORE (ad es. enableInference=True); &quot;%1&quot; non ha una chiave.</translation>
    </message>
    <message>
        <source>preflight --kubernetes needs --cluster ID, the AKS cluster&apos;s resource id.</source>
        <translation>preflight --kubernetes richiede --cluster ID, l&apos;ID risorsa del cluster AKS.</translation>
    </message>
    <message>
        <source>The cluster&apos;s extensions could not be read, so whether its Azure ML extension has Succeeded was not checked; the service refuses the attach if it has not.</source>
        <translation>Le estensioni del cluster non si sono potute leggere, quindi non è stato verificato che la sua estensione Azure ML sia in stato Succeeded; se non lo è, il servizio rifiuta attach.</translation>
    </message>
    <message>
        <source>The cluster&apos;s Azure ML extension %1 (version %2) has Succeeded; the compute uses it as it is.</source>
        <translation>L&apos;estensione Azure ML %1 del cluster (versione %2) è in stato Succeeded; il compute la usa così com&apos;è.</translation>
    </message>
    <message>
        <source>The cluster has no Azure ML extension; a Kubernetes compute needs one that has Succeeded, and attach does not install it. Install it first with your scoring domain and its certificate and key files (for HTTP only, --config allowInsecureConnections=True instead of the three TLS settings): `%1`; then attach again.</source>
        <translation>Il cluster non ha l&apos;estensione Azure ML; un compute Kubernetes ne richiede una in stato Succeeded, e attach non la installa. Installala prima con il tuo dominio di scoring e i file del suo certificato e della sua chiave (solo per HTTP, --config allowInsecureConnections=True al posto delle tre impostazioni TLS): `%1`; poi ripeti attach.</translation>
    </message>
    <message>
        <source>The Azure ML extension %1 is in state %2; a Kubernetes compute needs it Succeeded. Remove it (`%3`), install it again with settings that pass its checks (`%4`), then attach again.</source>
        <translation>L&apos;estensione Azure ML %1 è nello stato %2; un compute Kubernetes la richiede in stato Succeeded. Rimuovila (`%3`), installala di nuovo con impostazioni che superano i suoi controlli (`%4`), poi ripeti attach.</translation>
    </message>
    <message>
        <source>The Azure ML extension %1 is in state %2; a Kubernetes compute needs it Succeeded. Follow it with `%3` and attach once it has Succeeded.</source>
        <translation>L&apos;estensione Azure ML %1 è nello stato %2; un compute Kubernetes la richiede in stato Succeeded. Seguila con `%3` e ripeti attach quando è in stato Succeeded.</translation>
    </message>
</context>
<context>
    <name>cw::cli::CliApp</name>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Comando sconosciuto &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>cw::cli::CliContext</name>
    <message>
        <source>error: %1</source>
        <translation>errore: %1</translation>
    </message>
    <message>
        <source>Run `clusterwright-cli --help` for the commands and options.</source>
        <translation>Eseguire `clusterwright-cli --help` per i comandi e le opzioni.</translation>
    </message>
    <message>
        <source>Cannot open the trace file: %1</source>
        <translation>Impossibile aprire il file di traccia: %1</translation>
    </message>
    <message>
        <source>Which workspace? Give --subscription, --resource-group and --workspace (or save them with `login ... -s SUB -g RG -w WS`).</source>
        <translation>Quale area di lavoro? Specificare --subscription, --resource-group e --workspace (oppure salvarli con `login ... -s SUB -g RG -w WS`).</translation>
    </message>
    <message>
        <source>error: the HTTP trace could not be written to %1: %2</source>
        <translation>errore: non è stato possibile scrivere la traccia HTTP in %1: %2</translation>
    </message>
</context>
<context>
    <name>cw::cli::CliOptions</name>
    <message>
        <source>Unknown output format &apos;%1&apos; (use table, json or tsv).</source>
        <translation>Formato di output sconosciuto &apos;%1&apos; (usare table, json o tsv).</translation>
    </message>
    <message>
        <source>--poll-interval-ms must be a whole number of milliseconds from 1 to %1.</source>
        <translation>--poll-interval-ms deve essere un numero intero di millisecondi da 1 a %1.</translation>
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
        <translation>Uso: clusterwright-cli &lt;comando&gt; [argomenti] [opzioni]

Comandi:
  login sandbox [--endpoint-file F]     usa la sandbox incorporata o una in esecuzione
  login service-principal --tenant T --client-id C [--secret-stdin]
                                        segreto da stdin o da AZURE_CLIENT_SECRET
  login device-code [--tenant T]        accesso di una persona con codice dispositivo
  login az                              riusa l&apos;accesso di Azure CLI
  workspaces                            aree di lavoro Azure ML della sottoscrizione
  list                                  calcoli dell&apos;area di lavoro
  show NOME                             un calcolo
  clusters                              cluster AKS della sottoscrizione, collegabilità
  versions [--location L]               versioni di Kubernetes dell&apos;area
  vm-sizes [--location L]               dimensioni VM dell&apos;area
  preflight create|attach NOME [opzioni spec]
  preflight --kubernetes --cluster ID [--config K=V ...] [--cert-file F --key-file K]
                                        controlla un cluster per Azure ML v2 prima di collegarlo
  create NOME [opzioni spec]            crea un nuovo cluster AKS come calcolo
  attach NOME --cluster-id ID [opzioni] collega un cluster AKS esistente
  attach --kubernetes NOME --cluster ID [--namespace NS] [--instance-type SPEC]...
         [--default-instance-type T] [--identity SystemAssigned] [--no-wait]
                                        collega come calcolo Kubernetes di Azure ML v2
  detach NOME [--delete-cluster]        scollega (il cluster AKS viene mantenuto)
  reattach NOME [--cert-file F --key-file K] [--tls-backup-file F]
                                        scollega e ricollega con le stesse impostazioni
  update NOME --ilb --lb-subnet S | --public-lb | --leaf-label L | --cert-file/--key-file/--cname
              | --tls-disable | --nodes N
  kubeconfig NOME --file F [--admin] [--merge [--set-current] | --overwrite]
                                        scrive il kubeconfig del calcolo (0600); un F
                                        esistente viene rifiutato se non si unisce o sovrascrive
  tls-backup NOME --dir D               salva cert.pem e key.pem da azuremlfessl (0600)
  operations list [--all]               operazioni registrate nel journal
  operations resume [ID]                riprende una, o ogni operazione riprendibile
  extension show|install|update|remove --cluster ID|NOME [-g RG] [--name N]
            [--config K=V ...] [--config-protected K=V|K=@FILE ...]
                                        l&apos;estensione del cluster Azure ML di un cluster AKS
  migrate NOME [--new-name N] [--namespace NS] [--tls-backup-file F] [--no-wait]
                                        sposta un calcolo AKS v1 ad Azure ML v2 (estensione e
                                        calcolo Kubernetes; il certificato resta in F, 0600)
  migrate --back ID                     la via del ritorno da uno spostamento non riuscito: ricollega come v1

Codici di uscita: 0 ok, 1 operazione non riuscita, 2 uso, 3 autenticazione, 4 rifiutato dai controlli preliminari,
5 non trovato, 6 servizio non disponibile o rete (nessuna risposta utilizzabile dopo i tentativi).

Opzioni:
</translation>
    </message>
</context>
<context>
    <name>cw::cli::OperationWaiter</name>
    <message>
        <source>%1: waiting, %2</source>
        <translation>%1: in attesa, %2</translation>
    </message>
    <message>
        <source> %1%</source>
        <translation> %1%</translation>
    </message>
    <message>
        <source> (%1 s)</source>
        <translation> (%1 s)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>OPERAZIONE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>COMPUTE</source>
        <translation>CALCOLO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGGIO</translation>
    </message>
    <message>
        <source>accepted; it goes on in Azure. Follow it with `clusterwright-cli operations resume %1`.</source>
        <translation>accettata; prosegue in Azure. Monitorarla con `clusterwright-cli operations resume %1`.</translation>
    </message>
    <message>
        <source>Operation %1 (%2 &apos;%3&apos;) failed: %4</source>
        <translation>Operazione %1 (%2 &apos;%3&apos;) non riuscita: %4</translation>
    </message>
    <message>
        <source>Operation %1 (%2 &apos;%3&apos;): %4</source>
        <translation>Operazione %1 (%2 &apos;%3&apos;): %4</translation>
    </message>
</context>
<context>
    <name>cw::cli::SessionFactory</name>
    <message>
        <source>The embedded sandbox&apos;s state (%1) is in use by another process (%2, pid %3). Close it, or point the CLI at a running sandbox with `clusterwright-cli login sandbox --endpoint-file FILE`.</source>
        <translation>Lo stato della sandbox incorporata (%1) è in uso da parte di un altro processo (%2, pid %3). Chiuderlo oppure indirizzare la CLI a una sandbox in esecuzione con `clusterwright-cli login sandbox --endpoint-file FILE`.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>programma sconosciuto</translation>
    </message>
    <message>
        <source>The embedded sandbox did not start: %1</source>
        <translation>Impossibile avviare la sandbox incorporata: %1</translation>
    </message>
    <message>
        <source>No keychain and no AZURE_CLIENT_SECRET.</source>
        <translation>Nessun portachiavi e nessun AZURE_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>The client secret is not in the keychain (%1). Set AZURE_CLIENT_SECRET or run `clusterwright-cli login service-principal` again.</source>
        <translation>Il segreto client non è nel portachiavi (%1). Impostare AZURE_CLIENT_SECRET o eseguire di nuovo `clusterwright-cli login service-principal`.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>non trovato</translation>
    </message>
</context>
<context>
    <name>cw::exporting::SpecFromCompute</name>
    <message>
        <source>The compute has no properties.</source>
        <translation>Il calcolo non ha proprietà.</translation>
    </message>
    <message>
        <source>The compute is not an AKS inference cluster.</source>
        <translation>Il calcolo non è un cluster di inferenza AKS.</translation>
    </message>
    <message>
        <source>The compute does not name its AKS cluster: %1</source>
        <translation>Il calcolo non indica il proprio cluster AKS: %1</translation>
    </message>
</context>
<context>
    <name>cw::kube</name>
    <message>
        <source>secret &quot;%1&quot; in namespace &quot;%2&quot;</source>
        <translation>segreto &quot;%1&quot; nello spazio dei nomi &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The existing kubeconfig %1 could not be understood (%2); it was left unchanged.</source>
        <translation>Impossibile interpretare il kubeconfig esistente %1 (%2); non è stato modificato.</translation>
    </message>
    <message numerus="yes">
        <source>(%n tries)</source>
        <translation>
            <numerusform>(%n tentativo)</numerusform>
            <numerusform>(%n tentativi)</numerusform>
        </translation>
    </message>
    <message>
        <source>The Kubernetes API server&apos;s answer for the %1 is not a Secret.</source>
        <translation>La risposta del server API di Kubernetes per il %1 non è un Secret.</translation>
    </message>
    <message>
        <source>The %1 does not hold both cert.pem and key.pem.</source>
        <translation>Il %1 non contiene sia cert.pem che key.pem.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to nothing; nothing was written.</source>
        <translation>%1 è un collegamento simbolico che non punta a nulla; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, device or pipe); nothing was written.</source>
        <translation>%1 non è un file regolare (una cartella, un dispositivo o una pipe); non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written.</source>
        <translation>%1 esiste già; non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>The existing kubeconfig %1 is too large to be a kubeconfig; it was left unchanged.</source>
        <translation>Il kubeconfig esistente %1 è troppo grande per essere un kubeconfig; non è stato modificato.</translation>
    </message>
    <message>
        <source>The existing kubeconfig could not be read (%1); it was left unchanged.</source>
        <translation>Impossibile leggere il kubeconfig esistente (%1); è stato lasciato invariato.</translation>
    </message>
    <message>
        <source>The existing kubeconfig %1 cannot be merged into (%2); it was left unchanged.</source>
        <translation>Impossibile unire nel kubeconfig esistente %1 (%2); non è stato modificato.</translation>
    </message>
    <message>
        <source>The previous content could not be backed up (%1); %2 was left unchanged.</source>
        <translation>Impossibile salvare una copia del contenuto precedente (%1); %2 non è stato modificato.</translation>
    </message>
    <message>
        <source>The kubeconfig could not be written as YAML; %1 was left unchanged.</source>
        <translation>Impossibile scrivere il kubeconfig come YAML; %1 non è stato modificato.</translation>
    </message>
    <message>
        <source>Kubeconfig written to %1 (readable by you only).</source>
        <translation>Kubeconfig scritto in %1 (leggibile solo da te).</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Aggiunti: %1.</translation>
    </message>
    <message>
        <source>Replaced (same name): %1.</source>
        <translation>Sostituiti (stesso nome): %1.</translation>
    </message>
    <message>
        <source>Already up to date: %1.</source>
        <translation>Già aggiornati: %1.</translation>
    </message>
    <message>
        <source>The previous content was replaced; it is kept as %1.</source>
        <translation>Il contenuto precedente è stato sostituito; è conservato come %1.</translation>
    </message>
    <message>
        <source>Current context is now %1.</source>
        <translation>Il contesto corrente ora è %1.</translation>
    </message>
    <message>
        <source>Current context unchanged (%1).</source>
        <translation>Contesto corrente invariato (%1).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation>Il file precedente è conservato come %1.</translation>
    </message>
    <message>
        <source>Comments inside the file could not be kept (only those at its top); the backup still has them.</source>
        <translation>Non è stato possibile conservare i commenti all&apos;interno del file (solo quelli in cima); la copia di sicurezza li contiene ancora.</translation>
    </message>
</context>
<context>
    <name>cw::kube::KubeClient</name>
    <message>
        <source>The kubeconfig&apos;s server address &quot;%1&quot; is not a URL.</source>
        <translation>L&apos;indirizzo del server &quot;%1&quot; del kubeconfig non è un URL.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s server must use https.</source>
        <translation>Il server del kubeconfig deve usare https.</translation>
    </message>
    <message>
        <source>The kubeconfig asks to skip TLS verification; Clusterwright never does that.</source>
        <translation>Il kubeconfig chiede di ignorare la verifica TLS; Clusterwright non lo fa mai.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s user signs in through a plug-in, which is not supported; use the cluster&apos;s admin or user credentials.</source>
        <translation>L&apos;utente del kubeconfig accede tramite un plug-in, che non è supportato; usare le credenziali di amministratore o utente del cluster.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s certificate-authority-data holds no certificate.</source>
        <translation>Il campo certificate-authority-data del kubeconfig non contiene alcun certificato.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s client-certificate-data holds no certificate.</source>
        <translation>Il campo client-certificate-data del kubeconfig non contiene alcun certificato.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s client-key-data holds no usable private key.</source>
        <translation>Il campo client-key-data del kubeconfig non contiene alcuna chiave privata utilizzabile.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s user has neither a client certificate nor a token.</source>
        <translation>L&apos;utente del kubeconfig non ha né un certificato client né un token.</translation>
    </message>
</context>
<context>
    <name>cw::kube::KubeError</name>
    <message>
        <source>The Kubernetes API server did not accept the credentials of the kubeconfig.</source>
        <translation>Il server API di Kubernetes non ha accettato le credenziali del kubeconfig.</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s user is not allowed to read the %1.</source>
        <translation>L&apos;utente del kubeconfig non è autorizzato a leggere il %1.</translation>
    </message>
    <message>
        <source>The %1 does not exist.</source>
        <translation>Il %1 non esiste.</translation>
    </message>
    <message>
        <source>The Kubernetes API server answered HTTP %1 when reading the %2.</source>
        <translation>Il server API di Kubernetes ha risposto HTTP %1 durante la lettura del %2.</translation>
    </message>
    <message>
        <source>The Kubernetes API server refused to read the %1: %2</source>
        <translation>Il server API di Kubernetes ha rifiutato la lettura del %1: %2</translation>
    </message>
</context>
<context>
    <name>cw::kube::KubeSecretJob</name>
    <message>
        <source>Reading the secret was cancelled.</source>
        <translation>La lettura del segreto è stata annullata.</translation>
    </message>
    <message>
        <source>The cluster&apos;s TLS certificate was not trusted: %1</source>
        <translation>Il certificato TLS del cluster non è attendibile: %1</translation>
    </message>
    <message>
        <source>Could not reach the Kubernetes API server: %1</source>
        <translation>Impossibile raggiungere il server API di Kubernetes: %1</translation>
    </message>
</context>
<context>
    <name>cw::kube::Kubeconfig</name>
    <message>
        <source>The kubeconfig is nested too deeply.</source>
        <translation>Il kubeconfig ha troppi livelli di annidamento.</translation>
    </message>
    <message>
        <source>The kubeconfig could not be read (%1).</source>
        <translation>Impossibile leggere il kubeconfig (%1).</translation>
    </message>
    <message>
        <source>The kubeconfig is not a mapping of clusters, users and contexts.</source>
        <translation>Il kubeconfig non è una mappa di cluster, utenti e contesti.</translation>
    </message>
    <message>
        <source>The kubeconfig names no current context.</source>
        <translation>Il kubeconfig non indica alcun contesto corrente.</translation>
    </message>
    <message>
        <source>The kubeconfig has no context named &quot;%1&quot;.</source>
        <translation>Il kubeconfig non ha un contesto denominato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The kubeconfig has no cluster named &quot;%1&quot;.</source>
        <translation>Il kubeconfig non ha un cluster denominato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The kubeconfig has no user named &quot;%1&quot;.</source>
        <translation>Il kubeconfig non ha un utente denominato &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; has no server address.</source>
        <translation>Il cluster &quot;%1&quot; non ha un indirizzo server.</translation>
    </message>
    <message>
        <source>The kubeconfig has too many entries.</source>
        <translation>Il kubeconfig ha troppe voci.</translation>
    </message>
    <message>
        <source>The kubeconfig holds control characters.</source>
        <translation>Il kubeconfig contiene caratteri di controllo.</translation>
    </message>
    <message>
        <source>Its &quot;%1&quot; is not a list.</source>
        <translation>Il suo &quot;%1&quot; non è un elenco.</translation>
    </message>
</context>
<context>
    <name>cw::kube::LegacyComponents</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Impossibile eliminare %1: %2</translation>
    </message>
    <message>
        <source>The cluster&apos;s TLS certificate was not trusted: %1</source>
        <translation>Il certificato TLS del cluster non è considerato attendibile: %1</translation>
    </message>
    <message>
        <source>Could not reach the Kubernetes API server: %1</source>
        <translation>Impossibile raggiungere il server API Kubernetes: %1</translation>
    </message>
</context>
<context>
    <name>cw::kube::yaml</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>il testo non è UTF-8 valido</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>i caratteri di controllo non sono ammessi</translation>
    </message>
    <message>
        <source>the YAML could not be read</source>
        <translation>impossibile leggere lo YAML</translation>
    </message>
    <message>
        <source>the YAML could not be written (%1)</source>
        <translation>impossibile scrivere lo YAML (%1)</translation>
    </message>
</context>
<context>
    <name>cw::kube::yaml::Builder</name>
    <message>
        <source>a file with several YAML documents is not a kubeconfig</source>
        <translation>un file con più documenti YAML non è un kubeconfig</translation>
    </message>
    <message>
        <source>anchors and aliases are not supported</source>
        <translation>ancore e alias non sono supportati</translation>
    </message>
    <message>
        <source>the escapes \N and \_ are not supported</source>
        <translation>le sequenze di escape \N e \_ non sono supportate</translation>
    </message>
    <message>
        <source>explicit YAML tags are not supported</source>
        <translation>i tag YAML espliciti non sono supportati</translation>
    </message>
    <message>
        <source>the document has too many entries</source>
        <translation>il documento ha troppe voci</translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation>il documento è annidato troppo in profondità</translation>
    </message>
    <message>
        <source>only plain text keys are supported</source>
        <translation>sono supportate solo chiavi di testo semplice</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>la chiave &quot;%1&quot; compare due volte</translation>
    </message>
</context>
<context>
    <name>cw::ops</name>
    <message>
        <source>custom certificate for %1</source>
        <translation>certificato personalizzato per %1</translation>
    </message>
    <message>
        <source>Microsoft certificate (%1)</source>
        <translation>certificato Microsoft (%1)</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabilitato</translation>
    </message>
    <message>
        <source>internal (subnet %1)</source>
        <translation>interno (subnet %1)</translation>
    </message>
    <message>
        <source>public IP</source>
        <translation>IP pubblico</translation>
    </message>
    <message>
        <source>Cluster %1; purpose %2; load balancer %3; TLS %4.</source>
        <translation>Cluster %1; scopo %2; bilanciamento del carico %3; TLS %4.</translation>
    </message>
    <message>
        <source>Create &apos;%1&apos; (%2, %3 × %4)</source>
        <translation>Crea &apos;%1&apos; (%2, %3 × %4)</translation>
    </message>
    <message>
        <source>Attach &apos;%1&apos; (%2)</source>
        <translation>Collega &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>Check that the name is free</source>
        <translation>Verifica che il nome sia disponibile</translation>
    </message>
    <message>
        <source>Submit the create request</source>
        <translation>Invia la richiesta di creazione</translation>
    </message>
    <message>
        <source>Submit the attach request</source>
        <translation>Invia la richiesta di collegamento</translation>
    </message>
    <message>
        <source>Wait while Azure creates the cluster</source>
        <translation>Attendi che Azure crei il cluster</translation>
    </message>
    <message>
        <source>Wait while Azure attaches the cluster</source>
        <translation>Attendi che Azure colleghi il cluster</translation>
    </message>
    <message>
        <source>Verify the final state</source>
        <translation>Verifica lo stato finale</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; and its AKS cluster</source>
        <translation>Elimina &apos;%1&apos; e il relativo cluster AKS</translation>
    </message>
    <message>
        <source>Detach &apos;%1&apos; (the AKS cluster is kept)</source>
        <translation>Scollega &apos;%1&apos; (il cluster AKS viene mantenuto)</translation>
    </message>
    <message>
        <source>Submit the delete request</source>
        <translation>Invia la richiesta di eliminazione</translation>
    </message>
    <message>
        <source>Submit the detach request</source>
        <translation>Invia la richiesta di scollegamento</translation>
    </message>
    <message>
        <source>Wait for the service</source>
        <translation>Attendi il servizio</translation>
    </message>
    <message>
        <source>Verify the compute is gone</source>
        <translation>Verifica che il calcolo non esista più</translation>
    </message>
    <message>
        <source>Read the current configuration</source>
        <translation>Leggi la configurazione corrente</translation>
    </message>
    <message>
        <source>Submit the update</source>
        <translation>Invia l&apos;aggiornamento</translation>
    </message>
    <message>
        <source>Wait while Azure updates the cluster</source>
        <translation>Attendi che Azure aggiorni il cluster</translation>
    </message>
    <message>
        <source>Re-attach &apos;%1&apos; to update it</source>
        <translation>Ricollega &apos;%1&apos; per aggiornarlo</translation>
    </message>
    <message>
        <source>Recover the TLS certificate and key</source>
        <translation>Recupera il certificato e la chiave TLS</translation>
    </message>
    <message>
        <source>Wait while Azure detaches the cluster</source>
        <translation>Attendi che Azure scolleghi il cluster</translation>
    </message>
    <message>
        <source>Verify the compute is detached</source>
        <translation>Verifica che il calcolo sia scollegato</translation>
    </message>
    <message>
        <source>Submit the attach request (same name and settings)</source>
        <translation>Invia la richiesta di collegamento (stesso nome e impostazioni)</translation>
    </message>
    <message>
        <source>Cannot create the backup file %1: %2</source>
        <translation>Impossibile creare il file di backup %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup file %1: %2</source>
        <translation>Impossibile scrivere il file di backup %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the backup file %1: %2</source>
        <translation>Impossibile leggere il file di backup %1: %2</translation>
    </message>
    <message>
        <source>The backup file %1 is not a regular file.</source>
        <translation>Il file di backup %1 non è un file regolare.</translation>
    </message>
    <message>
        <source>The backup file %1 is larger than a certificate and key can be.</source>
        <translation>Il file di backup %1 è più grande di quanto possano essere un certificato e una chiave.</translation>
    </message>
    <message>
        <source>The certificate and key are kept in the keychain as %1.</source>
        <translation>Il certificato e la chiave sono conservati nel portachiavi come %1.</translation>
    </message>
    <message>
        <source>The certificate and key are kept in the backup file %1.</source>
        <translation>Il certificato e la chiave sono conservati nel file di backup %1.</translation>
    </message>
    <message>
        <source>The certificate and key are read back from the AKS cluster&apos;s azuremlfessl secret (no keychain).</source>
        <translation>Il certificato e la chiave vengono riletti dal secret azuremlfessl del cluster AKS (nessun portachiavi).</translation>
    </message>
    <message>
        <source>%1: deleted</source>
        <translation>%1: eliminato</translation>
    </message>
    <message>
        <source>%1: deleting (the cluster finishes it)</source>
        <translation>%1: eliminazione in corso (la completa il cluster)</translation>
    </message>
    <message>
        <source>%1: already absent</source>
        <translation>%1: già assente</translation>
    </message>
    <message>
        <source>%1: present</source>
        <translation>%1: presente</translation>
    </message>
    <message>
        <source>%1: absent</source>
        <translation>%1: assente</translation>
    </message>
    <message>
        <source>%1: not deleted (%2)</source>
        <translation>%1: non eliminato (%2)</translation>
    </message>
    <message>
        <source>Attach &apos;%1&apos; as a Kubernetes compute (%2)</source>
        <translation>Collega &apos;%1&apos; come calcolo Kubernetes (%2)</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; to Azure ML v2 (Kubernetes compute &apos;%2&apos;)</source>
        <translation>Sposta &apos;%1&apos; su Azure ML v2 (compute Kubernetes &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>Check the cluster for Azure ML v2</source>
        <translation>Verifica il cluster per Azure ML v2</translation>
    </message>
    <message>
        <source>Detach the v1 compute (the AKS cluster is kept)</source>
        <translation>Scollega il compute v1 (il cluster AKS resta)</translation>
    </message>
    <message>
        <source>Delete the v1 components (azureml-fe)</source>
        <translation>Elimina i componenti v1 (azureml-fe)</translation>
    </message>
    <message>
        <source>Install the Azure ML extension</source>
        <translation>Installa l&apos;estensione Azure ML</translation>
    </message>
    <message>
        <source>Wait while the extension installs</source>
        <translation>Attendi l&apos;installazione dell&apos;estensione</translation>
    </message>
    <message>
        <source>Attach the cluster as a Kubernetes compute</source>
        <translation>Collega il cluster come compute Kubernetes</translation>
    </message>
    <message>
        <source>Verify the Kubernetes compute and the extension</source>
        <translation>Verifica il compute Kubernetes e l&apos;estensione</translation>
    </message>
    <message>
        <source>Reuse the Azure ML extension %1</source>
        <translation>Riutilizza l&apos;estensione Azure ML %1</translation>
    </message>
    <message>
        <source>Install the Azure ML extension %1</source>
        <translation>Installa l&apos;estensione Azure ML %1</translation>
    </message>
    <message>
        <source>Install the Azure ML extension on %1 and attach it as the Kubernetes compute &apos;%2&apos;</source>
        <translation>Installa l&apos;estensione Azure ML su %1 e collegalo come calcolo Kubernetes &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>cw::ops::Journal</name>
    <message>
        <source>Invalid operation id.</source>
        <translation>ID operazione non valido.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation>%1 non è un JSON valido.</translation>
    </message>
</context>
<context>
    <name>cw::ops::OperationDriver</name>
    <message>
        <source>Stopped waiting.</source>
        <translation>Attesa interrotta.</translation>
    </message>
    <message>
        <source>This operation has a step this version does not know: %1.</source>
        <translation>Questa operazione include un passaggio sconosciuto a questa versione: %1.</translation>
    </message>
    <message>
        <source>The name is free.</source>
        <translation>Il nome è disponibile.</translation>
    </message>
    <message>
        <source>A compute named &apos;%1&apos; already exists in this workspace. Choose another name, or detach the existing one first.</source>
        <translation>Nell&apos;area di lavoro esiste già un calcolo denominato &apos;%1&apos;. Scegliere un altro nome o scollegare prima quello esistente.</translation>
    </message>
    <message>
        <source>The service sent a compute document that cannot be read.</source>
        <translation>Il servizio ha inviato un documento di calcolo illeggibile.</translation>
    </message>
    <message>
        <source>Checking whether the earlier request reached Azure…</source>
        <translation>Verifica in corso se la richiesta precedente ha raggiunto Azure…</translation>
    </message>
    <message>
        <source>The earlier request had reached Azure; following it.</source>
        <translation>La richiesta precedente aveva raggiunto Azure; monitoraggio in corso.</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key is no longer available (it was kept in the keychain only while the operation ran). Start the operation again with the certificate files.</source>
        <translation>La chiave privata del certificato non è più disponibile (era conservata nel portachiavi solo durante l&apos;operazione). Avviare di nuovo l&apos;operazione con i file del certificato.</translation>
    </message>
    <message>
        <source>Accepted by Azure.</source>
        <translation>Accettata da Azure.</translation>
    </message>
    <message>
        <source>The request reached Azure although its answer was lost; following it.</source>
        <translation>La richiesta ha raggiunto Azure anche se la risposta è andata persa; monitoraggio in corso.</translation>
    </message>
    <message>
        <source>The request did not reach Azure; sending it again.</source>
        <translation>La richiesta non ha raggiunto Azure; nuovo invio in corso.</translation>
    </message>
    <message>
        <source>It is not known whether Azure received the request: %1 Resume the operation to check and continue.</source>
        <translation>Non si sa se Azure abbia ricevuto la richiesta: %1 Riprendere l&apos;operazione per verificare e continuare.</translation>
    </message>
    <message>
        <source>The compute was already detached.</source>
        <translation>Il calcolo era già scollegato.</translation>
    </message>
    <message>
        <source>Nothing to wait for.</source>
        <translation>Nessuna attesa necessaria.</translation>
    </message>
    <message>
        <source>There is no compute named &apos;%1&apos; in this workspace.</source>
        <translation>Nell&apos;area di lavoro non esiste alcun calcolo denominato &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>Completata: %1.</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Riuscita</translation>
    </message>
    <message>
        <source>Stopped waiting; the operation goes on in Azure. Resume to follow it.</source>
        <translation>Attesa interrotta; l&apos;operazione prosegue in Azure. Riprendere per monitorarla.</translation>
    </message>
    <message>
        <source>Lost track of the operation: %1 Resume to keep waiting.</source>
        <translation>Operazione non più tracciata: %1 Riprendere per continuare ad attendere.</translation>
    </message>
    <message>
        <source>The compute is no longer in the workspace.</source>
        <translation>Il calcolo non è più presente nell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>The compute is still in the workspace (state %1).</source>
        <translation>Il calcolo è ancora presente nell&apos;area di lavoro (stato %1).</translation>
    </message>
    <message>
        <source>The compute is ready.</source>
        <translation>Il calcolo è pronto.</translation>
    </message>
    <message>
        <source>The service reports the compute as %1.</source>
        <translation>Il servizio segnala il calcolo come %1.</translation>
    </message>
    <message>
        <source>This compute cannot be re-attached: %1</source>
        <translation>Impossibile ricollegare questo calcolo: %1</translation>
    </message>
    <message>
        <source>No custom certificate to carry over.</source>
        <translation>Nessun certificato personalizzato da trasferire.</translation>
    </message>
    <message>
        <source>The certificate and key are kept in the keychain.</source>
        <translation>Il certificato e la chiave sono conservati nel portachiavi.</translation>
    </message>
    <message>
        <source>your files</source>
        <translation>file dell&apos;utente</translation>
    </message>
    <message>
        <source>Reading the azuremlfessl secret from the cluster…</source>
        <translation>Lettura del segreto azuremlfessl dal cluster…</translation>
    </message>
    <message>
        <source>%1 Nothing was detached. Re-attach with the certificate and key files instead.</source>
        <translation>%1 Non è stato scollegato nulla. Ricollegare invece usando i file del certificato e della chiave.</translation>
    </message>
    <message>
        <source>the cluster&apos;s azuremlfessl secret</source>
        <translation>segreto azuremlfessl del cluster</translation>
    </message>
    <message>
        <source>Recovered from %1 and kept in the keychain as %2 until the re-attach has finished.</source>
        <translation>Recuperati (origine: %1) e conservati nel portachiavi come %2 finché il ricollegamento non è terminato.</translation>
    </message>
    <message>
        <source>Accepted by Azure (its answer could not be read; following the compute).</source>
        <translation>Accettata da Azure (la risposta non era leggibile; si segue la risorsa di calcolo).</translation>
    </message>
    <message>
        <source>Azure says the compute already exists; checking whether it is ours…</source>
        <translation>Azure indica che la risorsa di calcolo esiste già; verifica in corso che sia la nostra…</translation>
    </message>
    <message>
        <source>The certificate and key are kept in the backup file %1.</source>
        <translation>Il certificato e la chiave sono conservati nel file di backup %1.</translation>
    </message>
    <message>
        <source>The certificate and key are read from the AKS cluster&apos;s azuremlfessl secret.</source>
        <translation>Il certificato e la chiave vengono letti dal secret azuremlfessl del cluster AKS.</translation>
    </message>
    <message>
        <source>%1 Nothing was detached.</source>
        <translation>%1 Non è stato scollegato nulla.</translation>
    </message>
    <message>
        <source>Recovered from %1 and kept in the backup file %2 (0600) until the re-attach has finished.</source>
        <translation>Recuperati da %1 e conservati nel file di backup %2 (0600) fino al termine del ricollegamento.</translation>
    </message>
    <message>
        <source>No keychain: checking that the AKS cluster&apos;s azuremlfessl secret can be read back…</source>
        <translation>Nessun portachiavi: verifica in corso che il secret azuremlfessl del cluster AKS si possa rileggere…</translation>
    </message>
    <message>
        <source>There is no durable place for the certificate and key: no keychain%1, no backup file chosen, and the cluster&apos;s azuremlfessl secret %2. Nothing was detached. Re-attach with a backup file (clusterwright-cli reattach --tls-backup-file FILE, or the choice in the Re-attach dialog), or where a keychain is available.</source>
        <translation>Non c&apos;è un luogo durevole per il certificato e la chiave: nessun portachiavi%1, nessun file di backup scelto, e il secret azuremlfessl del cluster %2. Non è stato scollegato nulla. Ricollega con un file di backup (clusterwright-cli reattach --tls-backup-file FILE, o la scelta nella finestra Ricollega), oppure dove è disponibile un portachiavi.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>holds another certificate than the one to restore</source>
        <translation>contiene un certificato diverso da quello da ripristinare</translation>
    </message>
    <message>
        <source>cannot be read back (%1)</source>
        <translation>non si può rileggere (%1)</translation>
    </message>
    <message>
        <source>Recovered from %1; no keychain, so a resumed re-attach reads it again from the AKS cluster&apos;s azuremlfessl secret, which the detach keeps.</source>
        <translation>Recuperati da %1; nessun portachiavi, quindi un ricollegamento ripreso li rilegge dal secret azuremlfessl del cluster AKS, che lo scollegamento conserva.</translation>
    </message>
    <message>
        <source>Reading the certificate and key from the AKS cluster&apos;s azuremlfessl secret…</source>
        <translation>Lettura del certificato e della chiave dal secret azuremlfessl del cluster AKS…</translation>
    </message>
    <message>
        <source>The certificate and key to restore are not available: %1 Nothing was sent; resume once the cluster can be read again.</source>
        <translation>Il certificato e la chiave da ripristinare non sono disponibili: %1 Non è stato inviato nulla; riprendi quando il cluster sarà di nuovo leggibile.</translation>
    </message>
    <message>
        <source>The certificate and key were read again from the AKS cluster&apos;s azuremlfessl secret.</source>
        <translation>Il certificato e la chiave sono stati riletti dal secret azuremlfessl del cluster AKS.</translation>
    </message>
    <message>
        <source>A detach of this compute was already in progress; following it.</source>
        <translation>Uno scollegamento di questo compute era già in corso; lo seguo.</translation>
    </message>
    <message>
        <source>A detach of this compute was already in progress and has ended.</source>
        <translation>Uno scollegamento di questo calcolo era già in corso ed è terminato.</translation>
    </message>
    <message>
        <source>A compute named &apos;%1&apos; already exists in this workspace; choose another name for the Kubernetes compute.</source>
        <translation>In questo workspace esiste già un compute chiamato &apos;%1&apos;; scegli un altro nome per il compute Kubernetes.</translation>
    </message>
    <message>
        <source>The cluster is not ready for Azure ML v2: %1</source>
        <translation>Il cluster non è pronto per Azure ML v2: %1</translation>
    </message>
    <message>
        <source>Cluster %1 can take Azure ML v2.</source>
        <translation>Il cluster %1 può passare ad Azure ML v2.</translation>
    </message>
    <message>
        <source>The installed Azure ML extension %1 (Succeeded) is reused.</source>
        <translation>L&apos;estensione Azure ML installata %1 (Succeeded) viene riutilizzata.</translation>
    </message>
    <message>
        <source>The extension will be installed with %1.</source>
        <translation>L&apos;estensione verrà installata con %1.</translation>
    </message>
    <message>
        <source>Cannot list the workspace&apos;s computes: %1</source>
        <translation>Impossibile elencare i compute del workspace: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be moved to v2: %2</source>
        <translation>&apos;%1&apos; non può essere spostato su v2: %2</translation>
    </message>
    <message>
        <source>Cannot read the AKS cluster %1: %2</source>
        <translation>Impossibile leggere il cluster AKS %1: %2</translation>
    </message>
    <message>
        <source>The v1 compute serves HTTP (no certificate): the extension allows insecure connections as before.</source>
        <translation>Il compute v1 serve HTTP (nessun certificato): l&apos;estensione consente connessioni non sicure come prima.</translation>
    </message>
    <message>
        <source>No backup file was chosen for the certificate and key. Nothing was changed.</source>
        <translation>Non è stato scelto nessun file di backup per il certificato e la chiave. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The v1 certificate cannot be carried over: %1 Nothing was changed.</source>
        <translation>Il certificato v1 non può essere trasferito: %1 Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Recovered from the cluster&apos;s azuremlfessl secret (CNAME %1) and kept in the backup file %2 (0600): the extension gets it as protected settings, and it stays there after the move.</source>
        <translation>Recuperato dal secret azuremlfessl del cluster (CNAME %1) e conservato nel file di backup %2 (0600): l&apos;estensione lo riceve come impostazioni protette e il file resta dopo lo spostamento.</translation>
    </message>
    <message>
        <source>The move names no AKS cluster.</source>
        <translation>Lo spostamento non indica nessun cluster AKS.</translation>
    </message>
    <message>
        <source>Reading the AKS cluster&apos;s credentials…</source>
        <translation>Lettura delle credenziali del cluster AKS…</translation>
    </message>
    <message>
        <source>Cannot read the credentials of the AKS cluster %1: %2</source>
        <translation>Impossibile leggere le credenziali del cluster AKS %1: %2</translation>
    </message>
    <message>
        <source>The AKS cluster&apos;s kubeconfig cannot be used: %1</source>
        <translation>Il kubeconfig del cluster AKS non può essere usato: %1</translation>
    </message>
    <message>
        <source>Not every v1 component could be deleted: %1</source>
        <translation>Non è stato possibile eliminare tutti i componenti v1: %1</translation>
    </message>
    <message>
        <source>Accepted by Azure (its answer could not be read; following the resource).</source>
        <translation>Accettata da Azure (la risposta non era leggibile; si segue la risorsa).</translation>
    </message>
    <message>
        <source>The Azure ML extension %1 is installed (Succeeded): reused as it is.</source>
        <translation>L&apos;estensione Azure ML %1 è installata (Succeeded): riutilizzata così com&apos;è.</translation>
    </message>
    <message>
        <source>The v1 certificate and key are not available (the backup file %1 cannot be read). Nothing was sent; resume once the file is back.</source>
        <translation>Il certificato e la chiave v1 non sono disponibili (il file di backup %1 non è leggibile). Non è stato inviato nulla; riprendi quando il file è di nuovo disponibile.</translation>
    </message>
    <message>
        <source>Moved from the v1 AKS compute &apos;%1&apos;</source>
        <translation>Spostato dal compute AKS v1 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The Kubernetes compute &apos;%1&apos; is not in the workspace.</source>
        <translation>Il compute Kubernetes &apos;%1&apos; non è nel workspace.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a compute of type %2, not Kubernetes.</source>
        <translation>&apos;%1&apos; è un compute di tipo %2, non Kubernetes.</translation>
    </message>
    <message>
        <source>The Azure ML extension is in state %1.</source>
        <translation>L&apos;estensione Azure ML è nello stato %1.</translation>
    </message>
    <message>
        <source>HTTP allowed</source>
        <translation>HTTP consentito</translation>
    </message>
    <message>
        <source>TLS for %1</source>
        <translation>TLS per %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a Kubernetes compute (Succeeded, namespace %2); the extension %3 is Succeeded (version %4, %5).</source>
        <translation>&apos;%1&apos; è un compute Kubernetes (Succeeded, namespace %2); l&apos;estensione %3 è Succeeded (versione %4, %5).</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariato</translation>
    </message>
    <message>
        <source>Nothing was changed: &apos;%1&apos; is still attached as v1. %2</source>
        <translation>Non è stato modificato nulla: &apos;%1&apos; è ancora collegato come v1. %2</translation>
    </message>
    <message>
        <source>v1 compute &apos;%1&apos; detached</source>
        <translation>compute v1 &apos;%1&apos; scollegato</translation>
    </message>
    <message>
        <source>v1 compute &apos;%1&apos; being detached</source>
        <translation>compute v1 &apos;%1&apos; in fase di scollegamento</translation>
    </message>
    <message>
        <source>legacy components deleted</source>
        <translation>componenti legacy eliminati</translation>
    </message>
    <message>
        <source>legacy components not all deleted</source>
        <translation>componenti legacy non tutti eliminati</translation>
    </message>
    <message>
        <source>extension %1 installed</source>
        <translation>estensione %1 installata</translation>
    </message>
    <message>
        <source>extension failed: %1</source>
        <translation>estensione non riuscita: %1</translation>
    </message>
    <message>
        <source>Kubernetes compute &apos;%1&apos; attached</source>
        <translation>compute Kubernetes &apos;%1&apos; collegato</translation>
    </message>
    <message>
        <source>Kubernetes compute attach failed: %1</source>
        <translation>collegamento del compute Kubernetes non riuscito: %1</translation>
    </message>
    <message>
        <source>Way back: `%1` attaches &apos;%2&apos; again as v1 with the recovered certificate (backup file %3).</source>
        <translation>Per tornare indietro: `%1` ricollega &apos;%2&apos; come v1 con il certificato recuperato (file di backup %3).</translation>
    </message>
    <message>
        <source>Way back: `%1` attaches &apos;%2&apos; again as v1 with its settings.</source>
        <translation>Per tornare indietro: `%1` ricollega &apos;%2&apos; come v1 con le sue impostazioni.</translation>
    </message>
    <message>
        <source>Way back: detach the Kubernetes compute first (clusterwright-cli detach %1), then %2</source>
        <translation>Per tornare indietro: scollega prima il compute Kubernetes (clusterwright-cli detach %1), poi %2</translation>
    </message>
    <message>
        <source>The Azure ML extension %1 is installed on the cluster and stays: attaching again reuses it.</source>
        <translation>L&apos;estensione Azure ML %1 è installata sul cluster e resta: un nuovo collegamento la riutilizza.</translation>
    </message>
    <message>
        <source>Settings: %1.</source>
        <translation>Impostazioni: %1.</translation>
    </message>
    <message>
        <source>The extension&apos;s certificate and key could not be read from the keychain. Nothing was sent; resume once the keychain is unlocked, or attach again from the wizard.</source>
        <translation>Il certificato e la chiave dell&apos;estensione non si possono leggere dal portachiavi. Non è stato inviato nulla; riprendi quando il portachiavi è sbloccato, oppure collega di nuovo dalla procedura guidata.</translation>
    </message>
    <message>
        <source>The extension&apos;s certificate and key were kept in memory only (there is no keychain) and ended with the process that started the attach. Nothing was sent; attach again from the wizard with the certificate files.</source>
        <translation>Il certificato e la chiave dell&apos;estensione erano tenuti solo in memoria (non c&apos;è un portachiavi) e sono terminati con il processo che ha avviato il collegamento. Non è stato inviato nulla; collega di nuovo dalla procedura guidata con i file del certificato.</translation>
    </message>
</context>
<context>
    <name>cw::ops::OperationRunner</name>
    <message>
        <source>There is no move to v2 with the id %1.</source>
        <translation>Non esiste nessuno spostamento su v2 con l&apos;id %1.</translation>
    </message>
    <message>
        <source>The move %1 is still running.</source>
        <translation>Lo spostamento %1 è ancora in corso.</translation>
    </message>
    <message>
        <source>The move %1 stopped before it read the v1 compute; nothing was detached.</source>
        <translation>Lo spostamento %1 si è fermato prima di leggere il compute v1; non è stato scollegato nulla.</translation>
    </message>
    <message>
        <source>The backup file %1 does not hold the certificate and key.</source>
        <translation>Il file di backup %1 non contiene il certificato e la chiave.</translation>
    </message>
</context>
<context>
    <name>cw::ops::TlsRecovery</name>
    <message>
        <source>Cannot read the cluster&apos;s credentials: %1</source>
        <translation>Impossibile leggere le credenziali del cluster: %1</translation>
    </message>
    <message>
        <source>The service returned no kubeconfig for &apos;%1&apos;.</source>
        <translation>Il servizio non ha restituito alcun kubeconfig per &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The cluster&apos;s kubeconfig cannot be read: %1</source>
        <translation>Impossibile leggere il kubeconfig del cluster: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s kubeconfig cannot be used: %1</source>
        <translation>Impossibile usare il kubeconfig del cluster: %1</translation>
    </message>
    <message>
        <source>Cannot read the certificate from the cluster: %1</source>
        <translation>Impossibile leggere il certificato dal cluster: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s azuremlfessl secret does not hold both cert.pem and key.pem.</source>
        <translation>Il segreto azuremlfessl del cluster non contiene sia cert.pem che key.pem.</translation>
    </message>
    <message>
        <source>The compute names no AKS cluster to read the certificate from.</source>
        <translation>La risorsa di calcolo non indica alcun cluster AKS da cui leggere il certificato.</translation>
    </message>
    <message>
        <source>Cannot read the credentials of the AKS cluster %1: %2</source>
        <translation>Impossibile leggere le credenziali del cluster AKS %1: %2</translation>
    </message>
    <message>
        <source>The service returned no kubeconfig for the AKS cluster %1.</source>
        <translation>Il servizio non ha restituito alcun kubeconfig per il cluster AKS %1.</translation>
    </message>
</context>
<context>
    <name>cw::rules::AksResourceId</name>
    <message>
        <source>Enter the cluster&apos;s resource ID, like %1.</source>
        <translation>Immettere l&apos;ID risorsa del cluster, ad esempio %1.</translation>
    </message>
    <message>
        <source>The resource ID is too long; paste only the ID.</source>
        <translation>L&apos;ID risorsa è troppo lungo; incollare solo l&apos;ID.</translation>
    </message>
    <message>
        <source>Paste the resource ID only (without host or query), like %1.</source>
        <translation>Incollare solo l&apos;ID risorsa (senza host né query), ad esempio %1.</translation>
    </message>
    <message>
        <source>A resource ID starts with &quot;/subscriptions/&quot;; expected %1.</source>
        <translation>Un ID risorsa inizia con &quot;/subscriptions/&quot;; previsto %1.</translation>
    </message>
    <message>
        <source>The resource ID has an empty segment (&quot;//&quot;); expected %1.</source>
        <translation>L&apos;ID risorsa contiene un segmento vuoto (&quot;//&quot;); previsto %1.</translation>
    </message>
    <message>
        <source>Remove the spaces inside the resource ID.</source>
        <translation>Rimuovere gli spazi all&apos;interno dell&apos;ID risorsa.</translation>
    </message>
    <message>
        <source>The resource ID does not have the expected form %1.</source>
        <translation>L&apos;ID risorsa non ha il formato previsto %1.</translation>
    </message>
    <message>
        <source>&quot;%1/%2&quot; is not an AKS cluster; the ID must name Microsoft.ContainerService/managedClusters.</source>
        <translation>&quot;%1/%2&quot; non è un cluster AKS; l&apos;ID deve indicare Microsoft.ContainerService/managedClusters.</translation>
    </message>
    <message>
        <source>The ID names a child resource; remove everything after the cluster name &quot;%1&quot;.</source>
        <translation>L&apos;ID indica una risorsa figlio; rimuovere tutto ciò che segue il nome del cluster &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subscription ID; it must be a GUID such as 00000000-0000-0000-0000-000000000000.</source>
        <translation>&quot;%1&quot; non è un ID sottoscrizione; deve essere un GUID come 00000000-0000-0000-0000-000000000000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid resource group name.</source>
        <translation>&quot;%1&quot; non è un nome di gruppo di risorse valido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid AKS cluster name (1-63 letters, digits, hyphens or underscores, starting and ending with a letter or digit).</source>
        <translation>&quot;%1&quot; non è un nome di cluster AKS valido (da 1 a 63 lettere, cifre, trattini o caratteri di sottolineatura, che inizia e termina con una lettera o una cifra).</translation>
    </message>
</context>
<context>
    <name>cw::rules::AttachRules</name>
    <message>
        <source>The cluster is in subscription %1 but the workspace is in %2. Attach a cluster from the workspace&apos;s subscription.</source>
        <translation>Il cluster si trova nella sottoscrizione %1, ma l&apos;area di lavoro si trova in %2. Collegare un cluster della sottoscrizione dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>The cluster is already attached as &quot;%1&quot;. To change its settings, detach it first, then attach it again.</source>
        <translation>Il cluster è già collegato come &quot;%1&quot;. Per modificarne le impostazioni, scollegarlo e poi collegarlo di nuovo.</translation>
    </message>
    <message>
        <source>The cluster is already attached to this workspace as &quot;%1&quot;; a second attachment would break it. Use &quot;%1&quot;, or detach it first.</source>
        <translation>Il cluster è già collegato a questa area di lavoro come &quot;%1&quot;; un secondo collegamento lo danneggerebbe. Usare &quot;%1&quot; oppure scollegarlo prima.</translation>
    </message>
</context>
<context>
    <name>cw::rules::ExtensionRules</name>
    <message>
        <source>%1 Otherwise the extension fails to install with %2.</source>
        <translation>%1 Altrimenti l&apos;installazione dell&apos;estensione fallisce con %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds key material: pass it as a protected setting (--config-protected), not as a plain setting, which anyone who can read the cluster sees.</source>
        <translation>&quot;%1&quot; contiene materiale di chiave: passalo come impostazione protetta (--config-protected), non come impostazione normale, che chiunque possa leggere il cluster vede.</translation>
    </message>
    <message>
        <source>The extension does not know the setting &quot;%1&quot; and ignores it. Known settings: %2.</source>
        <translation>L&apos;estensione non conosce l&apos;impostazione &quot;%1&quot; e la ignora. Impostazioni note: %2.</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;? Setting names are case-sensitive.</source>
        <translation>Intendevi &quot;%1&quot;? I nomi delle impostazioni distinguono maiuscole e minuscole.</translation>
    </message>
    <message>
        <source>The extension does not know the protected setting &quot;%1&quot; and ignores it. Known protected settings: %2.</source>
        <translation>L&apos;estensione non conosce l&apos;impostazione protetta &quot;%1&quot; e la ignora. Impostazioni protette note: %2.</translation>
    </message>
    <message>
        <source>Set %1 to True or False; &quot;%2&quot; is not a value the extension understands.</source>
        <translation>Imposta %1 a True o False; &quot;%2&quot; non è un valore che l&apos;estensione comprende.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Kubernetes label name: use [prefix/]name, the name at most 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit (e.g. nodeSelector.agentpool).</source>
        <translation>&quot;%1&quot; non è un nome di etichetta Kubernetes valido: usa [prefisso/]nome, con il nome di al massimo 63 lettere, cifre, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;, che inizi e finisca con una lettera o una cifra (ad es. nodeSelector.agentpool).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid label value for %2: use at most 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit.</source>
        <translation>&quot;%1&quot; non è un valore di etichetta valido per %2: usa al massimo 63 lettere, cifre, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;, iniziando e finendo con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>With inference on, set inferenceRouterServiceType to loadBalancer, nodePort or clusterIP.</source>
        <translation>Con l&apos;inferenza attiva, imposta inferenceRouterServiceType a loadBalancer, nodePort o clusterIP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a router service type; use loadBalancer, nodePort or clusterIP (case-sensitive).</source>
        <translation>&quot;%1&quot; non è un tipo di servizio del router; usa loadBalancer, nodePort o clusterIP (con maiuscole e minuscole esatte).</translation>
    </message>
    <message>
        <source>The cluster&apos;s load balancer is %1, not standard: it cannot give the inference router a LoadBalancer service. Use nodePort or clusterIP, or move the cluster to a standard load balancer.</source>
        <translation>Il bilanciatore di carico del cluster è %1, non standard: non può fornire al router di inferenza un servizio LoadBalancer. Usa nodePort o clusterIP, oppure passa il cluster a un bilanciatore di carico standard.</translation>
    </message>
    <message>
        <source>The cluster is not an AKS cluster: make sure it provides services of type LoadBalancer, or use nodePort.</source>
        <translation>Il cluster non è un cluster AKS: assicurati che fornisca servizi di tipo LoadBalancer, oppure usa nodePort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an internal load balancer provider; the only one is azure.</source>
        <translation>&quot;%1&quot; non è un provider di bilanciamento del carico interno; l&apos;unico è azure.</translation>
    </message>
    <message>
        <source>An internal load balancer works only on AKS clusters; remove internalLoadBalancerProvider.</source>
        <translation>Un bilanciamento del carico interno funziona solo sui cluster AKS; rimuovi internalLoadBalancerProvider.</translation>
    </message>
    <message>
        <source>An internal load balancer needs inferenceRouterServiceType=loadBalancer; set it, or remove internalLoadBalancerProvider.</source>
        <translation>Un bilanciamento del carico interno richiede inferenceRouterServiceType=loadBalancer; impostalo, oppure rimuovi internalLoadBalancerProvider.</translation>
    </message>
    <message>
        <source>The inference router runs %1 replicas on different nodes (inferenceRouterHA is on unless set to False); Linux nodes in the cluster: %2. Set inferenceRouterHA=False for dev/test or scale to %1 nodes.</source>
        <translation>Il router di inferenza esegue %1 repliche su nodi diversi (inferenceRouterHA è attivo se non è impostato a False); nodi Linux nel cluster: %2. Imposta inferenceRouterHA=False per sviluppo/test o porta il cluster a %1 nodi.</translation>
    </message>
    <message>
        <source>The certificate and key were not analysed, so a mismatch would only show when the extension fails with E40007. Load them again.</source>
        <translation>Il certificato e la chiave non sono stati analizzati, quindi una mancata corrispondenza apparirebbe solo quando l&apos;estensione fallisce con E40007. Caricali di nuovo.</translation>
    </message>
    <message>
        <source>allowInsecureConnections=True: scoring is also accepted over plain HTTP, unencrypted. Set it to False to accept HTTPS only.</source>
        <translation>allowInsecureConnections=True: le richieste di scoring sono accettate anche in HTTP semplice, non cifrato. Impostalo a False per accettare solo HTTPS.</translation>
    </message>
    <message>
        <source>allowInsecureConnections=True without TLS: scoring requests and their keys travel over plain HTTP, unencrypted. Use it for dev/test only, or configure TLS (sslCname with a certificate) and set it to False.</source>
        <translation>allowInsecureConnections=True senza TLS: le richieste di scoring e le loro chiavi viaggiano in HTTP semplice, non cifrato. Usalo solo per sviluppo/test, oppure configura TLS (sslCname con un certificato) e impostalo a False.</translation>
    </message>
    <message>
        <source>The TLS settings need sslCname too: set it to the domain name clients use for scoring, or remove the TLS settings.</source>
        <translation>Le impostazioni TLS richiedono anche sslCname: impostalo al nome di dominio che i client usano per lo scoring, oppure rimuovi le impostazioni TLS.</translation>
    </message>
    <message>
        <source>Inference needs TLS unless allowInsecureConnections=True: set sslCname to the domain name clients use for scoring.</source>
        <translation>L&apos;inferenza richiede TLS a meno che allowInsecureConnections=True: imposta sslCname al nome di dominio che i client usano per lo scoring.</translation>
    </message>
    <message>
        <source>Give the certificate one way only: either sslSecret (a secret in the azureml namespace) or the protected sslCertPemFile and sslKeyPemFile, not both.</source>
        <translation>Fornisci il certificato in un solo modo: o sslSecret (un secret nel namespace azureml) o le impostazioni protette sslCertPemFile e sslKeyPemFile, non entrambi.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; must exist in the azureml namespace and hold cert.pem and key.pem for %2; it cannot be checked from here.</source>
        <translation>Il secret &quot;%1&quot; deve esistere nel namespace azureml e contenere cert.pem e key.pem per %2; da qui non può essere verificato.</translation>
    </message>
    <message>
        <source>Give both the certificate (sslCertPemFile) and its private key (sslKeyPemFile) as protected settings.</source>
        <translation>Fornisci sia il certificato (sslCertPemFile) sia la sua chiave privata (sslKeyPemFile) come impostazioni protette.</translation>
    </message>
    <message>
        <source>sslCname needs a certificate: give the certificate and key as the protected settings sslCertPemFile and sslKeyPemFile, name a secret with sslSecret, or remove sslCname.</source>
        <translation>sslCname richiede un certificato: fornisci certificato e chiave come impostazioni protette sslCertPemFile e sslKeyPemFile, indica un secret con sslSecret, oppure rimuovi sslCname.</translation>
    </message>
    <message>
        <source>Inference needs TLS unless allowInsecureConnections=True: give the certificate and key as the protected settings sslCertPemFile and sslKeyPemFile, or name a secret with sslSecret.</source>
        <translation>L&apos;inferenza richiede TLS a meno che allowInsecureConnections=True: fornisci certificato e chiave come impostazioni protette sslCertPemFile e sslKeyPemFile, oppure indica un secret con sslSecret.</translation>
    </message>
    <message>
        <source>Inference is off, so %1 have no effect. Set enableInference=True or remove them.</source>
        <translation>L&apos;inferenza è disattivata, quindi %1 non hanno effetto. Imposta enableInference=True oppure rimuovili.</translation>
    </message>
    <message>
        <source>Neither training nor inference is on: set enableInference=True (to deploy models) or enableTraining=True, or both.</source>
        <translation>Né il training né l&apos;inferenza sono attivi: imposta enableInference=True (per distribuire modelli) o enableTraining=True, o entrambi.</translation>
    </message>
</context>
<context>
    <name>cw::rules::KubernetesComputeRules</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memoria</translation>
    </message>
    <message>
        <source>Instance type %1: give a %2 request (e.g. %3).</source>
        <translation>Tipo di istanza %1: indica una richiesta di %2 (ad es. %3).</translation>
    </message>
    <message>
        <source>Instance type %1: &quot;%2&quot; is not a Kubernetes quantity for the %3 request (use e.g. 500m, 1, 1.5, 512Mi or 2Gi).</source>
        <translation>Tipo di istanza %1: &quot;%2&quot; non è una quantità Kubernetes per la richiesta di %3 (usa ad es. 500m, 1, 1.5, 512Mi o 2Gi).</translation>
    </message>
    <message>
        <source>Instance type %1: &quot;%2&quot; is not a Kubernetes quantity for the %3 limit (use e.g. 500m, 1, 1.5, 512Mi or 2Gi).</source>
        <translation>Tipo di istanza %1: &quot;%2&quot; non è una quantità Kubernetes per il limite di %3 (usa ad es. 500m, 1, 1.5, 512Mi o 2Gi).</translation>
    </message>
    <message>
        <source>Instance type %1: the %2 request %3 is above its limit %4; raise the limit or lower the request.</source>
        <translation>Tipo di istanza %1: la richiesta di %2 %3 supera il suo limite %4; alza il limite o abbassa la richiesta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not label=value with a valid Kubernetes label (e.g. agentpool=gpupool).</source>
        <translation>&quot;%1&quot; non è etichetta=valore con un&apos;etichetta Kubernetes valida (ad es. agentpool=gpupool).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid label value for %2: at most 63 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with a letter or digit.</source>
        <translation>&quot;%1&quot; non è un valore di etichetta valido per %2: al massimo 63 lettere, cifre, &apos;-&apos;, &apos;_&apos; o &apos;.&apos;, che iniziano e finiscono con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>Give the Kubernetes namespace the compute&apos;s workloads run in (usually default).</source>
        <translation>Indica lo spazio dei nomi Kubernetes in cui girano i carichi di lavoro del calcolo (di solito default).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kubernetes namespace name: at most 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation>&quot;%1&quot; non è un nome di spazio dei nomi Kubernetes: al massimo 63 lettere minuscole, cifre e &apos;-&apos;, che iniziano e finiscono con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>No instance types: the extension&apos;s own &quot;defaultinstancetype&quot; is used (requests 100m CPU and 2Gi memory, limits 2 CPUs and 2Gi).</source>
        <translation>Nessun tipo di istanza: si usa il &quot;defaultinstancetype&quot; dell&apos;estensione (richieste 100m di CPU e 2Gi di memoria, limiti 2 CPU e 2Gi).</translation>
    </message>
    <message>
        <source>in row %1</source>
        <translation>nella riga %1</translation>
    </message>
    <message>
        <source>Row %1: give the instance type a name.</source>
        <translation>Riga %1: dai un nome al tipo di istanza.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid instance type name: at most 63 lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit.</source>
        <translation>&quot;%1&quot; non è un nome valido per un tipo di istanza: al massimo 63 lettere minuscole, cifre e &apos;-&apos;, che iniziano e finiscono con una lettera o una cifra.</translation>
    </message>
    <message>
        <source>The instance type name %1 is used twice.</source>
        <translation>Il nome di tipo di istanza %1 è usato due volte.</translation>
    </message>
    <message>
        <source>Instance type %1: the GPU count must be a whole number (nvidia.com/gpu cannot be shared), not &quot;%2&quot;.</source>
        <translation>Tipo di istanza %1: il numero di GPU deve essere un intero (nvidia.com/gpu non si può condividere), non &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Instance type %1: %2</source>
        <translation>Tipo di istanza %1: %2</translation>
    </message>
    <message>
        <source>Choose which instance type is the default (used when a deployment names none).</source>
        <translation>Scegli quale tipo di istanza è il predefinito (usato quando una distribuzione non ne indica nessuno).</translation>
    </message>
    <message>
        <source>The default instance type %1 is not in the list.</source>
        <translation>Il tipo di istanza predefinito %1 non è nell&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>cw::rules::KubernetesVersions</name>
    <message>
        <source>The cluster&apos;s Kubernetes version is not known; it cannot be checked before attaching.</source>
        <translation>La versione di Kubernetes del cluster non è nota; non può essere verificata prima del collegamento.</translation>
    </message>
    <message>
        <source>The region&apos;s list of Kubernetes versions is not available; version %1 cannot be checked before attaching.</source>
        <translation>L&apos;elenco delle versioni di Kubernetes dell&apos;area non è disponibile; la versione %1 non può essere verificata prima del collegamento.</translation>
    </message>
    <message>
        <source>Kubernetes %1 is a preview version: it can be attached but comes without an SLA and is not recommended for production.</source>
        <translation>Kubernetes %1 è una versione di anteprima: può essere collegata, ma è priva di contratto di servizio e non è consigliata per la produzione.</translation>
    </message>
    <message>
        <source>Kubernetes %1 is supported.</source>
        <translation>Kubernetes %1 è supportato.</translation>
    </message>
    <message>
        <source>Kubernetes %1 is supported (minor version %2 is available in the region).</source>
        <translation>Kubernetes %1 è supportato (la versione secondaria %2 è disponibile nell&apos;area).</translation>
    </message>
    <message>
        <source>Kubernetes %1 belongs to a preview minor version: it can be attached but comes without an SLA.</source>
        <translation>Kubernetes %1 appartiene a una versione secondaria di anteprima: può essere collegata, ma è priva di contratto di servizio.</translation>
    </message>
    <message>
        <source>Kubernetes %1 is not supported in this region. Upgrade the cluster in AKS before attaching it.</source>
        <translation>Kubernetes %1 non è supportato in quest&apos;area. Aggiornare il cluster in AKS prima di collegarlo.</translation>
    </message>
    <message>
        <source>Kubernetes %1 is not supported; supported versions are between %2 and %3. Upgrade the cluster in AKS before attaching it.</source>
        <translation>Kubernetes %1 non è supportato; le versioni supportate sono comprese tra %2 e %3. Aggiornare il cluster in AKS prima di collegarlo.</translation>
    </message>
    <message>
        <source>The cluster&apos;s Kubernetes version &quot;%1&quot; cannot be read; it cannot be checked before attaching.</source>
        <translation>La versione di Kubernetes del cluster &quot;%1&quot; non è leggibile; non può essere verificata prima del collegamento.</translation>
    </message>
</context>
<context>
    <name>cw::rules::MigrationRules</name>
    <message>
        <source>&apos;%1&apos; is a compute of type %2; only a v1 AKS compute can be moved to v2.</source>
        <translation>&apos;%1&apos; è un compute di tipo %2; solo un compute AKS v1 può essere spostato su v2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in state %2; move it once it is Succeeded (fix or re-attach it first).</source>
        <translation>&apos;%1&apos; è nello stato %2; spostalo quando è Succeeded (prima correggilo o ricollegalo).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; serves a Microsoft certificate for the leaf domain %2, which the Azure ML extension cannot use (the domain is Microsoft&apos;s). Switch the v1 compute to your own certificate (update --cert-file/--key-file/--cname) or to HTTP first.</source>
        <translation>&apos;%1&apos; usa un certificato Microsoft per il dominio foglia %2, che l&apos;estensione Azure ML non può usare (il dominio è di Microsoft). Passa prima il compute v1 a un tuo certificato (update --cert-file/--key-file/--cname) o a HTTP.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; serves its own certificate but names no CNAME; the extension needs sslCname. Set the CNAME on the v1 compute first (update --cname).</source>
        <translation>&apos;%1&apos; usa un proprio certificato ma non indica nessun CNAME; l&apos;estensione richiede sslCname. Imposta prima il CNAME sul compute v1 (update --cname).</translation>
    </message>
    <message>
        <source>The cluster %1 has a %2 load balancer; the Azure ML extension&apos;s router needs a Standard one (the Basic load balancer was retired), otherwise it fails to install with E40001. Upgrade the cluster (az aks update --load-balancer-sku standard), then move it.</source>
        <translation>Il cluster %1 ha un load balancer %2; il router dell&apos;estensione Azure ML richiede uno Standard (il load balancer Basic è stato ritirato), altrimenti l&apos;installazione fallisce con E40001. Aggiorna il cluster (az aks update --load-balancer-sku standard), poi spostalo.</translation>
    </message>
</context>
<context>
    <name>cw::rules::NameRules</name>
    <message>
        <source>Enter a compute name of %1 to %2 characters.</source>
        <translation>Immettere un nome di calcolo di %1-%2 caratteri.</translation>
    </message>
    <message>
        <source>The name has %1 characters; use at least %2.</source>
        <translation>Il nome ha %1 caratteri; usarne almeno %2.</translation>
    </message>
    <message>
        <source>The name has %1 characters; shorten it to at most %2.</source>
        <translation>Il nome ha %1 caratteri; accorciarlo a non più di %2.</translation>
    </message>
    <message>
        <source>Remove the characters &quot;%1&quot;: only letters, digits and hyphens are allowed.</source>
        <translation>Rimuovere i caratteri &quot;%1&quot;: sono consentiti solo lettere, cifre e trattini.</translation>
    </message>
    <message>
        <source>Start the name with a letter (it starts with &quot;%1&quot;).</source>
        <translation>Il nome deve iniziare con una lettera (inizia con &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>End the name with a letter or a digit (it ends with &quot;%1&quot;).</source>
        <translation>Il nome deve terminare con una lettera o una cifra (termina con &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a reserved name; choose another one.</source>
        <translation>&quot;%1&quot; è un nome riservato; sceglierne un altro.</translation>
    </message>
    <message>
        <source>The workspace already has a compute named &quot;%1&quot;; choose another name (names are compared without regard to case).</source>
        <translation>L&apos;area di lavoro ha già un calcolo denominato &quot;%1&quot;; scegliere un altro nome (i nomi vengono confrontati senza distinzione tra maiuscole e minuscole).</translation>
    </message>
</context>
<context>
    <name>cw::rules::NetworkRules</name>
    <message>
        <source>The %1 &quot;%2&quot; is not valid: %3</source>
        <translation>%1 &quot;%2&quot; non valido: %3</translation>
    </message>
    <message>
        <source>virtual network name</source>
        <translation>nome della rete virtuale</translation>
    </message>
    <message>
        <source>virtual network resource group</source>
        <translation>gruppo di risorse della rete virtuale</translation>
    </message>
    <message>
        <source>subnet name</source>
        <translation>nome della subnet</translation>
    </message>
    <message>
        <source>service CIDR</source>
        <translation>CIDR del servizio</translation>
    </message>
    <message>
        <source>DNS service IP</source>
        <translation>IP del servizio DNS</translation>
    </message>
    <message>
        <source>docker bridge CIDR</source>
        <translation>CIDR del bridge Docker</translation>
    </message>
    <message>
        <source>Custom networking needs all six fields or none. Fill in: %1; or clear every networking field.</source>
        <translation>La rete personalizzata richiede tutti e sei i campi o nessuno. Compilare: %1; oppure cancellare tutti i campi di rete.</translation>
    </message>
    <message>
        <source>use 2-64 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with a letter, digit or underscore.</source>
        <translation>usare da 2 a 64 lettere, cifre, caratteri di sottolineatura, punti o trattini, iniziando con una lettera o una cifra e terminando con una lettera, una cifra o un carattere di sottolineatura.</translation>
    </message>
    <message>
        <source>resource group</source>
        <translation>gruppo di risorse</translation>
    </message>
    <message>
        <source>use up to 90 letters, digits, underscores, parentheses, hyphens or periods, not ending with a period.</source>
        <translation>usare fino a 90 lettere, cifre, caratteri di sottolineatura, parentesi, trattini o punti, senza terminare con un punto.</translation>
    </message>
    <message>
        <source>The service CIDR &quot;%1&quot; is not an IPv4 range; write it like 10.0.0.0/16.</source>
        <translation>Il CIDR del servizio &quot;%1&quot; non è un intervallo IPv4; scriverlo come 10.0.0.0/16.</translation>
    </message>
    <message>
        <source>The service CIDR &quot;%1&quot; has host bits set; write the range&apos;s network address: %2.</source>
        <translation>Il CIDR del servizio &quot;%1&quot; ha bit host impostati; scrivere l&apos;indirizzo di rete dell&apos;intervallo: %2.</translation>
    </message>
    <message>
        <source>The service CIDR /%1 leaves no room for cluster services; use a larger range such as /16.</source>
        <translation>Il CIDR del servizio /%1 non lascia spazio per i servizi del cluster; usare un intervallo più ampio, ad esempio /16.</translation>
    </message>
    <message>
        <source>The service CIDR overlaps %1, which AKS reserves; choose another private range such as 10.0.0.0/16.</source>
        <translation>Il CIDR del servizio si sovrappone a %1, riservato da AKS; scegliere un altro intervallo privato, ad esempio 10.0.0.0/16.</translation>
    </message>
    <message>
        <source>The docker bridge CIDR &quot;%1&quot; is not an IPv4 range; write it like 172.17.0.1/16.</source>
        <translation>Il CIDR del bridge Docker &quot;%1&quot; non è un intervallo IPv4; scriverlo come 172.17.0.1/16.</translation>
    </message>
    <message>
        <source>The DNS service IP &quot;%1&quot; is not an IPv4 address; write it like 10.0.0.10.</source>
        <translation>L&apos;IP del servizio DNS &quot;%1&quot; non è un indirizzo IPv4; scriverlo come 10.0.0.10.</translation>
    </message>
    <message>
        <source>The DNS service IP %1 is outside the service CIDR %2; pick an address inside it, for example %3.</source>
        <translation>L&apos;IP del servizio DNS %1 è esterno al CIDR del servizio %2; scegliere un indirizzo al suo interno, ad esempio %3.</translation>
    </message>
    <message>
        <source>The DNS service IP %1 is the network or broadcast address of %2; pick a host address such as %3.</source>
        <translation>L&apos;IP del servizio DNS %1 è l&apos;indirizzo di rete o di broadcast di %2; scegliere un indirizzo host, ad esempio %3.</translation>
    </message>
    <message>
        <source>The DNS service IP %1 is the first address of %2, which the Kubernetes API service uses; pick another, such as %3.</source>
        <translation>L&apos;IP del servizio DNS %1 è il primo indirizzo di %2, usato dal servizio API di Kubernetes; sceglierne un altro, ad esempio %3.</translation>
    </message>
    <message>
        <source>The docker bridge CIDR %1 overlaps the service CIDR %2; choose ranges that do not overlap (for example 172.17.0.1/16 and 10.0.0.0/16).</source>
        <translation>Il CIDR del bridge Docker %1 si sovrappone al CIDR del servizio %2; scegliere intervalli che non si sovrappongano (ad esempio 172.17.0.1/16 e 10.0.0.0/16).</translation>
    </message>
    <message>
        <source>The service CIDR %1 overlaps the subnet&apos;s range %2; choose a service CIDR outside the virtual network.</source>
        <translation>Il CIDR del servizio %1 si sovrappone all&apos;intervallo della subnet %2; scegliere un CIDR del servizio esterno alla rete virtuale.</translation>
    </message>
    <message>
        <source>The docker bridge CIDR %1 overlaps the subnet&apos;s range %2; choose a range outside the virtual network.</source>
        <translation>Il CIDR del bridge Docker %1 si sovrappone all&apos;intervallo della subnet %2; scegliere un intervallo esterno alla rete virtuale.</translation>
    </message>
</context>
<context>
    <name>cw::rules::Preflight</name>
    <message>
        <source>Compute name</source>
        <translation>Nome del calcolo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is valid and free in the workspace.</source>
        <translation>&quot;%1&quot; è valido e disponibile nell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>Change the compute name as described.</source>
        <translation>Modificare il nome del calcolo come indicato.</translation>
    </message>
    <message>
        <source>Dev-test purpose</source>
        <translation>Scopo sviluppo/test</translation>
    </message>
    <message>
        <source>A dev-test cluster is not suitable for production traffic, may increase inference time and has no fault tolerance.</source>
        <translation>Un cluster di sviluppo/test non è adatto al traffico di produzione, può aumentare il tempo di inferenza e non offre tolleranza di errore.</translation>
    </message>
    <message>
        <source>Choose the production purpose for production workloads.</source>
        <translation>Scegliere lo scopo di produzione per i carichi di lavoro di produzione.</translation>
    </message>
    <message>
        <source>Cluster purpose</source>
        <translation>Scopo del cluster</translation>
    </message>
    <message>
        <source>Production purpose (FastProd).</source>
        <translation>Scopo di produzione (FastProd).</translation>
    </message>
    <message>
        <source>TLS termination is off.</source>
        <translation>La terminazione TLS è disattivata.</translation>
    </message>
    <message>
        <source>A Microsoft certificate will be generated for %1.</source>
        <translation>Verrà generato un certificato Microsoft per %1.</translation>
    </message>
    <message>
        <source>Your certificate for %1 will be used.</source>
        <translation>Verrà usato il certificato dell&apos;utente per %1.</translation>
    </message>
    <message>
        <source>TLS and load balancer</source>
        <translation>TLS e bilanciamento del carico</translation>
    </message>
    <message>
        <source>Change the TLS or load balancer settings as described.</source>
        <translation>Modificare le impostazioni TLS o di bilanciamento del carico come indicato.</translation>
    </message>
    <message>
        <source>Policy on public IPs</source>
        <translation>Criteri sugli IP pubblici</translation>
    </message>
    <message>
        <source>No policy forbidding public IPs was reported.</source>
        <translation>Non è stato segnalato alcun criterio che vieti gli IP pubblici.</translation>
    </message>
    <message>
        <source>An Azure Policy forbids public IPs; creating the cluster fails because AKS needs a public IP for egress traffic.</source>
        <translation>Un criterio di Azure vieta gli IP pubblici; la creazione del cluster non riesce perché AKS richiede un IP pubblico per il traffico in uscita.</translation>
    </message>
    <message>
        <source>Ask for a policy exemption, or create the cluster in AKS with a user-defined route (outbound type userDefinedRouting through a firewall) and attach it.</source>
        <translation>Richiedere un&apos;esenzione dal criterio oppure creare il cluster in AKS con una route definita dall&apos;utente (tipo in uscita userDefinedRouting tramite un firewall) e collegarlo.</translation>
    </message>
    <message>
        <source>An Azure Policy forbids public IPs; a public scoring endpoint may be refused.</source>
        <translation>Un criterio di Azure vieta gli IP pubblici; un endpoint di assegnazione punteggi pubblico potrebbe essere rifiutato.</translation>
    </message>
    <message>
        <source>Use an internal load balancer (update the compute after attaching).</source>
        <translation>Usare un bilanciamento del carico interno (aggiornare il calcolo dopo il collegamento).</translation>
    </message>
    <message>
        <source>A policy forbids public IPs; the internal load balancer does not need one.</source>
        <translation>Un criterio vieta gli IP pubblici; il bilanciamento del carico interno non ne richiede uno.</translation>
    </message>
    <message>
        <source>API server authorized IP ranges</source>
        <translation>Intervalli IP autorizzati del server API</translation>
    </message>
    <message>
        <source>The API server accepts connections from any address.</source>
        <translation>Il server API accetta connessioni da qualsiasi indirizzo.</translation>
    </message>
    <message>
        <source>Add the AzureMachineLearning service tag&apos;s ranges (of both paired regions) to the cluster&apos;s authorized IP ranges in AKS.</source>
        <translation>Aggiungere gli intervalli del tag di servizio AzureMachineLearning (di entrambe le aree abbinate) agli intervalli IP autorizzati del cluster in AKS.</translation>
    </message>
    <message>
        <source>The API server only accepts %1; Azure ML&apos;s control plane must be among them, which cannot be verified here.</source>
        <translation>Il server API accetta solo %1; il piano di controllo di Azure ML deve essere compreso, ma non è possibile verificarlo qui.</translation>
    </message>
    <message>
        <source>The authorized ranges include Azure ML&apos;s control plane.</source>
        <translation>Gli intervalli autorizzati includono il piano di controllo di Azure ML.</translation>
    </message>
    <message numerus="yes">
        <source>The authorized ranges do not include %n of Azure ML&apos;s control-plane range(s), e.g. %1; inference pods cannot be deployed.</source>
        <translation>
            <numerusform>Gli intervalli autorizzati non includono %n intervallo del piano di controllo di Azure ML, ad es. %1; non è possibile distribuire i pod di inferenza.</numerusform>
            <numerusform>Gli intervalli autorizzati non includono %n intervalli del piano di controllo di Azure ML, ad es. %1; non è possibile distribuire i pod di inferenza.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster state</source>
        <translation>Stato del cluster</translation>
    </message>
    <message>
        <source>The cluster is stopped.</source>
        <translation>Il cluster è arrestato.</translation>
    </message>
    <message>
        <source>Start the cluster in AKS (az aks start), then attach it.</source>
        <translation>Avviare il cluster in AKS (az aks start), quindi collegarlo.</translation>
    </message>
    <message>
        <source>The cluster is provisioned and running.</source>
        <translation>Il cluster è sottoposto a provisioning ed è in esecuzione.</translation>
    </message>
    <message>
        <source>The cluster&apos;s provisioning state is Failed.</source>
        <translation>Lo stato di provisioning del cluster è Failed.</translation>
    </message>
    <message>
        <source>Repair the cluster in AKS before attaching it.</source>
        <translation>Riparare il cluster in AKS prima di collegarlo.</translation>
    </message>
    <message>
        <source>The cluster&apos;s provisioning state is %1.</source>
        <translation>Lo stato di provisioning del cluster è %1.</translation>
    </message>
    <message>
        <source>Wait until the cluster&apos;s operation finishes, then attach it.</source>
        <translation>Attendere il termine dell&apos;operazione del cluster, quindi collegarlo.</translation>
    </message>
    <message>
        <source>Kubernetes version</source>
        <translation>Versione di Kubernetes</translation>
    </message>
    <message>
        <source>Use a generally available version for production workloads.</source>
        <translation>Usare una versione disponibile a livello generale per i carichi di lavoro di produzione.</translation>
    </message>
    <message>
        <source>Upgrade the cluster in AKS (az aks upgrade) to a supported version.</source>
        <translation>Aggiornare il cluster in AKS (az aks upgrade) a una versione supportata.</translation>
    </message>
    <message>
        <source>Check the version with az aks get-versions before attaching.</source>
        <translation>Verificare la versione con az aks get-versions prima del collegamento.</translation>
    </message>
    <message>
        <source>vCPUs and node count</source>
        <translation>vCPU e numero di nodi</translation>
    </message>
    <message>
        <source>The vCPUs of %1 are not known; the cluster&apos;s capacity cannot be checked.</source>
        <translation>Le vCPU di %1 non sono note; impossibile verificare la capacità del cluster.</translation>
    </message>
    <message>
        <source>Make sure the cluster has at least 12 vCPUs and 3 nodes for production, 2 vCPUs for dev-test.</source>
        <translation>Assicurarsi che il cluster abbia almeno 12 vCPU e 3 nodi per la produzione, 2 vCPU per sviluppo/test.</translation>
    </message>
    <message>
        <source>Scale the cluster in AKS, or attach it with the dev-test purpose.</source>
        <translation>Ridimensionare il cluster in AKS oppure collegarlo con lo scopo sviluppo/test.</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Bilanciamento del carico</translation>
    </message>
    <message>
        <source>Authorized IP ranges work only with a Standard Load Balancer, but the cluster uses a Basic one.</source>
        <translation>Gli intervalli IP autorizzati funzionano solo con un Load Balancer Standard, ma il cluster ne usa uno Basic.</translation>
    </message>
    <message>
        <source>Recreate the cluster in AKS with a Standard Load Balancer.</source>
        <translation>Ricreare il cluster in AKS con un Load Balancer Standard.</translation>
    </message>
    <message>
        <source>Standard Load Balancer: such clusters can be attached (Azure ML cannot create them).</source>
        <translation>Load Balancer Standard: questi cluster possono essere collegati (Azure ML non può crearli).</translation>
    </message>
    <message>
        <source>The load balancer SKU was not reported.</source>
        <translation>Lo SKU del bilanciamento del carico non è stato segnalato.</translation>
    </message>
    <message>
        <source>Basic Load Balancer.</source>
        <translation>Load Balancer Basic.</translation>
    </message>
    <message>
        <source>Private cluster</source>
        <translation>Cluster privato</translation>
    </message>
    <message>
        <source>The API server is private (Private Link). Private clusters can be attached, but Azure ML must reach the API server.</source>
        <translation>Il server API è privato (Collegamento privato). I cluster privati possono essere collegati, ma Azure ML deve poter raggiungere il server API.</translation>
    </message>
    <message>
        <source>Make sure the workspace can reach the cluster&apos;s private network (same or peered virtual network, private DNS zone).</source>
        <translation>Assicurarsi che l&apos;area di lavoro possa raggiungere la rete privata del cluster (stessa rete virtuale o rete virtuale con peering, zona DNS privata).</translation>
    </message>
    <message>
        <source>The API server is public.</source>
        <translation>Il server API è pubblico.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>The cluster is in %1, the workspace in %2: attaching across regions is supported.</source>
        <translation>Il cluster si trova in %1, l&apos;area di lavoro in %2: il collegamento tra aree diverse è supportato.</translation>
    </message>
    <message>
        <source>Cluster resource ID</source>
        <translation>ID risorsa del cluster</translation>
    </message>
    <message>
        <source>Pick the cluster from the list or paste its ID.</source>
        <translation>Selezionare il cluster dall&apos;elenco o incollarne l&apos;ID.</translation>
    </message>
    <message>
        <source>Cluster %1 in resource group %2.</source>
        <translation>Cluster %1 nel gruppo di risorse %2.</translation>
    </message>
    <message>
        <source>Same subscription</source>
        <translation>Stessa sottoscrizione</translation>
    </message>
    <message>
        <source>The cluster is in the workspace&apos;s subscription.</source>
        <translation>Il cluster si trova nella sottoscrizione dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>Choose a cluster from the workspace&apos;s subscription.</source>
        <translation>Scegliere un cluster della sottoscrizione dell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>Existing attachment</source>
        <translation>Collegamento esistente</translation>
    </message>
    <message>
        <source>The cluster is not attached to this workspace yet.</source>
        <translation>Il cluster non è ancora collegato a questa area di lavoro.</translation>
    </message>
    <message>
        <source>Use the existing compute, or detach it first.</source>
        <translation>Usare il calcolo esistente oppure scollegarlo prima.</translation>
    </message>
    <message>
        <source>Cluster details</source>
        <translation>Dettagli del cluster</translation>
    </message>
    <message>
        <source>The cluster&apos;s details could not be read, so its version, size and network settings were not checked.</source>
        <translation>Impossibile leggere i dettagli del cluster, quindi versione, dimensioni e impostazioni di rete non sono stati verificati.</translation>
    </message>
    <message>
        <source>Check that you can read the cluster (Reader role), then run the preflight again.</source>
        <translation>Verificare di poter leggere il cluster (ruolo Lettore), quindi eseguire di nuovo i controlli preliminari.</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificato TLS</translation>
    </message>
    <message>
        <source>The certificate and key were not analysed.</source>
        <translation>Il certificato e la chiave non sono stati analizzati.</translation>
    </message>
    <message>
        <source>Load the certificate and key files again.</source>
        <translation>Caricare di nuovo i file del certificato e della chiave.</translation>
    </message>
    <message>
        <source>The certificate or key could not be read.</source>
        <translation>Impossibile leggere il certificato o la chiave.</translation>
    </message>
    <message>
        <source>Provide the certificate and the private key as PEM files.</source>
        <translation>Fornire il certificato e la chiave privata come file PEM.</translation>
    </message>
    <message>
        <source>The certificate and the key were read.</source>
        <translation>Il certificato e la chiave sono stati letti.</translation>
    </message>
    <message>
        <source>Key matches certificate</source>
        <translation>Corrispondenza tra chiave e certificato</translation>
    </message>
    <message>
        <source>The private key belongs to the certificate.</source>
        <translation>La chiave privata appartiene al certificato.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>La chiave privata non appartiene al certificato.</translation>
    </message>
    <message>
        <source>Choose the key file that was generated with this certificate.</source>
        <translation>Scegliere il file della chiave generato insieme a questo certificato.</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Validità del certificato</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation>Il certificato non è valido prima del %1.</translation>
    </message>
    <message>
        <source>Use a certificate that is already valid, or wait until then.</source>
        <translation>Usare un certificato già valido oppure attendere fino ad allora.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>Il certificato è scaduto il %1.</translation>
    </message>
    <message>
        <source>Renew the certificate and load the new one.</source>
        <translation>Rinnovare il certificato e caricare quello nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>Il certificato scade il %1, tra %n giorno.</numerusform>
            <numerusform>Il certificato scade il %1, tra %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew the certificate soon; updating it later needs a detach and re-attach.</source>
        <translation>Rinnovare presto il certificato; aggiornarlo in seguito richiede di scollegare e ricollegare il cluster.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Valido fino al %1.</translation>
    </message>
    <message>
        <source>Certificate covers the domain</source>
        <translation>Il certificato copre il dominio</translation>
    </message>
    <message>
        <source>The certificate covers %1.</source>
        <translation>Il certificato copre %1.</translation>
    </message>
    <message>
        <source>After the operation, point the DNS record of %1 at the scoring endpoint&apos;s IP address.</source>
        <translation>Al termine dell&apos;operazione, far puntare il record DNS di %1 all&apos;indirizzo IP dell&apos;endpoint di assegnazione punteggi.</translation>
    </message>
    <message>
        <source>Neither the certificate&apos;s subject alternative names nor its common name cover %1.</source>
        <translation>Né i nomi alternativi del soggetto né il nome comune del certificato coprono %1.</translation>
    </message>
    <message>
        <source>Use a certificate issued for %1, or change the domain name.</source>
        <translation>Usare un certificato rilasciato per %1 oppure modificare il nome di dominio.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Certificato autofirmato</translation>
    </message>
    <message>
        <source>The certificate is self-signed; clients will not trust it unless they are configured to.</source>
        <translation>Il certificato è autofirmato; i client non lo considereranno attendibile se non sono configurati per farlo.</translation>
    </message>
    <message>
        <source>Use a certificate from a certificate authority for production.</source>
        <translation>Per la produzione usare un certificato rilasciato da un&apos;autorità di certificazione.</translation>
    </message>
    <message>
        <source>AKS creation</source>
        <translation>Creazione AKS</translation>
    </message>
    <message>
        <source>The service refuses to create new AKS computes in this workspace.</source>
        <translation>Il servizio non consente di creare nuovi calcoli AKS in questa area di lavoro.</translation>
    </message>
    <message>
        <source>Create the cluster in AKS (portal, az aks create) and attach it.</source>
        <translation>Creare il cluster in AKS (portale, az aks create) e collegarlo.</translation>
    </message>
    <message>
        <source>The service did not report that AKS creation is disabled.</source>
        <translation>Il servizio non ha segnalato che la creazione AKS è disabilitata.</translation>
    </message>
    <message>
        <source>No region was chosen and the workspace&apos;s region is unknown.</source>
        <translation>Non è stata scelta alcuna area e l&apos;area dell&apos;area di lavoro non è nota.</translation>
    </message>
    <message>
        <source>Choose the region for the cluster.</source>
        <translation>Scegliere l&apos;area per il cluster.</translation>
    </message>
    <message>
        <source>The cluster will be created in %1.</source>
        <translation>Il cluster verrà creato in %1.</translation>
    </message>
    <message>
        <source>Add nodes, choose a VM size with more vCPUs, or choose the dev-test purpose.</source>
        <translation>Aggiungere nodi, scegliere dimensioni VM con più vCPU oppure scegliere lo scopo sviluppo/test.</translation>
    </message>
    <message>
        <source>GPU / FPGA nodes</source>
        <translation>Nodi GPU/FPGA</translation>
    </message>
    <message>
        <source>%1 is an accelerated size: node pools cannot be added later for deployments, so this choice is final.</source>
        <translation>%1 è una dimensione accelerata: non è possibile aggiungere pool di nodi in seguito per le distribuzioni, quindi questa scelta è definitiva.</translation>
    </message>
    <message>
        <source>Make sure this is the size your models need; the VM size cannot be changed after creation, only the node count.</source>
        <translation>Assicurarsi che siano le dimensioni richieste dai modelli; dopo la creazione non è possibile modificare le dimensioni VM, ma solo il numero di nodi.</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Default networking (no custom virtual network).</source>
        <translation>Rete predefinita (nessuna rete virtuale personalizzata).</translation>
    </message>
    <message>
        <source>The virtual network settings are consistent.</source>
        <translation>Le impostazioni della rete virtuale sono coerenti.</translation>
    </message>
    <message>
        <source>Correct the networking fields as described, or clear them all to use the default network.</source>
        <translation>Correggere i campi di rete come indicato oppure cancellarli tutti per usare la rete predefinita.</translation>
    </message>
    <message>
        <source>Cluster features</source>
        <translation>Funzionalità del cluster</translation>
    </message>
    <message>
        <source>A cluster created from Azure ML cannot have a Standard Load Balancer of your choice, a private API server or authorized IP ranges.</source>
        <translation>Un cluster creato da Azure ML non può avere un Load Balancer Standard a scelta, un server API privato o intervalli IP autorizzati.</translation>
    </message>
    <message>
        <source>If you need any of these, create the cluster in AKS first and attach it.</source>
        <translation>Se servono, creare prima il cluster in AKS e poi collegarlo.</translation>
    </message>
    <message>
        <source>The region&apos;s default version %1 will be used.</source>
        <translation>Verrà usata la versione predefinita dell&apos;area, %1.</translation>
    </message>
    <message>
        <source>The region&apos;s default version will be used.</source>
        <translation>Verrà usata la versione predefinita dell&apos;area.</translation>
    </message>
    <message>
        <source>Correct the certificate or key file and load it again.</source>
        <translation>Correggi il file del certificato o della chiave e caricalo di nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>%n Linux node(s) with %1 vCPUs in total.</source>
        <translation>
            <numerusform>%n nodo Linux con %1 vCPU in totale.</numerusform>
            <numerusform>%n nodi Linux con %1 vCPU in totale.</numerusform>
        </translation>
    </message>
    <message>
        <source>The subscription&apos;s regions could not be read, so %1 was not checked; Azure refuses a region it does not offer only after the request is sent.</source>
        <translation>Non è stato possibile leggere le aree della sottoscrizione, quindi %1 non è stata verificata; Azure rifiuta un&apos;area che non offre solo dopo l&apos;invio della richiesta.</translation>
    </message>
    <message>
        <source>Check the connection and run the checks again.</source>
        <translation>Controlla la connessione ed esegui di nuovo i controlli.</translation>
    </message>
    <message>
        <source>Choose one of the subscription&apos;s regions.</source>
        <translation>Scegli una delle aree della sottoscrizione.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) x %1 vCPUs (%2) = %3 vCPUs.</source>
        <translation>
            <numerusform>%n nodo x %1 vCPU (%2) = %3 vCPU.</numerusform>
            <numerusform>%n nodi x %1 vCPU (%2) = %3 vCPU.</numerusform>
        </translation>
    </message>
    <message>
        <source>Regional vCPU quota</source>
        <translation>Quota regionale di vCPU</translation>
    </message>
    <message>
        <source>%1: the cluster needs more vCPUs than the %2 left in %3.</source>
        <translation>%1: il cluster richiede più vCPU delle %2 rimaste in %3.</translation>
    </message>
    <message>
        <source>Use fewer or smaller nodes, another region, or ask for a higher quota (Subscriptions → Usage + quotas).</source>
        <translation>Usa nodi meno numerosi o più piccoli, un&apos;altra area o chiedi una quota più alta (Sottoscrizioni → Utilizzo + quote).</translation>
    </message>
    <message>
        <source>The region&apos;s VM sizes are not known, so the vCPUs of %1 and the cluster&apos;s capacity were not checked.</source>
        <translation>Le dimensioni VM dell&apos;area non sono note, quindi le vCPU di %1 e la capacità del cluster non sono state verificate.</translation>
    </message>
    <message>
        <source>The region&apos;s VM sizes could not be read (%1), so the vCPUs of %2 and the cluster&apos;s capacity were not checked.</source>
        <translation>Non è stato possibile leggere le dimensioni VM dell&apos;area (%1), quindi le vCPU di %2 e la capacità del cluster non sono state verificate.</translation>
    </message>
    <message>
        <source>Check the connection and run the checks again, or make sure the cluster has at least 12 vCPUs and 3 nodes for production, 2 vCPUs for dev-test.</source>
        <translation>Controlla la connessione ed esegui di nuovo i controlli, oppure assicurati che il cluster abbia almeno 12 vCPU e 3 nodi per la produzione, 2 vCPU per dev-test.</translation>
    </message>
    <message>
        <source>Check the connection and run the checks again; Azure refuses a size the region does not offer only after the request is sent.</source>
        <translation>Controlla la connessione ed esegui di nuovo i controlli; Azure rifiuta una dimensione che l&apos;area non offre solo dopo l&apos;invio della richiesta.</translation>
    </message>
</context>
<context>
    <name>cw::rules::QuotaRules</name>
    <message>
        <source>%1 in use + %2 for this cluster = %3 of %4 regional vCPUs</source>
        <translation>%1 in uso + %2 per questo cluster = %3 di %4 vCPU regionali</translation>
    </message>
</context>
<context>
    <name>cw::rules::RegionRules</name>
    <message>
        <source>Choose a region.</source>
        <translation>Scegli un&apos;area.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region of this subscription where a cluster can be created; choose one of the subscription&apos;s regions.</source>
        <translation>&quot;%1&quot; non è un&apos;area di questa sottoscrizione in cui si possa creare un cluster; scegli una delle aree della sottoscrizione.</translation>
    </message>
</context>
<context>
    <name>cw::rules::SizeRules</name>
    <message>
        <source>Choose at least one node.</source>
        <translation>Scegliere almeno un nodo.</translation>
    </message>
    <message>
        <source>A production cluster needs at least %1 nodes; it has %2. Add nodes or choose the dev-test purpose.</source>
        <translation>Un cluster di produzione richiede almeno %1 nodi; ne ha %2. Aggiungere nodi o scegliere lo scopo sviluppo/test.</translation>
    </message>
    <message>
        <source>A production cluster needs at least %1 vCPUs in total; it has %2. Add nodes, choose a larger VM size, or choose the dev-test purpose.</source>
        <translation>Un cluster di produzione richiede almeno %1 vCPU in totale; ne ha %2. Aggiungere nodi, scegliere dimensioni VM maggiori o scegliere lo scopo sviluppo/test.</translation>
    </message>
    <message>
        <source>A dev-test cluster needs at least %1 vCPUs in total; it has %2. Add a node or choose a larger VM size.</source>
        <translation>Un cluster di sviluppo/test richiede almeno %1 vCPU in totale; ne ha %2. Aggiungere un nodo o scegliere dimensioni VM maggiori.</translation>
    </message>
    <message>
        <source>Choose a VM size for the nodes.</source>
        <translation>Scegliere le dimensioni VM per i nodi.</translation>
    </message>
    <message>
        <source>The VM size &quot;%1&quot; is not in the region&apos;s list; the vCPU total cannot be checked. Pick a size from the list.</source>
        <translation>Le dimensioni VM &quot;%1&quot; non sono nell&apos;elenco dell&apos;area; impossibile verificare il totale delle vCPU. Scegliere dimensioni dall&apos;elenco.</translation>
    </message>
    <message>
        <source>With %1 (%2 vCPUs per node) choose at least %3 nodes.</source>
        <translation>Con %1 (%2 vCPU per nodo) scegliere almeno %3 nodi.</translation>
    </message>
    <message>
        <source>%1 has GPUs. GPU nodes must be chosen now: node pools cannot be added later for deployments.</source>
        <translation>%1 ha GPU. I nodi GPU devono essere scelti ora: non è possibile aggiungere pool di nodi in seguito per le distribuzioni.</translation>
    </message>
    <message>
        <source>%1 has FPGAs. FPGA nodes must be chosen now: node pools cannot be added later for deployments.</source>
        <translation>%1 ha FPGA. I nodi FPGA devono essere scelti ora: non è possibile aggiungere pool di nodi in seguito per le distribuzioni.</translation>
    </message>
    <message>
        <source>The region&apos;s VM sizes are not known, so the size &quot;%1&quot; and the vCPU total were not checked.</source>
        <translation>Le dimensioni VM dell&apos;area non sono note, quindi la dimensione &quot;%1&quot; e il totale di vCPU non sono stati verificati.</translation>
    </message>
    <message>
        <source>The region&apos;s VM sizes could not be read (%1), so the size &quot;%2&quot; and the vCPU total were not checked.</source>
        <translation>Non è stato possibile leggere le dimensioni VM dell&apos;area (%1), quindi la dimensione &quot;%2&quot; e il totale di vCPU non sono stati verificati.</translation>
    </message>
</context>
<context>
    <name>cw::rules::SubnetNameRules</name>
    <message>
        <source>The subnet name has %1 characters; Azure allows at most %2.</source>
        <translation>Il nome della subnet ha %1 caratteri; Azure ne consente al massimo %2.</translation>
    </message>
    <message>
        <source>space</source>
        <translation>spazio</translation>
    </message>
    <message>
        <source>The subnet name &quot;%1&quot; contains characters Azure does not allow (%2); use only letters, digits, underscores, periods and hyphens.</source>
        <translation>Il nome della subnet &quot;%1&quot; contiene caratteri che Azure non consente (%2); usa solo lettere, cifre, trattini bassi, punti e trattini.</translation>
    </message>
    <message>
        <source>The subnet name must start with a letter, digit or underscore, not &quot;%1&quot;.</source>
        <translation>Il nome della subnet deve iniziare con una lettera, una cifra o un trattino basso, non con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The subnet name must end with a letter, digit or underscore, not &quot;%1&quot;.</source>
        <translation>Il nome della subnet deve terminare con una lettera, una cifra o un trattino basso, non con &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>cw::rules::TlsRules</name>
    <message>
        <source>Enter a leaf domain label, for example &quot;contoso&quot;.</source>
        <translation>Immettere un&apos;etichetta di dominio foglia, ad esempio &quot;contoso&quot;.</translation>
    </message>
    <message>
        <source>The label has %1 characters; shorten it to at most %2 (six random characters are appended).</source>
        <translation>L&apos;etichetta ha %1 caratteri; accorciarla a non più di %2 (vengono aggiunti sei caratteri casuali).</translation>
    </message>
    <message>
        <source>Use only lower-case letters, digits and hyphens in the label (&quot;%1&quot; would be &quot;%2&quot; in lower case).</source>
        <translation>Usare solo lettere minuscole, cifre e trattini nell&apos;etichetta (&quot;%1&quot; in minuscolo sarebbe &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Start the label with a lower-case letter.</source>
        <translation>L&apos;etichetta deve iniziare con una lettera minuscola.</translation>
    </message>
    <message>
        <source>End the label with a letter or a digit, not a hyphen.</source>
        <translation>L&apos;etichetta deve terminare con una lettera o una cifra, non con un trattino.</translation>
    </message>
    <message>
        <source>Enter the domain name the certificate is for, for example www.contoso.com.</source>
        <translation>Immettere il nome di dominio a cui è destinato il certificato, ad esempio www.contoso.com.</translation>
    </message>
    <message>
        <source>Enter one concrete host name (such as www.contoso.com), not a wildcard; a wildcard certificate can still cover it.</source>
        <translation>Immettere un nome host specifico (ad esempio www.contoso.com), non un carattere jolly; un certificato con caratteri jolly può comunque coprirlo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name; use a fully qualified name such as www.contoso.com.</source>
        <translation>&quot;%1&quot; non è un nome host valido; usare un nome completo come www.contoso.com.</translation>
    </message>
    <message>
        <source>TLS termination is not supported with an internal load balancer. Turn TLS off or use a public IP load balancer.</source>
        <translation>La terminazione TLS non è supportata con un bilanciamento del carico interno. Disattivare TLS o usare un bilanciamento del carico con IP pubblico.</translation>
    </message>
    <message>
        <source>An internal load balancer needs a subnet: enter the name of the subnet that holds the cluster&apos;s nodes.</source>
        <translation>Un bilanciamento del carico interno richiede una subnet: immettere il nome della subnet che contiene i nodi del cluster.</translation>
    </message>
    <message>
        <source>The load balancer subnet is only used with an internal load balancer; it will be ignored.</source>
        <translation>La subnet del bilanciamento del carico viene usata solo con un bilanciamento del carico interno; verrà ignorata.</translation>
    </message>
    <message>
        <source>Choose the certificate file (PEM).</source>
        <translation>Scegliere il file del certificato (PEM).</translation>
    </message>
    <message>
        <source>The certificate is not PEM text (&quot;-----BEGIN CERTIFICATE-----&quot;); convert it to PEM.</source>
        <translation>Il certificato non è testo PEM (&quot;-----BEGIN CERTIFICATE-----&quot;); convertirlo in PEM.</translation>
    </message>
    <message>
        <source>Choose the private key file (PEM).</source>
        <translation>Scegliere il file della chiave privata (PEM).</translation>
    </message>
    <message>
        <source>The private key is not PEM text (&quot;-----BEGIN ... PRIVATE KEY-----&quot;); convert it to PEM.</source>
        <translation>La chiave privata non è testo PEM (&quot;-----BEGIN ... PRIVATE KEY-----&quot;); convertirla in PEM.</translation>
    </message>
</context>
<context>
    <name>cw::rules::V2ClusterRules</name>
    <message>
        <source>The cluster authenticates with a service principal; the Azure ML extension needs a managed identity. Switch the cluster to a managed identity (az aks update --enable-managed-identity), then check again.</source>
        <translation>Il cluster si autentica con un&apos;entità servizio; l&apos;estensione di Azure ML richiede un&apos;identità gestita. Passa il cluster a un&apos;identità gestita (az aks update --enable-managed-identity), poi verifica di nuovo.</translation>
    </message>
    <message>
        <source>The cluster reports neither a managed identity nor a service principal. Make sure it uses a managed identity: the Azure ML extension does not support service principals.</source>
        <translation>Il cluster non indica né un&apos;identità gestita né un&apos;entità servizio. Assicurati che usi un&apos;identità gestita: l&apos;estensione di Azure ML non supporta le entità servizio.</translation>
    </message>
    <message>
        <source>Local accounts are disabled on the cluster; the Azure ML extension needs them. Enable them (az aks update --enable-local-accounts), then check again.</source>
        <translation>Gli account locali sono disabilitati nel cluster; l&apos;estensione di Azure ML ne ha bisogno. Abilitali (az aks update --enable-local-accounts), poi verifica di nuovo.</translation>
    </message>
    <message>
        <source>The API server only accepts %1. Azure ML&apos;s control-plane ranges (the AzureMachineLearning service tag of the workspace&apos;s region) must be among them; this application cannot know those ranges, so check them yourself before installing.</source>
        <translation>Il server API accetta solo %1. Gli intervalli del piano di controllo di Azure ML (il tag di servizio AzureMachineLearning dell&apos;area geografica dell&apos;area di lavoro) devono esserci; questa applicazione non può conoscerli, quindi verificali tu prima dell&apos;installazione.</translation>
    </message>
    <message>
        <source>The cluster is in subscription %1 but the workspace is in %2. An AKS cluster must be in the workspace&apos;s subscription; for another subscription, connect it with Azure Arc and attach the Arc cluster, or use a workspace of subscription %1.</source>
        <translation>Il cluster è nella sottoscrizione %1 ma l&apos;area di lavoro è nella %2. Un cluster AKS deve essere nella sottoscrizione dell&apos;area di lavoro; per un&apos;altra sottoscrizione, collegalo con Azure Arc e collega il cluster Arc, oppure usa un&apos;area di lavoro della sottoscrizione %1.</translation>
    </message>
    <message>
        <source>The vCPUs and memory of %1 are not known, so the cluster&apos;s capacity (at least %2 vCPUs and %3 GB for production) was not checked.</source>
        <translation>vCPU e memoria di %1 non sono note, quindi la capacità del cluster (almeno %2 vCPU e %3 GB per la produzione) non è stata verificata.</translation>
    </message>
    <message>
        <source>The region&apos;s VM sizes could not be read (%1), so the capacity of %2 (at least %3 vCPUs and %4 GB for production) was not checked.</source>
        <translation>Non è stato possibile leggere le dimensioni di VM dell&apos;area (%1), quindi la capacità di %2 (almeno %3 vCPU e %4 GB per la produzione) non è stata verificata.</translation>
    </message>
    <message>
        <source>The cluster&apos;s Linux nodes have %1 vCPUs and %2 GB of memory in total; production needs at least %3 vCPUs and %4 GB.</source>
        <translation>I nodi Linux del cluster hanno in totale %1 vCPU e %2 GB di memoria; la produzione richiede almeno %3 vCPU e %4 GB.</translation>
    </message>
    <message>
        <source>Scale the node pool or choose a larger VM size in AKS, or choose the dev-test purpose.</source>
        <translation>Aumenta i nodi del pool o scegli una dimensione di VM più grande in AKS, oppure scegli lo scopo sviluppo/test.</translation>
    </message>
    <message>
        <source>Enough for dev/test; scale the cluster before using it for production.</source>
        <translation>Sufficiente per sviluppo/test; ridimensiona il cluster prima di usarlo in produzione.</translation>
    </message>
    <message>
        <source>The cluster&apos;s Kubernetes API was not read, so the v1 components (azureml-fe and friends) that fail the install with E45004/E45005 were not looked for. Get the cluster&apos;s credentials and check again.</source>
        <translation>L&apos;API Kubernetes del cluster non è stata letta, quindi i componenti v1 (azureml-fe e simili) che fanno fallire l&apos;installazione con E45004/E45005 non sono stati cercati. Ottieni le credenziali del cluster e verifica di nuovo.</translation>
    </message>
    <message>
        <source>Components of a v1 attach are still in the cluster (%1 of 8): %2. The extension fails to install with E45004/E45005 while they exist. Delete them (Move to v2 deletes exactly these).</source>
        <translation>Nel cluster restano ancora componenti di un collegamento v1 (%1 su 8): %2. L&apos;installazione dell&apos;estensione fallisce con E45004/E45005 finché esistono. Eliminali (Passa a v2 elimina esattamente questi).</translation>
    </message>
    <message>
        <source>The secret azuremlfessl holds the v1 TLS certificate and key: recover them first, deleting the secret deletes them.</source>
        <translation>Il secret azuremlfessl contiene il certificato TLS v1 e la sua chiave: recuperali prima, perché eliminare il secret li elimina.</translation>
    </message>
    <message>
        <source>The cluster is already attached as the Kubernetes compute %1. Use that compute, or detach it first.</source>
        <translation>Il cluster è già collegato come calcolo Kubernetes %1. Usa quel calcolo, oppure scollegalo prima.</translation>
    </message>
    <message>
        <source>The cluster is attached as the v1 compute %1 (type %2); a cluster can be attached as AKS or as Kubernetes, not both. Detach it first (Move to v2 does this, keeping the cluster).</source>
        <translation>Il cluster è collegato come calcolo v1 %1 (tipo %2); un cluster può essere collegato come AKS o come Kubernetes, non entrambi. Scollegalo prima (Passa a v2 lo fa, mantenendo il cluster).</translation>
    </message>
    <message>
        <source>The cluster already has an extension named %1 of type %2. Install the Azure ML extension under another name, or remove that extension first.</source>
        <translation>Il cluster ha già un&apos;estensione di nome %1 di tipo %2. Installa l&apos;estensione di Azure ML con un altro nome, oppure rimuovi prima quell&apos;estensione.</translation>
    </message>
    <message>
        <source>The Azure ML extension %1 (version %2) is installed and will be reused; its settings are updated only if you change them.</source>
        <translation>L&apos;estensione di Azure ML %1 (versione %2) è installata e verrà riutilizzata; le sue impostazioni vengono aggiornate solo se le cambi.</translation>
    </message>
    <message>
        <source>The Azure ML extension %1 failed to install.</source>
        <translation>L&apos;installazione dell&apos;estensione di Azure ML %1 non è riuscita.</translation>
    </message>
    <message>
        <source>The Azure ML extension %1 failed to install: %2.</source>
        <translation>L&apos;installazione dell&apos;estensione di Azure ML %1 non è riuscita: %2.</translation>
    </message>
    <message>
        <source>Fix the cause, then remove the extension and install it again (or update its settings).</source>
        <translation>Correggi la causa, poi rimuovi l&apos;estensione e installala di nuovo (o aggiornane le impostazioni).</translation>
    </message>
    <message>
        <source>The Azure ML extension %1 is in state %2. Wait until it finishes, then check again.</source>
        <translation>L&apos;estensione di Azure ML %1 è nello stato %2. Attendi che finisca, poi verifica di nuovo.</translation>
    </message>
</context>
<context>
    <name>cw::sandbox</name>
    <message>
        <source>Cannot read the sandbox endpoint file: %1</source>
        <translation>Impossibile leggere il file dell&apos;endpoint della sandbox: %1</translation>
    </message>
    <message>
        <source>The sandbox endpoint file %1 lacks baseUrl, caFile, tenantId or clientId.</source>
        <translation>Nel file dell&apos;endpoint della sandbox %1 manca baseUrl, caFile, tenantId o clientId.</translation>
    </message>
    <message>
        <source>The sandbox endpoint file %1 holds no ready line ({&quot;event&quot;:&quot;ready&quot;,...}).</source>
        <translation>Il file dell&apos;endpoint della sandbox %1 non contiene alcuna riga ready ({&quot;event&quot;:&quot;ready&quot;,...}).</translation>
    </message>
</context>
<context>
    <name>cw::secrets</name>
    <message>
        <source>Cannot open the HTTP trace file %1: %2</source>
        <translation>Impossibile aprire il file di traccia HTTP %1: %2</translation>
    </message>
    <message>
        <source>The keychain refused the operation: %1</source>
        <translation>Il portachiavi ha rifiutato l&apos;operazione: %1</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so sign-in secrets are kept in memory for this session only and you will have to sign in again next time.</source>
        <translation>In questo sistema non è disponibile alcun portachiavi, quindi i segreti di accesso vengono conservati in memoria solo per questa sessione e la prossima volta sarà necessario accedere di nuovo.</translation>
    </message>
    <message>
        <source>Secrets are kept for this session only.</source>
        <translation>I segreti vengono conservati solo per questa sessione.</translation>
    </message>
    <message>
        <source>it is not a regular file.</source>
        <translation>non è un file regolare.</translation>
    </message>
    <message>
        <source>nothing could be written.</source>
        <translation>non è stato possibile scrivere nulla.</translation>
    </message>
    <message>
        <source>%1 has no keychain entry point</source>
        <translation>%1 non ha il punto di ingresso del portachiavi</translation>
    </message>
    <message>
        <source>no keychain module to load</source>
        <translation>nessun modulo del portachiavi da caricare</translation>
    </message>
</context>
<context>
    <name>cw::session::SandboxLauncher</name>
    <message>
        <source>the clusterwright-sandbox program was not found next to %1</source>
        <translation>il programma clusterwright-sandbox non è stato trovato accanto a %1</translation>
    </message>
    <message>
        <source>could not run %1: %2</source>
        <translation>impossibile eseguire %1: %2</translation>
    </message>
    <message>
        <source>it did not become ready within %1 s</source>
        <translation>non è diventata pronta entro %1 s</translation>
    </message>
    <message>
        <source>killed by signal %1 (%2)</source>
        <translation>terminata dal segnale %1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>uscita con codice %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cw::session::Session</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>cw::session::SilentSignIn</name>
    <message>
        <source>The sandbox needs no sign-in.</source>
        <translation>La sandbox non richiede l&apos;accesso.</translation>
    </message>
    <message>
        <source>Your Azure sign-in has expired. Sign in again.</source>
        <translation>L&apos;accesso ad Azure è scaduto. Accedere di nuovo.</translation>
    </message>
    <message>
        <source>No keychain holds the client secret. Sign in again.</source>
        <translation>Nessun portachiavi contiene il segreto client. Accedere di nuovo.</translation>
    </message>
    <message>
        <source>The client secret is not in the keychain (%1). Sign in again.</source>
        <translation>Il segreto client non è nel portachiavi (%1). Accedere di nuovo.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>non trovato</translation>
    </message>
</context>
<context>
    <name>cw::session::V2ClusterFactsJob</name>
    <message>
        <source>Not signed in</source>
        <translation>Accesso non eseguito</translation>
    </message>
    <message>
        <source>Cannot read the workspace</source>
        <translation>Impossibile leggere l&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Cannot list the workspace&apos;s computes</source>
        <translation>Impossibile elencare i calcoli dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>the extensions on the cluster could not be read: %1</source>
        <translation>non è stato possibile leggere le estensioni del cluster: %1</translation>
    </message>
    <message>
        <source>Cannot read the AKS cluster</source>
        <translation>Impossibile leggere il cluster AKS</translation>
    </message>
    <message>
        <source>the region&apos;s VM sizes could not be read: %1</source>
        <translation>non è stato possibile leggere le dimensioni di VM dell&apos;area geografica: %1</translation>
    </message>
    <message>
        <source>the cluster&apos;s Kubernetes API could not be read: %1</source>
        <translation>non è stato possibile leggere l&apos;API Kubernetes del cluster: %1</translation>
    </message>
    <message>
        <source>the service returned no kubeconfig.</source>
        <translation>il servizio non ha restituito alcun kubeconfig.</translation>
    </message>
    <message>
        <source>the lookup was cancelled.</source>
        <translation>la ricerca è stata annullata.</translation>
    </message>
</context>
<context>
    <name>cw::tls</name>
    <message>
        <source>The secret is %1 KiB; a TLS secret is a few KiB. It is not the azuremlfessl secret.</source>
        <translation>Il segreto è di %1 KiB; un segreto TLS è di pochi KiB. Non è il segreto azuremlfessl.</translation>
    </message>
    <message>
        <source>The secret is not a JSON object as the Kubernetes API returns it.</source>
        <translation>Il segreto non è un oggetto JSON come quello restituito dall&apos;API di Kubernetes.</translation>
    </message>
    <message>
        <source>The object is a &quot;%1&quot;, not a Secret.</source>
        <translation>L&apos;oggetto è un &quot;%1&quot;, non un Secret.</translation>
    </message>
    <message>
        <source>The secret has no data: the TLS material is missing from the cluster.</source>
        <translation>Il segreto non contiene dati: il materiale TLS manca dal cluster.</translation>
    </message>
    <message>
        <source>The secret has no valid &quot;cert.pem&quot; entry.</source>
        <translation>Il segreto non ha una voce &quot;cert.pem&quot; valida.</translation>
    </message>
    <message>
        <source>The secret has no valid &quot;key.pem&quot; entry.</source>
        <translation>Il segreto non ha una voce &quot;key.pem&quot; valida.</translation>
    </message>
    <message>
        <source>The secret&apos;s entries are not PEM certificate and key.</source>
        <translation>Le voci del segreto non sono un certificato e una chiave PEM.</translation>
    </message>
    <message>
        <source>There is no certificate and key to save.</source>
        <translation>Non ci sono certificato e chiave da salvare.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another folder or allow replacing it.</source>
        <translation>%1 esiste già; scegliere un&apos;altra cartella o consentirne la sostituzione.</translation>
    </message>
    <message>
        <source>Saved the certificate to %1 and the private key (readable only by you) to %2.</source>
        <translation>Certificato salvato in %1 e chiave privata (leggibile solo dall&apos;utente) in %2.</translation>
    </message>
    <message>
        <source>Certificate %1 in the file is damaged: its content is not a valid X.509 certificate.</source>
        <translation>Il certificato %1 nel file è danneggiato: il contenuto non è un certificato X.509 valido.</translation>
    </message>
    <message>
        <source>This file holds %1, not a certificate. Choose the certificate file (cert.pem).</source>
        <translation>Questo file contiene %1, non un certificato. Scegliere il file del certificato (cert.pem).</translation>
    </message>
    <message>
        <source>Enter the CNAME the scoring endpoint will be reached under.</source>
        <translation>Immettere il CNAME con cui verrà raggiunto l&apos;endpoint di assegnazione punteggi.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: clients reject it unless they are set up to trust it explicitly.</source>
        <translation>Il certificato è autofirmato: i client lo rifiutano a meno che non siano configurati esplicitamente per considerarlo attendibile.</translation>
    </message>
    <message>
        <source>The file holds no certificate of the issuer (%1). Unless the issuer is a root that clients trust, append the intermediate certificates to cert.pem.</source>
        <translation>Il file non contiene alcun certificato dell&apos;autorità emittente (%1). A meno che l&apos;emittente non sia una radice considerata attendibile dai client, aggiungere i certificati intermedi a cert.pem.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; clients refuse keys under 2048 bits.</source>
        <translation>La chiave RSA ha %1 bit; i client rifiutano le chiavi inferiori a 2048 bit.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate file holds %n certificate(s).</source>
        <translation>
            <numerusform>Il file del certificato contiene %n certificato.</numerusform>
            <numerusform>Il file del certificato contiene %n certificati.</numerusform>
        </translation>
    </message>
    <message>
        <source>The private key (%1) is readable.</source>
        <translation>La chiave privata (%1) è leggibile.</translation>
    </message>
    <message>
        <source>The private key belongs to the certificate.</source>
        <translation>La chiave privata appartiene al certificato.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate. Choose the key that was created together with this certificate.</source>
        <translation>La chiave privata non appartiene al certificato. Scegliere la chiave creata insieme a questo certificato.</translation>
    </message>
    <message>
        <source>RSA %1</source>
        <translation>RSA %1</translation>
    </message>
    <message>
        <source>EC %1</source>
        <translation>EC %1</translation>
    </message>
    <message>
        <source>EC %1 (%2)</source>
        <translation>EC %1 (%2)</translation>
    </message>
    <message>
        <source>DSA %1</source>
        <translation>DSA %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This is a PKCS#12 (.pfx/.p12) bundle, not a PEM file. Export the certificate and the key as PEM, e.g. &quot;openssl pkcs12 -in bundle.pfx -nokeys -out cert.pem&quot; and &quot;openssl pkcs12 -in bundle.pfx -nocerts -out key.pem&quot;.</source>
        <translation>Questo è un bundle PKCS#12 (.pfx/.p12), non un file PEM. Esportare il certificato e la chiave in formato PEM, ad es. &quot;openssl pkcs12 -in bundle.pfx -nokeys -out cert.pem&quot; e &quot;openssl pkcs12 -in bundle.pfx -nocerts -out key.pem&quot;.</translation>
    </message>
    <message>
        <source>This is a binary (DER) certificate; PEM text is needed. Convert it with &quot;openssl x509 -inform der -in cert.der -out cert.pem&quot;.</source>
        <translation>Questo è un certificato binario (DER); è necessario testo PEM. Convertirlo con &quot;openssl x509 -inform der -in cert.der -out cert.pem&quot;.</translation>
    </message>
    <message>
        <source>This is a binary (DER) private key; PEM text is needed. Convert it with &quot;openssl pkey -inform der -in key.der -out key.pem&quot;.</source>
        <translation>Questa è una chiave privata binaria (DER); è necessario testo PEM. Convertirla con &quot;openssl pkey -inform der -in key.der -out key.pem&quot;.</translation>
    </message>
    <message>
        <source>This is binary (DER-like) data, not PEM text. Certificates and keys must be PEM files starting with &quot;-----BEGIN&quot;.</source>
        <translation>Questi sono dati binari (simili a DER), non testo PEM. Certificati e chiavi devono essere file PEM che iniziano con &quot;-----BEGIN&quot;.</translation>
    </message>
    <message>
        <source>This is a binary file, not a PEM certificate or key.</source>
        <translation>Questo è un file binario, non un certificato o una chiave PEM.</translation>
    </message>
    <message>
        <source>No PEM certificate found: the text has no &quot;-----BEGIN CERTIFICATE-----&quot; block.</source>
        <translation>Nessun certificato PEM trovato: il testo non contiene un blocco &quot;-----BEGIN CERTIFICATE-----&quot;.</translation>
    </message>
    <message>
        <source>No PEM private key found: the text has no &quot;-----BEGIN ... PRIVATE KEY-----&quot; block.</source>
        <translation>Nessuna chiave privata PEM trovata: il testo non contiene un blocco &quot;-----BEGIN ... PRIVATE KEY-----&quot;.</translation>
    </message>
    <message>
        <source>a certificate</source>
        <translation>un certificato</translation>
    </message>
    <message>
        <source>a private key</source>
        <translation>una chiave privata</translation>
    </message>
    <message>
        <source>a public key</source>
        <translation>una chiave pubblica</translation>
    </message>
    <message>
        <source>a certificate signing request (CSR)</source>
        <translation>una richiesta di firma del certificato (CSR)</translation>
    </message>
    <message>
        <source>a certificate revocation list</source>
        <translation>un elenco di revoche di certificati</translation>
    </message>
    <message>
        <source>key parameters</source>
        <translation>parametri della chiave</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; block</source>
        <translation>un blocco &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The file is %1 KiB; certificate and key files are at most %2 KiB. Is this the right file?</source>
        <translation>Il file è di %1 KiB; i file di certificati e chiavi sono al massimo di %2 KiB. È il file corretto?</translation>
    </message>
    <message>
        <source>The certificate is empty.</source>
        <translation>Il certificato è vuoto.</translation>
    </message>
    <message>
        <source>The private key is empty.</source>
        <translation>La chiave privata è vuota.</translation>
    </message>
    <message>
        <source>A PEM block is damaged (missing END line or invalid base64 content). Use the original file, unmodified.</source>
        <translation>Un blocco PEM è danneggiato (riga END mancante o contenuto base64 non valido). Usare il file originale, senza modifiche.</translation>
    </message>
    <message>
        <source>The text mentions &quot;-----BEGIN&quot; but holds no complete PEM block.</source>
        <translation>Il testo contiene &quot;-----BEGIN&quot; ma nessun blocco PEM completo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>&quot;%1&quot; non è un nome host valido.</translation>
    </message>
    <message>
        <source>The certificate covers %1 through its common name (it has no DNS names).</source>
        <translation>Il certificato copre %1 tramite il nome comune (non ha nomi DNS).</translation>
    </message>
    <message>
        <source>The certificate covers %1 (as %2).</source>
        <translation>Il certificato copre %1 (come %2).</translation>
    </message>
    <message>
        <source>The certificate names no host at all, so it cannot cover %1.</source>
        <translation>Il certificato non indica alcun host, quindi non può coprire %1.</translation>
    </message>
    <message>
        <source>The certificate does not cover %1; it is valid for: %2. Use a certificate issued for %1 or change the CNAME.</source>
        <translation>Il certificato non copre %1; è valido per: %2. Usare un certificato rilasciato per %1 o modificare il CNAME.</translation>
    </message>
    <message>
        <source>The private key is encrypted. Enter its passphrase.</source>
        <translation>La chiave privata è crittografata. Immetterne la passphrase.</translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the private key. Check it and try again.</source>
        <translation>La passphrase non decrittografa la chiave privata. Verificarla e riprovare.</translation>
    </message>
    <message>
        <source>The private key is damaged: its content is not a valid key.</source>
        <translation>La chiave privata è danneggiata: il contenuto non è una chiave valida.</translation>
    </message>
    <message>
        <source>The private key&apos;s encryption asks for an excessive key-derivation effort. Re-encrypt it with &quot;openssl pkcs8 -topk8&quot;.</source>
        <translation>La crittografia della chiave privata richiede un lavoro di derivazione della chiave eccessivo. Crittografarla di nuovo con &quot;openssl pkcs8 -topk8&quot;.</translation>
    </message>
    <message>
        <source>The private key uses an encryption scheme this app cannot read. Re-encrypt it with &quot;openssl pkcs8 -topk8 -v2 aes-256-cbc&quot;.</source>
        <translation>La chiave privata usa uno schema di crittografia che questa app non può leggere. Crittografarla di nuovo con &quot;openssl pkcs8 -topk8 -v2 aes-256-cbc&quot;.</translation>
    </message>
    <message>
        <source>The private key uses an encryption this app cannot read. Convert it with &quot;openssl pkcs8 -topk8 -in key.pem -out key-pkcs8.pem&quot;.</source>
        <translation>La chiave privata usa una crittografia che questa app non può leggere. Convertirla con &quot;openssl pkcs8 -topk8 -in key.pem -out key-pkcs8.pem&quot;.</translation>
    </message>
    <message>
        <source>This is an OpenSSH private key. TLS needs a PEM key: convert a copy with &quot;ssh-keygen -p -m PEM -f key&quot;.</source>
        <translation>Questa è una chiave privata OpenSSH. TLS richiede una chiave PEM: convertirne una copia con &quot;ssh-keygen -p -m PEM -f key&quot;.</translation>
    </message>
    <message>
        <source>Unsupported private key format &quot;%1&quot;. Use an RSA or EC key in PEM (PKCS#8) format.</source>
        <translation>Formato di chiave privata &quot;%1&quot; non supportato. Usare una chiave RSA o EC in formato PEM (PKCS#8).</translation>
    </message>
    <message>
        <source>This file holds %1, not a private key. Choose the key file (key.pem).</source>
        <translation>Questo file contiene %1, non una chiave privata. Scegliere il file della chiave (key.pem).</translation>
    </message>
    <message>
        <source>This file holds %1 private keys; exactly one is expected.</source>
        <translation>Questo file contiene %1 chiavi private; ne è prevista esattamente una.</translation>
    </message>
    <message>
        <source>%1 keys are not supported for the scoring endpoint; use an RSA or EC key.</source>
        <translation>Le chiavi %1 non sono supportate per l&apos;endpoint di assegnazione punteggi; usare una chiave RSA o EC.</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity dates cannot be read.</source>
        <translation>Impossibile leggere le date di validità del certificato.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: it becomes valid on %1.</source>
        <translation>Il certificato non è ancora valido: diventa valido il %1.</translation>
    </message>
    <message>
        <source>The certificate expired on %1. Renew it before using it.</source>
        <translation>Il certificato è scaduto il %1. Rinnovarlo prima di usarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1. Plan its renewal.</source>
        <translation>
            <numerusform>Il certificato scade tra %n giorno, il %1. Pianificarne il rinnovo.</numerusform>
            <numerusform>Il certificato scade tra %n giorni, il %1. Pianificarne il rinnovo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is valid until %1.</source>
        <translation>Il certificato è valido fino al %1.</translation>
    </message>
    <message>
        <source>The certificate file also holds a private key, which would be sent as part of the certificate. Use a file with only the certificate and its chain, and give the key as the key file.</source>
        <translation>Il file del certificato contiene anche una chiave privata, che verrebbe inviata come parte del certificato. Usa un file con solo il certificato e la sua catena, e indica la chiave come file della chiave.</translation>
    </message>
    <message>
        <source>The certificate file lists %1 before the server certificate (%2). Put the server certificate first, then its intermediates.</source>
        <translation>Il file del certificato elenca %1 prima del certificato del server (%2). Metti prima il certificato del server, poi gli intermedi.</translation>
    </message>
</context>
<context>
    <name>cw::ui</name>
    <message>
        <source>The service reports errors:</source>
        <translation>Il servizio segnala errori:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Area di lavoro</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>Dimensioni VM</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodi</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>FQDN / CNAME</source>
        <translation>FQDN / CNAME</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Bilanciamento del carico</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Collegato</translation>
    </message>
    <message>
        <source>Created by the workspace</source>
        <translation>Creato dall&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Compute resource ID</source>
        <translation>ID risorsa del calcolo</translation>
    </message>
    <message>
        <source>AKS cluster</source>
        <translation>Cluster AKS</translation>
    </message>
    <message>
        <source>Kubernetes version</source>
        <translation>Versione di Kubernetes</translation>
    </message>
    <message>
        <source>Power state</source>
        <translation>Stato di alimentazione</translation>
    </message>
    <message>
        <source>Node pools</source>
        <translation>Pool di nodi</translation>
    </message>
    <message>
        <source>Private cluster</source>
        <translation>Cluster privato</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Authorized IP ranges</source>
        <translation>Intervalli IP autorizzati</translation>
    </message>
    <message>
        <source>Load balancer SKU</source>
        <translation>SKU del bilanciamento del carico</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>Server API</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificato TLS</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Soggetto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Autorità emittente</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Do not edit the cluster&apos;s azureml-fe YAML or its Kubernetes objects directly: the service overwrites them. Change settings with Re-attach to update or Switch load balancer.</source>
        <translation>Non modificare direttamente il file YAML azureml-fe del cluster o i relativi oggetti Kubernetes: il servizio li sovrascrive. Modificare le impostazioni con Ricollega per aggiornare o Cambia bilanciamento del carico.</translation>
    </message>
    <message>
        <source>Create a new AKS cluster named %1 in workspace %2 (resource group %3).</source>
        <translation>Crea un nuovo cluster AKS denominato %1 nell&apos;area di lavoro %2 (gruppo di risorse %3).</translation>
    </message>
    <message>
        <source>Attach an existing AKS cluster as %1 to workspace %2 (resource group %3).</source>
        <translation>Collega un cluster AKS esistente come %1 all&apos;area di lavoro %2 (gruppo di risorse %3).</translation>
    </message>
    <message>
        <source>Purpose: production.</source>
        <translation>Scopo: produzione.</translation>
    </message>
    <message>
        <source>Purpose: dev-test (no fault tolerance, not for production traffic).</source>
        <translation>Scopo: sviluppo/test (nessuna tolleranza di errore, non per il traffico di produzione).</translation>
    </message>
    <message>
        <source>Region: %1.</source>
        <translation>Area: %1.</translation>
    </message>
    <message>
        <source>Nodes: %1 × %2.</source>
        <translation>Nodi: %1 × %2.</translation>
    </message>
    <message>
        <source>Network: a new virtual network is created.</source>
        <translation>Rete: viene creata una nuova rete virtuale.</translation>
    </message>
    <message>
        <source>Network: subnet %1 of virtual network %2 (resource group %3); service CIDR %4, DNS service IP %5, docker bridge %6.</source>
        <translation>Rete: subnet %1 della rete virtuale %2 (gruppo di risorse %3); CIDR del servizio %4, IP del servizio DNS %5, bridge Docker %6.</translation>
    </message>
    <message>
        <source>Cluster: %1.</source>
        <translation>Cluster: %1.</translation>
    </message>
    <message>
        <source>Scoring endpoint: internal load balancer in subnet %1.</source>
        <translation>Endpoint di assegnazione punteggi: bilanciamento del carico interno nella subnet %1.</translation>
    </message>
    <message>
        <source>Scoring endpoint: public IP address.</source>
        <translation>Endpoint di assegnazione punteggi: indirizzo IP pubblico.</translation>
    </message>
    <message>
        <source>TLS: none (HTTP only).</source>
        <translation>TLS: nessuno (solo HTTP).</translation>
    </message>
    <message>
        <source>TLS: Microsoft certificate for %1%2.</source>
        <translation>TLS: certificato Microsoft per %1%2.</translation>
    </message>
    <message>
        <source> (overwriting an existing domain)</source>
        <translation> (sovrascrivendo un dominio esistente)</translation>
    </message>
    <message>
        <source>TLS: your certificate for %1.</source>
        <translation>TLS: certificato dell&apos;utente per %1.</translation>
    </message>
    <message>
        <source>Loading the AKS cluster&apos;s facts…</source>
        <translation>Caricamento delle informazioni sul cluster AKS…</translation>
    </message>
    <message>
        <source>The AKS cluster cannot be read: %1</source>
        <translation>Impossibile leggere il cluster AKS: %1</translation>
    </message>
    <message>
        <source>Upgrades available</source>
        <translation>Aggiornamenti disponibili</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Any (not restricted)</source>
        <translation>Qualsiasi (nessuna restrizione)</translation>
    </message>
    <message>
        <source>Reading the certificate from the cluster…</source>
        <translation>Lettura del certificato dal cluster…</translation>
    </message>
    <message>
        <source>The certificate cannot be read: %1</source>
        <translation>Impossibile leggere il certificato: %1</translation>
    </message>
    <message>
        <source>The certificate has expired: renew it (Renew/replace TLS certificate…).</source>
        <translation>Il certificato è scaduto: rinnovarlo (Rinnova/sostituisci certificato TLS…).</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s): renew it (Renew/replace TLS certificate…).</source>
        <translation>
            <numerusform>Il certificato scade tra %n giorno: rinnovarlo (Rinnova/sostituisci certificato TLS…).</numerusform>
            <numerusform>Il certificato scade tra %n giorni: rinnovarlo (Rinnova/sostituisci certificato TLS…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cluster first.</source>
        <translation>Selezionare prima un cluster.</translation>
    </message>
    <message>
        <source>The compute is not in the Succeeded state.</source>
        <translation>Il calcolo non è nello stato Succeeded.</translation>
    </message>
    <message>
        <source>TLS is not supported with an internal load balancer.</source>
        <translation>TLS non è supportato con un bilanciamento del carico interno.</translation>
    </message>
    <message>
        <source>The node pools of an attached cluster are scaled in AKS, not through the workspace.</source>
        <translation>I pool di nodi di un cluster collegato si ridimensionano in AKS, non tramite l&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>The service did not report the node count and size.</source>
        <translation>Il servizio non ha indicato il numero e le dimensioni dei nodi.</translation>
    </message>
    <message>
        <source>Load balancer subnet</source>
        <translation>Subnet del bilanciamento del carico</translation>
    </message>
    <message>
        <source>Scoring endpoint address</source>
        <translation>Indirizzo dell&apos;endpoint di scoring</translation>
    </message>
    <message>
        <source>An operation is running on this compute (%1); wait until it ends.</source>
        <translation>Un&apos;operazione è in corso su questo calcolo (%1); attendi che finisca.</translation>
    </message>
    <message>
        <source>The AKS cluster was attached, not created by the workspace: detach it instead.</source>
        <translation>Il cluster AKS è stato collegato, non creato dall&apos;area di lavoro: scollegalo invece.</translation>
    </message>
    <message>
        <source>The service is changing the compute (%1).</source>
        <translation>Il servizio sta modificando il calcolo (%1).</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Kubernetes compute</source>
        <translation>Compute Kubernetes</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Default instance type</source>
        <translation>Tipo di istanza predefinito</translation>
    </message>
    <message>
        <source>Instance types</source>
        <translation>Tipi di istanza</translation>
    </message>
    <message>
        <source>requests: %1</source>
        <translation>richieste: %1</translation>
    </message>
    <message>
        <source>limits: %1</source>
        <translation>limiti: %1</translation>
    </message>
    <message>
        <source>nodes: %1</source>
        <translation>nodi: %1</translation>
    </message>
    <message>
        <source>Instance type %1</source>
        <translation>Tipo di istanza %1</translation>
    </message>
    <message>
        <source>Reading the compute&apos;s instance types…</source>
        <translation>Lettura dei tipi di istanza del compute…</translation>
    </message>
    <message>
        <source>The compute cannot be read: %1</source>
        <translation>Impossibile leggere il compute: %1</translation>
    </message>
    <message>
        <source>Azure ML extension</source>
        <translation>Estensione Azure ML</translation>
    </message>
    <message>
        <source>Reading the Azure ML extension of the cluster…</source>
        <translation>Lettura dell&apos;estensione Azure ML del cluster…</translation>
    </message>
    <message>
        <source>The cluster&apos;s extensions cannot be read: %1</source>
        <translation>Impossibile leggere le estensioni del cluster: %1</translation>
    </message>
    <message>
        <source>No Azure ML extension is installed on the cluster: the compute cannot run deployments until it is installed.</source>
        <translation>Sul cluster non è installata alcuna estensione Azure ML: il compute non può eseguire distribuzioni finché non viene installata.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Release train</source>
        <translation>Canale di rilascio</translation>
    </message>
    <message>
        <source>Router service type</source>
        <translation>Tipo di servizio del router</translation>
    </message>
    <message>
        <source>Internal load balancer</source>
        <translation>Bilanciamento del carico interno</translation>
    </message>
    <message>
        <source>Off (HTTP allowed)</source>
        <translation>Disattivato (HTTP consentito)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>CNAME</source>
        <translation>CNAME</translation>
    </message>
    <message>
        <source>Router high availability</source>
        <translation>Alta disponibilità del router</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Stati</translation>
    </message>
    <message>
        <source>The extension failed to install: fix what its statuses say, then update or reinstall it.</source>
        <translation>L&apos;installazione dell&apos;estensione non è riuscita: correggi ciò che indicano i suoi stati, poi aggiornala o reinstallala.</translation>
    </message>
    <message>
        <source>Azure ML v1 (retired path)</source>
        <translation>Azure ML v1 (percorso dismesso)</translation>
    </message>
    <message>
        <source>This is an Azure ML v1 AKS compute. Azure ML SDK v1 support ended on 2026-06-30 (CLI v1 on 2025-09-30): it keeps running, but updates and new deployments go through Azure ML v2. Move to v2… recovers the certificate and key azureml-fe serves, detaches this compute (the cluster is kept), deletes the eight legacy azureml-fe components, installs the Azure ML extension with the same TLS, CNAME and load balancer choices and attaches the cluster as a Kubernetes compute.</source>
        <translation>Questo è un compute AKS di Azure ML v1. Il supporto dell&apos;SDK v1 di Azure ML è terminato il 2026-06-30 (la CLI v1 il 2025-09-30): continua a funzionare, ma aggiornamenti e nuove distribuzioni passano per Azure ML v2. Sposta su v2… recupera il certificato e la chiave serviti da azureml-fe, scollega questo compute (il cluster resta), elimina gli otto componenti legacy azureml-fe, installa l&apos;estensione Azure ML con le stesse scelte di TLS, CNAME e bilanciamento del carico e collega il cluster come compute Kubernetes.</translation>
    </message>
    <message>
        <source>Checking what moving to v2 needs…</source>
        <translation>Verifica di ciò che serve per spostarlo su v2…</translation>
    </message>
    <message>
        <source>What moving needs cannot be checked: %1</source>
        <translation>Impossibile verificare ciò che serve per lo spostamento: %1</translation>
    </message>
    <message>
        <source>Nothing blocks the move to v2.</source>
        <translation>Nulla impedisce lo spostamento su v2.</translation>
    </message>
    <message>
        <source>What moving to v2 needs first:</source>
        <translation>Cosa serve prima dello spostamento su v2:</translation>
    </message>
    <message>
        <source>Before moving to v2, note:</source>
        <translation>Prima dello spostamento su v2, nota:</translation>
    </message>
    <message>
        <source>Blocks:</source>
        <translation>Blocca:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Verifica:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kubernetes compute (Azure ML v2)</source>
        <translation>Compute Kubernetes (Azure ML v2)</translation>
    </message>
    <message>
        <source>AKS compute (Azure ML v1)</source>
        <translation>Compute AKS (Azure ML v1)</translation>
    </message>
    <message>
        <source>An Azure ML v2 Kubernetes compute is changed through the Azure ML extension, not this action.</source>
        <translation>Un compute Kubernetes di Azure ML v2 si modifica tramite l&apos;estensione Azure ML, non con questa azione.</translation>
    </message>
    <message>
        <source>The compute is an Azure ML v2 Kubernetes compute already.</source>
        <translation>Il compute è già un compute Kubernetes di Azure ML v2.</translation>
    </message>
    <message>
        <source>Attach an AKS cluster with Azure ML v2 as Kubernetes compute %1 to workspace %2 (resource group %3).</source>
        <translation>Collega un cluster AKS con Azure ML v2 come calcolo Kubernetes %1 all&apos;area di lavoro %2 (gruppo di risorse %3).</translation>
    </message>
    <message>
        <source>Azure ML extension: %1 is installed and reused as it is.</source>
        <translation>Estensione Azure ML: %1 è installata e viene riusata così com&apos;è.</translation>
    </message>
    <message>
        <source>Azure ML extension: install %1 with inference%2.</source>
        <translation>Estensione Azure ML: installa %1 con inferenza%2.</translation>
    </message>
    <message>
        <source> and training</source>
        <translation> e training</translation>
    </message>
    <message>
        <source>high availability on (3 replicas)</source>
        <translation>alta disponibilità attiva (3 repliche)</translation>
    </message>
    <message>
        <source>high availability off (1 replica)</source>
        <translation>alta disponibilità disattivata (1 replica)</translation>
    </message>
    <message>
        <source>Inference router: %1 on an internal load balancer, %2.</source>
        <translation>Router di inferenza: %1 su un bilanciamento del carico interno, %2.</translation>
    </message>
    <message>
        <source>Inference router: %1, %2.</source>
        <translation>Router di inferenza: %1, %2.</translation>
    </message>
    <message>
        <source>Scoring endpoint: HTTPS with your certificate for %1.</source>
        <translation>Endpoint di punteggio: HTTPS con il tuo certificato per %1.</translation>
    </message>
    <message>
        <source>Scoring endpoint: HTTP only (no TLS).</source>
        <translation>Endpoint di punteggio: solo HTTP (senza TLS).</translation>
    </message>
    <message>
        <source>Extension node selector: %1.</source>
        <translation>Selettore di nodi dell&apos;estensione: %1.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predefinito)</translation>
    </message>
    <message>
        <source>Namespace: %1; instance types: the extension&apos;s defaultinstancetype.</source>
        <translation>Spazio dei nomi: %1; tipi di istanza: il defaultinstancetype dell&apos;estensione.</translation>
    </message>
    <message>
        <source>Namespace: %1; instance types: %2.</source>
        <translation>Spazio dei nomi: %1; tipi di istanza: %2.</translation>
    </message>
</context>
<context>
    <name>cw::ui::AboutDialog</name>
    <message>
        <source>About Clusterwright</source>
        <translation>Informazioni su Clusterwright</translation>
    </message>
    <message>
        <source>Creates, attaches, inspects, updates, detaches and re-attaches Azure Kubernetes Service inference clusters of Azure Machine Learning workspaces.</source>
        <translation>Crea, collega, esamina, aggiorna, scollega e ricollega i cluster di inferenza del servizio Azure Kubernetes delle aree di lavoro di Azure Machine Learning.</translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation>Librerie e licenze</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Libreria</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Compilato con:</translation>
    </message>
</context>
<context>
    <name>cw::ui::BusySpinner</name>
    <message>
        <source>Loading</source>
        <translation>Caricamento in corso</translation>
    </message>
</context>
<context>
    <name>cw::ui::CertificateCard</name>
    <message>
        <source>Certificate</source>
        <translation>Certificato</translation>
    </message>
    <message>
        <source>Certificate checks</source>
        <translation>Controlli del certificato</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Soggetto:</translation>
    </message>
    <message>
        <source>Names (SAN):</source>
        <translation>Nomi (SAN):</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Autorità emittente:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validità:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Chiave:</translation>
    </message>
    <message>
        <source>CNAME:</source>
        <translation>CNAME:</translation>
    </message>
    <message>
        <source>Choose a certificate and its key to see what they contain.</source>
        <translation>Scegliere un certificato e la relativa chiave per visualizzarne il contenuto.</translation>
    </message>
    <message>
        <source>The certificate could not be read.</source>
        <translation>Impossibile leggere il certificato.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (autofirmato)</translation>
    </message>
    <message>
        <source>%1 to %2 — %3</source>
        <translation>dal %1 al %2 — %3</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non verificata</translation>
    </message>
    <message>
        <source>%1, matches the certificate</source>
        <translation>%1, corrisponde al certificato</translation>
    </message>
    <message>
        <source>does NOT match the certificate</source>
        <translation>NON corrisponde al certificato</translation>
    </message>
</context>
<context>
    <name>cw::ui::ClusterFactsLoader</name>
    <message>
        <source>%1 (preview)</source>
        <translation>%1 (anteprima)</translation>
    </message>
</context>
<context>
    <name>cw::ui::ClusterPage</name>
    <message>
        <source>&amp;Production</source>
        <translation>&amp;Produzione</translation>
    </message>
    <message>
        <source>&amp;Dev-test</source>
        <translation>&amp;Sviluppo/test</translation>
    </message>
    <message>
        <source>Pick the cluster</source>
        <translation>Selezionare il cluster</translation>
    </message>
    <message>
        <source>The cluster must be in the workspace&apos;s subscription and not attached under another name.</source>
        <translation>Il cluster deve trovarsi nella sottoscrizione dell&apos;area di lavoro e non deve essere collegato con un altro nome.</translation>
    </message>
    <message>
        <source>Search clusters</source>
        <translation>Cerca cluster</translation>
    </message>
    <message>
        <source>Search by name, resource group or region</source>
        <translation>Cerca per nome, gruppo di risorse o area</translation>
    </message>
    <message>
        <source>AKS clusters</source>
        <translation>Cluster AKS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Gruppo di risorse</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Nodes × size</source>
        <translation>Nodi × dimensioni</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Bilanciamento del carico</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privato</translation>
    </message>
    <message>
        <source>Authorized ranges</source>
        <translation>Intervalli autorizzati</translation>
    </message>
    <message>
        <source>Attached as</source>
        <translation>Collegato come</translation>
    </message>
    <message>
        <source>Cluster resource ID</source>
        <translation>ID risorsa del cluster</translation>
    </message>
    <message>
        <source>/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerService/managedClusters/…</source>
        <translation>/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerService/managedClusters/…</translation>
    </message>
    <message>
        <source>Compute name</source>
        <translation>Nome del calcolo</translation>
    </message>
    <message>
        <source>Production purpose</source>
        <translation>Scopo di produzione</translation>
    </message>
    <message>
        <source>Dev-test purpose</source>
        <translation>Scopo sviluppo/test</translation>
    </message>
    <message>
        <source>Checks of the selected cluster</source>
        <translation>Controlli del cluster selezionato</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>Or paste its resource &amp;ID:</source>
        <translation>Oppure incollarne l&apos;ID &amp;risorsa:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Scopo:</translation>
    </message>
    <message>
        <source>Could not load the clusters: %1</source>
        <translation>Impossibile caricare i cluster: %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Looking up the cluster…</source>
        <translation>Ricerca del cluster…</translation>
    </message>
    <message>
        <source>Could not read that cluster: %1</source>
        <translation>Impossibile leggere il cluster: %1</translation>
    </message>
    <message>
        <source>Found %1 in %2.</source>
        <translation>%1 trovato in %2.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Digitare un nome.</translation>
    </message>
    <message>
        <source>Compute na&amp;me:</source>
        <translation>No&amp;me del calcolo:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Pick the cluster in the table, or paste the resource ID of an existing AKS cluster.</source>
        <translation>Scegli il cluster nella tabella o incolla l&apos;ID risorsa di un cluster AKS esistente.</translation>
    </message>
    <message>
        <source>Select a cluster in the table or paste its resource ID to check it.</source>
        <translation>Seleziona un cluster nella tabella o incollane l&apos;ID risorsa per verificarlo.</translation>
    </message>
    <message>
        <source>Pick the cluster for Azure ML v2</source>
        <translation>Scegli il cluster per Azure ML v2</translation>
    </message>
    <message>
        <source>The Azure ML extension is installed on this cluster (or an installed one is reused), then the cluster is attached as a Kubernetes compute.</source>
        <translation>L&apos;estensione Azure ML viene installata su questo cluster (o se ne riusa una già installata), poi il cluster viene collegato come calcolo Kubernetes.</translation>
    </message>
    <message>
        <source>Azure ML v2 checks of the selected cluster</source>
        <translation>Controlli Azure ML v2 del cluster selezionato</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non controllato: %1</translation>
    </message>
    <message>
        <source>No Azure ML extension on this cluster: it is installed with the settings of the next page.</source>
        <translation>Nessuna estensione Azure ML su questo cluster: viene installata con le impostazioni della pagina successiva.</translation>
    </message>
    <message>
        <source>The Azure ML extension %1 (version %2) is installed and will be reused.</source>
        <translation>L&apos;estensione Azure ML %1 (versione %2) è installata e verrà riusata.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Azure ML extension %1 is %2.</source>
        <translation>L&apos;estensione Azure ML %1 è in stato %2.</translation>
    </message>
    <message>
        <source>Could not read the cluster&apos;s Azure ML v2 facts: %1</source>
        <translation>Impossibile leggere i dati Azure ML v2 del cluster: %1</translation>
    </message>
    <message>
        <source>Reading the cluster&apos;s extensions, identity, node pools and v1 leftovers…</source>
        <translation>Lettura di estensioni, identità, pool di nodi e residui v1 del cluster…</translation>
    </message>
</context>
<context>
    <name>cw::ui::ClustersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>VM size × nodes</source>
        <translation>Dimensioni VM × nodi</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>FQDN / CNAME</source>
        <translation>FQDN / CNAME</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Bilanciamento del carico</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Attached / created</source>
        <translation>Collegato / creato</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Area di lavoro</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>IP pubblico</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Collegato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>AKS v1</source>
        <translation>AKS v1</translation>
    </message>
    <message>
        <source>Kubernetes v2</source>
        <translation>Kubernetes v2</translation>
    </message>
</context>
<context>
    <name>cw::ui::ClustersView</name>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Area di lavoro</translation>
    </message>
    <message>
        <source>Filter clusters (name, state, size, region…)</source>
        <translation>Filtra cluster (nome, stato, dimensioni, area…)</translation>
    </message>
    <message>
        <source>Copy resource ID</source>
        <translation>Copia ID risorsa</translation>
    </message>
    <message>
        <source>Export kubeconfig…</source>
        <translation>Esporta kubeconfig…</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Area di lavoro:</translation>
    </message>
    <message>
        <source>Looking for workspaces…</source>
        <translation>Ricerca delle aree di lavoro…</translation>
    </message>
    <message>
        <source>Cannot list subscriptions: %1</source>
        <translation>Impossibile elencare le sottoscrizioni: %1</translation>
    </message>
    <message>
        <source>All workspaces (%1)</source>
        <translation>Tutte le aree di lavoro (%1)</translation>
    </message>
    <message>
        <source>No Azure Machine Learning workspace found.</source>
        <translation>Nessuna area di lavoro di Azure Machine Learning trovata.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s); refreshed %1.</source>
        <translation>
            <numerusform>%n cluster; ultimo aggiornamento alle %1.</numerusform>
            <numerusform>%n cluster; ultimo aggiornamento alle %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a cluster to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Selezionare un cluster per visualizzarne i dettagli.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open in Azure portal</source>
        <translation>Apri nel portale di Azure</translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig: %1</source>
        <translation>Impossibile leggere il kubeconfig: %1</translation>
    </message>
    <message>
        <source>The service&apos;s kubeconfig cannot be read: %1</source>
        <translation>Impossibile leggere il kubeconfig del servizio: %1</translation>
    </message>
    <message>
        <source>Loading live facts…</source>
        <translation>Caricamento delle informazioni aggiornate…</translation>
    </message>
    <message>
        <source>Move to v2…</source>
        <translation>Sposta su v2…</translation>
    </message>
    <message>
        <source>The workspace shown last time, %1, is not among the workspaces listed now (deleted, or no longer accessible with this sign-in).</source>
        <translation>L&apos;area di lavoro mostrata l&apos;ultima volta, %1, non è tra quelle elencate ora (eliminata, o non più accessibile con questo accesso).</translation>
    </message>
</context>
<context>
    <name>cw::ui::ComputeWizard</name>
    <message>
        <source>New inference cluster</source>
        <translation>Nuovo cluster di inferenza</translation>
    </message>
    <message>
        <source>New inference cluster wizard</source>
        <translation>Procedura guidata per il nuovo cluster di inferenza</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avanti &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConnectionController</name>
    <message>
        <source>Connect to &amp;Azure…</source>
        <translation>Connetti ad &amp;Azure…</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <translation>Usa la &amp;sandbox</translation>
    </message>
    <message>
        <source>Sign in to an Azure cloud and work on its workspaces</source>
        <translation>Accedere a un cloud di Azure e lavorare sulle sue aree di lavoro</translation>
    </message>
    <message>
        <source>Work on the local emulator of Azure</source>
        <translation>Lavorare sull&apos;emulatore locale di Azure</translation>
    </message>
    <message>
        <source>Sandbox unavailable: %1</source>
        <translation>Sandbox non disponibile: %1</translation>
    </message>
    <message>
        <source>Not signed in to Azure</source>
        <translation>Accesso ad Azure non eseguito</translation>
    </message>
    <message>
        <source>Clusterwright could not reconnect to Azure: %1</source>
        <translation>Clusterwright non è riuscito a riconnettersi ad Azure: %1</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>la sandbox</translation>
    </message>
    <message>
        <source>Sandbox: starting…</source>
        <translation>Sandbox: avvio…</translation>
    </message>
    <message>
        <source>Switch to %1?</source>
        <translation>Passare a %1?</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) are running. They pause while you work on %1 and resume when you come back; Azure goes on with them meanwhile.</source>
        <translation>
            <numerusform>%n operazione è in corso. Resta in pausa mentre si lavora su %1 e riprende al ritorno; nel frattempo Azure la porta avanti.</numerusform>
            <numerusform>%n operazioni sono in corso. Restano in pausa mentre si lavora su %1 e riprendono al ritorno; nel frattempo Azure le porta avanti.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation>&amp;Passa</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Resta</translation>
    </message>
    <message>
        <source>Sign &amp;out of Azure</source>
        <translation>Esci da &amp;Azure</translation>
    </message>
    <message>
        <source>Forget the stored Azure sign-in and go back to the sandbox</source>
        <translation>Dimentica l&apos;accesso ad Azure memorizzato e torna alla sandbox</translation>
    </message>
    <message>
        <source>&amp;Restart the sandbox</source>
        <translation>&amp;Riavvia la sandbox</translation>
    </message>
    <message>
        <source>Start the stopped sandbox again, with its computes and operations</source>
        <translation>Avvia di nuovo la sandbox fermata, con i suoi compute e le sue operazioni</translation>
    </message>
    <message>
        <source>The sandbox stopped (%1). Its operations are paused until you restart it.</source>
        <translation>La sandbox si è fermata (%1). Le sue operazioni sono in pausa finché non la riavvii.</translation>
    </message>
    <message>
        <source>Sandbox: restarting…</source>
        <translation>Sandbox: riavvio…</translation>
    </message>
</context>
<context>
    <name>cw::ui::CopyButton</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>C&amp;opia</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copia %1</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copia %1 negli Appunti</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>cw::ui::DeleteComputeDialog</name>
    <message>
        <source>Delete compute and cluster</source>
        <translation>Elimina calcolo e cluster</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos; and its AKS cluster</source>
        <translation>Elimina &apos;%1&apos; e il suo cluster AKS</translation>
    </message>
    <message>
        <source>the AKS cluster the workspace created</source>
        <translation>il cluster AKS creato dall&apos;area di lavoro</translation>
    </message>
    <message>
        <source>the AKS cluster &lt;b&gt;%1&lt;/b&gt; (resource group %2)</source>
        <translation>il cluster AKS &lt;b&gt;%1&lt;/b&gt; (gruppo di risorse %2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;This removes the compute &lt;b&gt;%1&lt;/b&gt; from the workspace and &lt;b&gt;deletes %2&lt;/b&gt; in Azure: its nodes, the models deployed on it and their scoring endpoints.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; To keep the cluster, use Detach… instead.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Questa operazione rimuove il calcolo &lt;b&gt;%1&lt;/b&gt; dall&apos;area di lavoro ed &lt;b&gt;elimina %2&lt;/b&gt; in Azure: i suoi nodi, i modelli distribuiti e i relativi endpoint di scoring.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Non si può annullare.&lt;/b&gt; Per mantenere il cluster, usa invece «Scollega…».&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cw::ui::DetachDialog</name>
    <message>
        <source>Detach &apos;%1&apos;</source>
        <translation>Scollega &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Detach &lt;b&gt;%1&lt;/b&gt; from the workspace &lt;b&gt;%2&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;The AKS cluster is &lt;b&gt;not deleted&lt;/b&gt;: it keeps running (and costing) in its resource group. The azureml-fe objects (deployment, service, the azuremlfessl secret) stay on the cluster; attach it again to use it from the workspace.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Scollegare &lt;b&gt;%1&lt;/b&gt; dall&apos;area di lavoro &lt;b&gt;%2&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Il cluster AKS &lt;b&gt;non viene eliminato&lt;/b&gt;: resta in esecuzione (e continua a generare costi) nel relativo gruppo di risorse. Gli oggetti azureml-fe (distribuzione, servizio, segreto azuremlfessl) restano nel cluster; collegarlo di nuovo per usarlo dall&apos;area di lavoro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save the TLS certificate and key first</source>
        <translation>Salvare prima il certificato e la chiave TLS</translation>
    </message>
    <message>
        <source>Save to folder…</source>
        <translation>Salva nella cartella…</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Scollega</translation>
    </message>
    <message>
        <source>Folder for cert.pem and key.pem</source>
        <translation>Cartella per cert.pem e key.pem</translation>
    </message>
    <message>
        <source>Reading the certificate from the cluster…</source>
        <translation>Lettura del certificato dal cluster…</translation>
    </message>
</context>
<context>
    <name>cw::ui::ExportKubeconfigDialog</name>
    <message>
        <source>Export kubeconfig of &apos;%1&apos;</source>
        <translation>Esporta il kubeconfig di &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Save as a new file (use it with kubectl --kubeconfig FILE)</source>
        <translation>Salva come nuovo file (usalo con kubectl --kubeconfig FILE)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Unisci in %1</translation>
    </message>
    <message>
        <source>Adds the compute&apos;s cluster, user and context; entries of the same name are replaced, everything else stays as it is. The previous file is kept as %1. Comments inside the file are not kept (those at its top are); the backup keeps them.</source>
        <translation>Aggiunge cluster, utente e contesto della compute; le voci con lo stesso nome vengono sostituite, tutto il resto rimane com&apos;è. Il file precedente è conservato come %1. I commenti all&apos;interno del file non vengono conservati (quelli in cima sì); la copia di sicurezza li conserva.</translation>
    </message>
    <message>
        <source>Make it the current context</source>
        <translation>Rendilo il contesto corrente</translation>
    </message>
    <message>
        <source>Reading the kubeconfig…</source>
        <translation>Lettura del kubeconfig…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>New kubeconfig file</source>
        <translation>Nuovo file kubeconfig</translation>
    </message>
    <message>
        <source>%1 already exists: choose another file name, or merge.</source>
        <translation>%1 esiste già: scegli un altro nome di file, oppure unisci.</translation>
    </message>
    <message>
        <source>Use it with: kubectl --kubeconfig %1 get nodes</source>
        <translation>Usalo con: kubectl --kubeconfig %1 get nodes</translation>
    </message>
</context>
<context>
    <name>cw::ui::FindingsList</name>
    <message>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correzione: %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::InstanceTypesEditor</name>
    <message>
        <source>&amp;Add instance type</source>
        <translation>&amp;Aggiungi tipo di istanza</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Instance types</source>
        <translation>Tipi di istanza</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>CPU request</source>
        <translation>Richiesta CPU</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>Limite CPU</translation>
    </message>
    <message>
        <source>Memory request</source>
        <translation>Richiesta memoria</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Limite memoria</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Node selector</source>
        <translation>Selettore di nodi</translation>
    </message>
    <message>
        <source>Quantities as Kubernetes writes them: 500m or 1.5 CPUs, 512Mi or 2Gi of memory. An empty limit is the request. Node selector: label=value, …</source>
        <translation>Quantità come le scrive Kubernetes: 500m o 1.5 CPU, 512Mi o 2Gi di memoria. Un limite vuoto è uguale alla richiesta. Selettore di nodi: etichetta=valore, …</translation>
    </message>
    <message>
        <source>Default instance type</source>
        <translation>Tipo di istanza predefinito</translation>
    </message>
    <message>
        <source>&amp;Default:</source>
        <translation>&amp;Predefinito:</translation>
    </message>
</context>
<context>
    <name>cw::ui::LoadBalancerDialog</name>
    <message>
        <source>Switch</source>
        <translation>Cambia</translation>
    </message>
    <message>
        <source>Switch the load balancer of &apos;%1&apos;</source>
        <translation>Cambia il bilanciamento del carico di &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The scoring endpoint of &lt;b&gt;%1&lt;/b&gt; is reached through a public IP or an internal load balancer in a subnet of the cluster&apos;s virtual network. The compute is updated in place.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;endpoint di assegnazione punteggi di &lt;b&gt;%1&lt;/b&gt; è raggiungibile tramite un IP pubblico o un bilanciamento del carico interno in una subnet della rete virtuale del cluster. Il calcolo viene aggiornato sul posto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Switch &apos;%1&apos; to an internal load balancer (subnet %2)</source>
        <translation>Passa &apos;%1&apos; a un bilanciamento del carico interno (subnet %2)</translation>
    </message>
    <message>
        <source>Switch &apos;%1&apos; to a public IP load balancer</source>
        <translation>Passa &apos;%1&apos; a un bilanciamento del carico con IP pubblico</translation>
    </message>
</context>
<context>
    <name>cw::ui::LoadBalancerEditor</name>
    <message>
        <source>&amp;Public IP address (reachable from the internet)</source>
        <translation>Indirizzo IP &amp;pubblico (raggiungibile da Internet)</translation>
    </message>
    <message>
        <source>&amp;Internal load balancer (private IP in the virtual network)</source>
        <translation>Bilanciamento del carico i&amp;nterno (IP privato nella rete virtuale)</translation>
    </message>
    <message>
        <source>Public load balancer</source>
        <translation>Bilanciamento del carico pubblico</translation>
    </message>
    <message>
        <source>Internal load balancer</source>
        <translation>Bilanciamento del carico interno</translation>
    </message>
    <message>
        <source>Load balancer subnet</source>
        <translation>Subnet del bilanciamento del carico</translation>
    </message>
    <message>
        <source>subnet name, e.g. default</source>
        <translation>nome della subnet, ad es. default</translation>
    </message>
    <message>
        <source>Subnet for the internal &amp;load balancer:</source>
        <translation>Subnet per il bi&amp;lanciamento del carico interno:</translation>
    </message>
</context>
<context>
    <name>cw::ui::LoadingPicker</name>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Retry loading %1</source>
        <translation>Riprova a caricare %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Caricamento di %1</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Impossibile caricare: %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::MainWindow</name>
    <message>
        <source>Clusterwright</source>
        <translation>Clusterwright</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>Sandbox (local emulator)</source>
        <translation>Sandbox (emulatore locale)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Clusterwright</source>
        <translation>&amp;Informazioni su Clusterwright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Clusterwright&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Clusterwright&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Azure Kubernetes Service inference clusters of your Azure Machine Learning workspaces: create, attach, inspect, update, detach and re-attach.</source>
        <translation>Cluster di inferenza del servizio Azure Kubernetes delle aree di lavoro di Azure Machine Learning: crearli, collegarli, esaminarli, aggiornarli, scollegarli e ricollegarli.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
</context>
<context>
    <name>cw::ui::ModePage</name>
    <message>
        <source>&amp;Create a new AKS cluster</source>
        <translation>&amp;Crea un nuovo cluster AKS</translation>
    </message>
    <message>
        <source>&amp;Attach an existing AKS cluster</source>
        <translation>C&amp;ollega un cluster AKS esistente</translation>
    </message>
    <message>
        <source>Create or attach</source>
        <translation>Crea o collega</translation>
    </message>
    <message>
        <source>An inference cluster is an Azure Kubernetes Service cluster the workspace deploys models to.</source>
        <translation>Un cluster di inferenza è un cluster del servizio Azure Kubernetes in cui l&apos;area di lavoro distribuisce i modelli.</translation>
    </message>
    <message>
        <source>Create a new AKS cluster</source>
        <translation>Crea un nuovo cluster AKS</translation>
    </message>
    <message>
        <source>Attach an existing AKS cluster</source>
        <translation>Collega un cluster AKS esistente</translation>
    </message>
    <message>
        <source>Azure Machine Learning creates the cluster for you, in the region and size you choose, with the region&apos;s default Kubernetes version.</source>
        <translation>Azure Machine Learning crea il cluster al posto dell&apos;utente, nell&apos;area e con le dimensioni scelte, usando la versione di Kubernetes predefinita dell&apos;area.</translation>
    </message>
    <message>
        <source>Use a cluster that already exists in the workspace&apos;s subscription, possibly in another region.</source>
        <translation>Usare un cluster già esistente nella sottoscrizione dell&apos;area di lavoro, eventualmente in un&apos;altra area.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attach is the only way&lt;/b&gt; when the cluster needs a Standard Load Balancer, a private API server (Private Link) or authorized IP ranges on the API server: create it in AKS first, then attach it here.</source>
        <translation>&lt;b&gt;Il collegamento è l&apos;unica possibilità&lt;/b&gt; quando il cluster richiede un Load Balancer Standard, un server API privato (Collegamento privato) o intervalli IP autorizzati sul server API: crearlo prima in AKS, quindi collegarlo qui.</translation>
    </message>
    <message>
        <source>Attach with Azure ML v2 (Kubernetes compute)</source>
        <translation>Collega con Azure ML v2 (calcolo Kubernetes)</translation>
    </message>
    <message>
        <source>Attach with Azure ML &amp;v2 (Kubernetes compute)</source>
        <translation>Collega con Azure ML &amp;v2 (calcolo Kubernetes)</translation>
    </message>
    <message>
        <source>Azure ML SDK v1 support ended on 2026-06-30: new deployments go through the Azure ML extension installed on an AKS cluster, attached as a Kubernetes compute.</source>
        <translation>Il supporto di Azure ML SDK v1 è terminato il 2026-06-30: le nuove distribuzioni passano dall&apos;estensione Azure ML installata su un cluster AKS, collegato come calcolo Kubernetes.</translation>
    </message>
</context>
<context>
    <name>cw::ui::MoveToV2Check</name>
    <message>
        <source>The AKS cluster cannot be read: %1</source>
        <translation>Impossibile leggere il cluster AKS: %1</translation>
    </message>
    <message>
        <source>The compute cannot be read: %1</source>
        <translation>Impossibile leggere il compute: %1</translation>
    </message>
    <message>
        <source>The workspace&apos;s computes cannot be listed: %1</source>
        <translation>Impossibile elencare i compute dell&apos;area di lavoro: %1</translation>
    </message>
    <message>
        <source>The cluster&apos;s extensions cannot be listed: %1</source>
        <translation>Impossibile elencare le estensioni del cluster: %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::MoveToV2Dialog</name>
    <message>
        <source>Move &apos;%1&apos; to Azure ML v2</source>
        <translation>Sposta &apos;%1&apos; su Azure ML v2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; is an Azure ML v1 AKS compute; SDK v1 support ended on 2026-06-30. Moving it keeps the AKS cluster and what runs on it, and replaces the v1 attachment with the Azure ML extension and a Kubernetes compute. Each step is journaled: if one fails, the operation stops, says what state the cluster is in and can be resumed, or the compute attached back as v1 with the recovered certificate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; è un compute AKS di Azure ML v1; il supporto dell&apos;SDK v1 è terminato il 2026-06-30. Lo spostamento mantiene il cluster AKS e ciò che vi è in esecuzione, e sostituisce il collegamento v1 con l&apos;estensione Azure ML e un compute Kubernetes. Ogni passaggio è registrato nel journal: se uno non riesce, l&apos;operazione si ferma, indica in che stato si trova il cluster e può essere ripresa, oppure il compute può essere ricollegato come v1 con il certificato recuperato.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Steps of the move</source>
        <translation>Passaggi dello spostamento</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Kubernetes compute &amp;name:</source>
        <translation>&amp;Nome del compute Kubernetes:</translation>
    </message>
    <message>
        <source>Name&amp;space:</source>
        <translation>Name&amp;space:</translation>
    </message>
    <message>
        <source>&amp;Type %1 to confirm:</source>
        <translation>&amp;Digita %1 per confermare:</translation>
    </message>
    <message>
        <source>Blocks:</source>
        <translation>Blocca:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Verifica:</translation>
    </message>
    <message>
        <source>Move to v2</source>
        <translation>Sposta su v2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Attach back as v1</source>
        <translation>Ricollega come v1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Checking the cluster for Azure ML v2…</source>
        <translation>Verifica del cluster per Azure ML v2…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Preflight for Azure ML v2:&lt;/b&gt; nothing blocks the move.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verifica preliminare per Azure ML v2:&lt;/b&gt; nulla impedisce lo spostamento.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Preflight for Azure ML v2: the move cannot start.&lt;/b&gt; Fix these first, then open this dialog again:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verifica preliminare per Azure ML v2: lo spostamento non può iniziare.&lt;/b&gt; Correggi prima questi punti, poi riapri questa finestra:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Preflight for Azure ML v2:&lt;/b&gt; nothing blocks the move; check these:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Verifica preliminare per Azure ML v2:&lt;/b&gt; nulla impedisce lo spostamento; controlla questi punti:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b00020&apos;&gt;&lt;b&gt;The cluster could not be checked for Azure ML v2:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b00020&apos;&gt;&lt;b&gt;Impossibile verificare il cluster per Azure ML v2:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Legacy v1 components deleted (only these):</source>
        <translation>Componenti legacy v1 eliminati (solo questi):</translation>
    </message>
    <message>
        <source>the Azure ML extension %1 already on the cluster (Succeeded) is reused.</source>
        <translation>viene riutilizzata l&apos;estensione Azure ML %1 già presente sul cluster (riuscita).</translation>
    </message>
    <message>
        <source>(and the recovered certificate and key as protected settings)</source>
        <translation>(e il certificato e la chiave recuperati come impostazioni protette)</translation>
    </message>
    <message>
        <source>read with the preflight…</source>
        <translation>lette con la verifica preliminare…</translation>
    </message>
    <message>
        <source>Extension settings carried over:</source>
        <translation>Impostazioni dell&apos;estensione riportate:</translation>
    </message>
    <message>
        <source>Waiting for the preflight.</source>
        <translation>In attesa della verifica preliminare.</translation>
    </message>
    <message>
        <source>The preflight could not run; the move cannot start.</source>
        <translation>Impossibile eseguire la verifica preliminare; lo spostamento non può iniziare.</translation>
    </message>
    <message>
        <source>The preflight found what blocks the move.</source>
        <translation>La verifica preliminare ha trovato ciò che impedisce lo spostamento.</translation>
    </message>
    <message>
        <source>Give the Kubernetes namespace (default: default).</source>
        <translation>Indica il namespace Kubernetes (predefinito: default).</translation>
    </message>
    <message>
        <source>Type the compute&apos;s name to confirm.</source>
        <translation>Digita il nome del compute per confermare.</translation>
    </message>
    <message>
        <source>Run in background</source>
        <translation>Esegui in background</translation>
    </message>
    <message>
        <source>Running; you can close this window, the operation goes on.</source>
        <translation>In esecuzione; puoi chiudere questa finestra, l&apos;operazione prosegue.</translation>
    </message>
    <message>
        <source>The compute cannot be attached back: %1</source>
        <translation>Impossibile ricollegare il compute: %1</translation>
    </message>
    <message>
        <source>Attaching %1 back as v1 with the recovered certificate…</source>
        <translation>Ricollegamento di %1 come v1 con il certificato recuperato…</translation>
    </message>
    <message>
        <source>%1 is attached again as a v1 AKS compute.</source>
        <translation>%1 è di nuovo collegato come compute AKS v1.</translation>
    </message>
    <message>
        <source>Moved. %1 is a Kubernetes compute (Azure ML v2) now.</source>
        <translation>Spostato. %1 ora è un compute Kubernetes (Azure ML v2).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>cw::ui::NetworkingEditor</name>
    <message>
        <source>Use an e&amp;xisting virtual network (advanced)</source>
        <translation>Usa una rete virtuale &amp;esistente (avanzato)</translation>
    </message>
    <message>
        <source>Use an existing virtual network</source>
        <translation>Usa una rete virtuale esistente</translation>
    </message>
    <message>
        <source>e.g. mynetwork</source>
        <translation>ad es. mynetwork</translation>
    </message>
    <message>
        <source>Its &amp;resource group:</source>
        <translation>&amp;Gruppo di risorse:</translation>
    </message>
    <message>
        <source>e.g. mygroup</source>
        <translation>ad es. mygroup</translation>
    </message>
    <message>
        <source>S&amp;ubnet:</source>
        <translation>S&amp;ubnet:</translation>
    </message>
    <message>
        <source>e.g. default</source>
        <translation>ad es. default</translation>
    </message>
    <message>
        <source>Ser&amp;vice CIDR:</source>
        <translation>CIDR del &amp;servizio:</translation>
    </message>
    <message>
        <source>&amp;DNS service IP:</source>
        <translation>IP del servizio &amp;DNS:</translation>
    </message>
    <message>
        <source>Doc&amp;ker bridge CIDR:</source>
        <translation>CIDR del bridge Doc&amp;ker:</translation>
    </message>
    <message>
        <source>Networking checks</source>
        <translation>Controlli di rete</translation>
    </message>
    <message>
        <source>Fill in all six fields or none. The DNS service IP must lie inside the service CIDR, and the ranges must not overlap the subnet.</source>
        <translation>Compilare tutti e sei i campi o nessuno. L&apos;IP del servizio DNS deve essere compreso nel CIDR del servizio e gli intervalli non devono sovrapporsi alla subnet.</translation>
    </message>
    <message>
        <source>The network settings are consistent.</source>
        <translation>Le impostazioni di rete sono coerenti.</translation>
    </message>
    <message>
        <source>A new virtual network is created with the cluster.</source>
        <translation>Con il cluster viene creata una nuova rete virtuale.</translation>
    </message>
    <message>
        <source>Virtual ne&amp;twork:</source>
        <translation>Rete vir&amp;tuale:</translation>
    </message>
</context>
<context>
    <name>cw::ui::NetworkingPage</name>
    <message>
        <source>Networking</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Scoring endpoint</source>
        <translation>Endpoint di assegnazione punteggi</translation>
    </message>
    <message>
        <source>Load balancer checks</source>
        <translation>Controlli del bilanciamento del carico</translation>
    </message>
    <message>
        <source>Use the default network, or bring your own virtual network (all six fields).</source>
        <translation>Usare la rete predefinita oppure una rete virtuale propria (tutti e sei i campi).</translation>
    </message>
    <message>
        <source>The cluster keeps its own network; choose how the scoring endpoint is reached.</source>
        <translation>Il cluster mantiene la propria rete; scegliere come viene raggiunto l&apos;endpoint di assegnazione punteggi.</translation>
    </message>
    <message>
        <source>For an attached cluster the internal load balancer is applied as an update right after the attach.</source>
        <translation>Per un cluster collegato, il bilanciamento del carico interno viene applicato come aggiornamento subito dopo il collegamento.</translation>
    </message>
</context>
<context>
    <name>cw::ui::OperationsDock</name>
    <message>
        <source>Operations</source>
        <translation>Operazioni</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Interrompi attesa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Esporta come JSON…</translation>
    </message>
    <message>
        <source>Filter operations</source>
        <translation>Filtra operazioni</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Tutte le aree di lavoro</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Export operations history</source>
        <translation>Esporta cronologia operazioni</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <source>Started on %1: connect to it to resume this operation.</source>
        <translation>Avviata su %1: connettersi a quel cloud per riprendere l&apos;operazione.</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Ripresa</translation>
    </message>
</context>
<context>
    <name>cw::ui::OperationsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Tempo trascorso</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 di %2 passaggi completati</translation>
    </message>
    <message>
        <source>Resumed an operation interrupted at %1.</source>
        <translation>Ripresa un&apos;operazione interrotta il %1.</translation>
    </message>
</context>
<context>
    <name>cw::ui::ProgressPage</name>
    <message>
        <source>&amp;Fix and retry</source>
        <translation>&amp;Correggi e riprova</translation>
    </message>
    <message>
        <source>Run in &amp;background</source>
        <translation>Esegui in &amp;background</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passaggi</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostra &amp;dettagli</translation>
    </message>
    <message>
        <source>Show the service&apos;s raw error details</source>
        <translation>Mostra i dettagli non elaborati dell&apos;errore del servizio</translation>
    </message>
    <message>
        <source>Raw error details</source>
        <translation>Dettagli non elaborati dell&apos;errore</translation>
    </message>
    <message>
        <source>Fix and retry</source>
        <translation>Correggi e riprova</translation>
    </message>
    <message>
        <source>Run in background</source>
        <translation>Esegui in background</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Not connected: the operation cannot start.</source>
        <translation>Non connesso: impossibile avviare l&apos;operazione.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in esecuzione</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The cluster %1 is ready.</source>
        <translation>Il cluster %1 è pronto.</translation>
    </message>
    <message>
        <source>The cluster is attached as %1.</source>
        <translation>Il cluster è collegato come %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>Operazione non riuscita.</translation>
    </message>
    <message>
        <source>The service did not say why.</source>
        <translation>Il servizio non ha indicato il motivo.</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>The cluster is attached as Kubernetes compute %1.</source>
        <translation>Il cluster è collegato come calcolo Kubernetes %1.</translation>
    </message>
</context>
<context>
    <name>cw::ui::ReattachDialog</name>
    <message>
        <source>Re-attach</source>
        <translation>Ricollega</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Run in background</source>
        <translation>Esegui in background</translation>
    </message>
    <message>
        <source>Re-attach &apos;%1&apos; to update</source>
        <translation>Ricollega &apos;%1&apos; per aggiornarlo</translation>
    </message>
    <message>
        <source>&lt;p&gt;Re-attaching detaches &lt;b&gt;%1&lt;/b&gt; and attaches the same AKS cluster again under the same name, with the same purpose, TLS and load balancer settings, so the workspace picks up the current azureml-fe. Each step is journaled: if anything fails, the operation stops, says why and can be resumed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Il ricollegamento scollega &lt;b&gt;%1&lt;/b&gt; e collega di nuovo lo stesso cluster AKS con lo stesso nome, lo stesso scopo e le stesse impostazioni TLS e di bilanciamento del carico, in modo che l&apos;area di lavoro adotti l&apos;azureml-fe corrente. Ogni passaggio viene registrato nel journal: se qualcosa non riesce, l&apos;operazione si interrompe, ne indica il motivo e può essere ripresa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Recover the certificate and key from the cluster (azuremlfessl)</source>
        <translation>Recupera il certificato e la chiave dal cluster (azuremlfessl)</translation>
    </message>
    <message>
        <source>Use these certificate files:</source>
        <translation>Usa questi file del certificato:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation>Certificato (PEM)</translation>
    </message>
    <message>
        <source>Private key (PEM)</source>
        <translation>Chiave privata (PEM)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificato:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Chiave:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Choose a readable certificate file and key file.</source>
        <translation>Scegliere un file del certificato e un file della chiave leggibili.</translation>
    </message>
    <message>
        <source>Re-attached. The compute is ready.</source>
        <translation>Ricollegato. Il calcolo è pronto.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>The compute is detached; the AKS cluster %1 is intact. Resume, or attach it again by hand with the same settings.</source>
        <translation>Il calcolo è scollegato; il cluster AKS %1 è intatto. Riprendere oppure collegarlo di nuovo manualmente con le stesse impostazioni.</translation>
    </message>
    <message>
        <source>Running; you can close this window, the operation goes on.</source>
        <translation>In esecuzione; è possibile chiudere questa finestra, l&apos;operazione prosegue.</translation>
    </message>
    <message>
        <source>Only without a keychain: a new file (0600) for the certificate and key</source>
        <translation>Solo senza portachiavi: un nuovo file (0600) per il certificato e la chiave</translation>
    </message>
    <message>
        <source>Backup file for the certificate and key</source>
        <translation>File di backup per il certificato e la chiave</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>File di backup:</translation>
    </message>
    <message>
        <source>Choose a new file for the backup; %1 exists.</source>
        <translation>Scegli un file nuovo per il backup; %1 esiste.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 was created by the workspace; after the re-attach it is an attached cluster.&lt;/b&gt; Its Origin becomes &quot;Attached&quot;, its Created date becomes today, and Scale node count is no longer offered (an attached cluster&apos;s node pools are scaled in AKS). The AKS cluster itself is not changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 è stato creato dall&apos;area di lavoro; dopo il ricollegamento sarà un cluster collegato.&lt;/b&gt; L&apos;origine diventa &quot;Collegato&quot;, la data di creazione diventa oggi e Scala numero di nodi non sarà più disponibile (i pool di nodi di un cluster collegato si scalano in AKS). Il cluster AKS in sé non cambia.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cw::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisione</translation>
    </message>
    <message>
        <source>Check your choices. Every failed check must be fixed before you continue.</source>
        <translation>Verificare le scelte. Tutti i controlli non superati devono essere risolti prima di continuare.</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>Controlli preliminari</translation>
    </message>
    <message>
        <source>Equivalent automation</source>
        <translation>Automazione equivalente</translation>
    </message>
    <message>
        <source>&amp;Python SDK</source>
        <translation>SDK &amp;Python</translation>
    </message>
    <message>
        <source>a&amp;z command</source>
        <translation>Comando a&amp;z</translation>
    </message>
    <message>
        <source>AR&amp;M request</source>
        <translation>Richiesta AR&amp;M</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>C&amp;ollega</translation>
    </message>
    <message>
        <source>Install and &amp;attach</source>
        <translation>Installa e &amp;collega</translation>
    </message>
</context>
<context>
    <name>cw::ui::ScaleNodesDialog</name>
    <message>
        <source>Scale</source>
        <translation>Ridimensiona</translation>
    </message>
    <message>
        <source>Scale the node count of &apos;%1&apos;</source>
        <translation>Ridimensiona il numero di nodi di &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; runs %n node(s) of size %2. Choose the new node count; the compute is updated in place.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; esegue %n nodo di dimensioni %2. Scegliere il nuovo numero di nodi; il calcolo viene aggiornato sul posto.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; esegue %n nodi di dimensioni %2. Scegliere il nuovo numero di nodi; il calcolo viene aggiornato sul posto.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Node count</source>
        <translation>Numero di nodi</translation>
    </message>
    <message>
        <source>The purpose&apos;s vCPU rule is met.</source>
        <translation>La regola sulle vCPU dello scopo è rispettata.</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Nodi:</translation>
    </message>
    <message numerus="yes">
        <source>Scale &apos;%1&apos; to %n node(s)</source>
        <translation>
            <numerusform>Ridimensiona &apos;%1&apos; a %n nodo</numerusform>
            <numerusform>Ridimensiona &apos;%1&apos; a %n nodi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::ServiceLabels</name>
    <message>
        <source>Succeeded</source>
        <translation>Riuscito</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>In creazione</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>In aggiornamento</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>In eliminazione</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produzione</translation>
    </message>
    <message>
        <source>Production (dense)</source>
        <translation>Produzione (densa)</translation>
    </message>
    <message>
        <source>Dev/test</source>
        <translation>Sviluppo/test</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>IP pubblico</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrestato</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>In avvio</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>In arresto</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>cw::ui::SessionBackend</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cw::ui::SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Accedi a %1</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Metodo di accesso</translation>
    </message>
    <message>
        <source>&amp;Device code</source>
        <translation>Codice dis&amp;positivo</translation>
    </message>
    <message>
        <source>&amp;Service principal</source>
        <translation>&amp;Entità servizio</translation>
    </message>
    <message>
        <source>Azure C&amp;LI</source>
        <translation>Azure C&amp;LI</translation>
    </message>
    <message>
        <source>Sign in with your browser, on this or another device.</source>
        <translation>Accedere con il browser, su questo o su un altro dispositivo.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Get a si&amp;gn-in code</source>
        <translation>Ottieni un c&amp;odice di accesso</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Codice di accesso</translation>
    </message>
    <message>
        <source>Verification address</source>
        <translation>Indirizzo di verifica</translation>
    </message>
    <message>
        <source>the code</source>
        <translation>il codice</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>l&apos;indirizzo</translation>
    </message>
    <message>
        <source>1. Open:</source>
        <translation>1. Aprire:</translation>
    </message>
    <message>
        <source>2. Enter the code:</source>
        <translation>2. Immettere il codice:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID tenant</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID applicazione (client)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Segreto client</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Acce&amp;di</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>ID &amp;tenant:</translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation>ID &amp;applicazione (client):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Segreto client:</translation>
    </message>
    <message>
        <source>Reuse the account you signed in with `az login`. Nothing is stored by Clusterwright; the Azure CLI keeps the login.</source>
        <translation>Riusa l&apos;account con cui è stato eseguito l&apos;accesso con `az login`. Clusterwright non memorizza nulla; l&apos;accesso è conservato dall&apos;interfaccia della riga di comando di Azure.</translation>
    </message>
    <message>
        <source>&amp;Use my Azure CLI login</source>
        <translation>&amp;Usa il mio accesso di Azure CLI</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Waiting for you to finish in the browser…</source>
        <translation>In attesa del completamento nel browser…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Accesso eseguito come %1.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Accesso non riuscito: %1</translation>
    </message>
    <message>
        <source>Azure (global)</source>
        <translation>Azure (globale)</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure per enti pubblici statunitensi</translation>
    </message>
    <message>
        <source>Azure China (21Vianet)</source>
        <translation>Azure Cina (21Vianet)</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
</context>
<context>
    <name>cw::ui::SizePage</name>
    <message>
        <source>Name, purpose and size</source>
        <translation>Nome, scopo e dimensioni</translation>
    </message>
    <message>
        <source>The VM size cannot be changed later; only the node count can be scaled in AKS.</source>
        <translation>Le dimensioni VM non possono essere modificate in seguito; in AKS è possibile ridimensionare solo il numero di nodi.</translation>
    </message>
    <message>
        <source>Compute name</source>
        <translation>Nome del calcolo</translation>
    </message>
    <message>
        <source>3–24 letters, digits or hyphens</source>
        <translation>3–24 lettere, cifre o trattini</translation>
    </message>
    <message>
        <source>Checking the workspace&apos;s compute names</source>
        <translation>Verifica dei nomi di calcolo dell&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Name checks</source>
        <translation>Controlli del nome</translation>
    </message>
    <message>
        <source>&amp;Production</source>
        <translation>&amp;Produzione</translation>
    </message>
    <message>
        <source>Production purpose</source>
        <translation>Scopo di produzione</translation>
    </message>
    <message>
        <source>&amp;Dev-test</source>
        <translation>&amp;Sviluppo/test</translation>
    </message>
    <message>
        <source>Dev-test purpose</source>
        <translation>Scopo sviluppo/test</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>A&amp;rea:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Scopo:</translation>
    </message>
    <message>
        <source>Search VM sizes</source>
        <translation>Cerca dimensioni VM</translation>
    </message>
    <message>
        <source>Search sizes, e.g. D3 or GPU</source>
        <translation>Cerca dimensioni, ad es. D3 o GPU</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>Dimensioni VM</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensioni</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>Memoria (GB)</translation>
    </message>
    <message>
        <source>Node count</source>
        <translation>Numero di nodi</translation>
    </message>
    <message>
        <source>Size checks</source>
        <translation>Controlli delle dimensioni</translation>
    </message>
    <message>
        <source>&amp;VM size:</source>
        <translation>&amp;Dimensioni VM:</translation>
    </message>
    <message>
        <source>N&amp;odes:</source>
        <translation>N&amp;odi:</translation>
    </message>
    <message>
        <source>Kubernetes: the region&apos;s default version is used.</source>
        <translation>Kubernetes: viene usata la versione predefinita dell&apos;area.</translation>
    </message>
    <message>
        <source>%1 (preview)</source>
        <translation>%1 (anteprima)</translation>
    </message>
    <message>
        <source>Kubernetes %1 (the region&apos;s default) will be used. Available: %2.</source>
        <translation>Verrà usato Kubernetes %1 (predefinito dell&apos;area). Disponibili: %2.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predefinita</translation>
    </message>
    <message>
        <source>Dev-test is not for production traffic: it may be slower and has no fault tolerance. It needs at least 2 vCPUs in total.</source>
        <translation>Sviluppo/test non è adatto al traffico di produzione: può essere più lento e non offre tolleranza di errore. Richiede almeno 2 vCPU in totale.</translation>
    </message>
    <message>
        <source>Production needs at least 12 vCPUs in total and at least 3 nodes.</source>
        <translation>La produzione richiede almeno 12 vCPU in totale e almeno 3 nodi.</translation>
    </message>
    <message>
        <source>The name is valid and free in the workspace.</source>
        <translation>Il nome è valido e disponibile nell&apos;area di lavoro.</translation>
    </message>
    <message>
        <source>Type a name.</source>
        <translation>Digitare un nome.</translation>
    </message>
    <message>
        <source>Loading the subscription&apos;s regions</source>
        <translation>Caricamento delle aree della sottoscrizione</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Ripro&amp;va</translation>
    </message>
    <message>
        <source>Load the regions again</source>
        <translation>Carica di nuovo le aree</translation>
    </message>
    <message>
        <source>Compute na&amp;me:</source>
        <translation>No&amp;me del calcolo:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading the subscription&apos;s regions…</source>
        <translation>Caricamento delle aree della sottoscrizione…</translation>
    </message>
    <message>
        <source>Cannot read the subscription&apos;s regions: %1</source>
        <translation>Impossibile leggere le aree della sottoscrizione: %1</translation>
    </message>
    <message>
        <source>Loading the region&apos;s VM sizes…</source>
        <translation>Caricamento delle dimensioni VM dell&apos;area…</translation>
    </message>
</context>
<context>
    <name>cw::ui::TlsCertificateDialog</name>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Renew or replace the TLS certificate of &apos;%1&apos;</source>
        <translation>Rinnova o sostituisci il certificato TLS di &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The scoring endpoint of &lt;b&gt;%1&lt;/b&gt; will serve the certificate chosen here. The compute is updated in place (no detach); the operations view follows the update.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;endpoint di assegnazione punteggi di &lt;b&gt;%1&lt;/b&gt; userà il certificato scelto qui. Il calcolo viene aggiornato sul posto (senza scollegarlo); la vista delle operazioni segue l&apos;aggiornamento.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a Microsoft certificate or certificate files. To turn TLS off, use Re-attach to update.</source>
        <translation>Scegliere un certificato Microsoft o i file del certificato. Per disattivare TLS, usare Ricollega per aggiornare.</translation>
    </message>
    <message>
        <source>Give &apos;%1&apos; a Microsoft certificate for %2</source>
        <translation>Assegna a &apos;%1&apos; un certificato Microsoft per %2</translation>
    </message>
    <message>
        <source>Replace the TLS certificate of &apos;%1&apos; (%2)</source>
        <translation>Sostituisci il certificato TLS di &apos;%1&apos; (%2)</translation>
    </message>
</context>
<context>
    <name>cw::ui::TlsEditor</name>
    <message>
        <source>N&amp;o TLS (HTTP only)</source>
        <translation>N&amp;essun TLS (solo HTTP)</translation>
    </message>
    <message>
        <source>&amp;Microsoft certificate for a domain label</source>
        <translation>Certificato &amp;Microsoft per un&apos;etichetta di dominio</translation>
    </message>
    <message>
        <source>&amp;Custom certificate</source>
        <translation>&amp;Certificato personalizzato</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Nessun TLS</translation>
    </message>
    <message>
        <source>Microsoft certificate</source>
        <translation>Certificato Microsoft</translation>
    </message>
    <message>
        <source>Custom certificate</source>
        <translation>Certificato personalizzato</translation>
    </message>
    <message>
        <source>Leaf domain label</source>
        <translation>Etichetta di dominio foglia</translation>
    </message>
    <message>
        <source>O&amp;verwrite an existing domain with this label</source>
        <translation>S&amp;ovrascrivi un dominio esistente con questa etichetta</translation>
    </message>
    <message>
        <source>Overwrite existing domain</source>
        <translation>Sovrascrivi dominio esistente</translation>
    </message>
    <message>
        <source>Domain &amp;label:</source>
        <translation>Etichetta di &amp;dominio:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <source>path, or drop the file here</source>
        <translation>percorso, oppure trascinare qui il file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Sfoglia per %1</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>File del certificato</translation>
    </message>
    <message>
        <source>Choose the certificate (PEM)</source>
        <translation>Scegliere il certificato (PEM)</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>File della chiave privata</translation>
    </message>
    <message>
        <source>Choose the private key (PEM)</source>
        <translation>Scegliere la chiave privata (PEM)</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Passphrase della chiave</translation>
    </message>
    <message>
        <source>CNAME</source>
        <translation>CNAME</translation>
    </message>
    <message>
        <source>e.g. www.contoso.com</source>
        <translation>ad es. www.contoso.com</translation>
    </message>
    <message>
        <source>Remember to point the DNS name (CNAME) at the scoring endpoint&apos;s IP address once the cluster is ready.</source>
        <translation>Quando il cluster è pronto, ricordarsi di far puntare il nome DNS (CNAME) all&apos;indirizzo IP dell&apos;endpoint di assegnazione punteggi.</translation>
    </message>
    <message>
        <source>Cer&amp;tificate (cert.pem):</source>
        <translation>Cer&amp;tificato (cert.pem):</translation>
    </message>
    <message>
        <source>&amp;Key (key.pem):</source>
        <translation>C&amp;hiave (key.pem):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>File PEM (*.pem *.crt *.key);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose both the certificate and the private key.</source>
        <translation>Scegliere sia il certificato sia la chiave privata.</translation>
    </message>
    <message>
        <source>Choose a certificate and its key to see what they contain.</source>
        <translation>Scegliere un certificato e la relativa chiave per visualizzarne il contenuto.</translation>
    </message>
    <message>
        <source>(type a label)</source>
        <translation>(digitare un&apos;etichetta)</translation>
    </message>
    <message>
        <source>The label can be used.</source>
        <translation>L&apos;etichetta può essere usata.</translation>
    </message>
    <message>
        <source>CNAME (&amp;DNS name):</source>
        <translation>CNAME (nome &amp;DNS):</translation>
    </message>
    <message>
        <source>Type a label to check it.</source>
        <translation>Digita un&apos;etichetta per verificarla.</translation>
    </message>
</context>
<context>
    <name>cw::ui::TlsPage</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Serve the scoring endpoint over HTTPS with a Microsoft certificate or your own.</source>
        <translation>Esporre l&apos;endpoint di assegnazione punteggi tramite HTTPS con un certificato Microsoft o con un certificato proprio.</translation>
    </message>
</context>
<context>
    <name>cw::ui::V2ComputePage</name>
    <message>
        <source>Kubernetes compute</source>
        <translation>Calcolo Kubernetes</translation>
    </message>
    <message>
        <source>The name the workspace knows the cluster by, and what each deployment&apos;s pods may use.</source>
        <translation>Il nome con cui l&apos;area di lavoro conosce il cluster, e cosa possono usare i pod di ogni distribuzione.</translation>
    </message>
    <message>
        <source>Compute name</source>
        <translation>Nome del calcolo</translation>
    </message>
    <message>
        <source>Kubernetes namespace</source>
        <translation>Spazio dei nomi Kubernetes</translation>
    </message>
    <message>
        <source>Checks of the compute</source>
        <translation>Controlli del calcolo</translation>
    </message>
    <message>
        <source>The compute&apos;s name, namespace and instance types pass every check.</source>
        <translation>Nome, spazio dei nomi e tipi di istanza del calcolo superano tutti i controlli.</translation>
    </message>
    <message>
        <source>Compute &amp;name:</source>
        <translation>&amp;Nome del calcolo:</translation>
    </message>
    <message>
        <source>Kubernetes na&amp;mespace:</source>
        <translation>Spazio dei no&amp;mi Kubernetes:</translation>
    </message>
    <message>
        <source>&amp;Instance types:</source>
        <translation>T&amp;ipi di istanza:</translation>
    </message>
</context>
<context>
    <name>cw::ui::V2ExtensionPage</name>
    <message>
        <source>&amp;Inference (real-time and batch scoring)</source>
        <translation>&amp;Inferenza (punteggio in tempo reale e batch)</translation>
    </message>
    <message>
        <source>&amp;Training jobs as well</source>
        <translation>Anche i processi di &amp;training</translation>
    </message>
    <message>
        <source>Internal load &amp;balancer (a private IP address in the cluster&apos;s virtual network)</source>
        <translation>&amp;Bilanciamento del carico interno (un indirizzo IP privato nella rete virtuale del cluster)</translation>
    </message>
    <message>
        <source>HTTP&amp;S with my certificate</source>
        <translation>HTTP&amp;S con il mio certificato</translation>
    </message>
    <message>
        <source>HTT&amp;P only (no TLS)</source>
        <translation>Solo HTT&amp;P (senza TLS)</translation>
    </message>
    <message>
        <source>Azure ML extension</source>
        <translation>Estensione Azure ML</translation>
    </message>
    <message>
        <source>The extension runs Azure ML&apos;s inference router and operators in the cluster&apos;s azureml namespace.</source>
        <translation>L&apos;estensione esegue il router di inferenza e gli operatori di Azure ML nello spazio dei nomi azureml del cluster.</translation>
    </message>
    <message>
        <source>Always on: this wizard attaches the cluster to deploy models to it.</source>
        <translation>Sempre attiva: questa procedura collega il cluster per distribuirvi modelli.</translation>
    </message>
    <message>
        <source>Router service type</source>
        <translation>Tipo di servizio del router</translation>
    </message>
    <message>
        <source>Load balancer (a public or internal IP address)</source>
        <translation>Bilanciamento del carico (un indirizzo IP pubblico o interno)</translation>
    </message>
    <message>
        <source>Node port (each node&apos;s IP address and a port)</source>
        <translation>Porta del nodo (l&apos;indirizzo IP di ogni nodo e una porta)</translation>
    </message>
    <message>
        <source>Cluster IP (inside the cluster only)</source>
        <translation>IP del cluster (solo all&apos;interno del cluster)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; scoring requests and their keys travel unencrypted. Use HTTP only for tests inside a private network (allowInsecureConnections=True).</source>
        <translation>&lt;b&gt;Attenzione:&lt;/b&gt; le richieste di punteggio e le loro chiavi viaggiano in chiaro. Usa HTTP solo per prove all&apos;interno di una rete privata (allowInsecureConnections=True).</translation>
    </message>
    <message>
        <source>Node selector of the extension</source>
        <translation>Selettore di nodi dell&apos;estensione</translation>
    </message>
    <message>
        <source>optional: label=value, … (e.g. agentpool=system)</source>
        <translation>facoltativo: etichetta=valore, … (ad es. agentpool=system)</translation>
    </message>
    <message>
        <source>Checks of the extension settings</source>
        <translation>Controlli delle impostazioni dell&apos;estensione</translation>
    </message>
    <message>
        <source>The extension settings pass every check.</source>
        <translation>Le impostazioni dell&apos;estensione superano tutti i controlli.</translation>
    </message>
    <message>
        <source>Workloads:</source>
        <translation>Carichi di lavoro:</translation>
    </message>
    <message>
        <source>&amp;Router service:</source>
        <translation>Servizio del &amp;router:</translation>
    </message>
    <message>
        <source>Scoring endpoint:</source>
        <translation>Endpoint di punteggio:</translation>
    </message>
    <message>
        <source>Router high availability:</source>
        <translation>Alta disponibilità del router:</translation>
    </message>
    <message>
        <source>N&amp;ode selector:</source>
        <translation>Selettore di n&amp;odi:</translation>
    </message>
    <message>
        <source>Extension settings</source>
        <translation>Impostazioni dell&apos;estensione</translation>
    </message>
    <message>
        <source>The Azure ML extension &lt;b&gt;%1&lt;/b&gt; (version %2) is installed on the cluster and is reused as it is; change its settings with &lt;i&gt;extension update&lt;/i&gt; if needed. Its settings:</source>
        <translation>L&apos;estensione Azure ML &lt;b&gt;%1&lt;/b&gt; (versione %2) è installata sul cluster e viene riusata così com&apos;è; se serve, cambia le sue impostazioni con &lt;i&gt;extension update&lt;/i&gt;. Le sue impostazioni:</translation>
    </message>
    <message>
        <source>on: %1 router replicas on different nodes (production).</source>
        <translation>attiva: %1 repliche del router su nodi diversi (produzione).</translation>
    </message>
    <message>
        <source>off: one router replica (dev-test; inferenceRouterHA=False).</source>
        <translation>disattivata: una replica del router (sviluppo e test; inferenceRouterHA=False).</translation>
    </message>
</context>
<context>
    <name>cw::ui::VcpuMeter</name>
    <message>
        <source>vCPU capacity</source>
        <translation>Capacità vCPU</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) of an unknown size: the vCPU total cannot be checked</source>
        <translation>
            <numerusform>%n nodo di dimensioni sconosciute: impossibile verificare il totale delle vCPU</numerusform>
            <numerusform>%n nodi di dimensioni sconosciute: impossibile verificare il totale delle vCPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too small: at least %n node(s) of this size are needed.</source>
        <translation>
            <numerusform>Troppo piccolo: è necessario almeno %n nodo di queste dimensioni.</numerusform>
            <numerusform>Troppo piccolo: sono necessari almeno %n nodi di queste dimensioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Regional vCPU quota</source>
        <translation>Quota regionale di vCPU</translation>
    </message>
    <message>
        <source>Regional vCPU quota: checking…</source>
        <translation>Quota regionale di vCPU: verifica in corso…</translation>
    </message>
    <message>
        <source>Regional vCPU quota: could not be read; Azure checks it when the cluster is created.</source>
        <translation>Quota regionale di vCPU: non leggibile; Azure la verifica alla creazione del cluster.</translation>
    </message>
    <message>
        <source>Regional vCPU quota: %1. Over the limit by %2: use fewer or smaller nodes, another region, or ask for a higher quota.</source>
        <translation>Quota regionale di vCPU: %1. Oltre il limite di %2: usa nodi meno numerosi o più piccoli, un&apos;altra area o chiedi una quota più alta.</translation>
    </message>
    <message>
        <source>Regional vCPU quota: %1.</source>
        <translation>Quota regionale di vCPU: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) × %1 vCPUs = %2 / %3 required</source>
        <translation>
            <numerusform>%n nodo × %1 vCPU = %2 / %3 richieste</numerusform>
            <numerusform>%n nodi × %1 vCPU = %2 / %3 richieste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::WizardBackend</name>
    <message>
        <source>Azure ML v2 is not available here.</source>
        <translation>Azure ML v2 non è disponibile qui.</translation>
    </message>
</context>
<context>
    <name>cw::ui::WizardController</name>
    <message>
        <source>Type a name.</source>
        <translation>Digita un nome.</translation>
    </message>
</context>
<context>
    <name>cw::ui::Workbench</name>
    <message>
        <source>New cluster…</source>
        <translation>Nuovo cluster…</translation>
    </message>
    <message>
        <source>Detach…</source>
        <translation>Scollega…</translation>
    </message>
    <message>
        <source>Re-attach to update…</source>
        <translation>Ricollega per aggiornare…</translation>
    </message>
    <message>
        <source>Switch load balancer…</source>
        <translation>Cambia bilanciamento del carico…</translation>
    </message>
    <message>
        <source>Renew/replace TLS certificate…</source>
        <translation>Rinnova/sostituisci certificato TLS…</translation>
    </message>
    <message>
        <source>Scale node count…</source>
        <translation>Ridimensiona numero di nodi…</translation>
    </message>
    <message>
        <source>Renew or replace the TLS certificate</source>
        <translation>Rinnova o sostituisci il certificato TLS</translation>
    </message>
    <message>
        <source>Scale the node count</source>
        <translation>Ridimensiona il numero di nodi</translation>
    </message>
    <message>
        <source>Delete with AKS cluster…</source>
        <translation>Elimina con il cluster AKS…</translation>
    </message>
    <message>
        <source>Detach the compute from the workspace</source>
        <translation>Scollega il calcolo dall&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Re-attach the compute to update it</source>
        <translation>Ricollega il calcolo per aggiornarlo</translation>
    </message>
    <message>
        <source>Switch the load balancer of the scoring endpoint</source>
        <translation>Cambia il bilanciamento del carico dell&apos;endpoint di assegnazione punteggi</translation>
    </message>
    <message>
        <source>Delete the compute and the AKS cluster the workspace created</source>
        <translation>Elimina il calcolo e il cluster AKS creato dall&apos;area di lavoro</translation>
    </message>
    <message>
        <source>Move to v2…</source>
        <translation>Sposta su v2…</translation>
    </message>
    <message>
        <source>Move the v1 compute to Azure ML v2 (the extension and a Kubernetes compute)</source>
        <translation>Sposta il compute v1 su Azure ML v2 (l&apos;estensione e un compute Kubernetes)</translation>
    </message>
</context>
<context>
    <name>cw::ui::WorkspacePage</name>
    <message>
        <source>Subscription</source>
        <translation>Sottoscrizione</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Area di lavoro</translation>
    </message>
    <message>
        <source>Choose where the inference cluster will belong: the environment, the subscription and the Azure Machine Learning workspace.</source>
        <translation>Scegliere a cosa apparterrà il cluster di inferenza: l&apos;ambiente, la sottoscrizione e l&apos;area di lavoro di Azure Machine Learning.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Sandbox (local emulator, no account needed)</source>
        <translation>Sandbox (emulatore locale, nessun account necessario)</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure per enti pubblici statunitensi</translation>
    </message>
    <message>
        <source>Azure China</source>
        <translation>Azure Cina</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>A&amp;mbiente:</translation>
    </message>
    <message>
        <source>&amp;Subscription:</source>
        <translation>&amp;Sottoscrizione:</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>Area di &amp;lavoro:</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connesso a %1.</translation>
    </message>
    <message>
        <source>Not connected. Choose an environment to sign in.</source>
        <translation>Non connesso. Scegliere un ambiente per accedere.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (resource group %2, %3)</source>
        <translation>%1 (gruppo di risorse %2, %3)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Create, attach, inspect and update AKS inference clusters of Azure Machine Learning workspaces.</source>
        <translation>Crea, collega, esamina e aggiorna i cluster di inferenza AKS delle aree di lavoro di Azure Machine Learning.</translation>
    </message>
    <message>
        <source>Scales the sandbox&apos;s simulated operation times (1 = demo pace).</source>
        <translation>Scala i tempi delle operazioni simulate della sandbox (1 = ritmo dimostrativo).</translation>
    </message>
    <message>
        <source>--sandbox-speed needs a positive number.</source>
        <translation>--sandbox-speed richiede un numero positivo.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>Connects to a sandbox that already runs (a file holding the ready line clusterwright-sandbox printed) instead of starting the embedded one.</source>
        <translation>Si connette a una sandbox già in esecuzione (un file con la riga ready stampata da clusterwright-sandbox) invece di avviare quella integrata.</translation>
    </message>
</context>
</TS>
