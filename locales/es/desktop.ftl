# The tray menu, desktop notifications and the terminal's words.
# Terms as in window.ftl: instance, profile, sign in / sign out, session, End shift.

## Tray menu

# $sessions: how many stored sessions there are.
tray-tooltip = { $sessions ->
        [0] Connect SSO — sin sesión iniciada
        [one] Connect SSO — { $sessions } sesión
       *[other] Connect SSO — { $sessions } sesiones
    }
tray-empty = Ancle instancias en la ventana para verlas aquí
# $instance: the instance's name.
tray-sign-in = Iniciar sesión en { $instance }
tray-signed-in = ● { $instance } — sesión iniciada
tray-show = Mostrar Connect SSO
tray-end-shift = Finalizar turno (cerrar todas las sesiones)
tray-quit = Salir

## Desktop notifications

# $place: the instance's name.
notification-expiring-title = La sesión de Amazon Connect termina pronto: { $place }
# $minutes: whole minutes left (at least 1).
notification-expiring-body = { $minutes ->
        [one] Su sesión en { $place } ({ $region }) termina en { $minutes } min. Abra Connect SSO y vuelva a iniciar sesión para seguir trabajando.
       *[other] Su sesión en { $place } ({ $region }) termina en { $minutes } min. Abra Connect SSO y vuelva a iniciar sesión para seguir trabajando.
    }

## The terminal (connect-sso …, without --json)

# An error: its message, hint and code, on three lines.
cli-error =
    error: { $message }
      sugerencia: { $hint }
      código: { $code }
cli-mfa-prompt = Código MFA:{ " " }
# $session: cli-place-and-user.
cli-place-and-user = { $place } ({ $region }) como usuario de Connect { $user }
cli-place-unknown-user = { $place } ({ $region }) como usuario de Connect (desconocido)
cli-signed-in = Sesión iniciada en { $session }.
cli-signed-in-again = Sesión iniciada de nuevo en { $session }.
cli-reopened = Se volvió a abrir { $session } con la sesión guardada.
cli-browser-opened = Se abrió el navegador.
cli-signed-out = Sesión cerrada: se quitaron del llavero los tokens de '{ $profile }' en { $instance }.
cli-no-session = No hay ninguna sesión guardada para '{ $profile }' en { $instance }.
cli-pinned = Se ancló { $instance } ({ $profile }).
cli-unpinned = Se desancló { $instance } ({ $profile }).
# $removed: how many sessions were removed.
cli-shift-ended = { $removed ->
        [one] Turno finalizado: se quitó del llavero { $removed } sesión guardada.
       *[other] Turno finalizado: se quitaron del llavero { $removed } sesiones guardadas.
    }
cli-sso-open =
    Para iniciar sesión en IAM Identity Center, abra:
      { $url }
cli-sso-code = y compruebe que la página muestra este código: { $code }
cli-sso-browser = Apruebe el inicio de sesión de IAM Identity Center en el navegador que se abrió; volverá aquí automáticamente.
cli-sso-waiting = Esperando la aprobación…
cli-sso-signed-in = Sesión iniciada en IAM Identity Center para el perfil '{ $profile }'.
sso-callback-success = Ha iniciado sesión en IAM Identity Center. Puede cerrar esta pestaña y volver a Connect SSO.
sso-callback-failure = El inicio de sesión de IAM Identity Center no se completó. Vuelva a Connect SSO para ver el motivo.
cli-exported = Se añadió el perfil '{ $profile }' a { $path }.
cli-diagnostics-saved = Diagnóstico guardado en { $path } ({ $files } archivos, { $kib } KiB). Envíe este archivo a su servicio de asistencia: no contiene tokens ni contraseñas.
diagnostics-save-title = Guardar el diagnóstico para el servicio de asistencia
# $access and $refresh: cli-expiry-at or cli-expiry-unknown.
cli-expiry = Caducidad del token de acceso: { $access }; del token de actualización: { $refresh }.
# $time: a UTC time ("2026-11-28 10:23 UTC"); $relative: cli-relative-in or cli-relative-ago.
cli-expiry-at = { $time } ({ $relative })
cli-expiry-unknown = desconocida
cli-span-minutes = { $minutes } min
cli-span-hours = { $hours } h { $minutes } min
cli-relative-in = dentro de { $span }
cli-relative-ago = caducó hace { $span }
cli-session-line = { $session } [perfil { $profile }]
cli-no-sessions = No hay sesiones guardadas.
cli-no-profiles = No se encontró ningún perfil de AWS. Añada uno con `aws configure sso` o en ~/.aws/config.
cli-no-instances = El perfil '{ $profile }' no ve ninguna instancia de Amazon Connect en su región.
cli-column-profile = PERFIL
cli-column-kind = TIPO
cli-column-region = REGIÓN
cli-column-endpoint = PUNTO DE ENLACE
cli-column-alias = ALIAS
cli-column-id = ID
cli-column-identity = IDENTIDAD
cli-column-status = ESTADO
cli-column-browser = NAVEGADOR
cli-column-name = NOMBRE
cli-column-browser-profiles = PERFILES
cli-column-path = RUTA
# In the PATH column of `connect-sso browsers`.
cli-browser-not-installed = no instalado
cli-endpoint-custom = personalizado
cli-endpoint-aws = aws
cli-kind-static = claves estáticas
cli-kind-sso = IAM Identity Center
cli-kind-role = rol
cli-kind-process = credential_process
cli-kind-other = otro
# $list: cli-list-fresh or cli-list-cached.
cli-regions-searched = { $regions ->
        [one] { $regions } región consultada, { $failed } con errores; lista { $list }.
       *[other] { $regions } regiones consultadas, { $failed } con errores; lista { $list }.
    }
cli-list-fresh = obtenida ahora
cli-list-cached = de hace { $seconds } s (--refresh vuelve a consultar)
cli-region-warning = advertencia: { $region }: { $message } ({ $code })
# $names: the locked settings' keys, comma-separated; $restricted: "yes" when sign-in is limited to the listed instances.
cli-policy-valid = { $path } es una política de Connect SSO válida: { $instances ->
        [one] { $instances } instancia
       *[other] { $instances } instancias
    }, { $locked ->
        [0] ninguna configuración bloqueada
        [one] { $locked } configuración bloqueada ({ $names })
       *[other] { $locked } configuraciones bloqueadas ({ $names })
    }{ $restricted ->
        [yes] , inicio de sesión limitado a esas instancias
       *[no] {""}
    }.
cli-policy-unusable =
    { $message }
      sugerencia: { $hint }
cli-policy-applies = Se aplica la política de { $path }.
cli-policy-none = No hay política: { $path } no existe.
cli-policy-no-location = Este sistema operativo no tiene una ubicación para la política.

## The desktop entry (the Linux menu; one line each, no arguments)

desktop-entry-generic-name = Inicio de sesión en Amazon Connect
desktop-entry-comment = Inicie sesión en Amazon Connect con un clic
# Search words for the menu, separated by semicolons.
desktop-entry-keywords = Amazon Connect;AWS;SSO;inicio de sesión;centro de contacto;
