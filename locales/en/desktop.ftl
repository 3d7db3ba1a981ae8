# The tray menu, desktop notifications and the terminal's words.
# Terms as in window.ftl: instance, profile, sign in / sign out, session, End shift.

## Tray menu

# $sessions: how many stored sessions there are.
tray-tooltip = { $sessions ->
        [0] Connect SSO — not signed in
        [one] Connect SSO — { $sessions } session
       *[other] Connect SSO — { $sessions } sessions
    }
tray-empty = Pin instances in the window to list them here
# $instance: the instance's name.
tray-sign-in = Sign in to { $instance }
tray-signed-in = ● { $instance } — signed in
tray-show = Show Connect SSO
tray-end-shift = End shift (sign out everywhere)
tray-quit = Quit

## Desktop notifications

# $place: the instance's name.
notification-expiring-title = Amazon Connect session ending: { $place }
# $minutes: whole minutes left (at least 1).
notification-expiring-body = { $minutes ->
        [one] Your session on { $place } ({ $region }) ends in { $minutes } min. Open Connect SSO and sign in again to keep working.
       *[other] Your session on { $place } ({ $region }) ends in { $minutes } min. Open Connect SSO and sign in again to keep working.
    }

## The terminal (connect-sso …, without --json)

# An error: its message, hint and code, on three lines.
cli-error =
    error: { $message }
      hint: { $hint }
      code: { $code }
cli-mfa-prompt = MFA code:{ " " }
# $session: cli-place-and-user.
cli-place-and-user = { $place } ({ $region }) as Connect user { $user }
cli-place-unknown-user = { $place } ({ $region }) as Connect user (unknown)
cli-signed-in = Signed in to { $session }.
cli-signed-in-again = Signed in again to { $session }.
cli-reopened = Reopened { $session } with the stored session.
cli-browser-opened = The browser was opened.
cli-signed-out = Signed out: the tokens of '{ $profile }' on { $instance } were removed from the keychain.
cli-no-session = No stored session for '{ $profile }' on { $instance }.
cli-pinned = Pinned { $instance } ({ $profile }).
cli-unpinned = Unpinned { $instance } ({ $profile }).
# $removed: how many sessions were removed.
cli-shift-ended = { $removed ->
        [one] Shift ended: { $removed } stored session removed from the keychain.
       *[other] Shift ended: { $removed } stored sessions removed from the keychain.
    }
cli-sso-open =
    To sign in to IAM Identity Center, open:
      { $url }
cli-sso-code = and check that the page shows this code: { $code }
cli-sso-browser = Approve the IAM Identity Center sign-in in the browser that opened; it comes back here by itself.
cli-sso-waiting = Waiting for approval…
cli-sso-signed-in = Signed in to IAM Identity Center for profile '{ $profile }'.
# The page the browser shows when it comes back to the app after an IAM Identity Center sign-in.
sso-callback-success = You are signed in to IAM Identity Center. You can close this tab and return to Connect SSO.
sso-callback-failure = The IAM Identity Center sign-in did not complete. Return to Connect SSO to see why.
cli-exported = Profile '{ $profile }' was added to { $path }.
cli-diagnostics-saved = Diagnostics saved to { $path } ({ $files } files, { $kib } KiB). Send this file to your helpdesk: it holds no token or password.
diagnostics-save-title = Save diagnostics for your helpdesk
# $access and $refresh: cli-expiry-at or cli-expiry-unknown.
cli-expiry = Access token expires { $access }; refresh token { $refresh }.
# $time: a UTC time ("2026-11-28 10:23 UTC"); $relative: cli-relative-in or cli-relative-ago.
cli-expiry-at = { $time } ({ $relative })
cli-expiry-unknown = unknown
cli-span-minutes = { $minutes } min
cli-span-hours = { $hours } h { $minutes } min
cli-relative-in = in { $span }
cli-relative-ago = expired { $span } ago
cli-session-line = { $session } [profile { $profile }]
cli-no-sessions = No stored sessions.
cli-no-profiles = No AWS profiles found. Add one with `aws configure sso` or in ~/.aws/config.
cli-no-instances = No Amazon Connect instances visible to profile '{ $profile }' in its region.
cli-column-profile = PROFILE
cli-column-kind = KIND
cli-column-region = REGION
cli-column-endpoint = ENDPOINT
cli-column-alias = ALIAS
cli-column-id = ID
cli-column-identity = IDENTITY
cli-column-status = STATUS
cli-column-browser = BROWSER
cli-column-name = NAME
cli-column-browser-profiles = PROFILES
cli-column-path = PATH
# In the PATH column of `connect-sso browsers`.
cli-browser-not-installed = not installed
cli-endpoint-custom = custom
cli-endpoint-aws = aws
cli-kind-static = static keys
cli-kind-sso = IAM Identity Center
cli-kind-role = role
cli-kind-process = credential process
cli-kind-other = other
# $list: cli-list-fresh or cli-list-cached.
cli-regions-searched = { $regions ->
        [one] { $regions } region searched, { $failed } failed; list { $list }.
       *[other] { $regions } regions searched, { $failed } failed; list { $list }.
    }
cli-list-fresh = fetched now
cli-list-cached = from { $seconds } s ago (--refresh asks again)
cli-region-warning = warning: { $region }: { $message } ({ $code })
# $names: the locked settings' keys, comma-separated; $restricted: "yes" when sign-in is limited to the listed instances.
cli-policy-valid = { $path } is a valid Connect SSO policy: { $instances } instance(s), { $locked } locked setting(s){ $locked ->
        [0] {""}
       *[other] { " " }({ $names })
    }{ $restricted ->
        [yes] , sign-in restricted to them
       *[no] {""}
    }.
cli-policy-unusable =
    { $message }
      hint: { $hint }
cli-policy-applies = The policy at { $path } applies.
cli-policy-none = No policy: { $path } does not exist.
cli-policy-no-location = No policy location on this OS.

## The desktop entry (the Linux menu; one line each, no arguments)

desktop-entry-generic-name = Amazon Connect sign-in
desktop-entry-comment = One-click Amazon Connect sign-in
# Search words for the menu, separated by semicolons.
desktop-entry-keywords = Amazon Connect;AWS;SSO;sign-in;contact center;
