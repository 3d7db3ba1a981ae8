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

duration-under-a-minute = 1분 미만
# $duration: "58 min", "2 hr 5 min"
time-in = { $duration } 후
time-ago = { $duration } 전
# Something that has ended (a token, a session). $duration: how long ago, "3 min".
time-expired-ago = { $duration } 전에 만료됨
# A time with how far away it is. $time: local clock time ("14:32"); $relative: "in 58 min", "expired 3 min ago".
expiry-time = { $time } ({ $relative })

## Buttons used in several places

button-cancel = 취소
button-continue = 계속
button-close = 닫기
sign-in-button = 로그인
signing-in = 로그인 중…
sign-out-button = 로그아웃
signing-out = 로그아웃 중…

## Header

app-name = Connect SSO
app-subtitle = 클릭 한 번으로 Amazon Connect에 로그인
settings-button = 설정

## Startup (before the chooser can show)

startup-loading = AWS 프로필을 읽는 중…
startup-failed-title = Connect SSO를 시작할 수 없음
startup-failed-body = 자세한 내용은 위에 표시되어 있습니다. 문제를 해결한 후 다시 시도하십시오.
startup-retry = 다시 시도
no-profiles-title = AWS 프로필을 찾을 수 없음
no-profiles-body = Connect SSO는 AWS 구성의 프로필로 로그인합니다. 프로필을 추가한 후 다시 불러오십시오:
# $command: the command, shown in code style (the .command attribute). Keep the command as it is.
no-profiles-step-sso = IAM Identity Center(SSO)를 사용하는 경우 터미널에서 { $command } 명령을 실행하십시오.
    .command = aws configure sso
# $command: as above. NAME stands for a profile name the person chooses: it may be translated, the rest may not.
no-profiles-step-keys = 액세스 키를 사용하는 경우 { $command } 명령을 실행하십시오.
    .command = aws configure --profile 이름
# $section: a section of the AWS config file; $file: that file. Both in code style; only NAME may be translated.
no-profiles-step-file = 또는 { $file }에 { $section } 섹션을 추가하십시오.
    .section = [profile 이름]
    .file = ~/.aws/config
no-profiles-reload = 프로필 다시 불러오기

## Layout

instances-card =
    .aria-label = Amazon Connect 인스턴스

## Instance chooser: the search box

search-box = Amazon Connect 인스턴스 찾기
    .placeholder = 이름, ID, 계정, 리전 또는 프로필
# The keys (↑ ↓ Enter Esc Alt+P) are key names: keep them.
search-help = ↑ ↓ 선택 · Enter 로그인 · Esc 지우기 · Alt+P 고정
# Next to the search box when nothing is filtered. $total: instances listed.
search-count-all = { $total }
# $shown: instances matching the search; $total: instances listed.
search-count-some = { $total }개 중 { $shown }개
search-results-announce = { $count ->
        [0] 일치하는 인스턴스가 없습니다
       *[other] 인스턴스 { $count }개가 일치합니다
    }

## Profile picker

profile-picker = AWS 프로필
profile-all = 모든 프로필
# One profile in the picker. $name: the profile's name; $kind: what it is (profile-kind); $region: its default region
# (or profile-no-region).
profile-option = { $name } — { $kind } · { $region }
# The same, for a profile whose AWS endpoint is overridden.
profile-option-custom-endpoint = { $name } — { $kind } · { $region } · { badge-custom-endpoint }
profile-no-region = 리전 없음
profile-no-default-region = 기본 리전 없음
# What kind of AWS profile it is. $kind is a code: keep the variant keys as they are.
profile-kind =
    { $kind ->
        [static] 정적 키
        [sso] IAM Identity Center
        [role] 역할
        [process] 자격 증명 프로세스
       *[other] 기타
    }
# Under the picker when a profile's AWS endpoint is overridden (also in the sign-in card and the deep link dialog).
custom-endpoint-warning = 이 프로필은 AWS 구성에 설정된 사용자 지정 엔드포인트로 AWS 요청을 보냅니다. 직접 설정한 경우에만 로그인하십시오.

## Discovery status (under the profile picker)

# $count: instances listed; $regions: how many AWS regions they are in.
discovery-summary =
    { $count ->
        [0] 인스턴스 없음
       *[other] 인스턴스 { $count }개(리전 { $regions }개)
    }
# While a discovery runs. $summary: the discovery-summary line.
discovery-summary-refreshing = { $summary } · 새로 고치는 중…
discovery-never = 아직 인스턴스를 조회하지 않음
discovery-looking = 인스턴스를 찾는 중…
# After the summary. $duration: how long ago the list was brought up to date ("3 min", "2 hr 5 min").
discovery-age = · { $duration } 전에 업데이트됨
discovery-age-just-now = · 방금 업데이트됨
discovery-refresh = 새로 고침
    .title = 모든 리전에서 인스턴스 다시 찾기
discovery-refreshing = 새로 고치는 중…
discovery-errors =
    .aria-label = 인스턴스 검색 문제
# A profile whose instances could not be listed. $profile: its name; $message: what went wrong.
discovery-profile-error = { $profile }: { $message }
# A region that could not be searched. $region: the AWS region code; $message: what went wrong.
discovery-region-error = { $region }: { $message }
# The same when several profiles failed. $profile: the profile's name.
discovery-profile-region-error = { $profile } · { $region }: { $message }

## Instance list

instances-list =
    .aria-label = Amazon Connect 인스턴스
list-section-pinned = 고정됨
list-section-recent = 최근
list-section-all = 전체
# $query: what the person typed in the search box.
list-no-match = '{ $query }'에 해당하는 인스턴스가 없습니다.
list-loading = Amazon Connect 인스턴스를 찾는 중…
list-failed-profile = 이 프로필의 인스턴스 목록을 가져올 수 없습니다. 그래도 아래에 인스턴스 ID 또는 ARN을 붙여 넣을 수 있습니다.
list-failed-all = 프로필의 인스턴스 목록을 가져올 수 없습니다. 그래도 아래에 인스턴스 ID 또는 ARN을 붙여 넣을 수 있습니다.
list-empty-profile = 이 프로필에서 Amazon Connect 인스턴스를 찾을 수 없음
list-empty-all = Amazon Connect 인스턴스를 찾을 수 없음
list-empty-hint = 인스턴스가 다른 리전이나 계정에 있으면 아래에 ID 또는 ARN을 붙여 넣으십시오.

## One instance in the list

# The star before each row. $label: the instance's name (display name, alias or ID).
pin-toggle-pin =
    .aria-label = { $label } 고정
    .title = 맨 위에 고정
pin-toggle-unpin =
    .aria-label = { $label } 고정 해제
    .title = 고정 해제
pin-button-pin = 고정
pin-button-unpin = 고정 해제
pin-state-pinned = 고정됨
badge-managed = 관리됨
badge-default = 기본
badge-recent = 최근
badge-custom-endpoint = 사용자 지정 엔드포인트
# An instance that is not ACTIVE. $status: the AWS status code (keep the variant keys); $fallback: an unknown code
# in plain letters ("Deleting").
instance-status =
    { $status ->
        [CREATION_IN_PROGRESS] 생성 진행 중
        [CREATION_FAILED] 생성 실패
       *[other] { $fallback }
    }
# $type: how the instance manages its users (identity-type).
instance-not-saml = SAML 아님 — 로그인이 실패할 수 있음
    .title = ID 관리: { $type }
# $type: the AWS identity management type (keep the variant keys); $fallback: an unknown type in plain letters.
identity-type =
    { $type ->
        [SAML] SAML
        [CONNECT_MANAGED] Connect에서 관리하는 사용자
        [EXISTING_DIRECTORY] 기존 디렉터리
        [unknown] ID 유형 알 수 없음
       *[other] { $fallback }
    }
instance-restricted = 조직에서 허용하지 않음
# On anything the IT policy sets (pins, settings); also quoted in settings-policy-note.
managed-title = 조직에서 관리됨

## Paste an instance ID or ARN

# The placeholder shows the shape of an ARN: REGION, ACCOUNT and ID may be translated, the rest may not.
paste-field = 인스턴스 ID 또는 ARN 붙여 넣기
    .placeholder = arn:aws:connect:리전:계정:instance/ID
paste-use = 사용
paste-looking-up = 조회 중…
paste-help-no-profile = ID 또는 ARN을 조회하려면 위에서 AWS 프로필을 선택하십시오.
# $profile: the profile a pasted ID or ARN is looked up with.
paste-help-profile = '{ $profile }' 프로필로 조회합니다.

## Sign-in card

sign-in-title = 로그인
sign-in-profile = 프로필
sign-in-instance = 인스턴스
# $label: the instance's name; $region: its AWS region code.
instance-with-region = { $label } ({ $region })
sign-in-help-getting-link = Amazon Connect에서 로그인 링크를 가져오는 중…
sign-in-help-waiting-sso = IAM Identity Center 로그인을 기다리는 중…
sign-in-help-renewing = 위의 미리 알림에서 다시 로그인하는 중…
sign-in-help-no-profiles = 먼저 AWS 프로필을 선택하십시오.
sign-in-help-looking = 인스턴스를 찾는 중…
sign-in-help-choose = Amazon Connect 인스턴스를 선택하십시오.
sign-in-help-not-allowed = 조직에서 허용하지 않는 인스턴스입니다. 관리됨으로 표시된 인스턴스 중 하나를 선택하십시오.
# $status: the instance's status (instance-status).
sign-in-help-inactive = 이 인스턴스는 활성 상태가 아닙니다({ $status }). 로그인이 실패할 가능성이 높습니다.
sign-in-help-not-saml = 이 인스턴스는 SAML을 사용하지 않습니다. 로그인이 실패할 수 있습니다.
sign-in-help-ready = 브라우저에서 Amazon Connect가 열립니다.
# Before signing in to an instance already signed in with another profile. $name: the instance (alias or ID);
# $profile: the other profile.
duplicate-question = 이미 '{ $profile }' 프로필로 { $name }에 로그인되어 있습니다. 다시 로그인하면 해당 세션이 종료될 수 있습니다.

## Status panel

status-title = 상태
status-idle = 아직 이 창에서 로그인하지 않았습니다.
status-signed-in = 로그인됨
# $name: the instance (alias or ID); $region: its AWS region code.
status-summary = { $name } ({ $region })에 로그인됨
status-browser = 브라우저가 열렸습니다. 브라우저의 Amazon Connect에서 계속 진행하십시오.
status-resumed = 저장된 세션으로 다시 열었습니다. 새로 로그인할 필요가 없습니다.
status-renewed = 저장된 토큰이 만료되어 다시 로그인했습니다.
# $profile: the profile whose IAM Identity Center sign-in (or MFA code) went through.
status-sso-done = '{ $profile }' 프로필의 IAM Identity Center 로그인에 성공했습니다.
status-mfa-done = '{ $profile }' 프로필의 MFA 코드가 수락되었습니다.
status-user = Connect 사용자
# The AWS identity that signed in. $arn: its ARN.
caller-identity = AWS 신원: { $arn }
# When the backend does not know the Connect user.
user-unknown = 알 수 없는 사용자
status-profile = 프로필
status-access-expires = 액세스 토큰 만료
status-refresh-expires = 새로 고침 토큰 만료
status-expiry-unknown = 알 수 없음
status-not-remembered = 키체인을 사용할 수 없음: 이 세션은 저장되지 않음
# After Sign out. $name: the instance (alias or ID).
status-signed-out = { $name }에서 로그아웃했습니다.
status-signed-out-browser = { $name }에서 로그아웃했습니다. 브라우저에서 Amazon Connect 로그아웃 페이지가 열렸습니다.
# After End shift. $count: how many sessions were signed out.
end-shift-done =
    { $count ->
       *[other] 근무를 종료했습니다. 세션 { $count }개에서 로그아웃했습니다.
    }

## Sessions card

sessions-title = 세션
# The badge after the title. $count: stored sessions.
sessions-count = { $count }
sessions-empty = 저장된 세션이 없습니다.
sessions-sign-out-browser = 브라우저의 Amazon Connect에서도 로그아웃
# $name: the instance (alias or ID); $profile: the profile it is signed in with.
session-open = 열기
    .aria-label = 브라우저에서 { $name } 열기('{ $profile }' 프로필)
session-opening = 여는 중…
session-sign-out =
    .aria-label = { $name }에서 로그아웃('{ $profile }' 프로필)
# When the session ends. $time: local clock time; $relative: "in 11 hr", "expired 3 min ago".
session-until = { $time }까지({ $relative })
session-expiry-unknown = 만료 시간 알 수 없음
end-shift = 근무 종료
# Asked inline before End shift. $count: stored sessions.
end-shift-question =
    { $count ->
        [1] 세션 { $count }개에서 로그아웃하시겠습니까?
       *[other] 세션 { $count }개에서 모두 로그아웃하시겠습니까?
    }
end-shift-confirm = 모두 로그아웃

## Banners: errors, notices, reminders, the policy file

# $code: the error's code (for support), in code style.
error-code = 오류 코드 { $code }
error-dismiss = 오류 닫기
notice-dismiss = 알림 닫기
# When an error has no words of its own.
window-error-unknown = 문제가 발생했습니다.
    .hint = 다시 시도하십시오. 문제가 계속되면 Connect SSO를 다시 시작하십시오.
# The window could not reach the backend. $detail: what the system said (often English).
window-error-internal = { $detail }
    .hint = 다시 시도하십시오. 문제가 계속되면 Connect SSO를 다시 시작하십시오.
# $detail: why the window cannot listen to the app's events.
reminders-unavailable = Connect SSO가 이 창에서 세션 종료 전 미리 알림을 표시할 수 없습니다({ $detail }).
    .hint = 데스크톱 알림은 계속 받을 수 있습니다. 문제가 계속되면 Connect SSO를 다시 시작하십시오.
mfa-code = MFA 코드
mfa-checking = 확인 중…
sso-login-opening = 브라우저를 여는 중…
expiring-title-fallback = Amazon Connect 세션 종료 예정
# More reminders behind the one shown. $count: how many.
expiring-more = +{ $count }개 더
expiring-sign-in = 다시 로그인
expiring-dismiss = 이 미리 알림 닫기
# For whoever administers the policy file. $message: what is wrong with it; $hint: what to do.
policy-error = 조직의 정책 파일을 사용할 수 없습니다: { $message } ({ $hint })
policy-error-no-hint = 조직의 정책 파일을 사용할 수 없습니다: { $message }
# $path: where the policy file is.
policy-error-path = 정책 파일: { $path }
policy-error-note = 문제가 해결될 때까지 Connect SSO는 사용자 설정으로 작동합니다.
policy-error-dismiss = 정책 문제 닫기

## Sign in with IAM Identity Center

sso-login-title = IAM Identity Center로 로그인
sso-login-intro = 브라우저에서 IAM Identity Center 페이지가 열렸습니다. 페이지에 이 코드가 표시되는지 확인한 후 승인하십시오:
sso-login-browser-intro = 브라우저에서 로그인을 승인하십시오. 자동으로 여기로 돌아오며, 비교할 코드는 없습니다.
sso-login-use-code = 대신 코드 사용
sso-login-waiting = 승인을 기다리는 중…
# How long the code shown still works. $duration: "9 min", "less than a minute".
sso-code-valid = 코드 만료까지 { $duration } 남음
sso-code-expired = 코드 만료됨

## Deep link dialog (a connect-sso:// link asks to sign in)

deep-link-title = 링크에서 로그인하시겠습니까?
# $label: the instance's name; $id: its ID; $profile: the profile the link names.
deep-link-question = '{ $profile }' 프로필로 { $label } ({ $id })에 로그인하시겠습니까?
# The same for an instance without a name.
deep-link-question-id = '{ $profile }' 프로필로 { $id }에 로그인하시겠습니까?
# $region: the AWS region code the link gave.
deep-link-region = 리전: { $region }
# $profile: the profile the link names.
deep-link-unknown-profile = 이 컴퓨터에 이름이 '{ $profile }'인 AWS 프로필이 없으므로 로그인이 실패합니다.
deep-link-queued = 다른 링크가 도착했습니다. 이 링크에 응답하면 표시됩니다.
deep-link-note = 링크에서 Connect SSO에 로그인을 요청했습니다. 예상한 요청인 경우에만 계속하십시오.

## Settings dialog

settings-title = 설정
settings-language = 언어
settings-language-system = 시스템과 동일
settings-zoom = 크기
settings-zoom-hint = 창 어디에서나 Ctrl+= 및 Ctrl+-로 변경하고 Ctrl+0으로 100%로 되돌립니다.
settings-close-to-tray = 닫을 때 트레이로 최소화
settings-close-to-tray-hint = 창을 닫아도 Connect SSO가 트레이에서 계속 실행됩니다.
settings-start-at-login = 컴퓨터 시작 시 자동 실행
settings-sign-in-at-launch = 앱 시작 시 기본 인스턴스에 로그인
settings-default-none = 기본 인스턴스가 설정되어 있지 않습니다.
# $instance: the default instance's name (or ID); $profile: its profile.
settings-default = 기본 인스턴스: { $instance } ('{ $profile }' 프로필)
settings-notifications = 세션 종료 전에 알림 받기
settings-lead-minutes = 세션 종료 전 알림 시간(분)
# $min, $max: the allowed range.
settings-lead-invalid = { $min }에서 { $max } 사이의 분 수를 선택하십시오.
    .hint = 세션이 종료되기 몇 분 전에 Connect SSO가 다시 로그인하도록 알려 줄지 정합니다.
# The region codes in the placeholder are examples: keep them.
settings-extra-regions = 추가 리전
    .placeholder = 예: eu-west-2, ap-southeast-2
settings-extra-regions-hint = 기본 제공 Amazon Connect 리전 외에 추가로 검색합니다. 쉼표나 공백으로 구분하십시오.
# $count: how many entries are not regions; $list: those entries, as typed.
settings-regions-invalid =
    { $count ->
       *[other] 리전 코드가 아님: { $list }
    }
    .hint = 리전 코드는 eu-west-2 또는 ap-southeast-2와 같은 형식입니다.
settings-shortcut = 바로 가기 키: 창 표시 및 검색
settings-shortcut-none = 없음
settings-regions = 검색 대상 리전
settings-policy-note = '{ managed-title }'으로 표시된 필드는 정책 파일에서 설정됩니다.
# $path: where the policy file is.
settings-policy-note-path = '{ managed-title }'으로 표시된 필드는 { $path } 정책 파일에서 설정됩니다.

## The browser an instance opens in ($browser: a product name such as "Google Chrome"; $profile: a browser profile's name)
settings-browser = 브라우저
settings-browser-hint = 자체 브라우저(로그인 카드에서 선택)가 없는 인스턴스는 여기에서 열립니다.
browser-system-default = 시스템 기본 브라우저
browser-same-as-all = 모든 인스턴스와 동일({ $browser })
browser-with-profile = { $browser } — { $profile }
browser-not-installed = { $browser }(설치되지 않음)
browser-private = 시크릿 창
# In the error panel when the chosen browser is gone: focuses the instance's browser picker.
choose-browser = 브라우저 선택
settings-instance-browsers = 자체 브라우저가 있는 인스턴스
settings-instance-browsers-none = 아직 없습니다. 로그인 카드의 “열 브라우저”에서 인스턴스별로 선택하세요.
settings-help = 도움말
settings-help-hint = 헬프데스크용: 앱의 로그와 보낼 진단 파일입니다. 둘 다 토큰이나 암호를 포함하지 않습니다.
settings-open-log-folder = 로그 폴더 열기
settings-save-diagnostics = 진단 정보 저장…
settings-diagnostics-saving = 진단 정보를 저장하는 중…
settings-diagnostics-saved = 진단 정보를 { $path }에 저장했습니다(파일 { $files }개). 이 파일을 헬프데스크에 보내십시오.
sign-in-browser = 열 브라우저
