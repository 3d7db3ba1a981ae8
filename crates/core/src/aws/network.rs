//! The HTTPS stack every AWS call goes through (Connect, STS, the IAM Identity Center portal and
//! OIDC, the credential providers): the proxy, from the environment or else the IT policy, and
//! the trust store, the system's roots plus the CA bundle the AWS CLI would use. A failure on
//! the way (the proxy refused, wanted a password, or the server's certificate is not trusted)
//! comes back as a [`NetworkFailure`] that names the proxy or host, never a generic "offline".

use crate::core::error::{Error, ErrorCode, Result};
use aws_smithy_http_client::proxy::ProxyConfig;
use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode, TlsContext, TrustStore};
use aws_smithy_http_client::Connector;
use aws_smithy_runtime_api::client::http::{
    HttpClient, HttpConnector, HttpConnectorFuture, HttpConnectorSettings, SharedHttpClient,
    SharedHttpConnector,
};
use aws_smithy_runtime_api::client::orchestrator::HttpRequest;
use aws_smithy_runtime_api::client::result::ConnectorError;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use hyper_util::client::proxy::matcher::Matcher;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::CertificateDer;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// The variables curl, the AWS CLI and the SDKs read, in the order they are looked up.
pub(crate) const PROXY_VARS: [&str; 6] = [
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "ALL_PROXY",
    "all_proxy",
];
pub(crate) const NO_PROXY_VARS: [&str; 2] = ["NO_PROXY", "no_proxy"];
/// The AWS CLI's variable for a PEM file of extra trusted certificates.
pub const CA_BUNDLE_ENV: &str = "AWS_CA_BUNDLE";

/// Where the proxy in use was named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ProxySource {
    /// `HTTPS_PROXY`, `HTTP_PROXY` or `ALL_PROXY` (either case).
    Environment,
    /// The IT policy's `proxy`, for machines whose environment names none.
    Policy,
    /// No proxy: every call goes direct.
    None,
}

/// The proxy every client uses, and what it is called in messages (credentials removed).
#[derive(Clone)]
pub struct ProxyRoute {
    pub source: ProxySource,
    /// The proxy addresses named, without user name or password.
    pub proxies: Vec<String>,
    /// The hosts that go direct, as named.
    pub no_proxy: Option<String>,
    config: ProxyConfig,
    matcher: Arc<Matcher>,
}

/// Only what messages show: the configuration and matcher hold the proxy URL with its password,
/// and a client's `Debug` (which includes this) may reach a trace log.
impl std::fmt::Debug for ProxyRoute {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProxyRoute")
            .field("source", &self.source)
            .field("proxies", &self.proxies)
            .field("no_proxy", &self.no_proxy)
            .finish_non_exhaustive()
    }
}

impl ProxyRoute {
    /// The environment's proxy if it names one, else the policy's (`proxy`, `no_proxy`).
    pub fn resolve(
        env: &dyn Fn(&str) -> Option<String>,
        policy_proxy: Option<&str>,
        policy_no_proxy: Option<&str>,
    ) -> Result<ProxyRoute> {
        let named = |var: &&str| env(var).filter(|value| !value.trim().is_empty());
        let environment: Vec<(&str, String)> = PROXY_VARS
            .iter()
            .filter_map(|var| named(var).map(|value| (*var, value)))
            .collect();
        if !environment.is_empty() {
            let mut proxies = Vec::new();
            for (var, url) in &environment {
                let shown = shown_proxy(url, var)?;
                if !proxies.contains(&shown) {
                    proxies.push(shown);
                }
            }
            return Ok(ProxyRoute {
                source: ProxySource::Environment,
                proxies,
                no_proxy: NO_PROXY_VARS.iter().find_map(named),
                config: ProxyConfig::from_env(),
                matcher: Arc::new(Matcher::from_env()),
            });
        }
        let Some(url) = policy_proxy.filter(|url| !url.trim().is_empty()) else {
            return Ok(ProxyRoute::direct());
        };
        let shown = shown_proxy(url, "policy")?;
        let no_proxy = policy_no_proxy.unwrap_or_default();
        let config = ProxyConfig::all(url)
            .map_err(|_| invalid_proxy(&shown, "policy"))?
            .no_proxy(no_proxy);
        Ok(ProxyRoute {
            source: ProxySource::Policy,
            proxies: vec![shown],
            no_proxy: policy_no_proxy.map(str::to_string),
            config,
            matcher: Arc::new(Matcher::builder().all(url.to_string()).no(no_proxy).build()),
        })
    }

    /// Every call direct.
    pub fn direct() -> ProxyRoute {
        ProxyRoute {
            source: ProxySource::None,
            proxies: Vec::new(),
            no_proxy: None,
            config: ProxyConfig::disabled(),
            matcher: Arc::new(Matcher::builder().build()),
        }
    }

    /// The proxy (credentials removed) a call to `uri` goes through, if any.
    pub fn proxy_for(&self, uri: &str) -> Option<String> {
        let uri: http::Uri = uri.parse().ok()?;
        let intercept = self.matcher.intercept(&uri)?;
        Some(without_credentials(&intercept.uri().to_string()))
    }
}

/// The proxy URL as messages show it: scheme, host and port, never a user name or password.
fn shown_proxy(url: &str, source: &str) -> Result<String> {
    // curl accepts a bare host:port; so do the AWS SDKs.
    let full = if url.contains("://") {
        url.to_string()
    } else {
        format!("http://{url}")
    };
    match url::Url::parse(&full) {
        Ok(parsed)
            if parsed.host_str().is_some() && matches!(parsed.scheme(), "http" | "https") =>
        {
            Ok(without_credentials(&full))
        }
        _ => Err(invalid_proxy(&without_credentials(&full), source)),
    }
}

/// A proxy URL without its user name and password (messages, doctor, the diagnostics bundle).
pub(crate) fn without_credentials(url: &str) -> String {
    // A bare `user:password@host:port` (as curl accepts it) must not parse as a scheme "user".
    let full = if url.contains("://") {
        url.to_string()
    } else {
        format!("http://{url}")
    };
    match url::Url::parse(&full) {
        Ok(mut parsed) if parsed.has_host() => {
            let _ = parsed.set_username("");
            let _ = parsed.set_password(None);
            parsed.as_str().trim_end_matches('/').to_string()
        }
        // Unparseable: show nothing of what may hold a password.
        _ => "(unreadable proxy address)".to_string(),
    }
}

fn invalid_proxy(shown: &str, source: &str) -> Error {
    Error::new(
        ErrorCode::ProxyFailed,
        crate::text!("error-proxy-invalid", proxy = shown, source = source),
    )
}

/// A PEM file of certificates to trust besides the system's, and who named it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CaBundle {
    pub path: PathBuf,
    /// `AWS_CA_BUNDLE`, or `profile NAME` for a profile's `ca_bundle`.
    pub source: String,
}

impl CaBundle {
    /// As the AWS CLI decides: `AWS_CA_BUNDLE`, else the profile's `ca_bundle`.
    pub fn for_profile(
        env: &dyn Fn(&str) -> Option<String>,
        profile: &str,
        profile_ca_bundle: Option<&str>,
    ) -> Option<CaBundle> {
        if let Some(path) = env(CA_BUNDLE_ENV).filter(|path| !path.trim().is_empty()) {
            return Some(CaBundle {
                path: PathBuf::from(path),
                source: CA_BUNDLE_ENV.to_string(),
            });
        }
        profile_ca_bundle
            .filter(|path| !path.trim().is_empty())
            .map(|path| CaBundle {
                path: PathBuf::from(path),
                source: format!("ca_bundle of profile {profile}"),
            })
    }

    /// The file's certificates, checked: the TLS layer would panic on a malformed one.
    pub fn read(&self) -> Result<Vec<u8>> {
        let unreadable = |reason: String| {
            Error::new(
                ErrorCode::CaBundleUnreadable,
                crate::text!(
                    "error-ca-bundle-unreadable",
                    path = self.path.display().to_string(),
                    source = &self.source,
                    reason = reason
                ),
            )
        };
        let pem = std::fs::read(&self.path).map_err(|error| unreadable(error.to_string()))?;
        let mut count = 0;
        for certificate in CertificateDer::pem_slice_iter(&pem) {
            let certificate = certificate.map_err(|error| unreadable(format!("{error:?}")))?;
            let mut roots = rustls::RootCertStore::empty();
            roots
                .add(certificate)
                .map_err(|error| unreadable(error.to_string()))?;
            count += 1;
        }
        if count == 0 {
            return Err(unreadable("no PEM certificate in the file".to_string()));
        }
        Ok(pem)
    }
}

/// One HTTP stack per CA bundle (most machines: one in all), each with its connection pools,
/// all through the same proxy.
pub struct HttpStacks {
    proxy: std::result::Result<ProxyRoute, Error>,
    stacks: Mutex<HashMap<Option<CaBundle>, SharedHttpClient>>,
}

impl HttpStacks {
    /// The stacks for this process's environment and the IT policy's proxy (read once: the
    /// environment of a running process does not change).
    pub fn from_env(policy_proxy: Option<&str>, policy_no_proxy: Option<&str>) -> HttpStacks {
        let env = |name: &str| std::env::var(name).ok();
        HttpStacks {
            proxy: ProxyRoute::resolve(&env, policy_proxy, policy_no_proxy),
            stacks: Mutex::new(HashMap::new()),
        }
    }

    /// The proxy in use, or why the one named cannot be.
    pub fn proxy(&self) -> Result<&ProxyRoute> {
        self.proxy.as_ref().map_err(Clone::clone)
    }

    /// The shared client trusting the system's roots and `ca_bundle`'s certificates.
    pub fn client(&self, ca_bundle: Option<&CaBundle>) -> Result<SharedHttpClient> {
        let proxy = self.proxy()?.clone();
        let key = ca_bundle.cloned();
        if let Some(client) = self.stacks.lock().ok().and_then(|s| s.get(&key).cloned()) {
            return Ok(client);
        }
        let client = build_client(proxy, tls_context(ca_bundle)?);
        if let Ok(mut stacks) = self.stacks.lock() {
            return Ok(stacks.entry(key).or_insert(client).clone());
        }
        Ok(client)
    }
}

/// The system's roots plus `ca_bundle`'s certificates.
fn tls_context(ca_bundle: Option<&CaBundle>) -> Result<TlsContext> {
    let mut trust = TrustStore::default().with_native_roots(true);
    if let Some(bundle) = ca_bundle {
        trust = trust.with_pem_certificate(bundle.read()?);
    }
    TlsContext::builder()
        .with_trust_store(trust)
        .build()
        .map_err(|error| Error::internal(format!("TLS set-up failed: {error}")))
}

impl HttpStacks {
    /// Asks `url` for anything at all, through the proxy and with the trust `ca_bundle` adds:
    /// any HTTP answer (its status is returned) means the way there works (`doctor`).
    pub async fn probe(
        &self,
        url: &str,
        ca_bundle: Option<&CaBundle>,
        timeout: std::time::Duration,
    ) -> Result<u16> {
        let proxy = self.proxy()?.clone();
        let settings = HttpConnectorSettings::builder()
            .connect_timeout(timeout)
            .read_timeout(timeout)
            .build();
        let sleep = aws_smithy_async::rt::sleep::SharedAsyncSleep::new(
            aws_smithy_async::rt::sleep::TokioSleep::new(),
        );
        let connector = connector(
            &proxy.config,
            &tls_context(ca_bundle)?,
            Some(&settings),
            Some(sleep),
        );
        let naming = NamingConnector {
            inner: SharedHttpConnector::new(connector),
            proxy: Arc::new(proxy),
        };
        let host = url::Url::parse(url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| url.to_string());
        let unreachable = || {
            Error::new(
                ErrorCode::Offline,
                crate::text!("error-host-unreachable", host = &host),
            )
        };
        let request = HttpRequest::get(url).map_err(|_| unreachable())?;
        match tokio::time::timeout(timeout * 2, naming.call(request)).await {
            Ok(Ok(response)) => Ok(response.status().as_u16()),
            Ok(Err(error)) => Err(NetworkFailure::find(&error)
                .map(|failure| failure.to_error())
                .unwrap_or_else(unreachable)),
            Err(_) => Err(unreachable()),
        }
    }
}

/// The SDK's connector with this app's proxy and trust: the one recipe of the clients and of
/// `doctor`'s probe.
fn connector(
    proxy: &ProxyConfig,
    context: &TlsContext,
    settings: Option<&HttpConnectorSettings>,
    sleep: Option<aws_smithy_async::rt::sleep::SharedAsyncSleep>,
) -> Connector {
    let mut builder = Connector::builder();
    builder.set_connector_settings(settings.cloned());
    builder.set_sleep_impl(sleep);
    builder
        .proxy_config(proxy.clone())
        .tls_provider(tls::Provider::Rustls(CryptoMode::AwsLc))
        .tls_context(context.clone())
        .build()
}

fn build_client(proxy: ProxyRoute, context: TlsContext) -> SharedHttpClient {
    let config = proxy.config.clone();
    // The SDK's own builder, so connectors are cached per timeout settings as in its default
    // client; only the proxy and the trust store differ from that default.
    let tls = aws_smithy_http_client::Builder::new().build_with_connector_fn(
        move |settings: Option<&HttpConnectorSettings>, components: Option<&RuntimeComponents>| {
            connector(
                &config,
                &context,
                settings,
                components.and_then(RuntimeComponents::sleep_impl),
            )
        },
    );
    // A proxy reached over TLS needs the TLS connector even for a plain-HTTP endpoint.
    let plain = (!proxy.proxies.iter().any(|url| url.starts_with("https://"))).then(|| {
        let config = proxy.config.clone();
        aws_smithy_http_client::Builder::new().build_with_connector_fn(
            move |settings: Option<&HttpConnectorSettings>,
                  components: Option<&RuntimeComponents>| {
                let mut builder = Connector::builder();
                builder.set_connector_settings(settings.cloned());
                builder.set_sleep_impl(components.and_then(RuntimeComponents::sleep_impl));
                builder.proxy_config(config.clone()).build_http()
            },
        )
    });
    SharedHttpClient::new(NamedFailures {
        tls,
        plain,
        proxy: Arc::new(proxy),
    })
}

/// The SDK's client, with failures on the way to AWS named for what they are.
#[derive(Debug)]
struct NamedFailures {
    tls: SharedHttpClient,
    /// For `http://` endpoints (connect-sim, a local test double): no trust store to load.
    plain: Option<SharedHttpClient>,
    proxy: Arc<ProxyRoute>,
}

impl HttpClient for NamedFailures {
    fn http_connector(
        &self,
        settings: &HttpConnectorSettings,
        components: &RuntimeComponents,
    ) -> SharedHttpConnector {
        let inner = match &self.plain {
            Some(plain) => SharedHttpConnector::new(ByScheme {
                plain: plain.http_connector(settings, components),
                tls: self.tls.clone(),
                settings: settings.clone(),
                components: components.clone(),
            }),
            None => self.tls.http_connector(settings, components),
        };
        SharedHttpConnector::new(NamingConnector {
            inner,
            proxy: Arc::clone(&self.proxy),
        })
    }

    fn connector_metadata(
        &self,
    ) -> Option<aws_smithy_runtime_api::client::connector_metadata::ConnectorMetadata> {
        self.tls.connector_metadata()
    }
}

/// Plain HTTP for `http://` endpoints; the TLS connector, whose building loads and parses the
/// system's roots (about 8 ms and 146 files on Debian), only once an `https://` call is made.
#[derive(Debug)]
struct ByScheme {
    plain: SharedHttpConnector,
    tls: SharedHttpClient,
    settings: HttpConnectorSettings,
    components: RuntimeComponents,
}

impl HttpConnector for ByScheme {
    fn call(&self, request: HttpRequest) -> HttpConnectorFuture {
        if request.uri().starts_with("http://") {
            return self.plain.call(request);
        }
        // The SDK's client caches the connector per settings: built once, on the first call.
        self.tls
            .http_connector(&self.settings, &self.components)
            .call(request)
    }
}

#[derive(Debug)]
struct NamingConnector {
    inner: SharedHttpConnector,
    proxy: Arc<ProxyRoute>,
}

impl HttpConnector for NamingConnector {
    fn call(&self, request: HttpRequest) -> HttpConnectorFuture {
        let host = request
            .uri()
            .parse::<http::Uri>()
            .ok()
            .and_then(|uri| uri.host().map(str::to_string))
            .unwrap_or_default();
        let proxy = self.proxy.proxy_for(request.uri());
        let answer = self.inner.call(request);
        HttpConnectorFuture::new(async move {
            match answer.await {
                // A plain-HTTP call through a proxy gets the proxy's own 407.
                Ok(response) if response.status().as_u16() == 407 => match proxy {
                    Some(proxy) => Err(named(NetworkFailure::ProxyAuthRequired { proxy })),
                    None => Ok(response),
                },
                Ok(response) => Ok(response),
                Err(error) => Err(name_failure(error, host, proxy)),
            }
        })
    }
}

fn named(failure: NetworkFailure) -> ConnectorError {
    ConnectorError::other(Box::new(failure), None)
}

/// What went wrong between this computer and AWS, when it is the network's doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetworkFailure {
    /// The proxy could not be reached, refused the tunnel, or failed to reach AWS itself.
    ProxyFailed { proxy: String },
    /// The proxy answered 407: it wants credentials (or others than those in its URL).
    ProxyAuthRequired { proxy: String },
    /// The server's certificate does not chain to a trusted root (TLS inspection, usually).
    TlsUntrusted { host: String },
}

impl std::fmt::Display for NetworkFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NetworkFailure::ProxyFailed { proxy } => write!(f, "the proxy {proxy} failed"),
            NetworkFailure::ProxyAuthRequired { proxy } => {
                write!(f, "the proxy {proxy} requires authentication")
            }
            NetworkFailure::TlsUntrusted { host } => {
                write!(f, "the certificate of {host} is not trusted")
            }
        }
    }
}

impl std::error::Error for NetworkFailure {}

impl NetworkFailure {
    /// The error a person reads.
    pub fn to_error(&self) -> Error {
        match self {
            NetworkFailure::ProxyFailed { proxy } => Error::new(
                ErrorCode::ProxyFailed,
                crate::text!("error-proxy-failed", proxy = proxy),
            ),
            NetworkFailure::ProxyAuthRequired { proxy } => Error::new(
                ErrorCode::ProxyAuthRequired,
                crate::text!("error-proxy-auth-required", proxy = proxy),
            ),
            NetworkFailure::TlsUntrusted { host } => Error::new(
                ErrorCode::TlsUntrusted,
                crate::text!("error-tls-untrusted", host = host),
            ),
        }
    }

    /// The failure somewhere in `error`'s chain, if it is one.
    pub fn find(error: &(dyn std::error::Error + 'static)) -> Option<NetworkFailure> {
        let mut current = Some(error);
        while let Some(err) = current {
            if let Some(failure) = err.downcast_ref::<NetworkFailure>() {
                return Some(failure.clone());
            }
            current = err.source();
        }
        None
    }
}

/// Names a connector's failure when it is the proxy's or the certificate's; anything else (a
/// timeout, a direct connection refused) is passed on as it was.
fn name_failure(error: ConnectorError, host: String, proxy: Option<String>) -> ConnectorError {
    if error.is_timeout() {
        return error;
    }
    let text = crate::core::error::chain_text(&error).to_ascii_lowercase();
    if text.contains("invalid peer certificate") || text.contains("unknownissuer") {
        return named(NetworkFailure::TlsUntrusted { host });
    }
    match proxy {
        Some(proxy) if text.contains("proxy authorization required") => {
            named(NetworkFailure::ProxyAuthRequired { proxy })
        }
        // Every other failure before the answer is the proxy's: its connection, its tunnel, or
        // its own way to AWS.
        Some(proxy) => named(NetworkFailure::ProxyFailed { proxy }),
        None => error,
    }
}

#[cfg(test)]
#[path = "network_tests.rs"]
mod tests;
