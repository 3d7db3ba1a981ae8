# Error messages and their hints. Each message says what happened (naming the profile or the
# instance); its .hint says the next step. Shared by the window and the terminal.
# Arguments are data and stay as they are: profile names, instance names, what AWS said.

error-internal = Connect SSO 내부에서 문제가 발생했습니다: { $detail }
    .hint = Connect SSO의 버그입니다. CONNECT_SSO_LOG=debug로 다시 실행하고 출력된 내용을 보고하십시오.

error-language-unknown = Connect SSO는 '{ $language }' 언어를 지원하지 않습니다.
    .hint = 설정의 목록에서 언어를 선택하십시오.

## Pieces other messages are built from

# A data value shown as it is.
data = { $value }
# An instance with its alias: "acme-support (a1b2…)".
instance-with-alias = { $alias } ({ $id })
instance-none = (없음)
region-of-profile = 프로필의 리전
# What AWS said, after our sentence (note the leading space in English).
aws-says = { " " }AWS 응답: { $message }
bad-response-unparsed = 응답을 구문 분석할 수 없음
bad-response-unread = 응답을 읽을 수 없음
bad-response-no-description = 인스턴스 설명이 없음
bad-response-no-sign-in-url = 로그인 URL이 없음
bad-response-no-credentials = 자격 증명이 없음
bad-response-no-access-token = 액세스 토큰이 없음

## Amazon Connect refused

error-resource-not-found = { $region }에서 { $instance } 인스턴스를 찾을 수 없습니다(프로필: '{ $profile }').
    .hint = 인스턴스 ID를 확인하거나, 올바른 계정과 리전이 사용되도록 인스턴스 ARN을 붙여 넣으십시오.
error-user-not-found = { $instance } 인스턴스에 '{ $profile }' 프로필의 신원과 일치하는 Amazon Connect 사용자가 없습니다.
    .hint = SAML 로그인에서는 역할 세션 이름이 Connect 사용자 이름과 정확히 같아야 합니다(대소문자 구분). Connect 관리자에게 사용자 확인을 요청하십시오. 설정 가이드: docs/aws-setup.md#connect-usernames
error-user-not-found-seen = { error-user-not-found }
    .hint = AWS는 사용자를 { $arn }{ $session }(으)로 인식합니다. { error-user-not-found.hint }
session-name-shown = { " " }(세션 이름 '{ $name }')
# $aws: what AWS said (may be empty). $saml: "yes" when AWS's message is about SAML.
error-invalid-request = Amazon Connect가 { $instance } 인스턴스에 대한 로그인 요청을 거부했습니다.{ $aws }
    .hint = { $saml ->
        [yes] 페더레이션 로그인을 사용하려면 인스턴스가 SAML 2.0 기반 인증으로 설정되어 있어야 합니다. Connect 관리자에게 문의하십시오.
       *[no] Connect 관리자에게 인스턴스 확인을 요청하십시오.
    }
error-invalid-parameter = Amazon Connect가 { $instance } 인스턴스에 대한 매개변수를 거부했습니다.{ $aws }
    .hint = 인스턴스 ID 또는 ARN을 확인하십시오.
error-duplicate-resource = Amazon Connect에서 { $instance } 인스턴스에 '{ $profile }' 프로필의 사용자가 중복되어 있다고 보고했습니다.{ $aws }
    .hint = 사용자가 하나만 존재하는지 확인하도록 Connect 관리자에게 요청하십시오.
# $resource: the IAM resource ARN to allow, as it is.
error-access-denied = '{ $profile }' 프로필은 { $instance } 인스턴스에 로그인할 권한이 없습니다.{ $aws }
    .hint = AWS 관리자에게 { $resource }에 대한 connect:GetFederationToken 권한을 허용하도록 요청하십시오. 설정 가이드: docs/aws-setup.md#the-agent-policy
error-user-not-onboarded = 사용자가 아직 { $instance } 인스턴스에 온보딩되지 않았습니다.
    .hint = Connect 관리자에게 이 (Global Resiliency) 인스턴스에 사용자를 온보딩하도록 요청하십시오.
error-root-not-allowed = '{ $profile }' 프로필은 계정의 루트 자격 증명을 사용하므로 Amazon Connect에 로그인할 수 없습니다.
    .hint = 세션 이름이 Connect 사용자 이름과 일치하는 IAM 역할(또는 IAM 사용자)을 사용하십시오.

## Network or service

error-internal-service = { $region }의 Amazon Connect에서 재시도 후에도 내부 오류가 발생했습니다.
    .hint = 1분 후에 다시 시도하십시오. 문제가 계속되면 AWS Health Dashboard를 확인하십시오.
error-throttled = 재시도 후에도 Amazon Connect가 '{ $profile }' 프로필의 요청을 제한하고 있습니다.
    .hint = 몇 초 기다린 후 다시 시도하십시오.
# $code: the error code AWS sent, as it is.
error-unexpected-service-error = Amazon Connect가 { $instance } 인스턴스에 대해 예기치 않은 오류({ $code })를 반환했습니다.{ $aws }
    .hint = 다시 시도하십시오. 문제가 계속되면 이 메시지를 보고하십시오.
# $what: bad-response-unparsed or bad-response-unread.
error-bad-response = Amazon Connect가 { $instance } 인스턴스에 대해 사용할 수 없는 응답을 보냈습니다: { $what }.
    .hint = 다시 시도하십시오. 문제가 계속되면 이 메시지를 보고하십시오.
error-timeout = { $region }의 Amazon Connect가 제시간에 응답하지 않았습니다.
    .hint = 네트워크가 느리거나 Connect가 응답하지 않습니다. 다시 시도하십시오. 제한 시간은 설정에서 늘릴 수 있습니다.
error-offline = { $region }의 Amazon Connect에 연결할 수 없습니다. 이 컴퓨터가 오프라인 상태인 것 같습니다.
    .hint = 인터넷 연결, VPN 또는 프록시를 확인한 후 다시 시도하십시오.
error-network = 호출 중에 { $region }의 Amazon Connect와의 연결이 끊어졌습니다.
    .hint = 다시 시도하십시오. 계속 발생하면 VPN 또는 프록시를 확인하십시오.
error-folder-open-failed = { $path } 폴더를 열 수 없습니다.
    .hint = 파일 관리자에서 직접 여십시오. `connect-sso doctor`도 로그 위치를 알려 줍니다.
error-diagnostics-unwritable = 진단 정보를 { $path }에 저장할 수 없습니다. { $reason }
    .hint = 문서나 바탕 화면처럼 쓸 수 있는 폴더를 선택하십시오.
error-host-unreachable = 이 컴퓨터에서 { $host }에 연결할 수 없습니다.
    .hint = 네트워크, VPN 또는 프록시(HTTPS_PROXY, NO_PROXY)를 확인한 후 다시 시도하십시오.
error-proxy-invalid = { $source ->
        [policy] IT 정책
       *[other] { $source }
    }의 프록시 주소 { $proxy }은(는) 올바른 URL이 아닙니다.
    .hint = 그곳에서 수정하십시오. 프록시 주소는 http://proxy.example.com:8080 형식입니다.
error-proxy-failed = 프록시 { $proxy }이(가) AWS로의 호출을 통과시키지 않았습니다.
    .hint = 프록시가 실행 중이고 *.amazonaws.com을 허용하는지 확인하십시오. IT 부서에 문의하거나 직접 연결해야 하는 호스트를 NO_PROXY에 지정하십시오.
error-proxy-auth-required = 프록시 { $proxy }이(가) 사용자 이름과 암호를 요구합니다.
    .hint = HTTPS_PROXY 또는 IT 정책의 프록시 주소에 넣거나(http://user:password@host:port) 이 앱을 허용하도록 IT 부서에 요청하십시오.
error-tls-untrusted = 이 컴퓨터는 { $host }의 인증서를 신뢰하지 않습니다.
    .hint = 네트워크에서 TLS를 검사하는 경우 AWS_CA_BUNDLE(또는 AWS 프로필의 ca_bundle)을 회사의 CA 인증서 파일(PEM)로 설정하십시오.
error-ca-bundle-unreadable = CA 번들 { $path }({ $source })을(를) 사용할 수 없습니다. { $reason }
    .hint = { $source }이(가) 회사의 CA 인증서가 있는 읽을 수 있는 PEM 파일을 가리키도록 하거나 설정을 제거하십시오.

## Credentials and AWS set-up

# $code: the error code AWS sent. $quoted: the profile name quoted for a shell.
error-credentials-rejected = AWS가 '{ $profile }' 프로필의 자격 증명을 거부했습니다({ $code }).
    .hint = 자격 증명이 만료되었거나 잘못되었습니다. 자격 증명을 갱신한 후(예: `aws configure --profile { $quoted }`) 다시 시도하십시오.
error-clock-skew = 이 컴퓨터의 시계가 맞지 않아 AWS가 요청을 거부했습니다.
    .hint = 자동 시간 설정을 켠 후(예: `timedatectl set-ntp true`) 다시 시도하십시오.
error-no-region = '{ $profile }' 프로필에 사용할 AWS 리전이 지정되어 있지 않습니다.
    .hint = ~/.aws/config의 프로필에 `region = ...`을 추가하거나, 리전이 포함된 인스턴스 ARN을 붙여 넣으십시오.
error-credential-process-timeout = '{ $profile }' 프로필의 credential_process가 { $seconds }초 안에 완료되지 않았습니다.
    .hint = 프로필의 credential_process 명령을 직접 실행해 보십시오. 여기서는 받을 수 없는 입력을 기다리고 있을 수 있습니다.
error-credentials-timeout = '{ $profile }' 프로필의 자격 증명을 불러오는 데 { $seconds }초 넘게 걸렸습니다.
    .hint = 네트워크와 프로필의 자격 증명 소스를 확인한 후 다시 시도하십시오.
error-sso-expired = '{ $profile }' 프로필의 IAM Identity Center 로그인이 없거나 만료되었습니다.
    .hint = `aws sso login --profile { $quoted }` 명령을 실행한 후 다시 시도하십시오.
    .window-hint = IAM Identity Center로 로그인을 선택하세요. 앱이 브라우저에서 로그인 페이지를 열고, 승인하면 인스턴스를 표시합니다.
# $detail: what the credential process or the SDK said, as it is.
error-credential-process-failed = '{ $profile }' 프로필의 credential_process가 실패했습니다: { $detail }
    .hint = 프로필의 credential_process 명령을 직접 실행하여 오류를 확인하십시오. 이 명령은 JSON 형식의 자격 증명을 출력해야 합니다.
error-no-credentials = '{ $profile }' 프로필에 사용할 수 있는 AWS 자격 증명이 없습니다: { $detail }
    .hint = `aws configure --profile { $quoted }` 명령을 실행하거나, IT 부서에 Amazon Connect 액세스 권한이 있는 프로필을 요청하십시오.
error-profile-not-found = 이름이 '{ $profile }'인 AWS 프로필이 없습니다.
    .hint = 목록에서 프로필을 선택하거나, `aws configure sso` 명령으로 또는 ~/.aws/config에 프로필을 추가하십시오.
# $detail: the parser's message, naming the file and line.
error-aws-config-invalid = AWS 구성 파일을 읽을 수 없습니다: { $detail }
    .hint = ~/.aws/config 또는 ~/.aws/credentials(또는 AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE이 가리키는 파일)에서 위에 표시된 줄을 수정하십시오.
# $service: the AWS service's name ("Amazon Connect", "AWS STS"…).
error-endpoint-invalid = 프로필 '{ $profile }'이(가) { $service } 호출을 '{ $url }'(으)로 보내는데, 이는 URL이 아닙니다.
    .hint = AWS_ENDPOINT_URL* 또는 프로필의 endpoint_url을 https:// 주소로 설정하거나, 제거하여 AWS 엔드포인트를 사용하십시오.
error-custom-endpoint-forbidden = '{ $profile }' 프로필은 { $service } 호출을 사용자 지정 엔드포인트로 보내지만, 조직의 정책에서 이를 허용하지 않습니다.
    .hint = 프로필에서 endpoint_url 및 services 섹션을 제거하거나(환경 변수에서는 AWS_ENDPOINT_URL*도 제거) IT 부서에 문의하십시오.

## Finding instances

error-region-timeout = { $region } 리전이 { $seconds }초 안에 응답하지 않았습니다.
    .hint = 다른 리전은 목록에 표시됩니다. 나중에 새로 고쳐 이 리전을 다시 시도하십시오.
error-discovery-cache-unwritable = 인스턴스 목록을 캐시할 수 없습니다: { $detail }
    .hint = 인스턴스 검색은 계속 작동합니다. 설정 폴더에 쓰기 권한이 있는지 확인하십시오.

## IAM Identity Center and MFA

error-not-sso-profile = '{ $profile }' 프로필은 IAM Identity Center를 사용하지 않습니다.
    .hint = ~/.aws/config에 sso_session(또는 sso_start_url)이 있는 프로필을 선택하십시오.
error-sso-login-none = '{ $profile }' 프로필에 대해 진행 중인 IAM Identity Center 로그인이 없습니다.
    .hint = 로그인을 다시 시작하십시오.
error-sso-login-cancelled = IAM Identity Center 로그인이 취소되었습니다.
    .hint = 준비가 되면 다시 시작하십시오.
# $start_url: the IAM Identity Center portal's address.
error-sso-login-denied = { $start_url }에 대한 IAM Identity Center 로그인이 거부되었습니다.
    .hint = 본인이 시도한 것이 아니라면 IT 부서에 알리십시오. 본인이 맞다면 로그인을 다시 시작하고 승인하십시오.
error-sso-login-expired = { $start_url }에 대한 IAM Identity Center 로그인이 제한 시간 내에 승인되지 않았습니다.
    .hint = 로그인을 다시 시작하고 몇 분 안에 브라우저에서 승인하십시오.
# $detail: what IAM Identity Center said, as it is.
error-sso-refused = IAM Identity Center({ $start_url })에서 로그인을 거부했습니다: { $detail }
    .hint = IT 부서와 함께 프로필의 sso_start_url 및 sso_region을 확인한 후 다시 시도하십시오.
error-sso-state-mismatch = 브라우저가 이 로그인에 속하지 않는 IAM Identity Center 응답을 가지고 돌아와서 거부했습니다.
    .hint = Connect SSO에서 로그인을 다시 시작하십시오. 이 문제가 반복되면 IT 부서에 알리십시오.
error-sso-authorize-failed = IAM Identity Center({ $start_url })에서 브라우저 로그인을 { $error } 오류로 종료했습니다.
    .hint = 로그인을 다시 시작하거나 대신 코드를 사용하십시오(`connect-sso sso-login --use-device-code`).
error-sso-code-refused = IAM Identity Center({ $start_url })에서 브라우저 로그인의 인증 코드를 받아들이지 않았습니다.
    .hint = 로그인을 다시 시작하십시오. 계속 실패하면 대신 코드를 사용하십시오(`connect-sso sso-login --use-device-code`).
error-untrusted-verification-url = IAM Identity Center 확인 페이지가 AWS 로그인 호스트에 있지 않아 열지 않았습니다.
    .hint = IT 부서와 함께 프로필의 sso_start_url을 확인하십시오.
error-sso-cache-unwritable = IAM Identity Center 토큰을 { $path }에 저장할 수 없습니다: { $detail }
    .hint = ~/.aws/sso/cache에 쓰기 권한이 있는지 확인하십시오.
# $device: the MFA device's ARN.
error-mfa-required = '{ $profile }' 프로필에는 { $device }의 일회용 MFA 코드가 필요합니다.
    .hint = 인증 앱에 표시된 6자리 코드를 입력하십시오. 근무당 한 번만 요청됩니다.
error-mfa-format = MFA 코드는 6자리 숫자입니다.
    .hint = 인증 앱에 지금 표시된 코드를 입력하십시오.
error-mfa-refused = AWS가 '{ $profile }' 프로필의 MFA 코드를 받아들이지 않았습니다.
    .hint = { $device } 디바이스의 현재 코드를 입력하십시오(코드는 30초마다 바뀝니다).
error-mfa-not-needed = '{ $profile }' 프로필은 MFA 디바이스(mfa_serial)가 있는 역할이 아닙니다.
    .hint = 프로필을 다시 선택하십시오. 이 프로필에는 코드가 필요하지 않습니다.

## App profiles

error-app-profile-not-found = 설정에 이름이 '{ $profile }'인 앱 프로필이 없습니다.
    .hint = `connect-sso profiles` 명령으로 프로필 목록을 확인하십시오. 앱 프로필은 설정 파일에서 정의됩니다.
# $field: the name of the field, as in the settings file.
error-app-profile-invalid = '{ $profile }' 앱 프로필을 내보내지 않았습니다. { $field } 값이 유효하지 않습니다.
    .hint = 아무것도 기록되지 않았습니다. 먼저 설정 파일에서 앱 프로필을 수정하십시오.
error-export-exists = { $path }에 이름이 '{ $profile }'인 프로필 또는 sso-session이 이미 있습니다.
    .hint = 아무것도 변경되지 않았습니다. 먼저 해당 섹션을 제거하거나 이름을 바꾸십시오.
error-aws-config-unwritable = { $path }에 쓸 수 없습니다: { $detail }
    .hint = AWS 구성 파일에 쓰기 권한이 있는지 확인하십시오.

## What was typed or chosen

error-profile-name-invalid = 유효한 AWS 프로필 이름이 아닙니다.
    .hint = 목록에서 프로필을 선택하십시오(`connect-sso profiles` 명령으로 목록을 볼 수 있습니다).
error-instance-too-long = 인스턴스 ID 또는 ARN이 너무 깁니다.
    .hint = { -instance-hint }
# $input: what was pasted (its first 80 characters).
error-instance-not-id-or-arn = '{ $input }' 값은 인스턴스 ID도, 인스턴스 ARN도 아닙니다.
    .hint = { -instance-hint }
error-instance-bad-arn = '{ $input }' 값은 유효한 Amazon Connect 인스턴스 ARN이 아닙니다.
    .hint = { -instance-hint }
-instance-hint = Amazon Connect 콘솔에서 인스턴스 ID(예: 12345678-abcd-…) 또는 인스턴스 ARN을 복사해 붙여 넣으십시오.
error-no-instance-given = 인스턴스가 지정되지 않았고 이전에 사용한 인스턴스도 없습니다.
    .hint = --instance ID_OR_ARN을 지정하십시오(`connect-sso instances` 명령으로 목록을 볼 수 있습니다).
error-too-many-regions = 추가 리전은 최대 { $max }개까지 추가할 수 있습니다.
    .hint = 사용하지 않는 리전을 제거하십시오.
error-region-invalid = '{ $region }' 값은 AWS 리전 코드가 아닙니다.
    .hint = 리전 코드는 eu-west-3 또는 ap-south-1과 같은 형식입니다.
error-lead-minutes-range = 미리 알림 시간은 1분에서 120분 사이여야 합니다.
    .hint = 1에서 120 사이의 분 수를 입력하십시오.
error-zoom-unknown = { $percent }%는 Connect SSO가 제공하는 창 크기가 아닙니다.
    .hint = Ctrl+= 및 Ctrl+-(또는 설정의 크기)를 사용하십시오.
# $reason: the MFA error's own message.
error-mfa-in-a-script = { $reason }
    .hint = --mfa-code-stdin을 지정하고 인증 앱의 6자리 코드를 표준 입력으로 전달하십시오.

## Settings and the IT policy

# $setting: the setting's key, as in the policy file ("closeToTray").
error-setting-managed = '{ $setting }' 설정은 조직에서 관리하므로 여기서 변경할 수 없습니다.
    .hint = 다른 값이 필요하면 IT 부서에 문의하십시오.
# $detail: what is wrong, for IT, as the checker or the system says it.
error-policy-invalid = { $path } IT 정책 파일을 사용할 수 없습니다: { $detail }.
    .hint = 문제가 해결될 때까지 사용자 설정이 적용됩니다. IT 담당자: `connect-sso policy validate FILE` 명령으로 오류를 확인할 수 있으며, 스키마는 docs/policy.schema.json입니다.
error-policy-file-missing = { $path } 파일이 없습니다.
    .hint = 확인할 정책 파일의 경로를 지정하십시오.
error-app-profile-unused = 설정의 '{ $profile }' 앱 프로필은 사용되지 않습니다. { $field } 값이 유효하지 않습니다.
    .hint = { $path }에서 수정하십시오(IT 부서에서 설정한 경우 IT 부서에 문의하십시오). 다른 프로필은 평소대로 작동합니다.

## connect-sso doctor

error-doctor-root = '{ $profile }' 프로필은 계정의 루트 사용자({ $arn })를 사용하므로 Amazon Connect에 로그인할 수 없습니다.
    .hint = 대신 IAM 역할 또는 IAM Identity Center 프로필을 사용하십시오.
error-doctor-connect-user-missing = 인스턴스 { $instance }에 '{ $username }'(이)라는 Amazon Connect 사용자가 없습니다.
    .hint = 정확히 그 사용자 이름(대소문자 구분)으로 만들거나, 세션 이름을 기존 사용자와 일치시키십시오. 설정 가이드: docs/aws-setup.md#connect-usernames
error-doctor-region-unknown = { $region }: Amazon Connect가 운영되는 것으로 알려진 리전이 아닙니다.
    .hint = 프로필에 인스턴스의 리전을 사용하거나, Amazon Connect가 해당 리전에서 막 출시된 경우 설정의 extraRegions에 리전을 추가하십시오.

## The sign-in URL, the browser, links

# Why a sign-in URL was not opened ($reason of error-untrusted-sign-in-url).
url-reason-too-long = 너무 김
url-reason-characters = URL에 사용할 수 없는 문자가 포함됨
url-reason-host-encoded = 호스트가 인코딩되었거나 일반 ASCII가 아님
url-reason-user-info = 사용자 정보가 포함됨
url-reason-not-https = https가 아님
url-reason-port = 포트가 지정됨
url-reason-ip-host = 호스트가 IP 주소임
url-reason-no-host = 호스트가 없음
url-reason-trailing-dot = 호스트가 점으로 끝남
url-reason-bad-dns = 호스트가 유효한 DNS 이름이 아님
url-reason-not-connect-host = 호스트가 Amazon Connect 로그인 호스트가 아님
url-reason-awsapps-path = awsapps.com에서는 Amazon Connect 자체의 /connect 페이지만 엶
url-reason-not-instance-host = 호스트가 인스턴스 액세스 URL의 호스트가 아님
# Why a connect-sso:// link was refused ($reason of error-deep-link-invalid).
link-reason-too-long = 너무 김
link-reason-characters = 공백 또는 제어 문자가 포함됨
link-reason-not-a-link = 링크가 아님
link-reason-scheme = connect-sso:// 링크가 아님
link-reason-action = 지원되는 작업은 sign-in뿐임
link-reason-extra-parts = 로그인 링크에는 없는 부분이 포함됨
link-reason-unknown-key = profile 및 instance 이외의 키가 포함됨
link-reason-repeated-key = 같은 키가 두 번 나타남
link-reason-no-profile = 프로필이 지정되지 않음
link-reason-no-instance = 인스턴스가 지정되지 않음
link-reason-bad-profile = 프로필 이름이 유효하지 않음
link-reason-bad-instance = 인스턴스가 인스턴스 ID 또는 ARN이 아님
error-untrusted-sign-in-url = Amazon Connect에서 받은 로그인 URL을 열지 않았습니다: { $reason }.
    .hint = 아무것도 열리지 않았습니다. 사용자 지정 엔드포인트를 사용하는 경우 엔드포인트를 확인하십시오(프로필 배지). 그렇지 않으면 이 문제를 보고하십시오.
error-deep-link-invalid = 이 Connect SSO 링크를 사용하지 않았습니다: { $reason }.
    .hint = 링크를 보낸 사람에게 connect-sso://sign-in?profile=NAME&instance=ID 형식의 링크를 요청하십시오.
error-no-url-launcher = URL 실행기(xdg-open)가 설치되어 있지 않아 브라우저를 열 수 없습니다.
    .hint = xdg-utils를 설치하고(Debian/Ubuntu: sudo apt install xdg-utils) 기본 브라우저를 설정하십시오.
browser-reason-no-launcher = URL 실행기(xdg-open)가 설치되어 있지 않음
browser-reason-launcher-failed = 시스템의 URL 실행기가 실패함
error-browser-failed = 브라우저를 열 수 없습니다: { $reason }.
    .hint = 기본 웹 브라우저를 설치하거나 설정한 후(Linux: xdg-utils 및 `xdg-settings set default-web-browser`) 다시 로그인하십시오.
# $next: what still holds (one of the browser-timeout-after-… messages).
error-browser-timeout = 브라우저가 { $seconds }초 안에 페이지를 열지 않았습니다.
    .hint = 기본 브라우저가 설정되어 있고 실행되는지 확인하십시오. { $next }
browser-timeout-after-sign-in = 세션이 저장되어 있습니다. `connect-sso open` 명령으로 브라우저에서 다시 열 수 있습니다.
browser-timeout-after-open = 세션은 아직 저장되어 있습니다. `connect-sso open` 명령을 다시 실행하십시오.
browser-timeout-after-sign-out = 키체인에서 토큰을 제거했습니다. 브라우저의 Amazon Connect 탭에서 로그아웃하십시오.
error-instance-not-allowed = 조직에서 지정한 인스턴스에만 로그인할 수 있습니다. '{ $profile }' 프로필을 사용하는 { $instance } 인스턴스는 여기에 포함되지 않습니다.
    .hint = 관리됨으로 표시된 인스턴스 중 하나를 선택하거나 IT 부서에 문의하십시오.
error-logout-page-unknown = 토큰을 제거했지만 이 세션의 Amazon Connect 주소를 알 수 없어 브라우저 로그아웃 페이지를 열 수 없습니다.
    .hint = 브라우저의 Amazon Connect 탭에서 로그아웃하십시오.

## The keychain and the settings file

# $detail: what the keychain said, as it is.
error-keychain-locked = 키체인이 잠겨 있거나 액세스를 거부했습니다: { $detail }
    .hint = 키체인의 잠금을 해제한 후(Linux: 암호 및 키 / Seahorse의 로그인 키링) 다시 시도하십시오.
error-keychain-unavailable = 키체인을 사용할 수 없습니다: { $detail }
    .hint = Linux에서는 gnome-keyring 같은 Secret Service를 설치하고 시작한 후(apt install gnome-keyring) 다시 로그인하십시오.
error-keychain-mock = 이 Connect SSO 빌드에는 네이티브 키체인 저장소가 없습니다.
    .hint = 공식 패키지로 Connect SSO를 다시 설치하십시오.
error-keychain-connection-broke = 키체인 연결이 두 번 연속으로 끊어졌습니다.
    .hint = 키링 서비스를 다시 시작(또는 OS에서 로그아웃 후 다시 로그인)한 다음 다시 로그인하십시오.
error-keychain-probe-failed = 키체인이 항목을 받아들였지만 다시 돌려주지 않았습니다.
    .hint = 키링 서비스를 다시 시작(또는 OS에서 로그아웃 후 다시 로그인)한 다음 `connect-sso doctor` 명령을 다시 실행하십시오.
# $entry: the entry's name in the keychain.
error-keychain-entry-damaged = 키체인의 Connect SSO 항목이 손상되어 읽을 수 없습니다({ $entry }).
    .hint = 해당 세션에서 로그아웃하거나 근무를 종료하여 항목을 제거한 후 다시 로그인하십시오.
error-keychain-value-too-large = { $bytes }바이트 값은 Connect SSO가 쓰는 키체인 항목보다 큽니다.
    .hint = 이 문제를 보고하십시오. Amazon Connect 토큰은 이보다 훨씬 작습니다.
error-keychain-refused-size = 키체인이 { $bytes }바이트 값을 거부했습니다.
    .hint = 이 저장소에는 크기 제한이 있습니다.
error-settings-unwritable = 설정을 { $path }에 저장할 수 없습니다: { $detail }
    .hint = 폴더가 존재하고 쓰기 권한이 있는지 확인하십시오(디스크가 가득 찼습니까?). 로그인 자체에는 영향이 없습니다.
# $moved: settings-moved-to, or nothing.
error-settings-corrupt = { $path } 설정 파일을 읽을 수 없어({ $detail }) 기본값을 불러왔습니다.{ $moved }
    .hint = 프로필과 인스턴스를 다시 선택하십시오. 새 파일에 저장됩니다.
settings-moved-to = { " " }기존 파일은 { $path }에 옮겨 두었습니다.

## Browsers chosen per instance ($browser: a product name such as "Google Chrome")
browser-reason-program-failed = { $browser }이(가) 시작되지 않았습니다
error-browser-not-installed = 이 인스턴스용으로 선택한 { $browser }이(가) 이 컴퓨터에 설치되어 있지 않습니다.
    .hint = 창이나 설정에서 이 인스턴스에 다른 브라우저(또는 기본 브라우저)를 선택하거나 { $browser }을(를) 설치하세요. 스크립트에서는 --browser default.
# $known: one of the browser-profiles-… messages.
error-browser-profile-not-found = { $browser }에 “{ $profile }”(이)라는 프로필이 없습니다.
    .hint = { $known }
browser-profiles-none = 아직 프로필이 없습니다. 한 번 실행하세요. 또는 이 인스턴스에 프로필을 선택하지 마세요.
browser-profiles-known = 프로필: { $profiles }. 이 인스턴스에 그중 하나를 선택하거나 선택하지 마세요.
error-browser-choice-invalid = 이 브라우저 선택은 사용할 수 없습니다: { $detail }.
    .hint = 먼저 브라우저를 선택하세요. 프로필과 시크릿 창은 브라우저에 속합니다.
