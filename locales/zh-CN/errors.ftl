# Error messages and their hints. Each message says what happened (naming the profile or the
# instance); its .hint says the next step. Shared by the window and the terminal.
# Arguments are data and stay as they are: profile names, instance names, what AWS said.

error-internal = Connect SSO 内部出错：{ $detail }
    .hint = 这是 Connect SSO 的缺陷。使用 CONNECT_SSO_LOG=debug 重新运行，并报告其输出。

error-language-unknown = Connect SSO 不支持“{ $language }”语言。
    .hint = 在“设置”的列表中选择一种语言。

## Pieces other messages are built from

# A data value shown as it is.
data = { $value }
# An instance with its alias: "acme-support (a1b2…)".
instance-with-alias = { $alias } ({ $id })
instance-none = （无）
region-of-profile = 配置文件的区域
# What AWS said, after our sentence (note the leading space in English).
aws-says = AWS 返回：{ $message }
bad-response-unparsed = 无法解析响应
bad-response-unread = 无法读取响应
bad-response-no-description = 缺少实例描述
bad-response-no-sign-in-url = 其中没有登录 URL
bad-response-no-credentials = 其中没有凭证
bad-response-no-access-token = 其中没有访问令牌

## Amazon Connect refused

error-resource-not-found = 配置文件“{ $profile }”在 { $region } 中找不到实例 { $instance }。
    .hint = 检查实例 ID，或粘贴实例 ARN，以便使用正确的账户和区域。
error-user-not-found = 实例 { $instance } 上没有与配置文件“{ $profile }”的身份匹配的 Amazon Connect 用户。
    .hint = 使用 SAML 登录时，角色会话名称必须与 Connect 用户名完全一致（区分大小写）。请 Connect 管理员检查您的用户。设置指南：docs/aws-setup.md#connect-usernames
error-user-not-found-seen = { error-user-not-found }
    .hint = AWS 将您识别为 { $arn }{ $session }。{ error-user-not-found.hint }
session-name-shown = { " " }（会话名称 “{ $name }”）
# $aws: what AWS said (may be empty). $saml: "yes" when AWS's message is about SAML.
error-invalid-request = Amazon Connect 拒绝了实例 { $instance } 的登录请求。{ $aws }
    .hint = { $saml ->
        [yes] 联合登录要求实例使用基于 SAML 2.0 的身份验证。联系 Connect 管理员。
       *[no] 请 Connect 管理员检查该实例。
    }
error-invalid-parameter = Amazon Connect 拒绝了实例 { $instance } 的某个参数。{ $aws }
    .hint = 检查实例 ID 或 ARN。
error-duplicate-resource = Amazon Connect 报告实例 { $instance } 上配置文件“{ $profile }”对应的用户重复。{ $aws }
    .hint = 请 Connect 管理员确认您的用户只存在一个。
# $resource: the IAM resource ARN to allow, as it is.
error-access-denied = 配置文件“{ $profile }”无权登录实例 { $instance }。{ $aws }
    .hint = 请 AWS 管理员允许对 { $resource } 执行 connect:GetFederationToken。设置指南：docs/aws-setup.md#the-agent-policy
error-user-not-onboarded = 您的用户尚未加入实例 { $instance }。
    .hint = 请 Connect 管理员将您的用户加入此（Global Resiliency）实例。
error-root-not-allowed = 配置文件“{ $profile }”使用账户的根凭证，无法登录 Amazon Connect。
    .hint = 使用会话名称与 Connect 用户名一致的 IAM 角色（或 IAM 用户）。

## Network or service

error-internal-service = { $region } 中的 Amazon Connect 发生内部错误，重试后仍然如此。
    .hint = 一分钟后重试。如果问题持续，查看 AWS Health Dashboard。
error-throttled = Amazon Connect 正在限制配置文件“{ $profile }”的请求，重试后仍然如此。
    .hint = 等待几秒后重试。
# $code: the error code AWS sent, as it is.
error-unexpected-service-error = Amazon Connect 针对实例 { $instance } 返回了意外错误 { $code }。{ $aws }
    .hint = 重试；如果问题持续，报告此消息。
# $what: bad-response-unparsed or bad-response-unread.
error-bad-response = Amazon Connect 针对实例 { $instance } 返回了无法使用的响应：{ $what }。
    .hint = 重试；如果问题持续，报告此消息。
error-timeout = { $region } 中的 Amazon Connect 未及时响应。
    .hint = 网络较慢或 Connect 未响应：重试。可在设置中延长超时时间。
error-offline = 无法连接到 { $region } 中的 Amazon Connect：此计算机似乎处于离线状态。
    .hint = 检查网络连接、VPN 或代理，然后重试。
error-network = 调用期间，与 { $region } 中 Amazon Connect 的连接中断。
    .hint = 重试；如果反复出现，检查 VPN 或代理。
error-folder-open-failed = 无法打开文件夹 { $path }。
    .hint = 请在文件管理器中自行打开；`connect-sso doctor` 也会显示日志所在位置。
error-diagnostics-unwritable = 无法将诊断信息保存到 { $path }：{ $reason }
    .hint = 请选择您可以写入的文件夹，例如“文档”或桌面。
error-host-unreachable = 无法从此计算机连接到 { $host }。
    .hint = 检查网络、VPN 或代理 (HTTPS_PROXY、NO_PROXY)，然后重试。
error-proxy-invalid = { $source ->
        [policy] IT 策略
       *[other] { $source }
    } 中的代理地址 { $proxy } 不是有效的 URL。
    .hint = 请在该处更正：代理地址形如 http://proxy.example.com:8080。
error-proxy-failed = 代理 { $proxy } 未放行对 AWS 的调用。
    .hint = 检查代理是否在运行并允许 *.amazonaws.com；联系 IT 部门，或在 NO_PROXY 中列出必须直连的主机。
error-proxy-auth-required = 代理 { $proxy } 要求提供用户名和密码。
    .hint = 将其写入 HTTPS_PROXY 或 IT 策略中的代理地址 (http://user:password@host:port)，或请 IT 部门放行此应用。
error-tls-untrusted = 此计算机不信任 { $host } 的证书。
    .hint = 如果您的网络会检查 TLS，请将 AWS_CA_BUNDLE（或 AWS 配置文件中的 ca_bundle）设为贵公司的 CA 证书文件 (PEM)。
error-ca-bundle-unreadable = 无法使用 CA 证书包 { $path } ({ $source })：{ $reason }
    .hint = 让 { $source } 指向包含贵公司 CA 证书的可读 PEM 文件，或将其删除。

## Credentials and AWS set-up

# $code: the error code AWS sent. $quoted: the profile name quoted for a shell.
error-credentials-rejected = AWS 拒绝了配置文件“{ $profile }”的凭证（{ $code }）。
    .hint = 凭证已过期或有误：更新凭证（例如 `aws configure --profile { $quoted }`）后重试。
error-clock-skew = 此计算机的时钟不正确，AWS 拒绝了请求。
    .hint = 开启自动设置时间（例如 `timedatectl set-ntp true`）后重试。
error-no-region = 配置文件“{ $profile }”未指定要使用的 AWS 区域。
    .hint = 在 ~/.aws/config 中为该配置文件添加 `region = ...`，或粘贴包含区域的实例 ARN。
error-credential-process-timeout = 配置文件“{ $profile }”的 credential_process 未在 { $seconds } 秒内完成。
    .hint = 手动运行该配置文件的 credential_process 命令：它可能在等待此处无法提供的输入。
error-credentials-timeout = 加载配置文件“{ $profile }”的凭证用时超过 { $seconds } 秒。
    .hint = 检查网络和该配置文件的凭证来源，然后重试。
error-sso-expired = 配置文件“{ $profile }”的 IAM Identity Center 登录不存在或已过期。
    .hint = 运行 `aws sso login --profile { $quoted }` 后重试。
    .window-hint = 请选择“使用 IAM Identity Center 登录”：应用会在浏览器中打开登录页面，您批准后即列出实例。
# $detail: what the credential process or the SDK said, as it is.
error-credential-process-failed = 配置文件“{ $profile }”的 credential_process 失败：{ $detail }
    .hint = 手动运行该配置文件的 credential_process 命令查看错误；它必须输出 JSON 格式的凭证。
error-no-credentials = 配置文件“{ $profile }”没有可用的 AWS 凭证：{ $detail }
    .hint = 运行 `aws configure --profile { $quoted }`，或向 IT 部门申请有 Amazon Connect 访问权限的配置文件。
error-profile-not-found = 不存在名为“{ $profile }”的 AWS 配置文件。
    .hint = 从列表中选择配置文件，或使用 `aws configure sso` 或在 ~/.aws/config 中添加该配置文件。
# $detail: the parser's message, naming the file and line.
error-aws-config-invalid = 无法读取 AWS 的 config/credentials 文件：{ $detail }
    .hint = 修正 ~/.aws/config 或 ~/.aws/credentials（或 AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE 指向的文件）中上面指出的那一行。
# $service: the AWS service's name ("Amazon Connect", "AWS STS"…).
error-endpoint-invalid = 配置文件“{ $profile }”将 { $service } 调用发送到“{ $url }”，但它不是 URL。
    .hint = 请将 AWS_ENDPOINT_URL* 或配置文件的 endpoint_url 设为 https:// 地址，或将其删除以使用 AWS 自己的终端节点。
error-custom-endpoint-forbidden = 配置文件“{ $profile }”将 { $service } 调用发送到自定义终端节点，而您组织的策略不允许这样做。
    .hint = 从配置文件中删除 endpoint_url 和 services 部分（并从环境变量中删除 AWS_ENDPOINT_URL*），或联系 IT 部门。

## Finding instances

error-region-timeout = { $region } 未在 { $seconds } 秒内响应。
    .hint = 其他区域已列出；稍后刷新即可重试此区域。
error-discovery-cache-unwritable = 无法缓存实例列表：{ $detail }
    .hint = 实例发现仍可正常使用；检查设置文件夹是否可写。

## IAM Identity Center and MFA

error-not-sso-profile = 配置文件“{ $profile }”未使用 IAM Identity Center。
    .hint = 选择在 ~/.aws/config 中设置了 sso_session（或 sso_start_url）的配置文件。
error-sso-login-none = 配置文件“{ $profile }”没有正在进行的 IAM Identity Center 登录。
    .hint = 重新开始登录。
error-sso-login-cancelled = IAM Identity Center 登录已取消。
    .hint = 准备好后重新开始。
# $start_url: the IAM Identity Center portal's address.
error-sso-login-denied = { $start_url } 的 IAM Identity Center 登录被拒绝。
    .hint = 如果不是您本人操作，告知 IT 部门；否则重新开始登录并批准。
error-sso-login-expired = { $start_url } 的 IAM Identity Center 登录未及时获得批准。
    .hint = 重新开始，并在几分钟内在浏览器中批准。
# $detail: what IAM Identity Center said, as it is.
error-sso-refused = IAM Identity Center（{ $start_url }）拒绝了登录：{ $detail }
    .hint = 与 IT 部门核对该配置文件的 sso_start_url 和 sso_region，然后重试。
error-sso-state-mismatch = 浏览器带回的 IAM Identity Center 响应不属于此次登录，已被拒绝。
    .hint = 从 Connect SSO 重新开始登录。如果反复出现，请告知 IT 部门。
error-sso-authorize-failed = IAM Identity Center（{ $start_url }）以错误 { $error } 结束了浏览器登录。
    .hint = 重新开始登录，或改用代码（`connect-sso sso-login --use-device-code`）。
error-sso-code-refused = IAM Identity Center（{ $start_url }）未接受浏览器登录的授权码。
    .hint = 重新开始登录。如果仍然失败，请改用代码（`connect-sso sso-login --use-device-code`）。
error-untrusted-verification-url = IAM Identity Center 验证页面不在 AWS 登录主机上，因此未打开。
    .hint = 与 IT 部门核对该配置文件的 sso_start_url。
error-sso-cache-unwritable = 无法将 IAM Identity Center 令牌保存到 { $path }：{ $detail }
    .hint = 检查 ~/.aws/sso/cache 是否可写。
# $device: the MFA device's ARN.
error-mfa-required = 配置文件“{ $profile }”需要 { $device } 的一次性 MFA 代码。
    .hint = 输入身份验证器应用中的六位数代码；每个班次只需输入一次。
error-mfa-format = MFA 代码为六位数字。
    .hint = 输入身份验证器应用当前显示的代码。
error-mfa-refused = AWS 未接受配置文件“{ $profile }”的这个 MFA 代码。
    .hint = 输入设备 { $device } 当前的代码（代码每 30 秒更换一次）。
error-mfa-not-needed = 配置文件“{ $profile }”不是带有 MFA 设备（mfa_serial）的角色。
    .hint = 重新选择该配置文件；它不需要代码。

## App profiles

error-app-profile-not-found = 设置中没有名为“{ $profile }”的应用配置文件。
    .hint = `connect-sso profiles` 会列出配置文件；应用配置文件来自设置文件。
# $field: the name of the field, as in the settings file.
error-app-profile-invalid = 未导出应用配置文件“{ $profile }”：其 { $field } 无效。
    .hint = 未写入任何内容。先在设置文件中更正该应用配置文件。
error-export-exists = { $path } 中已有名为“{ $profile }”的配置文件或 sso-session。
    .hint = 未做任何更改。先删除该部分或将其重命名。
error-aws-config-unwritable = 无法写入 { $path }：{ $detail }
    .hint = 检查 AWS config 文件是否可写。

## What was typed or chosen

error-profile-name-invalid = 这不是有效的 AWS 配置文件名称。
    .hint = 从列表中选择配置文件（`connect-sso profiles` 可列出配置文件）。
error-instance-too-long = 实例 ID 或 ARN 过长。
    .hint = { -instance-hint }
# $input: what was pasted (its first 80 characters).
error-instance-not-id-or-arn = “{ $input }”既不是实例 ID，也不是实例 ARN。
    .hint = { -instance-hint }
error-instance-bad-arn = “{ $input }”不是有效的 Amazon Connect 实例 ARN。
    .hint = { -instance-hint }
-instance-hint = 粘贴 Amazon Connect 控制台中的实例 ID（例如 12345678-abcd-…）或实例 ARN。
error-no-instance-given = 未指定实例，之前也未使用过任何实例。
    .hint = 传入 --instance ID_OR_ARN（`connect-sso instances` 可列出实例）。
error-too-many-regions = 最多只能添加 { $max } 个额外区域。
    .hint = 删除不使用的区域。
error-region-invalid = “{ $region }”不是 AWS 区域代码。
    .hint = 区域代码形如 eu-west-3 或 ap-south-1。
error-lead-minutes-range = 提前提醒时间必须在 1 到 120 分钟之间。
    .hint = 输入 1 到 120 之间的分钟数。
error-zoom-unknown = { $percent }% 不是 Connect SSO 提供的窗口大小。
    .hint = 使用 Ctrl+= 和 Ctrl+-（或设置中的大小）。
# $reason: the MFA error's own message.
error-mfa-in-a-script = { $reason }
    .hint = 传入 --mfa-code-stdin，并将身份验证器应用中的六位数代码写入标准输入。

## Settings and the IT policy

# $setting: the setting's key, as in the policy file ("closeToTray").
error-setting-managed = “{ $setting }”由您的组织管理，无法在此更改。
    .hint = 如需不同的值，联系 IT 部门。
# $detail: what is wrong, for IT, as the checker or the system says it.
error-policy-invalid = 无法使用 IT 策略文件 { $path }：{ $detail }。
    .hint = 修复之前将使用您自己的设置。IT 人员：`connect-sso policy validate FILE` 可显示错误；架构见 docs/policy.schema.json。
error-policy-file-missing = { $path } 不存在。
    .hint = 提供要检查的策略文件的路径。
error-app-profile-unused = 设置中的应用配置文件“{ $profile }”未被使用：其 { $field } 无效。
    .hint = 在 { $path } 中更正它（如果是 IT 部门设置的，联系 IT 部门）；其他配置文件照常工作。

## connect-sso doctor

error-doctor-root = 配置文件“{ $profile }”使用账户的根用户（{ $arn }），无法登录 Amazon Connect。
    .hint = 改用 IAM 角色或 IAM Identity Center 配置文件。
error-doctor-connect-user-missing = 实例 { $instance } 上不存在名为“{ $username }”的 Amazon Connect 用户。
    .hint = 请使用完全相同的用户名（区分大小写）创建该用户，或使会话名称与现有用户一致。设置指南：docs/aws-setup.md#connect-usernames
error-doctor-region-unknown = { $region } 不是已知提供 Amazon Connect 的区域。
    .hint = 在配置文件中使用实例所在的区域；如果 Amazon Connect 刚在该区域推出，将该区域添加到设置中的 extraRegions。

## The sign-in URL, the browser, links

# Why a sign-in URL was not opened ($reason of error-untrusted-sign-in-url).
url-reason-too-long = 长度超出限制
url-reason-characters = 包含 URL 中不允许的字符
url-reason-host-encoded = 主机名经过编码或不是纯 ASCII
url-reason-user-info = 包含用户信息
url-reason-not-https = 不是 https
url-reason-port = 指定了端口
url-reason-ip-host = 主机是 IP 地址
url-reason-no-host = 没有主机
url-reason-trailing-dot = 主机名以点结尾
url-reason-bad-dns = 主机名不是有效的 DNS 名称
url-reason-not-connect-host = 主机不是 Amazon Connect 登录主机
url-reason-awsapps-path = 在 awsapps.com 上只会打开 Amazon Connect 自己的 /connect 页面
url-reason-not-instance-host = 主机不是该实例访问 URL 的主机
# Why a connect-sso:// link was refused ($reason of error-deep-link-invalid).
link-reason-too-long = 长度超出限制
link-reason-characters = 包含空格或控制字符
link-reason-not-a-link = 不是链接
link-reason-scheme = 不是 connect-sso:// 链接
link-reason-action = 唯一支持的操作是 sign-in
link-reason-extra-parts = 包含登录链接不会有的部分
link-reason-unknown-key = 包含 profile 和 instance 以外的键
link-reason-repeated-key = 某个键出现了两次
link-reason-no-profile = 未指定配置文件
link-reason-no-instance = 未指定实例
link-reason-bad-profile = 配置文件名称无效
link-reason-bad-instance = 实例不是实例 ID 或 ARN
error-untrusted-sign-in-url = 未打开 Amazon Connect 返回的登录 URL：{ $reason }。
    .hint = 未打开任何内容。如果使用自定义终端节点，检查该终端节点（见配置文件标记）；否则报告此问题。
error-deep-link-invalid = 未使用此 Connect SSO 链接：{ $reason }。
    .hint = 请发送者提供格式为 connect-sso://sign-in?profile=NAME&instance=ID 的链接。
error-no-url-launcher = 未安装 URL 启动器（xdg-open），因此无法打开浏览器。
    .hint = 安装 xdg-utils（Debian/Ubuntu：sudo apt install xdg-utils）并设置默认浏览器。
browser-reason-no-launcher = 未安装 URL 启动器（xdg-open）
browser-reason-launcher-failed = 系统的 URL 启动器运行失败
error-browser-failed = 无法打开浏览器：{ $reason }。
    .hint = 安装或设置默认 Web 浏览器（Linux：xdg-utils 和 `xdg-settings set default-web-browser`），然后重新登录。
# $next: what still holds (one of the browser-timeout-after-… messages).
error-browser-timeout = 浏览器未在 { $seconds } 秒内打开页面。
    .hint = 检查是否已设置默认浏览器且能正常启动。{ $next }
browser-timeout-after-sign-in = 会话已保存：`connect-sso open` 可在浏览器中再次打开它。
browser-timeout-after-open = 会话仍已保存：再次运行 `connect-sso open`。
browser-timeout-after-sign-out = 已从钥匙串中删除令牌；在浏览器的 Amazon Connect 标签页中注销。
error-instance-not-allowed = 您的组织只允许登录其列出的实例；使用配置文件“{ $profile }”的实例 { $instance } 不在其中。
    .hint = 选择标记为“受管”的实例之一，或联系 IT 部门。
error-logout-page-unknown = 令牌已删除，但此会话的 Amazon Connect 地址未知，因此无法打开其浏览器注销页面。
    .hint = 在浏览器的 Amazon Connect 标签页中注销。

## The keychain and the settings file

# $detail: what the keychain said, as it is.
error-keychain-locked = 钥匙串已锁定或拒绝访问：{ $detail }
    .hint = 解锁钥匙串（Linux：“密码和密钥”/Seahorse 中的登录密钥环），然后重试。
error-keychain-unavailable = 钥匙串不可用：{ $detail }
    .hint = 在 Linux 上，安装并启动 Secret Service（例如 gnome-keyring：apt install gnome-keyring），然后重新登录。
error-keychain-mock = 此 Connect SSO 版本没有原生钥匙串存储。
    .hint = 从官方软件包重新安装 Connect SSO。
error-keychain-connection-broke = 钥匙串连接连续两次中断。
    .hint = 重启密钥环服务（或注销系统后重新登录），然后重新登录。
error-keychain-probe-failed = 钥匙串接受了条目，但未能将其返回。
    .hint = 重启密钥环服务（或注销系统后重新登录），然后再次运行 `connect-sso doctor`。
# $entry: the entry's name in the keychain.
error-keychain-entry-damaged = 钥匙串中的一个 Connect SSO 条目已损坏，无法读取（{ $entry }）。
    .hint = 注销该会话（或结束班次）以删除该条目，然后重新登录。
error-keychain-value-too-large = { $bytes } 字节的值超过了 Connect SSO 写入的钥匙串条目的大小。
    .hint = 报告此问题：Amazon Connect 令牌远小于此。
error-keychain-refused-size = 钥匙串拒绝了 { $bytes } 字节的值。
    .hint = 此存储有大小限制。
error-settings-unwritable = 无法将设置保存到 { $path }：{ $detail }
    .hint = 检查该文件夹是否存在且可写（磁盘已满？）。登录本身不受影响。
# $moved: settings-moved-to, or nothing.
error-settings-corrupt = 无法读取设置文件 { $path }（{ $detail }），已加载默认设置。{ $moved }
    .hint = 重新选择配置文件和实例；它们将保存到新文件中。
settings-moved-to = 原文件已移至 { $path }。

## Browsers chosen per instance ($browser: a product name such as "Google Chrome")
browser-reason-program-failed = { $browser } 未能启动
error-browser-not-installed = 为此实例选择的 { $browser } 未安装在这台计算机上。
    .hint = 在窗口或设置中为此实例选择其他浏览器（或默认浏览器），或安装 { $browser }。在脚本中：--browser default。
# $known: one of the browser-profiles-… messages.
error-browser-profile-not-found = { $browser } 没有名为“{ $profile }”的配置文件。
    .hint = { $known }
browser-profiles-none = 它还没有任何配置文件：请先启动一次。或者不为此实例选择配置文件。
browser-profiles-known = 它的配置文件：{ $profiles }。请为此实例选择其中之一，或不选。
error-browser-choice-invalid = 无法使用此浏览器选择：{ $detail }。
    .hint = 请先选择浏览器；配置文件和隐私窗口都属于某个浏览器。
