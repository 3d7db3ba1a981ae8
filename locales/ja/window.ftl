# The window's words. Terms, used the same way everywhere (translators keep them consistent):
#   instance  – an Amazon Connect instance (never "site" or "tenant")
#   profile   – an AWS profile from the AWS config, or one defined in Connect SSO
#   sign in / sign out – the verbs; "sign-in" is the noun
#   session   – a stored Amazon Connect sign-in this app can reopen
#   End shift – signs out of every session at once (shared desks)
# Arguments are data (names, IDs, regions) and stay as they are. Counts ($count, $total…) are numbers: choose the
# plural form with a selector ({ $count -> [one] … *[other] … }), never by adding letters in code.
# "…" ends a label that stays while something runs; keep it.
# ja: Japanese has one plural form (CLDR "other"); selectors keep only *[other] (and English's exact-number variants).

## Durations and times (numbers and units come from Intl in the language)

duration-under-a-minute = 1 分未満
# $duration: "58 min", "2 hr 5 min"
time-in = あと { $duration }
time-ago = { $duration } 前
# Something that has ended (a token, a session). $duration: how long ago, "3 min".
time-expired-ago = { $duration } 前に期限切れ
# A time with how far away it is. $time: local clock time ("14:32"); $relative: "in 58 min", "expired 3 min ago".
expiry-time = { $time }（{ $relative }）

## Buttons used in several places

button-cancel = キャンセル
button-continue = 続行
button-close = 閉じる
sign-in-button = サインイン
signing-in = サインイン中…
sign-out-button = サインアウト
signing-out = サインアウト中…

## Header

app-name = Connect SSO
app-subtitle = ワンクリックで Amazon Connect にサインイン
settings-button = 設定

## Startup (before the chooser can show)

startup-loading = AWS プロファイルを読み込んでいます…
startup-failed-title = Connect SSO を起動できませんでした
startup-failed-body = 詳細は上に表示されています。問題を修正してから、もう一度お試しください。
startup-retry = 再試行
no-profiles-title = AWS プロファイルが見つかりません
no-profiles-body = Connect SSO は、AWS 設定のプロファイルを使ってサインインします。プロファイルを追加してから、再読み込みしてください：
# $command: the command, shown in code style (the .command attribute). Keep the command as it is.
no-profiles-step-sso = IAM Identity Center（SSO）の場合は、ターミナルで { $command } を実行してください。
    .command = aws configure sso
# $command: as above. NAME stands for a profile name the person chooses: it may be translated, the rest may not.
no-profiles-step-keys = アクセスキーの場合は、{ $command } を実行してください。
    .command = aws configure --profile 名前
# $section: a section of the AWS config file; $file: that file. Both in code style; only NAME may be translated.
no-profiles-step-file = または、{ $file } に { $section } セクションを追加してください。
    .section = [profile 名前]
    .file = ~/.aws/config
no-profiles-reload = プロファイルを再読み込み

## Layout

instances-card =
    .aria-label = Amazon Connect インスタンス

## Instance chooser: the search box

search-box = Amazon Connect インスタンスを検索
    .placeholder = 名前、ID、アカウント、リージョン、プロファイル
# The keys (↑ ↓ Enter Esc Alt+P) are key names: keep them.
search-help = ↑ ↓ 選択 · Enter サインイン · Esc クリア · Alt+P ピン留め
# Next to the search box when nothing is filtered. $total: instances listed.
search-count-all = { $total }
# $shown: instances matching the search; $total: instances listed.
search-count-some = { $shown } / { $total }
search-results-announce = { $count ->
        [0] 一致するインスタンスはありません
       *[other] { $count } 件のインスタンスが一致しました
    }

## Profile picker

profile-picker = AWS プロファイル
profile-all = すべてのプロファイル
# One profile in the picker. $name: the profile's name; $kind: what it is (profile-kind); $region: its default region
# (or profile-no-region).
profile-option = { $name } — { $kind } · { $region }
# The same, for a profile whose AWS endpoint is overridden.
profile-option-custom-endpoint = { $name } — { $kind } · { $region } · { badge-custom-endpoint }
profile-no-region = リージョンなし
profile-no-default-region = 既定のリージョンなし
# What kind of AWS profile it is. $kind is a code: keep the variant keys as they are.
profile-kind =
    { $kind ->
        [static] 静的キー
        [sso] IAM Identity Center
        [role] ロール
        [process] 認証情報プロセス
       *[other] その他
    }
# Under the picker when a profile's AWS endpoint is overridden (also in the sign-in card and the deep link dialog).
custom-endpoint-warning = このプロファイルは、AWS 設定で指定されたカスタムエンドポイントに AWS リクエストを送信します。ご自身で設定した場合にのみサインインしてください。

## Discovery status (under the profile picker)

# $count: instances listed; $regions: how many AWS regions they are in.
discovery-summary =
    { $count ->
        [0] インスタンスはありません
       *[other] { $regions } 個のリージョンに { $count } 件のインスタンス
    }
# While a discovery runs. $summary: the discovery-summary line.
discovery-summary-refreshing = { $summary } · 更新中…
discovery-never = インスタンスはまだ検索されていません
discovery-looking = インスタンスを検索しています…
# After the summary. $duration: how long ago the list was brought up to date ("3 min", "2 hr 5 min").
discovery-age = · { $duration } 前に更新
discovery-age-just-now = · たった今更新
discovery-refresh = 更新
    .title = すべてのリージョンでインスタンスを再検索
discovery-refreshing = 更新中…
discovery-errors =
    .aria-label = インスタンス検出の問題
# A profile whose instances could not be listed. $profile: its name; $message: what went wrong.
discovery-profile-error = { $profile }：{ $message }
# A region that could not be searched. $region: the AWS region code; $message: what went wrong.
discovery-region-error = { $region }：{ $message }
# The same when several profiles failed. $profile: the profile's name.
discovery-profile-region-error = { $profile } · { $region }：{ $message }

## Instance list

instances-list =
    .aria-label = Amazon Connect インスタンス
list-section-pinned = ピン留め済み
list-section-recent = 最近使用
list-section-all = すべて
# $query: what the person typed in the search box.
list-no-match = 「{ $query }」に一致するインスタンスはありません。
list-loading = Amazon Connect インスタンスを検索しています…
list-failed-profile = このプロファイルのインスタンスを一覧表示できませんでした。下でインスタンス ID または ARN を貼り付けることはできます。
list-failed-all = プロファイルのインスタンスを一覧表示できませんでした。下でインスタンス ID または ARN を貼り付けることはできます。
list-empty-profile = このプロファイルの Amazon Connect インスタンスが見つかりません
list-empty-all = Amazon Connect インスタンスが見つかりません
list-empty-hint = インスタンスが別のリージョンまたはアカウントにある場合は、下でその ID または ARN を貼り付けてください。

## One instance in the list

# The star before each row. $label: the instance's name (display name, alias or ID).
pin-toggle-pin =
    .aria-label = { $label } をピン留め
    .title = 先頭にピン留め
pin-toggle-unpin =
    .aria-label = { $label } のピン留めを解除
    .title = ピン留めを解除
pin-button-pin = ピン留め
pin-button-unpin = ピン留めを解除
pin-state-pinned = ピン留め済み
badge-managed = 管理対象
badge-default = 既定
badge-recent = 最近使用
badge-custom-endpoint = カスタムエンドポイント
# An instance that is not ACTIVE. $status: the AWS status code (keep the variant keys); $fallback: an unknown code
# in plain letters ("Deleting").
instance-status =
    { $status ->
        [CREATION_IN_PROGRESS] 作成中
        [CREATION_FAILED] 作成失敗
       *[other] { $fallback }
    }
# $type: how the instance manages its users (identity-type).
instance-not-saml = SAML 以外 — サインインに失敗する可能性があります
    .title = ID 管理：{ $type }
# $type: the AWS identity management type (keep the variant keys); $fallback: an unknown type in plain letters.
identity-type =
    { $type ->
        [SAML] SAML
        [CONNECT_MANAGED] Connect で管理されるユーザー
        [EXISTING_DIRECTORY] 既存のディレクトリ
        [unknown] 不明な ID 管理タイプ
       *[other] { $fallback }
    }
instance-restricted = 組織によって許可されていません
# On anything the IT policy sets (pins, settings); also quoted in settings-policy-note.
managed-title = 組織によって管理されています

## Paste an instance ID or ARN

# The placeholder shows the shape of an ARN: REGION, ACCOUNT and ID may be translated, the rest may not.
paste-field = インスタンス ID または ARN を貼り付け
    .placeholder = arn:aws:connect:リージョン:アカウント:instance/ID
paste-use = 使用
paste-looking-up = 照会中…
paste-help-no-profile = ID または ARN を照会するには、上で AWS プロファイルを選んでください。
# $profile: the profile a pasted ID or ARN is looked up with.
paste-help-profile = プロファイル { $profile } で照会します。

## Sign-in card

sign-in-title = サインイン
sign-in-profile = プロファイル
sign-in-instance = インスタンス
# $label: the instance's name; $region: its AWS region code.
instance-with-region = { $label }（{ $region }）
sign-in-help-getting-link = Amazon Connect からサインインリンクを取得しています…
sign-in-help-waiting-sso = IAM Identity Center のサインインを待っています…
sign-in-help-renewing = 上のリマインダーからもう一度サインインしています…
sign-in-help-no-profiles = まず AWS プロファイルを選んでください。
sign-in-help-looking = インスタンスを検索しています…
sign-in-help-choose = Amazon Connect インスタンスを選んでください。
sign-in-help-not-allowed = 組織によって許可されていません。組織が管理するインスタンスを選んでください。
# $status: the instance's status (instance-status).
sign-in-help-inactive = このインスタンスはアクティブではありません（{ $status }）。サインインはおそらく失敗します。
sign-in-help-not-saml = このインスタンスは SAML を使用していません。サインインに失敗する可能性があります。
sign-in-help-ready = Amazon Connect がブラウザーで開きます。
# Before signing in to an instance already signed in with another profile. $name: the instance (alias or ID);
# $profile: the other profile.
duplicate-question = { $name } にはプロファイル { $profile } ですでにサインインしています。もう一度サインインすると、そのセッションが終了する可能性があります。

## Status panel

status-title = ステータス
status-idle = このウィンドウからはまだサインインしていません。
status-signed-in = サインイン済み
# $name: the instance (alias or ID); $region: its AWS region code.
status-summary = { $name }（{ $region }）にサインイン済み
status-browser = ブラウザーを開きました。ブラウザーの Amazon Connect で操作を続けてください。
status-resumed = 保存済みのセッションでもう一度開きました。新たにサインインする必要はありません。
status-renewed = 保存済みのトークンが期限切れだったため、もう一度サインインしました。
# $profile: the profile whose IAM Identity Center sign-in (or MFA code) went through.
status-sso-done = プロファイル { $profile } の IAM Identity Center サインインが完了しました。
status-mfa-done = プロファイル { $profile } の MFA コードが受け付けられました。
status-user = Connect ユーザー
# The AWS identity that signed in. $arn: its ARN.
caller-identity = AWS アイデンティティ：{ $arn }
# When the backend does not know the Connect user.
user-unknown = 不明なユーザー
status-profile = プロファイル
status-access-expires = アクセストークンの有効期限
status-refresh-expires = 更新トークンの有効期限
status-expiry-unknown = 不明
status-not-remembered = キーチェーンを使用できないため、このセッションは保存されません
# After Sign out. $name: the instance (alias or ID).
status-signed-out = { $name } からサインアウトしました。
status-signed-out-browser = { $name } からサインアウトしました。ブラウザーで Amazon Connect のサインアウトページを開きました。
# After End shift. $count: how many sessions were signed out.
end-shift-done =
    { $count ->
       *[other] シフトを終了しました：{ $count } 件のセッションからサインアウトしました。
    }

## Sessions card

sessions-title = セッション
# The badge after the title. $count: stored sessions.
sessions-count = { $count }
sessions-empty = 保存済みのセッションはありません。
sessions-sign-out-browser = ブラウザーの Amazon Connect からもサインアウト
# $name: the instance (alias or ID); $profile: the profile it is signed in with.
session-open = 開く
    .aria-label = { $name } をブラウザーで開く（プロファイル：{ $profile }）
session-opening = 開いています…
session-sign-out =
    .aria-label = { $name } からサインアウト（プロファイル：{ $profile }）
# When the session ends. $time: local clock time; $relative: "in 11 hr", "expired 3 min ago".
session-until = { $time } まで（{ $relative }）
session-expiry-unknown = 有効期限不明
end-shift = シフトを終了
# Asked inline before End shift. $count: stored sessions.
end-shift-question =
    { $count ->
       *[other] すべてのセッション（{ $count } 件）からサインアウトしますか？
    }
end-shift-confirm = すべてサインアウト

## Banners: errors, notices, reminders, the policy file

# $code: the error's code (for support), in code style.
error-code = エラーコード { $code }
error-dismiss = エラーを閉じる
notice-dismiss = お知らせを閉じる
# When an error has no words of its own.
window-error-unknown = 問題が発生しました。
    .hint = もう一度お試しください。繰り返し発生する場合は、Connect SSO を再起動してください。
# The window could not reach the backend. $detail: what the system said (often English).
window-error-internal = { $detail }
    .hint = もう一度お試しください。繰り返し発生する場合は、Connect SSO を再起動してください。
# $detail: why the window cannot listen to the app's events.
reminders-unavailable = Connect SSO は、セッション終了前のリマインダーをこのウィンドウに表示できません（{ $detail }）。
    .hint = デスクトップ通知では引き続きお知らせします。繰り返し発生する場合は、Connect SSO を再起動してください。
mfa-code = MFA コード
mfa-checking = 確認中…
sso-login-opening = ブラウザーを開いています…
expiring-title-fallback = Amazon Connect のセッションがまもなく終了します
# More reminders behind the one shown. $count: how many.
expiring-more = ほか { $count } 件
expiring-sign-in = もう一度サインイン
expiring-dismiss = このリマインダーを閉じる
# For whoever administers the policy file. $message: what is wrong with it; $hint: what to do.
policy-error = 組織のポリシーファイルを使用できませんでした：{ $message }（{ $hint }）
policy-error-no-hint = 組織のポリシーファイルを使用できませんでした：{ $message }
# $path: where the policy file is.
policy-error-path = ポリシーファイル：{ $path }
policy-error-note = 修正されるまでは、Connect SSO はご自身の設定で動作します。
policy-error-dismiss = ポリシーの問題を閉じる

## Sign in with IAM Identity Center

sso-login-title = IAM Identity Center でサインイン
sso-login-intro = ブラウザーで IAM Identity Center のページが開きました。このコードが表示されていることを確認してから、承認してください：
sso-login-browser-intro = ブラウザーでサインインを承認してください。自動的にここに戻ります。比較するコードはありません。
sso-login-use-code = 代わりにコードを使用
sso-login-waiting = 承認を待っています…
# How long the code shown still works. $duration: "9 min", "less than a minute".
sso-code-valid = コードの有効期限まであと { $duration }
sso-code-expired = コードの有効期限が切れました

## Deep link dialog (a connect-sso:// link asks to sign in)

deep-link-title = リンクからサインインしますか？
# $label: the instance's name; $id: its ID; $profile: the profile the link names.
deep-link-question = プロファイル { $profile } で { $label }（{ $id }）にサインインしますか？
# The same for an instance without a name.
deep-link-question-id = プロファイル { $profile } で { $id } にサインインしますか？
# $region: the AWS region code the link gave.
deep-link-region = リージョン：{ $region }
# $profile: the profile the link names.
deep-link-unknown-profile = このコンピューターに { $profile } という名前の AWS プロファイルはありません。サインインは失敗します。
deep-link-queued = 別のリンクを受け取りました。このリンクに応答すると表示されます。
deep-link-note = リンクから Connect SSO にサインインが要求されました。心当たりがある場合にのみ続行してください。

## Settings dialog

settings-title = 設定
settings-language = 言語
settings-language-system = システムと同じ
settings-zoom = サイズ
settings-zoom-hint = ウィンドウ内のどこでも Ctrl+= と Ctrl+- で変更でき、Ctrl+0 で 100% に戻ります。
settings-close-to-tray = 閉じるとトレイに格納
settings-close-to-tray-hint = ウィンドウを閉じても、Connect SSO はトレイで実行され続けます。
settings-start-at-login = ログイン時に起動
settings-sign-in-at-launch = 起動時に既定のインスタンスにサインイン
settings-default-none = 既定のインスタンスは設定されていません。
# $instance: the default instance's name (or ID); $profile: its profile.
settings-default = 既定：{ $instance }（プロファイル：{ $profile }）
settings-notifications = セッション終了前に通知する
settings-lead-minutes = セッション終了の何分前に通知するか
# $min, $max: the allowed range.
settings-lead-invalid = { $min }～{ $max } 分の範囲で指定してください。
    .hint = セッション終了のこの分数前に、Connect SSO がもう一度サインインするよう通知します。
# The region codes in the placeholder are examples: keep them.
settings-extra-regions = 追加のリージョン
    .placeholder = 例：eu-west-2, ap-southeast-2
settings-extra-regions-hint = 組み込みの Amazon Connect リージョンに加えて検索します。カンマまたはスペースで区切ってください。
# $count: how many entries are not regions; $list: those entries, as typed.
settings-regions-invalid =
    { $count ->
       *[other] リージョンではありません：{ $list }
    }
    .hint = リージョンは eu-west-2 や ap-southeast-2 のような形式です。
settings-shortcut = ショートカット：ウィンドウを表示して検索
settings-shortcut-none = なし
settings-regions = 検索するリージョン
settings-policy-note = 「{ managed-title }」と表示された項目は、ポリシーファイルで設定されています。
# $path: where the policy file is.
settings-policy-note-path = 「{ managed-title }」と表示された項目は、ポリシーファイル { $path } で設定されています。

## The browser an instance opens in ($browser: a product name such as "Google Chrome"; $profile: a browser profile's name)
settings-browser = ブラウザー
settings-browser-hint = 個別のブラウザー（サインインカードで選択）がないインスタンスは、ここで開きます。
browser-system-default = システムの既定のブラウザー
browser-same-as-all = すべてのインスタンスと同じ（{ $browser }）
browser-with-profile = { $browser } — { $profile }
browser-not-installed = { $browser }（未インストール）
browser-private = プライベートウィンドウ
# In the error panel when the chosen browser is gone: focuses the instance's browser picker.
choose-browser = ブラウザーを選ぶ
settings-instance-browsers = 個別のブラウザーを使うインスタンス
settings-instance-browsers-none = まだありません。サインインカードの「開くブラウザー」でインスタンスごとに選べます。
settings-help = ヘルプ
settings-help-hint = ヘルプデスク向け：アプリのログと、送付用の診断ファイルです。どちらにもトークンやパスワードは含まれません。
settings-open-log-folder = ログフォルダーを開く
settings-save-diagnostics = 診断情報を保存…
settings-diagnostics-saving = 診断情報を保存しています…
settings-diagnostics-saved = 診断情報を { $path } に保存しました (ファイル { $files } 個)。このファイルをヘルプデスクに送ってください。
sign-in-browser = 開くブラウザー
