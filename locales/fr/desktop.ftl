# Le menu de la zone de notification, les notifications du bureau et les textes du terminal.
# Termes comme dans window.ftl : instance, profil, se connecter / se déconnecter, session, Terminer le service.

## Menu de la zone de notification

# $sessions : le nombre de sessions enregistrées.
tray-tooltip = { $sessions ->
        [0] Connect SSO — non connecté
        [one] Connect SSO — { $sessions } session
       *[other] Connect SSO — { $sessions } sessions
    }
tray-empty = Épinglez des instances dans la fenêtre pour les afficher ici
# $instance : le nom de l'instance.
tray-sign-in = Se connecter à { $instance }
tray-signed-in = ● { $instance } — connecté
tray-show = Afficher Connect SSO
tray-end-shift = Terminer le service (se déconnecter partout)
tray-quit = Quitter

## Notifications du bureau

# $place : le nom de l'instance.
notification-expiring-title = Fin de session Amazon Connect : { $place }
# $minutes : minutes entières restantes (au moins 1).
notification-expiring-body = { $minutes ->
        [one] Votre session sur { $place } ({ $region }) se termine dans { $minutes } minute. Ouvrez Connect SSO et reconnectez-vous pour continuer à travailler.
       *[other] Votre session sur { $place } ({ $region }) se termine dans { $minutes } minutes. Ouvrez Connect SSO et reconnectez-vous pour continuer à travailler.
    }

## Le terminal (connect-sso …, sans --json)

# Une erreur : son message, son conseil et son code, sur trois lignes.
cli-error =
    erreur : { $message }
      conseil : { $hint }
      code : { $code }
cli-mfa-prompt = Code MFA :{ " " }
# $session : cli-place-and-user.
cli-place-and-user = { $place } ({ $region }) en tant qu'utilisateur Connect { $user }
cli-place-unknown-user = { $place } ({ $region }) en tant qu'utilisateur Connect (inconnu)
cli-signed-in = Connecté à { $session }.
cli-signed-in-again = Reconnecté à { $session }.
cli-reopened = Session enregistrée rouverte : { $session }.
cli-browser-opened = Le navigateur a été ouvert.
cli-signed-out = Déconnecté : les jetons de « { $profile } » sur { $instance } ont été supprimés du trousseau.
cli-no-session = Aucune session enregistrée pour « { $profile } » sur { $instance }.
cli-pinned = Instance { $instance } ({ $profile }) épinglée.
cli-unpinned = Instance { $instance } ({ $profile }) désépinglée.
# $removed : le nombre de sessions supprimées.
cli-shift-ended = { $removed ->
        [one] Service terminé : { $removed } session enregistrée supprimée du trousseau.
       *[other] Service terminé : { $removed } sessions enregistrées supprimées du trousseau.
    }
cli-sso-open =
    Pour vous connecter à IAM Identity Center, ouvrez :
      { $url }
cli-sso-code = et vérifiez que la page affiche ce code : { $code }
cli-sso-browser = Approuvez la connexion IAM Identity Center dans le navigateur qui s'est ouvert ; il revient ici de lui-même.
cli-sso-waiting = En attente d'approbation…
cli-sso-signed-in = Connecté à IAM Identity Center pour le profil « { $profile } ».
sso-callback-success = Vous êtes connecté à IAM Identity Center. Vous pouvez fermer cet onglet et revenir à Connect SSO.
sso-callback-failure = La connexion IAM Identity Center n'a pas abouti. Revenez à Connect SSO pour en voir la raison.
cli-exported = Le profil « { $profile } » a été ajouté à { $path }.
cli-diagnostics-saved = Diagnostic enregistré dans { $path } ({ $files } fichiers, { $kib } Kio). Envoyez ce fichier à votre support : il ne contient ni jeton ni mot de passe.
diagnostics-save-title = Enregistrer le diagnostic pour le support
# $access et $refresh : cli-expiry-at ou cli-expiry-unknown.
cli-expiry = Expiration du jeton d'accès : { $access } ; du jeton d'actualisation : { $refresh }.
# $time : une heure UTC ("2026-11-28 10:23 UTC") ; $relative : cli-relative-in ou cli-relative-ago.
cli-expiry-at = { $time } ({ $relative })
cli-expiry-unknown = inconnue
cli-span-minutes = { $minutes } min
cli-span-hours = { $hours } h { $minutes } min
cli-relative-in = dans { $span }
cli-relative-ago = expiré depuis { $span }
cli-session-line = { $session } [profil { $profile }]
cli-no-sessions = Aucune session enregistrée.
cli-no-profiles = Aucun profil AWS trouvé. Ajoutez-en un avec `aws configure sso` ou dans ~/.aws/config.
cli-no-instances = Aucune instance Amazon Connect n'est visible pour le profil « { $profile } » dans sa région.
cli-column-profile = PROFIL
cli-column-kind = TYPE
cli-column-region = RÉGION
cli-column-endpoint = POINT DE TERMINAISON
cli-column-alias = ALIAS
cli-column-id = ID
cli-column-identity = IDENTITÉ
cli-column-status = STATUT
cli-column-browser = NAVIGATEUR
cli-column-name = NOM
cli-column-browser-profiles = PROFILS
cli-column-path = CHEMIN
# In the PATH column of `connect-sso browsers`.
cli-browser-not-installed = non installé
cli-endpoint-custom = personnalisé
cli-endpoint-aws = aws
cli-kind-static = clés statiques
cli-kind-sso = IAM Identity Center
cli-kind-role = rôle
cli-kind-process = credential_process
cli-kind-other = autre
# $list : cli-list-fresh ou cli-list-cached.
cli-regions-searched = { $regions ->
        [one] { $regions } région parcourue, { $failed } en échec ; liste { $list }.
       *[other] { $regions } régions parcourues, { $failed } en échec ; liste { $list }.
    }
cli-list-fresh = récupérée à l'instant
cli-list-cached = datant de { $seconds } s (--refresh la redemande)
cli-region-warning = avertissement : { $region } : { $message } ({ $code })
# $names : les clés des paramètres verrouillés, séparées par des virgules ; $restricted : "yes" quand la connexion est limitée aux instances listées.
cli-policy-valid = { $path } est une politique Connect SSO valide : { $instances } instance(s), { $locked } paramètre(s) verrouillé(s){ $locked ->
        [0] {""}
       *[other] { " " }({ $names })
    }{ $restricted ->
        [yes] , connexion limitée à ces instances
       *[no] {""}
    }.
cli-policy-unusable =
    { $message }
      conseil : { $hint }
cli-policy-applies = La politique { $path } s'applique.
cli-policy-none = Aucune politique : { $path } n'existe pas.
cli-policy-no-location = Aucun emplacement de politique sur ce système d'exploitation.

## The desktop entry (the Linux menu; one line each, no arguments)

desktop-entry-generic-name = Connexion à Amazon Connect
desktop-entry-comment = Connexion à Amazon Connect en un clic
# Search words for the menu, separated by semicolons.
desktop-entry-keywords = Amazon Connect;AWS;SSO;connexion;centre de contact;
