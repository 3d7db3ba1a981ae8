# The tray menu, desktop notifications and the terminal's words.
# Terms as in window.ftl: instance, profile, sign in / sign out, session, End shift.

## Tray menu

# $sessions: how many stored sessions there are.
tray-tooltip = { $sessions ->
        [0] Connect SSO — 未登入
       *[other] Connect SSO — { $sessions } 個工作階段
    }
tray-empty = 在視窗中釘選執行個體後，就會列在這裡
# $instance: the instance's name.
tray-sign-in = 登入 { $instance }
tray-signed-in = ● { $instance } — 已登入
tray-show = 顯示 Connect SSO
tray-end-shift = 結束班次（登出所有工作階段）
tray-quit = 結束

## Desktop notifications

# $place: the instance's name.
notification-expiring-title = Amazon Connect 工作階段即將結束：{ $place }
# $minutes: whole minutes left (at least 1).
notification-expiring-body = { $minutes ->
       *[other] 您在 { $place }（{ $region }）的工作階段將在 { $minutes } 分鐘後結束。開啟 Connect SSO 並重新登入即可繼續工作。
    }

## The terminal (connect-sso …, without --json)

# An error: its message, hint and code, on three lines.
cli-error =
    錯誤：{ $message }
      提示：{ $hint }
      代碼：{ $code }
cli-mfa-prompt = MFA 代碼：{ " " }
# $session: cli-place-and-user.
cli-place-and-user = { $place }（{ $region }），Connect 使用者 { $user }
cli-place-unknown-user = { $place }（{ $region }），Connect 使用者（不明）
cli-signed-in = 已登入：{ $session }。
cli-signed-in-again = 已重新登入：{ $session }。
cli-reopened = 已使用儲存的工作階段重新開啟：{ $session }。
cli-browser-opened = 已開啟瀏覽器。
cli-signed-out = 已登出：已從鑰匙圈中移除「{ $profile }」在 { $instance } 上的權杖。
cli-no-session = 沒有「{ $profile }」在 { $instance } 上儲存的工作階段。
cli-pinned = 已釘選 { $instance }（{ $profile }）。
cli-unpinned = 已取消釘選 { $instance }（{ $profile }）。
# $removed: how many sessions were removed.
cli-shift-ended = { $removed ->
       *[other] 班次已結束：已從鑰匙圈中移除 { $removed } 個儲存的工作階段。
    }
cli-sso-open =
    開啟下列網址以登入 IAM Identity Center：
      { $url }
cli-sso-code = 並確認頁面顯示此代碼：{ $code }
cli-sso-browser = 在已開啟的瀏覽器中核准 IAM Identity Center 登入；瀏覽器會自動返回此處。
cli-sso-waiting = 正在等候核准…
cli-sso-signed-in = 已為設定檔「{ $profile }」登入 IAM Identity Center。
sso-callback-success = 已登入 IAM Identity Center。可以關閉此分頁並返回 Connect SSO。
sso-callback-failure = IAM Identity Center 登入未完成。請返回 Connect SSO 查看原因。
cli-exported = 已將設定檔「{ $profile }」新增至 { $path }。
cli-diagnostics-saved = 診斷資訊已儲存到 { $path }（{ $files } 個檔案，{ $kib } KiB）。請將此檔案傳送給技術支援：其中不含權杖或密碼。
diagnostics-save-title = 儲存診斷資訊以提供給技術支援
# $access and $refresh: cli-expiry-at or cli-expiry-unknown.
cli-expiry = 存取權杖到期時間：{ $access }；重新整理權杖到期時間：{ $refresh }。
# $time: a UTC time ("2026-11-28 10:23 UTC"); $relative: cli-relative-in or cli-relative-ago.
cli-expiry-at = { $time }（{ $relative }）
cli-expiry-unknown = 不明
cli-span-minutes = { $minutes } 分鐘
cli-span-hours = { $hours } 小時 { $minutes } 分鐘
cli-relative-in = { $span }後
cli-relative-ago = { $span }前已過期
cli-session-line = { $session } [設定檔 { $profile }]
cli-no-sessions = 沒有儲存的工作階段。
cli-no-profiles = 找不到 AWS 設定檔。使用 `aws configure sso` 或在 ~/.aws/config 中新增一個。
cli-no-instances = 設定檔「{ $profile }」在其區域中看不到任何 Amazon Connect 執行個體。
cli-column-profile = 設定檔
cli-column-kind = 類型
cli-column-region = 區域
cli-column-endpoint = 端點
cli-column-alias = 別名
cli-column-id = ID
cli-column-identity = 身分
cli-column-status = 狀態
cli-column-browser = 瀏覽器
cli-column-name = 名稱
cli-column-browser-profiles = 設定檔
cli-column-path = 路徑
# In the PATH column of `connect-sso browsers`.
cli-browser-not-installed = 未安裝
cli-endpoint-custom = 自訂
cli-endpoint-aws = aws
cli-kind-static = 靜態金鑰
cli-kind-sso = IAM Identity Center
cli-kind-role = 角色
cli-kind-process = 憑證程序
cli-kind-other = 其他
# $list: cli-list-fresh or cli-list-cached.
cli-regions-searched = { $regions ->
       *[other] 已搜尋 { $regions } 個區域，{ $failed } 個失敗；清單：{ $list }。
    }
cli-list-fresh = 剛剛取得
cli-list-cached = 來自 { $seconds } 秒前的快取（--refresh 可重新查詢）
cli-region-warning = 警告：{ $region }：{ $message }（{ $code }）
# $names: the locked settings' keys, comma-separated; $restricted: "yes" when sign-in is limited to the listed instances.
cli-policy-valid = { $path } 是有效的 Connect SSO 政策：{ $instances } 個執行個體，{ $locked } 項鎖定的設定{ $locked ->
        [0] {""}
       *[other] （{ $names }）
    }{ $restricted ->
        [yes] ，且僅允許登入這些執行個體
       *[no] {""}
    }。
cli-policy-unusable =
    { $message }
      提示：{ $hint }
cli-policy-applies = 已套用 { $path } 中的政策。
cli-policy-none = 沒有政策：{ $path } 不存在。
cli-policy-no-location = 此作業系統上沒有政策位置。

## The desktop entry (the Linux menu; one line each, no arguments)

desktop-entry-generic-name = Amazon Connect 登入
desktop-entry-comment = 一鍵登入 Amazon Connect
# Search words for the menu, separated by semicolons.
desktop-entry-keywords = Amazon Connect;AWS;SSO;登入;聯絡中心;
