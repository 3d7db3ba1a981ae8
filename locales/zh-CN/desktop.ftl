# The tray menu, desktop notifications and the terminal's words.
# Terms as in window.ftl: instance, profile, sign in / sign out, session, End shift.

## Tray menu

# $sessions: how many stored sessions there are.
tray-tooltip = { $sessions ->
        [0] Connect SSO — 未登录
       *[other] Connect SSO — { $sessions } 个会话
    }
tray-empty = 在窗口中固定实例后，它们会显示在这里
# $instance: the instance's name.
tray-sign-in = 登录 { $instance }
tray-signed-in = ● { $instance } — 已登录
tray-show = 显示 Connect SSO
tray-end-shift = 结束班次（注销所有会话）
tray-quit = 退出

## Desktop notifications

# $place: the instance's name.
notification-expiring-title = Amazon Connect 会话即将结束：{ $place }
# $minutes: whole minutes left (at least 1).
notification-expiring-body = { $minutes ->
       *[other] 您在 { $place }（{ $region }）上的会话将在 { $minutes } 分钟后结束。打开 Connect SSO 并重新登录即可继续工作。
    }

## The terminal (connect-sso …, without --json)

# An error: its message, hint and code, on three lines.
cli-error =
    错误：{ $message }
      提示：{ $hint }
      代码：{ $code }
cli-mfa-prompt = MFA 代码：{ " " }
# $session: cli-place-and-user.
cli-place-and-user = { $place }（{ $region }），Connect 用户 { $user }
cli-place-unknown-user = { $place }（{ $region }），Connect 用户（未知）
cli-signed-in = 已登录：{ $session }。
cli-signed-in-again = 已重新登录：{ $session }。
cli-reopened = 已使用保存的会话重新打开：{ $session }。
cli-browser-opened = 已打开浏览器。
cli-signed-out = 已注销：已从钥匙串中删除“{ $profile }”在 { $instance } 上的令牌。
cli-no-session = 没有“{ $profile }”在 { $instance } 上保存的会话。
cli-pinned = 已固定 { $instance }（{ $profile }）。
cli-unpinned = 已取消固定 { $instance }（{ $profile }）。
# $removed: how many sessions were removed.
cli-shift-ended = { $removed ->
       *[other] 班次已结束：已从钥匙串中删除 { $removed } 个保存的会话。
    }
cli-sso-open =
    打开以下地址以登录 IAM Identity Center：
      { $url }
cli-sso-code = 并确认页面显示此代码：{ $code }
cli-sso-browser = 在已打开的浏览器中批准 IAM Identity Center 登录；浏览器会自动返回此处。
cli-sso-waiting = 正在等待批准…
cli-sso-signed-in = 已为配置文件“{ $profile }”登录 IAM Identity Center。
sso-callback-success = 已登录 IAM Identity Center。可以关闭此标签页并返回 Connect SSO。
sso-callback-failure = IAM Identity Center 登录未完成。请返回 Connect SSO 查看原因。
cli-exported = 已将配置文件“{ $profile }”添加到 { $path }。
cli-diagnostics-saved = 诊断信息已保存到 { $path }（{ $files } 个文件，{ $kib } KiB）。请将此文件发送给技术支持：其中不含令牌或密码。
diagnostics-save-title = 保存诊断信息以提供给技术支持
# $access and $refresh: cli-expiry-at or cli-expiry-unknown.
cli-expiry = 访问令牌到期时间：{ $access }；刷新令牌到期时间：{ $refresh }。
# $time: a UTC time ("2026-11-28 10:23 UTC"); $relative: cli-relative-in or cli-relative-ago.
cli-expiry-at = { $time }（{ $relative }）
cli-expiry-unknown = 未知
cli-span-minutes = { $minutes } 分钟
cli-span-hours = { $hours } 小时 { $minutes } 分钟
cli-relative-in = { $span }后
cli-relative-ago = { $span }前已过期
cli-session-line = { $session } [配置文件 { $profile }]
cli-no-sessions = 没有保存的会话。
cli-no-profiles = 未找到 AWS 配置文件。使用 `aws configure sso` 或在 ~/.aws/config 中添加一个。
cli-no-instances = 配置文件“{ $profile }”在其区域中看不到任何 Amazon Connect 实例。
cli-column-profile = 配置文件
cli-column-kind = 类型
cli-column-region = 区域
cli-column-endpoint = 终端节点
cli-column-alias = 别名
cli-column-id = ID
cli-column-identity = 身份
cli-column-status = 状态
cli-column-browser = 浏览器
cli-column-name = 名称
cli-column-browser-profiles = 配置文件
cli-column-path = 路径
# In the PATH column of `connect-sso browsers`.
cli-browser-not-installed = 未安装
cli-endpoint-custom = 自定义
cli-endpoint-aws = aws
cli-kind-static = 静态密钥
cli-kind-sso = IAM Identity Center
cli-kind-role = 角色
cli-kind-process = 凭证进程
cli-kind-other = 其他
# $list: cli-list-fresh or cli-list-cached.
cli-regions-searched = { $regions ->
       *[other] 已搜索 { $regions } 个区域，{ $failed } 个失败；列表：{ $list }。
    }
cli-list-fresh = 刚刚获取
cli-list-cached = 来自 { $seconds } 秒前的缓存（--refresh 可重新获取）
cli-region-warning = 警告：{ $region }：{ $message }（{ $code }）
# $names: the locked settings' keys, comma-separated; $restricted: "yes" when sign-in is limited to the listed instances.
cli-policy-valid = { $path } 是有效的 Connect SSO 策略：{ $instances } 个实例，{ $locked } 项锁定的设置{ $locked ->
        [0] {""}
       *[other] （{ $names }）
    }{ $restricted ->
        [yes] ，且仅允许登录这些实例
       *[no] {""}
    }。
cli-policy-unusable =
    { $message }
      提示：{ $hint }
cli-policy-applies = 已应用 { $path } 中的策略。
cli-policy-none = 无策略：{ $path } 不存在。
cli-policy-no-location = 此操作系统上没有策略位置。

## The desktop entry (the Linux menu; one line each, no arguments)

desktop-entry-generic-name = Amazon Connect 登录
desktop-entry-comment = 一键登录 Amazon Connect
# Search words for the menu, separated by semicolons.
desktop-entry-keywords = Amazon Connect;AWS;SSO;登录;联络中心;
