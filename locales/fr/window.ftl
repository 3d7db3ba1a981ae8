# Les textes de la fenêtre. Termes, employés partout de la même façon (comme dans errors.ftl et desktop.ftl) :
#   instance  – une instance Amazon Connect
#   profil    – un profil AWS de la configuration AWS, ou un profil défini dans Connect SSO
#   se connecter / se déconnecter – les verbes ; « connexion » est le nom
#   session   – une connexion Amazon Connect enregistrée que cette application peut rouvrir
#   Terminer le service – déconnecte toutes les sessions d'un coup (postes partagés)
# Les arguments sont des données (noms, ID, régions) et restent tels quels. Les nombres ($count, $total…) choisissent
# leur forme par un sélecteur ({ $count -> [one] … [many] … *[other] … }).
# « … » termine un libellé qui reste affiché pendant une opération ; on le garde.

## Durées et heures (nombres et unités fournis par Intl : « 58 min », « 2 h 5 min »)

duration-under-a-minute = moins d'une minute
# $duration : « 58 min », « 2 h 5 min »
time-in = dans { $duration }
time-ago = il y a { $duration }
# Quelque chose qui a pris fin (un jeton, une session). $duration : depuis combien de temps, « 3 min ».
time-expired-ago = a expiré il y a { $duration }
# Une heure et son écart. $time : heure locale (« 14:32 ») ; $relative : « dans 58 min », « a expiré il y a 3 min ».
expiry-time = { $time } ({ $relative })

## Boutons utilisés à plusieurs endroits

button-cancel = Annuler
button-continue = Continuer
button-close = Fermer
sign-in-button = Se connecter
signing-in = Connexion…
sign-out-button = Se déconnecter
signing-out = Déconnexion…

## En-tête

app-name = Connect SSO
app-subtitle = Connexion à Amazon Connect en un clic
settings-button = Paramètres

## Démarrage (avant que le sélecteur puisse s'afficher)

startup-loading = Lecture de vos profils AWS…
startup-failed-title = Connect SSO n'a pas pu démarrer
startup-failed-body = Les détails s'affichent ci-dessus. Corrigez le problème, puis réessayez.
startup-retry = Réessayer
no-profiles-title = Aucun profil AWS trouvé
no-profiles-body = Connect SSO vous connecte avec un profil de votre configuration AWS. Ajoutez-en un, puis rechargez :
# $command : la commande, affichée comme du code (l'attribut .command). La commande reste telle quelle.
no-profiles-step-sso = Pour IAM Identity Center (SSO), exécutez { $command } dans un terminal.
    .command = aws configure sso
# $command : comme ci-dessus. NOM désigne un nom de profil choisi par l'utilisateur : seul NOM peut être traduit.
no-profiles-step-keys = Pour des clés d'accès, exécutez { $command }.
    .command = aws configure --profile NOM
# $section : une section du fichier de configuration AWS ; $file : ce fichier. Tous deux comme du code ; seul NOM
# peut être traduit.
no-profiles-step-file = Ou ajoutez une section { $section } à { $file }.
    .section = [profile NOM]
    .file = ~/.aws/config
no-profiles-reload = Recharger les profils

## Mise en page

instances-card =
    .aria-label = Instances Amazon Connect

## Sélecteur d'instance : le champ de recherche

search-box = Rechercher une instance Amazon Connect
    .placeholder = Nom, ID, compte, région ou profil
# Les touches (↑ ↓ Entrée Échap Alt+P) portent leur nom sur un clavier français.
search-help = ↑ ↓ choisir · Entrée se connecter · Échap effacer · Alt+P épingler
# À côté du champ de recherche quand rien n'est filtré. $total : instances listées.
search-count-all = { $total }
# $shown : instances correspondant à la recherche ; $total : instances listées.
search-count-some = { $shown } sur { $total }
search-results-announce = { $count ->
        [0] Aucune instance ne correspond
        [one] { $count } instance correspond
       *[other] { $count } instances correspondent
    }

## Sélecteur de profil

profile-picker = Profil AWS
profile-all = Tous les profils
# Un profil dans le sélecteur. $name : son nom ; $kind : son type (profile-kind) ; $region : sa région par défaut
# (ou profile-no-region).
profile-option = { $name } — { $kind } · { $region }
# La même chose, pour un profil dont le point de terminaison AWS est remplacé.
profile-option-custom-endpoint = { $name } — { $kind } · { $region } · { badge-custom-endpoint }
profile-no-region = aucune région
profile-no-default-region = aucune région par défaut
# Le type de profil AWS. $kind est un code : les clés des variantes restent telles quelles.
profile-kind =
    { $kind ->
        [static] clés statiques
        [sso] IAM Identity Center
        [role] rôle
        [process] processus externe
       *[other] autre
    }
# Sous le sélecteur quand le point de terminaison AWS d'un profil est remplacé (aussi dans la carte de connexion et la
# boîte de dialogue des liens).
custom-endpoint-warning = Ce profil envoie les requêtes AWS à un point de terminaison personnalisé défini dans votre configuration AWS. Ne vous connectez que si vous l'avez configuré vous-même.

## État de la découverte (sous le sélecteur de profil)

# $count : instances listées ; $regions : le nombre de régions AWS où elles se trouvent.
discovery-summary =
    { $count ->
        [0] Aucune instance
        [one] { $count } instance dans { $regions ->
            [one] { $regions } région
            [many] { $regions } de régions
           *[other] { $regions } régions
        }
        [many] { $count } d'instances dans { $regions ->
            [one] { $regions } région
            [many] { $regions } de régions
           *[other] { $regions } régions
        }
       *[other] { $count } instances dans { $regions ->
            [one] { $regions } région
            [many] { $regions } de régions
           *[other] { $regions } régions
        }
    }
# Pendant une découverte. $summary : la ligne discovery-summary.
discovery-summary-refreshing = { $summary } · actualisation…
discovery-never = Instances pas encore recherchées
discovery-looking = Recherche d'instances…
# Après le résumé. $duration : depuis quand la liste est à jour (« 3 min », « 2 h 5 min »).
discovery-age = · mise à jour il y a { $duration }
discovery-age-just-now = · mise à jour à l'instant
discovery-refresh = Actualiser
    .title = Rechercher à nouveau les instances dans toutes les régions
discovery-refreshing = Actualisation…
discovery-errors =
    .aria-label = Problèmes de découverte des instances
# Un profil dont les instances n'ont pas pu être listées. $profile : son nom ; $message : ce qui n'a pas fonctionné.
discovery-profile-error = { $profile } : { $message }
# Une région qui n'a pas pu être parcourue. $region : le code de région AWS ; $message : ce qui n'a pas fonctionné.
discovery-region-error = { $region } : { $message }
# La même chose quand plusieurs profils ont échoué. $profile : le nom du profil.
discovery-profile-region-error = { $profile } · { $region } : { $message }

## Liste des instances

instances-list =
    .aria-label = Instances Amazon Connect
list-section-pinned = Épinglées
list-section-recent = Récentes
list-section-all = Toutes
# $query : ce que la personne a tapé dans le champ de recherche.
list-no-match = Aucune instance ne correspond à « { $query } ».
list-loading = Recherche des instances Amazon Connect…
list-failed-profile = Impossible de lister les instances de ce profil. Vous pouvez toujours coller un ID ou un ARN d'instance ci-dessous.
list-failed-all = Impossible de lister les instances de vos profils. Vous pouvez toujours coller un ID ou un ARN d'instance ci-dessous.
list-empty-profile = Aucune instance Amazon Connect trouvée pour ce profil
list-empty-all = Aucune instance Amazon Connect trouvée
list-empty-hint = Si votre instance se trouve dans une autre région ou un autre compte, collez son ID ou son ARN ci-dessous.

## Une instance de la liste

# L'étoile devant chaque ligne. $label : le nom de l'instance (nom d'affichage, alias ou ID).
pin-toggle-pin =
    .aria-label = Épingler { $label }
    .title = Épingler en haut
pin-toggle-unpin =
    .aria-label = Désépingler { $label }
    .title = Désépingler
pin-button-pin = Épingler
pin-button-unpin = Désépingler
pin-state-pinned = épinglée
badge-managed = Gérée
badge-default = Par défaut
badge-recent = Récente
badge-custom-endpoint = point de terminaison personnalisé
# Une instance qui n'est pas ACTIVE. $status : le code de statut AWS (clés des variantes inchangées) ; $fallback : un
# code inconnu en toutes lettres (« Deleting »).
instance-status =
    { $status ->
        [CREATION_IN_PROGRESS] Création en cours
        [CREATION_FAILED] Échec de la création
       *[other] { $fallback }
    }
# $type : la façon dont l'instance gère ses utilisateurs (identity-type).
instance-not-saml = Sans SAML — la connexion peut échouer
    .title = Gestion des identités : { $type }
# $type : le type de gestion des identités AWS (clés des variantes inchangées) ; $fallback : un type inconnu en toutes
# lettres.
identity-type =
    { $type ->
        [SAML] SAML
        [CONNECT_MANAGED] utilisateurs gérés dans Connect
        [EXISTING_DIRECTORY] annuaire existant
        [unknown] type d'identité inconnu
       *[other] { $fallback }
    }
instance-restricted = Non autorisée par votre organisation
# Sur tout ce que la politique informatique définit (épinglage, paramètres) ; cité aussi dans settings-policy-note.
managed-title = Géré par votre organisation

## Coller un ID ou un ARN d'instance

# Le texte indicatif montre la forme d'un ARN : RÉGION, COMPTE et ID peuvent être traduits, le reste non.
paste-field = Coller un ID ou un ARN d'instance
    .placeholder = arn:aws:connect:RÉGION:COMPTE:instance/ID
paste-use = Utiliser
paste-looking-up = Recherche…
paste-help-no-profile = Choisissez un profil AWS ci-dessus pour rechercher un ID ou un ARN.
# $profile : le profil avec lequel un ID ou un ARN collé est recherché.
paste-help-profile = Recherche avec le profil { $profile }.

## Carte de connexion

sign-in-title = Connexion
sign-in-profile = Profil
sign-in-instance = Instance
# $label : le nom de l'instance ; $region : son code de région AWS.
instance-with-region = { $label } ({ $region })
sign-in-help-getting-link = Obtention d'un lien de connexion auprès d'Amazon Connect…
sign-in-help-waiting-sso = En attente de la connexion IAM Identity Center…
sign-in-help-renewing = Reconnexion depuis le rappel ci-dessus…
sign-in-help-no-profiles = Choisissez d'abord un profil AWS.
sign-in-help-looking = Recherche d'instances…
sign-in-help-choose = Choisissez une instance Amazon Connect.
sign-in-help-not-allowed = Non autorisée par votre organisation : choisissez l'une de ses instances gérées.
# $status : le statut de l'instance (instance-status).
sign-in-help-inactive = Cette instance n'est pas active ({ $status }) : la connexion échouera probablement.
sign-in-help-not-saml = Cette instance n'utilise pas SAML : la connexion peut échouer.
sign-in-help-ready = Amazon Connect s'ouvre dans votre navigateur.
# Avant de se connecter à une instance déjà ouverte avec un autre profil. $name : l'instance (alias ou ID) ;
# $profile : l'autre profil.
duplicate-question = Une session est déjà ouverte sur { $name } avec le profil { $profile }. Une nouvelle connexion peut y mettre fin.

## Panneau d'état

status-title = Statut
status-idle = Pas encore de connexion depuis cette fenêtre.
status-signed-in = Connecté
# $name : l'instance (alias ou ID) ; $region : son code de région AWS.
status-summary = Connecté à { $name } ({ $region })
status-browser = Navigateur ouvert — continuez dans Amazon Connect.
status-resumed = Session enregistrée rouverte — aucune nouvelle connexion nécessaire.
status-renewed = Les jetons enregistrés avaient expiré : reconnexion effectuée.
# $profile : le profil dont la connexion IAM Identity Center (ou le code MFA) a abouti.
status-sso-done = Connexion IAM Identity Center réussie pour le profil { $profile }.
status-mfa-done = Code MFA accepté pour le profil { $profile }.
status-user = Utilisateur Connect
# L'identité AWS qui s'est connectée. $arn : son ARN.
caller-identity = Identité AWS : { $arn }
# Quand le backend ne connaît pas l'utilisateur Connect.
user-unknown = utilisateur inconnu
status-profile = Profil
status-access-expires = Expiration du jeton d'accès
status-refresh-expires = Expiration du jeton d'actualisation
status-expiry-unknown = inconnue
status-not-remembered = Le trousseau n'est pas disponible : cette session ne sera pas mémorisée
# Après « Se déconnecter ». $name : l'instance (alias ou ID).
status-signed-out = Déconnexion de { $name } effectuée.
status-signed-out-browser = Déconnexion de { $name } effectuée. La page de déconnexion d'Amazon Connect s'est ouverte dans votre navigateur.
# Après « Terminer le service ». $count : le nombre de sessions déconnectées.
end-shift-done =
    { $count ->
        [one] Service terminé : { $count } session déconnectée.
        [many] Service terminé : { $count } de sessions déconnectées.
       *[other] Service terminé : { $count } sessions déconnectées.
    }

## Carte des sessions

sessions-title = Sessions
# Le badge après le titre. $count : sessions enregistrées.
sessions-count = { $count }
sessions-empty = Aucune session enregistrée.
sessions-sign-out-browser = Se déconnecter aussi d'Amazon Connect dans le navigateur
# $name : l'instance (alias ou ID) ; $profile : le profil avec lequel elle est connectée.
session-open = Ouvrir
    .aria-label = Ouvrir { $name } dans le navigateur (profil { $profile })
session-opening = Ouverture…
session-sign-out =
    .aria-label = Se déconnecter de { $name } (profil { $profile })
# Quand la session prend fin. $time : heure locale ; $relative : « dans 11 h », « a expiré il y a 3 min ».
session-until = jusqu'à { $time } ({ $relative })
session-expiry-unknown = expiration inconnue
end-shift = Terminer le service
# Demandé sur place avant « Terminer le service ». $count : sessions enregistrées.
end-shift-question =
    { $count ->
        [one] Se déconnecter de { $count } session ?
        [many] Se déconnecter des { $count } de sessions ?
       *[other] Se déconnecter des { $count } sessions ?
    }
end-shift-confirm = Tout déconnecter

## Bandeaux : erreurs, avis, rappels, le fichier de politique

# $code : le code de l'erreur (pour le support), affiché comme du code.
error-code = Code d'erreur { $code }
error-dismiss = Fermer le message d'erreur
notice-dismiss = Fermer l'avis
# Quand une erreur n'a pas de texte propre.
window-error-unknown = Une erreur s'est produite.
    .hint = Réessayez. Si le problème persiste, redémarrez Connect SSO.
# La fenêtre n'a pas pu joindre le backend. $detail : ce que le système a dit (souvent en anglais).
window-error-internal = { $detail }
    .hint = Réessayez. Si le problème persiste, redémarrez Connect SSO.
# $detail : pourquoi la fenêtre ne peut pas écouter les événements de l'application.
reminders-unavailable = Connect SSO ne peut pas afficher de rappels dans cette fenêtre avant la fin d'une session ({ $detail }).
    .hint = Les notifications du bureau vous avertissent toujours. Redémarrez Connect SSO si le problème persiste.
mfa-code = Code MFA
mfa-checking = Vérification…
sso-login-opening = Ouverture du navigateur…
expiring-title-fallback = Une session Amazon Connect se termine bientôt
# D'autres rappels derrière celui affiché. $count : combien.
expiring-more =
    { $count ->
        [one] +{ $count } autre
       *[other] +{ $count } autres
    }
expiring-sign-in = Se reconnecter
expiring-dismiss = Fermer ce rappel
# Pour qui administre le fichier de politique. $message : ce qui ne va pas ; $hint : que faire.
policy-error = Le fichier de politique de votre organisation est inutilisable : { $message } ({ $hint })
policy-error-no-hint = Le fichier de politique de votre organisation est inutilisable : { $message }
# $path : l'emplacement du fichier de politique.
policy-error-path = Fichier de politique : { $path }
policy-error-note = Connect SSO utilise vos propres paramètres jusqu'à sa correction.
policy-error-dismiss = Fermer l'alerte sur la politique

## Se connecter avec IAM Identity Center

sso-login-title = Se connecter avec IAM Identity Center
sso-login-intro = Votre navigateur a ouvert la page IAM Identity Center. Vérifiez qu'elle affiche ce code, puis approuvez :
sso-login-browser-intro = Approuvez la connexion dans votre navigateur. Il revient ici de lui-même ; il n'y a aucun code à comparer.
sso-login-use-code = Utiliser plutôt un code
sso-login-waiting = En attente d'approbation…
# Combien de temps le code affiché reste valide. $duration : « 9 min », « moins d'une minute ».
sso-code-valid = Code valide encore { $duration }
sso-code-expired = Code expiré

## Boîte de dialogue des liens (un lien connect-sso:// demande une connexion)

deep-link-title = Se connecter depuis un lien ?
# $label : le nom de l'instance ; $id : son ID ; $profile : le profil indiqué par le lien.
deep-link-question = Se connecter à { $label } ({ $id }) avec le profil { $profile } ?
# La même chose pour une instance sans nom.
deep-link-question-id = Se connecter à { $id } avec le profil { $profile } ?
# $region : le code de région AWS donné par le lien.
deep-link-region = Région : { $region }
# $profile : le profil indiqué par le lien.
deep-link-unknown-profile = Aucun profil AWS nommé { $profile } n'existe sur cet ordinateur : la connexion échouera.
deep-link-queued = Un autre lien est arrivé. Il s'affichera quand vous aurez répondu à celui-ci.
deep-link-note = Un lien a demandé à Connect SSO de vous connecter. Ne continuez que si vous vous y attendiez.

## Paramètres

settings-title = Paramètres
settings-language = Langue
settings-language-system = Celle du système
settings-zoom = Taille
settings-zoom-hint = Ctrl+= et Ctrl+- la changent partout dans la fenêtre ; Ctrl+0 revient à 100 %.
settings-close-to-tray = Fermer dans la zone de notification
settings-close-to-tray-hint = Fermer la fenêtre laisse Connect SSO actif dans la zone de notification.
settings-start-at-login = Lancer à l'ouverture de session
settings-sign-in-at-launch = Me connecter à mon instance par défaut au lancement
settings-default-none = Aucune instance par défaut n'est définie.
# $instance : le nom (ou l'ID) de l'instance par défaut ; $profile : son profil.
settings-default = Par défaut : { $instance } (profil { $profile }).
settings-notifications = M'avertir avant la fin d'une session
settings-lead-minutes = Minutes avant la fin d'une session
# $min, $max : la plage autorisée.
settings-lead-invalid = Choisissez une valeur entre { $min } et { $max } minutes.
    .hint = Connect SSO vous rappelle de vous reconnecter ce nombre de minutes avant la fin d'une session.
# Les codes de région du texte indicatif sont des exemples : on les garde.
settings-extra-regions = Régions supplémentaires
    .placeholder = p. ex. eu-west-2, ap-southeast-2
settings-extra-regions-hint = Parcourues en plus des régions Amazon Connect intégrées. Séparez-les par des virgules ou des espaces.
# $count : le nombre d'entrées qui ne sont pas des régions ; $list : ces entrées, telles que saisies.
settings-regions-invalid =
    { $count ->
        [one] Région non valide : { $list }.
        [many] Régions non valides : { $list }.
       *[other] Régions non valides : { $list }.
    }
    .hint = Une région s'écrit comme eu-west-2 ou ap-southeast-2.
settings-shortcut = Raccourci : afficher la fenêtre et rechercher
settings-shortcut-none = Aucun
settings-regions = Régions parcourues
settings-policy-note = Les champs marqués « { managed-title } » sont définis par un fichier de politique.
# $path : l'emplacement du fichier de politique.
settings-policy-note-path = Les champs marqués « { managed-title } » sont définis par le fichier de politique { $path }.

## The browser an instance opens in ($browser: a product name such as "Google Chrome"; $profile: a browser profile's name)
settings-browser = Navigateur
settings-browser-hint = Les instances s’ouvrent ici, sauf si elles ont leur propre navigateur (choisi dans la carte Connexion).
browser-system-default = Navigateur par défaut du système
browser-same-as-all = Comme toutes les instances ({ $browser })
browser-with-profile = { $browser } — { $profile }
browser-not-installed = { $browser } (non installé)
browser-private = Fenêtre privée
# In the error panel when the chosen browser is gone: focuses the instance's browser picker.
choose-browser = Choisir un navigateur
settings-instance-browsers = Instances avec leur propre navigateur
settings-instance-browsers-none = Aucune pour l’instant : choisissez-en un pour une instance sous « S’ouvre dans » dans la carte Connexion.
settings-help = Aide
settings-help-hint = Pour votre support : le journal de l'application et un fichier de diagnostic à lui envoyer. Aucun ne contient de jeton ni de mot de passe.
settings-open-log-folder = Ouvrir le dossier des journaux
settings-save-diagnostics = Enregistrer le diagnostic…
settings-diagnostics-saving = Enregistrement du diagnostic…
settings-diagnostics-saved = Diagnostic enregistré dans { $path } ({ $files } fichiers). Envoyez ce fichier à votre support.
sign-in-browser = S’ouvre dans
