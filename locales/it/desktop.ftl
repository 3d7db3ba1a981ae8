# Il menu dell'area di notifica, le notifiche del desktop e i testi del terminale.
# Termini come in window.ftl: istanza, profilo, accedi / disconnetti, sessione, Termina turno.

## Menu dell'area di notifica

# $sessions: quante sessioni salvate ci sono.
tray-tooltip = { $sessions ->
        [0] Connect SSO — nessun accesso eseguito
        [one] Connect SSO — { $sessions } sessione
       *[other] Connect SSO — { $sessions } sessioni
    }
tray-empty = Fissa le istanze nella finestra per vederle qui
# $instance: il nome dell'istanza.
tray-sign-in = Accedi a { $instance }
tray-signed-in = ● { $instance } — accesso eseguito
tray-show = Mostra Connect SSO
tray-end-shift = Termina turno (disconnetti ovunque)
tray-quit = Esci

## Notifiche del desktop

# $place: il nome dell'istanza.
notification-expiring-title = Sessione Amazon Connect in scadenza: { $place }
# $minutes: minuti interi rimanenti (almeno 1).
notification-expiring-body = { $minutes ->
        [one] La tua sessione su { $place } ({ $region }) scade tra { $minutes } minuto. Apri Connect SSO e accedi di nuovo per continuare a lavorare.
       *[other] La tua sessione su { $place } ({ $region }) scade tra { $minutes } minuti. Apri Connect SSO e accedi di nuovo per continuare a lavorare.
    }

## Il terminale (connect-sso …, senza --json)

# Un errore: messaggio, suggerimento e codice, su tre righe.
cli-error =
    errore: { $message }
      suggerimento: { $hint }
      codice: { $code }
cli-mfa-prompt = Codice MFA:{ " " }
# $session: cli-place-and-user.
cli-place-and-user = { $place } ({ $region }) come utente Connect { $user }
cli-place-unknown-user = { $place } ({ $region }) come utente Connect (sconosciuto)
cli-signed-in = Accesso eseguito a { $session }.
cli-signed-in-again = Nuovo accesso eseguito a { $session }.
cli-reopened = Sessione salvata riaperta: { $session }.
cli-browser-opened = Il browser è stato aperto.
cli-signed-out = Disconnessione eseguita: i token di «{ $profile }» su { $instance } sono stati rimossi dal portachiavi.
cli-no-session = Nessuna sessione salvata per «{ $profile }» su { $instance }.
cli-pinned = Istanza { $instance } ({ $profile }) fissata.
cli-unpinned = Istanza { $instance } ({ $profile }) non più fissata.
# $removed: quante sessioni sono state rimosse.
cli-shift-ended = { $removed ->
        [one] Turno terminato: { $removed } sessione salvata rimossa dal portachiavi.
       *[other] Turno terminato: { $removed } sessioni salvate rimosse dal portachiavi.
    }
cli-sso-open =
    Per accedere a IAM Identity Center, apri:
      { $url }
cli-sso-code = e verifica che la pagina mostri questo codice: { $code }
cli-sso-browser = Approva l'accesso a IAM Identity Center nel browser che si è aperto; tornerà qui da solo.
cli-sso-waiting = In attesa di approvazione…
cli-sso-signed-in = Accesso a IAM Identity Center eseguito per il profilo «{ $profile }».
sso-callback-success = Hai eseguito l'accesso a IAM Identity Center. Puoi chiudere questa scheda e tornare a Connect SSO.
sso-callback-failure = L'accesso a IAM Identity Center non è stato completato. Torna a Connect SSO per vederne il motivo.
cli-exported = Il profilo «{ $profile }» è stato aggiunto a { $path }.
cli-diagnostics-saved = Diagnostica salvata in { $path } ({ $files } file, { $kib } KiB). Invia questo file al tuo helpdesk: non contiene token né password.
diagnostics-save-title = Salva la diagnostica per l'helpdesk
# $access e $refresh: cli-expiry-at o cli-expiry-unknown.
cli-expiry = Scadenza del token di accesso: { $access }; del token di aggiornamento: { $refresh }.
# $time: un'ora UTC ("2026-11-28 10:23 UTC"); $relative: cli-relative-in o cli-relative-ago.
cli-expiry-at = { $time } ({ $relative })
cli-expiry-unknown = sconosciuta
cli-span-minutes = { $minutes } min
cli-span-hours = { $hours } h { $minutes } min
cli-relative-in = tra { $span }
cli-relative-ago = scaduto da { $span }
cli-session-line = { $session } [profilo { $profile }]
cli-no-sessions = Nessuna sessione salvata.
cli-no-profiles = Nessun profilo AWS trovato. Aggiungine uno con `aws configure sso` o in ~/.aws/config.
cli-no-instances = Nessuna istanza Amazon Connect visibile al profilo «{ $profile }» nella sua regione.
cli-column-profile = PROFILO
cli-column-kind = TIPO
cli-column-region = REGIONE
cli-column-endpoint = ENDPOINT
cli-column-alias = ALIAS
cli-column-id = ID
cli-column-identity = IDENTITÀ
cli-column-status = STATO
cli-column-browser = BROWSER
cli-column-name = NOME
cli-column-browser-profiles = PROFILI
cli-column-path = PERCORSO
# In the PATH column of `connect-sso browsers`.
cli-browser-not-installed = non installato
cli-endpoint-custom = personalizzato
cli-endpoint-aws = aws
cli-kind-static = chiavi statiche
cli-kind-sso = IAM Identity Center
cli-kind-role = ruolo
cli-kind-process = credential_process
cli-kind-other = altro
# $list: cli-list-fresh o cli-list-cached.
cli-regions-searched = { $regions ->
        [one] { $regions } regione cercata (errori: { $failed }); elenco { $list }.
       *[other] { $regions } regioni cercate (errori: { $failed }); elenco { $list }.
    }
cli-list-fresh = appena recuperato
cli-list-cached = di { $seconds } s fa (--refresh lo richiede di nuovo)
cli-region-warning = avviso: { $region }: { $message } ({ $code })
# $names: le chiavi delle impostazioni bloccate, separate da virgole; $restricted: "yes" quando l'accesso è limitato alle istanze elencate.
cli-policy-valid = { $path } è una policy Connect SSO valida. Istanze: { $instances }; impostazioni bloccate: { $locked }{ $locked ->
        [0] {""}
       *[other] { " " }({ $names })
    }{ $restricted ->
        [yes] ; accesso limitato a queste istanze
       *[no] {""}
    }.
cli-policy-unusable =
    { $message }
      suggerimento: { $hint }
cli-policy-applies = Si applica la policy in { $path }.
cli-policy-none = Nessuna policy: { $path } non esiste.
cli-policy-no-location = Nessun percorso per la policy su questo sistema operativo.

## The desktop entry (the Linux menu; one line each, no arguments)

desktop-entry-generic-name = Accesso ad Amazon Connect
desktop-entry-comment = Accedi ad Amazon Connect con un clic
# Search words for the menu, separated by semicolons.
desktop-entry-keywords = Amazon Connect;AWS;SSO;accesso;contact center;
