# Error messages and their hints. Each message says what happened (naming the profile or the
# instance); its .hint says the next step. Shared by the window and the terminal.
# Arguments are data and stay as they are: profile names, instance names, what AWS said.

error-internal = Ocorreu um erro interno no Connect SSO: { $detail }
    .hint = Isso é um bug do Connect SSO. Execute novamente com CONNECT_SSO_LOG=debug e informe o que for exibido.

error-language-unknown = O Connect SSO não está disponível em “{ $language }”.
    .hint = Escolha um idioma da lista em Configurações.

## Pieces other messages are built from

# A data value shown as it is.
data = { $value }
# An instance with its alias: "acme-support (a1b2…)".
instance-with-alias = { $alias } ({ $id })
instance-none = (nenhuma)
region-of-profile = região do perfil
# What AWS said, after our sentence (note the leading space in English).
aws-says = { " " }A AWS informa: { $message }
bad-response-unparsed = não foi possível analisar a resposta
bad-response-unread = não foi possível ler a resposta
bad-response-no-description = a descrição da instância está ausente
bad-response-no-sign-in-url = não contém URL de login
bad-response-no-credentials = não contém credenciais
bad-response-no-access-token = não contém token de acesso

## Amazon Connect refused

error-resource-not-found = A instância { $instance } não foi encontrada para o perfil '{ $profile }' ({ $region }).
    .hint = Verifique o ID da instância ou cole o ARN da instância para que a conta e a região corretas sejam usadas.
error-user-not-found = Nenhum usuário do Amazon Connect na instância { $instance } corresponde à identidade do perfil '{ $profile }'.
    .hint = No login via SAML, o nome da sessão da função deve ser exatamente igual ao seu nome de usuário do Connect (diferencia maiúsculas de minúsculas). Peça ao administrador do Connect para verificar seu usuário. Guia de configuração: docs/aws-setup.md#connect-usernames
error-user-not-found-seen = { error-user-not-found }
    .hint = A AWS identifica você como { $arn }{ $session }. { error-user-not-found.hint }
session-name-shown = { " " }(nome da sessão '{ $name }')
# $aws: what AWS said (may be empty). $saml: "yes" when AWS's message is about SAML.
error-invalid-request = O Amazon Connect recusou a solicitação de login na instância { $instance }.{ $aws }
    .hint = { $saml ->
        [yes] O login federado requer uma instância configurada com gerenciamento de identidades SAML 2.0. Fale com o administrador do Connect.
       *[no] Verifique a instância com o administrador do Connect.
    }
error-invalid-parameter = O Amazon Connect rejeitou um parâmetro para a instância { $instance }.{ $aws }
    .hint = Verifique o ID ou o ARN da instância.
error-duplicate-resource = O Amazon Connect informa um usuário duplicado para o perfil '{ $profile }' na instância { $instance }.{ $aws }
    .hint = Peça ao administrador do Connect para verificar se seu usuário existe apenas uma vez.
# $resource: the IAM resource ARN to allow, as it is.
error-access-denied = O perfil '{ $profile }' não tem permissão para fazer login na instância { $instance }.{ $aws }
    .hint = Peça ao administrador da AWS para permitir connect:GetFederationToken em { $resource }. Guia de configuração: docs/aws-setup.md#the-agent-policy
error-user-not-onboarded = Seu usuário ainda não foi integrado à instância { $instance }.
    .hint = Peça ao administrador do Connect para integrar seu usuário a esta instância (Global Resiliency).
error-root-not-allowed = O perfil '{ $profile }' usa as credenciais raiz da conta, que não podem fazer login no Amazon Connect.
    .hint = Use uma função do IAM (ou um usuário do IAM) cujo nome de sessão corresponda ao seu nome de usuário do Connect.

## Network or service

error-internal-service = O Amazon Connect ({ $region }) teve um erro interno, mesmo após novas tentativas.
    .hint = Tente novamente em um minuto. Se o problema continuar, verifique o AWS Health Dashboard.
error-throttled = O Amazon Connect está limitando as solicitações do perfil '{ $profile }', mesmo após novas tentativas.
    .hint = Aguarde alguns segundos e tente novamente.
# $code: the error code AWS sent, as it is.
error-unexpected-service-error = O Amazon Connect respondeu com um erro inesperado { $code } para a instância { $instance }.{ $aws }
    .hint = Tente novamente; se o problema continuar, informe esta mensagem.
# $what: bad-response-unparsed or bad-response-unread.
error-bad-response = O Amazon Connect enviou uma resposta inutilizável para a instância { $instance }: { $what }.
    .hint = Tente novamente; se o problema continuar, informe esta mensagem.
error-timeout = O Amazon Connect ({ $region }) não respondeu a tempo.
    .hint = A rede está lenta ou o Connect não está respondendo: tente novamente. Os tempos limite podem ser aumentados em Configurações.
error-offline = Não é possível acessar o Amazon Connect ({ $region }): este computador parece estar off-line.
    .hint = Verifique sua conexão com a internet, VPN ou proxy e tente novamente.
error-network = A conexão com o Amazon Connect ({ $region }) caiu durante a solicitação.
    .hint = Tente novamente; se continuar acontecendo, verifique sua VPN ou proxy.
error-folder-open-failed = Não foi possível abrir a pasta { $path }.
    .hint = Abra-a você mesmo no gerenciador de arquivos; `connect-sso doctor` também mostra onde está o log.
error-diagnostics-unwritable = Não foi possível salvar o diagnóstico em { $path }: { $reason }
    .hint = Escolha uma pasta em que você possa gravar, como Documentos ou a Área de Trabalho.
error-host-unreachable = Não é possível acessar { $host } a partir deste computador.
    .hint = Verifique a rede, a VPN ou o proxy (HTTPS_PROXY, NO_PROXY) e tente novamente.
error-proxy-invalid = O endereço do proxy { $proxy } { $source ->
        [policy] na política de TI
       *[other] em { $source }
    } não é uma URL válida.
    .hint = Corrija-o ali: um endereço de proxy tem a forma http://proxy.example.com:8080.
error-proxy-failed = O proxy { $proxy } não deixou a chamada passar até a AWS.
    .hint = Verifique se o proxy está funcionando e permite *.amazonaws.com; fale com a TI ou informe em NO_PROXY os hosts que devem ser acessados diretamente.
error-proxy-auth-required = O proxy { $proxy } pede um nome de usuário e uma senha.
    .hint = Inclua-os no endereço do proxy (http://usuario:senha@host:porta) em HTTPS_PROXY ou na política de TI, ou peça à TI que libere este aplicativo.
error-tls-untrusted = Este computador não confia no certificado de { $host }.
    .hint = Se a sua rede inspeciona TLS, defina AWS_CA_BUNDLE (ou ca_bundle no perfil da AWS) com o arquivo de certificados da CA da sua empresa (PEM).
error-ca-bundle-unreadable = Não é possível usar o pacote de CA { $path } ({ $source }): { $reason }
    .hint = Faça { $source } apontar para um arquivo PEM legível com os certificados da CA da sua empresa, ou remova-o.

## Credentials and AWS set-up

# $code: the error code AWS sent. $quoted: the profile name quoted for a shell.
error-credentials-rejected = A AWS rejeitou as credenciais do perfil '{ $profile }' ({ $code }).
    .hint = Elas expiraram ou estão incorretas: atualize-as (por exemplo, `aws configure --profile { $quoted }`) e tente novamente.
error-clock-skew = A AWS recusou a solicitação porque o relógio deste computador está errado.
    .hint = Ative o horário automático (por exemplo, `timedatectl set-ntp true`) e tente novamente.
error-no-region = O perfil '{ $profile }' não informa qual região da AWS usar.
    .hint = Adicione `region = ...` ao perfil em ~/.aws/config ou cole o ARN da instância, que indica a região.
error-credential-process-timeout = O credential_process do perfil '{ $profile }' não terminou em { $seconds } s.
    .hint = Execute manualmente o comando credential_process do perfil: ele pode estar aguardando uma entrada que não consegue receber aqui.
error-credentials-timeout = O carregamento das credenciais do perfil '{ $profile }' levou mais de { $seconds } s.
    .hint = Verifique sua rede e a origem das credenciais do perfil e tente novamente.
error-sso-expired = O login do IAM Identity Center do perfil '{ $profile }' não existe ou expirou.
    .hint = Execute `aws sso login --profile { $quoted }` e tente novamente.
    .window-hint = Escolha Fazer login com o IAM Identity Center: o app abre a página de login no seu navegador e lista as instâncias assim que você aprovar.
# $detail: what the credential process or the SDK said, as it is.
error-credential-process-failed = O credential_process do perfil '{ $profile }' falhou: { $detail }
    .hint = Execute manualmente o comando credential_process do perfil para ver o erro; ele deve imprimir credenciais em JSON.
error-no-credentials = O perfil '{ $profile }' não tem credenciais da AWS utilizáveis: { $detail }
    .hint = Execute `aws configure --profile { $quoted }` ou peça à equipe de TI um perfil com acesso ao Amazon Connect.
error-profile-not-found = Não existe nenhum perfil da AWS chamado '{ $profile }'.
    .hint = Escolha um perfil da lista ou adicione-o com `aws configure sso` ou em ~/.aws/config.
# $detail: the parser's message, naming the file and line.
error-aws-config-invalid = Não é possível ler os arquivos de configuração da AWS: { $detail }
    .hint = Corrija a linha indicada acima em ~/.aws/config ou ~/.aws/credentials (ou nos arquivos indicados por AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE).
# $service: the AWS service's name ("Amazon Connect", "AWS STS"…).
error-endpoint-invalid = O perfil '{ $profile }' envia as chamadas de { $service } para '{ $url }', que não é uma URL.
    .hint = Defina AWS_ENDPOINT_URL* ou o endpoint_url do perfil como um endereço https://, ou remova-o para usar o endpoint da AWS.
error-custom-endpoint-forbidden = O perfil '{ $profile }' envia as solicitações do { $service } a um endpoint personalizado, o que a política da sua organização não permite.
    .hint = Remova endpoint_url e as seções services do perfil (e AWS_ENDPOINT_URL* do ambiente) ou fale com o departamento de TI.

## Finding instances

error-region-timeout = { $region } não respondeu em { $seconds } s.
    .hint = As outras regiões estão listadas; atualize mais tarde para tentar esta novamente.
error-discovery-cache-unwritable = Não foi possível armazenar em cache a lista de instâncias: { $detail }
    .hint = A descoberta continua funcionando; verifique se a pasta de configurações permite gravação.

## IAM Identity Center and MFA

error-not-sso-profile = O perfil '{ $profile }' não usa o IAM Identity Center.
    .hint = Escolha um perfil com sso_session (ou sso_start_url) em ~/.aws/config.
error-sso-login-none = Não há nenhum login do IAM Identity Center em andamento para o perfil '{ $profile }'.
    .hint = Inicie o login novamente.
error-sso-login-cancelled = O login do IAM Identity Center foi cancelado.
    .hint = Inicie o login novamente quando estiver pronto.
# $start_url: the IAM Identity Center portal's address.
error-sso-login-denied = O login do IAM Identity Center para { $start_url } foi negado.
    .hint = Se não foi você, avise a equipe de TI. Caso contrário, inicie o login novamente e aprove-o.
error-sso-login-expired = O login do IAM Identity Center para { $start_url } não foi aprovado a tempo.
    .hint = Inicie o login novamente e aprove-o no navegador em poucos minutos.
# $detail: what IAM Identity Center said, as it is.
error-sso-refused = O IAM Identity Center ({ $start_url }) recusou o login: { $detail }
    .hint = Verifique com a equipe de TI o sso_start_url e o sso_region do perfil e tente novamente.
error-sso-state-mismatch = O navegador voltou com uma resposta do IAM Identity Center que não pertence a este login; ela foi recusada.
    .hint = Inicie o login novamente pelo Connect SSO. Se isso continuar acontecendo, avise a equipe de TI.
error-sso-authorize-failed = O IAM Identity Center ({ $start_url }) encerrou o login no navegador com o erro { $error }.
    .hint = Inicie o login novamente ou use um código (`connect-sso sso-login --use-device-code`).
error-sso-code-refused = O IAM Identity Center ({ $start_url }) não aceitou o código de autorização do login no navegador.
    .hint = Inicie o login novamente. Se continuar falhando, use um código (`connect-sso sso-login --use-device-code`).
error-untrusted-verification-url = A página de verificação do IAM Identity Center não está em um host de login da AWS; ela não foi aberta.
    .hint = Verifique com a equipe de TI o sso_start_url do perfil.
error-sso-cache-unwritable = Não foi possível salvar o token do IAM Identity Center em { $path }: { $detail }
    .hint = Verifique se ~/.aws/sso/cache permite gravação.
# $device: the MFA device's ARN.
error-mfa-required = O perfil '{ $profile }' precisa de um código MFA de uso único para { $device }.
    .hint = Digite o código de seis dígitos do seu aplicativo autenticador; ele é solicitado uma vez por turno.
error-mfa-format = Um código MFA tem seis dígitos.
    .hint = Digite o código que seu aplicativo autenticador mostra agora.
error-mfa-refused = A AWS não aceitou esse código MFA para o perfil '{ $profile }'.
    .hint = Digite o código atual do dispositivo { $device } (os códigos mudam a cada 30 segundos).
error-mfa-not-needed = O perfil '{ $profile }' não é uma função com dispositivo MFA (mfa_serial).
    .hint = Escolha o perfil novamente; ele não precisa de código.

## App profiles

error-app-profile-not-found = Não existe nenhum perfil do aplicativo chamado '{ $profile }' nas configurações.
    .hint = `connect-sso profiles` lista os perfis; os perfis do aplicativo vêm do arquivo de configurações.
# $field: the name of the field, as in the settings file.
error-app-profile-invalid = O perfil do aplicativo '{ $profile }' não foi exportado: o campo { $field } não é válido.
    .hint = Nada foi gravado. Primeiro corrija o perfil do aplicativo no arquivo de configurações.
error-export-exists = { $path } já tem um perfil ou uma sso-session chamada '{ $profile }'.
    .hint = Nada foi alterado. Primeiro remova ou renomeie essa seção.
error-aws-config-unwritable = Não foi possível gravar { $path }: { $detail }
    .hint = Verifique se o arquivo de configuração da AWS permite gravação.

## What was typed or chosen

error-profile-name-invalid = Esse não é um nome de perfil da AWS válido.
    .hint = Escolha um perfil da lista (`connect-sso profiles` lista os perfis).
error-instance-too-long = O ID ou o ARN da instância é longo demais.
    .hint = { -instance-hint }
# $input: what was pasted (its first 80 characters).
error-instance-not-id-or-arn = '{ $input }' não é um ID nem um ARN de instância.
    .hint = { -instance-hint }
error-instance-bad-arn = '{ $input }' não é um ARN de instância do Amazon Connect válido.
    .hint = { -instance-hint }
-instance-hint = Cole o ID da instância (como 12345678-abcd-…) ou o ARN da instância do console do Amazon Connect.
error-no-instance-given = Nenhuma instância foi informada e nenhuma foi usada antes.
    .hint = Informe --instance ID_OR_ARN (`connect-sso instances` lista as instâncias).
error-too-many-regions = É possível adicionar no máximo { $max } regiões extras.
    .hint = Remova as regiões que você não usa.
error-region-invalid = '{ $region }' não é um código de região da AWS.
    .hint = Os códigos de região têm o formato eu-west-3 ou ap-south-1.
error-lead-minutes-range = A antecedência do lembrete deve estar entre 1 e 120 minutos.
    .hint = Insira um número de minutos de 1 a 120.
error-zoom-unknown = { $percent } % não é um dos tamanhos de janela do Connect SSO.
    .hint = Use Ctrl+= e Ctrl+- (ou o tamanho em Configurações).
# $reason: the MFA error's own message.
error-mfa-in-a-script = { $reason }
    .hint = Informe --mfa-code-stdin e escreva na entrada padrão o código de seis dígitos do seu aplicativo autenticador.

## Settings and the IT policy

# $setting: the setting's key, as in the policy file ("closeToTray").
error-setting-managed = '{ $setting }' é gerenciado pela sua organização e não pode ser alterado aqui.
    .hint = Se precisar de outro valor, fale com o departamento de TI.
# $detail: what is wrong, for IT, as the checker or the system says it.
error-policy-invalid = O arquivo de política de TI { $path } não pode ser usado: { $detail }.
    .hint = Suas próprias configurações valem até que ele seja corrigido. Para a TI: `connect-sso policy validate FILE` mostra o erro; o esquema é docs/policy.schema.json.
error-policy-file-missing = { $path } não existe.
    .hint = Informe o caminho do arquivo de política a verificar.
error-app-profile-unused = O perfil do aplicativo '{ $profile }' nas configurações não é usado: o campo { $field } não é válido.
    .hint = Corrija-o em { $path } (ou fale com o departamento de TI, se foi ele que o configurou); os outros perfis funcionam normalmente.

## connect-sso doctor

error-doctor-root = O perfil '{ $profile }' usa o usuário raiz da conta ({ $arn }), que não pode fazer login no Amazon Connect.
    .hint = Use uma função do IAM ou um perfil do IAM Identity Center.
error-doctor-connect-user-missing = Não existe nenhum usuário do Amazon Connect chamado '{ $username }' na instância { $instance }.
    .hint = Crie-o com exatamente esse nome de usuário (diferencia maiúsculas de minúsculas) ou faça o nome da sessão corresponder a um usuário existente. Guia de configuração: docs/aws-setup.md#connect-usernames
error-doctor-region-unknown = { $region } não é uma região em que o Amazon Connect esteja disponível, até onde se sabe.
    .hint = Use a região da instância no perfil ou, se o Amazon Connect acabou de ser lançado nessa região, adicione-a a extraRegions nas configurações.

## The sign-in URL, the browser, links

# Why a sign-in URL was not opened ($reason of error-untrusted-sign-in-url).
url-reason-too-long = é longa demais
url-reason-characters = contém caracteres não permitidos em uma URL
url-reason-host-encoded = o host está codificado ou não é ASCII simples
url-reason-user-info = contém informações de usuário
url-reason-not-https = não é https
url-reason-port = especifica uma porta
url-reason-ip-host = o host é um endereço IP
url-reason-no-host = não tem host
url-reason-trailing-dot = o host termina com ponto
url-reason-bad-dns = o host não é um nome DNS válido
url-reason-not-connect-host = o host não é um host de login do Amazon Connect
url-reason-awsapps-path = em awsapps.com, só as próprias páginas /connect do Amazon Connect são abertas
url-reason-not-instance-host = o host não é o da URL de acesso da instância
# Why a connect-sso:// link was refused ($reason of error-deep-link-invalid).
link-reason-too-long = é longo demais
link-reason-characters = contém espaços ou caracteres de controle
link-reason-not-a-link = não é um link
link-reason-scheme = não é um link connect-sso://
link-reason-action = a única ação é sign-in
link-reason-extra-parts = tem partes que um link de login nunca tem
link-reason-unknown-key = tem uma chave diferente de profile e instance
link-reason-repeated-key = uma chave aparece duas vezes
link-reason-no-profile = não indica nenhum perfil
link-reason-no-instance = não indica nenhuma instância
link-reason-bad-profile = o nome do perfil não é válido
link-reason-bad-instance = a instância não é um ID nem um ARN de instância
error-untrusted-sign-in-url = A URL de login do Amazon Connect não foi aberta: { $reason }.
    .hint = Nada foi aberto. Se você usa um endpoint personalizado, verifique-o (selo do perfil); caso contrário, informe o problema.
error-deep-link-invalid = Este link do Connect SSO não foi usado: { $reason }.
    .hint = Peça a quem o enviou um link no formato connect-sso://sign-in?profile=NAME&instance=ID.
error-no-url-launcher = Nenhum inicializador de URL (xdg-open) está instalado, então não é possível abrir um navegador.
    .hint = Instale o xdg-utils (Debian/Ubuntu: sudo apt install xdg-utils) e defina um navegador padrão.
browser-reason-no-launcher = nenhum inicializador de URL (xdg-open) está instalado
browser-reason-launcher-failed = o inicializador de URL do sistema falhou
error-browser-failed = Não foi possível abrir o navegador: { $reason }.
    .hint = Instale ou defina um navegador padrão (no Linux: xdg-utils e `xdg-settings set default-web-browser`) e faça login novamente.
# $next: what still holds (one of the browser-timeout-after-… messages).
error-browser-timeout = O navegador não abriu a página em { $seconds } s.
    .hint = Verifique se há um navegador padrão definido e se ele abre. { $next }
browser-timeout-after-sign-in = A sessão está armazenada: `connect-sso open` a abre novamente no navegador.
browser-timeout-after-open = A sessão continua armazenada: execute `connect-sso open` novamente.
browser-timeout-after-sign-out = Os tokens foram removidos do chaveiro; saia do Amazon Connect na guia do seu navegador.
error-instance-not-allowed = Sua organização só permite login nas instâncias que ela lista; { $instance } com o perfil '{ $profile }' não é uma delas.
    .hint = Escolha uma das instâncias marcadas como Gerenciada ou fale com o departamento de TI.
error-logout-page-unknown = Os tokens foram removidos, mas o endereço do Amazon Connect desta sessão é desconhecido, então não é possível abrir a página de logout no navegador.
    .hint = Saia do Amazon Connect na guia do seu navegador.

## The keychain and the settings file

# $detail: what the keychain said, as it is.
error-keychain-locked = O chaveiro está bloqueado ou recusou o acesso: { $detail }
    .hint = Desbloqueie seu chaveiro (no Linux: o chaveiro de login em Senhas e chaves / Seahorse) e tente novamente.
error-keychain-unavailable = O chaveiro não está disponível: { $detail }
    .hint = No Linux, instale e inicie um Secret Service como o gnome-keyring (apt install gnome-keyring) e faça login novamente.
error-keychain-mock = Esta versão do Connect SSO não tem um armazenamento de chaveiro nativo.
    .hint = Reinstale o Connect SSO a partir de um pacote oficial.
error-keychain-connection-broke = A conexão com o chaveiro caiu duas vezes seguidas.
    .hint = Reinicie o serviço de chaveiro (ou encerre e reabra a sessão do sistema) e faça login novamente.
error-keychain-probe-failed = O chaveiro aceitou uma entrada, mas não a devolveu.
    .hint = Reinicie o serviço de chaveiro (ou encerre e reabra a sessão do sistema) e execute `connect-sso doctor` novamente.
# $entry: the entry's name in the keychain.
error-keychain-entry-damaged = Uma entrada do Connect SSO no chaveiro está danificada e não pode ser lida ({ $entry }).
    .hint = Saia dessa sessão (ou encerre o turno) para removê-la e faça login novamente.
error-keychain-value-too-large = Um valor de { $bytes } bytes é maior que as entradas de chaveiro que o Connect SSO grava.
    .hint = Informe o problema: os tokens do Amazon Connect são bem menores.
error-keychain-refused-size = O chaveiro recusou um valor de { $bytes } bytes.
    .hint = Este armazenamento tem um limite de tamanho.
error-settings-unwritable = Não foi possível salvar as configurações em { $path }: { $detail }
    .hint = Verifique se a pasta existe e permite gravação (disco cheio?). Seu login em si não é afetado.
# $moved: settings-moved-to, or nothing.
error-settings-corrupt = Não foi possível ler o arquivo de configurações { $path } ({ $detail }); os padrões foram carregados.{ $moved }
    .hint = Escolha seu perfil e sua instância novamente; eles serão salvos em um arquivo novo.
settings-moved-to = { " " }Ele foi movido para { $path }.

## Browsers chosen per instance ($browser: a product name such as "Google Chrome")
browser-reason-program-failed = o { $browser } não iniciou
error-browser-not-installed = O { $browser }, escolhido para esta instância, não está instalado neste computador.
    .hint = Escolha outro navegador para a instância (ou o navegador padrão) na janela ou em Configurações, ou instale o { $browser }. Em um script: --browser default.
# $known: one of the browser-profiles-… messages.
error-browser-profile-not-found = O { $browser } não tem nenhum perfil chamado “{ $profile }”.
    .hint = { $known }
browser-profiles-none = Ele ainda não lista perfis: abra-o uma vez. Ou não escolha nenhum perfil para a instância.
browser-profiles-known = Perfis dele: { $profiles }. Escolha um deles, ou nenhum, para a instância.
error-browser-choice-invalid = Esta escolha de navegador não pode ser usada: { $detail }.
    .hint = Escolha um navegador primeiro; perfil e janela privada pertencem a um navegador.
