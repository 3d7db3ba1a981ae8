# Das Tray-Menü, Desktop-Benachrichtigungen und die Texte im Terminal.
# Begriffe wie in window.ftl: Instanz, Profil, anmelden / abmelden, Sitzung, Schicht beenden.

## Tray-Menü

# $sessions: wie viele gespeicherte Sitzungen es gibt.
tray-tooltip = { $sessions ->
        [0] Connect SSO — nicht angemeldet
        [one] Connect SSO — { $sessions } Sitzung
       *[other] Connect SSO — { $sessions } Sitzungen
    }
tray-empty = Heften Sie Instanzen im Fenster an, um sie hier aufzulisten
# $instance: der Name der Instanz.
tray-sign-in = Bei { $instance } anmelden
tray-signed-in = ● { $instance } — angemeldet
tray-show = Connect SSO anzeigen
tray-end-shift = Schicht beenden (überall abmelden)
tray-quit = Beenden

## Desktop-Benachrichtigungen

# $place: der Name der Instanz.
notification-expiring-title = Amazon Connect-Sitzung endet: { $place }
# $minutes: verbleibende ganze Minuten (mindestens 1).
notification-expiring-body = { $minutes ->
        [one] Ihre Sitzung bei { $place } ({ $region }) endet in { $minutes } Minute. Öffnen Sie Connect SSO und melden Sie sich erneut an, um weiterzuarbeiten.
       *[other] Ihre Sitzung bei { $place } ({ $region }) endet in { $minutes } Minuten. Öffnen Sie Connect SSO und melden Sie sich erneut an, um weiterzuarbeiten.
    }

## Das Terminal (connect-sso …, ohne --json)

# Ein Fehler: Meldung, Hinweis und Code, auf drei Zeilen.
cli-error =
    Fehler: { $message }
      Hinweis: { $hint }
      Code: { $code }
cli-mfa-prompt = MFA-Code:{ " " }
# $session: cli-place-and-user.
cli-place-and-user = { $place } ({ $region }) als Connect-Benutzer { $user }
cli-place-unknown-user = { $place } ({ $region }) als Connect-Benutzer (unbekannt)
cli-signed-in = Angemeldet bei { $session }.
cli-signed-in-again = Erneut angemeldet bei { $session }.
cli-reopened = { $session } mit der gespeicherten Sitzung erneut geöffnet.
cli-browser-opened = Der Browser wurde geöffnet.
cli-signed-out = Abgemeldet: Die Tokens von „{ $profile }“ auf { $instance } wurden aus dem Schlüsselbund entfernt.
cli-no-session = Keine gespeicherte Sitzung für „{ $profile }“ auf { $instance }.
cli-pinned = { $instance } ({ $profile }) angeheftet.
cli-unpinned = { $instance } ({ $profile }) nicht mehr angeheftet.
# $removed: wie viele Sitzungen entfernt wurden.
cli-shift-ended = { $removed ->
        [one] Schicht beendet: { $removed } gespeicherte Sitzung aus dem Schlüsselbund entfernt.
       *[other] Schicht beendet: { $removed } gespeicherte Sitzungen aus dem Schlüsselbund entfernt.
    }
cli-sso-open =
    Öffnen Sie zur Anmeldung bei IAM Identity Center:
      { $url }
cli-sso-code = und prüfen Sie, ob die Seite diesen Code anzeigt: { $code }
cli-sso-browser = Genehmigen Sie die IAM Identity Center-Anmeldung im geöffneten Browser; er kehrt von selbst hierher zurück.
cli-sso-waiting = Warten auf Genehmigung…
cli-sso-signed-in = Für Profil „{ $profile }“ bei IAM Identity Center angemeldet.
sso-callback-success = Sie sind bei IAM Identity Center angemeldet. Sie können diesen Tab schließen und zu Connect SSO zurückkehren.
sso-callback-failure = Die IAM Identity Center-Anmeldung wurde nicht abgeschlossen. Kehren Sie zu Connect SSO zurück, um den Grund zu sehen.
cli-exported = Profil „{ $profile }“ wurde zu { $path } hinzugefügt.
cli-diagnostics-saved = Diagnosedaten gespeichert unter { $path } ({ $files } Dateien, { $kib } KiB). Senden Sie diese Datei an Ihren Helpdesk: Sie enthält weder Token noch Kennwörter.
diagnostics-save-title = Diagnosedaten für den Helpdesk speichern
# $access und $refresh: cli-expiry-at oder cli-expiry-unknown.
cli-expiry = Ablauf Zugriffstoken: { $access }; Aktualisierungstoken: { $refresh }.
# $time: eine UTC-Zeit ("2026-11-28 10:23 UTC"); $relative: cli-relative-in oder cli-relative-ago.
cli-expiry-at = { $time } ({ $relative })
cli-expiry-unknown = unbekannt
cli-span-minutes = { $minutes } min
cli-span-hours = { $hours } h { $minutes } min
cli-relative-in = in { $span }
cli-relative-ago = seit { $span } abgelaufen
cli-session-line = { $session } [Profil { $profile }]
cli-no-sessions = Keine gespeicherten Sitzungen.
cli-no-profiles = Keine AWS-Profile gefunden. Legen Sie eines mit `aws configure sso` oder in ~/.aws/config an.
cli-no-instances = Für Profil „{ $profile }“ sind in seiner Region keine Amazon Connect-Instanzen sichtbar.
cli-column-profile = PROFIL
cli-column-kind = ART
cli-column-region = REGION
cli-column-endpoint = ENDPUNKT
cli-column-alias = ALIAS
cli-column-id = ID
cli-column-identity = IDENTITÄT
cli-column-status = STATUS
cli-column-browser = BROWSER
cli-column-name = NAME
cli-column-browser-profiles = PROFILE
cli-column-path = PFAD
# In the PATH column of `connect-sso browsers`.
cli-browser-not-installed = nicht installiert
cli-endpoint-custom = benutzerdefiniert
cli-endpoint-aws = aws
cli-kind-static = statische Schlüssel
cli-kind-sso = IAM Identity Center
cli-kind-role = Rolle
cli-kind-process = credential_process
cli-kind-other = andere
# $list: cli-list-fresh oder cli-list-cached.
cli-regions-searched = { $regions ->
        [one] { $regions } Region durchsucht, { $failed } fehlgeschlagen; Liste { $list }.
       *[other] { $regions } Regionen durchsucht, { $failed } fehlgeschlagen; Liste { $list }.
    }
cli-list-fresh = soeben abgerufen
cli-list-cached = aus dem Cache, { $seconds } s alt (--refresh fragt neu ab)
cli-region-warning = Warnung: { $region }: { $message } ({ $code })
# $names: die Schlüssel der gesperrten Einstellungen, durch Kommas getrennt; $restricted: "yes", wenn die Anmeldung auf die aufgeführten Instanzen beschränkt ist.
cli-policy-valid = { $path } ist eine gültige Connect SSO-Richtlinie: { $instances } Instanz(en), { $locked } gesperrte Einstellung(en){ $locked ->
        [0] {""}
       *[other] { " " }({ $names })
    }{ $restricted ->
        [yes] , Anmeldung nur bei diesen Instanzen
       *[no] {""}
    }.
cli-policy-unusable =
    { $message }
      Hinweis: { $hint }
cli-policy-applies = Die Richtlinie unter { $path } gilt.
cli-policy-none = Keine Richtlinie: { $path } existiert nicht.
cli-policy-no-location = Auf diesem Betriebssystem gibt es keinen Speicherort für Richtlinien.

## The desktop entry (the Linux menu; one line each, no arguments)

desktop-entry-generic-name = Amazon Connect-Anmeldung
desktop-entry-comment = Mit einem Klick bei Amazon Connect anmelden
# Search words for the menu, separated by semicolons.
desktop-entry-keywords = Amazon Connect;AWS;SSO;Anmeldung;Contact Center;Kundenservice;
