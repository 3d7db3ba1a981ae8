# The window's words. Terms, used the same way everywhere (translators keep them consistent):
#   instance  – an Amazon Connect instance (never "site" or "tenant")
#   profile   – an AWS profile from the AWS config, or one defined in Connect SSO
#   sign in / sign out – the verbs; "sign-in" is the noun
#   session   – a stored Amazon Connect sign-in this app can reopen
#   End shift – signs out of every session at once (shared desks)
# Arguments are data (names, IDs, regions) and stay as they are. Counts ($count, $total…) are numbers: choose the
# plural form with a selector ({ $count -> [one] … *[other] … }), never by adding letters in code.
# "…" ends a label that stays while something runs; keep it.
# pt-BR: CLDR "one" covers 0 and 1, so selectors have a [0] variant where "0 sessão" would read wrong.

## Durations and times (numbers and units come from Intl in the language)

duration-under-a-minute = menos de um minuto
# $duration: "58 min", "2 hr 5 min"
time-in = em { $duration }
time-ago = há { $duration }
# Something that has ended (a token, a session). $duration: how long ago, "3 min".
time-expired-ago = expirou há { $duration }
# A time with how far away it is. $time: local clock time ("14:32"); $relative: "in 58 min", "expired 3 min ago".
expiry-time = { $time } ({ $relative })

## Buttons used in several places

button-cancel = Cancelar
button-continue = Continuar
button-close = Fechar
sign-in-button = Fazer login
signing-in = Fazendo login…
sign-out-button = Sair
signing-out = Saindo…

## Header

app-name = Connect SSO
app-subtitle = Login no Amazon Connect com um clique
settings-button = Configurações

## Startup (before the chooser can show)

startup-loading = Lendo seus perfis da AWS…
startup-failed-title = Não foi possível iniciar o Connect SSO
startup-failed-body = Os detalhes são mostrados acima. Corrija o problema e tente novamente.
startup-retry = Tentar novamente
no-profiles-title = Nenhum perfil da AWS encontrado
no-profiles-body = O Connect SSO faz seu login com um perfil da sua configuração da AWS. Adicione um e recarregue:
# $command: the command, shown in code style (the .command attribute). Keep the command as it is.
no-profiles-step-sso = Para o IAM Identity Center (SSO), execute { $command } em um terminal.
    .command = aws configure sso
# $command: as above. NAME stands for a profile name the person chooses: it may be translated, the rest may not.
no-profiles-step-keys = Para chaves de acesso, execute { $command }.
    .command = aws configure --profile NOME
# $section: a section of the AWS config file; $file: that file. Both in code style; only NAME may be translated.
no-profiles-step-file = Ou adicione uma seção { $section } a { $file }.
    .section = [profile NOME]
    .file = ~/.aws/config
no-profiles-reload = Recarregar perfis

## Layout

instances-card =
    .aria-label = Instâncias do Amazon Connect

## Instance chooser: the search box

search-box = Pesquisar uma instância do Amazon Connect
    .placeholder = Nome, ID, conta, região ou perfil
# The keys (↑ ↓ Enter Esc Alt+P) are key names: keep them.
search-help = ↑ ↓ escolher · Enter fazer login · Esc limpar · Alt+P fixar
# Next to the search box when nothing is filtered. $total: instances listed.
search-count-all = { $total }
# $shown: instances matching the search; $total: instances listed.
search-count-some = { $shown } de { $total }
search-results-announce = { $count ->
        [0] Nenhuma instância corresponde
        [one] { $count } instância corresponde
       *[other] { $count } instâncias correspondem
    }

## Profile picker

profile-picker = Perfil da AWS
profile-all = Todos os perfis
# One profile in the picker. $name: the profile's name; $kind: what it is (profile-kind); $region: its default region
# (or profile-no-region).
profile-option = { $name } — { $kind } · { $region }
# The same, for a profile whose AWS endpoint is overridden.
profile-option-custom-endpoint = { $name } — { $kind } · { $region } · { badge-custom-endpoint }
profile-no-region = sem região
profile-no-default-region = sem região padrão
# What kind of AWS profile it is. $kind is a code: keep the variant keys as they are.
profile-kind =
    { $kind ->
        [static] chaves estáticas
        [sso] IAM Identity Center
        [role] função
        [process] credential_process
       *[other] outro
    }
# Under the picker when a profile's AWS endpoint is overridden (also in the sign-in card and the deep link dialog).
custom-endpoint-warning = Este perfil envia as solicitações da AWS a um endpoint personalizado definido na sua configuração da AWS. Só faça login se foi você que o configurou.

## Discovery status (under the profile picker)

# $count: instances listed; $regions: how many AWS regions they are in.
discovery-summary =
    { $count ->
        [0] Nenhuma instância
        [one] { $count } instância em { $regions ->
            [0] { $regions } regiões
            [one] { $regions } região
           *[other] { $regions } regiões
        }
       *[other] { $count } instâncias em { $regions ->
            [0] { $regions } regiões
            [one] { $regions } região
           *[other] { $regions } regiões
        }
    }
# While a discovery runs. $summary: the discovery-summary line.
discovery-summary-refreshing = { $summary } · atualizando…
discovery-never = Instâncias ainda não pesquisadas
discovery-looking = Procurando instâncias…
# After the summary. $duration: how long ago the list was brought up to date ("3 min", "2 hr 5 min").
discovery-age = · atualizado há { $duration }
discovery-age-just-now = · atualizado agora mesmo
discovery-refresh = Atualizar
    .title = Procurar instâncias novamente em todas as regiões
discovery-refreshing = Atualizando…
discovery-errors =
    .aria-label = Problemas na descoberta de instâncias
# A profile whose instances could not be listed. $profile: its name; $message: what went wrong.
discovery-profile-error = { $profile }: { $message }
# A region that could not be searched. $region: the AWS region code; $message: what went wrong.
discovery-region-error = { $region }: { $message }
# The same when several profiles failed. $profile: the profile's name.
discovery-profile-region-error = { $profile } · { $region }: { $message }

## Instance list

instances-list =
    .aria-label = Instâncias do Amazon Connect
list-section-pinned = Fixadas
list-section-recent = Recentes
list-section-all = Todas
# $query: what the person typed in the search box.
list-no-match = Nenhuma instância corresponde a “{ $query }”.
list-loading = Procurando instâncias do Amazon Connect…
list-failed-profile = Não foi possível listar as instâncias deste perfil. Você ainda pode colar um ID ou ARN de instância abaixo.
list-failed-all = Não foi possível listar as instâncias dos seus perfis. Você ainda pode colar um ID ou ARN de instância abaixo.
list-empty-profile = Nenhuma instância do Amazon Connect encontrada para este perfil
list-empty-all = Nenhuma instância do Amazon Connect encontrada
list-empty-hint = Se a sua instância estiver em outra região ou conta, cole o ID ou ARN dela abaixo.

## One instance in the list

# The star before each row. $label: the instance's name (display name, alias or ID).
pin-toggle-pin =
    .aria-label = Fixar { $label }
    .title = Fixar no topo
pin-toggle-unpin =
    .aria-label = Desafixar { $label }
    .title = Desafixar
pin-button-pin = Fixar
pin-button-unpin = Desafixar
pin-state-pinned = fixada
badge-managed = Gerenciada
badge-default = Padrão
badge-recent = Recente
badge-custom-endpoint = endpoint personalizado
# An instance that is not ACTIVE. $status: the AWS status code (keep the variant keys); $fallback: an unknown code
# in plain letters ("Deleting").
instance-status =
    { $status ->
        [CREATION_IN_PROGRESS] Criação em andamento
        [CREATION_FAILED] Falha na criação
       *[other] { $fallback }
    }
# $type: how the instance manages its users (identity-type).
instance-not-saml = Sem SAML — o login pode falhar
    .title = Gerenciamento de identidades: { $type }
# $type: the AWS identity management type (keep the variant keys); $fallback: an unknown type in plain letters.
identity-type =
    { $type ->
        [SAML] SAML
        [CONNECT_MANAGED] usuários gerenciados pelo Connect
        [EXISTING_DIRECTORY] diretório existente
        [unknown] tipo de identidade desconhecido
       *[other] { $fallback }
    }
instance-restricted = Não permitida pela sua organização
# On anything the IT policy sets (pins, settings); also quoted in settings-policy-note.
managed-title = Gerenciado pela sua organização

## Paste an instance ID or ARN

# The placeholder shows the shape of an ARN: REGION, ACCOUNT and ID may be translated, the rest may not.
paste-field = Cole um ID ou ARN de instância
    .placeholder = arn:aws:connect:REGIÃO:CONTA:instance/ID
paste-use = Usar
paste-looking-up = Consultando…
paste-help-no-profile = Escolha um perfil da AWS acima para consultar um ID ou ARN.
# $profile: the profile a pasted ID or ARN is looked up with.
paste-help-profile = Consultado com o perfil { $profile }.

## Sign-in card

sign-in-title = Fazer login
sign-in-profile = Perfil
sign-in-instance = Instância
# $label: the instance's name; $region: its AWS region code.
instance-with-region = { $label } ({ $region })
sign-in-help-getting-link = Obtendo um link de login do Amazon Connect…
sign-in-help-waiting-sso = Aguardando o login do IAM Identity Center…
sign-in-help-renewing = Fazendo login novamente pelo lembrete acima…
sign-in-help-no-profiles = Escolha um perfil da AWS primeiro.
sign-in-help-looking = Procurando instâncias…
sign-in-help-choose = Escolha uma instância do Amazon Connect.
sign-in-help-not-allowed = Não permitida pela sua organização: escolha uma das instâncias gerenciadas por ela.
# $status: the instance's status (instance-status).
sign-in-help-inactive = Esta instância não está ativa ({ $status }): o login provavelmente vai falhar.
sign-in-help-not-saml = Esta instância não usa SAML: o login pode falhar.
sign-in-help-ready = O Amazon Connect abre no seu navegador.
# Before signing in to an instance already signed in with another profile. $name: the instance (alias or ID);
# $profile: the other profile.
duplicate-question = Você já fez login em { $name } com o perfil { $profile }. Fazer login novamente pode encerrar essa sessão.

## Status panel

status-title = Status
status-idle = Nenhum login feito nesta janela ainda.
status-signed-in = Login efetuado
# $name: the instance (alias or ID); $region: its AWS region code.
status-summary = Login efetuado em { $name } ({ $region })
status-browser = Navegador aberto — continue no Amazon Connect por lá.
status-resumed = Sessão armazenada reaberta — não é preciso fazer login de novo.
status-renewed = Tokens armazenados expirados: login efetuado novamente.
# $profile: the profile whose IAM Identity Center sign-in (or MFA code) went through.
status-sso-done = Login do IAM Identity Center concluído para o perfil { $profile }.
status-mfa-done = Código MFA aceito para o perfil { $profile }.
status-user = Usuário do Connect
# The AWS identity that signed in. $arn: its ARN.
caller-identity = Identidade da AWS: { $arn }
# When the backend does not know the Connect user.
user-unknown = usuário desconhecido
status-profile = Perfil
status-access-expires = Expiração do token de acesso
status-refresh-expires = Expiração do token de atualização
status-expiry-unknown = desconhecida
status-not-remembered = O chaveiro não está disponível: esta sessão não será lembrada
# After Sign out. $name: the instance (alias or ID).
status-signed-out = Você saiu de { $name }.
status-signed-out-browser = Você saiu de { $name }. A página de logout do Amazon Connect foi aberta no seu navegador.
# After End shift. $count: how many sessions were signed out.
end-shift-done =
    { $count ->
        [0] Turno encerrado: não havia sessões armazenadas.
        [one] Turno encerrado: você saiu de { $count } sessão.
       *[other] Turno encerrado: você saiu de { $count } sessões.
    }

## Sessions card

sessions-title = Sessões
# The badge after the title. $count: stored sessions.
sessions-count = { $count }
sessions-empty = Nenhuma sessão armazenada.
sessions-sign-out-browser = Sair também do Amazon Connect no navegador
# $name: the instance (alias or ID); $profile: the profile it is signed in with.
session-open = Abrir
    .aria-label = Abrir { $name } no navegador (perfil { $profile })
session-opening = Abrindo…
session-sign-out =
    .aria-label = Sair de { $name } (perfil { $profile })
# When the session ends. $time: local clock time; $relative: "in 11 hr", "expired 3 min ago".
session-until = até { $time } ({ $relative })
session-expiry-unknown = expiração desconhecida
end-shift = Encerrar turno
# Asked inline before End shift. $count: stored sessions.
end-shift-question =
    { $count ->
        [0] Sair de { $count } sessões?
        [one] Sair de { $count } sessão?
       *[other] Sair de todas as { $count } sessões?
    }
end-shift-confirm = Sair de todas

## Banners: errors, notices, reminders, the policy file

# $code: the error's code (for support), in code style.
error-code = Código de erro { $code }
error-dismiss = Dispensar erro
notice-dismiss = Dispensar aviso
# When an error has no words of its own.
window-error-unknown = Algo deu errado.
    .hint = Tente novamente. Se continuar acontecendo, reinicie o Connect SSO.
# The window could not reach the backend. $detail: what the system said (often English).
window-error-internal = { $detail }
    .hint = Tente novamente. Se continuar acontecendo, reinicie o Connect SSO.
# $detail: why the window cannot listen to the app's events.
reminders-unavailable = O Connect SSO não pode mostrar lembretes nesta janela antes de uma sessão terminar ({ $detail }).
    .hint = As notificações da área de trabalho ainda avisam você. Reinicie o Connect SSO se isso continuar acontecendo.
mfa-code = Código MFA
mfa-checking = Verificando…
sso-login-opening = Abrindo o navegador…
expiring-title-fallback = Uma sessão do Amazon Connect termina em breve
# More reminders behind the one shown. $count: how many.
expiring-more = +{ $count } mais
expiring-sign-in = Fazer login novamente
expiring-dismiss = Dispensar este lembrete
# For whoever administers the policy file. $message: what is wrong with it; $hint: what to do.
policy-error = Não foi possível usar o arquivo de política da sua organização: { $message } ({ $hint })
policy-error-no-hint = Não foi possível usar o arquivo de política da sua organização: { $message }
# $path: where the policy file is.
policy-error-path = Arquivo de política: { $path }
policy-error-note = O Connect SSO usa suas próprias configurações até que o arquivo seja corrigido.
policy-error-dismiss = Dispensar problema da política

## Sign in with IAM Identity Center

sso-login-title = Fazer login com o IAM Identity Center
sso-login-intro = Seu navegador abriu a página do IAM Identity Center. Verifique se ela mostra este código e aprove:
sso-login-browser-intro = Aprove o login no navegador. Ele volta para cá sozinho; não há código para comparar.
sso-login-use-code = Usar um código
sso-login-waiting = Aguardando aprovação…
# How long the code shown still works. $duration: "9 min", "less than a minute".
sso-code-valid = Código válido por { $duration }
sso-code-expired = Código expirado

## Deep link dialog (a connect-sso:// link asks to sign in)

deep-link-title = Fazer login por um link?
# $label: the instance's name; $id: its ID; $profile: the profile the link names.
deep-link-question = Fazer login em { $label } ({ $id }) com o perfil { $profile }?
# The same for an instance without a name.
deep-link-question-id = Fazer login em { $id } com o perfil { $profile }?
# $region: the AWS region code the link gave.
deep-link-region = Região: { $region }
# $profile: the profile the link names.
deep-link-unknown-profile = Não existe nenhum perfil da AWS chamado { $profile } neste computador: o login vai falhar.
deep-link-queued = Chegou outro link. Ele será mostrado quando você responder a este.
deep-link-note = Um link pediu ao Connect SSO para fazer seu login. Só continue se você esperava por isso.

## Settings dialog

settings-title = Configurações
settings-language = Idioma
settings-language-system = O mesmo do sistema
settings-zoom = Tamanho
settings-zoom-hint = Ctrl+= e Ctrl+- mudam o tamanho em qualquer parte da janela; Ctrl+0 volta a 100%.
settings-close-to-tray = Ao fechar, manter na bandeja
settings-close-to-tray-hint = Ao fechar a janela, o Connect SSO continua em execução na bandeja.
settings-start-at-login = Iniciar com o sistema
settings-sign-in-at-launch = Fazer login na minha instância padrão ao abrir
settings-default-none = Nenhuma instância padrão definida.
# $instance: the default instance's name (or ID); $profile: its profile.
settings-default = Padrão: { $instance } (perfil { $profile }).
settings-notifications = Avisar antes de uma sessão terminar
settings-lead-minutes = Minutos antes do fim de uma sessão
# $min, $max: the allowed range.
settings-lead-invalid = Escolha entre { $min } e { $max } minutos.
    .hint = Com essa antecedência do fim de uma sessão, o Connect SSO lembra você de fazer login novamente.
# The region codes in the placeholder are examples: keep them.
settings-extra-regions = Regiões extras
    .placeholder = ex.: eu-west-2, ap-southeast-2
settings-extra-regions-hint = Pesquisadas além das regiões integradas do Amazon Connect. Separe-as com vírgulas ou espaços.
# $count: how many entries are not regions; $list: those entries, as typed.
settings-regions-invalid =
    { $count ->
        [one] Não é uma região: { $list }.
       *[other] Não são regiões: { $list }.
    }
    .hint = As regiões têm o formato eu-west-2 ou ap-southeast-2.
settings-shortcut = Atalho: mostrar a janela e pesquisar
settings-shortcut-none = Nenhum
settings-regions = Regiões pesquisadas
settings-policy-note = Os campos marcados como “{ managed-title }” são definidos por um arquivo de política.
# $path: where the policy file is.
settings-policy-note-path = Os campos marcados como “{ managed-title }” são definidos pelo arquivo de política { $path }.

## The browser an instance opens in ($browser: a product name such as "Google Chrome"; $profile: a browser profile's name)
settings-browser = Navegador
settings-browser-hint = As instâncias abrem aqui, a menos que tenham um navegador próprio (escolhido no cartão Fazer login).
browser-system-default = Navegador padrão do sistema
browser-same-as-all = Igual a todas as instâncias ({ $browser })
browser-with-profile = { $browser } — { $profile }
browser-not-installed = { $browser } (não instalado)
browser-private = Janela privada
# In the error panel when the chosen browser is gone: focuses the instance's browser picker.
choose-browser = Escolher um navegador
settings-instance-browsers = Instâncias com navegador próprio
settings-instance-browsers-none = Nenhuma ainda: escolha um para uma instância em “Abre em”, no cartão Fazer login.
settings-help = Ajuda
settings-help-hint = Para o seu suporte: o log do aplicativo e um arquivo de diagnóstico para enviar. Nenhum dos dois contém tokens ou senhas.
settings-open-log-folder = Abrir pasta de logs
settings-save-diagnostics = Salvar diagnóstico…
settings-diagnostics-saving = Salvando o diagnóstico…
settings-diagnostics-saved = Diagnóstico salvo em { $path } ({ $files } arquivos). Envie este arquivo ao seu suporte.
sign-in-browser = Abre em
