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

duration-under-a-minute = less than a minute
# $duration: "58 min", "2 hr 5 min"
time-in = in { $duration }
time-ago = { $duration } ago
# Something that has ended (a token, a session). $duration: how long ago, "3 min".
time-expired-ago = expired { $duration } ago
# A time with how far away it is. $time: local clock time ("14:32"); $relative: "in 58 min", "expired 3 min ago".
expiry-time = { $time } ({ $relative })

## Buttons used in several places

button-cancel = Cancel
button-continue = Continue
button-close = Close
sign-in-button = Sign in
signing-in = Signing in…
sign-out-button = Sign out
signing-out = Signing out…

## Header

app-name = Connect SSO
app-subtitle = One-click sign-in to Amazon Connect
settings-button = Settings

## Startup (before the chooser can show)

startup-loading = Reading your AWS profiles…
startup-failed-title = Connect SSO couldn't start
startup-failed-body = The details are shown above. Fix the problem, then try again.
startup-retry = Try again
no-profiles-title = No AWS profiles found
no-profiles-body = Connect SSO signs you in with a profile from your AWS configuration. Add one, then reload:
# $command: the command, shown in code style (the .command attribute). Keep the command as it is.
no-profiles-step-sso = For IAM Identity Center (SSO), run { $command } in a terminal.
    .command = aws configure sso
# $command: as above. NAME stands for a profile name the person chooses: it may be translated, the rest may not.
no-profiles-step-keys = For access keys, run { $command }.
    .command = aws configure --profile NAME
# $section: a section of the AWS config file; $file: that file. Both in code style; only NAME may be translated.
no-profiles-step-file = Or add a { $section } section to { $file }.
    .section = [profile NAME]
    .file = ~/.aws/config
no-profiles-reload = Reload profiles

## Layout

instances-card =
    .aria-label = Amazon Connect instances

## Instance chooser: the search box

search-box = Find an Amazon Connect instance
    .placeholder = Name, ID, account, region or profile
# The keys (↑ ↓ Enter Esc Alt+P) are key names: keep them.
search-help = ↑ ↓ choose · Enter signs in · Esc clears · Alt+P pins
# Next to the search box when nothing is filtered. $total: instances listed.
search-count-all = { $total }
# $shown: instances matching the search; $total: instances listed.
search-count-some = { $shown } of { $total }
# Said by screen readers when typing in the search box pauses. $count: instances that match.
search-results-announce = { $count ->
        [0] No instance matches
        [one] { $count } instance matches
       *[other] { $count } instances match
    }

## Profile picker

profile-picker = AWS profile
profile-all = All profiles
# One profile in the picker. $name: the profile's name; $kind: what it is (profile-kind); $region: its default region
# (or profile-no-region).
profile-option = { $name } — { $kind } · { $region }
# The same, for a profile whose AWS endpoint is overridden.
profile-option-custom-endpoint = { $name } — { $kind } · { $region } · { badge-custom-endpoint }
profile-no-region = no region
profile-no-default-region = no default region
# What kind of AWS profile it is. $kind is a code: keep the variant keys as they are.
profile-kind =
    { $kind ->
        [static] static keys
        [sso] IAM Identity Center
        [role] role
        [process] credential process
       *[other] other
    }
# Under the picker when a profile's AWS endpoint is overridden (also in the sign-in card and the deep link dialog).
custom-endpoint-warning = This profile sends AWS requests to a custom endpoint set in your AWS configuration. Only sign in if you set that up yourself.

## Discovery status (under the profile picker)

# $count: instances listed; $regions: how many AWS regions they are in.
discovery-summary =
    { $count ->
        [0] No instances
        [one] { $count } instance in { $regions ->
            [one] { $regions } region
           *[other] { $regions } regions
        }
       *[other] { $count } instances in { $regions ->
            [one] { $regions } region
           *[other] { $regions } regions
        }
    }
# While a discovery runs. $summary: the discovery-summary line.
discovery-summary-refreshing = { $summary } · refreshing…
discovery-never = Instances not looked up yet
discovery-looking = Looking for instances…
# After the summary. $duration: how long ago the list was brought up to date ("3 min", "2 hr 5 min").
discovery-age = · updated { $duration } ago
discovery-age-just-now = · updated just now
discovery-refresh = Refresh
    .title = Look for instances again in every region
discovery-refreshing = Refreshing…
discovery-errors =
    .aria-label = Discovery problems
# A profile whose instances could not be listed. $profile: its name; $message: what went wrong.
discovery-profile-error = { $profile }: { $message }
# A region that could not be searched. $region: the AWS region code; $message: what went wrong.
discovery-region-error = { $region }: { $message }
# The same when several profiles failed. $profile: the profile's name.
discovery-profile-region-error = { $profile } · { $region }: { $message }

## Instance list

instances-list =
    .aria-label = Amazon Connect instances
list-section-pinned = Pinned
list-section-recent = Recent
list-section-all = All
# $query: what the person typed in the search box.
list-no-match = No instances match “{ $query }”.
list-loading = Looking for Amazon Connect instances…
list-failed-profile = Couldn't list instances for this profile. You can still paste an instance ID or ARN below.
list-failed-all = Couldn't list instances for your profiles. You can still paste an instance ID or ARN below.
list-empty-profile = No Amazon Connect instances found for this profile
list-empty-all = No Amazon Connect instances found
list-empty-hint = If your instance is in another region or account, paste its ID or ARN below.

## One instance in the list

# The star before each row. $label: the instance's name (display name, alias or ID).
pin-toggle-pin =
    .aria-label = Pin { $label }
    .title = Pin to the top
pin-toggle-unpin =
    .aria-label = Unpin { $label }
    .title = Unpin
# The button under the list that pins or unpins the highlighted instance (its accessible name is pin-toggle-….aria-label).
pin-button-pin = Pin
pin-button-unpin = Unpin
# Read by screen readers after a pinned instance's name.
pin-state-pinned = pinned
badge-managed = Managed
badge-default = Default
badge-recent = Recent
badge-custom-endpoint = custom endpoint
# An instance that is not ACTIVE. $status: the AWS status code (keep the variant keys); $fallback: an unknown code
# in plain letters ("Deleting").
instance-status =
    { $status ->
        [CREATION_IN_PROGRESS] Creation in progress
        [CREATION_FAILED] Creation failed
       *[other] { $fallback }
    }
# $type: how the instance manages its users (identity-type).
instance-not-saml = Not SAML — sign-in may fail
    .title = Identity management: { $type }
# $type: the AWS identity management type (keep the variant keys); $fallback: an unknown type in plain letters.
identity-type =
    { $type ->
        [SAML] SAML
        [CONNECT_MANAGED] Connect-managed users
        [EXISTING_DIRECTORY] existing directory
        [unknown] identity type unknown
       *[other] { $fallback }
    }
instance-restricted = Not allowed by your organization
# On anything the IT policy sets (pins, settings); also quoted in settings-policy-note.
managed-title = Managed by your organization

## Paste an instance ID or ARN

# The placeholder shows the shape of an ARN: REGION, ACCOUNT and ID may be translated, the rest may not.
paste-field = Paste an instance ID or ARN
    .placeholder = arn:aws:connect:REGION:ACCOUNT:instance/ID
paste-use = Use
paste-looking-up = Looking up…
paste-help-no-profile = Choose an AWS profile above to look up an ID or ARN.
# $profile: the profile a pasted ID or ARN is looked up with.
paste-help-profile = Looked up with profile { $profile }.

## Sign-in card

sign-in-title = Sign in
sign-in-profile = Profile
sign-in-instance = Instance
# $label: the instance's name; $region: its AWS region code.
instance-with-region = { $label } ({ $region })
sign-in-help-getting-link = Getting a sign-in link from Amazon Connect…
sign-in-help-waiting-sso = Waiting for the IAM Identity Center sign-in…
sign-in-help-renewing = Signing in again from the reminder above…
sign-in-help-no-profiles = Choose an AWS profile first.
sign-in-help-looking = Looking for instances…
sign-in-help-choose = Choose an Amazon Connect instance.
sign-in-help-not-allowed = Not allowed by your organization: choose one of its managed instances.
# $status: the instance's status (instance-status).
sign-in-help-inactive = This instance is not active ({ $status }): sign-in will probably fail.
sign-in-help-not-saml = This instance does not use SAML: sign-in may fail.
sign-in-help-ready = Amazon Connect opens in your browser.
# Before signing in to an instance already signed in with another profile. $name: the instance (alias or ID);
# $profile: the other profile.
duplicate-question = You are already signed in to { $name } with profile { $profile }. Signing in again may end that session.

## Status panel

status-title = Status
status-idle = Not signed in from this window yet.
status-signed-in = Signed in
# $name: the instance (alias or ID); $region: its AWS region code.
status-summary = Signed in to { $name } ({ $region })
status-browser = Browser opened — continue in Amazon Connect there.
status-resumed = Reopened with your stored session — no new sign-in needed.
status-renewed = Stored tokens had expired: signed in again.
# $profile: the profile whose IAM Identity Center sign-in (or MFA code) went through.
status-sso-done = IAM Identity Center sign-in succeeded for profile { $profile }.
status-mfa-done = MFA code accepted for profile { $profile }.
status-user = Connect user
# The AWS identity that signed in. $arn: its ARN.
caller-identity = AWS identity: { $arn }
# When the backend does not know the Connect user.
user-unknown = unknown user
status-profile = Profile
status-access-expires = Access token expires
status-refresh-expires = Refresh token expires
status-expiry-unknown = unknown
status-not-remembered = The keychain is unavailable: this session will not be remembered
# After Sign out. $name: the instance (alias or ID).
status-signed-out = Signed out of { $name }.
status-signed-out-browser = Signed out of { $name }. The Amazon Connect sign-out page opened in your browser.
# After End shift. $count: how many sessions were signed out.
end-shift-done =
    { $count ->
        [one] Shift ended: { $count } session signed out.
       *[other] Shift ended: { $count } sessions signed out.
    }

## Sessions card

sessions-title = Sessions
# The badge after the title. $count: stored sessions.
sessions-count = { $count }
sessions-empty = No saved sessions.
sessions-sign-out-browser = Also sign out of Amazon Connect in the browser
# $name: the instance (alias or ID); $profile: the profile it is signed in with.
session-open = Open
    .aria-label = Open { $name } in the browser (profile { $profile })
session-opening = Opening…
session-sign-out =
    .aria-label = Sign out of { $name } (profile { $profile })
# When the session ends. $time: local clock time; $relative: "in 11 hr", "expired 3 min ago".
session-until = until { $time } ({ $relative })
session-expiry-unknown = expiry unknown
end-shift = End shift
# Asked inline before End shift. $count: stored sessions.
end-shift-question =
    { $count ->
        [one] Sign out of { $count } session?
       *[other] Sign out of all { $count } sessions?
    }
end-shift-confirm = Sign out all

## Banners: errors, notices, reminders, the policy file

# $code: the error's code (for support), in code style.
error-code = Error code { $code }
error-dismiss = Dismiss error
notice-dismiss = Dismiss notice
# When an error has no words of its own.
window-error-unknown = Something went wrong.
    .hint = Try again. If it keeps happening, restart Connect SSO.
# The window could not reach the backend. $detail: what the system said (often English).
window-error-internal = { $detail }
    .hint = Try again. If it keeps happening, restart Connect SSO.
# $detail: why the window cannot listen to the app's events.
reminders-unavailable = Connect SSO can't show reminders in this window before a session ends ({ $detail }).
    .hint = Desktop notifications still warn you. Restart Connect SSO if this keeps happening.
mfa-code = MFA code
mfa-checking = Checking…
sso-login-opening = Opening the browser…
expiring-title-fallback = An Amazon Connect session ends soon
# More reminders behind the one shown. $count: how many.
expiring-more = +{ $count } more
expiring-sign-in = Sign in again
expiring-dismiss = Dismiss this reminder
# For whoever administers the policy file. $message: what is wrong with it; $hint: what to do.
policy-error = Your organization's policy file could not be used: { $message } ({ $hint })
policy-error-no-hint = Your organization's policy file could not be used: { $message }
# $path: where the policy file is.
policy-error-path = Policy file: { $path }
policy-error-note = Connect SSO works with your own settings until it is fixed.
policy-error-dismiss = Dismiss policy problem

## Sign in with IAM Identity Center

sso-login-title = Sign in with IAM Identity Center
sso-login-intro = Your browser opened the IAM Identity Center page. Check that it shows this code, then approve:
sso-login-browser-intro = Approve the sign-in in your browser. It comes back here by itself; there is no code to compare.
sso-login-use-code = Use a code instead
sso-login-waiting = Waiting for approval…
# How long the code shown still works. $duration: "9 min", "less than a minute".
sso-code-valid = Code valid for { $duration }
sso-code-expired = Code expired

## Deep link dialog (a connect-sso:// link asks to sign in)

deep-link-title = Sign in from a link?
# $label: the instance's name; $id: its ID; $profile: the profile the link names.
deep-link-question = Sign in to { $label } ({ $id }) with profile { $profile }?
# The same for an instance without a name.
deep-link-question-id = Sign in to { $id } with profile { $profile }?
# $region: the AWS region code the link gave.
deep-link-region = Region: { $region }
# $profile: the profile the link names.
deep-link-unknown-profile = There is no AWS profile named { $profile } on this computer: the sign-in will fail.
deep-link-queued = Another link arrived. It is shown when you answer this one.
deep-link-note = A link asked Connect SSO to sign you in. Continue only if you expected it.

## Settings dialog

settings-title = Settings
# The language of the app: the system's, or one of the list (each language is named in its own words).
settings-language = Language
settings-language-system = Same as the system
# How large the window draws (a browser's zoom), with the keys that change it.
settings-zoom = Size
settings-zoom-hint = Ctrl+= and Ctrl+- change it anywhere in the window; Ctrl+0 goes back to 100 %.
settings-close-to-tray = Close to tray
settings-close-to-tray-hint = Closing the window keeps Connect SSO running in the tray.
settings-start-at-login = Start at login
settings-sign-in-at-launch = Sign in to my default instance at launch
settings-default-none = No default instance is set.
# $instance: the default instance's name (or ID); $profile: its profile.
settings-default = Default: { $instance } (profile { $profile }).
settings-notifications = Notify me before a session ends
settings-lead-minutes = Minutes before a session ends
# $min, $max: the allowed range.
settings-lead-invalid = Choose between { $min } and { $max } minutes.
    .hint = That many minutes before a session ends, Connect SSO reminds you to sign in again.
# The region codes in the placeholder are examples: keep them.
settings-extra-regions = Extra regions
    .placeholder = e.g. eu-west-2, ap-southeast-2
settings-extra-regions-hint = Searched besides the built-in Amazon Connect regions. Separate them with commas or spaces.
# $count: how many entries are not regions; $list: those entries, as typed.
settings-regions-invalid =
    { $count ->
        [one] Not a region: { $list }.
       *[other] Not regions: { $list }.
    }
    .hint = Regions look like eu-west-2 or ap-southeast-2.
settings-shortcut = Shortcut: show the window and search
settings-shortcut-none = None
settings-regions = Regions searched
settings-policy-note = Fields marked “{ managed-title }” are set by a policy file.
# $path: where the policy file is.
settings-policy-note-path = Fields marked “{ managed-title }” are set by the policy file { $path }.

## The browser an instance opens in ($browser: a product name such as "Google Chrome"; $profile: a browser profile's name)
settings-browser = Browser
settings-browser-hint = Instances open here unless they have a browser of their own (chosen in the Sign in card).
browser-system-default = System default browser
browser-same-as-all = Same as all instances ({ $browser })
browser-with-profile = { $browser } — { $profile }
browser-not-installed = { $browser } (not installed)
browser-private = Private window
# In the error panel when the chosen browser is gone: focuses the instance's browser picker.
choose-browser = Choose a browser
settings-instance-browsers = Instances with their own browser
settings-instance-browsers-none = None yet: choose one for an instance under “Opens in” in the Sign in card.
settings-help = Help
settings-help-hint = For your helpdesk: the app's log, and a diagnostics file to send them. Neither holds a token or password.
settings-open-log-folder = Open log folder
settings-save-diagnostics = Save diagnostics…
settings-diagnostics-saving = Saving diagnostics…
settings-diagnostics-saved = Diagnostics saved to { $path } ({ $files } files). Send this file to your helpdesk.
sign-in-browser = Opens in
