# I testi della finestra. Termini, usati ovunque allo stesso modo (come in errors.ftl e desktop.ftl):
#   istanza   – un'istanza Amazon Connect
#   profilo   – un profilo AWS della configurazione AWS, o un profilo definito in Connect SSO
#   accedi / disconnetti – i verbi; «accesso» è il sostantivo
#   sessione  – un accesso ad Amazon Connect salvato, che questa app può riaprire
#   Termina turno – disconnette tutte le sessioni in una volta (postazioni condivise)
# Gli argomenti sono dati (nomi, ID, regioni) e restano invariati. I numeri ($count, $total…) scelgono la forma
# plurale con un selettore ({ $count -> [one] … *[other] … }).
# «…» chiude un'etichetta che resta visibile mentre qualcosa è in corso; va mantenuto.

## Durate e orari (numeri e unità vengono da Intl: «58 min», «2 h 5 min»)

duration-under-a-minute = meno di un minuto
# $duration: «58 min», «2 h 5 min»
time-in = tra { $duration }
time-ago = { $duration } fa
# Qualcosa che è terminato (un token, una sessione). $duration: quanto tempo fa, «3 min».
time-expired-ago = scaduto da { $duration }
# Un orario con la distanza da adesso. $time: ora locale («14:32»); $relative: «tra 58 min», «scaduto da 3 min».
expiry-time = { $time } ({ $relative })

## Pulsanti usati in più punti

button-cancel = Annulla
button-continue = Continua
button-close = Chiudi
sign-in-button = Accedi
signing-in = Accesso in corso…
sign-out-button = Disconnetti
signing-out = Disconnessione…

## Intestazione

app-name = Connect SSO
app-subtitle = Accesso ad Amazon Connect con un clic
settings-button = Impostazioni

## Avvio (prima che la scelta dell'istanza possa apparire)

startup-loading = Lettura dei profili AWS…
startup-failed-title = Impossibile avviare Connect SSO
startup-failed-body = I dettagli sono riportati sopra. Risolvi il problema e riprova.
startup-retry = Riprova
no-profiles-title = Nessun profilo AWS trovato
no-profiles-body = Connect SSO ti fa accedere con un profilo della configurazione AWS. Aggiungine uno, poi ricarica:
# $command: il comando, mostrato come codice (l'attributo .command). Il comando resta invariato.
no-profiles-step-sso = Per IAM Identity Center (SSO), esegui { $command } in un terminale.
    .command = aws configure sso
# $command: come sopra. NOME indica un nome di profilo scelto dalla persona: solo NOME si può tradurre.
no-profiles-step-keys = Per le chiavi di accesso, esegui { $command }.
    .command = aws configure --profile NOME
# $section: una sezione del file di configurazione AWS; $file: quel file. Entrambi come codice; solo NOME si può
# tradurre.
no-profiles-step-file = Oppure aggiungi una sezione { $section } a { $file }.
    .section = [profile NOME]
    .file = ~/.aws/config
no-profiles-reload = Ricarica profili

## Layout

instances-card =
    .aria-label = Istanze Amazon Connect

## Scelta dell'istanza: la casella di ricerca

search-box = Cerca un'istanza Amazon Connect
    .placeholder = Nome, ID, account, regione o profilo
# I tasti (↑ ↓ Invio Esc Alt+P) hanno il nome che portano su una tastiera italiana.
search-help = ↑ ↓ scegli · Invio accedi · Esc cancella · Alt+P fissa
# Accanto alla casella di ricerca quando non c'è alcun filtro. $total: istanze elencate.
search-count-all = { $total }
# $shown: istanze che corrispondono alla ricerca; $total: istanze elencate.
search-count-some = { $shown } di { $total }
search-results-announce = { $count ->
        [0] Nessuna istanza corrisponde
        [one] { $count } istanza corrisponde
       *[other] { $count } istanze corrispondono
    }

## Scelta del profilo

profile-picker = Profilo AWS
profile-all = Tutti i profili
# Un profilo nell'elenco. $name: il nome del profilo; $kind: il tipo (profile-kind); $region: la regione predefinita
# (o profile-no-region).
profile-option = { $name } — { $kind } · { $region }
# Lo stesso, per un profilo con endpoint AWS personalizzato.
profile-option-custom-endpoint = { $name } — { $kind } · { $region } · { badge-custom-endpoint }
profile-no-region = nessuna regione
profile-no-default-region = nessuna regione predefinita
# Il tipo di profilo AWS. $kind è un codice: le chiavi delle varianti restano invariate.
profile-kind =
    { $kind ->
        [static] chiavi statiche
        [sso] IAM Identity Center
        [role] ruolo
        [process] processo esterno
       *[other] altro
    }
# Sotto la scelta del profilo quando il suo endpoint AWS è personalizzato (anche nella scheda di accesso e nella finestra
# dei link).
custom-endpoint-warning = Questo profilo invia le richieste AWS a un endpoint personalizzato impostato nella configurazione AWS. Accedi solo se l'hai configurato tu.

## Stato della ricerca delle istanze (sotto la scelta del profilo)

# $count: istanze elencate; $regions: in quante regioni AWS si trovano.
discovery-summary =
    { $count ->
        [0] Nessuna istanza
        [one] { $count } istanza in { $regions ->
            [one] { $regions } regione
           *[other] { $regions } regioni
        }
       *[other] { $count } istanze in { $regions ->
            [one] { $regions } regione
           *[other] { $regions } regioni
        }
    }
# Mentre è in corso una ricerca. $summary: la riga discovery-summary.
discovery-summary-refreshing = { $summary } · aggiornamento…
discovery-never = Istanze non ancora cercate
discovery-looking = Ricerca delle istanze…
# Dopo il riepilogo. $duration: quanto tempo fa è stato aggiornato l'elenco («3 min», «2 h 5 min»).
discovery-age = · aggiornato { $duration } fa
discovery-age-just-now = · aggiornato ora
discovery-refresh = Aggiorna
    .title = Cerca di nuovo le istanze in tutte le regioni
discovery-refreshing = Aggiornamento…
discovery-errors =
    .aria-label = Problemi nella ricerca delle istanze
# Un profilo di cui non è stato possibile elencare le istanze. $profile: il nome; $message: cosa non ha funzionato.
discovery-profile-error = { $profile }: { $message }
# Una regione in cui non è stato possibile cercare. $region: il codice della regione AWS; $message: cosa non ha funzionato.
discovery-region-error = { $region }: { $message }
# Lo stesso quando non sono riusciti più profili. $profile: il nome del profilo.
discovery-profile-region-error = { $profile } · { $region }: { $message }

## Elenco delle istanze

instances-list =
    .aria-label = Istanze Amazon Connect
list-section-pinned = Fissate
list-section-recent = Recenti
list-section-all = Tutte
# $query: ciò che la persona ha digitato nella casella di ricerca.
list-no-match = Nessuna istanza corrisponde a «{ $query }».
list-loading = Ricerca delle istanze Amazon Connect…
list-failed-profile = Impossibile elencare le istanze di questo profilo. Puoi comunque incollare qui sotto l'ID o l'ARN di un'istanza.
list-failed-all = Impossibile elencare le istanze dei tuoi profili. Puoi comunque incollare qui sotto l'ID o l'ARN di un'istanza.
list-empty-profile = Nessuna istanza Amazon Connect trovata per questo profilo
list-empty-all = Nessuna istanza Amazon Connect trovata
list-empty-hint = Se l'istanza si trova in un'altra regione o in un altro account, incollane qui sotto l'ID o l'ARN.

## Un'istanza nell'elenco

# La stella all'inizio di ogni riga. $label: il nome dell'istanza (nome visualizzato, alias o ID).
pin-toggle-pin =
    .aria-label = Fissa { $label }
    .title = Fissa in alto
pin-toggle-unpin =
    .aria-label = Non fissare più { $label }
    .title = Non fissare più
pin-button-pin = Fissa
pin-button-unpin = Non fissare più
pin-state-pinned = fissata
badge-managed = Gestita
badge-default = Predefinita
badge-recent = Recente
badge-custom-endpoint = endpoint personalizzato
# Un'istanza non ACTIVE. $status: il codice di stato AWS (le chiavi delle varianti restano); $fallback: un codice
# sconosciuto in lettere («Deleting»).
instance-status =
    { $status ->
        [CREATION_IN_PROGRESS] Creazione in corso
        [CREATION_FAILED] Creazione non riuscita
       *[other] { $fallback }
    }
# $type: come l'istanza gestisce i suoi utenti (identity-type).
instance-not-saml = Non SAML — l'accesso potrebbe non riuscire
    .title = Gestione delle identità: { $type }
# $type: il tipo di gestione delle identità AWS (le chiavi delle varianti restano); $fallback: un tipo sconosciuto in
# lettere.
identity-type =
    { $type ->
        [SAML] SAML
        [CONNECT_MANAGED] utenti gestiti da Connect
        [EXISTING_DIRECTORY] directory esistente
        [unknown] tipo di identità sconosciuto
       *[other] { $fallback }
    }
instance-restricted = Non consentita dalla tua organizzazione
# Su tutto ciò che imposta la policy IT (istanze fissate, impostazioni); citato anche in settings-policy-note.
managed-title = Gestito dalla tua organizzazione

## Incolla l'ID o l'ARN di un'istanza

# Il segnaposto mostra la forma di un ARN: REGIONE, ACCOUNT e ID si possono tradurre, il resto no.
paste-field = Incolla l'ID o l'ARN di un'istanza
    .placeholder = arn:aws:connect:REGIONE:ACCOUNT:instance/ID
paste-use = Usa
paste-looking-up = Ricerca…
paste-help-no-profile = Scegli un profilo AWS qui sopra per cercare un ID o un ARN.
# $profile: il profilo con cui viene cercato un ID o un ARN incollato.
paste-help-profile = Ricerca con il profilo { $profile }.

## Scheda di accesso

sign-in-title = Accedi
sign-in-profile = Profilo
sign-in-instance = Istanza
# $label: il nome dell'istanza; $region: il codice della sua regione AWS.
instance-with-region = { $label } ({ $region })
sign-in-help-getting-link = Richiesta del link di accesso ad Amazon Connect…
sign-in-help-waiting-sso = In attesa dell'accesso a IAM Identity Center…
sign-in-help-renewing = Nuovo accesso dal promemoria qui sopra…
sign-in-help-no-profiles = Scegli prima un profilo AWS.
sign-in-help-looking = Ricerca delle istanze…
sign-in-help-choose = Scegli un'istanza Amazon Connect.
sign-in-help-not-allowed = Non consentita dalla tua organizzazione: scegli una delle istanze gestite.
# $status: lo stato dell'istanza (instance-status).
sign-in-help-inactive = Questa istanza non è attiva ({ $status }): probabilmente l'accesso non riuscirà.
sign-in-help-not-saml = Questa istanza non usa SAML: l'accesso potrebbe non riuscire.
sign-in-help-ready = Amazon Connect si apre nel browser.
# Prima di accedere a un'istanza a cui si è già eseguito l'accesso con un altro profilo. $name: l'istanza (alias o ID);
# $profile: l'altro profilo.
duplicate-question = Hai già eseguito l'accesso a { $name } con il profilo { $profile }. Un nuovo accesso potrebbe chiudere quella sessione.

## Pannello di stato

status-title = Stato
status-idle = Nessun accesso ancora eseguito da questa finestra.
status-signed-in = Accesso eseguito
# $name: l'istanza (alias o ID); $region: il codice della sua regione AWS.
status-summary = Accesso eseguito a { $name } ({ $region })
status-browser = Browser aperto — continua lì in Amazon Connect.
status-resumed = Sessione salvata riaperta — nessun nuovo accesso necessario.
status-renewed = I token salvati erano scaduti: nuovo accesso eseguito.
# $profile: il profilo per cui l'accesso a IAM Identity Center (o il codice MFA) è andato a buon fine.
status-sso-done = Accesso a IAM Identity Center riuscito per il profilo { $profile }.
status-mfa-done = Codice MFA accettato per il profilo { $profile }.
status-user = Utente Connect
# L'identità AWS che ha eseguito l'accesso. $arn: il suo ARN.
caller-identity = Identità AWS: { $arn }
# Quando il backend non conosce l'utente Connect.
user-unknown = utente sconosciuto
status-profile = Profilo
status-access-expires = Scadenza token di accesso
status-refresh-expires = Scadenza token di aggiornamento
status-expiry-unknown = sconosciuta
status-not-remembered = Il portachiavi non è disponibile: questa sessione non verrà ricordata
# Dopo «Disconnetti». $name: l'istanza (alias o ID).
status-signed-out = Disconnessione da { $name } eseguita.
status-signed-out-browser = Disconnessione da { $name } eseguita. La pagina di disconnessione di Amazon Connect è stata aperta nel browser.
# Dopo «Termina turno». $count: quante sessioni sono state disconnesse.
end-shift-done =
    { $count ->
        [one] Turno terminato: { $count } sessione disconnessa.
       *[other] Turno terminato: { $count } sessioni disconnesse.
    }

## Scheda delle sessioni

sessions-title = Sessioni
# Il badge dopo il titolo. $count: sessioni salvate.
sessions-count = { $count }
sessions-empty = Nessuna sessione salvata.
sessions-sign-out-browser = Disconnetti anche da Amazon Connect nel browser
# $name: l'istanza (alias o ID); $profile: il profilo con cui è stato eseguito l'accesso.
session-open = Apri
    .aria-label = Apri { $name } nel browser (profilo { $profile })
session-opening = Apertura…
session-sign-out =
    .aria-label = Disconnetti da { $name } (profilo { $profile })
# Quando scade la sessione. $time: ora locale; $relative: «tra 11 h», «scaduto da 3 min».
session-until = scadenza { $time } ({ $relative })
session-expiry-unknown = scadenza sconosciuta
end-shift = Termina turno
# Chiesto sul posto prima di «Termina turno». $count: sessioni salvate.
end-shift-question =
    { $count ->
        [one] Disconnettere { $count } sessione?
       *[other] Disconnettere tutte le { $count } sessioni?
    }
end-shift-confirm = Disconnetti tutte

## Banner: errori, avvisi, promemoria, il file di policy

# $code: il codice dell'errore (per l'assistenza), mostrato come codice.
error-code = Codice di errore { $code }
error-dismiss = Chiudi il messaggio di errore
notice-dismiss = Chiudi l'avviso
# Quando un errore non ha un testo proprio.
window-error-unknown = Si è verificato un errore.
    .hint = Riprova. Se il problema persiste, riavvia Connect SSO.
# La finestra non ha raggiunto il backend. $detail: cosa ha detto il sistema (spesso in inglese).
window-error-internal = { $detail }
    .hint = Riprova. Se il problema persiste, riavvia Connect SSO.
# $detail: perché la finestra non riceve gli eventi dell'app.
reminders-unavailable = Connect SSO non può mostrare in questa finestra i promemoria prima della fine di una sessione ({ $detail }).
    .hint = Le notifiche del desktop ti avvisano comunque. Riavvia Connect SSO se il problema persiste.
mfa-code = Codice MFA
mfa-checking = Verifica…
sso-login-opening = Apertura del browser…
expiring-title-fallback = Una sessione Amazon Connect sta per scadere
# Altri promemoria dietro quello mostrato. $count: quanti.
expiring-more =
    { $count ->
        [one] +{ $count } altro
       *[other] +{ $count } altri
    }
expiring-sign-in = Accedi di nuovo
expiring-dismiss = Chiudi questo promemoria
# Per chi amministra il file di policy. $message: cosa non va; $hint: cosa fare.
policy-error = Impossibile usare il file di policy della tua organizzazione: { $message } ({ $hint })
policy-error-no-hint = Impossibile usare il file di policy della tua organizzazione: { $message }
# $path: dove si trova il file di policy.
policy-error-path = File di policy: { $path }
policy-error-note = Finché non viene corretto, Connect SSO usa le tue impostazioni.
policy-error-dismiss = Chiudi l'avviso sulla policy

## Accedi con IAM Identity Center

sso-login-title = Accedi con IAM Identity Center
sso-login-intro = Il browser ha aperto la pagina di IAM Identity Center. Verifica che mostri questo codice, poi approva:
sso-login-browser-intro = Approva l'accesso nel browser. Tornerà qui da solo; non c'è alcun codice da confrontare.
sso-login-use-code = Usa invece un codice
sso-login-waiting = In attesa di approvazione…
# Per quanto tempo il codice mostrato è ancora valido. $duration: «9 min», «meno di un minuto».
sso-code-valid = Codice valido ancora per { $duration }
sso-code-expired = Codice scaduto

## Finestra dei link (un link connect-sso:// chiede di accedere)

deep-link-title = Accedere da un link?
# $label: il nome dell'istanza; $id: il suo ID; $profile: il profilo indicato dal link.
deep-link-question = Accedere a { $label } ({ $id }) con il profilo { $profile }?
# Lo stesso per un'istanza senza nome.
deep-link-question-id = Accedere a { $id } con il profilo { $profile }?
# $region: il codice della regione AWS indicato dal link.
deep-link-region = Regione: { $region }
# $profile: il profilo indicato dal link.
deep-link-unknown-profile = Su questo computer non esiste alcun profilo AWS denominato { $profile }: l'accesso non riuscirà.
deep-link-queued = È arrivato un altro link. Verrà mostrato dopo che avrai risposto a questo.
deep-link-note = Un link ha chiesto a Connect SSO di farti accedere. Continua solo se te lo aspettavi.

## Impostazioni

settings-title = Impostazioni
settings-language = Lingua
settings-language-system = Come il sistema
settings-zoom = Dimensione
settings-zoom-hint = Ctrl+= e Ctrl+- la cambiano ovunque nella finestra; Ctrl+0 torna al 100%.
settings-close-to-tray = Chiudi nell'area di notifica
settings-close-to-tray-hint = Chiudendo la finestra, Connect SSO resta attivo nell'area di notifica.
settings-start-at-login = Avvia con il sistema
settings-sign-in-at-launch = All'avvio, accedi alla mia istanza predefinita
settings-default-none = Nessuna istanza predefinita impostata.
# $instance: il nome (o l'ID) dell'istanza predefinita; $profile: il suo profilo.
settings-default = Predefinita: { $instance } (profilo { $profile }).
settings-notifications = Avvisami prima della fine di una sessione
settings-lead-minutes = Minuti prima della fine di una sessione
# $min, $max: l'intervallo consentito.
settings-lead-invalid = Scegli un valore tra { $min } e { $max } minuti.
    .hint = Connect SSO ti ricorda di accedere di nuovo questo numero di minuti prima della fine di una sessione.
# I codici di regione nel segnaposto sono esempi: restano invariati.
settings-extra-regions = Regioni aggiuntive
    .placeholder = ad es. eu-west-2, ap-southeast-2
settings-extra-regions-hint = Cercate oltre alle regioni Amazon Connect predefinite. Separale con virgole o spazi.
# $count: quante voci non sono regioni; $list: quelle voci, così come sono state digitate.
settings-regions-invalid =
    { $count ->
        [one] Regione non valida: { $list }.
       *[other] Regioni non valide: { $list }.
    }
    .hint = Le regioni hanno la forma eu-west-2 o ap-southeast-2.
settings-shortcut = Scorciatoia: mostra la finestra e cerca
settings-shortcut-none = Nessuna
settings-regions = Regioni cercate
settings-policy-note = I campi contrassegnati con «{ managed-title }» sono impostati da un file di policy.
# $path: dove si trova il file di policy.
settings-policy-note-path = I campi contrassegnati con «{ managed-title }» sono impostati dal file di policy { $path }.

## The browser an instance opens in ($browser: a product name such as "Google Chrome"; $profile: a browser profile's name)
settings-browser = Browser
settings-browser-hint = Le istanze si aprono qui, a meno che non abbiano un browser proprio (scelto nella scheda Accedi).
browser-system-default = Browser predefinito del sistema
browser-same-as-all = Come tutte le istanze ({ $browser })
browser-with-profile = { $browser } — { $profile }
browser-not-installed = { $browser } (non installato)
browser-private = Finestra privata
# In the error panel when the chosen browser is gone: focuses the instance's browser picker.
choose-browser = Scegli un browser
settings-instance-browsers = Istanze con un browser proprio
settings-instance-browsers-none = Nessuna per ora: scegline uno per un’istanza in «Si apre in» nella scheda Accedi.
settings-help = Aiuto
settings-help-hint = Per il tuo helpdesk: il log dell'app e un file di diagnostica da inviare. Nessuno dei due contiene token o password.
settings-open-log-folder = Apri la cartella dei log
settings-save-diagnostics = Salva diagnostica…
settings-diagnostics-saving = Salvataggio della diagnostica…
settings-diagnostics-saved = Diagnostica salvata in { $path } ({ $files } file). Invia questo file al tuo helpdesk.
sign-in-browser = Si apre in
