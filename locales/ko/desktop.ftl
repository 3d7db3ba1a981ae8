# The tray menu, desktop notifications and the terminal's words.
# Terms as in window.ftl: instance, profile, sign in / sign out, session, End shift.

## Tray menu

# $sessions: how many stored sessions there are.
tray-tooltip = { $sessions ->
        [0] Connect SSO — 로그인되지 않음
       *[other] Connect SSO — 세션 { $sessions }개
    }
tray-empty = 창에서 인스턴스를 고정하면 여기에 표시됩니다
# $instance: the instance's name.
tray-sign-in = { $instance }에 로그인
tray-signed-in = ● { $instance } — 로그인됨
tray-show = Connect SSO 표시
tray-end-shift = 근무 종료(모든 세션에서 로그아웃)
tray-quit = 종료

## Desktop notifications

# $place: the instance's name.
notification-expiring-title = Amazon Connect 세션 종료 예정: { $place }
# $minutes: whole minutes left (at least 1).
notification-expiring-body = { $minutes ->
       *[other] { $place } ({ $region })의 세션이 { $minutes }분 후에 종료됩니다. 계속 작업하려면 Connect SSO를 열고 다시 로그인하십시오.
    }

## The terminal (connect-sso …, without --json)

# An error: its message, hint and code, on three lines.
cli-error =
    오류: { $message }
      힌트: { $hint }
      코드: { $code }
cli-mfa-prompt = MFA 코드:{ " " }
# $session: cli-place-and-user.
cli-place-and-user = { $place } ({ $region }), Connect 사용자 { $user }
cli-place-unknown-user = { $place } ({ $region }), Connect 사용자 (알 수 없음)
cli-signed-in = 로그인했습니다: { $session }.
cli-signed-in-again = 다시 로그인했습니다: { $session }.
cli-reopened = 저장된 세션으로 다시 열었습니다: { $session }.
cli-browser-opened = 브라우저를 열었습니다.
cli-signed-out = 로그아웃했습니다. { $instance } 인스턴스에 대한 '{ $profile }' 프로필의 토큰을 키체인에서 제거했습니다.
cli-no-session = { $instance } 인스턴스에 대한 '{ $profile }' 프로필의 저장된 세션이 없습니다.
cli-pinned = 고정했습니다: { $instance } ({ $profile }).
cli-unpinned = 고정을 해제했습니다: { $instance } ({ $profile }).
# $removed: how many sessions were removed.
cli-shift-ended = { $removed ->
       *[other] 근무를 종료했습니다. 저장된 세션 { $removed }개를 키체인에서 제거했습니다.
    }
cli-sso-open =
    IAM Identity Center에 로그인하려면 다음 주소를 여십시오:
      { $url }
cli-sso-code = 그리고 페이지에 다음 코드가 표시되는지 확인하십시오: { $code }
cli-sso-browser = 열린 브라우저에서 IAM Identity Center 로그인을 승인하십시오. 브라우저는 자동으로 여기로 돌아옵니다.
cli-sso-waiting = 승인을 기다리는 중…
cli-sso-signed-in = '{ $profile }' 프로필로 IAM Identity Center에 로그인했습니다.
sso-callback-success = IAM Identity Center에 로그인했습니다. 이 탭을 닫고 Connect SSO로 돌아가십시오.
sso-callback-failure = IAM Identity Center 로그인이 완료되지 않았습니다. Connect SSO로 돌아가 이유를 확인하십시오.
cli-exported = '{ $profile }' 프로필을 { $path }에 추가했습니다.
cli-diagnostics-saved = 진단 정보를 { $path }에 저장했습니다(파일 { $files }개, { $kib }KiB). 이 파일을 헬프데스크에 보내십시오. 토큰이나 암호는 포함되어 있지 않습니다.
diagnostics-save-title = 헬프데스크용 진단 정보 저장
# $access and $refresh: cli-expiry-at or cli-expiry-unknown.
cli-expiry = 액세스 토큰 만료: { $access }, 새로 고침 토큰 만료: { $refresh }.
# $time: a UTC time ("2026-11-28 10:23 UTC"); $relative: cli-relative-in or cli-relative-ago.
cli-expiry-at = { $time } ({ $relative })
cli-expiry-unknown = 알 수 없음
cli-span-minutes = { $minutes }분
cli-span-hours = { $hours }시간 { $minutes }분
cli-relative-in = { $span } 후
cli-relative-ago = { $span } 전에 만료됨
cli-session-line = { $session } [프로필 { $profile }]
cli-no-sessions = 저장된 세션이 없습니다.
cli-no-profiles = AWS 프로필이 없습니다. `aws configure sso` 명령으로 또는 ~/.aws/config에 프로필을 추가하십시오.
cli-no-instances = '{ $profile }' 프로필의 리전에서 이 프로필로 볼 수 있는 Amazon Connect 인스턴스가 없습니다.
cli-column-profile = 프로필
cli-column-kind = 유형
cli-column-region = 리전
cli-column-endpoint = 엔드포인트
cli-column-alias = 별칭
cli-column-id = ID
cli-column-identity = 신원
cli-column-status = 상태
cli-column-browser = 브라우저
cli-column-name = 이름
cli-column-browser-profiles = 프로필
cli-column-path = 경로
# In the PATH column of `connect-sso browsers`.
cli-browser-not-installed = 설치되지 않음
cli-endpoint-custom = 사용자 지정
cli-endpoint-aws = aws
cli-kind-static = 정적 키
cli-kind-sso = IAM Identity Center
cli-kind-role = 역할
cli-kind-process = 자격 증명 프로세스
cli-kind-other = 기타
# $list: cli-list-fresh or cli-list-cached.
cli-regions-searched = { $regions ->
       *[other] 리전 { $regions }개 검색, { $failed }개 실패, 목록: { $list }.
    }
cli-list-fresh = 방금 가져옴
cli-list-cached = { $seconds }초 전에 캐시됨(--refresh로 다시 조회)
cli-region-warning = 경고: { $region }: { $message } ({ $code })
# $names: the locked settings' keys, comma-separated; $restricted: "yes" when sign-in is limited to the listed instances.
cli-policy-valid = { $path }: 유효한 Connect SSO 정책입니다. 인스턴스 { $instances }개, 잠긴 설정 { $locked }개{ $locked ->
        [0] {""}
       *[other] { " " }({ $names })
    }{ $restricted ->
        [yes] , 이 인스턴스에만 로그인 허용
       *[no] {""}
    }.
cli-policy-unusable =
    { $message }
      힌트: { $hint }
cli-policy-applies = { $path }의 정책이 적용됩니다.
cli-policy-none = 정책 없음: { $path } 파일이 없습니다.
cli-policy-no-location = 이 OS에는 정책 위치가 없습니다.

## The desktop entry (the Linux menu; one line each, no arguments)

desktop-entry-generic-name = Amazon Connect 로그인
desktop-entry-comment = 클릭 한 번으로 Amazon Connect에 로그인
# Search words for the menu, separated by semicolons.
desktop-entry-keywords = Amazon Connect;AWS;SSO;로그인;컨택 센터;
