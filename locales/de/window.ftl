# Die Texte des Fensters. Begriffe, überall gleich verwendet (wie in errors.ftl und desktop.ftl):
#   Instanz   – eine Amazon Connect-Instanz
#   Profil    – ein AWS-Profil aus der AWS-Konfiguration oder ein in Connect SSO definiertes Profil
#   anmelden / abmelden – die Verben; „Anmeldung“ ist das Substantiv
#   Sitzung   – eine gespeicherte Amazon Connect-Anmeldung, die diese App wieder öffnen kann
#   Schicht beenden – meldet alle Sitzungen auf einmal ab (geteilte Arbeitsplätze)
# Argumente sind Daten (Namen, IDs, Regionen) und bleiben unverändert. Anzahlen ($count, $total…) sind Zahlen:
# Die Pluralform wählt ein Selektor ({ $count -> [one] … *[other] … }).
# „…“ beendet eine Beschriftung, die stehen bleibt, während etwas läuft; es bleibt erhalten.

## Dauer und Uhrzeiten (Zahlen und Einheiten kommen von Intl: „58 Min.“, „2 Std., 5 Min.“)

# Steht nur hinter „in“, „vor“ und „seit“ (time-in, time-ago, time-expired-ago, sso-code-valid), daher im Dativ.
duration-under-a-minute = weniger als einer Minute
# $duration: „58 Min.“, „2 Std., 5 Min.“
time-in = in { $duration }
time-ago = vor { $duration }
# Etwas, das abgelaufen ist (ein Token, eine Sitzung). $duration: wie lange her, „3 Min.“.
time-expired-ago = seit { $duration } abgelaufen
# Eine Uhrzeit mit ihrem Abstand. $time: lokale Uhrzeit („14:32“); $relative: „in 58 Min.“, „seit 3 Min. abgelaufen“.
expiry-time = { $time } ({ $relative })

## Schaltflächen an mehreren Stellen

button-cancel = Abbrechen
button-continue = Weiter
button-close = Schließen
sign-in-button = Anmelden
signing-in = Anmeldung läuft…
sign-out-button = Abmelden
signing-out = Abmeldung läuft…

## Kopfzeile

app-name = Connect SSO
app-subtitle = Ein-Klick-Anmeldung bei Amazon Connect
settings-button = Einstellungen

## Start (bevor die Auswahl erscheinen kann)

startup-loading = Ihre AWS-Profile werden gelesen…
startup-failed-title = Connect SSO konnte nicht starten
startup-failed-body = Details siehe oben. Beheben Sie das Problem und versuchen Sie es dann erneut.
startup-retry = Erneut versuchen
no-profiles-title = Keine AWS-Profile gefunden
no-profiles-body = Connect SSO meldet Sie mit einem Profil aus Ihrer AWS-Konfiguration an. Legen Sie eines an und laden Sie dann neu:
# $command: der Befehl, als Code dargestellt (das Attribut .command). Der Befehl bleibt unverändert.
no-profiles-step-sso = Für IAM Identity Center (SSO) führen Sie { $command } in einem Terminal aus.
    .command = aws configure sso
# $command: wie oben. NAME steht für einen frei gewählten Profilnamen: Nur NAME darf übersetzt werden.
no-profiles-step-keys = Für Zugriffsschlüssel führen Sie { $command } aus.
    .command = aws configure --profile NAME
# $section: ein Abschnitt der AWS-Konfigurationsdatei; $file: diese Datei. Beide als Code; nur NAME darf übersetzt werden.
no-profiles-step-file = Oder ergänzen Sie in { $file } einen Abschnitt { $section }.
    .section = [profile NAME]
    .file = ~/.aws/config
no-profiles-reload = Profile neu laden

## Aufbau

instances-card =
    .aria-label = Amazon Connect-Instanzen

## Instanzauswahl: das Suchfeld

search-box = Amazon Connect-Instanz suchen
    .placeholder = Name, ID, Konto, Region oder Profil
# Die Tasten (↑ ↓ Eingabe Esc Alt+P) heißen wie auf einer deutschen Tastatur.
search-help = ↑ ↓ wählen · Eingabe anmelden · Esc leeren · Alt+P anheften
# Neben dem Suchfeld, wenn nichts gefiltert ist. $total: aufgelistete Instanzen.
search-count-all = { $total }
# $shown: Instanzen, die zur Suche passen; $total: aufgelistete Instanzen.
search-count-some = { $shown } von { $total }
search-results-announce = { $count ->
        [0] Keine Instanz gefunden
        [one] { $count } Instanz gefunden
       *[other] { $count } Instanzen gefunden
    }

## Profilauswahl

profile-picker = AWS-Profil
profile-all = Alle Profile
# Ein Profil in der Auswahl. $name: Name des Profils; $kind: seine Art (profile-kind); $region: seine Standardregion
# (oder profile-no-region).
profile-option = { $name } — { $kind } · { $region }
# Dasselbe für ein Profil, dessen AWS-Endpunkt überschrieben ist.
profile-option-custom-endpoint = { $name } — { $kind } · { $region } · { badge-custom-endpoint }
profile-no-region = keine Region
profile-no-default-region = keine Standardregion
# Die Art des AWS-Profils. $kind ist ein Code: Die Variantenschlüssel bleiben unverändert.
profile-kind =
    { $kind ->
        [static] statische Schlüssel
        [sso] IAM Identity Center
        [role] Rolle
        [process] externer Prozess
       *[other] andere
    }
# Unter der Auswahl, wenn der AWS-Endpunkt eines Profils überschrieben ist (auch in der Anmeldekarte und im Link-Dialog).
custom-endpoint-warning = Dieses Profil sendet AWS-Anfragen an einen eigenen Endpunkt aus Ihrer AWS-Konfiguration. Melden Sie sich nur an, wenn Sie ihn selbst eingerichtet haben.

## Status der Instanzsuche (unter der Profilauswahl)

# $count: aufgelistete Instanzen; $regions: in wie vielen AWS-Regionen sie liegen.
discovery-summary =
    { $count ->
        [0] Keine Instanzen
        [one] { $count } Instanz in { $regions ->
            [one] { $regions } Region
           *[other] { $regions } Regionen
        }
       *[other] { $count } Instanzen in { $regions ->
            [one] { $regions } Region
           *[other] { $regions } Regionen
        }
    }
# Während eine Suche läuft. $summary: die Zeile discovery-summary.
discovery-summary-refreshing = { $summary } · wird aktualisiert…
discovery-never = Noch nicht nach Instanzen gesucht
discovery-looking = Instanzen werden gesucht…
# Nach der Zusammenfassung. $duration: wann die Liste zuletzt aktualisiert wurde („3 Min.“, „2 Std., 5 Min.“).
discovery-age = · vor { $duration } aktualisiert
discovery-age-just-now = · gerade aktualisiert
discovery-refresh = Aktualisieren
    .title = In allen Regionen erneut nach Instanzen suchen
discovery-refreshing = Wird aktualisiert…
discovery-errors =
    .aria-label = Probleme bei der Instanzsuche
# Ein Profil, dessen Instanzen nicht aufgelistet werden konnten. $profile: sein Name; $message: was schiefging.
discovery-profile-error = { $profile }: { $message }
# Eine Region, die nicht durchsucht werden konnte. $region: der AWS-Regionscode; $message: was schiefging.
discovery-region-error = { $region }: { $message }
# Dasselbe, wenn mehrere Profile fehlschlugen. $profile: der Name des Profils.
discovery-profile-region-error = { $profile } · { $region }: { $message }

## Instanzliste

instances-list =
    .aria-label = Amazon Connect-Instanzen
list-section-pinned = Angeheftet
list-section-recent = Kürzlich verwendet
list-section-all = Alle
# $query: was im Suchfeld eingegeben wurde.
list-no-match = Keine Instanzen für „{ $query }“ gefunden.
list-loading = Amazon Connect-Instanzen werden gesucht…
list-failed-profile = Die Instanzen dieses Profils konnten nicht aufgelistet werden. Sie können unten trotzdem eine Instanz-ID oder einen ARN einfügen.
list-failed-all = Die Instanzen Ihrer Profile konnten nicht aufgelistet werden. Sie können unten trotzdem eine Instanz-ID oder einen ARN einfügen.
list-empty-profile = Keine Amazon Connect-Instanzen für dieses Profil gefunden
list-empty-all = Keine Amazon Connect-Instanzen gefunden
list-empty-hint = Liegt Ihre Instanz in einer anderen Region oder einem anderen Konto, fügen Sie unten ihre ID oder ihren ARN ein.

## Eine Instanz in der Liste

# Der Stern vor jeder Zeile. $label: der Name der Instanz (Anzeigename, Alias oder ID).
pin-toggle-pin =
    .aria-label = { $label } anheften
    .title = Oben anheften
pin-toggle-unpin =
    .aria-label = Anheften von { $label } aufheben
    .title = Anheften aufheben
pin-button-pin = Anheften
pin-button-unpin = Lösen
pin-state-pinned = angeheftet
badge-managed = Verwaltet
badge-default = Standard
badge-recent = Kürzlich
badge-custom-endpoint = eigener Endpunkt
# Eine Instanz, die nicht ACTIVE ist. $status: der AWS-Statuscode (Variantenschlüssel bleiben); $fallback: ein
# unbekannter Code in Klartext („Deleting“).
instance-status =
    { $status ->
        [CREATION_IN_PROGRESS] Wird erstellt
        [CREATION_FAILED] Erstellung fehlgeschlagen
       *[other] { $fallback }
    }
# $type: wie die Instanz ihre Benutzer verwaltet (identity-type).
instance-not-saml = Kein SAML – Anmeldung kann fehlschlagen
    .title = Identitätsverwaltung: { $type }
# $type: der AWS-Typ der Identitätsverwaltung (Variantenschlüssel bleiben); $fallback: ein unbekannter Typ in Klartext.
identity-type =
    { $type ->
        [SAML] SAML
        [CONNECT_MANAGED] in Connect verwaltete Benutzer
        [EXISTING_DIRECTORY] vorhandenes Verzeichnis
        [unknown] Identitätstyp unbekannt
       *[other] { $fallback }
    }
instance-restricted = Von Ihrer Organisation nicht erlaubt
# An allem, was die IT-Richtlinie festlegt (angeheftete Instanzen, Einstellungen); auch in settings-policy-note zitiert.
managed-title = Von Ihrer Organisation verwaltet

## Instanz-ID oder ARN einfügen

# Der Platzhalter zeigt den Aufbau eines ARN: REGION, KONTO und ID dürfen übersetzt werden, der Rest nicht.
paste-field = Instanz-ID oder ARN einfügen
    .placeholder = arn:aws:connect:REGION:KONTO:instance/ID
paste-use = Verwenden
paste-looking-up = Wird gesucht…
paste-help-no-profile = Wählen Sie oben ein AWS-Profil, um eine ID oder einen ARN abzufragen.
# $profile: das Profil, mit dem eine eingefügte ID oder ein ARN abgefragt wird.
paste-help-profile = Abfrage mit Profil { $profile }.

## Anmeldekarte

sign-in-title = Anmelden
sign-in-profile = Profil
sign-in-instance = Instanz
# $label: der Name der Instanz; $region: ihr AWS-Regionscode.
instance-with-region = { $label } ({ $region })
sign-in-help-getting-link = Anmeldelink wird von Amazon Connect abgerufen…
sign-in-help-waiting-sso = Warten auf die IAM Identity Center-Anmeldung…
sign-in-help-renewing = Erneute Anmeldung über die Erinnerung oben…
sign-in-help-no-profiles = Wählen Sie zuerst ein AWS-Profil.
sign-in-help-looking = Instanzen werden gesucht…
sign-in-help-choose = Wählen Sie eine Amazon Connect-Instanz.
sign-in-help-not-allowed = Von Ihrer Organisation nicht erlaubt: Wählen Sie eine der von ihr verwalteten Instanzen.
# $status: der Status der Instanz (instance-status).
sign-in-help-inactive = Diese Instanz ist nicht aktiv ({ $status }): Die Anmeldung schlägt wahrscheinlich fehl.
sign-in-help-not-saml = Diese Instanz verwendet kein SAML: Die Anmeldung kann fehlschlagen.
sign-in-help-ready = Amazon Connect wird in Ihrem Browser geöffnet.
# Vor der Anmeldung bei einer Instanz, bei der Sie schon mit einem anderen Profil angemeldet sind. $name: die Instanz
# (Alias oder ID); $profile: das andere Profil.
duplicate-question = Sie sind bei { $name } bereits mit Profil { $profile } angemeldet. Eine erneute Anmeldung kann diese Sitzung beenden.

## Statusbereich

status-title = Status
status-idle = In diesem Fenster noch nicht angemeldet.
status-signed-in = Angemeldet
# $name: die Instanz (Alias oder ID); $region: ihr AWS-Regionscode.
status-summary = Angemeldet bei { $name } ({ $region })
status-browser = Browser geöffnet – fahren Sie dort in Amazon Connect fort.
status-resumed = Gespeicherte Sitzung erneut geöffnet – keine neue Anmeldung nötig.
status-renewed = Gespeicherte Tokens waren abgelaufen: erneut angemeldet.
# $profile: das Profil, dessen IAM Identity Center-Anmeldung (oder MFA-Code) erfolgreich war.
status-sso-done = IAM Identity Center-Anmeldung für Profil { $profile } erfolgreich.
status-mfa-done = MFA-Code für Profil { $profile } akzeptiert.
status-user = Connect-Benutzer
# Die AWS-Identität, die sich angemeldet hat. $arn: ihr ARN.
caller-identity = AWS-Identität: { $arn }
# Wenn das Backend den Connect-Benutzer nicht kennt.
user-unknown = unbekannter Benutzer
status-profile = Profil
status-access-expires = Ablauf Zugriffstoken
status-refresh-expires = Ablauf Aktualisierungstoken
status-expiry-unknown = unbekannt
status-not-remembered = Der Schlüsselbund ist nicht verfügbar: Diese Sitzung wird nicht gespeichert
# Nach „Abmelden“. $name: die Instanz (Alias oder ID).
status-signed-out = Von { $name } abgemeldet.
status-signed-out-browser = Von { $name } abgemeldet. Die Abmeldeseite von Amazon Connect wurde in Ihrem Browser geöffnet.
# Nach „Schicht beenden“. $count: wie viele Sitzungen abgemeldet wurden.
end-shift-done =
    { $count ->
        [one] Schicht beendet: { $count } Sitzung abgemeldet.
       *[other] Schicht beendet: { $count } Sitzungen abgemeldet.
    }

## Karte „Sitzungen“

sessions-title = Sitzungen
# Das Badge nach dem Titel. $count: gespeicherte Sitzungen.
sessions-count = { $count }
sessions-empty = Keine gespeicherten Sitzungen.
sessions-sign-out-browser = Auch im Browser von Amazon Connect abmelden
# $name: die Instanz (Alias oder ID); $profile: das Profil, mit dem sie angemeldet ist.
session-open = Öffnen
    .aria-label = { $name } im Browser öffnen (Profil { $profile })
session-opening = Wird geöffnet…
session-sign-out =
    .aria-label = Von { $name } abmelden (Profil { $profile })
# Wann die Sitzung endet. $time: lokale Uhrzeit; $relative: „in 11 Std.“, „seit 3 Min. abgelaufen“.
session-until = bis { $time } ({ $relative })
session-expiry-unknown = Ablauf unbekannt
end-shift = Schicht beenden
# Rückfrage vor „Schicht beenden“. $count: gespeicherte Sitzungen.
end-shift-question =
    { $count ->
        [one] Von { $count } Sitzung abmelden?
       *[other] Von allen { $count } Sitzungen abmelden?
    }
end-shift-confirm = Alle abmelden

## Banner: Fehler, Hinweise, Erinnerungen, die Richtliniendatei

# $code: der Code des Fehlers (für den Support), als Code dargestellt.
error-code = Fehlercode { $code }
error-dismiss = Fehlermeldung schließen
notice-dismiss = Hinweis schließen
# Wenn ein Fehler keinen eigenen Text hat.
window-error-unknown = Ein Fehler ist aufgetreten.
    .hint = Versuchen Sie es erneut. Tritt der Fehler weiter auf, starten Sie Connect SSO neu.
# Das Fenster hat das Backend nicht erreicht. $detail: was das System gemeldet hat (oft Englisch).
window-error-internal = { $detail }
    .hint = Versuchen Sie es erneut. Tritt der Fehler weiter auf, starten Sie Connect SSO neu.
# $detail: warum das Fenster die Ereignisse der App nicht empfangen kann.
reminders-unavailable = Connect SSO kann in diesem Fenster keine Erinnerungen vor Sitzungsende anzeigen ({ $detail }).
    .hint = Desktop-Benachrichtigungen warnen Sie weiterhin. Starten Sie Connect SSO neu, wenn das Problem anhält.
mfa-code = MFA-Code
mfa-checking = Wird geprüft…
sso-login-opening = Browser wird geöffnet…
expiring-title-fallback = Eine Amazon Connect-Sitzung endet bald
# Weitere Erinnerungen hinter der angezeigten. $count: wie viele.
expiring-more = +{ $count } weitere
expiring-sign-in = Erneut anmelden
expiring-dismiss = Diese Erinnerung schließen
# Für die Verwaltung der Richtliniendatei. $message: was daran falsch ist; $hint: was zu tun ist.
policy-error = Die Richtliniendatei Ihrer Organisation konnte nicht verwendet werden: { $message } ({ $hint })
policy-error-no-hint = Die Richtliniendatei Ihrer Organisation konnte nicht verwendet werden: { $message }
# $path: wo die Richtliniendatei liegt.
policy-error-path = Richtliniendatei: { $path }
policy-error-note = Bis zur Korrektur verwendet Connect SSO Ihre eigenen Einstellungen.
policy-error-dismiss = Richtlinienproblem schließen

## Mit IAM Identity Center anmelden

sso-login-title = Mit IAM Identity Center anmelden
sso-login-intro = Ihr Browser hat die Seite von IAM Identity Center geöffnet. Prüfen Sie, ob dort dieser Code steht, und genehmigen Sie dann:
sso-login-browser-intro = Genehmigen Sie die Anmeldung in Ihrem Browser. Er kehrt von selbst hierher zurück; es gibt keinen Code zu vergleichen.
sso-login-use-code = Stattdessen einen Code verwenden
sso-login-waiting = Warten auf Genehmigung…
# Wie lange der angezeigte Code noch gilt. $duration: „9 Min.“, duration-under-a-minute.
sso-code-valid = Code läuft in { $duration } ab
sso-code-expired = Code abgelaufen

## Link-Dialog (ein connect-sso://-Link bittet um Anmeldung)

deep-link-title = Über einen Link anmelden?
# $label: der Name der Instanz; $id: ihre ID; $profile: das Profil, das der Link nennt.
deep-link-question = Bei { $label } ({ $id }) mit Profil { $profile } anmelden?
# Dasselbe für eine Instanz ohne Namen.
deep-link-question-id = Bei { $id } mit Profil { $profile } anmelden?
# $region: der AWS-Regionscode aus dem Link.
deep-link-region = Region: { $region }
# $profile: das Profil, das der Link nennt.
deep-link-unknown-profile = Auf diesem Computer gibt es kein AWS-Profil namens { $profile }: Die Anmeldung wird fehlschlagen.
deep-link-queued = Ein weiterer Link ist eingegangen. Er erscheint, sobald Sie diesen beantwortet haben.
deep-link-note = Ein Link hat Connect SSO aufgefordert, Sie anzumelden. Fahren Sie nur fort, wenn Sie das erwartet haben.

## Einstellungen

settings-title = Einstellungen
settings-language = Sprache
settings-language-system = Wie im System
settings-zoom = Größe
settings-zoom-hint = Strg+= und Strg+- ändern sie überall im Fenster; Strg+0 setzt sie auf 100 % zurück.
settings-close-to-tray = In den Infobereich schließen
settings-close-to-tray-hint = Beim Schließen des Fensters läuft Connect SSO im Infobereich weiter.
settings-start-at-login = Beim Systemstart öffnen
settings-sign-in-at-launch = Beim Start bei meiner Standardinstanz anmelden
settings-default-none = Keine Standardinstanz festgelegt.
# $instance: der Name (oder die ID) der Standardinstanz; $profile: ihr Profil.
settings-default = Standard: { $instance } (Profil { $profile }).
settings-notifications = Vor Sitzungsende benachrichtigen
settings-lead-minutes = Minuten vor Sitzungsende
# $min, $max: der erlaubte Bereich.
settings-lead-invalid = Wählen Sie zwischen { $min } und { $max } Minuten.
    .hint = So viele Minuten vor Sitzungsende erinnert Connect SSO Sie an die erneute Anmeldung.
# Die Regionscodes im Platzhalter sind Beispiele: Sie bleiben unverändert.
settings-extra-regions = Zusätzliche Regionen
    .placeholder = z. B. eu-west-2, ap-southeast-2
settings-extra-regions-hint = Werden zusätzlich zu den integrierten Amazon Connect-Regionen durchsucht. Trennen Sie sie durch Kommas oder Leerzeichen.
# $count: wie viele Einträge keine Regionen sind; $list: diese Einträge, wie eingegeben.
settings-regions-invalid =
    { $count ->
        [one] Ungültige Region: { $list }.
       *[other] Ungültige Regionen: { $list }.
    }
    .hint = Regionen sehen aus wie eu-west-2 oder ap-southeast-2.
settings-shortcut = Tastenkürzel: Fenster anzeigen und suchen
settings-shortcut-none = Keins
settings-regions = Durchsuchte Regionen
settings-policy-note = Mit „{ managed-title }“ gekennzeichnete Felder werden durch eine Richtliniendatei festgelegt.
# $path: wo die Richtliniendatei liegt.
settings-policy-note-path = Mit „{ managed-title }“ gekennzeichnete Felder werden durch die Richtliniendatei { $path } festgelegt.

## The browser an instance opens in ($browser: a product name such as "Google Chrome"; $profile: a browser profile's name)
settings-browser = Browser
settings-browser-hint = Instanzen öffnen hier, sofern sie keinen eigenen Browser haben (in der Karte „Anmelden“ gewählt).
browser-system-default = Standardbrowser des Systems
browser-same-as-all = Wie alle Instanzen ({ $browser })
browser-with-profile = { $browser } — { $profile }
browser-not-installed = { $browser } (nicht installiert)
browser-private = Privates Fenster
# In the error panel when the chosen browser is gone: focuses the instance's browser picker.
choose-browser = Browser wählen
settings-instance-browsers = Instanzen mit eigenem Browser
settings-instance-browsers-none = Noch keine: Wählen Sie für eine Instanz einen unter „Öffnet in“ in der Karte „Anmelden“.
settings-help = Hilfe
settings-help-hint = Für Ihren Helpdesk: das Protokoll der App und eine Diagnosedatei zum Senden. Keines von beiden enthält Token oder Kennwörter.
settings-open-log-folder = Protokollordner öffnen
settings-save-diagnostics = Diagnosedaten speichern …
settings-diagnostics-saving = Diagnosedaten werden gespeichert …
settings-diagnostics-saved = Diagnosedaten gespeichert unter { $path } ({ $files } Dateien). Senden Sie diese Datei an Ihren Helpdesk.
sign-in-browser = Öffnet in
