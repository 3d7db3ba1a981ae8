# The tray menu, desktop notifications and the terminal's words.
# Terms as in window.ftl: instance, profile, sign in / sign out, session, End shift.

## Tray menu

# $sessions: how many stored sessions there are.
tray-tooltip = { $sessions ->
        [0] Connect SSO — サインインしていません
       *[other] Connect SSO — { $sessions } 件のセッション
    }
tray-empty = ウィンドウでインスタンスをピン留めすると、ここに表示されます
# $instance: the instance's name.
tray-sign-in = { $instance } にサインイン
tray-signed-in = ● { $instance } — サインイン済み
tray-show = Connect SSO を表示
tray-end-shift = シフトを終了（すべてサインアウト）
tray-quit = 終了

## Desktop notifications

# $place: the instance's name.
notification-expiring-title = Amazon Connect のセッションがまもなく終了：{ $place }
# $minutes: whole minutes left (at least 1).
notification-expiring-body = { $minutes ->
       *[other] { $place }（{ $region }）のセッションはあと { $minutes } 分で終了します。作業を続けるには、Connect SSO を開いてもう一度サインインしてください。
    }

## The terminal (connect-sso …, without --json)

# An error: its message, hint and code, on three lines.
cli-error =
    エラー：{ $message }
      ヒント：{ $hint }
      コード：{ $code }
cli-mfa-prompt = MFA コード：{ " " }
# $session: cli-place-and-user.
cli-place-and-user = { $place }（{ $region }、Connect ユーザー：{ $user }）
cli-place-unknown-user = { $place }（{ $region }、Connect ユーザー：不明）
cli-signed-in = { $session } にサインインしました。
cli-signed-in-again = { $session } にもう一度サインインしました。
cli-reopened = 保存済みのセッションで { $session } をもう一度開きました。
cli-browser-opened = ブラウザーを開きました。
cli-signed-out = サインアウトしました：{ $instance } の「{ $profile }」のトークンをキーチェーンから削除しました。
cli-no-session = { $instance } の「{ $profile }」の保存済みセッションはありません。
cli-pinned = { $instance }（{ $profile }）をピン留めしました。
cli-unpinned = { $instance }（{ $profile }）のピン留めを解除しました。
# $removed: how many sessions were removed.
cli-shift-ended = { $removed ->
       *[other] シフトを終了しました：保存済みのセッション { $removed } 件をキーチェーンから削除しました。
    }
cli-sso-open =
    IAM Identity Center にサインインするには、次の URL を開いてください：
      { $url }
cli-sso-code = ページに次のコードが表示されていることを確認してください：{ $code }
cli-sso-browser = 開いたブラウザーで IAM Identity Center のサインインを承認してください。ブラウザーは自動的にここに戻ります。
cli-sso-waiting = 承認を待っています…
cli-sso-signed-in = プロファイル「{ $profile }」で IAM Identity Center にサインインしました。
sso-callback-success = IAM Identity Center にサインインしました。このタブを閉じて Connect SSO に戻ってください。
sso-callback-failure = IAM Identity Center のサインインは完了しませんでした。Connect SSO に戻って理由を確認してください。
cli-exported = プロファイル「{ $profile }」を { $path } に追加しました。
cli-diagnostics-saved = 診断情報を { $path } に保存しました (ファイル { $files } 個、{ $kib } KiB)。このファイルをヘルプデスクに送ってください。トークンやパスワードは含まれていません。
diagnostics-save-title = ヘルプデスク用に診断情報を保存
# $access and $refresh: cli-expiry-at or cli-expiry-unknown.
cli-expiry = アクセストークンの有効期限：{ $access }、更新トークンの有効期限：{ $refresh }
# $time: a UTC time ("2026-11-28 10:23 UTC"); $relative: cli-relative-in or cli-relative-ago.
cli-expiry-at = { $time }（{ $relative }）
cli-expiry-unknown = 不明
cli-span-minutes = { $minutes } 分
cli-span-hours = { $hours } 時間 { $minutes } 分
cli-relative-in = あと { $span }
cli-relative-ago = { $span } 前に期限切れ
cli-session-line = { $session } [プロファイル：{ $profile }]
cli-no-sessions = 保存済みのセッションはありません。
cli-no-profiles = AWS プロファイルが見つかりません。`aws configure sso` または ~/.aws/config で追加してください。
cli-no-instances = プロファイル「{ $profile }」のリージョンに、このプロファイルから参照できる Amazon Connect インスタンスはありません。
cli-column-profile = プロファイル
cli-column-kind = 種類
cli-column-region = リージョン
cli-column-endpoint = エンドポイント
cli-column-alias = エイリアス
cli-column-id = ID
cli-column-identity = ID 管理
cli-column-status = ステータス
cli-column-browser = ブラウザー
cli-column-name = 名前
cli-column-browser-profiles = プロファイル
cli-column-path = パス
# In the PATH column of `connect-sso browsers`.
cli-browser-not-installed = 未インストール
cli-endpoint-custom = カスタム
cli-endpoint-aws = aws
cli-kind-static = 静的キー
cli-kind-sso = IAM Identity Center
cli-kind-role = ロール
cli-kind-process = 認証情報プロセス
cli-kind-other = その他
# $list: cli-list-fresh or cli-list-cached.
cli-regions-searched = { $regions ->
       *[other] { $regions } 個のリージョンを検索しました（失敗：{ $failed } 個）。一覧：{ $list }。
    }
cli-list-fresh = 今取得したもの
cli-list-cached = { $seconds } 秒前に取得したもの（--refresh で再取得）
cli-region-warning = 警告：{ $region }：{ $message }（{ $code }）
# $names: the locked settings' keys, comma-separated; $restricted: "yes" when sign-in is limited to the listed instances.
cli-policy-valid = { $path } は有効な Connect SSO ポリシーです：インスタンス { $instances } 件、ロックされた設定 { $locked } 件{ $locked ->
        [0] {""}
       *[other] （{ $names }）
    }{ $restricted ->
        [yes] 、サインインはこれらのインスタンスに限定
       *[no] {""}
    }。
cli-policy-unusable =
    { $message }
      ヒント：{ $hint }
cli-policy-applies = { $path } のポリシーが適用されています。
cli-policy-none = ポリシーはありません：{ $path } が存在しません。
cli-policy-no-location = この OS にはポリシーの保存場所がありません。

## The desktop entry (the Linux menu; one line each, no arguments)

desktop-entry-generic-name = Amazon Connect サインイン
desktop-entry-comment = ワンクリックで Amazon Connect にサインイン
# Search words for the menu, separated by semicolons.
desktop-entry-keywords = Amazon Connect;AWS;SSO;サインイン;コンタクトセンター;
