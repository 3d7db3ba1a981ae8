# Error messages and their hints. Each message says what happened (naming the profile or the
# instance); its .hint says the next step. Shared by the window and the terminal.
# Arguments are data and stay as they are: profile names, instance names, what AWS said.

error-internal = Connect SSO 內部發生錯誤：{ $detail }
    .hint = 這是 Connect SSO 的程式錯誤。使用 CONNECT_SSO_LOG=debug 重新執行，並回報其輸出內容。

error-language-unknown = Connect SSO 不支援「{ $language }」語言。
    .hint = 在「設定」的清單中選擇語言。

## Pieces other messages are built from

# A data value shown as it is.
data = { $value }
# An instance with its alias: "acme-support (a1b2…)".
instance-with-alias = { $alias } ({ $id })
instance-none = （無）
region-of-profile = 設定檔的區域
# What AWS said, after our sentence (note the leading space in English).
aws-says = AWS 回應：{ $message }
bad-response-unparsed = 無法剖析回應
bad-response-unread = 無法讀取回應
bad-response-no-description = 缺少執行個體描述
bad-response-no-sign-in-url = 其中沒有登入 URL
bad-response-no-credentials = 其中沒有憑證
bad-response-no-access-token = 其中沒有存取權杖

## Amazon Connect refused

error-resource-not-found = 設定檔「{ $profile }」在 { $region } 中找不到執行個體 { $instance }。
    .hint = 檢查執行個體 ID，或貼上執行個體 ARN，以便使用正確的帳戶和區域。
error-user-not-found = 執行個體 { $instance } 上沒有與設定檔「{ $profile }」的身分相符的 Amazon Connect 使用者。
    .hint = 使用 SAML 登入時，角色工作階段名稱必須與 Connect 使用者名稱完全相同（區分大小寫）。請 Connect 管理員檢查您的使用者。設定指南：docs/aws-setup.md#connect-usernames
error-user-not-found-seen = { error-user-not-found }
    .hint = AWS 將您識別為 { $arn }{ $session }。{ error-user-not-found.hint }
session-name-shown = { " " }（工作階段名稱「{ $name }」）
# $aws: what AWS said (may be empty). $saml: "yes" when AWS's message is about SAML.
error-invalid-request = Amazon Connect 拒絕了執行個體 { $instance } 的登入請求。{ $aws }
    .hint = { $saml ->
        [yes] 聯合登入需要執行個體使用以 SAML 2.0 為基礎的身分驗證。聯絡 Connect 管理員。
       *[no] 請 Connect 管理員檢查該執行個體。
    }
error-invalid-parameter = Amazon Connect 拒絕了執行個體 { $instance } 的某個參數。{ $aws }
    .hint = 檢查執行個體 ID 或 ARN。
error-duplicate-resource = Amazon Connect 回報執行個體 { $instance } 上設定檔「{ $profile }」對應的使用者重複。{ $aws }
    .hint = 請 Connect 管理員確認您的使用者只存在一個。
# $resource: the IAM resource ARN to allow, as it is.
error-access-denied = 設定檔「{ $profile }」無權登入執行個體 { $instance }。{ $aws }
    .hint = 請 AWS 管理員允許對 { $resource } 執行 connect:GetFederationToken。設定指南：docs/aws-setup.md#the-agent-policy
error-user-not-onboarded = 您的使用者尚未加入執行個體 { $instance }。
    .hint = 請 Connect 管理員將您的使用者加入此（Global Resiliency）執行個體。
error-root-not-allowed = 設定檔「{ $profile }」使用帳戶的根憑證，無法登入 Amazon Connect。
    .hint = 使用工作階段名稱與 Connect 使用者名稱相符的 IAM 角色（或 IAM 使用者）。

## Network or service

error-internal-service = { $region } 中的 Amazon Connect 發生內部錯誤，重試後仍是如此。
    .hint = 一分鐘後再試一次。若問題持續，查看 AWS Health Dashboard。
error-throttled = Amazon Connect 正在限制設定檔「{ $profile }」的請求，重試後仍是如此。
    .hint = 等候幾秒後再試一次。
# $code: the error code AWS sent, as it is.
error-unexpected-service-error = Amazon Connect 針對執行個體 { $instance } 傳回了非預期的錯誤 { $code }。{ $aws }
    .hint = 再試一次；若問題持續，回報此訊息。
# $what: bad-response-unparsed or bad-response-unread.
error-bad-response = Amazon Connect 針對執行個體 { $instance } 傳回了無法使用的回應：{ $what }。
    .hint = 再試一次；若問題持續，回報此訊息。
error-timeout = { $region } 中的 Amazon Connect 未及時回應。
    .hint = 網路速度慢或 Connect 沒有回應：再試一次。可在設定中延長逾時時間。
error-offline = 無法連線到 { $region } 中的 Amazon Connect：這部電腦似乎已離線。
    .hint = 檢查網際網路連線、VPN 或代理伺服器，然後再試一次。
error-network = 呼叫期間，與 { $region } 中 Amazon Connect 的連線中斷。
    .hint = 再試一次；若持續發生，檢查 VPN 或代理伺服器。
error-folder-open-failed = 無法開啟資料夾 { $path }。
    .hint = 請在檔案管理員中自行開啟；`connect-sso doctor` 也會顯示記錄檔的位置。
error-diagnostics-unwritable = 無法將診斷資訊儲存到 { $path }：{ $reason }
    .hint = 請選擇您可以寫入的資料夾，例如「文件」或桌面。
error-host-unreachable = 無法從這部電腦連線到 { $host }。
    .hint = 檢查網路、VPN 或 Proxy (HTTPS_PROXY、NO_PROXY)，然後再試一次。
error-proxy-invalid = { $source ->
        [policy] IT 政策
       *[other] { $source }
    } 中的 Proxy 位址 { $proxy } 不是有效的 URL。
    .hint = 請在該處更正：Proxy 位址的格式如 http://proxy.example.com:8080。
error-proxy-failed = Proxy { $proxy } 未放行對 AWS 的呼叫。
    .hint = 檢查 Proxy 是否正在執行並允許 *.amazonaws.com；洽詢 IT 部門，或在 NO_PROXY 中列出必須直接連線的主機。
error-proxy-auth-required = Proxy { $proxy } 要求提供使用者名稱和密碼。
    .hint = 將其寫入 HTTPS_PROXY 或 IT 政策中的 Proxy 位址 (http://user:password@host:port)，或請 IT 部門放行此應用程式。
error-tls-untrusted = 這部電腦不信任 { $host } 的憑證。
    .hint = 如果您的網路會檢查 TLS，請將 AWS_CA_BUNDLE（或 AWS 設定檔中的 ca_bundle）設為貴公司的 CA 憑證檔案 (PEM)。
error-ca-bundle-unreadable = 無法使用 CA 憑證套件 { $path } ({ $source })：{ $reason }
    .hint = 讓 { $source } 指向包含貴公司 CA 憑證的可讀取 PEM 檔案，或將其移除。

## Credentials and AWS set-up

# $code: the error code AWS sent. $quoted: the profile name quoted for a shell.
error-credentials-rejected = AWS 拒絕了設定檔「{ $profile }」的憑證（{ $code }）。
    .hint = 憑證已過期或有誤：更新憑證（例如 `aws configure --profile { $quoted }`）後再試一次。
error-clock-skew = 這部電腦的時鐘不正確，AWS 拒絕了請求。
    .hint = 開啟自動設定時間（例如 `timedatectl set-ntp true`）後再試一次。
error-no-region = 設定檔「{ $profile }」未指定要使用的 AWS 區域。
    .hint = 在 ~/.aws/config 中為該設定檔加入 `region = ...`，或貼上包含區域的執行個體 ARN。
error-credential-process-timeout = 設定檔「{ $profile }」的 credential_process 未在 { $seconds } 秒內完成。
    .hint = 手動執行該設定檔的 credential_process 命令：它可能在等待此處無法提供的輸入。
error-credentials-timeout = 載入設定檔「{ $profile }」的憑證耗時超過 { $seconds } 秒。
    .hint = 檢查網路和該設定檔的憑證來源，然後再試一次。
error-sso-expired = 設定檔「{ $profile }」的 IAM Identity Center 登入不存在或已過期。
    .hint = 執行 `aws sso login --profile { $quoted }` 後再試一次。
    .window-hint = 請選擇「使用 IAM Identity Center 登入」：應用程式會在瀏覽器中開啟登入頁面，您核准後即列出執行個體。
# $detail: what the credential process or the SDK said, as it is.
error-credential-process-failed = 設定檔「{ $profile }」的 credential_process 失敗：{ $detail }
    .hint = 手動執行該設定檔的 credential_process 命令以查看錯誤；它必須輸出 JSON 格式的憑證。
error-no-credentials = 設定檔「{ $profile }」沒有可用的 AWS 憑證：{ $detail }
    .hint = 執行 `aws configure --profile { $quoted }`，或向 IT 部門申請具有 Amazon Connect 存取權的設定檔。
error-profile-not-found = 沒有名為「{ $profile }」的 AWS 設定檔。
    .hint = 從清單中選擇設定檔，或使用 `aws configure sso` 或在 ~/.aws/config 中新增該設定檔。
# $detail: the parser's message, naming the file and line.
error-aws-config-invalid = 無法讀取 AWS 的 config/credentials 檔案：{ $detail }
    .hint = 修正 ~/.aws/config 或 ~/.aws/credentials（或 AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE 所指向的檔案）中上方指出的那一行。
# $service: the AWS service's name ("Amazon Connect", "AWS STS"…).
error-endpoint-invalid = 設定檔「{ $profile }」將 { $service } 呼叫傳送到「{ $url }」，但這不是 URL。
    .hint = 請將 AWS_ENDPOINT_URL* 或設定檔的 endpoint_url 設為 https:// 位址，或將其移除以使用 AWS 自己的端點。
error-custom-endpoint-forbidden = 設定檔「{ $profile }」將 { $service } 呼叫傳送到自訂端點，但您組織的政策不允許這樣做。
    .hint = 從設定檔中移除 endpoint_url 和 services 區段（並從環境變數中移除 AWS_ENDPOINT_URL*），或洽詢 IT 部門。

## Finding instances

error-region-timeout = { $region } 未在 { $seconds } 秒內回應。
    .hint = 其他區域已列出；稍後重新整理即可再試一次此區域。
error-discovery-cache-unwritable = 無法快取執行個體清單：{ $detail }
    .hint = 執行個體探索仍可正常使用；檢查設定資料夾是否可寫入。

## IAM Identity Center and MFA

error-not-sso-profile = 設定檔「{ $profile }」未使用 IAM Identity Center。
    .hint = 選擇在 ~/.aws/config 中設定了 sso_session（或 sso_start_url）的設定檔。
error-sso-login-none = 設定檔「{ $profile }」沒有進行中的 IAM Identity Center 登入。
    .hint = 重新開始登入。
error-sso-login-cancelled = IAM Identity Center 登入已取消。
    .hint = 準備好後重新開始。
# $start_url: the IAM Identity Center portal's address.
error-sso-login-denied = { $start_url } 的 IAM Identity Center 登入遭到拒絕。
    .hint = 如果不是您本人操作，通知 IT 部門；否則重新開始登入並核准。
error-sso-login-expired = { $start_url } 的 IAM Identity Center 登入未及時獲得核准。
    .hint = 重新開始，並在幾分鐘內於瀏覽器中核准。
# $detail: what IAM Identity Center said, as it is.
error-sso-refused = IAM Identity Center（{ $start_url }）拒絕了登入：{ $detail }
    .hint = 與 IT 部門確認該設定檔的 sso_start_url 和 sso_region，然後再試一次。
error-sso-state-mismatch = 瀏覽器帶回的 IAM Identity Center 回應不屬於此次登入，已被拒絕。
    .hint = 從 Connect SSO 重新開始登入。如果反覆發生，請告知 IT 部門。
error-sso-authorize-failed = IAM Identity Center（{ $start_url }）以錯誤 { $error } 結束了瀏覽器登入。
    .hint = 重新開始登入，或改用代碼（`connect-sso sso-login --use-device-code`）。
error-sso-code-refused = IAM Identity Center（{ $start_url }）未接受瀏覽器登入的授權碼。
    .hint = 重新開始登入。如果仍然失敗，請改用代碼（`connect-sso sso-login --use-device-code`）。
error-untrusted-verification-url = IAM Identity Center 驗證頁面不在 AWS 登入主機上，因此未開啟。
    .hint = 與 IT 部門確認該設定檔的 sso_start_url。
error-sso-cache-unwritable = 無法將 IAM Identity Center 權杖儲存到 { $path }：{ $detail }
    .hint = 檢查 ~/.aws/sso/cache 是否可寫入。
# $device: the MFA device's ARN.
error-mfa-required = 設定檔「{ $profile }」需要 { $device } 的一次性 MFA 代碼。
    .hint = 輸入驗證器應用程式中的六位數代碼；每個班次只需輸入一次。
error-mfa-format = MFA 代碼為六位數字。
    .hint = 輸入驗證器應用程式目前顯示的代碼。
error-mfa-refused = AWS 不接受設定檔「{ $profile }」的這個 MFA 代碼。
    .hint = 輸入裝置 { $device } 目前的代碼（代碼每 30 秒更換一次）。
error-mfa-not-needed = 設定檔「{ $profile }」不是具有 MFA 裝置（mfa_serial）的角色。
    .hint = 重新選擇該設定檔；它不需要代碼。

## App profiles

error-app-profile-not-found = 設定中沒有名為「{ $profile }」的應用程式設定檔。
    .hint = `connect-sso profiles` 會列出設定檔；應用程式設定檔來自設定檔案。
# $field: the name of the field, as in the settings file.
error-app-profile-invalid = 未匯出應用程式設定檔「{ $profile }」：其 { $field } 無效。
    .hint = 未寫入任何內容。先在設定檔案中修正該應用程式設定檔。
error-export-exists = { $path } 中已有名為「{ $profile }」的設定檔或 sso-session。
    .hint = 未做任何變更。先移除該區段或將其重新命名。
error-aws-config-unwritable = 無法寫入 { $path }：{ $detail }
    .hint = 檢查 AWS config 檔案是否可寫入。

## What was typed or chosen

error-profile-name-invalid = 這不是有效的 AWS 設定檔名稱。
    .hint = 從清單中選擇設定檔（`connect-sso profiles` 可列出設定檔）。
error-instance-too-long = 執行個體 ID 或 ARN 過長。
    .hint = { -instance-hint }
# $input: what was pasted (its first 80 characters).
error-instance-not-id-or-arn = 「{ $input }」既不是執行個體 ID，也不是執行個體 ARN。
    .hint = { -instance-hint }
error-instance-bad-arn = 「{ $input }」不是有效的 Amazon Connect 執行個體 ARN。
    .hint = { -instance-hint }
-instance-hint = 貼上 Amazon Connect 主控台中的執行個體 ID（例如 12345678-abcd-…）或執行個體 ARN。
error-no-instance-given = 未指定執行個體，之前也沒有使用過任何執行個體。
    .hint = 傳入 --instance ID_OR_ARN（`connect-sso instances` 可列出執行個體）。
error-too-many-regions = 最多只能新增 { $max } 個額外區域。
    .hint = 移除不使用的區域。
error-region-invalid = 「{ $region }」不是 AWS 區域代碼。
    .hint = 區域代碼的格式如 eu-west-3 或 ap-south-1。
error-lead-minutes-range = 提前提醒時間必須介於 1 到 120 分鐘之間。
    .hint = 輸入 1 到 120 之間的分鐘數。
error-zoom-unknown = { $percent }% 不是 Connect SSO 提供的視窗大小。
    .hint = 使用 Ctrl+= 和 Ctrl+-（或設定中的大小）。
# $reason: the MFA error's own message.
error-mfa-in-a-script = { $reason }
    .hint = 傳入 --mfa-code-stdin，並將驗證器應用程式中的六位數代碼寫入標準輸入。

## Settings and the IT policy

# $setting: the setting's key, as in the policy file ("closeToTray").
error-setting-managed = 「{ $setting }」由您的組織管理，無法在此變更。
    .hint = 如需不同的值，洽詢 IT 部門。
# $detail: what is wrong, for IT, as the checker or the system says it.
error-policy-invalid = 無法使用 IT 政策檔案 { $path }：{ $detail }。
    .hint = 修正之前會套用您自己的設定。IT 人員：`connect-sso policy validate FILE` 會顯示錯誤；結構描述為 docs/policy.schema.json。
error-policy-file-missing = { $path } 不存在。
    .hint = 提供要檢查的政策檔案路徑。
error-app-profile-unused = 設定中的應用程式設定檔「{ $profile }」未被使用：其 { $field } 無效。
    .hint = 在 { $path } 中修正它（若由 IT 部門設定，則洽詢 IT 部門）；其他設定檔照常運作。

## connect-sso doctor

error-doctor-root = 設定檔「{ $profile }」使用帳戶的根使用者（{ $arn }），無法登入 Amazon Connect。
    .hint = 改用 IAM 角色或 IAM Identity Center 設定檔。
error-doctor-connect-user-missing = 執行個體 { $instance } 上沒有名為「{ $username }」的 Amazon Connect 使用者。
    .hint = 請以完全相同的使用者名稱（區分大小寫）建立該使用者，或讓工作階段名稱與現有使用者一致。設定指南：docs/aws-setup.md#connect-usernames
error-doctor-region-unknown = { $region } 不是已知提供 Amazon Connect 的區域。
    .hint = 在設定檔中使用執行個體所在的區域；若 Amazon Connect 剛在該區域推出，將該區域新增至設定中的 extraRegions。

## The sign-in URL, the browser, links

# Why a sign-in URL was not opened ($reason of error-untrusted-sign-in-url).
url-reason-too-long = 長度超出限制
url-reason-characters = 包含 URL 中不允許的字元
url-reason-host-encoded = 主機名稱經過編碼或不是純 ASCII
url-reason-user-info = 包含使用者資訊
url-reason-not-https = 不是 https
url-reason-port = 指定了連接埠
url-reason-ip-host = 主機是 IP 位址
url-reason-no-host = 沒有主機
url-reason-trailing-dot = 主機名稱以點結尾
url-reason-bad-dns = 主機名稱不是有效的 DNS 名稱
url-reason-not-connect-host = 主機不是 Amazon Connect 登入主機
url-reason-awsapps-path = 在 awsapps.com 上只會開啟 Amazon Connect 本身的 /connect 頁面
url-reason-not-instance-host = 主機不是該執行個體存取 URL 的主機
# Why a connect-sso:// link was refused ($reason of error-deep-link-invalid).
link-reason-too-long = 長度超出限制
link-reason-characters = 包含空格或控制字元
link-reason-not-a-link = 不是連結
link-reason-scheme = 不是 connect-sso:// 連結
link-reason-action = 唯一支援的動作是 sign-in
link-reason-extra-parts = 包含登入連結不會有的部分
link-reason-unknown-key = 包含 profile 和 instance 以外的索引鍵
link-reason-repeated-key = 某個索引鍵出現了兩次
link-reason-no-profile = 未指定設定檔
link-reason-no-instance = 未指定執行個體
link-reason-bad-profile = 設定檔名稱無效
link-reason-bad-instance = 執行個體不是執行個體 ID 或 ARN
error-untrusted-sign-in-url = 未開啟 Amazon Connect 傳回的登入 URL：{ $reason }。
    .hint = 未開啟任何內容。如果使用自訂端點，檢查該端點（見設定檔標記）；否則回報此問題。
error-deep-link-invalid = 未使用此 Connect SSO 連結：{ $reason }。
    .hint = 請傳送者提供格式為 connect-sso://sign-in?profile=NAME&instance=ID 的連結。
error-no-url-launcher = 未安裝 URL 啟動器（xdg-open），因此無法開啟瀏覽器。
    .hint = 安裝 xdg-utils（Debian/Ubuntu：sudo apt install xdg-utils）並設定預設瀏覽器。
browser-reason-no-launcher = 未安裝 URL 啟動器（xdg-open）
browser-reason-launcher-failed = 系統的 URL 啟動器執行失敗
error-browser-failed = 無法開啟瀏覽器：{ $reason }。
    .hint = 安裝或設定預設網頁瀏覽器（Linux：xdg-utils 和 `xdg-settings set default-web-browser`），然後重新登入。
# $next: what still holds (one of the browser-timeout-after-… messages).
error-browser-timeout = 瀏覽器未在 { $seconds } 秒內開啟頁面。
    .hint = 檢查是否已設定預設瀏覽器且能正常啟動。{ $next }
browser-timeout-after-sign-in = 工作階段已儲存：`connect-sso open` 可在瀏覽器中再次開啟它。
browser-timeout-after-open = 工作階段仍已儲存：再次執行 `connect-sso open`。
browser-timeout-after-sign-out = 已從鑰匙圈中移除權杖；在瀏覽器的 Amazon Connect 分頁中登出。
error-instance-not-allowed = 您的組織只允許登入其列出的執行個體；使用設定檔「{ $profile }」的執行個體 { $instance } 不在其中。
    .hint = 選擇標示為「受管理」的執行個體之一，或洽詢 IT 部門。
error-logout-page-unknown = 權杖已移除，但此工作階段的 Amazon Connect 位址不明，因此無法開啟其瀏覽器登出頁面。
    .hint = 在瀏覽器的 Amazon Connect 分頁中登出。

## The keychain and the settings file

# $detail: what the keychain said, as it is.
error-keychain-locked = 鑰匙圈已鎖定或拒絕存取：{ $detail }
    .hint = 解除鎖定鑰匙圈（Linux：「密碼與金鑰」/Seahorse 中的登入鑰匙圈），然後再試一次。
error-keychain-unavailable = 鑰匙圈無法使用：{ $detail }
    .hint = 在 Linux 上，安裝並啟動 Secret Service（例如 gnome-keyring：apt install gnome-keyring），然後重新登入。
error-keychain-mock = 此 Connect SSO 組建沒有原生鑰匙圈儲存區。
    .hint = 從官方套件重新安裝 Connect SSO。
error-keychain-connection-broke = 鑰匙圈連線連續中斷兩次。
    .hint = 重新啟動鑰匙圈服務（或登出系統後再登入），然後重新登入。
error-keychain-probe-failed = 鑰匙圈接受了項目，卻未能將其傳回。
    .hint = 重新啟動鑰匙圈服務（或登出系統後再登入），然後再次執行 `connect-sso doctor`。
# $entry: the entry's name in the keychain.
error-keychain-entry-damaged = 鑰匙圈中的一個 Connect SSO 項目已損壞，無法讀取（{ $entry }）。
    .hint = 登出該工作階段（或結束班次）以移除該項目，然後重新登入。
error-keychain-value-too-large = { $bytes } 位元組的值超過 Connect SSO 寫入的鑰匙圈項目大小。
    .hint = 回報此問題：Amazon Connect 權杖遠小於此。
error-keychain-refused-size = 鑰匙圈拒絕了 { $bytes } 位元組的值。
    .hint = 此儲存區有大小限制。
error-settings-unwritable = 無法將設定儲存到 { $path }：{ $detail }
    .hint = 檢查資料夾是否存在且可寫入（磁碟已滿？）。登入本身不受影響。
# $moved: settings-moved-to, or nothing.
error-settings-corrupt = 無法讀取設定檔案 { $path }（{ $detail }），已載入預設值。{ $moved }
    .hint = 重新選擇設定檔和執行個體；它們會儲存到新的檔案中。
settings-moved-to = 原檔案已移至 { $path }。

## Browsers chosen per instance ($browser: a product name such as "Google Chrome")
browser-reason-program-failed = { $browser } 未能啟動
error-browser-not-installed = 為此執行個體選擇的 { $browser } 未安裝在這部電腦上。
    .hint = 在視窗或設定中為此執行個體選擇其他瀏覽器（或預設瀏覽器），或安裝 { $browser }。在指令碼中：--browser default。
# $known: one of the browser-profiles-… messages.
error-browser-profile-not-found = { $browser } 沒有名為「{ $profile }」的設定檔。
    .hint = { $known }
browser-profiles-none = 它還沒有任何設定檔：請先啟動一次。或者不為此執行個體選擇設定檔。
browser-profiles-known = 它的設定檔：{ $profiles }。請為此執行個體選擇其中之一，或不選。
error-browser-choice-invalid = 無法使用此瀏覽器選擇：{ $detail }。
    .hint = 請先選擇瀏覽器；設定檔和私密視窗都屬於某個瀏覽器。
