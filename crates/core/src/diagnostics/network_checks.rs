//! `doctor`'s network checks: the proxy in use and where it was named, the CA bundle a profile
//! trusts, and the way to each AWS service the profile calls (direct or through the proxy),
//! tried with the same HTTP stack a sign-in uses.

use crate::app::App;
use crate::aws::endpoints;
use crate::aws::network::ProxySource;
use crate::aws::sso::SsoTarget;
use crate::diagnostics::doctor::Check;
use std::time::Duration;

/// The proxy, the CA bundle, then one path check per service (`path-connect`, `path-sts`, and
/// for an IAM Identity Center profile `path-sso` and `path-sso-oidc`).
pub async fn checks(app: &App, profile: &str, region: Option<&str>) -> Vec<Check> {
    let mut checks = vec![proxy_check(app)];
    let bundle = app.clients.ca_bundle(Some(profile)).await;
    checks.push(match &bundle {
        None => Check::pass("ca-bundle", "none: the system's trusted roots only"),
        Some(bundle) => match bundle.read() {
            Ok(_) => Check::pass(
                "ca-bundle",
                format!(
                    "{} ({}), besides the system's roots",
                    bundle.path.display(),
                    bundle.source
                ),
            ),
            Err(error) => Check::fail("ca-bundle", error),
        },
    });
    let config = endpoints::inspect(Some(profile)).await;
    let sso_region = SsoTarget::of_profile(profile).await.ok().map(|t| t.region);
    let services = [
        ("path-connect", endpoints::CONNECT, "connect", region),
        ("path-sts", endpoints::STS, "sts", region),
        (
            "path-sso",
            endpoints::SSO,
            "portal.sso",
            sso_region.as_deref(),
        ),
        (
            "path-sso-oidc",
            endpoints::SSO_OIDC,
            "oidc",
            sso_region.as_deref(),
        ),
    ];
    let timeout = app.preferences.network().connect_timeout();
    for (name, service, host_prefix, service_region) in services {
        if name.starts_with("path-sso") && sso_region.is_none() {
            checks.push(Check::skip(name, "not an IAM Identity Center profile"));
            continue;
        }
        let url = match (endpoints::override_for(&config, service), service_region) {
            (Some(url), _) => url,
            (None, Some(region)) => default_url(host_prefix, region),
            (None, None) => {
                checks.push(Check::skip(name, "no region known"));
                continue;
            }
        };
        checks.push(path_check(app, name, &url, bundle.as_ref(), timeout).await);
    }
    checks
}

fn proxy_check(app: &App) -> Check {
    match app.clients.proxy() {
        Err(error) => Check::fail("proxy", error),
        Ok(route) => {
            let bypass = route
                .no_proxy
                .as_deref()
                .map(|hosts| format!("; direct for {hosts}"))
                .unwrap_or_default();
            let proxies = route.proxies.join(", ");
            Check::pass(
                "proxy",
                match route.source {
                    ProxySource::None => "none: every call goes direct".to_string(),
                    ProxySource::Environment => {
                        format!("{proxies} (HTTPS_PROXY/HTTP_PROXY/ALL_PROXY){bypass}")
                    }
                    ProxySource::Policy => format!("{proxies} (IT policy){bypass}"),
                },
            )
        }
    }
}

async fn path_check(
    app: &App,
    name: &'static str,
    url: &str,
    bundle: Option<&crate::aws::network::CaBundle>,
    timeout: Duration,
) -> Check {
    let via = match app.clients.proxy().ok().and_then(|p| p.proxy_for(url)) {
        Some(proxy) => format!("through {proxy}"),
        None => "direct".to_string(),
    };
    match app.clients.stacks().probe(url, bundle, timeout).await {
        Ok(status) => Check::pass(name, format!("{url} {via}: answered (HTTP {status})")),
        Err(error) => {
            let mut check = Check::fail(name, error);
            check.detail = format!("{url} {via}: {}", check.detail);
            check
        }
    }
}

/// AWS's own endpoint of a service in a region (China's partition has its own suffix).
fn default_url(host_prefix: &str, region: &str) -> String {
    let suffix = if crate::core::regions::partition(region) == "aws-cn" {
        "amazonaws.com.cn"
    } else {
        "amazonaws.com"
    };
    format!("https://{host_prefix}.{region}.{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_endpoints_follow_the_partition() {
        assert_eq!(
            default_url("connect", "eu-west-2"),
            "https://connect.eu-west-2.amazonaws.com"
        );
        assert_eq!(
            default_url("sts", "cn-north-1"),
            "https://sts.cn-north-1.amazonaws.com.cn"
        );
        assert_eq!(
            default_url("oidc", "us-gov-west-1"),
            "https://oidc.us-gov-west-1.amazonaws.com"
        );
    }
}
