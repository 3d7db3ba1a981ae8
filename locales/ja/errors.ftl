# Error messages and their hints. Each message says what happened (naming the profile or the
# instance); its .hint says the next step. Shared by the window and the terminal.
# Arguments are data and stay as they are: profile names, instance names, what AWS said.

error-internal = Connect SSO の内部で問題が発生しました：{ $detail }
    .hint = Connect SSO のバグです。CONNECT_SSO_LOG=debug を指定して再実行し、表示された内容を報告してください。

error-language-unknown = Connect SSO は「{ $language }」に対応していません。
    .hint = 設定の一覧から言語を選んでください。

## Pieces other messages are built from

# A data value shown as it is.
data = { $value }
# An instance with its alias: "acme-support (a1b2…)".
instance-with-alias = { $alias } ({ $id })
instance-none = （なし）
region-of-profile = プロファイルのリージョン
# What AWS said, after our sentence (note the leading space in English).
aws-says = AWS からのメッセージ：{ $message }
bad-response-unparsed = 応答を解析できませんでした
bad-response-unread = 応答を読み取れませんでした
bad-response-no-description = インスタンスの説明がありません
bad-response-no-sign-in-url = サインイン URL が含まれていません
bad-response-no-credentials = 認証情報が含まれていません
bad-response-no-access-token = アクセストークンが含まれていません

## Amazon Connect refused

error-resource-not-found = プロファイル「{ $profile }」で、{ $region } にインスタンス { $instance } が見つかりませんでした。
    .hint = インスタンス ID を確認するか、正しいアカウントとリージョンが使われるようにインスタンス ARN を貼り付けてください。
error-user-not-found = インスタンス { $instance } に、プロファイル「{ $profile }」のアイデンティティと一致する Amazon Connect ユーザーがいません。
    .hint = SAML でサインインする場合、ロールのセッション名が Connect のユーザー名と完全に一致する必要があります（大文字と小文字を区別）。Connect 管理者にユーザーの確認を依頼してください。設定ガイド: docs/aws-setup.md#connect-usernames
error-user-not-found-seen = { error-user-not-found }
    .hint = AWS はあなたを { $arn }{ $session } として認識しています。{ error-user-not-found.hint }
session-name-shown = { " " }（セッション名「{ $name }」）
# $aws: what AWS said (may be empty). $saml: "yes" when AWS's message is about SAML.
error-invalid-request = Amazon Connect がインスタンス { $instance } へのサインイン要求を拒否しました。{ $aws }
    .hint = { $saml ->
        [yes] フェデレーションサインインには、SAML 2.0 の ID 管理が設定されたインスタンスが必要です。Connect 管理者に問い合わせてください。
       *[no] Connect 管理者にインスタンスの確認を依頼してください。
    }
error-invalid-parameter = Amazon Connect がインスタンス { $instance } のパラメータを拒否しました。{ $aws }
    .hint = インスタンス ID または ARN を確認してください。
error-duplicate-resource = インスタンス { $instance } で、プロファイル「{ $profile }」のユーザーが重複していると Amazon Connect が報告しています。{ $aws }
    .hint = ユーザーが 1 つだけ存在することを確認するよう、Connect 管理者に依頼してください。
# $resource: the IAM resource ARN to allow, as it is.
error-access-denied = プロファイル「{ $profile }」には、インスタンス { $instance } へのサインインが許可されていません。{ $aws }
    .hint = { $resource } に対する connect:GetFederationToken の許可を AWS 管理者に依頼してください。設定ガイド: docs/aws-setup.md#the-agent-policy
error-user-not-onboarded = ユーザーがまだインスタンス { $instance } にオンボーディングされていません。
    .hint = この（Global Resiliency の）インスタンスへのユーザーのオンボーディングを Connect 管理者に依頼してください。
error-root-not-allowed = プロファイル「{ $profile }」はアカウントのルート認証情報を使用しているため、Amazon Connect にサインインできません。
    .hint = セッション名が Connect のユーザー名と一致する IAM ロール（または IAM ユーザー）を使用してください。

## Network or service

error-internal-service = { $region } の Amazon Connect で内部エラーが発生しました（再試行後も同じ結果です）。
    .hint = 1 分後にもう一度お試しください。解決しない場合は AWS Health Dashboard を確認してください。
error-throttled = プロファイル「{ $profile }」のリクエストが Amazon Connect によって制限されています（再試行後も同じ結果です）。
    .hint = 数秒待ってから、もう一度お試しください。
# $code: the error code AWS sent, as it is.
error-unexpected-service-error = Amazon Connect がインスタンス { $instance } について予期しないエラー { $code } を返しました。{ $aws }
    .hint = もう一度お試しください。解決しない場合は、このメッセージを報告してください。
# $what: bad-response-unparsed or bad-response-unread.
error-bad-response = Amazon Connect からインスタンス { $instance } について使用できない応答が返されました：{ $what }。
    .hint = もう一度お試しください。解決しない場合は、このメッセージを報告してください。
error-timeout = { $region } の Amazon Connect が時間内に応答しませんでした。
    .hint = ネットワークが遅いか、Connect が応答していません。もう一度お試しください。タイムアウトは設定で延長できます。
error-offline = { $region } の Amazon Connect に接続できません：このコンピューターはオフラインのようです。
    .hint = インターネット接続、VPN、プロキシを確認してから、もう一度お試しください。
error-network = { $region } の Amazon Connect との接続がリクエストの途中で切断されました。
    .hint = もう一度お試しください。繰り返し発生する場合は、VPN またはプロキシを確認してください。
error-folder-open-failed = フォルダー { $path } を開けませんでした。
    .hint = ファイルマネージャーでご自身で開いてください。`connect-sso doctor` でもログの場所を確認できます。
error-diagnostics-unwritable = 診断情報を { $path } に保存できませんでした：{ $reason }
    .hint = ドキュメントやデスクトップなど、書き込みできるフォルダーを選んでください。
error-host-unreachable = このコンピューターから { $host } に接続できません。
    .hint = ネットワーク、VPN、プロキシ (HTTPS_PROXY、NO_PROXY) を確認してから、もう一度お試しください。
error-proxy-invalid = { $source ->
        [policy] IT ポリシー
       *[other] { $source }
    } のプロキシアドレス { $proxy } は有効な URL ではありません。
    .hint = そこで修正してください。プロキシアドレスは http://proxy.example.com:8080 のような形式です。
error-proxy-failed = プロキシ { $proxy } が AWS への呼び出しを通しませんでした。
    .hint = プロキシが動作していて *.amazonaws.com を許可しているか確認してください。IT 部門に問い合わせるか、直接接続するホストを NO_PROXY に指定してください。
error-proxy-auth-required = プロキシ { $proxy } がユーザー名とパスワードを求めています。
    .hint = HTTPS_PROXY または IT ポリシーのプロキシアドレスに含めるか (http://user:password@host:port)、このアプリを通すよう IT 部門に依頼してください。
error-tls-untrusted = このコンピューターは { $host } の証明書を信頼していません。
    .hint = ネットワークで TLS 検査が行われている場合は、AWS_CA_BUNDLE (または AWS プロファイルの ca_bundle) に会社の CA 証明書ファイル (PEM) を指定してください。
error-ca-bundle-unreadable = CA バンドル { $path } ({ $source }) を使用できません：{ $reason }
    .hint = { $source } に会社の CA 証明書を含む読み取り可能な PEM ファイルを指定するか、設定を削除してください。

## Credentials and AWS set-up

# $code: the error code AWS sent. $quoted: the profile name quoted for a shell.
error-credentials-rejected = AWS がプロファイル「{ $profile }」の認証情報を拒否しました（{ $code }）。
    .hint = 認証情報が期限切れか、誤っています。認証情報を更新して（例：`aws configure --profile { $quoted }`）、もう一度お試しください。
error-clock-skew = このコンピューターの時計が正しくないため、AWS がリクエストを拒否しました。
    .hint = 時刻の自動設定をオンにして（例：`timedatectl set-ntp true`）、もう一度お試しください。
error-no-region = プロファイル「{ $profile }」に、使用する AWS リージョンが指定されていません。
    .hint = ~/.aws/config のプロファイルに `region = ...` を追加するか、リージョンを含むインスタンス ARN を貼り付けてください。
error-credential-process-timeout = プロファイル「{ $profile }」の credential_process が { $seconds } 秒以内に終了しませんでした。
    .hint = プロファイルの credential_process コマンドを手動で実行してください。ここでは受け取れない入力を待っている可能性があります。
error-credentials-timeout = プロファイル「{ $profile }」の認証情報の読み込みに { $seconds } 秒以上かかりました。
    .hint = ネットワークとプロファイルの認証情報ソースを確認してから、もう一度お試しください。
error-sso-expired = プロファイル「{ $profile }」の IAM Identity Center サインインがないか、期限切れです。
    .hint = `aws sso login --profile { $quoted }` を実行してから、もう一度お試しください。
    .window-hint = 「IAM Identity Center でサインイン」を選んでください。アプリがブラウザーでサインインページを開き、承認するとインスタンスを一覧表示します。
# $detail: what the credential process or the SDK said, as it is.
error-credential-process-failed = プロファイル「{ $profile }」の credential_process が失敗しました：{ $detail }
    .hint = プロファイルの credential_process コマンドを手動で実行して、エラーを確認してください。JSON 形式の認証情報を出力する必要があります。
error-no-credentials = プロファイル「{ $profile }」に使用可能な AWS 認証情報がありません：{ $detail }
    .hint = `aws configure --profile { $quoted }` を実行するか、Amazon Connect にアクセスできるプロファイルを IT 部門に依頼してください。
error-profile-not-found = 「{ $profile }」という名前の AWS プロファイルはありません。
    .hint = 一覧からプロファイルを選ぶか、`aws configure sso` または ~/.aws/config で追加してください。
# $detail: the parser's message, naming the file and line.
error-aws-config-invalid = AWS の設定ファイルを読み取れません：{ $detail }
    .hint = ~/.aws/config または ~/.aws/credentials（または AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE が指すファイル）の、上記の行を修正してください。
# $service: the AWS service's name ("Amazon Connect", "AWS STS"…).
error-endpoint-invalid = プロファイル '{ $profile }' は { $service } の呼び出しを '{ $url }' に送りますが、これは URL ではありません。
    .hint = AWS_ENDPOINT_URL* またはプロファイルの endpoint_url を https:// のアドレスにするか、削除して AWS のエンドポイントを使ってください。
error-custom-endpoint-forbidden = プロファイル「{ $profile }」は { $service } へのリクエストをカスタムエンドポイントに送信しますが、これは組織のポリシーで許可されていません。
    .hint = プロファイルから endpoint_url と services セクションを（環境変数からは AWS_ENDPOINT_URL* を）削除するか、IT 部門に問い合わせてください。

## Finding instances

error-region-timeout = { $region } が { $seconds } 秒以内に応答しませんでした。
    .hint = 他のリージョンは一覧に表示されています。このリージョンは後で更新して再試行してください。
error-discovery-cache-unwritable = インスタンスの一覧をキャッシュできませんでした：{ $detail }
    .hint = 検出は引き続き機能します。設定フォルダーに書き込めるか確認してください。

## IAM Identity Center and MFA

error-not-sso-profile = プロファイル「{ $profile }」は IAM Identity Center を使用していません。
    .hint = ~/.aws/config で sso_session（または sso_start_url）が設定されたプロファイルを選んでください。
error-sso-login-none = プロファイル「{ $profile }」で進行中の IAM Identity Center サインインはありません。
    .hint = サインインをやり直してください。
error-sso-login-cancelled = IAM Identity Center サインインがキャンセルされました。
    .hint = 準備ができたら、サインインをやり直してください。
# $start_url: the IAM Identity Center portal's address.
error-sso-login-denied = { $start_url } の IAM Identity Center サインインが拒否されました。
    .hint = 心当たりがない場合は IT 部門に連絡してください。そうでない場合は、サインインをやり直して承認してください。
error-sso-login-expired = { $start_url } の IAM Identity Center サインインが時間内に承認されませんでした。
    .hint = サインインをやり直し、数分以内にブラウザーで承認してください。
# $detail: what IAM Identity Center said, as it is.
error-sso-refused = IAM Identity Center（{ $start_url }）がサインインを拒否しました：{ $detail }
    .hint = プロファイルの sso_start_url と sso_region を IT 部門に確認してから、もう一度お試しください。
error-sso-state-mismatch = ブラウザーから戻ってきた IAM Identity Center の応答はこのサインインのものではないため、拒否しました。
    .hint = Connect SSO からサインインをやり直してください。繰り返し発生する場合は IT 部門に連絡してください。
error-sso-authorize-failed = IAM Identity Center（{ $start_url }）がブラウザーでのサインインをエラー { $error } で終了しました。
    .hint = サインインをやり直すか、代わりにコードを使用してください（`connect-sso sso-login --use-device-code`）。
error-sso-code-refused = IAM Identity Center（{ $start_url }）がブラウザーでのサインインの認可コードを受け付けませんでした。
    .hint = サインインをやり直してください。失敗が続く場合は、代わりにコードを使用してください（`connect-sso sso-login --use-device-code`）。
error-untrusted-verification-url = IAM Identity Center の確認ページが AWS のサインインホスト上にないため、開きませんでした。
    .hint = プロファイルの sso_start_url を IT 部門に確認してください。
error-sso-cache-unwritable = IAM Identity Center のトークンを { $path } に保存できませんでした：{ $detail }
    .hint = ~/.aws/sso/cache に書き込めるか確認してください。
# $device: the MFA device's ARN.
error-mfa-required = プロファイル「{ $profile }」には、{ $device } のワンタイム MFA コードが必要です。
    .hint = 認証アプリに表示される 6 桁のコードを入力してください。入力はシフトごとに 1 回です。
error-mfa-format = MFA コードは 6 桁の数字です。
    .hint = 認証アプリに現在表示されているコードを入力してください。
error-mfa-refused = AWS はプロファイル「{ $profile }」の MFA コードを受け付けませんでした。
    .hint = デバイス { $device } の現在のコードを入力してください（コードは 30 秒ごとに変わります）。
error-mfa-not-needed = プロファイル「{ $profile }」は MFA デバイス（mfa_serial）を持つロールではありません。
    .hint = プロファイルを選び直してください。このプロファイルにコードは不要です。

## App profiles

error-app-profile-not-found = 設定に「{ $profile }」という名前のアプリプロファイルはありません。
    .hint = `connect-sso profiles` でプロファイルを一覧表示できます。アプリプロファイルは設定ファイルで定義されます。
# $field: the name of the field, as in the settings file.
error-app-profile-invalid = アプリプロファイル「{ $profile }」はエクスポートされませんでした：{ $field } が無効です。
    .hint = 何も書き込まれていません。先に設定ファイルでアプリプロファイルを修正してください。
error-export-exists = { $path } には「{ $profile }」という名前のプロファイルまたは sso-session がすでにあります。
    .hint = 何も変更されていません。先にそのセクションを削除するか、名前を変更してください。
error-aws-config-unwritable = { $path } に書き込めませんでした：{ $detail }
    .hint = AWS の設定ファイルに書き込めるか確認してください。

## What was typed or chosen

error-profile-name-invalid = 有効な AWS プロファイル名ではありません。
    .hint = 一覧からプロファイルを選んでください（`connect-sso profiles` で一覧表示できます）。
error-instance-too-long = インスタンス ID または ARN が長すぎます。
    .hint = { -instance-hint }
# $input: what was pasted (its first 80 characters).
error-instance-not-id-or-arn = 「{ $input }」はインスタンス ID でもインスタンス ARN でもありません。
    .hint = { -instance-hint }
error-instance-bad-arn = 「{ $input }」は有効な Amazon Connect インスタンス ARN ではありません。
    .hint = { -instance-hint }
-instance-hint = Amazon Connect コンソールからインスタンス ID（12345678-abcd-… の形式）またはインスタンス ARN を貼り付けてください。
error-no-instance-given = インスタンスが指定されておらず、以前に使用したインスタンスもありません。
    .hint = --instance ID_OR_ARN を指定してください（`connect-sso instances` で一覧表示できます）。
error-too-many-regions = 追加できるリージョンは最大 { $max } 個です。
    .hint = 使用しないリージョンを削除してください。
error-region-invalid = 「{ $region }」は AWS リージョンコードではありません。
    .hint = リージョンコードは eu-west-3 や ap-south-1 のような形式です。
error-lead-minutes-range = リマインダーの事前通知時間は 1～120 分の範囲で指定する必要があります。
    .hint = 1～120 の分数を入力してください。
error-zoom-unknown = { $percent } % は Connect SSO のウィンドウサイズにありません。
    .hint = Ctrl+= と Ctrl+- (または［設定］のサイズ) を使用してください。
# $reason: the MFA error's own message.
error-mfa-in-a-script = { $reason }
    .hint = --mfa-code-stdin を指定し、認証アプリの 6 桁のコードを標準入力に書き込んでください。

## Settings and the IT policy

# $setting: the setting's key, as in the policy file ("closeToTray").
error-setting-managed = 「{ $setting }」は組織によって管理されているため、ここでは変更できません。
    .hint = 変更が必要な場合は、IT 部門に問い合わせてください。
# $detail: what is wrong, for IT, as the checker or the system says it.
error-policy-invalid = IT ポリシーファイル { $path } を使用できません：{ $detail }。
    .hint = 修正されるまでは、ご自身の設定が適用されます。IT 部門の方へ：`connect-sso policy validate FILE` で誤りを確認できます。スキーマは docs/policy.schema.json です。
error-policy-file-missing = { $path } が存在しません。
    .hint = 確認するポリシーファイルのパスを指定してください。
error-app-profile-unused = 設定のアプリプロファイル「{ $profile }」は使用されていません：{ $field } が無効です。
    .hint = { $path } で修正してください（IT 部門が設定した場合は IT 部門に問い合わせてください）。他のプロファイルは通常どおり使用できます。

## connect-sso doctor

error-doctor-root = プロファイル「{ $profile }」はアカウントのルートユーザー（{ $arn }）を使用しているため、Amazon Connect にサインインできません。
    .hint = 代わりに IAM ロールまたは IAM Identity Center のプロファイルを使用してください。
error-doctor-connect-user-missing = インスタンス { $instance } に '{ $username }' という名前の Amazon Connect ユーザーは存在しません。
    .hint = そのユーザー名と完全に同じ名前（大文字と小文字を区別）で作成するか、セッション名を既存のユーザーに合わせてください。設定ガイド: docs/aws-setup.md#connect-usernames
error-doctor-region-unknown = { $region } は、Amazon Connect が提供されていることが確認されているリージョンではありません。
    .hint = プロファイルにインスタンスのリージョンを指定してください。Amazon Connect がそのリージョンで提供開始されたばかりの場合は、設定の extraRegions に追加してください。

## The sign-in URL, the browser, links

# Why a sign-in URL was not opened ($reason of error-untrusted-sign-in-url).
url-reason-too-long = URL が長すぎます
url-reason-characters = URL に使用できない文字が含まれています
url-reason-host-encoded = ホストがエンコードされているか、ASCII のみではありません
url-reason-user-info = ユーザー情報が含まれています
url-reason-not-https = https ではありません
url-reason-port = ポートが指定されています
url-reason-ip-host = ホストが IP アドレスです
url-reason-no-host = ホストがありません
url-reason-trailing-dot = ホストがドットで終わっています
url-reason-bad-dns = ホストが有効な DNS 名ではありません
url-reason-not-connect-host = ホストが Amazon Connect のサインインホストではありません
url-reason-awsapps-path = awsapps.com では Amazon Connect 自体の /connect ページしか開きません
url-reason-not-instance-host = ホストがインスタンスのアクセス URL のホストと一致しません
# Why a connect-sso:// link was refused ($reason of error-deep-link-invalid).
link-reason-too-long = リンクが長すぎます
link-reason-characters = スペースまたは制御文字が含まれています
link-reason-not-a-link = リンクではありません
link-reason-scheme = connect-sso:// リンクではありません
link-reason-action = 使用できるアクションは sign-in だけです
link-reason-extra-parts = サインインリンクにはない部分が含まれています
link-reason-unknown-key = profile と instance 以外のキーが含まれています
link-reason-repeated-key = 同じキーが 2 回使われています
link-reason-no-profile = プロファイルが指定されていません
link-reason-no-instance = インスタンスが指定されていません
link-reason-bad-profile = プロファイル名が無効です
link-reason-bad-instance = インスタンスがインスタンス ID でも ARN でもありません
error-untrusted-sign-in-url = Amazon Connect から受け取ったサインイン URL を開きませんでした：{ $reason }。
    .hint = 何も開いていません。カスタムエンドポイントを使用している場合は、それを確認してください（プロファイルのバッジ）。それ以外の場合は、この問題を報告してください。
error-deep-link-invalid = この Connect SSO リンクは使用されませんでした：{ $reason }。
    .hint = 送信者に connect-sso://sign-in?profile=NAME&instance=ID 形式のリンクを依頼してください。
error-no-url-launcher = URL ランチャー（xdg-open）がインストールされていないため、ブラウザーを開けません。
    .hint = xdg-utils をインストールし（Debian/Ubuntu：sudo apt install xdg-utils）、既定のブラウザーを設定してください。
browser-reason-no-launcher = URL ランチャー（xdg-open）がインストールされていません
browser-reason-launcher-failed = システムの URL ランチャーが失敗しました
error-browser-failed = ブラウザーを開けませんでした：{ $reason }。
    .hint = 既定の Web ブラウザーをインストールまたは設定してから（Linux の場合：xdg-utils と `xdg-settings set default-web-browser`）、もう一度サインインしてください。
# $next: what still holds (one of the browser-timeout-after-… messages).
error-browser-timeout = ブラウザーが { $seconds } 秒以内にページを開きませんでした。
    .hint = 既定のブラウザーが設定され、起動することを確認してください。{ $next }
browser-timeout-after-sign-in = セッションは保存されています。`connect-sso open` でブラウザーにもう一度開けます。
browser-timeout-after-open = セッションはまだ保存されています。`connect-sso open` をもう一度実行してください。
browser-timeout-after-sign-out = トークンはキーチェーンから削除されました。ブラウザーの Amazon Connect タブでサインアウトしてください。
error-instance-not-allowed = 組織は指定したインスタンスへのサインインのみを許可しています。プロファイル「{ $profile }」のインスタンス { $instance } はその中に含まれていません。
    .hint = 「管理対象」と表示されたインスタンスを選ぶか、IT 部門に問い合わせてください。
error-logout-page-unknown = トークンは削除されましたが、このセッションの Amazon Connect のアドレスが不明なため、ブラウザーでサインアウトページを開けません。
    .hint = ブラウザーの Amazon Connect タブでサインアウトしてください。

## The keychain and the settings file

# $detail: what the keychain said, as it is.
error-keychain-locked = キーチェーンがロックされているか、アクセスが拒否されました：{ $detail }
    .hint = キーチェーンのロックを解除してから（Linux の場合：「パスワードと鍵」/ Seahorse のログインキーリング）、もう一度お試しください。
error-keychain-unavailable = キーチェーンを使用できません：{ $detail }
    .hint = Linux の場合は、gnome-keyring などの Secret Service をインストールして起動し（apt install gnome-keyring）、もう一度サインインしてください。
error-keychain-mock = この Connect SSO のビルドには、ネイティブのキーチェーンストアがありません。
    .hint = 公式パッケージから Connect SSO を再インストールしてください。
error-keychain-connection-broke = キーチェーンとの接続が 2 回続けて切断されました。
    .hint = キーリングサービスを再起動してから（または OS からログアウトして再度ログインしてから）、もう一度サインインしてください。
error-keychain-probe-failed = キーチェーンがエントリを受け付けましたが、読み出せませんでした。
    .hint = キーリングサービスを再起動してから（または OS からログアウトして再度ログインしてから）、`connect-sso doctor` をもう一度実行してください。
# $entry: the entry's name in the keychain.
error-keychain-entry-damaged = キーチェーン内の Connect SSO のエントリが破損していて読み取れません（{ $entry }）。
    .hint = そのセッションからサインアウトして（またはシフトを終了して）エントリを削除し、もう一度サインインしてください。
error-keychain-value-too-large = { $bytes } バイトの値は、Connect SSO が書き込むキーチェーンエントリの上限を超えています。
    .hint = この問題を報告してください。Amazon Connect のトークンはこれよりはるかに小さいはずです。
error-keychain-refused-size = キーチェーンが { $bytes } バイトの値を拒否しました。
    .hint = このストアにはサイズ制限があります。
error-settings-unwritable = 設定を { $path } に保存できませんでした：{ $detail }
    .hint = フォルダーが存在し、書き込み可能か確認してください（ディスクの空き容量も確認してください）。サインイン自体には影響しません。
# $moved: settings-moved-to, or nothing.
error-settings-corrupt = 設定ファイル { $path } を読み取れなかったため（{ $detail }）、既定値を読み込みました。{ $moved }
    .hint = プロファイルとインスタンスを選び直してください。新しいファイルに保存されます。
settings-moved-to = 元のファイルは { $path } に移動しました。

## Browsers chosen per instance ($browser: a product name such as "Google Chrome")
browser-reason-program-failed = { $browser } が起動しませんでした
error-browser-not-installed = このインスタンス用に選んだ { $browser } は、このコンピューターにインストールされていません。
    .hint = ウィンドウまたは設定で、このインスタンスに別のブラウザー（または既定のブラウザー）を選ぶか、{ $browser } をインストールしてください。スクリプトでは --browser default。
# $known: one of the browser-profiles-… messages.
error-browser-profile-not-found = { $browser } に「{ $profile }」という名前のプロファイルはありません。
    .hint = { $known }
browser-profiles-none = まだプロファイルがありません。一度起動してください。または、このインスタンスにはプロファイルを選ばないでください。
browser-profiles-known = プロファイル：{ $profiles }。このインスタンスにはそのいずれかを選ぶか、選ばないでください。
error-browser-choice-invalid = このブラウザーの選択は使えません：{ $detail }。
    .hint = 先にブラウザーを選んでください。プロファイルとプライベートウィンドウはブラウザーごとの設定です。
