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

duration-under-a-minute = 不到一分鐘
# $duration: "58 min", "2 hr 5 min"
time-in = { $duration }後
time-ago = { $duration }前
# Something that has ended (a token, a session). $duration: how long ago, "3 min".
time-expired-ago = { $duration }前已過期
# A time with how far away it is. $time: local clock time ("14:32"); $relative: "in 58 min", "expired 3 min ago".
expiry-time = { $time }（{ $relative }）

## Buttons used in several places

button-cancel = 取消
button-continue = 繼續
button-close = 關閉
sign-in-button = 登入
signing-in = 正在登入…
sign-out-button = 登出
signing-out = 正在登出…

## Header

app-name = Connect SSO
app-subtitle = 一鍵登入 Amazon Connect
settings-button = 設定

## Startup (before the chooser can show)

startup-loading = 正在讀取 AWS 設定檔…
startup-failed-title = Connect SSO 無法啟動
startup-failed-body = 詳細資訊如上所示。解決問題後再試一次。
startup-retry = 再試一次
no-profiles-title = 找不到 AWS 設定檔
no-profiles-body = Connect SSO 會使用您 AWS 組態中的設定檔為您登入。新增一個設定檔，然後重新載入：
# $command: the command, shown in code style (the .command attribute). Keep the command as it is.
no-profiles-step-sso = 若要使用 IAM Identity Center（SSO），在終端機中執行 { $command }。
    .command = aws configure sso
# $command: as above. NAME stands for a profile name the person chooses: it may be translated, the rest may not.
no-profiles-step-keys = 若要使用存取金鑰，執行 { $command }。
    .command = aws configure --profile 名稱
# $section: a section of the AWS config file; $file: that file. Both in code style; only NAME may be translated.
no-profiles-step-file = 或在 { $file } 中新增 { $section } 區段。
    .section = [profile 名稱]
    .file = ~/.aws/config
no-profiles-reload = 重新載入設定檔

## Layout

instances-card =
    .aria-label = Amazon Connect 執行個體

## Instance chooser: the search box

search-box = 尋找 Amazon Connect 執行個體
    .placeholder = 名稱、ID、帳戶、區域或設定檔
# The keys (↑ ↓ Enter Esc Alt+P) are key names: keep them.
search-help = ↑ ↓ 選擇 · Enter 登入 · Esc 清除 · Alt+P 釘選
# Next to the search box when nothing is filtered. $total: instances listed.
search-count-all = { $total }
# $shown: instances matching the search; $total: instances listed.
search-count-some = { $shown } / { $total }
search-results-announce = { $count ->
        [0] 沒有相符的執行個體
       *[other] 有 { $count } 個執行個體相符
    }

## Profile picker

profile-picker = AWS 設定檔
profile-all = 所有設定檔
# One profile in the picker. $name: the profile's name; $kind: what it is (profile-kind); $region: its default region
# (or profile-no-region).
profile-option = { $name } — { $kind } · { $region }
# The same, for a profile whose AWS endpoint is overridden.
profile-option-custom-endpoint = { $name } — { $kind } · { $region } · { badge-custom-endpoint }
profile-no-region = 無區域
profile-no-default-region = 無預設區域
# What kind of AWS profile it is. $kind is a code: keep the variant keys as they are.
profile-kind =
    { $kind ->
        [static] 靜態金鑰
        [sso] IAM Identity Center
        [role] 角色
        [process] 憑證程序
       *[other] 其他
    }
# Under the picker when a profile's AWS endpoint is overridden (also in the sign-in card and the deep link dialog).
custom-endpoint-warning = 此設定檔會將 AWS 請求傳送到您 AWS 組態中設定的自訂端點。除非這是您自己設定的，否則請勿登入。

## Discovery status (under the profile picker)

# $count: instances listed; $regions: how many AWS regions they are in.
discovery-summary =
    { $count ->
        [0] 沒有執行個體
       *[other] { $regions } 個區域中的 { $count } 個執行個體
    }
# While a discovery runs. $summary: the discovery-summary line.
discovery-summary-refreshing = { $summary } · 正在重新整理…
discovery-never = 尚未查詢執行個體
discovery-looking = 正在尋找執行個體…
# After the summary. $duration: how long ago the list was brought up to date ("3 min", "2 hr 5 min").
discovery-age = · { $duration }前更新
discovery-age-just-now = · 剛剛更新
discovery-refresh = 重新整理
    .title = 在所有區域中重新尋找執行個體
discovery-refreshing = 正在重新整理…
discovery-errors =
    .aria-label = 執行個體探索問題
# A profile whose instances could not be listed. $profile: its name; $message: what went wrong.
discovery-profile-error = { $profile }：{ $message }
# A region that could not be searched. $region: the AWS region code; $message: what went wrong.
discovery-region-error = { $region }：{ $message }
# The same when several profiles failed. $profile: the profile's name.
discovery-profile-region-error = { $profile } · { $region }：{ $message }

## Instance list

instances-list =
    .aria-label = Amazon Connect 執行個體
list-section-pinned = 已釘選
list-section-recent = 最近使用
list-section-all = 全部
# $query: what the person typed in the search box.
list-no-match = 沒有符合「{ $query }」的執行個體。
list-loading = 正在尋找 Amazon Connect 執行個體…
list-failed-profile = 無法列出此設定檔的執行個體。您仍可在下方貼上執行個體 ID 或 ARN。
list-failed-all = 無法列出您設定檔的執行個體。您仍可在下方貼上執行個體 ID 或 ARN。
list-empty-profile = 此設定檔找不到任何 Amazon Connect 執行個體
list-empty-all = 找不到任何 Amazon Connect 執行個體
list-empty-hint = 如果您的執行個體位於其他區域或帳戶，請在下方貼上其 ID 或 ARN。

## One instance in the list

# The star before each row. $label: the instance's name (display name, alias or ID).
pin-toggle-pin =
    .aria-label = 釘選 { $label }
    .title = 釘選到頂端
pin-toggle-unpin =
    .aria-label = 取消釘選 { $label }
    .title = 取消釘選
pin-button-pin = 釘選
pin-button-unpin = 取消釘選
pin-state-pinned = 已釘選
badge-managed = 受管理
badge-default = 預設
badge-recent = 最近
badge-custom-endpoint = 自訂端點
# An instance that is not ACTIVE. $status: the AWS status code (keep the variant keys); $fallback: an unknown code
# in plain letters ("Deleting").
instance-status =
    { $status ->
        [CREATION_IN_PROGRESS] 建立中
        [CREATION_FAILED] 建立失敗
       *[other] { $fallback }
    }
# $type: how the instance manages its users (identity-type).
instance-not-saml = 非 SAML — 登入可能失敗
    .title = 身分管理：{ $type }
# $type: the AWS identity management type (keep the variant keys); $fallback: an unknown type in plain letters.
identity-type =
    { $type ->
        [SAML] SAML
        [CONNECT_MANAGED] Connect 管理的使用者
        [EXISTING_DIRECTORY] 現有目錄
        [unknown] 身分類型不明
       *[other] { $fallback }
    }
instance-restricted = 您的組織不允許
# On anything the IT policy sets (pins, settings); also quoted in settings-policy-note.
managed-title = 由您的組織管理

## Paste an instance ID or ARN

# The placeholder shows the shape of an ARN: REGION, ACCOUNT and ID may be translated, the rest may not.
paste-field = 貼上執行個體 ID 或 ARN
    .placeholder = arn:aws:connect:區域:帳戶:instance/ID
paste-use = 使用
paste-looking-up = 正在查詢…
paste-help-no-profile = 在上方選擇 AWS 設定檔，即可查詢 ID 或 ARN。
# $profile: the profile a pasted ID or ARN is looked up with.
paste-help-profile = 使用設定檔「{ $profile }」查詢。

## Sign-in card

sign-in-title = 登入
sign-in-profile = 設定檔
sign-in-instance = 執行個體
# $label: the instance's name; $region: its AWS region code.
instance-with-region = { $label }（{ $region }）
sign-in-help-getting-link = 正在從 Amazon Connect 取得登入連結…
sign-in-help-waiting-sso = 正在等候 IAM Identity Center 登入…
sign-in-help-renewing = 正在透過上方的提醒重新登入…
sign-in-help-no-profiles = 請先選擇 AWS 設定檔。
sign-in-help-looking = 正在尋找執行個體…
sign-in-help-choose = 請選擇 Amazon Connect 執行個體。
sign-in-help-not-allowed = 您的組織不允許使用此執行個體：請選擇標示為「受管理」的執行個體之一。
# $status: the instance's status (instance-status).
sign-in-help-inactive = 此執行個體不在作用中狀態（{ $status }）：登入很可能會失敗。
sign-in-help-not-saml = 此執行個體未使用 SAML：登入可能會失敗。
sign-in-help-ready = Amazon Connect 會在您的瀏覽器中開啟。
# Before signing in to an instance already signed in with another profile. $name: the instance (alias or ID);
# $profile: the other profile.
duplicate-question = 您已使用設定檔「{ $profile }」登入 { $name }。再次登入可能會結束該工作階段。

## Status panel

status-title = 狀態
status-idle = 尚未從此視窗登入。
status-signed-in = 已登入
# $name: the instance (alias or ID); $region: its AWS region code.
status-summary = 已登入 { $name }（{ $region }）
status-browser = 已開啟瀏覽器，請在其中繼續使用 Amazon Connect。
status-resumed = 已使用您儲存的工作階段重新開啟，無需重新登入。
status-renewed = 儲存的權杖已過期，已重新登入。
# $profile: the profile whose IAM Identity Center sign-in (or MFA code) went through.
status-sso-done = 設定檔「{ $profile }」的 IAM Identity Center 登入成功。
status-mfa-done = 已接受設定檔「{ $profile }」的 MFA 代碼。
status-user = Connect 使用者
# The AWS identity that signed in. $arn: its ARN.
caller-identity = AWS 身分：{ $arn }
# When the backend does not know the Connect user.
user-unknown = 不明使用者
status-profile = 設定檔
status-access-expires = 存取權杖到期時間
status-refresh-expires = 重新整理權杖到期時間
status-expiry-unknown = 不明
status-not-remembered = 鑰匙圈無法使用：不會記住此工作階段
# After Sign out. $name: the instance (alias or ID).
status-signed-out = 已登出 { $name }。
status-signed-out-browser = 已登出 { $name }。已在瀏覽器中開啟 Amazon Connect 登出頁面。
# After End shift. $count: how many sessions were signed out.
end-shift-done =
    { $count ->
       *[other] 班次已結束：已登出 { $count } 個工作階段。
    }

## Sessions card

sessions-title = 工作階段
# The badge after the title. $count: stored sessions.
sessions-count = { $count }
sessions-empty = 沒有儲存的工作階段。
sessions-sign-out-browser = 同時在瀏覽器中登出 Amazon Connect
# $name: the instance (alias or ID); $profile: the profile it is signed in with.
session-open = 開啟
    .aria-label = 在瀏覽器中開啟 { $name }（設定檔「{ $profile }」）
session-opening = 正在開啟…
session-sign-out =
    .aria-label = 登出 { $name }（設定檔「{ $profile }」）
# When the session ends. $time: local clock time; $relative: "in 11 hr", "expired 3 min ago".
session-until = 有效期限至 { $time }（{ $relative }）
session-expiry-unknown = 到期時間不明
end-shift = 結束班次
# Asked inline before End shift. $count: stored sessions.
end-shift-question =
    { $count ->
        [1] 要登出 { $count } 個工作階段嗎？
       *[other] 要登出全部 { $count } 個工作階段嗎？
    }
end-shift-confirm = 全部登出

## Banners: errors, notices, reminders, the policy file

# $code: the error's code (for support), in code style.
error-code = 錯誤代碼 { $code }
error-dismiss = 關閉錯誤
notice-dismiss = 關閉通知
# When an error has no words of its own.
window-error-unknown = 發生錯誤。
    .hint = 再試一次。若問題持續，重新啟動 Connect SSO。
# The window could not reach the backend. $detail: what the system said (often English).
window-error-internal = { $detail }
    .hint = 再試一次。若問題持續，重新啟動 Connect SSO。
# $detail: why the window cannot listen to the app's events.
reminders-unavailable = Connect SSO 無法在此視窗中於工作階段結束前顯示提醒（{ $detail }）。
    .hint = 桌面通知仍會提醒您。若問題持續，重新啟動 Connect SSO。
mfa-code = MFA 代碼
mfa-checking = 正在驗證…
sso-login-opening = 正在開啟瀏覽器…
expiring-title-fallback = Amazon Connect 工作階段即將結束
# More reminders behind the one shown. $count: how many.
expiring-more = 還有 { $count } 個
expiring-sign-in = 重新登入
expiring-dismiss = 關閉此提醒
# For whoever administers the policy file. $message: what is wrong with it; $hint: what to do.
policy-error = 無法使用您組織的政策檔案：{ $message }（{ $hint }）
policy-error-no-hint = 無法使用您組織的政策檔案：{ $message }
# $path: where the policy file is.
policy-error-path = 政策檔案：{ $path }
policy-error-note = 修正之前，Connect SSO 會使用您自己的設定。
policy-error-dismiss = 關閉政策問題

## Sign in with IAM Identity Center

sso-login-title = 使用 IAM Identity Center 登入
sso-login-intro = 瀏覽器已開啟 IAM Identity Center 頁面。確認頁面顯示此代碼，然後核准：
sso-login-browser-intro = 請在瀏覽器中核准登入。瀏覽器會自動返回此處，不需要核對代碼。
sso-login-use-code = 改用代碼
sso-login-waiting = 正在等候核准…
# How long the code shown still works. $duration: "9 min", "less than a minute".
sso-code-valid = 代碼有效時間還剩 { $duration }
sso-code-expired = 代碼已過期

## Deep link dialog (a connect-sso:// link asks to sign in)

deep-link-title = 要從連結登入嗎？
# $label: the instance's name; $id: its ID; $profile: the profile the link names.
deep-link-question = 要使用設定檔「{ $profile }」登入 { $label }（{ $id }）嗎？
# The same for an instance without a name.
deep-link-question-id = 要使用設定檔「{ $profile }」登入 { $id } 嗎？
# $region: the AWS region code the link gave.
deep-link-region = 區域：{ $region }
# $profile: the profile the link names.
deep-link-unknown-profile = 這部電腦上沒有名為「{ $profile }」的 AWS 設定檔：登入將會失敗。
deep-link-queued = 又收到一個連結。回應此連結後就會顯示。
deep-link-note = 有連結要求 Connect SSO 為您登入。請只在您預期會有此要求時繼續。

## Settings dialog

settings-title = 設定
settings-language = 語言
settings-language-system = 與系統相同
settings-zoom = 大小
settings-zoom-hint = 在視窗中任何位置按 Ctrl+= 和 Ctrl+- 調整，按 Ctrl+0 恢復為 100%。
settings-close-to-tray = 關閉時縮小至系統匣
settings-close-to-tray-hint = 關閉視窗後，Connect SSO 會繼續在系統匣中執行。
settings-start-at-login = 開機時自動啟動
settings-sign-in-at-launch = 啟動時登入我的預設執行個體
settings-default-none = 未設定預設執行個體。
# $instance: the default instance's name (or ID); $profile: its profile.
settings-default = 預設執行個體：{ $instance }（設定檔「{ $profile }」）。
settings-notifications = 工作階段結束前通知我
settings-lead-minutes = 提前提醒的分鐘數
# $min, $max: the allowed range.
settings-lead-invalid = 請選擇介於 { $min } 到 { $max } 之間的分鐘數。
    .hint = Connect SSO 會在工作階段結束前這麼多分鐘，提醒您重新登入。
# The region codes in the placeholder are examples: keep them.
settings-extra-regions = 額外區域
    .placeholder = 例如 eu-west-2, ap-southeast-2
settings-extra-regions-hint = 除了內建的 Amazon Connect 區域外，也會搜尋這些區域。以逗號或空格分隔。
# $count: how many entries are not regions; $list: those entries, as typed.
settings-regions-invalid =
    { $count ->
       *[other] 不是區域：{ $list }。
    }
    .hint = 區域代碼的格式如 eu-west-2 或 ap-southeast-2。
settings-shortcut = 快速鍵：顯示視窗並搜尋
settings-shortcut-none = 無
settings-regions = 搜尋的區域
settings-policy-note = 標示為「{ managed-title }」的欄位由政策檔案設定。
# $path: where the policy file is.
settings-policy-note-path = 標示為「{ managed-title }」的欄位由政策檔案 { $path } 設定。

## The browser an instance opens in ($browser: a product name such as "Google Chrome"; $profile: a browser profile's name)
settings-browser = 瀏覽器
settings-browser-hint = 沒有單獨瀏覽器（在「登入」卡片中選擇）的執行個體都在這裡開啟。
browser-system-default = 系統預設瀏覽器
browser-same-as-all = 與所有執行個體相同（{ $browser }）
browser-with-profile = { $browser } — { $profile }
browser-not-installed = { $browser }（未安裝）
browser-private = 私密視窗
# In the error panel when the chosen browser is gone: focuses the instance's browser picker.
choose-browser = 選擇瀏覽器
settings-instance-browsers = 使用單獨瀏覽器的執行個體
settings-instance-browsers-none = 尚無：可在「登入」卡片的「開啟方式」中為執行個體選擇。
settings-help = 說明
settings-help-hint = 供技術支援使用：應用程式的記錄檔，以及可傳送給他們的診斷檔案。兩者都不含權杖或密碼。
settings-open-log-folder = 開啟記錄檔資料夾
settings-save-diagnostics = 儲存診斷資訊…
settings-diagnostics-saving = 正在儲存診斷資訊…
settings-diagnostics-saved = 診斷資訊已儲存到 { $path }（{ $files } 個檔案）。請將此檔案傳送給技術支援。
sign-in-browser = 開啟方式
