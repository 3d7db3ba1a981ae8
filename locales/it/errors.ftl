# Messaggi di errore e relativi suggerimenti. Ogni messaggio dice cosa è successo (nominando il
# profilo o l'istanza); il suo .hint indica il passo successivo. Condivisi da finestra e terminale.
# Gli argomenti sono dati e restano invariati: nomi di profili, nomi di istanze, risposte di AWS.

error-internal = Si è verificato un errore interno in Connect SSO: { $detail }
    .hint = È un bug di Connect SSO. Esegui di nuovo con CONNECT_SSO_LOG=debug e segnala ciò che viene stampato.

error-language-unknown = Connect SSO non parla «{ $language }».
    .hint = Scegli una lingua dall'elenco nelle Impostazioni.

## Elementi con cui si compongono altri messaggi

# Un dato mostrato così com'è.
data = { $value }
# Un'istanza con il suo alias: "acme-support (a1b2…)".
instance-with-alias = { $alias } ({ $id })
instance-none = (nessuna)
# Segue «nella regione»: «nella regione del profilo» (altrimenti «nella regione eu-west-3»).
region-of-profile = del profilo
# La risposta di AWS, dopo la nostra frase (nota lo spazio iniziale).
aws-says = { " " }Risposta di AWS: { $message }
bad-response-unparsed = non è stato possibile analizzare la risposta
bad-response-unread = non è stato possibile leggere la risposta
bad-response-no-description = manca la descrizione dell'istanza
bad-response-no-sign-in-url = la risposta non contiene un URL di accesso
bad-response-no-credentials = la risposta non contiene credenziali
bad-response-no-access-token = la risposta non contiene un token di accesso

## Rifiuti di Amazon Connect

error-resource-not-found = Istanza { $instance } non trovata nella regione { $region } per il profilo «{ $profile }».
    .hint = Controlla l'ID dell'istanza oppure incolla l'ARN dell'istanza, così vengono usati l'account e la regione giusti.
error-user-not-found = Nessun utente Amazon Connect dell'istanza { $instance } corrisponde all'identità del profilo «{ $profile }».
    .hint = Per l'accesso SAML il nome della sessione del ruolo deve coincidere esattamente con il tuo nome utente Connect (maiuscole e minuscole comprese). Chiedi all'amministratore di Connect di verificare il tuo utente. Guida alla configurazione: docs/aws-setup.md#connect-usernames
error-user-not-found-seen = { error-user-not-found }
    .hint = AWS ti riconosce come { $arn }{ $session }. { error-user-not-found.hint }
session-name-shown = { " " }(nome della sessione «{ $name }»)
# $aws: la risposta di AWS (può essere vuota). $saml: "yes" quando il messaggio di AWS riguarda SAML.
error-invalid-request = Amazon Connect ha rifiutato la richiesta di accesso all'istanza { $instance }.{ $aws }
    .hint = { $saml ->
        [yes] L'accesso federato richiede un'istanza configurata per la gestione delle identità SAML 2.0. Rivolgiti all'amministratore di Connect.
       *[no] Verifica l'istanza con l'amministratore di Connect.
    }
error-invalid-parameter = Amazon Connect ha rifiutato un parametro per l'istanza { $instance }.{ $aws }
    .hint = Controlla l'ID o l'ARN dell'istanza.
error-duplicate-resource = Amazon Connect segnala un utente duplicato per il profilo «{ $profile }» nell'istanza { $instance }.{ $aws }
    .hint = Chiedi all'amministratore di Connect di verificare che il tuo utente esista una sola volta.
# $resource: l'ARN della risorsa IAM da autorizzare, così com'è.
error-access-denied = Il profilo «{ $profile }» non è autorizzato ad accedere all'istanza { $instance }.{ $aws }
    .hint = Chiedi all'amministratore AWS di consentire connect:GetFederationToken su { $resource }. Guida alla configurazione: docs/aws-setup.md#the-agent-policy
error-user-not-onboarded = Il tuo utente non è ancora abilitato sull'istanza { $instance }.
    .hint = Chiedi all'amministratore di Connect di abilitare il tuo utente su questa istanza (Global Resiliency).
error-root-not-allowed = Il profilo «{ $profile }» usa le credenziali root dell'account, con cui non è possibile accedere ad Amazon Connect.
    .hint = Usa un ruolo IAM (o un utente IAM) il cui nome di sessione corrisponda al tuo nome utente Connect.

## Rete o servizio

error-internal-service = Amazon Connect nella regione { $region } ha avuto un errore interno, anche dopo nuovi tentativi.
    .hint = Riprova tra un minuto. Se il problema persiste, controlla l'AWS Health Dashboard.
error-throttled = Amazon Connect sta limitando le richieste del profilo «{ $profile }», anche dopo nuovi tentativi.
    .hint = Attendi qualche secondo e riprova.
# $code: il codice di errore inviato da AWS, così com'è.
error-unexpected-service-error = Amazon Connect ha risposto con un errore imprevisto { $code } per l'istanza { $instance }.{ $aws }
    .hint = Riprova; se il problema persiste, segnala questo messaggio.
# $what: bad-response-unparsed o bad-response-unread.
error-bad-response = Amazon Connect ha inviato una risposta inutilizzabile per l'istanza { $instance }: { $what }.
    .hint = Riprova; se il problema persiste, segnala questo messaggio.
error-timeout = Amazon Connect nella regione { $region } non ha risposto in tempo.
    .hint = La rete è lenta o Connect non risponde: riprova. I timeout si possono aumentare nelle impostazioni.
error-offline = Impossibile raggiungere Amazon Connect nella regione { $region }: questo computer sembra offline.
    .hint = Controlla la connessione Internet, la VPN o il proxy, poi riprova.
error-network = La connessione ad Amazon Connect nella regione { $region } si è interrotta durante la chiamata.
    .hint = Riprova; se succede ancora, controlla la VPN o il proxy.
error-folder-open-failed = Impossibile aprire la cartella { $path }.
    .hint = Aprila tu stesso nel gestore file; anche `connect-sso doctor` indica dove si trova il log.
error-diagnostics-unwritable = Impossibile salvare la diagnostica in { $path }: { $reason }
    .hint = Scegli una cartella in cui puoi scrivere, come Documenti o la Scrivania.
error-host-unreachable = Impossibile raggiungere { $host } da questo computer.
    .hint = Controlla la rete, la VPN o il proxy (HTTPS_PROXY, NO_PROXY), poi riprova.
error-proxy-invalid = L'indirizzo del proxy { $proxy } { $source ->
        [policy] nella policy IT
       *[other] in { $source }
    } non è un URL valido.
    .hint = Correggilo lì: un indirizzo proxy ha la forma http://proxy.example.com:8080.
error-proxy-failed = Il proxy { $proxy } non ha lasciato passare la chiamata verso AWS.
    .hint = Verifica che il proxy sia attivo e consenta *.amazonaws.com; chiedi all'IT o elenca in NO_PROXY gli host da raggiungere direttamente.
error-proxy-auth-required = Il proxy { $proxy } richiede nome utente e password.
    .hint = Inseriscili nell'indirizzo del proxy (http://utente:password@host:porta), in HTTPS_PROXY o nella policy IT, oppure chiedi all'IT di lasciar passare questa app.
error-tls-untrusted = Questo computer non considera attendibile il certificato di { $host }.
    .hint = Se la tua rete ispeziona il TLS, imposta AWS_CA_BUNDLE (o ca_bundle nel profilo AWS) sul file dei certificati CA della tua azienda (PEM).
error-ca-bundle-unreadable = Il bundle CA { $path } ({ $source }) non è utilizzabile: { $reason }
    .hint = Fai puntare { $source } a un file PEM leggibile con i certificati CA della tua azienda, oppure rimuovilo.

## Credenziali e configurazione AWS

# $code: il codice di errore inviato da AWS. $quoted: il nome del profilo tra virgolette per una shell.
error-credentials-rejected = AWS ha rifiutato le credenziali del profilo «{ $profile }» ({ $code }).
    .hint = Sono scadute o errate: aggiornale (ad esempio con `aws configure --profile { $quoted }`) e riprova.
error-clock-skew = AWS ha rifiutato la richiesta perché l'orologio di questo computer è sbagliato.
    .hint = Attiva l'ora automatica (ad esempio `timedatectl set-ntp true`) e riprova.
error-no-region = Il profilo «{ $profile }» non indica quale regione AWS usare.
    .hint = Aggiungi `region = ...` al profilo in ~/.aws/config oppure incolla l'ARN dell'istanza, che ne indica la regione.
error-credential-process-timeout = Il credential_process del profilo «{ $profile }» non è terminato entro { $seconds } s.
    .hint = Esegui a mano il comando credential_process del profilo: potrebbe attendere un input che qui non può ricevere.
error-credentials-timeout = Il caricamento delle credenziali del profilo «{ $profile }» ha richiesto più di { $seconds } s.
    .hint = Controlla la rete e l'origine delle credenziali del profilo, poi riprova.
error-sso-expired = L'accesso a IAM Identity Center del profilo «{ $profile }» manca o è scaduto.
    .hint = Esegui `aws sso login --profile { $quoted }` e riprova.
    .window-hint = Scegli Accedi con IAM Identity Center: l’app apre la pagina di accesso nel browser ed elenca le istanze non appena approvi.
# $detail: ciò che hanno detto il processo delle credenziali o l'SDK, così com'è.
error-credential-process-failed = Il credential_process del profilo «{ $profile }» non è riuscito: { $detail }
    .hint = Esegui a mano il comando credential_process del profilo per vederne l'errore; deve stampare le credenziali in JSON.
error-no-credentials = Il profilo «{ $profile }» non ha credenziali AWS utilizzabili: { $detail }
    .hint = Esegui `aws configure --profile { $quoted }` oppure chiedi al reparto IT un profilo con accesso ad Amazon Connect.
error-profile-not-found = Non esiste alcun profilo AWS denominato «{ $profile }».
    .hint = Scegli un profilo dall'elenco oppure aggiungilo con `aws configure sso` o in ~/.aws/config.
# $detail: il messaggio del parser, che indica file e riga.
error-aws-config-invalid = Impossibile leggere i file di configurazione AWS: { $detail }
    .hint = Correggi la riga indicata sopra in ~/.aws/config o ~/.aws/credentials (o nei file indicati da AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE).
# $service: il nome del servizio AWS ("Amazon Connect", "AWS STS"…).
error-endpoint-invalid = Il profilo '{ $profile }' invia le chiamate { $service } a '{ $url }', che non è un URL.
    .hint = Imposta AWS_ENDPOINT_URL* o l'endpoint_url del profilo su un indirizzo https://, oppure rimuovilo per usare l'endpoint di AWS.
error-custom-endpoint-forbidden = Il profilo «{ $profile }» invia le chiamate a { $service } a un endpoint personalizzato, cosa non consentita dalla policy della tua organizzazione.
    .hint = Rimuovi endpoint_url e le sezioni services dal profilo (e AWS_ENDPOINT_URL* dall'ambiente) oppure rivolgiti al reparto IT.

## Ricerca delle istanze

error-region-timeout = La regione { $region } non ha risposto entro { $seconds } s.
    .hint = Le altre regioni sono elencate; aggiorna più tardi per riprovare questa.
error-discovery-cache-unwritable = Impossibile salvare nella cache l'elenco delle istanze: { $detail }
    .hint = La ricerca funziona comunque; verifica che la cartella delle impostazioni sia scrivibile.

## IAM Identity Center e MFA

error-not-sso-profile = Il profilo «{ $profile }» non usa IAM Identity Center.
    .hint = Scegli un profilo con sso_session (o sso_start_url) in ~/.aws/config.
error-sso-login-none = Nessun accesso a IAM Identity Center in corso per il profilo «{ $profile }».
    .hint = Avvia di nuovo l'accesso.
error-sso-login-cancelled = L'accesso a IAM Identity Center è stato annullato.
    .hint = Avvialo di nuovo quando vuoi.
# $start_url: l'indirizzo del portale IAM Identity Center.
error-sso-login-denied = L'accesso a IAM Identity Center per { $start_url } è stato negato.
    .hint = Se la richiesta non è partita da te, avvisa il reparto IT. Altrimenti avvia di nuovo l'accesso e approvalo.
error-sso-login-expired = L'accesso a IAM Identity Center per { $start_url } non è stato approvato in tempo.
    .hint = Avvialo di nuovo e approvalo nel browser entro pochi minuti.
# $detail: ciò che ha detto IAM Identity Center, così com'è.
error-sso-refused = IAM Identity Center ({ $start_url }) ha rifiutato l'accesso: { $detail }
    .hint = Verifica sso_start_url e sso_region del profilo con il reparto IT, poi riprova.
error-sso-state-mismatch = Il browser è tornato con una risposta di IAM Identity Center che non appartiene a questo accesso; è stata rifiutata.
    .hint = Avvia di nuovo l'accesso da Connect SSO. Se succede ancora, avvisa il reparto IT.
error-sso-authorize-failed = IAM Identity Center ({ $start_url }) ha terminato l'accesso nel browser con l'errore { $error }.
    .hint = Avvia di nuovo l'accesso, oppure usa un codice (`connect-sso sso-login --use-device-code`).
error-sso-code-refused = IAM Identity Center ({ $start_url }) non ha accettato il codice di autorizzazione dell'accesso nel browser.
    .hint = Avvia di nuovo l'accesso. Se continua a non riuscire, usa un codice (`connect-sso sso-login --use-device-code`).
error-untrusted-verification-url = La pagina di verifica di IAM Identity Center non si trova su un host di accesso AWS; non è stata aperta.
    .hint = Verifica sso_start_url del profilo con il reparto IT.
error-sso-cache-unwritable = Impossibile salvare il token di IAM Identity Center in { $path }: { $detail }
    .hint = Verifica che ~/.aws/sso/cache sia scrivibile.
# $device: l'ARN del dispositivo MFA.
error-mfa-required = Il profilo «{ $profile }» richiede un codice MFA monouso per { $device }.
    .hint = Digita il codice a sei cifre dell'app di autenticazione; viene chiesto una volta per turno.
error-mfa-format = Un codice MFA è composto da sei cifre.
    .hint = Digita il codice che l'app di autenticazione mostra in questo momento.
error-mfa-refused = AWS non ha accettato questo codice MFA per il profilo «{ $profile }».
    .hint = Digita il codice attuale del dispositivo { $device } (i codici cambiano ogni 30 secondi).
error-mfa-not-needed = Il profilo «{ $profile }» non è un ruolo con un dispositivo MFA (mfa_serial).
    .hint = Scegli di nuovo il profilo; non richiede alcun codice.

## Profili dell'app

error-app-profile-not-found = Nelle impostazioni non esiste alcun profilo dell'app denominato «{ $profile }».
    .hint = `connect-sso profiles` elenca i profili; i profili dell'app provengono dal file delle impostazioni.
# $field: il nome del campo, come nel file delle impostazioni.
error-app-profile-invalid = Il profilo dell'app «{ $profile }» non è stato esportato: il campo { $field } non è valido.
    .hint = Non è stato scritto nulla. Correggi prima il profilo dell'app nel file delle impostazioni.
error-export-exists = { $path } contiene già un profilo o una sso-session denominati «{ $profile }».
    .hint = Non è stato modificato nulla. Rimuovi o rinomina prima quella sezione.
error-aws-config-unwritable = Impossibile scrivere { $path }: { $detail }
    .hint = Verifica che il file di configurazione AWS sia scrivibile.

## Dati digitati o scelti

error-profile-name-invalid = Non è un nome di profilo AWS valido.
    .hint = Scegli un profilo dall'elenco (`connect-sso profiles` li elenca).
error-instance-too-long = L'ID o l'ARN dell'istanza è troppo lungo.
    .hint = { -instance-hint }
# $input: ciò che è stato incollato (i primi 80 caratteri).
error-instance-not-id-or-arn = «{ $input }» non è né un ID né un ARN di istanza.
    .hint = { -instance-hint }
error-instance-bad-arn = «{ $input }» non è un ARN di istanza Amazon Connect valido.
    .hint = { -instance-hint }
-instance-hint = Incolla l'ID dell'istanza (ad esempio 12345678-abcd-…) o l'ARN dell'istanza dalla console di Amazon Connect.
error-no-instance-given = Nessuna istanza indicata e nessuna usata in precedenza.
    .hint = Passa --instance ID_OR_ARN (`connect-sso instances` le elenca).
error-too-many-regions = Si possono aggiungere al massimo { $max } regioni aggiuntive.
    .hint = Rimuovi le regioni che non usi.
error-region-invalid = «{ $region }» non è un codice di regione AWS.
    .hint = I codici di regione sono del tipo eu-west-3 o ap-south-1.
error-lead-minutes-range = Il preavviso del promemoria deve essere compreso tra 1 e 120 minuti.
    .hint = Inserisci un numero di minuti da 1 a 120.
error-zoom-unknown = { $percent } % non è una delle dimensioni della finestra offerte da Connect SSO.
    .hint = Usa Ctrl+= e Ctrl+- (o la dimensione nelle Impostazioni).
# $reason: il messaggio dell'errore MFA.
error-mfa-in-a-script = { $reason }
    .hint = Passa --mfa-code-stdin e scrivi sullo standard input il codice a sei cifre dell'app di autenticazione.

## Impostazioni e policy IT

# $setting: la chiave dell'impostazione, come nel file di policy ("closeToTray").
error-setting-managed = «{ $setting }» è gestita dalla tua organizzazione e non può essere modificata qui.
    .hint = Se deve essere diversa, rivolgiti al reparto IT.
# $detail: cosa non va, per il reparto IT, come lo dice il controllo o il sistema.
error-policy-invalid = Il file di policy IT { $path } non è utilizzabile: { $detail }.
    .hint = Finché non viene corretto valgono le tue impostazioni. IT: `connect-sso policy validate FILE` mostra l'errore; lo schema è docs/policy.schema.json.
error-policy-file-missing = { $path } non esiste.
    .hint = Indica il percorso del file di policy da controllare.
error-app-profile-unused = Il profilo dell'app «{ $profile }» nelle impostazioni non viene usato: il campo { $field } non è valido.
    .hint = Correggilo in { $path } (o chiedi al reparto IT, se è stato configurato da loro); gli altri profili funzionano normalmente.

## connect-sso doctor

error-doctor-root = Il profilo «{ $profile }» usa l'utente root dell'account ({ $arn }), che non può accedere ad Amazon Connect.
    .hint = Usa invece un ruolo IAM o un profilo IAM Identity Center.
error-doctor-connect-user-missing = Sull'istanza { $instance } non esiste alcun utente Amazon Connect di nome '{ $username }'.
    .hint = Crealo esattamente con quel nome utente (maiuscole e minuscole comprese), oppure fai coincidere il nome della sessione con un utente esistente. Guida alla configurazione: docs/aws-setup.md#connect-usernames
error-doctor-region-unknown = { $region } non è una regione in cui Amazon Connect risulti disponibile.
    .hint = Usa nel profilo la regione dell'istanza oppure, se Amazon Connect vi è appena arrivato, aggiungi la regione a extraRegions nelle impostazioni.

## L'URL di accesso, il browser, i link

# Perché un URL di accesso non è stato aperto ($reason di error-untrusted-sign-in-url).
url-reason-too-long = è troppo lungo
url-reason-characters = contiene caratteri non ammessi in un URL
url-reason-host-encoded = il suo host è codificato o non è in ASCII semplice
url-reason-user-info = contiene informazioni sull'utente
url-reason-not-https = non usa https
url-reason-port = specifica una porta
url-reason-ip-host = il suo host è un indirizzo IP
url-reason-no-host = non ha un host
url-reason-trailing-dot = il suo host termina con un punto
url-reason-bad-dns = il suo host non è un nome DNS valido
url-reason-not-connect-host = il suo host non è un host di accesso di Amazon Connect
url-reason-awsapps-path = su awsapps.com si aprono solo le pagine /connect di Amazon Connect
url-reason-not-instance-host = il suo host non è quello dell'URL di accesso dell'istanza
# Perché un link connect-sso:// è stato rifiutato ($reason di error-deep-link-invalid).
link-reason-too-long = è troppo lungo
link-reason-characters = contiene spazi o caratteri di controllo
link-reason-not-a-link = non è un link
link-reason-scheme = non è un link connect-sso://
link-reason-action = l'unica azione ammessa è sign-in
link-reason-extra-parts = contiene parti che un link di accesso non ha mai
link-reason-unknown-key = contiene una chiave diversa da profile e instance
link-reason-repeated-key = una chiave compare due volte
link-reason-no-profile = non indica alcun profilo
link-reason-no-instance = non indica alcuna istanza
link-reason-bad-profile = il nome del profilo non è valido
link-reason-bad-instance = l'istanza non è né un ID né un ARN di istanza
error-untrusted-sign-in-url = L'URL di accesso fornito da Amazon Connect non è stato aperto: { $reason }.
    .hint = Non è stato aperto nulla. Se usi un endpoint personalizzato, controllalo (badge del profilo); altrimenti segnala il problema.
error-deep-link-invalid = Questo link di Connect SSO non è stato usato: { $reason }.
    .hint = Chiedi a chi te l'ha inviato un link nel formato connect-sso://sign-in?profile=NAME&instance=ID.
error-no-url-launcher = Non è installato alcun programma per aprire gli URL (xdg-open), quindi non è possibile aprire un browser.
    .hint = Installa xdg-utils (Debian/Ubuntu: sudo apt install xdg-utils) e imposta un browser predefinito.
browser-reason-no-launcher = non è installato alcun programma per aprire gli URL (xdg-open)
browser-reason-launcher-failed = il programma di sistema per aprire gli URL non è riuscito
error-browser-failed = Impossibile aprire il browser: { $reason }.
    .hint = Installa o imposta un browser web predefinito (su Linux: xdg-utils e `xdg-settings set default-web-browser`), poi accedi di nuovo.
# $next: ciò che resta valido (uno dei messaggi browser-timeout-after-…).
error-browser-timeout = Il browser non ha aperto la pagina entro { $seconds } s.
    .hint = Verifica che sia impostato un browser predefinito e che si avvii. { $next }
browser-timeout-after-sign-in = La sessione è salvata: `connect-sso open` la riapre nel browser.
browser-timeout-after-open = La sessione è ancora salvata: esegui di nuovo `connect-sso open`.
browser-timeout-after-sign-out = I token sono stati rimossi dal portachiavi; disconnettiti nella scheda Amazon Connect del browser.
error-instance-not-allowed = La tua organizzazione consente l'accesso solo alle istanze che elenca; { $instance } con il profilo «{ $profile }» non è tra queste.
    .hint = Scegli una delle istanze contrassegnate come «Gestita» oppure rivolgiti al reparto IT.
error-logout-page-unknown = I token sono stati rimossi, ma l'indirizzo Amazon Connect di questa sessione è sconosciuto, quindi non è possibile aprirne la pagina di disconnessione nel browser.
    .hint = Disconnettiti nella scheda Amazon Connect del browser.

## Il portachiavi e il file delle impostazioni

# $detail: ciò che ha detto il portachiavi, così com'è.
error-keychain-locked = Il portachiavi è bloccato o ha negato l'accesso: { $detail }
    .hint = Sblocca il portachiavi (su Linux: il portachiavi di accesso in Password e chiavi / Seahorse) e riprova.
error-keychain-unavailable = Il portachiavi non è disponibile: { $detail }
    .hint = Su Linux installa e avvia un Secret Service come gnome-keyring (apt install gnome-keyring), poi accedi di nuovo.
error-keychain-mock = Questa build di Connect SSO non ha un archivio portachiavi nativo.
    .hint = Reinstalla Connect SSO da un pacchetto ufficiale.
error-keychain-connection-broke = La connessione al portachiavi si è interrotta due volte di seguito.
    .hint = Riavvia il servizio del portachiavi (o chiudi e riapri la sessione del computer), poi accedi di nuovo.
error-keychain-probe-failed = Il portachiavi ha accettato una voce ma non l'ha restituita.
    .hint = Riavvia il servizio del portachiavi (o chiudi e riapri la sessione del computer), poi esegui di nuovo `connect-sso doctor`.
# $entry: il nome della voce nel portachiavi.
error-keychain-entry-damaged = Una voce di Connect SSO nel portachiavi è danneggiata e non può essere letta ({ $entry }).
    .hint = Disconnettiti da quella sessione (o termina il turno) per rimuoverla, poi accedi di nuovo.
error-keychain-value-too-large = Un valore di { $bytes } byte supera le dimensioni delle voci che Connect SSO scrive nel portachiavi.
    .hint = Segnala il problema: i token di Amazon Connect sono molto più piccoli.
error-keychain-refused-size = Il portachiavi ha rifiutato un valore di { $bytes } byte.
    .hint = Questo archivio ha un limite di dimensione.
error-settings-unwritable = Impossibile salvare le impostazioni in { $path }: { $detail }
    .hint = Verifica che la cartella esista e sia scrivibile (disco pieno?). L'accesso in sé non è interessato.
# $moved: settings-moved-to, oppure niente.
error-settings-corrupt = Impossibile leggere il file delle impostazioni { $path } ({ $detail }); sono stati caricati i valori predefiniti.{ $moved }
    .hint = Scegli di nuovo profilo e istanza; verranno salvati in un nuovo file.
settings-moved-to = { " " }Il file è stato spostato in { $path }.

## Browsers chosen per instance ($browser: a product name such as "Google Chrome")
browser-reason-program-failed = { $browser } non si è avviato
error-browser-not-installed = { $browser }, scelto per questa istanza, non è installato su questo computer.
    .hint = Scegli un altro browser per l’istanza (o il browser predefinito) nella finestra o nelle Impostazioni, oppure installa { $browser }. In uno script: --browser default.
# $known: one of the browser-profiles-… messages.
error-browser-profile-not-found = { $browser } non ha alcun profilo chiamato «{ $profile }».
    .hint = { $known }
browser-profiles-none = Non elenca ancora profili: avvialo una volta. Oppure non scegliere alcun profilo per l’istanza.
browser-profiles-known = I suoi profili: { $profiles }. Scegline uno, o nessuno, per l’istanza.
error-browser-choice-invalid = Questa scelta del browser non è utilizzabile: { $detail }.
    .hint = Scegli prima un browser; profilo e finestra privata appartengono a un browser.
