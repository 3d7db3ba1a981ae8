# Messages d'erreur et leurs conseils. Chaque message dit ce qui s'est passé (en nommant le profil
# ou l'instance) ; son .hint indique l'étape suivante. Partagés par la fenêtre et le terminal.
# Les arguments sont des données et restent tels quels : noms de profil, noms d'instance, réponse d'AWS.

error-internal = Une erreur interne s'est produite dans Connect SSO : { $detail }
    .hint = Il s'agit d'un bogue de Connect SSO. Relancez avec CONNECT_SSO_LOG=debug et signalez ce qui s'affiche.

error-language-unknown = Connect SSO ne parle pas « { $language } ».
    .hint = Choisissez une langue dans la liste des Paramètres.

## Éléments qui composent d'autres messages

# Une donnée affichée telle quelle.
data = { $value }
# Une instance avec son alias : "acme-support (a1b2…)".
instance-with-alias = { $alias } ({ $id })
instance-none = (aucune)
# Suit « dans la région » : « dans la région du profil » (sinon « dans la région eu-west-3 »).
region-of-profile = du profil
# Ce qu'a dit AWS, après notre phrase (notez l'espace initiale).
aws-says = { " " }Réponse d'AWS : { $message }
bad-response-unparsed = la réponse n'a pas pu être analysée
bad-response-unread = la réponse n'a pas pu être lue
bad-response-no-description = la description de l'instance est absente
bad-response-no-sign-in-url = la réponse ne contient pas d'URL de connexion
bad-response-no-credentials = la réponse ne contient pas d'informations d'identification
bad-response-no-access-token = la réponse ne contient pas de jeton d'accès

## Refus d'Amazon Connect

error-resource-not-found = L'instance { $instance } est introuvable dans la région { $region } pour le profil « { $profile } ».
    .hint = Vérifiez l'ID de l'instance, ou collez l'ARN de l'instance pour utiliser le bon compte et la bonne région.
error-user-not-found = Aucun utilisateur Amazon Connect de l'instance { $instance } ne correspond à l'identité du profil « { $profile } ».
    .hint = Pour une connexion SAML, le nom de session du rôle doit être exactement votre nom d'utilisateur Connect (casse comprise). Demandez à votre administrateur Connect de vérifier votre utilisateur. Guide de configuration : docs/aws-setup.md#connect-usernames
error-user-not-found-seen = { error-user-not-found }
    .hint = AWS vous identifie comme { $arn }{ $session }. { error-user-not-found.hint }
session-name-shown = { " " }(nom de session « { $name } »)
# $aws : ce qu'a dit AWS (peut être vide). $saml : "yes" quand le message d'AWS concerne SAML.
error-invalid-request = Amazon Connect a refusé la demande de connexion à l'instance { $instance }.{ $aws }
    .hint = { $saml ->
        [yes] La connexion fédérée exige une instance configurée pour la gestion des identités SAML 2.0. Contactez votre administrateur Connect.
       *[no] Vérifiez l'instance avec votre administrateur Connect.
    }
error-invalid-parameter = Amazon Connect a rejeté un paramètre pour l'instance { $instance }.{ $aws }
    .hint = Vérifiez l'ID ou l'ARN de l'instance.
error-duplicate-resource = Amazon Connect signale un utilisateur en double pour le profil « { $profile } » sur l'instance { $instance }.{ $aws }
    .hint = Demandez à votre administrateur Connect de vérifier que votre utilisateur n'existe qu'une seule fois.
# $resource : l'ARN de la ressource IAM à autoriser, tel quel.
error-access-denied = Le profil « { $profile } » n'est pas autorisé à se connecter à l'instance { $instance }.{ $aws }
    .hint = Demandez à votre administrateur AWS d'autoriser connect:GetFederationToken sur { $resource }. Guide de configuration : docs/aws-setup.md#the-agent-policy
error-user-not-onboarded = Votre utilisateur n'est pas encore intégré à l'instance { $instance }.
    .hint = Demandez à votre administrateur Connect d'intégrer votre utilisateur à cette instance (Global Resiliency).
error-root-not-allowed = Le profil « { $profile } » utilise les informations d'identification racine du compte, qui ne permettent pas de se connecter à Amazon Connect.
    .hint = Utilisez un rôle IAM (ou un utilisateur IAM) dont le nom de session correspond à votre nom d'utilisateur Connect.

## Réseau ou service

error-internal-service = Amazon Connect dans la région { $region } a rencontré une erreur interne, même après de nouvelles tentatives.
    .hint = Réessayez dans une minute. Si le problème persiste, consultez l'AWS Health Dashboard.
error-throttled = Amazon Connect limite les requêtes du profil « { $profile } », même après de nouvelles tentatives.
    .hint = Patientez quelques secondes, puis réessayez.
# $code : le code d'erreur envoyé par AWS, tel quel.
error-unexpected-service-error = Amazon Connect a répondu par une erreur inattendue { $code } pour l'instance { $instance }.{ $aws }
    .hint = Réessayez ; si le problème persiste, signalez ce message.
# $what : bad-response-unparsed ou bad-response-unread.
error-bad-response = Amazon Connect a envoyé une réponse inutilisable pour l'instance { $instance } : { $what }.
    .hint = Réessayez ; si le problème persiste, signalez ce message.
error-timeout = Amazon Connect dans la région { $region } n'a pas répondu à temps.
    .hint = Le réseau est lent ou Connect ne répond pas : réessayez. Les délais d'attente peuvent être augmentés dans les paramètres.
error-offline = Impossible de joindre Amazon Connect dans la région { $region } : cet ordinateur semble hors ligne.
    .hint = Vérifiez votre connexion Internet, votre VPN ou votre proxy, puis réessayez.
error-network = La connexion à Amazon Connect dans la région { $region } a été interrompue pendant l'appel.
    .hint = Réessayez ; si cela se reproduit, vérifiez votre VPN ou votre proxy.
error-folder-open-failed = Impossible d'ouvrir le dossier { $path }.
    .hint = Ouvrez-le vous-même dans le gestionnaire de fichiers ; `connect-sso doctor` indique aussi où se trouve le journal.
error-diagnostics-unwritable = Impossible d'enregistrer le diagnostic dans { $path } : { $reason }
    .hint = Choisissez un dossier où vous pouvez écrire, comme Documents ou le Bureau.
error-host-unreachable = Impossible de joindre { $host } depuis cet ordinateur.
    .hint = Vérifiez le réseau, le VPN ou le proxy (HTTPS_PROXY, NO_PROXY), puis réessayez.
error-proxy-invalid = L'adresse du proxy { $proxy } { $source ->
        [policy] dans la politique informatique
       *[other] dans { $source }
    } n'est pas une URL valide.
    .hint = Corrigez-la à cet endroit : une adresse de proxy ressemble à http://proxy.example.com:8080.
error-proxy-failed = Le proxy { $proxy } n'a pas laissé passer l'appel vers AWS.
    .hint = Vérifiez que le proxy fonctionne et autorise *.amazonaws.com ; demandez au service informatique, ou indiquez dans NO_PROXY les hôtes à joindre directement.
error-proxy-auth-required = Le proxy { $proxy } demande un nom d'utilisateur et un mot de passe.
    .hint = Indiquez-les dans l'adresse du proxy (http://utilisateur:motdepasse@hôte:port), dans HTTPS_PROXY ou la politique informatique, ou demandez au service informatique de laisser passer cette application.
error-tls-untrusted = Cet ordinateur ne fait pas confiance au certificat de { $host }.
    .hint = Si votre réseau inspecte le TLS, faites pointer AWS_CA_BUNDLE (ou ca_bundle dans le profil AWS) vers le fichier de certificats de l'autorité de votre entreprise (PEM).
error-ca-bundle-unreadable = Le paquet d'autorités { $path } ({ $source }) est inutilisable : { $reason }
    .hint = Faites pointer { $source } vers un fichier PEM lisible contenant les certificats d'autorité de votre entreprise, ou supprimez-le.

## Informations d'identification et configuration AWS

# $code : le code d'erreur envoyé par AWS. $quoted : le nom du profil, entre guillemets pour un shell.
error-credentials-rejected = AWS a rejeté les informations d'identification du profil « { $profile } » ({ $code }).
    .hint = Elles sont expirées ou incorrectes : renouvelez-les (par exemple avec `aws configure --profile { $quoted }`), puis réessayez.
error-clock-skew = AWS a refusé la requête, car l'horloge de cet ordinateur est incorrecte.
    .hint = Activez la mise à l'heure automatique (par exemple `timedatectl set-ntp true`), puis réessayez.
error-no-region = Le profil « { $profile } » n'indique pas quelle région AWS utiliser.
    .hint = Ajoutez `region = ...` au profil dans ~/.aws/config, ou collez l'ARN de l'instance, qui indique sa région.
error-credential-process-timeout = Le credential_process du profil « { $profile } » ne s'est pas terminé en { $seconds } s.
    .hint = Exécutez manuellement la commande credential_process du profil : elle attend peut-être une saisie qu'elle ne peut pas recevoir ici.
error-credentials-timeout = Le chargement des informations d'identification du profil « { $profile } » a pris plus de { $seconds } s.
    .hint = Vérifiez votre réseau et la source d'informations d'identification du profil, puis réessayez.
error-sso-expired = La connexion IAM Identity Center du profil « { $profile } » est absente ou expirée.
    .hint = Exécutez `aws sso login --profile { $quoted }`, puis réessayez.
    .window-hint = Choisissez « Se connecter avec IAM Identity Center » : l’application ouvre la page de connexion dans votre navigateur et liste les instances dès que vous approuvez.
# $detail : ce qu'a dit le processus d'identification ou le SDK, tel quel.
error-credential-process-failed = Le credential_process du profil « { $profile } » a échoué : { $detail }
    .hint = Exécutez manuellement la commande credential_process du profil pour voir son erreur ; elle doit afficher des informations d'identification en JSON.
error-no-credentials = Le profil « { $profile } » n'a aucune information d'identification AWS utilisable : { $detail }
    .hint = Exécutez `aws configure --profile { $quoted }`, ou demandez au service informatique un profil ayant accès à Amazon Connect.
error-profile-not-found = Aucun profil AWS ne s'appelle « { $profile } ».
    .hint = Choisissez un profil dans la liste, ou ajoutez-le avec `aws configure sso` ou dans ~/.aws/config.
# $detail : le message de l'analyseur, qui nomme le fichier et la ligne.
error-aws-config-invalid = Les fichiers de configuration AWS ne peuvent pas être lus : { $detail }
    .hint = Corrigez la ligne indiquée ci-dessus dans ~/.aws/config ou ~/.aws/credentials (ou dans les fichiers désignés par AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE).
# $service : le nom du service AWS ("Amazon Connect", "AWS STS"…).
error-endpoint-invalid = Le profil '{ $profile }' envoie les appels { $service } à '{ $url }', qui n'est pas une URL.
    .hint = Donnez à AWS_ENDPOINT_URL* ou à l'endpoint_url du profil une adresse https://, ou supprimez-le pour utiliser le point de terminaison d'AWS.
error-custom-endpoint-forbidden = Le profil « { $profile } » envoie les appels à { $service } vers un point de terminaison personnalisé, ce que la politique de votre organisation n'autorise pas.
    .hint = Supprimez endpoint_url et les sections services du profil (et AWS_ENDPOINT_URL* de l'environnement), ou contactez votre service informatique.

## Recherche des instances

error-region-timeout = La région { $region } n'a pas répondu en { $seconds } s.
    .hint = Les autres régions sont listées ; actualisez plus tard pour réessayer celle-ci.
error-discovery-cache-unwritable = La liste des instances n'a pas pu être mise en cache : { $detail }
    .hint = La découverte fonctionne toujours ; vérifiez que le dossier des paramètres est accessible en écriture.

## IAM Identity Center et MFA

error-not-sso-profile = Le profil « { $profile } » n'utilise pas IAM Identity Center.
    .hint = Choisissez un profil avec sso_session (ou sso_start_url) dans ~/.aws/config.
error-sso-login-none = Aucune connexion IAM Identity Center n'est en cours pour le profil « { $profile } ».
    .hint = Relancez la connexion.
error-sso-login-cancelled = La connexion IAM Identity Center a été annulée.
    .hint = Relancez-la quand vous le souhaitez.
# $start_url : l'adresse du portail IAM Identity Center.
error-sso-login-denied = La connexion IAM Identity Center pour { $start_url } a été refusée.
    .hint = Si ce n'était pas vous, prévenez le service informatique. Sinon, relancez la connexion et approuvez-la.
error-sso-login-expired = La connexion IAM Identity Center pour { $start_url } n'a pas été approuvée à temps.
    .hint = Relancez-la et approuvez-la dans le navigateur d'ici quelques minutes.
# $detail : ce qu'a dit IAM Identity Center, tel quel.
error-sso-refused = IAM Identity Center ({ $start_url }) a refusé la connexion : { $detail }
    .hint = Vérifiez sso_start_url et sso_region du profil avec le service informatique, puis réessayez.
error-sso-state-mismatch = Le navigateur est revenu avec une réponse d'IAM Identity Center qui n'appartient pas à cette connexion ; elle a été refusée.
    .hint = Relancez la connexion depuis Connect SSO. Si cela se reproduit, prévenez le service informatique.
error-sso-authorize-failed = IAM Identity Center ({ $start_url }) a mis fin à la connexion dans le navigateur avec l'erreur { $error }.
    .hint = Relancez la connexion, ou utilisez plutôt un code (`connect-sso sso-login --use-device-code`).
error-sso-code-refused = IAM Identity Center ({ $start_url }) n'a pas accepté le code d'autorisation de la connexion dans le navigateur.
    .hint = Relancez la connexion. Si l'échec persiste, utilisez plutôt un code (`connect-sso sso-login --use-device-code`).
error-untrusted-verification-url = La page de vérification IAM Identity Center n'est pas sur un hôte de connexion AWS ; elle n'a pas été ouverte.
    .hint = Vérifiez sso_start_url du profil avec le service informatique.
error-sso-cache-unwritable = Le jeton IAM Identity Center n'a pas pu être enregistré dans { $path } : { $detail }
    .hint = Vérifiez que ~/.aws/sso/cache est accessible en écriture.
# $device : l'ARN de l'appareil MFA.
error-mfa-required = Le profil « { $profile } » nécessite un code MFA à usage unique pour { $device }.
    .hint = Saisissez le code à six chiffres de votre application d'authentification ; il n'est demandé qu'à la prise de service.
error-mfa-format = Un code MFA comporte six chiffres.
    .hint = Saisissez le code affiché en ce moment par votre application d'authentification.
error-mfa-refused = AWS n'a pas accepté ce code MFA pour le profil « { $profile } ».
    .hint = Saisissez le code actuel de l'appareil { $device } (les codes changent toutes les 30 secondes).
error-mfa-not-needed = Le profil « { $profile } » n'est pas un rôle avec un appareil MFA (mfa_serial).
    .hint = Choisissez à nouveau le profil ; il ne demande aucun code.

## Profils de l'application

error-app-profile-not-found = Aucun profil d'application nommé « { $profile } » n'existe dans les paramètres.
    .hint = `connect-sso profiles` liste les profils ; les profils d'application proviennent du fichier de paramètres.
# $field : le nom du champ, comme dans le fichier de paramètres.
error-app-profile-invalid = Le profil d'application « { $profile } » n'a pas été exporté : son champ { $field } n'est pas valide.
    .hint = Rien n'a été écrit. Corrigez d'abord le profil d'application dans le fichier de paramètres.
error-export-exists = { $path } contient déjà un profil ou une sso-session nommés « { $profile } ».
    .hint = Rien n'a été modifié. Supprimez ou renommez d'abord cette section.
error-aws-config-unwritable = Impossible d'écrire dans { $path } : { $detail }
    .hint = Vérifiez que le fichier de configuration AWS est accessible en écriture.

## Saisies et choix

error-profile-name-invalid = Ce n'est pas un nom de profil AWS valide.
    .hint = Choisissez un profil dans la liste (`connect-sso profiles` les liste).
error-instance-too-long = L'ID ou l'ARN de l'instance est trop long.
    .hint = { -instance-hint }
# $input : ce qui a été collé (ses 80 premiers caractères).
error-instance-not-id-or-arn = « { $input } » n'est ni un ID ni un ARN d'instance.
    .hint = { -instance-hint }
error-instance-bad-arn = « { $input } » n'est pas un ARN d'instance Amazon Connect valide.
    .hint = { -instance-hint }
-instance-hint = Collez l'ID de l'instance (par exemple 12345678-abcd-…) ou son ARN depuis la console Amazon Connect.
error-no-instance-given = Aucune instance indiquée, et aucune utilisée auparavant.
    .hint = Indiquez --instance ID_OR_ARN (`connect-sso instances` les liste).
error-too-many-regions = Vous pouvez ajouter au maximum { $max } régions supplémentaires.
    .hint = Supprimez les régions que vous n'utilisez pas.
error-region-invalid = « { $region } » n'est pas un code de région AWS.
    .hint = Les codes de région ressemblent à eu-west-3 ou ap-south-1.
error-lead-minutes-range = Le délai du rappel doit être compris entre 1 et 120 minutes.
    .hint = Saisissez un nombre de minutes entre 1 et 120.
error-zoom-unknown = { $percent } % ne fait pas partie des tailles de fenêtre proposées par Connect SSO.
    .hint = Utilisez Ctrl+= et Ctrl+- (ou la taille dans les Paramètres).
# $reason : le message propre de l'erreur MFA.
error-mfa-in-a-script = { $reason }
    .hint = Passez --mfa-code-stdin et écrivez le code à six chiffres de votre application d'authentification sur l'entrée standard.

## Paramètres et politique informatique

# $setting : la clé du paramètre, comme dans le fichier de politique ("closeToTray").
error-setting-managed = « { $setting } » est géré par votre organisation et ne peut pas être modifié ici.
    .hint = Contactez votre service informatique s'il doit être différent.
# $detail : ce qui ne va pas, pour le service informatique, tel que le vérificateur ou le système le dit.
error-policy-invalid = Le fichier de politique informatique { $path } est inutilisable : { $detail }.
    .hint = Vos propres paramètres s'appliquent jusqu'à sa correction. Service informatique : `connect-sso policy validate FILE` indique l'erreur ; le schéma est docs/policy.schema.json.
error-policy-file-missing = { $path } n'existe pas.
    .hint = Indiquez le chemin du fichier de politique à vérifier.
error-app-profile-unused = Le profil d'application « { $profile } » des paramètres n'est pas utilisé : son champ { $field } n'est pas valide.
    .hint = Corrigez-le dans { $path } (ou contactez votre service informatique s'il l'a configuré) ; les autres profils fonctionnent normalement.

## connect-sso doctor

error-doctor-root = Le profil « { $profile } » utilise l'utilisateur racine du compte ({ $arn }), qui ne peut pas se connecter à Amazon Connect.
    .hint = Utilisez plutôt un rôle IAM ou un profil IAM Identity Center.
error-doctor-connect-user-missing = Aucun utilisateur Amazon Connect nommé '{ $username }' n'existe sur l'instance { $instance }.
    .hint = Créez-le avec exactement ce nom d'utilisateur (casse comprise), ou faites correspondre le nom de session à un utilisateur existant. Guide de configuration : docs/aws-setup.md#connect-usernames
error-doctor-region-unknown = { $region } n'est pas une région où Amazon Connect est disponible, à notre connaissance.
    .hint = Utilisez la région de l'instance dans le profil, ou ajoutez la région à extraRegions dans les paramètres si Amazon Connect vient d'y être lancé.

## L'URL de connexion, le navigateur, les liens

# Pourquoi une URL de connexion n'a pas été ouverte ($reason de error-untrusted-sign-in-url).
url-reason-too-long = elle est trop longue
url-reason-characters = elle contient des caractères interdits dans une URL
url-reason-host-encoded = son hôte est encodé ou n'est pas en ASCII simple
url-reason-user-info = elle contient des informations d'utilisateur
url-reason-not-https = elle n'est pas en https
url-reason-port = elle indique un port
url-reason-ip-host = son hôte est une adresse IP
url-reason-no-host = elle n'a pas d'hôte
url-reason-trailing-dot = son hôte se termine par un point
url-reason-bad-dns = son hôte n'est pas un nom DNS valide
url-reason-not-connect-host = son hôte n'est pas un hôte de connexion Amazon Connect
url-reason-awsapps-path = sur awsapps.com, seules les pages /connect d'Amazon Connect sont ouvertes
url-reason-not-instance-host = son hôte n'est pas celui de l'URL d'accès de l'instance
# Pourquoi un lien connect-sso:// a été refusé ($reason de error-deep-link-invalid).
link-reason-too-long = il est trop long
link-reason-characters = il contient des espaces ou des caractères de contrôle
link-reason-not-a-link = ce n'est pas un lien
link-reason-scheme = ce n'est pas un lien connect-sso://
link-reason-action = la seule action possible est sign-in
link-reason-extra-parts = il contient des éléments qu'un lien de connexion n'a jamais
link-reason-unknown-key = il contient une clé autre que profile et instance
link-reason-repeated-key = une clé apparaît deux fois
link-reason-no-profile = il n'indique aucun profil
link-reason-no-instance = il n'indique aucune instance
link-reason-bad-profile = son nom de profil n'est pas valide
link-reason-bad-instance = son instance n'est ni un ID ni un ARN d'instance
error-untrusted-sign-in-url = L'URL de connexion fournie par Amazon Connect n'a pas été ouverte : { $reason }.
    .hint = Rien n'a été ouvert. Si vous utilisez un point de terminaison personnalisé, vérifiez-le (badge du profil) ; sinon, signalez ce problème.
error-deep-link-invalid = Ce lien Connect SSO n'a pas été utilisé : { $reason }.
    .hint = Demandez à son expéditeur un lien de la forme connect-sso://sign-in?profile=NAME&instance=ID.
error-no-url-launcher = Aucun lanceur d'URL (xdg-open) n'est installé : aucun navigateur ne peut être ouvert.
    .hint = Installez xdg-utils (Debian/Ubuntu : sudo apt install xdg-utils) et définissez un navigateur par défaut.
browser-reason-no-launcher = aucun lanceur d'URL (xdg-open) n'est installé
browser-reason-launcher-failed = le lanceur d'URL du système a échoué
error-browser-failed = Le navigateur n'a pas pu être ouvert : { $reason }.
    .hint = Installez ou définissez un navigateur web par défaut (sous Linux : xdg-utils et `xdg-settings set default-web-browser`), puis reconnectez-vous.
# $next : ce qui reste valable (l'un des messages browser-timeout-after-…).
error-browser-timeout = Le navigateur n'a pas ouvert la page dans les { $seconds } s.
    .hint = Vérifiez qu'un navigateur par défaut est défini et qu'il démarre. { $next }
browser-timeout-after-sign-in = La session est enregistrée : `connect-sso open` la rouvre dans le navigateur.
browser-timeout-after-open = La session est toujours enregistrée : exécutez à nouveau `connect-sso open`.
browser-timeout-after-sign-out = Les jetons ont été supprimés du trousseau ; déconnectez-vous dans l'onglet Amazon Connect de votre navigateur.
error-instance-not-allowed = Votre organisation n'autorise la connexion qu'aux instances qu'elle liste ; { $instance } avec le profil « { $profile } » n'en fait pas partie.
    .hint = Choisissez l'une des instances marquées « Gérée », ou contactez votre service informatique.
error-logout-page-unknown = Les jetons ont été supprimés, mais l'adresse Amazon Connect de cette session est inconnue : sa page de déconnexion ne peut pas être ouverte dans le navigateur.
    .hint = Déconnectez-vous dans l'onglet Amazon Connect de votre navigateur.

## Le trousseau et le fichier de paramètres

# $detail : ce qu'a dit le trousseau, tel quel.
error-keychain-locked = Le trousseau est verrouillé ou a refusé l'accès : { $detail }
    .hint = Déverrouillez votre trousseau (sous Linux : le trousseau de connexion dans Mots de passe et clés / Seahorse), puis réessayez.
error-keychain-unavailable = Le trousseau n'est pas disponible : { $detail }
    .hint = Sous Linux, installez et démarrez un Secret Service comme gnome-keyring (apt install gnome-keyring), puis reconnectez-vous.
error-keychain-mock = Cette version de Connect SSO n'a pas de stockage natif dans le trousseau.
    .hint = Réinstallez Connect SSO à partir d'un paquet officiel.
error-keychain-connection-broke = La connexion au trousseau a été interrompue deux fois de suite.
    .hint = Redémarrez le service de trousseau (ou fermez puis rouvrez votre session sur l'ordinateur), puis reconnectez-vous.
error-keychain-probe-failed = Le trousseau a accepté une entrée, mais ne l'a pas restituée.
    .hint = Redémarrez le service de trousseau (ou fermez puis rouvrez votre session sur l'ordinateur), puis relancez `connect-sso doctor`.
# $entry : le nom de l'entrée dans le trousseau.
error-keychain-entry-damaged = Une entrée Connect SSO du trousseau est endommagée et illisible ({ $entry }).
    .hint = Déconnectez-vous de cette session (ou terminez le service) pour la supprimer, puis reconnectez-vous.
error-keychain-value-too-large = Une valeur de { $bytes } octets dépasse la taille des entrées que Connect SSO écrit dans le trousseau.
    .hint = Signalez ce problème : les jetons Amazon Connect sont bien plus petits.
error-keychain-refused-size = Le trousseau a refusé une valeur de { $bytes } octets.
    .hint = Ce stockage a une limite de taille.
error-settings-unwritable = Les paramètres n'ont pas pu être enregistrés dans { $path } : { $detail }
    .hint = Vérifiez que le dossier existe et est accessible en écriture (disque plein ?). Votre connexion elle-même n'est pas affectée.
# $moved : settings-moved-to, ou rien.
error-settings-corrupt = Le fichier de paramètres { $path } n'a pas pu être lu ({ $detail }) ; les valeurs par défaut ont été chargées.{ $moved }
    .hint = Choisissez à nouveau votre profil et votre instance ; ils seront enregistrés dans un nouveau fichier.
settings-moved-to = { " " }Il a été déplacé vers { $path }.

## Browsers chosen per instance ($browser: a product name such as "Google Chrome")
browser-reason-program-failed = { $browser } n’a pas démarré
error-browser-not-installed = { $browser }, choisi pour cette instance, n’est pas installé sur cet ordinateur.
    .hint = Choisissez un autre navigateur pour l’instance (ou le navigateur par défaut) dans la fenêtre ou dans les Paramètres, ou installez { $browser }. Dans un script : --browser default.
# $known: one of the browser-profiles-… messages.
error-browser-profile-not-found = { $browser } n’a aucun profil nommé « { $profile } ».
    .hint = { $known }
browser-profiles-none = Il ne liste encore aucun profil : lancez-le une fois. Ou ne choisissez aucun profil pour l’instance.
browser-profiles-known = Ses profils : { $profiles }. Choisissez-en un, ou aucun, pour l’instance.
error-browser-choice-invalid = Ce choix de navigateur est inutilisable : { $detail }.
    .hint = Choisissez d’abord un navigateur ; un profil et une fenêtre privée appartiennent à un navigateur.
