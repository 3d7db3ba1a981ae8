# The window's words. Terms, used the same way everywhere (translators keep them consistent):
#   instance  – an Amazon Connect instance (never "site" or "tenant")
#   profile   – an AWS profile from the AWS config, or one defined in Connect SSO
#   sign in / sign out – the verbs; "sign-in" is the noun
#   session   – a stored Amazon Connect sign-in this app can reopen
#   End shift – signs out of every session at once (shared desks)
# Arguments are data (names, IDs, regions) and stay as they are. Counts ($count, $total…) are numbers: choose the
# plural form with a selector ({ $count -> [one] … *[other] … }), never by adding letters in code.
# "…" ends a label that stays while something runs; keep it.

## Durations and times (numbers and units come from Intl in the language)

duration-under-a-minute = menos de un minuto
# $duration: "58 min", "2 hr 5 min"
time-in = dentro de { $duration }
time-ago = hace { $duration }
# Something that has ended (a token, a session). $duration: how long ago, "3 min".
time-expired-ago = caducó hace { $duration }
# A time with how far away it is. $time: local clock time ("14:32"); $relative: "in 58 min", "expired 3 min ago".
expiry-time = { $time } ({ $relative })

## Buttons used in several places

button-cancel = Cancelar
button-continue = Continuar
button-close = Cerrar
sign-in-button = Iniciar sesión
signing-in = Iniciando sesión…
sign-out-button = Cerrar sesión
signing-out = Cerrando sesión…

## Header

app-name = Connect SSO
app-subtitle = Inicio de sesión en Amazon Connect con un clic
settings-button = Configuración

## Startup (before the chooser can show)

startup-loading = Leyendo sus perfiles de AWS…
startup-failed-title = No se pudo iniciar Connect SSO
startup-failed-body = Los detalles se muestran arriba. Corrija el problema y vuelva a intentarlo.
startup-retry = Reintentar
no-profiles-title = No se encontraron perfiles de AWS
no-profiles-body = Connect SSO inicia sesión con un perfil de su configuración de AWS. Añada uno y vuelva a cargar:
# $command: the command, shown in code style (the .command attribute). Keep the command as it is.
no-profiles-step-sso = Para IAM Identity Center (SSO), ejecute { $command } en un terminal.
    .command = aws configure sso
# $command: as above. NAME stands for a profile name the person chooses: it may be translated, the rest may not.
no-profiles-step-keys = Para claves de acceso, ejecute { $command }.
    .command = aws configure --profile NOMBRE
# $section: a section of the AWS config file; $file: that file. Both in code style; only NAME may be translated.
no-profiles-step-file = O añada una sección { $section } a { $file }.
    .section = [profile NOMBRE]
    .file = ~/.aws/config
no-profiles-reload = Volver a cargar perfiles

## Layout

instances-card =
    .aria-label = Instancias de Amazon Connect

## Instance chooser: the search box

search-box = Buscar una instancia de Amazon Connect
    .placeholder = Nombre, ID, cuenta, región o perfil
# The keys (↑ ↓ Enter Esc Alt+P) are key names: keep them.
search-help = ↑ ↓ elegir · Enter iniciar sesión · Esc borrar · Alt+P anclar
# Next to the search box when nothing is filtered. $total: instances listed.
search-count-all = { $total }
# $shown: instances matching the search; $total: instances listed.
search-count-some = { $shown } de { $total }
search-results-announce = { $count ->
        [0] Ninguna instancia coincide
        [one] { $count } instancia coincide
       *[other] { $count } instancias coinciden
    }

## Profile picker

profile-picker = Perfil de AWS
profile-all = Todos los perfiles
# One profile in the picker. $name: the profile's name; $kind: what it is (profile-kind); $region: its default region
# (or profile-no-region).
profile-option = { $name } — { $kind } · { $region }
# The same, for a profile whose AWS endpoint is overridden.
profile-option-custom-endpoint = { $name } — { $kind } · { $region } · { badge-custom-endpoint }
profile-no-region = sin región
profile-no-default-region = sin región predeterminada
# What kind of AWS profile it is. $kind is a code: keep the variant keys as they are.
profile-kind =
    { $kind ->
        [static] claves estáticas
        [sso] IAM Identity Center
        [role] rol
        [process] credential_process
       *[other] otro
    }
# Under the picker when a profile's AWS endpoint is overridden (also in the sign-in card and the deep link dialog).
custom-endpoint-warning = Este perfil envía las solicitudes de AWS a un punto de enlace personalizado definido en su configuración de AWS. Inicie sesión solo si lo configuró usted.

## Discovery status (under the profile picker)

# $count: instances listed; $regions: how many AWS regions they are in.
discovery-summary =
    { $count ->
        [0] Ninguna instancia
        [one] { $count } instancia en { $regions ->
            [one] { $regions } región
           *[other] { $regions } regiones
        }
       *[other] { $count } instancias en { $regions ->
            [one] { $regions } región
           *[other] { $regions } regiones
        }
    }
# While a discovery runs. $summary: the discovery-summary line.
discovery-summary-refreshing = { $summary } · actualizando…
discovery-never = Aún no se han buscado instancias
discovery-looking = Buscando instancias…
# After the summary. $duration: how long ago the list was brought up to date ("3 min", "2 hr 5 min").
discovery-age = · actualizado hace { $duration }
discovery-age-just-now = · actualizado ahora mismo
discovery-refresh = Actualizar
    .title = Volver a buscar instancias en todas las regiones
discovery-refreshing = Actualizando…
discovery-errors =
    .aria-label = Problemas al buscar instancias
# A profile whose instances could not be listed. $profile: its name; $message: what went wrong.
discovery-profile-error = { $profile }: { $message }
# A region that could not be searched. $region: the AWS region code; $message: what went wrong.
discovery-region-error = { $region }: { $message }
# The same when several profiles failed. $profile: the profile's name.
discovery-profile-region-error = { $profile } · { $region }: { $message }

## Instance list

instances-list =
    .aria-label = Instancias de Amazon Connect
list-section-pinned = Ancladas
list-section-recent = Recientes
list-section-all = Todas
# $query: what the person typed in the search box.
list-no-match = Ninguna instancia coincide con “{ $query }”.
list-loading = Buscando instancias de Amazon Connect…
list-failed-profile = No se pudieron enumerar las instancias de este perfil. Aun así, puede pegar abajo un ID o ARN de instancia.
list-failed-all = No se pudieron enumerar las instancias de sus perfiles. Aun así, puede pegar abajo un ID o ARN de instancia.
list-empty-profile = No se encontraron instancias de Amazon Connect para este perfil
list-empty-all = No se encontraron instancias de Amazon Connect
list-empty-hint = Si su instancia está en otra región o cuenta, pegue abajo su ID o ARN.

## One instance in the list

# The star before each row. $label: the instance's name (display name, alias or ID).
pin-toggle-pin =
    .aria-label = Anclar { $label }
    .title = Anclar arriba
pin-toggle-unpin =
    .aria-label = Desanclar { $label }
    .title = Desanclar
pin-button-pin = Anclar
pin-button-unpin = Desanclar
pin-state-pinned = anclada
badge-managed = Administrada
badge-default = Predeterminada
badge-recent = Reciente
badge-custom-endpoint = punto de enlace personalizado
# An instance that is not ACTIVE. $status: the AWS status code (keep the variant keys); $fallback: an unknown code
# in plain letters ("Deleting").
instance-status =
    { $status ->
        [CREATION_IN_PROGRESS] Creación en curso
        [CREATION_FAILED] Error al crear
       *[other] { $fallback }
    }
# $type: how the instance manages its users (identity-type).
instance-not-saml = Sin SAML: el inicio de sesión puede fallar
    .title = Administración de identidades: { $type }
# $type: the AWS identity management type (keep the variant keys); $fallback: an unknown type in plain letters.
identity-type =
    { $type ->
        [SAML] SAML
        [CONNECT_MANAGED] usuarios administrados por Connect
        [EXISTING_DIRECTORY] directorio existente
        [unknown] tipo de identidad desconocido
       *[other] { $fallback }
    }
instance-restricted = No permitida por su organización
# On anything the IT policy sets (pins, settings); also quoted in settings-policy-note.
managed-title = Administrado por su organización

## Paste an instance ID or ARN

# The placeholder shows the shape of an ARN: REGION, ACCOUNT and ID may be translated, the rest may not.
paste-field = Pegue un ID o ARN de instancia
    .placeholder = arn:aws:connect:REGIÓN:CUENTA:instance/ID
paste-use = Usar
paste-looking-up = Consultando…
paste-help-no-profile = Elija arriba un perfil de AWS para consultar un ID o ARN.
# $profile: the profile a pasted ID or ARN is looked up with.
paste-help-profile = Se consulta con el perfil { $profile }.

## Sign-in card

sign-in-title = Iniciar sesión
sign-in-profile = Perfil
sign-in-instance = Instancia
# $label: the instance's name; $region: its AWS region code.
instance-with-region = { $label } ({ $region })
sign-in-help-getting-link = Obteniendo un enlace de inicio de sesión de Amazon Connect…
sign-in-help-waiting-sso = Esperando el inicio de sesión de IAM Identity Center…
sign-in-help-renewing = Volviendo a iniciar sesión desde el recordatorio de arriba…
sign-in-help-no-profiles = Elija primero un perfil de AWS.
sign-in-help-looking = Buscando instancias…
sign-in-help-choose = Elija una instancia de Amazon Connect.
sign-in-help-not-allowed = Su organización no lo permite: elija una de sus instancias administradas.
# $status: the instance's status (instance-status).
sign-in-help-inactive = Esta instancia no está activa ({ $status }): es probable que el inicio de sesión falle.
sign-in-help-not-saml = Esta instancia no usa SAML: el inicio de sesión puede fallar.
sign-in-help-ready = Amazon Connect se abre en su navegador.
# Before signing in to an instance already signed in with another profile. $name: the instance (alias or ID);
# $profile: the other profile.
duplicate-question = Ya ha iniciado sesión en { $name } con el perfil { $profile }. Si vuelve a iniciar sesión, puede que esa sesión termine.

## Status panel

status-title = Estado
status-idle = Aún no se ha iniciado sesión desde esta ventana.
status-signed-in = Sesión iniciada
# $name: the instance (alias or ID); $region: its AWS region code.
status-summary = Sesión iniciada en { $name } ({ $region })
status-browser = Se abrió el navegador: continúe allí en Amazon Connect.
status-resumed = Sesión guardada reabierta: no hace falta volver a iniciar sesión.
status-renewed = Tokens guardados caducados: se volvió a iniciar sesión.
# $profile: the profile whose IAM Identity Center sign-in (or MFA code) went through.
status-sso-done = Inicio de sesión de IAM Identity Center correcto para el perfil { $profile }.
status-mfa-done = Código MFA aceptado para el perfil { $profile }.
status-user = Usuario de Connect
# The AWS identity that signed in. $arn: its ARN.
caller-identity = Identidad de AWS: { $arn }
# When the backend does not know the Connect user.
user-unknown = usuario desconocido
status-profile = Perfil
status-access-expires = Caducidad del token de acceso
status-refresh-expires = Caducidad del token de actualización
status-expiry-unknown = desconocida
status-not-remembered = El llavero no está disponible: esta sesión no se recordará
# After Sign out. $name: the instance (alias or ID).
status-signed-out = Se cerró la sesión en { $name }.
status-signed-out-browser = Se cerró la sesión en { $name }. La página de cierre de sesión de Amazon Connect se abrió en su navegador.
# After End shift. $count: how many sessions were signed out.
end-shift-done =
    { $count ->
        [one] Turno finalizado: se cerró { $count } sesión.
       *[other] Turno finalizado: se cerraron { $count } sesiones.
    }

## Sessions card

sessions-title = Sesiones
# The badge after the title. $count: stored sessions.
sessions-count = { $count }
sessions-empty = No hay sesiones guardadas.
sessions-sign-out-browser = Cerrar también la sesión de Amazon Connect en el navegador
# $name: the instance (alias or ID); $profile: the profile it is signed in with.
session-open = Abrir
    .aria-label = Abrir { $name } en el navegador (perfil { $profile })
session-opening = Abriendo…
session-sign-out =
    .aria-label = Cerrar sesión en { $name } (perfil { $profile })
# When the session ends. $time: local clock time; $relative: "in 11 hr", "expired 3 min ago".
session-until = hasta { $time } ({ $relative })
session-expiry-unknown = caducidad desconocida
end-shift = Finalizar turno
# Asked inline before End shift. $count: stored sessions.
end-shift-question =
    { $count ->
        [one] ¿Cerrar { $count } sesión?
       *[other] ¿Cerrar las { $count } sesiones?
    }
end-shift-confirm = Cerrar todas

## Banners: errors, notices, reminders, the policy file

# $code: the error's code (for support), in code style.
error-code = Código de error { $code }
error-dismiss = Descartar error
notice-dismiss = Descartar aviso
# When an error has no words of its own.
window-error-unknown = Se produjo un error.
    .hint = Vuelva a intentarlo. Si sigue ocurriendo, reinicie Connect SSO.
# The window could not reach the backend. $detail: what the system said (often English).
window-error-internal = { $detail }
    .hint = Vuelva a intentarlo. Si sigue ocurriendo, reinicie Connect SSO.
# $detail: why the window cannot listen to the app's events.
reminders-unavailable = Connect SSO no puede mostrar recordatorios en esta ventana antes de que termine una sesión ({ $detail }).
    .hint = Las notificaciones de escritorio le seguirán avisando. Reinicie Connect SSO si esto sigue ocurriendo.
mfa-code = Código MFA
mfa-checking = Comprobando…
sso-login-opening = Abriendo el navegador…
expiring-title-fallback = Una sesión de Amazon Connect termina pronto
# More reminders behind the one shown. $count: how many.
expiring-more = +{ $count } más
expiring-sign-in = Volver a iniciar sesión
expiring-dismiss = Descartar este recordatorio
# For whoever administers the policy file. $message: what is wrong with it; $hint: what to do.
policy-error = No se pudo usar el archivo de política de su organización: { $message } ({ $hint })
policy-error-no-hint = No se pudo usar el archivo de política de su organización: { $message }
# $path: where the policy file is.
policy-error-path = Archivo de política: { $path }
policy-error-note = Connect SSO funciona con su propia configuración hasta que se corrija.
policy-error-dismiss = Descartar problema de la política

## Sign in with IAM Identity Center

sso-login-title = Iniciar sesión con IAM Identity Center
sso-login-intro = Su navegador abrió la página de IAM Identity Center. Compruebe que muestra este código y apruebe la solicitud:
sso-login-browser-intro = Apruebe el inicio de sesión en su navegador. Volverá aquí automáticamente; no hay ningún código que comparar.
sso-login-use-code = Usar un código en su lugar
sso-login-waiting = Esperando la aprobación…
# How long the code shown still works. $duration: "9 min", "less than a minute".
sso-code-valid = Código válido durante { $duration }
sso-code-expired = Código caducado

## Deep link dialog (a connect-sso:// link asks to sign in)

deep-link-title = ¿Iniciar sesión desde un enlace?
# $label: the instance's name; $id: its ID; $profile: the profile the link names.
deep-link-question = ¿Iniciar sesión en { $label } ({ $id }) con el perfil { $profile }?
# The same for an instance without a name.
deep-link-question-id = ¿Iniciar sesión en { $id } con el perfil { $profile }?
# $region: the AWS region code the link gave.
deep-link-region = Región: { $region }
# $profile: the profile the link names.
deep-link-unknown-profile = No hay ningún perfil de AWS llamado { $profile } en este equipo: el inicio de sesión fallará.
deep-link-queued = Llegó otro enlace. Se mostrará cuando responda a este.
deep-link-note = Un enlace ha pedido a Connect SSO que inicie su sesión. Continúe solo si lo esperaba.

## Settings dialog

settings-title = Configuración
settings-language = Idioma
settings-language-system = El del sistema
settings-zoom = Tamaño
settings-zoom-hint = Ctrl+= y Ctrl+- lo cambian en cualquier parte de la ventana; Ctrl+0 vuelve al 100 %.
settings-close-to-tray = Minimizar en la bandeja al cerrar
settings-close-to-tray-hint = Al cerrar la ventana, Connect SSO sigue ejecutándose en la bandeja.
settings-start-at-login = Iniciar con el sistema
settings-sign-in-at-launch = Iniciar sesión en mi instancia predeterminada al abrir
settings-default-none = No hay ninguna instancia predeterminada.
# $instance: the default instance's name (or ID); $profile: its profile.
settings-default = Predeterminada: { $instance } (perfil { $profile }).
settings-notifications = Avisarme antes de que termine una sesión
settings-lead-minutes = Minutos antes del fin de una sesión
# $min, $max: the allowed range.
settings-lead-invalid = Elija un valor entre { $min } y { $max } minutos.
    .hint = Con esa antelación al fin de una sesión, Connect SSO le recuerda que vuelva a iniciar sesión.
# The region codes in the placeholder are examples: keep them.
settings-extra-regions = Regiones adicionales
    .placeholder = p. ej., eu-west-2, ap-southeast-2
settings-extra-regions-hint = Se consultan además de las regiones integradas de Amazon Connect. Sepárelas con comas o espacios.
# $count: how many entries are not regions; $list: those entries, as typed.
settings-regions-invalid =
    { $count ->
        [one] No es una región: { $list }.
       *[other] No son regiones: { $list }.
    }
    .hint = Las regiones tienen el formato eu-west-2 o ap-southeast-2.
settings-shortcut = Atajo: mostrar la ventana y buscar
settings-shortcut-none = Ninguno
settings-regions = Regiones consultadas
settings-policy-note = Los campos marcados como “{ managed-title }” los define un archivo de política.
# $path: where the policy file is.
settings-policy-note-path = Los campos marcados como “{ managed-title }” los define el archivo de política { $path }.

## The browser an instance opens in ($browser: a product name such as "Google Chrome"; $profile: a browser profile's name)
settings-browser = Navegador
settings-browser-hint = Las instancias se abren aquí salvo que tengan su propio navegador (elegido en la tarjeta Iniciar sesión).
browser-system-default = Navegador predeterminado del sistema
browser-same-as-all = Igual que todas las instancias ({ $browser })
browser-with-profile = { $browser } — { $profile }
browser-not-installed = { $browser } (no instalado)
browser-private = Ventana privada
# In the error panel when the chosen browser is gone: focuses the instance's browser picker.
choose-browser = Elegir un navegador
settings-instance-browsers = Instancias con su propio navegador
settings-instance-browsers-none = Ninguna todavía: elija uno para una instancia en «Se abre en», en la tarjeta Iniciar sesión.
settings-help = Ayuda
settings-help-hint = Para su servicio de asistencia: el registro de la aplicación y un archivo de diagnóstico para enviarlo. Ninguno contiene tokens ni contraseñas.
settings-open-log-folder = Abrir carpeta de registros
settings-save-diagnostics = Guardar diagnóstico…
settings-diagnostics-saving = Guardando el diagnóstico…
settings-diagnostics-saved = Diagnóstico guardado en { $path } ({ $files } archivos). Envíe este archivo a su servicio de asistencia.
sign-in-browser = Se abre en
