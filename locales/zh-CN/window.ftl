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

duration-under-a-minute = 不到一分钟
# $duration: "58 min", "2 hr 5 min"
time-in = { $duration }后
time-ago = { $duration }前
# Something that has ended (a token, a session). $duration: how long ago, "3 min".
time-expired-ago = { $duration }前已过期
# A time with how far away it is. $time: local clock time ("14:32"); $relative: "in 58 min", "expired 3 min ago".
expiry-time = { $time }（{ $relative }）

## Buttons used in several places

button-cancel = 取消
button-continue = 继续
button-close = 关闭
sign-in-button = 登录
signing-in = 正在登录…
sign-out-button = 注销
signing-out = 正在注销…

## Header

app-name = Connect SSO
app-subtitle = 一键登录 Amazon Connect
settings-button = 设置

## Startup (before the chooser can show)

startup-loading = 正在读取 AWS 配置文件…
startup-failed-title = Connect SSO 无法启动
startup-failed-body = 详细信息见上方。解决问题后重试。
startup-retry = 重试
no-profiles-title = 未找到 AWS 配置文件
no-profiles-body = Connect SSO 使用您 AWS 配置中的配置文件为您登录。添加一个配置文件，然后重新加载：
# $command: the command, shown in code style (the .command attribute). Keep the command as it is.
no-profiles-step-sso = 如使用 IAM Identity Center（SSO），在终端中运行 { $command }。
    .command = aws configure sso
# $command: as above. NAME stands for a profile name the person chooses: it may be translated, the rest may not.
no-profiles-step-keys = 如使用访问密钥，运行 { $command }。
    .command = aws configure --profile 名称
# $section: a section of the AWS config file; $file: that file. Both in code style; only NAME may be translated.
no-profiles-step-file = 或者在 { $file } 中添加 { $section } 部分。
    .section = [profile 名称]
    .file = ~/.aws/config
no-profiles-reload = 重新加载配置文件

## Layout

instances-card =
    .aria-label = Amazon Connect 实例

## Instance chooser: the search box

search-box = 查找 Amazon Connect 实例
    .placeholder = 名称、ID、账户、区域或配置文件
# The keys (↑ ↓ Enter Esc Alt+P) are key names: keep them.
search-help = ↑ ↓ 选择 · Enter 登录 · Esc 清除 · Alt+P 固定
# Next to the search box when nothing is filtered. $total: instances listed.
search-count-all = { $total }
# $shown: instances matching the search; $total: instances listed.
search-count-some = { $shown } / { $total }
search-results-announce = { $count ->
        [0] 没有匹配的实例
       *[other] 有 { $count } 个实例匹配
    }

## Profile picker

profile-picker = AWS 配置文件
profile-all = 所有配置文件
# One profile in the picker. $name: the profile's name; $kind: what it is (profile-kind); $region: its default region
# (or profile-no-region).
profile-option = { $name } — { $kind } · { $region }
# The same, for a profile whose AWS endpoint is overridden.
profile-option-custom-endpoint = { $name } — { $kind } · { $region } · { badge-custom-endpoint }
profile-no-region = 无区域
profile-no-default-region = 无默认区域
# What kind of AWS profile it is. $kind is a code: keep the variant keys as they are.
profile-kind =
    { $kind ->
        [static] 静态密钥
        [sso] IAM Identity Center
        [role] 角色
        [process] 凭证进程
       *[other] 其他
    }
# Under the picker when a profile's AWS endpoint is overridden (also in the sign-in card and the deep link dialog).
custom-endpoint-warning = 此配置文件会将 AWS 请求发送到您 AWS 配置中设置的自定义终端节点。除非是您自己设置的，否则请勿登录。

## Discovery status (under the profile picker)

# $count: instances listed; $regions: how many AWS regions they are in.
discovery-summary =
    { $count ->
        [0] 没有实例
       *[other] { $regions } 个区域中的 { $count } 个实例
    }
# While a discovery runs. $summary: the discovery-summary line.
discovery-summary-refreshing = { $summary } · 正在刷新…
discovery-never = 尚未查找实例
discovery-looking = 正在查找实例…
# After the summary. $duration: how long ago the list was brought up to date ("3 min", "2 hr 5 min").
discovery-age = · { $duration }前更新
discovery-age-just-now = · 刚刚更新
discovery-refresh = 刷新
    .title = 在所有区域中重新查找实例
discovery-refreshing = 正在刷新…
discovery-errors =
    .aria-label = 实例发现问题
# A profile whose instances could not be listed. $profile: its name; $message: what went wrong.
discovery-profile-error = { $profile }：{ $message }
# A region that could not be searched. $region: the AWS region code; $message: what went wrong.
discovery-region-error = { $region }：{ $message }
# The same when several profiles failed. $profile: the profile's name.
discovery-profile-region-error = { $profile } · { $region }：{ $message }

## Instance list

instances-list =
    .aria-label = Amazon Connect 实例
list-section-pinned = 已固定
list-section-recent = 最近使用
list-section-all = 全部
# $query: what the person typed in the search box.
list-no-match = 没有与“{ $query }”匹配的实例。
list-loading = 正在查找 Amazon Connect 实例…
list-failed-profile = 无法列出此配置文件的实例。您仍可在下方粘贴实例 ID 或 ARN。
list-failed-all = 无法列出您的配置文件的实例。您仍可在下方粘贴实例 ID 或 ARN。
list-empty-profile = 此配置文件下未找到 Amazon Connect 实例
list-empty-all = 未找到 Amazon Connect 实例
list-empty-hint = 如果您的实例位于其他区域或账户中，请在下方粘贴其 ID 或 ARN。

## One instance in the list

# The star before each row. $label: the instance's name (display name, alias or ID).
pin-toggle-pin =
    .aria-label = 固定 { $label }
    .title = 固定到顶部
pin-toggle-unpin =
    .aria-label = 取消固定 { $label }
    .title = 取消固定
pin-button-pin = 固定
pin-button-unpin = 取消固定
pin-state-pinned = 已固定
badge-managed = 受管
badge-default = 默认
badge-recent = 最近
badge-custom-endpoint = 自定义终端节点
# An instance that is not ACTIVE. $status: the AWS status code (keep the variant keys); $fallback: an unknown code
# in plain letters ("Deleting").
instance-status =
    { $status ->
        [CREATION_IN_PROGRESS] 正在创建
        [CREATION_FAILED] 创建失败
       *[other] { $fallback }
    }
# $type: how the instance manages its users (identity-type).
instance-not-saml = 非 SAML — 登录可能失败
    .title = 身份管理：{ $type }
# $type: the AWS identity management type (keep the variant keys); $fallback: an unknown type in plain letters.
identity-type =
    { $type ->
        [SAML] SAML
        [CONNECT_MANAGED] Connect 管理的用户
        [EXISTING_DIRECTORY] 现有目录
        [unknown] 身份类型未知
       *[other] { $fallback }
    }
instance-restricted = 您的组织不允许
# On anything the IT policy sets (pins, settings); also quoted in settings-policy-note.
managed-title = 由您的组织管理

## Paste an instance ID or ARN

# The placeholder shows the shape of an ARN: REGION, ACCOUNT and ID may be translated, the rest may not.
paste-field = 粘贴实例 ID 或 ARN
    .placeholder = arn:aws:connect:区域:账户:instance/ID
paste-use = 使用
paste-looking-up = 正在查找…
paste-help-no-profile = 在上方选择一个 AWS 配置文件，即可查找 ID 或 ARN。
# $profile: the profile a pasted ID or ARN is looked up with.
paste-help-profile = 使用配置文件“{ $profile }”查找。

## Sign-in card

sign-in-title = 登录
sign-in-profile = 配置文件
sign-in-instance = 实例
# $label: the instance's name; $region: its AWS region code.
instance-with-region = { $label }（{ $region }）
sign-in-help-getting-link = 正在从 Amazon Connect 获取登录链接…
sign-in-help-waiting-sso = 正在等待 IAM Identity Center 登录…
sign-in-help-renewing = 正在通过上方的提醒重新登录…
sign-in-help-no-profiles = 请先选择一个 AWS 配置文件。
sign-in-help-looking = 正在查找实例…
sign-in-help-choose = 请选择一个 Amazon Connect 实例。
sign-in-help-not-allowed = 您的组织不允许使用此实例：请选择标记为“受管”的实例之一。
# $status: the instance's status (instance-status).
sign-in-help-inactive = 此实例未处于活动状态（{ $status }）：登录很可能会失败。
sign-in-help-not-saml = 此实例未使用 SAML：登录可能会失败。
sign-in-help-ready = Amazon Connect 将在您的浏览器中打开。
# Before signing in to an instance already signed in with another profile. $name: the instance (alias or ID);
# $profile: the other profile.
duplicate-question = 您已使用配置文件“{ $profile }”登录 { $name }。再次登录可能会结束该会话。

## Status panel

status-title = 状态
status-idle = 尚未从此窗口登录。
status-signed-in = 已登录
# $name: the instance (alias or ID); $region: its AWS region code.
status-summary = 已登录 { $name }（{ $region }）
status-browser = 浏览器已打开，请在其中继续使用 Amazon Connect。
status-resumed = 已使用您保存的会话重新打开，无需重新登录。
status-renewed = 保存的令牌已过期，已重新登录。
# $profile: the profile whose IAM Identity Center sign-in (or MFA code) went through.
status-sso-done = 配置文件“{ $profile }”的 IAM Identity Center 登录成功。
status-mfa-done = 已接受配置文件“{ $profile }”的 MFA 代码。
status-user = Connect 用户
# The AWS identity that signed in. $arn: its ARN.
caller-identity = AWS 身份：{ $arn }
# When the backend does not know the Connect user.
user-unknown = 未知用户
status-profile = 配置文件
status-access-expires = 访问令牌到期时间
status-refresh-expires = 刷新令牌到期时间
status-expiry-unknown = 未知
status-not-remembered = 钥匙串不可用：不会记住此会话
# After Sign out. $name: the instance (alias or ID).
status-signed-out = 已注销 { $name }。
status-signed-out-browser = 已注销 { $name }。已在浏览器中打开 Amazon Connect 注销页面。
# After End shift. $count: how many sessions were signed out.
end-shift-done =
    { $count ->
       *[other] 班次已结束：已注销 { $count } 个会话。
    }

## Sessions card

sessions-title = 会话
# The badge after the title. $count: stored sessions.
sessions-count = { $count }
sessions-empty = 没有保存的会话。
sessions-sign-out-browser = 同时在浏览器中注销 Amazon Connect
# $name: the instance (alias or ID); $profile: the profile it is signed in with.
session-open = 打开
    .aria-label = 在浏览器中打开 { $name }（配置文件“{ $profile }”）
session-opening = 正在打开…
session-sign-out =
    .aria-label = 注销 { $name }（配置文件“{ $profile }”）
# When the session ends. $time: local clock time; $relative: "in 11 hr", "expired 3 min ago".
session-until = 有效期至 { $time }（{ $relative }）
session-expiry-unknown = 到期时间未知
end-shift = 结束班次
# Asked inline before End shift. $count: stored sessions.
end-shift-question =
    { $count ->
        [1] 注销 { $count } 个会话？
       *[other] 注销全部 { $count } 个会话？
    }
end-shift-confirm = 全部注销

## Banners: errors, notices, reminders, the policy file

# $code: the error's code (for support), in code style.
error-code = 错误代码 { $code }
error-dismiss = 关闭错误
notice-dismiss = 关闭通知
# When an error has no words of its own.
window-error-unknown = 出了点问题。
    .hint = 重试。如果问题持续，重启 Connect SSO。
# The window could not reach the backend. $detail: what the system said (often English).
window-error-internal = { $detail }
    .hint = 重试。如果问题持续，重启 Connect SSO。
# $detail: why the window cannot listen to the app's events.
reminders-unavailable = Connect SSO 无法在此窗口中于会话结束前显示提醒（{ $detail }）。
    .hint = 桌面通知仍会提醒您。如果问题持续，重启 Connect SSO。
mfa-code = MFA 代码
mfa-checking = 正在验证…
sso-login-opening = 正在打开浏览器…
expiring-title-fallback = Amazon Connect 会话即将结束
# More reminders behind the one shown. $count: how many.
expiring-more = 还有 { $count } 个
expiring-sign-in = 重新登录
expiring-dismiss = 关闭此提醒
# For whoever administers the policy file. $message: what is wrong with it; $hint: what to do.
policy-error = 无法使用您组织的策略文件：{ $message }（{ $hint }）
policy-error-no-hint = 无法使用您组织的策略文件：{ $message }
# $path: where the policy file is.
policy-error-path = 策略文件：{ $path }
policy-error-note = 修复之前，Connect SSO 将使用您自己的设置。
policy-error-dismiss = 关闭策略问题

## Sign in with IAM Identity Center

sso-login-title = 使用 IAM Identity Center 登录
sso-login-intro = 浏览器已打开 IAM Identity Center 页面。确认页面显示此代码，然后批准：
sso-login-browser-intro = 请在浏览器中批准登录。浏览器会自动返回此处，无需核对代码。
sso-login-use-code = 改用代码
sso-login-waiting = 正在等待批准…
# How long the code shown still works. $duration: "9 min", "less than a minute".
sso-code-valid = 代码有效期还剩 { $duration }
sso-code-expired = 代码已过期

## Deep link dialog (a connect-sso:// link asks to sign in)

deep-link-title = 通过链接登录？
# $label: the instance's name; $id: its ID; $profile: the profile the link names.
deep-link-question = 使用配置文件“{ $profile }”登录 { $label }（{ $id }）？
# The same for an instance without a name.
deep-link-question-id = 使用配置文件“{ $profile }”登录 { $id }？
# $region: the AWS region code the link gave.
deep-link-region = 区域：{ $region }
# $profile: the profile the link names.
deep-link-unknown-profile = 此计算机上没有名为“{ $profile }”的 AWS 配置文件：登录将会失败。
deep-link-queued = 又收到一个链接。处理完此链接后将显示该链接。
deep-link-note = 有链接请求 Connect SSO 为您登录。仅当您预期会有此请求时才继续。

## Settings dialog

settings-title = 设置
settings-language = 语言
settings-language-system = 与系统相同
settings-zoom = 大小
settings-zoom-hint = 在窗口中任意位置按 Ctrl+= 和 Ctrl+- 调整，按 Ctrl+0 恢复为 100%。
settings-close-to-tray = 关闭时最小化到托盘
settings-close-to-tray-hint = 关闭窗口后，Connect SSO 会继续在托盘中运行。
settings-start-at-login = 开机时自动启动
settings-sign-in-at-launch = 启动时登录我的默认实例
settings-default-none = 未设置默认实例。
# $instance: the default instance's name (or ID); $profile: its profile.
settings-default = 默认实例：{ $instance }（配置文件“{ $profile }”）。
settings-notifications = 会话结束前通知我
settings-lead-minutes = 提前提醒的分钟数
# $min, $max: the allowed range.
settings-lead-invalid = 请选择 { $min } 到 { $max } 之间的分钟数。
    .hint = Connect SSO 会在会话结束前这么多分钟提醒您重新登录。
# The region codes in the placeholder are examples: keep them.
settings-extra-regions = 额外区域
    .placeholder = 例如 eu-west-2, ap-southeast-2
settings-extra-regions-hint = 除内置的 Amazon Connect 区域外，还会搜索这些区域。用逗号或空格分隔。
# $count: how many entries are not regions; $list: those entries, as typed.
settings-regions-invalid =
    { $count ->
       *[other] 不是区域：{ $list }。
    }
    .hint = 区域代码形如 eu-west-2 或 ap-southeast-2。
settings-shortcut = 快捷键：显示窗口并搜索
settings-shortcut-none = 无
settings-regions = 搜索的区域
settings-policy-note = 标记为“{ managed-title }”的字段由策略文件设置。
# $path: where the policy file is.
settings-policy-note-path = 标记为“{ managed-title }”的字段由策略文件 { $path } 设置。

## The browser an instance opens in ($browser: a product name such as "Google Chrome"; $profile: a browser profile's name)
settings-browser = 浏览器
settings-browser-hint = 没有单独浏览器（在“登录”卡片中选择）的实例都在这里打开。
browser-system-default = 系统默认浏览器
browser-same-as-all = 与所有实例相同（{ $browser }）
browser-with-profile = { $browser } — { $profile }
browser-not-installed = { $browser }（未安装）
browser-private = 隐私窗口
# In the error panel when the chosen browser is gone: focuses the instance's browser picker.
choose-browser = 选择浏览器
settings-instance-browsers = 使用单独浏览器的实例
settings-instance-browsers-none = 暂无：可在“登录”卡片的“打开方式”中为实例选择。
settings-help = 帮助
settings-help-hint = 供技术支持使用：应用日志，以及可发送给他们的诊断文件。两者都不含令牌或密码。
settings-open-log-folder = 打开日志文件夹
settings-save-diagnostics = 保存诊断信息…
settings-diagnostics-saving = 正在保存诊断信息…
settings-diagnostics-saved = 诊断信息已保存到 { $path }（{ $files } 个文件）。请将此文件发送给技术支持。
sign-in-browser = 打开方式
