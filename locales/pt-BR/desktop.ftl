# The tray menu, desktop notifications and the terminal's words.
# Terms as in window.ftl: instance, profile, sign in / sign out, session, End shift.

## Tray menu

# $sessions: how many stored sessions there are.
tray-tooltip = { $sessions ->
        [0] Connect SSO — sem login
        [one] Connect SSO — { $sessions } sessão
       *[other] Connect SSO — { $sessions } sessões
    }
tray-empty = Fixe instâncias na janela para listá-las aqui
# $instance: the instance's name.
tray-sign-in = Fazer login em { $instance }
tray-signed-in = ● { $instance } — login efetuado
tray-show = Mostrar o Connect SSO
tray-end-shift = Encerrar turno (sair de todas as sessões)
tray-quit = Fechar o Connect SSO

## Desktop notifications

# $place: the instance's name.
notification-expiring-title = Sessão do Amazon Connect terminando: { $place }
# $minutes: whole minutes left (at least 1).
notification-expiring-body = { $minutes ->
        [one] Sua sessão em { $place } ({ $region }) termina em { $minutes } min. Abra o Connect SSO e faça login novamente para continuar trabalhando.
       *[other] Sua sessão em { $place } ({ $region }) termina em { $minutes } min. Abra o Connect SSO e faça login novamente para continuar trabalhando.
    }

## The terminal (connect-sso …, without --json)

# An error: its message, hint and code, on three lines.
cli-error =
    erro: { $message }
      dica: { $hint }
      código: { $code }
cli-mfa-prompt = Código MFA:{ " " }
# $session: cli-place-and-user.
cli-place-and-user = { $place } ({ $region }) como usuário do Connect { $user }
cli-place-unknown-user = { $place } ({ $region }) como usuário do Connect (desconhecido)
cli-signed-in = Login efetuado em { $session }.
cli-signed-in-again = Login efetuado novamente em { $session }.
cli-reopened = Sessão armazenada reaberta: { $session }.
cli-browser-opened = O navegador foi aberto.
cli-signed-out = Você saiu: os tokens de '{ $profile }' em { $instance } foram removidos do chaveiro.
cli-no-session = Nenhuma sessão armazenada para '{ $profile }' em { $instance }.
cli-pinned = Instância fixada: { $instance } ({ $profile }).
cli-unpinned = Instância desafixada: { $instance } ({ $profile }).
# $removed: how many sessions were removed.
cli-shift-ended = { $removed ->
        [0] Turno encerrado: nenhuma sessão armazenada foi removida do chaveiro.
        [one] Turno encerrado: { $removed } sessão armazenada removida do chaveiro.
       *[other] Turno encerrado: { $removed } sessões armazenadas removidas do chaveiro.
    }
cli-sso-open =
    Para fazer login no IAM Identity Center, abra:
      { $url }
cli-sso-code = e verifique se a página mostra este código: { $code }
cli-sso-browser = Aprove o login do IAM Identity Center no navegador que foi aberto; ele volta para cá sozinho.
cli-sso-waiting = Aguardando aprovação…
cli-sso-signed-in = Login efetuado no IAM Identity Center para o perfil '{ $profile }'.
sso-callback-success = Você fez login no IAM Identity Center. Pode fechar esta guia e voltar ao Connect SSO.
sso-callback-failure = O login do IAM Identity Center não foi concluído. Volte ao Connect SSO para ver o motivo.
cli-exported = O perfil '{ $profile }' foi adicionado a { $path }.
cli-diagnostics-saved = Diagnóstico salvo em { $path } ({ $files } arquivos, { $kib } KiB). Envie este arquivo ao seu suporte: ele não contém tokens nem senhas.
diagnostics-save-title = Salvar o diagnóstico para o suporte
# $access and $refresh: cli-expiry-at or cli-expiry-unknown.
cli-expiry = Expiração do token de acesso: { $access }; do token de atualização: { $refresh }.
# $time: a UTC time ("2026-11-28 10:23 UTC"); $relative: cli-relative-in or cli-relative-ago.
cli-expiry-at = { $time } ({ $relative })
cli-expiry-unknown = desconhecida
cli-span-minutes = { $minutes } min
cli-span-hours = { $hours } h { $minutes } min
cli-relative-in = em { $span }
cli-relative-ago = expirou há { $span }
cli-session-line = { $session } [perfil { $profile }]
cli-no-sessions = Nenhuma sessão armazenada.
cli-no-profiles = Nenhum perfil da AWS encontrado. Adicione um com `aws configure sso` ou em ~/.aws/config.
cli-no-instances = Nenhuma instância do Amazon Connect visível para o perfil '{ $profile }' na região dele.
cli-column-profile = PERFIL
cli-column-kind = TIPO
cli-column-region = REGIÃO
cli-column-endpoint = ENDPOINT
cli-column-alias = ALIAS
cli-column-id = ID
cli-column-identity = IDENTIDADE
cli-column-status = STATUS
cli-column-browser = NAVEGADOR
cli-column-name = NOME
cli-column-browser-profiles = PERFIS
cli-column-path = CAMINHO
# In the PATH column of `connect-sso browsers`.
cli-browser-not-installed = não instalado
cli-endpoint-custom = personalizado
cli-endpoint-aws = aws
cli-kind-static = chaves estáticas
cli-kind-sso = IAM Identity Center
cli-kind-role = função
cli-kind-process = credential_process
cli-kind-other = outro
# $list: cli-list-fresh or cli-list-cached.
cli-regions-searched = { $regions ->
        [0] { $regions } regiões pesquisadas, { $failed } com falha; lista { $list }.
        [one] { $regions } região pesquisada, { $failed } com falha; lista { $list }.
       *[other] { $regions } regiões pesquisadas, { $failed } com falha; lista { $list }.
    }
cli-list-fresh = obtida agora
cli-list-cached = obtida há { $seconds } s (--refresh consulta de novo)
cli-region-warning = aviso: { $region }: { $message } ({ $code })
# $names: the locked settings' keys, comma-separated; $restricted: "yes" when sign-in is limited to the listed instances.
cli-policy-valid = { $path } é uma política válida do Connect SSO: { $instances ->
        [0] nenhuma instância
        [one] { $instances } instância
       *[other] { $instances } instâncias
    }, { $locked ->
        [0] nenhuma configuração bloqueada
        [one] { $locked } configuração bloqueada ({ $names })
       *[other] { $locked } configurações bloqueadas ({ $names })
    }{ $restricted ->
        [yes] , login restrito a essas instâncias
       *[no] {""}
    }.
cli-policy-unusable =
    { $message }
      dica: { $hint }
cli-policy-applies = A política em { $path } está em vigor.
cli-policy-none = Nenhuma política: { $path } não existe.
cli-policy-no-location = Não há local de política neste sistema operacional.

## The desktop entry (the Linux menu; one line each, no arguments)

desktop-entry-generic-name = Login no Amazon Connect
desktop-entry-comment = Faça login no Amazon Connect com um clique
# Search words for the menu, separated by semicolons.
desktop-entry-keywords = Amazon Connect;AWS;SSO;login;central de atendimento;
