# Fehlermeldungen und ihre Hinweise. Jede Meldung sagt, was passiert ist (mit Profil oder
# Instanz); ihr .hint nennt den nächsten Schritt. Gemeinsam genutzt von Fenster und Terminal.
# Argumente sind Daten und bleiben unverändert: Profilnamen, Instanznamen, die Antwort von AWS.

error-internal = In Connect SSO ist ein interner Fehler aufgetreten: { $detail }
    .hint = Das ist ein Fehler in Connect SSO. Starten Sie erneut mit CONNECT_SSO_LOG=debug und melden Sie die Ausgabe.

error-language-unknown = Connect SSO spricht „{ $language }“ nicht.
    .hint = Wählen Sie eine Sprache aus der Liste in den Einstellungen.

## Bausteine, aus denen andere Meldungen zusammengesetzt werden

# Ein Datenwert, unverändert angezeigt.
data = { $value }
# Eine Instanz mit ihrem Alias: "acme-support (a1b2…)".
instance-with-alias = { $alias } ({ $id })
instance-none = (keine)
# Folgt auf „in der Region“: „in der Region des Profils“ (sonst „in der Region eu-west-3“).
region-of-profile = des Profils
# Was AWS gesagt hat, nach unserem Satz (beachten Sie das führende Leerzeichen).
aws-says = { " " }AWS meldet: { $message }
bad-response-unparsed = Die Antwort konnte nicht ausgewertet werden
bad-response-unread = Die Antwort konnte nicht gelesen werden
bad-response-no-description = Die Instanzbeschreibung fehlt
bad-response-no-sign-in-url = Die Antwort enthält keine Anmelde-URL
bad-response-no-credentials = Die Antwort enthält keine Anmeldeinformationen
bad-response-no-access-token = Die Antwort enthält kein Zugriffstoken

## Amazon Connect hat abgelehnt

error-resource-not-found = Instanz { $instance } wurde in der Region { $region } für Profil „{ $profile }“ nicht gefunden.
    .hint = Prüfen Sie die Instanz-ID oder fügen Sie den Instanz-ARN ein, damit Konto und Region stimmen.
error-user-not-found = Kein Amazon Connect-Benutzer auf Instanz { $instance } passt zur Identität von Profil „{ $profile }“.
    .hint = Bei SAML-Anmeldung muss der Name der Rollensitzung exakt Ihrem Connect-Benutzernamen entsprechen (Groß-/Kleinschreibung beachten). Bitten Sie Ihren Connect-Administrator, Ihren Benutzer zu prüfen. Einrichtungsanleitung: docs/aws-setup.md#connect-usernames
error-user-not-found-seen = { error-user-not-found }
    .hint = AWS erkennt Sie als { $arn }{ $session }. { error-user-not-found.hint }
session-name-shown = { " " }(Sitzungsname „{ $name }“)
# $aws: was AWS gesagt hat (kann leer sein). $saml: "yes", wenn die Meldung von AWS SAML betrifft.
error-invalid-request = Amazon Connect hat die Anmeldeanfrage für Instanz { $instance } abgelehnt.{ $aws }
    .hint = { $saml ->
        [yes] Für die föderierte Anmeldung muss die Instanz für SAML 2.0-Identitätsverwaltung eingerichtet sein. Wenden Sie sich an Ihren Connect-Administrator.
       *[no] Klären Sie die Instanz mit Ihrem Connect-Administrator.
    }
error-invalid-parameter = Amazon Connect hat einen Parameter für Instanz { $instance } zurückgewiesen.{ $aws }
    .hint = Prüfen Sie die Instanz-ID oder den ARN.
error-duplicate-resource = Amazon Connect meldet für Profil „{ $profile }“ auf Instanz { $instance } einen doppelten Benutzer.{ $aws }
    .hint = Bitten Sie Ihren Connect-Administrator zu prüfen, dass Ihr Benutzer nur einmal existiert.
# $resource: der freizugebende IAM-Ressourcen-ARN, unverändert.
error-access-denied = Profil „{ $profile }“ darf sich nicht bei Instanz { $instance } anmelden.{ $aws }
    .hint = Bitten Sie Ihren AWS-Administrator, connect:GetFederationToken für { $resource } zu erlauben. Einrichtungsanleitung: docs/aws-setup.md#the-agent-policy
error-user-not-onboarded = Ihr Benutzer ist für Instanz { $instance } noch nicht eingerichtet.
    .hint = Bitten Sie Ihren Connect-Administrator, Ihren Benutzer für diese (Global Resiliency-)Instanz einzurichten.
error-root-not-allowed = Profil „{ $profile }“ verwendet die Root-Anmeldeinformationen des Kontos, mit denen keine Anmeldung bei Amazon Connect möglich ist.
    .hint = Verwenden Sie eine IAM-Rolle (oder einen IAM-Benutzer), deren Sitzungsname Ihrem Connect-Benutzernamen entspricht.

## Netzwerk oder Dienst

error-internal-service = Amazon Connect in der Region { $region } hatte einen internen Fehler, auch nach erneuten Versuchen.
    .hint = Versuchen Sie es in einer Minute erneut. Hält das Problem an, prüfen Sie das AWS Health Dashboard.
error-throttled = Amazon Connect drosselt die Anfragen von Profil „{ $profile }“, auch nach erneuten Versuchen.
    .hint = Warten Sie einige Sekunden und versuchen Sie es erneut.
# $code: der Fehlercode von AWS, unverändert.
error-unexpected-service-error = Amazon Connect hat für Instanz { $instance } mit dem unerwarteten Fehler { $code } geantwortet.{ $aws }
    .hint = Versuchen Sie es erneut; tritt der Fehler weiter auf, melden Sie diese Meldung.
# $what: bad-response-unparsed oder bad-response-unread.
error-bad-response = Amazon Connect hat für Instanz { $instance } eine unbrauchbare Antwort gesendet: { $what }.
    .hint = Versuchen Sie es erneut; tritt der Fehler weiter auf, melden Sie diese Meldung.
error-timeout = Amazon Connect in der Region { $region } hat nicht rechtzeitig geantwortet.
    .hint = Das Netzwerk ist langsam oder Connect antwortet nicht: Versuchen Sie es erneut. Zeitlimits lassen sich in den Einstellungen erhöhen.
error-offline = Amazon Connect in der Region { $region } ist nicht erreichbar: Dieser Computer scheint offline zu sein.
    .hint = Prüfen Sie Internetverbindung, VPN oder Proxy und versuchen Sie es dann erneut.
error-network = Die Verbindung zu Amazon Connect in der Region { $region } ist während des Aufrufs abgebrochen.
    .hint = Versuchen Sie es erneut; passiert es wieder, prüfen Sie VPN oder Proxy.
error-folder-open-failed = Der Ordner { $path } konnte nicht geöffnet werden.
    .hint = Öffnen Sie ihn selbst im Dateimanager; `connect-sso doctor` zeigt ebenfalls, wo das Protokoll liegt.
error-diagnostics-unwritable = Die Diagnosedaten konnten nicht unter { $path } gespeichert werden: { $reason }
    .hint = Wählen Sie einen Ordner, in den Sie schreiben dürfen, etwa „Dokumente“ oder den Schreibtisch.
error-host-unreachable = { $host } ist von diesem Computer aus nicht erreichbar.
    .hint = Prüfen Sie Netzwerk, VPN oder Proxy (HTTPS_PROXY, NO_PROXY) und versuchen Sie es erneut.
error-proxy-invalid = Die Proxy-Adresse { $proxy } { $source ->
        [policy] in der IT-Richtlinie
       *[other] in { $source }
    } ist keine gültige URL.
    .hint = Korrigieren Sie sie dort: Eine Proxy-Adresse sieht aus wie http://proxy.example.com:8080.
error-proxy-failed = Der Proxy { $proxy } hat den Aufruf nicht zu AWS durchgelassen.
    .hint = Prüfen Sie, ob der Proxy läuft und *.amazonaws.com zulässt; fragen Sie die IT oder tragen Sie Hosts, die direkt erreicht werden müssen, in NO_PROXY ein.
error-proxy-auth-required = Der Proxy { $proxy } verlangt Benutzername und Kennwort.
    .hint = Tragen Sie beides in die Proxy-Adresse ein (http://benutzer:kennwort@host:port), in HTTPS_PROXY oder der IT-Richtlinie, oder bitten Sie die IT, diese App durchzulassen.
error-tls-untrusted = Dieser Computer vertraut dem Zertifikat von { $host } nicht.
    .hint = Wenn Ihr Netzwerk TLS prüft, setzen Sie AWS_CA_BUNDLE (oder ca_bundle im AWS-Profil) auf die CA-Zertifikatsdatei Ihres Unternehmens (PEM).
error-ca-bundle-unreadable = Das CA-Bundle { $path } ({ $source }) ist nicht verwendbar: { $reason }
    .hint = Lassen Sie { $source } auf eine lesbare PEM-Datei mit den CA-Zertifikaten Ihres Unternehmens zeigen, oder entfernen Sie den Eintrag.

## Anmeldeinformationen und AWS-Einrichtung

# $code: der Fehlercode von AWS. $quoted: der Profilname, für eine Shell in Anführungszeichen gesetzt.
error-credentials-rejected = AWS hat die Anmeldeinformationen von Profil „{ $profile }“ abgelehnt ({ $code }).
    .hint = Die Anmeldeinformationen sind abgelaufen oder falsch: Erneuern Sie sie (zum Beispiel mit `aws configure --profile { $quoted }`) und versuchen Sie es erneut.
error-clock-skew = AWS hat die Anfrage abgelehnt, weil die Uhr dieses Computers falsch geht.
    .hint = Aktivieren Sie die automatische Uhrzeit (zum Beispiel `timedatectl set-ntp true`) und versuchen Sie es erneut.
error-no-region = Profil „{ $profile }“ gibt keine AWS-Region an.
    .hint = Ergänzen Sie `region = ...` im Profil in ~/.aws/config oder fügen Sie den Instanz-ARN ein, der die Region enthält.
error-credential-process-timeout = Der credential_process von Profil „{ $profile }“ wurde nicht innerhalb von { $seconds } s beendet.
    .hint = Führen Sie den credential_process-Befehl des Profils von Hand aus: Er wartet eventuell auf eine Eingabe, die er hier nicht erhält.
error-credentials-timeout = Das Laden der Anmeldeinformationen von Profil „{ $profile }“ dauerte länger als { $seconds } s.
    .hint = Prüfen Sie Ihr Netzwerk und die Quelle der Anmeldeinformationen des Profils und versuchen Sie es dann erneut.
error-sso-expired = Die IAM Identity Center-Anmeldung von Profil „{ $profile }“ fehlt oder ist abgelaufen.
    .hint = Führen Sie `aws sso login --profile { $quoted }` aus und versuchen Sie es erneut.
    .window-hint = Wählen Sie „Mit IAM Identity Center anmelden“: Die App öffnet die Anmeldeseite in Ihrem Browser und listet die Instanzen, sobald Sie zustimmen.
# $detail: was der Credential-Prozess oder das SDK gesagt hat, unverändert.
error-credential-process-failed = Der credential_process von Profil „{ $profile }“ ist fehlgeschlagen: { $detail }
    .hint = Führen Sie den credential_process-Befehl des Profils von Hand aus, um den Fehler zu sehen; er muss Anmeldeinformationen als JSON ausgeben.
error-no-credentials = Profil „{ $profile }“ hat keine verwendbaren AWS-Anmeldeinformationen: { $detail }
    .hint = Führen Sie `aws configure --profile { $quoted }` aus oder bitten Sie die IT um ein Profil mit Zugriff auf Amazon Connect.
error-profile-not-found = Es gibt kein AWS-Profil namens „{ $profile }“.
    .hint = Wählen Sie ein Profil aus der Liste oder legen Sie es mit `aws configure sso` oder in ~/.aws/config an.
# $detail: die Meldung des Parsers, mit Datei und Zeile.
error-aws-config-invalid = Die AWS-Konfigurationsdateien können nicht gelesen werden: { $detail }
    .hint = Korrigieren Sie die oben genannte Zeile in ~/.aws/config oder ~/.aws/credentials (bzw. in den Dateien, auf die AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE verweisen).
# $service: der Name des AWS-Dienstes ("Amazon Connect", "AWS STS"…).
error-endpoint-invalid = Profil '{ $profile }' sendet { $service }-Aufrufe an '{ $url }', das ist keine URL.
    .hint = Setzen Sie AWS_ENDPOINT_URL* oder endpoint_url des Profils auf eine https://-Adresse, oder entfernen Sie es, um den Endpunkt von AWS zu verwenden.
error-custom-endpoint-forbidden = Profil „{ $profile }“ leitet Aufrufe an { $service } an einen benutzerdefinierten Endpunkt, was die Richtlinie Ihrer Organisation nicht erlaubt.
    .hint = Entfernen Sie endpoint_url und services-Abschnitte aus dem Profil (und AWS_ENDPOINT_URL* aus der Umgebung) oder wenden Sie sich an Ihre IT-Abteilung.

## Instanzen finden

error-region-timeout = Die Region { $region } hat nicht innerhalb von { $seconds } s geantwortet.
    .hint = Die anderen Regionen werden aufgelistet; aktualisieren Sie später, um diese erneut abzufragen.
error-discovery-cache-unwritable = Die Instanzliste konnte nicht zwischengespeichert werden: { $detail }
    .hint = Die Suche funktioniert weiterhin; prüfen Sie, ob der Einstellungsordner beschreibbar ist.

## IAM Identity Center und MFA

error-not-sso-profile = Profil „{ $profile }“ verwendet nicht IAM Identity Center.
    .hint = Wählen Sie ein Profil mit sso_session (oder sso_start_url) in ~/.aws/config.
error-sso-login-none = Für Profil „{ $profile }“ läuft keine IAM Identity Center-Anmeldung.
    .hint = Starten Sie die Anmeldung erneut.
error-sso-login-cancelled = Die IAM Identity Center-Anmeldung wurde abgebrochen.
    .hint = Starten Sie sie erneut, sobald Sie bereit sind.
# $start_url: die Adresse des IAM Identity Center-Portals.
error-sso-login-denied = Die IAM Identity Center-Anmeldung für { $start_url } wurde abgelehnt.
    .hint = Falls Sie das nicht waren, informieren Sie die IT. Andernfalls starten Sie die Anmeldung erneut und genehmigen Sie sie.
error-sso-login-expired = Die IAM Identity Center-Anmeldung für { $start_url } wurde nicht rechtzeitig genehmigt.
    .hint = Starten Sie sie erneut und genehmigen Sie sie innerhalb weniger Minuten im Browser.
# $detail: was IAM Identity Center gesagt hat, unverändert.
error-sso-refused = IAM Identity Center ({ $start_url }) hat die Anmeldung abgelehnt: { $detail }
    .hint = Prüfen Sie sso_start_url und sso_region des Profils mit der IT und versuchen Sie es dann erneut.
error-sso-state-mismatch = Der Browser kam mit einer Antwort von IAM Identity Center zurück, die nicht zu dieser Anmeldung gehört; sie wurde abgelehnt.
    .hint = Starten Sie die Anmeldung in Connect SSO erneut. Falls das wiederholt passiert, informieren Sie die IT.
error-sso-authorize-failed = IAM Identity Center ({ $start_url }) hat die Anmeldung im Browser mit dem Fehler { $error } beendet.
    .hint = Starten Sie die Anmeldung erneut oder verwenden Sie stattdessen einen Code (`connect-sso sso-login --use-device-code`).
error-sso-code-refused = IAM Identity Center ({ $start_url }) hat den Autorisierungscode der Anmeldung im Browser nicht angenommen.
    .hint = Starten Sie die Anmeldung erneut. Falls es weiterhin fehlschlägt, verwenden Sie stattdessen einen Code (`connect-sso sso-login --use-device-code`).
error-untrusted-verification-url = Die Bestätigungsseite von IAM Identity Center liegt nicht auf einem AWS-Anmeldehost; sie wurde nicht geöffnet.
    .hint = Prüfen Sie sso_start_url des Profils mit der IT.
error-sso-cache-unwritable = Das IAM Identity Center-Token konnte nicht in { $path } gespeichert werden: { $detail }
    .hint = Prüfen Sie, ob ~/.aws/sso/cache beschreibbar ist.
# $device: der ARN des MFA-Geräts.
error-mfa-required = Profil „{ $profile }“ benötigt einen MFA-Einmalcode für { $device }.
    .hint = Geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein; er wird einmal pro Schicht abgefragt.
error-mfa-format = Ein MFA-Code besteht aus sechs Ziffern.
    .hint = Geben Sie den Code ein, den Ihre Authenticator-App gerade anzeigt.
error-mfa-refused = AWS hat diesen MFA-Code für Profil „{ $profile }“ nicht akzeptiert.
    .hint = Geben Sie den aktuellen Code des Geräts { $device } ein (Codes wechseln alle 30 Sekunden).
error-mfa-not-needed = Profil „{ $profile }“ ist keine Rolle mit MFA-Gerät (mfa_serial).
    .hint = Wählen Sie das Profil erneut; es benötigt keinen Code.

## App-Profile

error-app-profile-not-found = In den Einstellungen gibt es kein App-Profil namens „{ $profile }“.
    .hint = `connect-sso profiles` listet die Profile auf; App-Profile stammen aus der Einstellungsdatei.
# $field: der Name des Feldes, wie in der Einstellungsdatei.
error-app-profile-invalid = App-Profil „{ $profile }“ wurde nicht exportiert: Das Feld { $field } ist ungültig.
    .hint = Es wurde nichts geschrieben. Korrigieren Sie zuerst das App-Profil in der Einstellungsdatei.
error-export-exists = { $path } enthält bereits ein Profil oder eine sso-session namens „{ $profile }“.
    .hint = Es wurde nichts geändert. Entfernen Sie diesen Abschnitt zuerst oder benennen Sie ihn um.
error-aws-config-unwritable = { $path } konnte nicht geschrieben werden: { $detail }
    .hint = Prüfen Sie, ob die AWS-Konfigurationsdatei beschreibbar ist.

## Eingaben und Auswahl

error-profile-name-invalid = Das ist kein gültiger AWS-Profilname.
    .hint = Wählen Sie ein Profil aus der Liste (`connect-sso profiles` listet sie auf).
error-instance-too-long = Die Instanz-ID oder der Instanz-ARN ist zu lang.
    .hint = { -instance-hint }
# $input: was eingefügt wurde (die ersten 80 Zeichen).
error-instance-not-id-or-arn = „{ $input }“ ist weder eine Instanz-ID noch ein Instanz-ARN.
    .hint = { -instance-hint }
error-instance-bad-arn = „{ $input }“ ist kein gültiger Amazon Connect-Instanz-ARN.
    .hint = { -instance-hint }
-instance-hint = Fügen Sie die Instanz-ID (etwa 12345678-abcd-…) oder den Instanz-ARN aus der Amazon Connect-Konsole ein.
error-no-instance-given = Keine Instanz angegeben und bisher keine verwendet.
    .hint = Geben Sie --instance ID_OR_ARN an (`connect-sso instances` listet sie auf).
error-too-many-regions = Es können höchstens { $max } zusätzliche Regionen hinzugefügt werden.
    .hint = Entfernen Sie Regionen, die Sie nicht verwenden.
error-region-invalid = „{ $region }“ ist kein AWS-Regionscode.
    .hint = Regionscodes sehen aus wie eu-west-3 oder ap-south-1.
error-lead-minutes-range = Die Vorlaufzeit der Erinnerung muss zwischen 1 und 120 Minuten liegen.
    .hint = Geben Sie eine Minutenzahl von 1 bis 120 ein.
error-zoom-unknown = { $percent } % ist keine der Fenstergrößen, die Connect SSO anbietet.
    .hint = Verwenden Sie Strg+= und Strg+- (oder die Größe in den Einstellungen).
# $reason: die eigene Meldung des MFA-Fehlers.
error-mfa-in-a-script = { $reason }
    .hint = Übergeben Sie --mfa-code-stdin und schreiben Sie den sechsstelligen Code aus Ihrer Authenticator-App in die Standardeingabe.

## Einstellungen und IT-Richtlinie

# $setting: der Schlüssel der Einstellung, wie in der Richtliniendatei ("closeToTray").
error-setting-managed = „{ $setting }“ wird von Ihrer Organisation verwaltet und kann hier nicht geändert werden.
    .hint = Wenden Sie sich an Ihre IT-Abteilung, falls es anders sein muss.
# $detail: was falsch ist, für die IT, wie die Prüfung oder das System es meldet.
error-policy-invalid = Die IT-Richtliniendatei { $path } kann nicht verwendet werden: { $detail }.
    .hint = Bis zur Korrektur gelten Ihre eigenen Einstellungen. IT: `connect-sso policy validate FILE` zeigt den Fehler; das Schema ist docs/policy.schema.json.
error-policy-file-missing = { $path } existiert nicht.
    .hint = Geben Sie den Pfad der zu prüfenden Richtliniendatei an.
error-app-profile-unused = Das App-Profil „{ $profile }“ in den Einstellungen wird nicht verwendet: Das Feld { $field } ist ungültig.
    .hint = Korrigieren Sie es in { $path } (oder wenden Sie sich an Ihre IT-Abteilung, falls sie es eingerichtet hat); die anderen Profile funktionieren wie gewohnt.

## connect-sso doctor

error-doctor-root = Profil „{ $profile }“ verwendet den Root-Benutzer des Kontos ({ $arn }), der sich nicht bei Amazon Connect anmelden kann.
    .hint = Verwenden Sie stattdessen eine IAM-Rolle oder ein IAM Identity Center-Profil.
error-doctor-connect-user-missing = Auf Instanz { $instance } gibt es keinen Amazon-Connect-Benutzer namens '{ $username }'.
    .hint = Legen Sie ihn mit genau diesem Benutzernamen an (Groß-/Kleinschreibung beachten) oder passen Sie den Sitzungsnamen an einen bestehenden Benutzer an. Einrichtungsanleitung: docs/aws-setup.md#connect-usernames
error-doctor-region-unknown = { $region } ist keine Region, in der Amazon Connect bekanntermaßen verfügbar ist.
    .hint = Verwenden Sie im Profil die Region der Instanz oder fügen Sie die Region in den Einstellungen zu extraRegions hinzu, falls Amazon Connect dort gerade gestartet ist.

## Anmelde-URL, Browser, Links

# Warum eine Anmelde-URL nicht geöffnet wurde ($reason von error-untrusted-sign-in-url).
url-reason-too-long = Die URL ist zu lang
url-reason-characters = Die URL enthält unzulässige Zeichen
url-reason-host-encoded = Der Host ist kodiert oder kein reines ASCII
url-reason-user-info = Die URL enthält Benutzerinformationen
url-reason-not-https = Die URL verwendet kein https
url-reason-port = Die URL gibt einen Port an
url-reason-ip-host = Der Host ist eine IP-Adresse
url-reason-no-host = Die URL hat keinen Host
url-reason-trailing-dot = Der Host endet mit einem Punkt
url-reason-bad-dns = Der Host ist kein gültiger DNS-Name
url-reason-not-connect-host = Der Host ist kein Amazon Connect-Anmeldehost
url-reason-awsapps-path = Auf awsapps.com werden nur die eigenen /connect-Seiten von Amazon Connect geöffnet
url-reason-not-instance-host = Der Host ist nicht der Host der Zugriffs-URL der Instanz
# Warum ein connect-sso://-Link abgelehnt wurde ($reason von error-deep-link-invalid).
link-reason-too-long = Der Link ist zu lang
link-reason-characters = Der Link enthält Leer- oder Steuerzeichen
link-reason-not-a-link = Das ist kein Link
link-reason-scheme = Das ist kein connect-sso://-Link
link-reason-action = Die einzige Aktion ist sign-in
link-reason-extra-parts = Der Link hat Bestandteile, die ein Anmeldelink nie hat
link-reason-unknown-key = Der Link enthält einen anderen Schlüssel als profile und instance
link-reason-repeated-key = Ein Schlüssel kommt doppelt vor
link-reason-no-profile = Der Link nennt kein Profil
link-reason-no-instance = Der Link nennt keine Instanz
link-reason-bad-profile = Der Profilname ist ungültig
link-reason-bad-instance = Die Instanz ist weder eine Instanz-ID noch ein Instanz-ARN
error-untrusted-sign-in-url = Die Anmelde-URL von Amazon Connect wurde nicht geöffnet: { $reason }.
    .hint = Es wurde nichts geöffnet. Falls Sie einen benutzerdefinierten Endpunkt verwenden, prüfen Sie ihn (Profil-Badge); andernfalls melden Sie dies.
error-deep-link-invalid = Dieser Connect SSO-Link wurde nicht verwendet: { $reason }.
    .hint = Bitten Sie den Absender um einen Link der Form connect-sso://sign-in?profile=NAME&instance=ID.
error-no-url-launcher = Es ist kein URL-Starter (xdg-open) installiert, daher kann kein Browser geöffnet werden.
    .hint = Installieren Sie xdg-utils (Debian/Ubuntu: sudo apt install xdg-utils) und legen Sie einen Standardbrowser fest.
browser-reason-no-launcher = Es ist kein URL-Starter (xdg-open) installiert
browser-reason-launcher-failed = Der URL-Starter des Systems ist fehlgeschlagen
error-browser-failed = Der Browser konnte nicht geöffnet werden: { $reason }.
    .hint = Installieren Sie einen Webbrowser bzw. legen Sie einen Standardbrowser fest (unter Linux: xdg-utils und `xdg-settings set default-web-browser`) und melden Sie sich dann erneut an.
# $next: was weiterhin gilt (eine der browser-timeout-after-…-Meldungen).
error-browser-timeout = Der Browser hat die Seite nicht innerhalb von { $seconds } s übernommen.
    .hint = Prüfen Sie, ob ein Standardbrowser festgelegt ist und startet. { $next }
browser-timeout-after-sign-in = Die Sitzung ist gespeichert: `connect-sso open` öffnet sie erneut im Browser.
browser-timeout-after-open = Die Sitzung ist weiterhin gespeichert: Führen Sie `connect-sso open` erneut aus.
browser-timeout-after-sign-out = Die Tokens wurden aus dem Schlüsselbund entfernt; melden Sie sich im Amazon Connect-Tab Ihres Browsers ab.
error-instance-not-allowed = Ihre Organisation erlaubt die Anmeldung nur bei den von ihr aufgeführten Instanzen; { $instance } mit Profil „{ $profile }“ gehört nicht dazu.
    .hint = Wählen Sie eine der als „Verwaltet“ markierten Instanzen oder wenden Sie sich an Ihre IT-Abteilung.
error-logout-page-unknown = Die Tokens wurden entfernt, aber die Amazon Connect-Adresse dieser Sitzung ist unbekannt, daher kann ihre Abmeldeseite im Browser nicht geöffnet werden.
    .hint = Melden Sie sich im Amazon Connect-Tab Ihres Browsers ab.

## Schlüsselbund und Einstellungsdatei

# $detail: was der Schlüsselbund gesagt hat, unverändert.
error-keychain-locked = Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert: { $detail }
    .hint = Entsperren Sie Ihren Schlüsselbund (unter Linux: den Anmelde-Schlüsselbund in „Passwörter und Verschlüsselung“ / Seahorse) und versuchen Sie es erneut.
error-keychain-unavailable = Der Schlüsselbund ist nicht verfügbar: { $detail }
    .hint = Installieren und starten Sie unter Linux einen Secret Service wie gnome-keyring (apt install gnome-keyring) und melden Sie sich dann erneut an.
error-keychain-mock = Dieser Build von Connect SSO hat keinen nativen Schlüsselbundspeicher.
    .hint = Installieren Sie Connect SSO erneut aus einem offiziellen Paket.
error-keychain-connection-broke = Die Verbindung zum Schlüsselbund ist zweimal hintereinander abgebrochen.
    .hint = Starten Sie den Schlüsselbunddienst neu (oder melden Sie sich beim Computer ab und wieder an) und melden Sie sich dann erneut an.
error-keychain-probe-failed = Der Schlüsselbund hat einen Eintrag angenommen, ihn aber nicht zurückgegeben.
    .hint = Starten Sie den Schlüsselbunddienst neu (oder melden Sie sich beim Computer ab und wieder an) und führen Sie dann `connect-sso doctor` erneut aus.
# $entry: der Name des Eintrags im Schlüsselbund.
error-keychain-entry-damaged = Ein Connect SSO-Eintrag im Schlüsselbund ist beschädigt und kann nicht gelesen werden ({ $entry }).
    .hint = Melden Sie sich von dieser Sitzung ab (oder beenden Sie die Schicht), um ihn zu entfernen, und melden Sie sich dann erneut an.
error-keychain-value-too-large = Ein Wert mit { $bytes } Byte ist größer als die Schlüsselbundeinträge, die Connect SSO schreibt.
    .hint = Bitte melden Sie diesen Fehler: Amazon Connect-Tokens sind viel kleiner.
error-keychain-refused-size = Der Schlüsselbund hat einen Wert mit { $bytes } Byte abgelehnt.
    .hint = Dieser Speicher hat eine Größenbeschränkung.
error-settings-unwritable = Die Einstellungen konnten nicht in { $path } gespeichert werden: { $detail }
    .hint = Prüfen Sie, ob der Ordner existiert und beschreibbar ist (Datenträger voll?). Ihre Anmeldung selbst ist nicht betroffen.
# $moved: settings-moved-to oder nichts.
error-settings-corrupt = Die Einstellungsdatei { $path } konnte nicht gelesen werden ({ $detail }); die Standardwerte wurden geladen.{ $moved }
    .hint = Wählen Sie Profil und Instanz erneut; sie werden in einer neuen Datei gespeichert.
settings-moved-to = { " " }Die Datei wurde nach { $path } verschoben.

## Browsers chosen per instance ($browser: a product name such as "Google Chrome")
browser-reason-program-failed = { $browser } wurde nicht gestartet
error-browser-not-installed = { $browser }, für diese Instanz gewählt, ist auf diesem Computer nicht installiert.
    .hint = Wählen Sie im Fenster oder in den Einstellungen einen anderen Browser (oder den Standardbrowser) für die Instanz, oder installieren Sie { $browser }. In einem Skript: --browser default.
# $known: one of the browser-profiles-… messages.
error-browser-profile-not-found = { $browser } hat kein Profil namens „{ $profile }“.
    .hint = { $known }
browser-profiles-none = Er führt noch keine Profile: Starten Sie ihn einmal. Oder wählen Sie für die Instanz kein Profil.
browser-profiles-known = Seine Profile: { $profiles }. Wählen Sie eines davon oder keines für die Instanz.
error-browser-choice-invalid = Diese Browserauswahl ist nicht verwendbar: { $detail }.
    .hint = Wählen Sie zuerst einen Browser; Profil und privates Fenster gehören zu einem Browser.
