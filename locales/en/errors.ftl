# Error messages and their hints. Each message says what happened (naming the profile or the
# instance); its .hint says the next step. Shared by the window and the terminal.
# Arguments are data and stay as they are: profile names, instance names, what AWS said.

error-internal = Something went wrong inside Connect SSO: { $detail }
    .hint = This is a bug in Connect SSO. Run again with CONNECT_SSO_LOG=debug and report what it prints.

error-language-unknown = Connect SSO does not speak “{ $language }”.
    .hint = Pick a language from the list in Settings.

## Pieces other messages are built from

# A data value shown as it is.
data = { $value }
# An instance with its alias: "acme-support (a1b2…)".
instance-with-alias = { $alias } ({ $id })
instance-none = (none)
region-of-profile = the profile's region
# What AWS said, after our sentence (note the leading space in English).
aws-says = { " " }AWS says: { $message }
bad-response-unparsed = the response could not be parsed
bad-response-unread = the response could not be read
bad-response-no-description = the instance description is missing
bad-response-no-sign-in-url = it has no sign-in URL
bad-response-no-credentials = it has no credentials
bad-response-no-access-token = it has no access token

## Amazon Connect refused

error-resource-not-found = Instance { $instance } was not found in { $region } for profile '{ $profile }'.
    .hint = Check the instance ID, or paste the instance ARN so the right account and region are used.
error-user-not-found = No Amazon Connect user on instance { $instance } matches the identity of profile '{ $profile }'.
    .hint = For SAML sign-in the role session name must equal your Connect username exactly (case-sensitive). Ask your Connect administrator to check your user. Set-up guide: docs/aws-setup.md#connect-usernames
# The same error when AWS said who the caller is. $arn: the caller's ARN; $session: session-name-shown, or nothing.
error-user-not-found-seen = { error-user-not-found }
    .hint = AWS sees you as { $arn }{ $session }. { error-user-not-found.hint }
session-name-shown = { " " }(session name '{ $name }')
# $aws: what AWS said (may be empty). $saml: "yes" when AWS's message is about SAML.
error-invalid-request = Amazon Connect refused the sign-in request for instance { $instance }.{ $aws }
    .hint = { $saml ->
        [yes] Federated sign-in needs an instance set up for SAML 2.0 identity management. Ask your Connect administrator.
       *[no] Check the instance with your Connect administrator.
    }
error-invalid-parameter = Amazon Connect rejected a parameter for instance { $instance }.{ $aws }
    .hint = Check the instance ID or ARN.
error-duplicate-resource = Amazon Connect reports a duplicate user for profile '{ $profile }' on instance { $instance }.{ $aws }
    .hint = Ask your Connect administrator to check that your user exists only once.
# $resource: the IAM resource ARN to allow, as it is.
error-access-denied = Profile '{ $profile }' is not allowed to sign in to instance { $instance }.{ $aws }
    .hint = Ask your AWS administrator to allow connect:GetFederationToken on { $resource }. Set-up guide: docs/aws-setup.md#the-agent-policy
error-user-not-onboarded = Your user is not onboarded to instance { $instance } yet.
    .hint = Ask your Connect administrator to onboard your user to this (Global Resiliency) instance.
error-root-not-allowed = Profile '{ $profile }' uses the account's root credentials, which cannot sign in to Amazon Connect.
    .hint = Use an IAM role (or IAM user) whose session name matches your Connect username.

## Network or service

error-internal-service = Amazon Connect in { $region } had an internal error, also after retrying.
    .hint = Try again in a minute. If it persists, check the AWS Health Dashboard.
error-throttled = Amazon Connect is throttling requests for profile '{ $profile }', also after retrying.
    .hint = Wait a few seconds and try again.
# $code: the error code AWS sent, as it is.
error-unexpected-service-error = Amazon Connect answered with an unexpected error { $code } for instance { $instance }.{ $aws }
    .hint = Try again; if it persists, report this message.
# $what: bad-response-unparsed or bad-response-unread.
error-bad-response = Amazon Connect sent an unusable answer for instance { $instance }: { $what }.
    .hint = Try again; if it persists, report this message.
error-timeout = Amazon Connect in { $region } did not answer in time.
    .hint = The network is slow or Connect is not answering: try again. Timeouts can be raised in settings.
error-offline = Cannot reach Amazon Connect in { $region }: this computer looks offline.
    .hint = Check your internet connection, VPN or proxy, then try again.
error-network = The connection to Amazon Connect in { $region } broke during the call.
    .hint = Try again; if it keeps happening, check your VPN or proxy.
error-folder-open-failed = The folder { $path } could not be opened.
    .hint = Open it yourself in the file manager; `connect-sso doctor` also prints where the log is.
error-diagnostics-unwritable = The diagnostics could not be saved to { $path }: { $reason }
    .hint = Choose a folder you can write to, such as your Documents or Desktop.
error-host-unreachable = Cannot reach { $host } from this computer.
    .hint = Check the network, VPN or proxy (HTTPS_PROXY, NO_PROXY), then try again.
error-proxy-invalid = The proxy address { $proxy } { $source ->
        [policy] in the IT policy
       *[other] in { $source }
    } is not a valid URL.
    .hint = Fix it there: a proxy address looks like http://proxy.example.com:8080.
error-proxy-failed = The proxy { $proxy } did not let the call through to AWS.
    .hint = Check that the proxy is running and allows *.amazonaws.com; ask IT, or list hosts that must go direct in NO_PROXY.
error-proxy-auth-required = The proxy { $proxy } asks for a user name and password.
    .hint = Put them in the proxy address (http://user:password@host:port) in HTTPS_PROXY or the IT policy, or ask IT to let this app through.
error-tls-untrusted = This computer does not trust the certificate of { $host }.
    .hint = If your network inspects TLS, set AWS_CA_BUNDLE (or ca_bundle in the AWS profile) to your company's CA certificate file (PEM).
error-ca-bundle-unreadable = The CA bundle { $path } ({ $source }) cannot be used: { $reason }
    .hint = Point { $source } at a readable PEM file with your company's CA certificates, or remove it.

## Credentials and AWS set-up

# $code: the error code AWS sent. $quoted: the profile name quoted for a shell.
error-credentials-rejected = AWS rejected the credentials of profile '{ $profile }' ({ $code }).
    .hint = They are expired or wrong: refresh them (for example `aws configure --profile { $quoted }`) and try again.
error-clock-skew = AWS refused the request because this computer's clock is wrong.
    .hint = Turn on automatic time (for example `timedatectl set-ntp true`) and try again.
error-no-region = Profile '{ $profile }' does not say which AWS region to use.
    .hint = Add `region = ...` to the profile in ~/.aws/config, or paste the instance ARN, which names its region.
error-credential-process-timeout = The credential_process of profile '{ $profile }' did not finish within { $seconds } s.
    .hint = Run the profile's credential_process command by hand: it may be waiting for input it cannot get here.
error-credentials-timeout = Loading the credentials of profile '{ $profile }' took longer than { $seconds } s.
    .hint = Check your network and the profile's credential source, then try again.
error-sso-expired = The IAM Identity Center sign-in of profile '{ $profile }' is missing or expired.
    .hint = Run `aws sso login --profile { $quoted }` and try again.
    .window-hint = Choose Sign in with IAM Identity Center: the app opens the sign-in page in your browser and lists the instances once you approve.
# $detail: what the credential process or the SDK said, as it is.
error-credential-process-failed = The credential_process of profile '{ $profile }' failed: { $detail }
    .hint = Run the profile's credential_process command by hand to see its error; it must print JSON credentials.
error-no-credentials = Profile '{ $profile }' has no usable AWS credentials: { $detail }
    .hint = Run `aws configure --profile { $quoted }`, or ask IT for a profile with Amazon Connect access.
error-profile-not-found = There is no AWS profile named '{ $profile }'.
    .hint = Pick a profile from the list, or add it with `aws configure sso` or to ~/.aws/config.
# $detail: the parser's message, naming the file and line.
error-aws-config-invalid = The AWS config files cannot be read: { $detail }
    .hint = Fix the line named above in ~/.aws/config or ~/.aws/credentials (or the files AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE point to).
# $service: the AWS service's name ("Amazon Connect", "AWS STS"…).
error-endpoint-invalid = Profile '{ $profile }' sends { $service } calls to '{ $url }', which is not a URL.
    .hint = Set AWS_ENDPOINT_URL* or the profile's endpoint_url to an https:// address, or remove it to use AWS's own endpoint.
error-custom-endpoint-forbidden = Profile '{ $profile }' sends { $service } calls to a custom endpoint, which your organization's policy does not allow.
    .hint = Remove endpoint_url and services sections from the profile (and AWS_ENDPOINT_URL* from the environment), or ask your IT department.

## Finding instances

error-region-timeout = { $region } did not answer within { $seconds } s.
    .hint = The other regions are listed; refresh later to try this one again.
error-discovery-cache-unwritable = The instance list could not be cached: { $detail }
    .hint = Discovery still works; check that the settings folder is writable.

## IAM Identity Center and MFA

error-not-sso-profile = Profile '{ $profile }' does not use IAM Identity Center.
    .hint = Pick a profile with sso_session (or sso_start_url) in ~/.aws/config.
error-sso-login-none = No IAM Identity Center sign-in is in progress for profile '{ $profile }'.
    .hint = Start the sign-in again.
error-sso-login-cancelled = The IAM Identity Center sign-in was cancelled.
    .hint = Start it again when you are ready.
# $start_url: the IAM Identity Center portal's address.
error-sso-login-denied = The IAM Identity Center sign-in for { $start_url } was denied.
    .hint = If that was not you, tell IT. Otherwise start the sign-in again and approve it.
error-sso-login-expired = The IAM Identity Center sign-in for { $start_url } was not approved in time.
    .hint = Start it again and approve it in the browser within a few minutes.
# $detail: what IAM Identity Center said, as it is.
error-sso-refused = IAM Identity Center ({ $start_url }) refused the sign-in: { $detail }
    .hint = Check the profile's sso_start_url and sso_region with IT, then try again.
error-sso-state-mismatch = The browser came back with an IAM Identity Center answer that does not belong to this sign-in; it was refused.
    .hint = Start the sign-in again from Connect SSO. If this keeps happening, tell IT.
# $error: the OAuth error code IAM Identity Center sent back, such as invalid_request.
error-sso-authorize-failed = IAM Identity Center ({ $start_url }) ended the browser sign-in with the error { $error }.
    .hint = Start the sign-in again, or use a code instead (`connect-sso sso-login --use-device-code`).
error-sso-code-refused = IAM Identity Center ({ $start_url }) did not accept the browser sign-in's authorization code.
    .hint = Start the sign-in again. If it keeps failing, use a code instead (`connect-sso sso-login --use-device-code`).
error-untrusted-verification-url = The IAM Identity Center verification page is not on an AWS sign-in host; it was not opened.
    .hint = Check the profile's sso_start_url with IT.
error-sso-cache-unwritable = The IAM Identity Center token could not be saved to { $path }: { $detail }
    .hint = Check that ~/.aws/sso/cache is writable.
# $device: the MFA device's ARN.
error-mfa-required = Profile '{ $profile }' needs a one-time MFA code for { $device }.
    .hint = Type the six-digit code from your authenticator app; it is asked once per shift.
error-mfa-format = An MFA code is six digits.
    .hint = Type the code your authenticator app shows now.
error-mfa-refused = AWS did not accept that MFA code for profile '{ $profile }'.
    .hint = Type the current code of the device { $device } (codes change every 30 seconds).
error-mfa-not-needed = Profile '{ $profile }' is not a role with an MFA device (mfa_serial).
    .hint = Pick the profile again; no code is needed for it.

## App profiles

error-app-profile-not-found = There is no app profile named '{ $profile }' in the settings.
    .hint = `connect-sso profiles` lists the profiles; app profiles come from the settings file.
# $field: the name of the field, as in the settings file.
error-app-profile-invalid = App profile '{ $profile }' was not exported: its { $field } is not valid.
    .hint = Nothing was written. Correct the app profile in the settings file first.
error-export-exists = { $path } already has a profile or sso-session named '{ $profile }'.
    .hint = Nothing was changed. Remove or rename that section first.
error-aws-config-unwritable = { $path } could not be written: { $detail }
    .hint = Check that the AWS config file is writable.

## What was typed or chosen

error-profile-name-invalid = That is not a valid AWS profile name.
    .hint = Pick a profile from the list (`connect-sso profiles` lists them).
error-instance-too-long = The instance ID or ARN is too long.
    .hint = { -instance-hint }
# $input: what was pasted (its first 80 characters).
error-instance-not-id-or-arn = '{ $input }' is neither an instance ID nor an instance ARN.
    .hint = { -instance-hint }
error-instance-bad-arn = '{ $input }' is not a valid Amazon Connect instance ARN.
    .hint = { -instance-hint }
-instance-hint = Paste the instance ID (like 12345678-abcd-…) or the instance ARN from the Amazon Connect console.
error-no-instance-given = No instance given and none used before.
    .hint = Pass --instance ID_OR_ARN (`connect-sso instances` lists them).
error-too-many-regions = At most { $max } extra regions can be added.
    .hint = Remove regions you do not use.
error-region-invalid = '{ $region }' is not an AWS region code.
    .hint = Region codes look like eu-west-3 or ap-south-1.
error-lead-minutes-range = The reminder lead time must be between 1 and 120 minutes.
    .hint = Enter a number of minutes from 1 to 120.
error-zoom-unknown = { $percent } % is not one of the window sizes Connect SSO offers.
    .hint = Use Ctrl+= and Ctrl+- (or the size in Settings).
# $reason: the MFA error's own message.
error-mfa-in-a-script = { $reason }
    .hint = Pass --mfa-code-stdin and write the six-digit code from your authenticator app to standard input.

## Settings and the IT policy

# $setting: the setting's key, as in the policy file ("closeToTray").
error-setting-managed = '{ $setting }' is managed by your organization and cannot be changed here.
    .hint = Ask your IT department if it needs to be different.
# $detail: what is wrong, for IT, as the checker or the system says it.
error-policy-invalid = The IT policy file { $path } cannot be used: { $detail }.
    .hint = Your own settings apply until it is fixed. IT: `connect-sso policy validate FILE` shows the mistake; the schema is docs/policy.schema.json.
error-policy-file-missing = { $path } does not exist.
    .hint = Give the path of the policy file to check.
error-app-profile-unused = The app profile '{ $profile }' in the settings is not used: its { $field } is not valid.
    .hint = Correct it in { $path } (or ask your IT department, if they set it up); the other profiles work as usual.

## connect-sso doctor

error-doctor-root = Profile '{ $profile }' uses the account's root user ({ $arn }), which cannot sign in to Amazon Connect.
    .hint = Use an IAM role or IAM Identity Center profile instead.
error-doctor-connect-user-missing = No Amazon Connect user named '{ $username }' exists on instance { $instance }.
    .hint = Create it with exactly that username (case-sensitive), or make the session name match an existing user. Set-up guide: docs/aws-setup.md#connect-usernames
error-doctor-region-unknown = { $region } is not a region where Amazon Connect is known to run.
    .hint = Use the instance's region in the profile, or add the region to extraRegions in the settings if Amazon Connect has just launched there.

## The sign-in URL, the browser, links

# Why a sign-in URL was not opened ($reason of error-untrusted-sign-in-url).
url-reason-too-long = it is too long
url-reason-characters = it contains characters a URL must not
url-reason-host-encoded = its host is encoded or not plain ASCII
url-reason-user-info = it carries user information
url-reason-not-https = it is not https
url-reason-port = it names a port
url-reason-ip-host = its host is an IP address
url-reason-no-host = it has no host
url-reason-trailing-dot = its host ends with a dot
url-reason-bad-dns = its host is not a valid DNS name
url-reason-not-connect-host = its host is not an Amazon Connect sign-in host
url-reason-awsapps-path = on awsapps.com only Amazon Connect's own /connect pages are opened
url-reason-not-instance-host = its host is not the instance's access URL host
# Why a connect-sso:// link was refused ($reason of error-deep-link-invalid).
link-reason-too-long = it is too long
link-reason-characters = it contains spaces or control characters
link-reason-not-a-link = it is not a link
link-reason-scheme = it is not a connect-sso:// link
link-reason-action = the only action is sign-in
link-reason-extra-parts = it has parts a sign-in link never has
link-reason-unknown-key = it has a key other than profile and instance
link-reason-repeated-key = a key appears twice
link-reason-no-profile = it names no profile
link-reason-no-instance = it names no instance
link-reason-bad-profile = its profile name is not valid
link-reason-bad-instance = its instance is not an instance ID or ARN
error-untrusted-sign-in-url = The sign-in URL from Amazon Connect was not opened: { $reason }.
    .hint = Nothing was opened. If you use a custom endpoint, check it (profile badge); otherwise report this.
error-deep-link-invalid = This Connect SSO link was not used: { $reason }.
    .hint = Ask whoever sent it for a link of the form connect-sso://sign-in?profile=NAME&instance=ID.
error-no-url-launcher = No URL launcher (xdg-open) is installed, so no browser can be opened.
    .hint = Install xdg-utils (Debian/Ubuntu: sudo apt install xdg-utils) and set a default browser.
browser-reason-no-launcher = no URL launcher (xdg-open) is installed
browser-reason-launcher-failed = the system's URL launcher failed
error-browser-failed = The browser could not be opened: { $reason }.
    .hint = Install or set a default web browser (on Linux: xdg-utils and `xdg-settings set default-web-browser`), then sign in again.
# $next: what still holds (one of the browser-timeout-after-… messages).
error-browser-timeout = The browser did not pick up the page within { $seconds } s.
    .hint = Check that a default browser is set and starts. { $next }
browser-timeout-after-sign-in = The session is stored: `connect-sso open` opens it in the browser again.
browser-timeout-after-open = The session is still stored: run `connect-sso open` again.
browser-timeout-after-sign-out = The tokens were removed from the keychain; sign out in the Amazon Connect tab of your browser.
error-instance-not-allowed = Your organization allows sign-in only to the instances it lists; { $instance } with profile '{ $profile }' is not one of them.
    .hint = Pick one of the instances marked Managed, or ask your IT department.
error-logout-page-unknown = The tokens were removed, but this session's Amazon Connect address is unknown, so its browser logout page cannot be opened.
    .hint = Sign out in the Amazon Connect tab of your browser.

## The keychain and the settings file

# $detail: what the keychain said, as it is.
error-keychain-locked = The keychain is locked or refused access: { $detail }
    .hint = Unlock your keychain (on Linux: the login keyring in Passwords and Keys / Seahorse) and try again.
error-keychain-unavailable = The keychain is not available: { $detail }
    .hint = On Linux, install and start a Secret Service such as gnome-keyring (apt install gnome-keyring) and sign in again.
error-keychain-mock = This build of Connect SSO has no native keychain store.
    .hint = Reinstall Connect SSO from an official package.
error-keychain-connection-broke = The keychain connection broke twice in a row.
    .hint = Restart the keyring service (or log out and in), then sign in again.
error-keychain-probe-failed = The keychain accepted an entry but did not give it back.
    .hint = Restart the keyring service (or log out and in), then run `connect-sso doctor` again.
# $entry: the entry's name in the keychain.
error-keychain-entry-damaged = A Connect SSO entry in the keychain is damaged and cannot be read ({ $entry }).
    .hint = Sign out of that session (or end the shift) to remove it, then sign in again.
error-keychain-value-too-large = A { $bytes }-byte value is larger than the keychain entries Connect SSO writes.
    .hint = Report this: Amazon Connect tokens are far smaller.
error-keychain-refused-size = The keychain refused a { $bytes }-byte value.
    .hint = This store has a size limit.
error-settings-unwritable = Settings could not be saved to { $path }: { $detail }
    .hint = Check that the folder exists and is writable (disk full?). Your sign-in itself is not affected.
# $moved: settings-moved-to, or nothing.
error-settings-corrupt = The settings file { $path } could not be read ({ $detail }); defaults were loaded.{ $moved }
    .hint = Pick your profile and instance again; they will be saved to a fresh file.
settings-moved-to = { " " }It was moved to { $path }.

## Browsers chosen per instance ($browser: a product name such as "Google Chrome")
browser-reason-program-failed = { $browser } did not start
error-browser-not-installed = { $browser }, chosen for this instance, is not installed on this computer.
    .hint = Choose another browser for the instance (or the default browser) in the window or in Settings, or install { $browser }. In a script: --browser default.
# $known: one of the browser-profiles-… messages.
error-browser-profile-not-found = { $browser } has no profile named “{ $profile }”.
    .hint = { $known }
browser-profiles-none = It lists no profiles yet: start it once. Or choose no profile for the instance.
browser-profiles-known = Its profiles: { $profiles }. Choose one of them, or none, for the instance.
error-browser-choice-invalid = This browser choice cannot be used: { $detail }.
    .hint = Choose a browser first; a profile and a private window belong to a browser.
