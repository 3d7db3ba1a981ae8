# Error messages and their hints. Each message says what happened (naming the profile or the
# instance); its .hint says the next step. Shared by the window and the terminal.
# Arguments are data and stay as they are: profile names, instance names, what AWS said.

error-internal = Se produjo un error interno en Connect SSO: { $detail }
    .hint = Es un error de Connect SSO. Vuelva a ejecutarlo con CONNECT_SSO_LOG=debug e informe de lo que muestre.

error-language-unknown = Connect SSO no está disponible en “{ $language }”.
    .hint = Elija un idioma de la lista en Configuración.

## Pieces other messages are built from

# A data value shown as it is.
data = { $value }
# An instance with its alias: "acme-support (a1b2…)".
instance-with-alias = { $alias } ({ $id })
instance-none = (ninguna)
region-of-profile = la región del perfil
# What AWS said, after our sentence (note the leading space in English).
aws-says = { " " }AWS indica: { $message }
bad-response-unparsed = no se pudo analizar la respuesta
bad-response-unread = no se pudo leer la respuesta
bad-response-no-description = falta la descripción de la instancia
bad-response-no-sign-in-url = no contiene ninguna URL de inicio de sesión
bad-response-no-credentials = no contiene credenciales
bad-response-no-access-token = no contiene ningún token de acceso

## Amazon Connect refused

error-resource-not-found = No se encontró la instancia { $instance } en { $region } para el perfil '{ $profile }'.
    .hint = Compruebe el ID de la instancia o pegue el ARN de la instancia para que se usen la cuenta y la región correctas.
error-user-not-found = Ningún usuario de Amazon Connect de la instancia { $instance } coincide con la identidad del perfil '{ $profile }'.
    .hint = Para iniciar sesión con SAML, el nombre de sesión del rol debe coincidir exactamente con su nombre de usuario de Connect (se distinguen mayúsculas y minúsculas). Pida a su administrador de Connect que revise su usuario. Guía de configuración: docs/aws-setup.md#connect-usernames
error-user-not-found-seen = { error-user-not-found }
    .hint = AWS le identifica como { $arn }{ $session }. { error-user-not-found.hint }
session-name-shown = { " " }(nombre de sesión '{ $name }')
# $aws: what AWS said (may be empty). $saml: "yes" when AWS's message is about SAML.
error-invalid-request = Amazon Connect rechazó la solicitud de inicio de sesión en la instancia { $instance }.{ $aws }
    .hint = { $saml ->
        [yes] El inicio de sesión federado requiere una instancia configurada con administración de identidades SAML 2.0. Consulte a su administrador de Connect.
       *[no] Revise la instancia con su administrador de Connect.
    }
error-invalid-parameter = Amazon Connect rechazó un parámetro para la instancia { $instance }.{ $aws }
    .hint = Compruebe el ID o el ARN de la instancia.
error-duplicate-resource = Amazon Connect indica que hay un usuario duplicado para el perfil '{ $profile }' en la instancia { $instance }.{ $aws }
    .hint = Pida a su administrador de Connect que compruebe que su usuario existe una sola vez.
# $resource: the IAM resource ARN to allow, as it is.
error-access-denied = El perfil '{ $profile }' no tiene permiso para iniciar sesión en la instancia { $instance }.{ $aws }
    .hint = Pida a su administrador de AWS que permita connect:GetFederationToken en { $resource }. Guía de configuración: docs/aws-setup.md#the-agent-policy
error-user-not-onboarded = Su usuario aún no se ha incorporado a la instancia { $instance }.
    .hint = Pida a su administrador de Connect que incorpore su usuario a esta instancia (Global Resiliency).
error-root-not-allowed = El perfil '{ $profile }' usa las credenciales raíz de la cuenta, que no pueden iniciar sesión en Amazon Connect.
    .hint = Use un rol de IAM (o un usuario de IAM) cuyo nombre de sesión coincida con su nombre de usuario de Connect.

## Network or service

error-internal-service = Amazon Connect en { $region } tuvo un error interno, incluso tras reintentarlo.
    .hint = Vuelva a intentarlo dentro de un minuto. Si el problema continúa, consulte AWS Health Dashboard.
error-throttled = Amazon Connect está limitando las solicitudes del perfil '{ $profile }', incluso tras reintentarlo.
    .hint = Espere unos segundos y vuelva a intentarlo.
# $code: the error code AWS sent, as it is.
error-unexpected-service-error = Amazon Connect respondió con un error inesperado { $code } para la instancia { $instance }.{ $aws }
    .hint = Vuelva a intentarlo; si el problema continúa, informe de este mensaje.
# $what: bad-response-unparsed or bad-response-unread.
error-bad-response = Amazon Connect envió una respuesta inutilizable para la instancia { $instance }: { $what }.
    .hint = Vuelva a intentarlo; si el problema continúa, informe de este mensaje.
error-timeout = Amazon Connect en { $region } no respondió a tiempo.
    .hint = La red es lenta o Connect no responde: vuelva a intentarlo. Los tiempos de espera se pueden ampliar en Configuración.
error-offline = No se puede conectar con Amazon Connect en { $region }: parece que este equipo no tiene conexión.
    .hint = Compruebe la conexión a Internet, la VPN o el proxy y vuelva a intentarlo.
error-network = La conexión con Amazon Connect en { $region } se interrumpió durante la solicitud.
    .hint = Vuelva a intentarlo; si sigue ocurriendo, compruebe la VPN o el proxy.
error-folder-open-failed = No se pudo abrir la carpeta { $path }.
    .hint = Ábrala usted mismo en el explorador de archivos; `connect-sso doctor` también indica dónde está el registro.
error-diagnostics-unwritable = No se pudo guardar el diagnóstico en { $path }: { $reason }
    .hint = Elija una carpeta en la que pueda escribir, como Documentos o el Escritorio.
error-host-unreachable = No se puede conectar con { $host } desde este equipo.
    .hint = Compruebe la red, la VPN o el proxy (HTTPS_PROXY, NO_PROXY) y vuelva a intentarlo.
error-proxy-invalid = La dirección del proxy { $proxy } { $source ->
        [policy] de la política de TI
       *[other] de { $source }
    } no es una URL válida.
    .hint = Corríjala allí: una dirección de proxy tiene la forma http://proxy.example.com:8080.
error-proxy-failed = El proxy { $proxy } no dejó pasar la llamada a AWS.
    .hint = Compruebe que el proxy funciona y permite *.amazonaws.com; consulte a TI o indique en NO_PROXY los hosts a los que se debe ir directamente.
error-proxy-auth-required = El proxy { $proxy } pide un nombre de usuario y una contraseña.
    .hint = Inclúyalos en la dirección del proxy (http://usuario:contraseña@host:puerto) en HTTPS_PROXY o en la política de TI, o pida a TI que deje pasar esta aplicación.
error-tls-untrusted = Este equipo no confía en el certificado de { $host }.
    .hint = Si su red inspecciona TLS, defina AWS_CA_BUNDLE (o ca_bundle en el perfil de AWS) con el archivo de certificados de la CA de su empresa (PEM).
error-ca-bundle-unreadable = No se puede usar el paquete de CA { $path } ({ $source }): { $reason }
    .hint = Haga que { $source } apunte a un archivo PEM legible con los certificados de la CA de su empresa, o elimínelo.

## Credentials and AWS set-up

# $code: the error code AWS sent. $quoted: the profile name quoted for a shell.
error-credentials-rejected = AWS rechazó las credenciales del perfil '{ $profile }' ({ $code }).
    .hint = Han caducado o no son correctas: actualícelas (por ejemplo, `aws configure --profile { $quoted }`) y vuelva a intentarlo.
error-clock-skew = AWS rechazó la solicitud porque el reloj de este equipo no está en hora.
    .hint = Active la hora automática (por ejemplo, `timedatectl set-ntp true`) y vuelva a intentarlo.
error-no-region = El perfil '{ $profile }' no indica qué región de AWS se debe usar.
    .hint = Añada `region = ...` al perfil en ~/.aws/config, o pegue el ARN de la instancia, que indica su región.
error-credential-process-timeout = El credential_process del perfil '{ $profile }' no terminó en { $seconds } s.
    .hint = Ejecute manualmente el comando credential_process del perfil: puede que esté esperando una entrada que aquí no puede recibir.
error-credentials-timeout = La carga de las credenciales del perfil '{ $profile }' tardó más de { $seconds } s.
    .hint = Compruebe la red y el origen de credenciales del perfil y vuelva a intentarlo.
error-sso-expired = El inicio de sesión de IAM Identity Center del perfil '{ $profile }' no existe o ha caducado.
    .hint = Ejecute `aws sso login --profile { $quoted }` y vuelva a intentarlo.
    .window-hint = Elija Iniciar sesión con IAM Identity Center: la aplicación abre la página de inicio de sesión en su navegador y muestra las instancias cuando usted lo apruebe.
# $detail: what the credential process or the SDK said, as it is.
error-credential-process-failed = Error en el credential_process del perfil '{ $profile }': { $detail }
    .hint = Ejecute manualmente el comando credential_process del perfil para ver el error; debe imprimir credenciales en JSON.
error-no-credentials = El perfil '{ $profile }' no tiene credenciales de AWS utilizables: { $detail }
    .hint = Ejecute `aws configure --profile { $quoted }` o solicite al departamento de TI un perfil con acceso a Amazon Connect.
error-profile-not-found = No hay ningún perfil de AWS llamado '{ $profile }'.
    .hint = Elija un perfil de la lista, o añádalo con `aws configure sso` o en ~/.aws/config.
# $detail: the parser's message, naming the file and line.
error-aws-config-invalid = No se pueden leer los archivos de configuración de AWS: { $detail }
    .hint = Corrija la línea indicada arriba en ~/.aws/config o ~/.aws/credentials (o en los archivos que indiquen AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE).
# $service: the AWS service's name ("Amazon Connect", "AWS STS"…).
error-endpoint-invalid = El perfil '{ $profile }' envía las llamadas de { $service } a '{ $url }', que no es una URL.
    .hint = Defina AWS_ENDPOINT_URL* o el endpoint_url del perfil con una dirección https://, o elimínelo para usar el endpoint de AWS.
error-custom-endpoint-forbidden = El perfil '{ $profile }' envía las solicitudes de { $service } a un punto de enlace personalizado, lo que la política de su organización no permite.
    .hint = Quite endpoint_url y las secciones services del perfil (y AWS_ENDPOINT_URL* del entorno), o consulte a su departamento de TI.

## Finding instances

error-region-timeout = { $region } no respondió en { $seconds } s.
    .hint = Se muestran las demás regiones; actualice más tarde para volver a intentarlo con esta.
error-discovery-cache-unwritable = No se pudo guardar en caché la lista de instancias: { $detail }
    .hint = La detección sigue funcionando; compruebe que se puede escribir en la carpeta de configuración.

## IAM Identity Center and MFA

error-not-sso-profile = El perfil '{ $profile }' no usa IAM Identity Center.
    .hint = Elija un perfil con sso_session (o sso_start_url) en ~/.aws/config.
error-sso-login-none = No hay ningún inicio de sesión de IAM Identity Center en curso para el perfil '{ $profile }'.
    .hint = Vuelva a iniciar sesión.
error-sso-login-cancelled = Se canceló el inicio de sesión de IAM Identity Center.
    .hint = Vuelva a iniciar sesión cuando esté listo.
# $start_url: the IAM Identity Center portal's address.
error-sso-login-denied = Se denegó el inicio de sesión de IAM Identity Center para { $start_url }.
    .hint = Si no fue usted, avise al departamento de TI. Si lo fue, vuelva a iniciar sesión y apruébelo.
error-sso-login-expired = El inicio de sesión de IAM Identity Center para { $start_url } no se aprobó a tiempo.
    .hint = Vuelva a iniciar sesión y apruébelo en el navegador en unos minutos.
# $detail: what IAM Identity Center said, as it is.
error-sso-refused = IAM Identity Center ({ $start_url }) rechazó el inicio de sesión: { $detail }
    .hint = Compruebe con el departamento de TI los valores sso_start_url y sso_region del perfil y vuelva a intentarlo.
error-sso-state-mismatch = El navegador volvió con una respuesta de IAM Identity Center que no pertenece a este inicio de sesión; se ha rechazado.
    .hint = Vuelva a iniciar sesión desde Connect SSO. Si vuelve a ocurrir, informe al departamento de TI.
error-sso-authorize-failed = IAM Identity Center ({ $start_url }) terminó el inicio de sesión en el navegador con el error { $error }.
    .hint = Vuelva a iniciar sesión o use un código en su lugar (`connect-sso sso-login --use-device-code`).
error-sso-code-refused = IAM Identity Center ({ $start_url }) no aceptó el código de autorización del inicio de sesión en el navegador.
    .hint = Vuelva a iniciar sesión. Si sigue fallando, use un código en su lugar (`connect-sso sso-login --use-device-code`).
error-untrusted-verification-url = La página de verificación de IAM Identity Center no está en un host de inicio de sesión de AWS; no se ha abierto.
    .hint = Compruebe con el departamento de TI el valor sso_start_url del perfil.
error-sso-cache-unwritable = No se pudo guardar el token de IAM Identity Center en { $path }: { $detail }
    .hint = Compruebe que se puede escribir en ~/.aws/sso/cache.
# $device: the MFA device's ARN.
error-mfa-required = El perfil '{ $profile }' necesita un código MFA de un solo uso para { $device }.
    .hint = Escriba el código de seis dígitos de su aplicación de autenticación; se solicita una vez por turno.
error-mfa-format = Un código MFA tiene seis dígitos.
    .hint = Escriba el código que muestra ahora su aplicación de autenticación.
error-mfa-refused = AWS no aceptó ese código MFA para el perfil '{ $profile }'.
    .hint = Escriba el código actual del dispositivo { $device } (los códigos cambian cada 30 segundos).
error-mfa-not-needed = El perfil '{ $profile }' no es un rol con un dispositivo MFA (mfa_serial).
    .hint = Vuelva a elegir el perfil; no necesita ningún código.

## App profiles

error-app-profile-not-found = No hay ningún perfil de la aplicación llamado '{ $profile }' en la configuración.
    .hint = `connect-sso profiles` muestra los perfiles; los perfiles de la aplicación proceden del archivo de configuración.
# $field: the name of the field, as in the settings file.
error-app-profile-invalid = No se exportó el perfil de la aplicación '{ $profile }': su campo { $field } no es válido.
    .hint = No se escribió nada. Corrija primero el perfil de la aplicación en el archivo de configuración.
error-export-exists = { $path } ya tiene un perfil o una sso-session llamados '{ $profile }'.
    .hint = No se cambió nada. Primero quite esa sección o cámbiele el nombre.
error-aws-config-unwritable = No se pudo escribir en { $path }: { $detail }
    .hint = Compruebe que se puede escribir en el archivo de configuración de AWS.

## What was typed or chosen

error-profile-name-invalid = No es un nombre de perfil de AWS válido.
    .hint = Elija un perfil de la lista (`connect-sso profiles` los muestra).
error-instance-too-long = El ID o el ARN de la instancia es demasiado largo.
    .hint = { -instance-hint }
# $input: what was pasted (its first 80 characters).
error-instance-not-id-or-arn = '{ $input }' no es un ID ni un ARN de instancia.
    .hint = { -instance-hint }
error-instance-bad-arn = '{ $input }' no es un ARN de instancia de Amazon Connect válido.
    .hint = { -instance-hint }
-instance-hint = Pegue el ID de la instancia (como 12345678-abcd-…) o el ARN de la instancia de la consola de Amazon Connect.
error-no-instance-given = No se indicó ninguna instancia y no se ha usado ninguna antes.
    .hint = Indique --instance ID_OR_ARN (`connect-sso instances` las muestra).
error-too-many-regions = Se pueden añadir como máximo { $max } regiones adicionales.
    .hint = Quite las regiones que no use.
error-region-invalid = '{ $region }' no es un código de región de AWS.
    .hint = Los códigos de región tienen el formato eu-west-3 o ap-south-1.
error-lead-minutes-range = La antelación del recordatorio debe estar entre 1 y 120 minutos.
    .hint = Introduzca un número de minutos entre 1 y 120.
error-zoom-unknown = { $percent } % no es uno de los tamaños de ventana que ofrece Connect SSO.
    .hint = Use Ctrl+= y Ctrl+- (o el tamaño en Configuración).
# $reason: the MFA error's own message.
error-mfa-in-a-script = { $reason }
    .hint = Indique --mfa-code-stdin y escriba en la entrada estándar el código de seis dígitos de su aplicación de autenticación.

## Settings and the IT policy

# $setting: the setting's key, as in the policy file ("closeToTray").
error-setting-managed = '{ $setting }' lo administra su organización y no se puede cambiar aquí.
    .hint = Si necesita otro valor, consulte a su departamento de TI.
# $detail: what is wrong, for IT, as the checker or the system says it.
error-policy-invalid = No se puede usar el archivo de política de TI { $path }: { $detail }.
    .hint = Se aplica su propia configuración hasta que se corrija. Para TI: `connect-sso policy validate FILE` muestra el error; el esquema es docs/policy.schema.json.
error-policy-file-missing = { $path } no existe.
    .hint = Indique la ruta del archivo de política que quiere comprobar.
error-app-profile-unused = No se usa el perfil de la aplicación '{ $profile }' de la configuración: su campo { $field } no es válido.
    .hint = Corríjalo en { $path } (o consulte a su departamento de TI, si lo configuró); los demás perfiles funcionan con normalidad.

## connect-sso doctor

error-doctor-root = El perfil '{ $profile }' usa el usuario raíz de la cuenta ({ $arn }), que no puede iniciar sesión en Amazon Connect.
    .hint = Use en su lugar un rol de IAM o un perfil de IAM Identity Center.
error-doctor-connect-user-missing = No existe ningún usuario de Amazon Connect llamado '{ $username }' en la instancia { $instance }.
    .hint = Créelo con exactamente ese nombre de usuario (se distinguen mayúsculas y minúsculas) o haga que el nombre de sesión coincida con un usuario existente. Guía de configuración: docs/aws-setup.md#connect-usernames
error-doctor-region-unknown = { $region } no es una región en la que se sepa que Amazon Connect está disponible.
    .hint = Use la región de la instancia en el perfil, o añada la región a extraRegions en la configuración si Amazon Connect acaba de llegar a ella.

## The sign-in URL, the browser, links

# Why a sign-in URL was not opened ($reason of error-untrusted-sign-in-url).
url-reason-too-long = es demasiado larga
url-reason-characters = contiene caracteres no permitidos en una URL
url-reason-host-encoded = su host está codificado o no es ASCII simple
url-reason-user-info = incluye información de usuario
url-reason-not-https = no es https
url-reason-port = indica un puerto
url-reason-ip-host = su host es una dirección IP
url-reason-no-host = no tiene host
url-reason-trailing-dot = su host termina en punto
url-reason-bad-dns = su host no es un nombre DNS válido
url-reason-not-connect-host = su host no es un host de inicio de sesión de Amazon Connect
url-reason-awsapps-path = en awsapps.com solo se abren las páginas /connect propias de Amazon Connect
url-reason-not-instance-host = su host no es el de la URL de acceso de la instancia
# Why a connect-sso:// link was refused ($reason of error-deep-link-invalid).
link-reason-too-long = es demasiado largo
link-reason-characters = contiene espacios o caracteres de control
link-reason-not-a-link = no es un enlace
link-reason-scheme = no es un enlace connect-sso://
link-reason-action = la única acción es sign-in
link-reason-extra-parts = tiene partes que un enlace de inicio de sesión nunca tiene
link-reason-unknown-key = tiene una clave distinta de profile e instance
link-reason-repeated-key = una clave aparece dos veces
link-reason-no-profile = no indica ningún perfil
link-reason-no-instance = no indica ninguna instancia
link-reason-bad-profile = su nombre de perfil no es válido
link-reason-bad-instance = su instancia no es un ID ni un ARN de instancia
error-untrusted-sign-in-url = No se abrió la URL de inicio de sesión de Amazon Connect: { $reason }.
    .hint = No se abrió nada. Si usa un punto de enlace personalizado, compruébelo (insignia del perfil); si no, informe del problema.
error-deep-link-invalid = No se usó este enlace de Connect SSO: { $reason }.
    .hint = Pida a quien se lo envió un enlace con el formato connect-sso://sign-in?profile=NAME&instance=ID.
error-no-url-launcher = No hay ningún lanzador de URL (xdg-open) instalado, por lo que no se puede abrir ningún navegador.
    .hint = Instale xdg-utils (Debian/Ubuntu: sudo apt install xdg-utils) y configure un navegador predeterminado.
browser-reason-no-launcher = no hay ningún lanzador de URL (xdg-open) instalado
browser-reason-launcher-failed = falló el lanzador de URL del sistema
error-browser-failed = No se pudo abrir el navegador: { $reason }.
    .hint = Instale o configure un navegador web predeterminado (en Linux: xdg-utils y `xdg-settings set default-web-browser`) y vuelva a iniciar sesión.
# $next: what still holds (one of the browser-timeout-after-… messages).
error-browser-timeout = El navegador no abrió la página en { $seconds } s.
    .hint = Compruebe que hay un navegador predeterminado configurado y que se inicia. { $next }
browser-timeout-after-sign-in = La sesión está guardada: `connect-sso open` la vuelve a abrir en el navegador.
browser-timeout-after-open = La sesión sigue guardada: vuelva a ejecutar `connect-sso open`.
browser-timeout-after-sign-out = Se quitaron los tokens del llavero; cierre sesión en la pestaña de Amazon Connect de su navegador.
error-instance-not-allowed = Su organización solo permite iniciar sesión en las instancias que indica; { $instance } con el perfil '{ $profile }' no es una de ellas.
    .hint = Elija una de las instancias marcadas como Administrada o consulte a su departamento de TI.
error-logout-page-unknown = Se quitaron los tokens, pero se desconoce la dirección de Amazon Connect de esta sesión, por lo que no se puede abrir su página de cierre de sesión en el navegador.
    .hint = Cierre sesión en la pestaña de Amazon Connect de su navegador.

## The keychain and the settings file

# $detail: what the keychain said, as it is.
error-keychain-locked = El llavero está bloqueado o denegó el acceso: { $detail }
    .hint = Desbloquee el llavero (en Linux: el llavero de inicio de sesión en Contraseñas y claves / Seahorse) y vuelva a intentarlo.
error-keychain-unavailable = El llavero no está disponible: { $detail }
    .hint = En Linux, instale e inicie un Secret Service como gnome-keyring (apt install gnome-keyring) y vuelva a iniciar sesión.
error-keychain-mock = Esta compilación de Connect SSO no tiene un almacén de llavero nativo.
    .hint = Vuelva a instalar Connect SSO desde un paquete oficial.
error-keychain-connection-broke = La conexión con el llavero se interrumpió dos veces seguidas.
    .hint = Reinicie el servicio del llavero (o cierre y vuelva a abrir la sesión del sistema) y vuelva a iniciar sesión.
error-keychain-probe-failed = El llavero aceptó una entrada, pero no la devolvió.
    .hint = Reinicie el servicio del llavero (o cierre y vuelva a abrir la sesión del sistema) y vuelva a ejecutar `connect-sso doctor`.
# $entry: the entry's name in the keychain.
error-keychain-entry-damaged = Una entrada de Connect SSO del llavero está dañada y no se puede leer ({ $entry }).
    .hint = Cierre esa sesión (o finalice el turno) para quitarla y vuelva a iniciar sesión.
error-keychain-value-too-large = Un valor de { $bytes } bytes supera el tamaño de las entradas del llavero que escribe Connect SSO.
    .hint = Informe del problema: los tokens de Amazon Connect son mucho más pequeños.
error-keychain-refused-size = El llavero rechazó un valor de { $bytes } bytes.
    .hint = Este almacén tiene un límite de tamaño.
error-settings-unwritable = No se pudo guardar la configuración en { $path }: { $detail }
    .hint = Compruebe que la carpeta existe y que se puede escribir en ella (¿disco lleno?). Esto no afecta a su inicio de sesión.
# $moved: settings-moved-to, or nothing.
error-settings-corrupt = No se pudo leer el archivo de configuración { $path } ({ $detail }); se cargaron los valores predeterminados.{ $moved }
    .hint = Vuelva a elegir su perfil y su instancia; se guardarán en un archivo nuevo.
settings-moved-to = { " " }Se movió a { $path }.

## Browsers chosen per instance ($browser: a product name such as "Google Chrome")
browser-reason-program-failed = { $browser } no se inició
error-browser-not-installed = { $browser }, elegido para esta instancia, no está instalado en este equipo.
    .hint = Elija otro navegador para la instancia (o el navegador predeterminado) en la ventana o en Configuración, o instale { $browser }. En un script: --browser default.
# $known: one of the browser-profiles-… messages.
error-browser-profile-not-found = { $browser } no tiene ningún perfil llamado «{ $profile }».
    .hint = { $known }
browser-profiles-none = Todavía no tiene perfiles: ábralo una vez. O no elija ningún perfil para la instancia.
browser-profiles-known = Sus perfiles: { $profiles }. Elija uno de ellos, o ninguno, para la instancia.
error-browser-choice-invalid = Esta elección de navegador no se puede usar: { $detail }.
    .hint = Elija primero un navegador; el perfil y la ventana privada pertenecen a un navegador.
