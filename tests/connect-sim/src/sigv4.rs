//! SigV4 verification: parsing the `Authorization` header, rebuilding the canonical request the
//! way the AWS SDKs and CLI build it for a non-S3 service, and checking the signature.

use crate::scenario::Credential;
use hyper::HeaderMap;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use sha2::{Digest, Sha256};
use std::time::{Duration, SystemTime};
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime};

/// Everything but RFC 3986 unreserved characters gets percent-encoded in query parameters.
const STRICT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Paths keep their `/` separators; every other reserved byte (including `%`) is encoded again,
/// which is the double encoding the SDKs apply to non-S3 paths.
const PATH: &AsciiSet = &STRICT.remove(b'/');

const ALGORITHM: &str = "AWS4-HMAC-SHA256";

/// How far `x-amz-date` may be from the server clock, as AWS allows.
const MAX_SKEW: Duration = Duration::from_secs(5 * 60);

/// The parts of a request that take part in the signature.
pub(crate) struct SignedRequest<'a> {
    pub method: &'a str,
    /// The path exactly as it arrived, still percent-encoded.
    pub raw_path: &'a str,
    /// The query string exactly as it arrived, without `?`.
    pub raw_query: Option<&'a str>,
    pub headers: &'a HeaderMap,
    pub body: &'a [u8],
}

/// The fields of `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AuthHeader {
    pub access_key_id: String,
    pub date: String,
    pub region: String,
    pub service: String,
    pub signed_headers: Vec<String>,
    pub signature: String,
}

/// A rejected request: the AWS error name and message to answer with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AuthFailure {
    pub error: &'static str,
    pub message: String,
}

fn fail(error: &'static str, message: impl Into<String>) -> AuthFailure {
    AuthFailure {
        error,
        message: message.into(),
    }
}

/// Parses the `Authorization` header. `None` input means the header is missing.
pub(crate) fn parse_authorization(value: Option<&str>) -> Result<AuthHeader, AuthFailure> {
    let Some(value) = value else {
        return Err(fail(
            "MissingAuthenticationTokenException",
            "Missing Authentication Token",
        ));
    };
    let value = value.trim();
    let Some(rest) = value.strip_prefix(ALGORITHM) else {
        return Err(fail(
            "IncompleteSignatureException",
            format!("Unsupported AWS 'algorithm': expected {ALGORITHM}"),
        ));
    };
    let mut credential = None;
    let mut signed_headers = None;
    let mut signature = None;
    for part in rest.split(',') {
        let part = part.trim();
        if let Some(v) = part.strip_prefix("Credential=") {
            credential = Some(v);
        } else if let Some(v) = part.strip_prefix("SignedHeaders=") {
            signed_headers = Some(v);
        } else if let Some(v) = part.strip_prefix("Signature=") {
            signature = Some(v);
        }
    }
    let missing = |name: &str| {
        fail(
            "IncompleteSignatureException",
            format!("Authorization header requires '{name}' parameter. Authorization={value}"),
        )
    };
    let credential = credential.ok_or_else(|| missing("Credential"))?;
    let signed_headers = signed_headers.ok_or_else(|| missing("SignedHeaders"))?;
    let signature = signature.ok_or_else(|| missing("Signature"))?;
    let scope: Vec<&str> = credential.split('/').collect();
    if scope.len() != 5 || scope[4] != "aws4_request" || scope.iter().any(|s| s.is_empty()) {
        return Err(fail(
            "IncompleteSignatureException",
            format!(
                "Credential should be scoped to a valid region, service and aws4_request. Credential={credential}"
            ),
        ));
    }
    Ok(AuthHeader {
        access_key_id: scope[0].to_string(),
        date: scope[1].to_string(),
        region: scope[2].to_string(),
        service: scope[3].to_string(),
        signed_headers: signed_headers
            .split(';')
            .map(|h| h.trim().to_ascii_lowercase())
            .collect(),
        signature: signature.to_string(),
    })
}

/// Verifies a request signed with `credential` (the key the `Authorization` header names, as
/// the caller looked it up: a scenario key or temporary credentials the sim issued; `None` when
/// unknown), in the order AWS reports problems: unknown key, session token, expired key,
/// service, clock skew, then the signature. `service` is the signing name the route belongs to
/// (`connect` or `sts`).
pub(crate) fn authenticate(
    credential: Option<Credential>,
    auth: &AuthHeader,
    request: &SignedRequest<'_>,
    service: &str,
    now: SystemTime,
) -> Result<Credential, AuthFailure> {
    let invalid_token = || {
        fail(
            "UnrecognizedClientException",
            "The security token included in the request is invalid.",
        )
    };
    let credential = credential
        .filter(|c| c.access_key_id == auth.access_key_id)
        .ok_or_else(invalid_token)?;
    let presented_token = header_str(request.headers, "x-amz-security-token");
    match (&credential.session_token, presented_token) {
        (Some(expected), Some(got)) if constant_time_eq(expected.as_bytes(), got.as_bytes()) => {}
        (None, None) => {}
        _ => return Err(invalid_token()),
    }
    if credential.expired {
        return Err(fail(
            "ExpiredTokenException",
            "The security token included in the request is expired",
        ));
    }
    if auth.service != service {
        return Err(fail(
            "InvalidSignatureException",
            format!("Credential should be scoped to correct service: '{service}'. "),
        ));
    }
    let Some(amz_date) = header_str(request.headers, "x-amz-date") else {
        return Err(fail(
            "IncompleteSignatureException",
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
        ));
    };
    let signed_at = parse_amz_date(amz_date).ok_or_else(|| {
        fail(
            "IncompleteSignatureException",
            format!("Date must be in ISO-8601 'basic format'. Got '{amz_date}'."),
        )
    })?;
    if !amz_date.starts_with(&auth.date) || auth.date.len() != 8 {
        return Err(fail(
            "InvalidSignatureException",
            format!(
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{}' != '{}', from '{amz_date}'.",
                auth.date,
                &amz_date[..8.min(amz_date.len())]
            ),
        ));
    }
    check_skew(amz_date, signed_at, now)?;
    if !auth.signed_headers.iter().any(|h| h == "host") {
        return Err(fail(
            "InvalidSignatureException",
            "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
        ));
    }
    let canonical = canonical_request(request, &auth.signed_headers);
    let to_sign = string_to_sign(
        amz_date,
        &format!(
            "{}/{}/{}/aws4_request",
            auth.date, auth.region, auth.service
        ),
        &canonical,
    );
    let expected = signature(
        &credential.secret_access_key,
        signed_at,
        &auth.region,
        &auth.service,
        &to_sign,
    );
    if !constant_time_eq(expected.as_bytes(), auth.signature.as_bytes()) {
        return Err(fail(
            "InvalidSignatureException",
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
        ));
    }
    Ok(credential)
}

fn check_skew(amz_date: &str, signed_at: SystemTime, now: SystemTime) -> Result<(), AuthFailure> {
    let stamp = format_amz_date;
    if signed_at + MAX_SKEW < now {
        return Err(fail(
            "InvalidSignatureException",
            format!(
                "Signature expired: {amz_date} is now earlier than {} ({} - 5 min.)",
                stamp(now - MAX_SKEW),
                stamp(now)
            ),
        ));
    }
    if signed_at > now + MAX_SKEW {
        return Err(fail(
            "InvalidSignatureException",
            format!(
                "Signature not yet current: {amz_date} is still later than {} ({} + 5 min.)",
                stamp(now + MAX_SKEW),
                stamp(now)
            ),
        ));
    }
    Ok(())
}

/// The canonical request of SigV4 for a non-S3 service.
pub(crate) fn canonical_request(request: &SignedRequest<'_>, signed_headers: &[String]) -> String {
    let mut out = String::new();
    out.push_str(request.method);
    out.push('\n');
    out.push_str(&canonical_uri(request.raw_path));
    out.push('\n');
    out.push_str(&canonical_query(request.raw_query.unwrap_or("")));
    out.push('\n');
    for name in signed_headers {
        out.push_str(name);
        out.push(':');
        out.push_str(&canonical_header_value(request.headers, name));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&signed_headers.join(";"));
    out.push('\n');
    // Always the hash of the bytes that arrived: for non-S3 services AWS does not take a
    // declared `x-amz-content-sha256` on trust, and a body swapped after signing (an STS form,
    // say) must break the signature.
    out.push_str(&hex::encode(Sha256::digest(request.body)));
    out
}

fn canonical_uri(raw_path: &str) -> String {
    if raw_path.is_empty() {
        return "/".to_string();
    }
    utf8_percent_encode(raw_path, PATH).to_string()
}

fn canonical_query(raw_query: &str) -> String {
    let mut pairs: Vec<(String, String)> = raw_query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (strict_reencode(k), strict_reencode(v))
        })
        .collect();
    pairs.sort();
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

fn strict_reencode(s: &str) -> String {
    let decoded: Vec<u8> = percent_decode_str(s).collect();
    percent_encoding::percent_encode(&decoded, STRICT).to_string()
}

/// Several values of one header join with commas; each value is trimmed and its inner runs of
/// whitespace collapse to one space.
fn canonical_header_value(headers: &HeaderMap, name: &str) -> String {
    headers
        .get_all(name)
        .iter()
        .map(|v| {
            String::from_utf8_lossy(v.as_bytes())
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(",")
}

pub(crate) fn string_to_sign(amz_date: &str, scope: &str, canonical_request: &str) -> String {
    format!(
        "{ALGORITHM}\n{amz_date}\n{scope}\n{}",
        hex::encode(Sha256::digest(canonical_request.as_bytes()))
    )
}

pub(crate) fn signature(
    secret: &str,
    signed_at: SystemTime,
    region: &str,
    service: &str,
    string_to_sign: &str,
) -> String {
    let key = aws_sigv4::sign::v4::generate_signing_key(secret, signed_at, region, service);
    aws_sigv4::sign::v4::calculate_signature(key, string_to_sign.as_bytes())
}

pub(crate) fn parse_amz_date(s: &str) -> Option<SystemTime> {
    let format = format_description!("[year][month][day]T[hour][minute][second]Z");
    PrimitiveDateTime::parse(s, format)
        .ok()
        .map(|t| SystemTime::from(t.assume_utc()))
}

pub(crate) fn format_amz_date(t: SystemTime) -> String {
    let t = OffsetDateTime::from(t);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

fn header_str<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// Equal-length comparison that does not stop at the first difference, so timing does not
/// reveal how much of a guessed signature or token was right.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    //! Known answers from the AWS SigV4 test suite (aws-sigv4's `aws-signing-test-suite/v4`),
    //! so the canonicalisation is checked against AWS's own vectors, not against itself.

    use super::*;
    use hyper::header::{HeaderName, HeaderValue};

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.append(
                HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        map
    }

    fn names(list: &str) -> Vec<String> {
        list.split(';').map(str::to_string).collect()
    }

    #[test]
    fn get_vanilla_query_order_encoded() {
        let h = headers(&[
            ("host", "example.amazonaws.com"),
            ("x-amz-date", "20150830T123600Z"),
        ]);
        let req = SignedRequest {
            method: "GET",
            raw_path: "/",
            raw_query: Some("Param-3=Value3&Param=Value2&%E1%88%B4=Value1"),
            headers: &h,
            body: b"",
        };
        let canonical = canonical_request(&req, &names("host;x-amz-date"));
        assert_eq!(
            canonical,
            "GET\n/\n%E1%88%B4=Value1&Param=Value2&Param-3=Value3\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        let sts = string_to_sign(
            "20150830T123600Z",
            "20150830/us-east-1/service/aws4_request",
            &canonical,
        );
        assert_eq!(
            sts,
            "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n868294f5c38bd141c4972a373a76654f1418a8e4fc18b2e7903ae45e8ae0ec71"
        );
        let time = parse_amz_date("20150830T123600Z").unwrap();
        assert_eq!(
            signature(SECRET, time, "us-east-1", "service", &sts),
            "371d3713e185cc334048618a97f809c9ffe339c62934c032af5a0e595648fcac"
        );
    }

    #[test]
    fn header_values_are_trimmed_and_collapsed() {
        let h = headers(&[
            ("host", "example.amazonaws.com"),
            ("my-header1", " value1"),
            ("my-header2", "\"a   b   c\""),
            ("x-amz-date", "20150830T123600Z"),
        ]);
        let req = SignedRequest {
            method: "GET",
            raw_path: "/",
            raw_query: None,
            headers: &h,
            body: b"",
        };
        let canonical = canonical_request(&req, &names("host;my-header1;my-header2;x-amz-date"));
        let sts = string_to_sign(
            "20150830T123600Z",
            "20150830/us-east-1/service/aws4_request",
            &canonical,
        );
        let time = parse_amz_date("20150830T123600Z").unwrap();
        assert_eq!(
            signature(SECRET, time, "us-east-1", "service", &sts),
            "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"
        );
    }

    #[test]
    fn session_token_vector() {
        let h = headers(&[
            ("host", "example.amazonaws.com"),
            ("x-amz-date", "20150830T123600Z"),
            (
                "x-amz-security-token",
                "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267",
            ),
        ]);
        let req = SignedRequest {
            method: "GET",
            raw_path: "/",
            raw_query: None,
            headers: &h,
            body: b"",
        };
        let canonical = canonical_request(&req, &names("host;x-amz-date;x-amz-security-token"));
        let sts = string_to_sign(
            "20150830T123600Z",
            "20150830/us-east-1/service/aws4_request",
            &canonical,
        );
        let time = parse_amz_date("20150830T123600Z").unwrap();
        assert_eq!(
            signature(SECRET, time, "us-east-1", "service", &sts),
            "07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8"
        );
    }

    #[test]
    fn payload_hash_is_of_the_body_not_of_a_declared_header() {
        // aws-signing-test-suite/v4/post-x-www-form-urlencoded, with a lying hash header added
        // (unsigned, so only the payload line could change).
        let h = headers(&[
            ("content-type", "application/x-www-form-urlencoded"),
            ("host", "example.amazonaws.com"),
            ("x-amz-date", "20150830T123600Z"),
            (
                "x-amz-content-sha256",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            ),
        ]);
        let req = SignedRequest {
            method: "POST",
            raw_path: "/",
            raw_query: None,
            headers: &h,
            body: b"Param1=value1",
        };
        let canonical = canonical_request(&req, &names("content-type;host;x-amz-date"));
        assert_eq!(
            canonical,
            "POST\n/\n\ncontent-type:application/x-www-form-urlencoded\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e"
        );
        let sts = string_to_sign(
            "20150830T123600Z",
            "20150830/us-east-1/service/aws4_request",
            &canonical,
        );
        let time = parse_amz_date("20150830T123600Z").unwrap();
        assert_eq!(
            signature(SECRET, time, "us-east-1", "service", &sts),
            "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"
        );
    }

    #[test]
    fn paths_are_double_encoded_like_the_test_suite() {
        // aws-signing-test-suite/v4/double-encode-path
        assert_eq!(
            canonical_uri("/test/@connections/JBDvjfGEIAMCERw%3D"),
            "/test/%40connections/JBDvjfGEIAMCERw%253D"
        );
        assert_eq!(
            canonical_uri("/user/federate/arn%3Aaws%3Aconnect%3Aus-east-1%3A111122223333%3Ainstance%2Fabc"),
            "/user/federate/arn%253Aaws%253Aconnect%253Aus-east-1%253A111122223333%253Ainstance%252Fabc"
        );
    }

    #[test]
    fn query_values_are_strictly_reencoded() {
        assert_eq!(
            canonical_query("nextToken=a%2Bb%2Fc%3D&maxResults=2"),
            "maxResults=2&nextToken=a%2Bb%2Fc%3D"
        );
        assert_eq!(canonical_query("b=a b&a"), "a=&b=a%20b");
    }

    #[test]
    fn authorization_header_parses() {
        let auth = parse_authorization(Some(
            "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/connect/aws4_request, SignedHeaders=host;X-Amz-Date, Signature=abcd",
        ))
        .unwrap();
        assert_eq!(auth.access_key_id, "AKID");
        assert_eq!(auth.region, "us-east-1");
        assert_eq!(auth.service, "connect");
        assert_eq!(auth.signed_headers, ["host", "x-amz-date"]);
        assert_eq!(auth.signature, "abcd");
        let missing = parse_authorization(None).unwrap_err();
        assert_eq!(missing.error, "MissingAuthenticationTokenException");
        let partial = parse_authorization(Some("AWS4-HMAC-SHA256 Credential=A/B/C/D/aws4_request"))
            .unwrap_err();
        assert_eq!(partial.error, "IncompleteSignatureException");
    }

    #[test]
    fn skew_messages_match_aws() {
        let now = parse_amz_date("20240101T120000Z").unwrap();
        let old = parse_amz_date("20240101T115400Z").unwrap();
        let e = check_skew("20240101T115400Z", old, now).unwrap_err();
        assert_eq!(
            e.message,
            "Signature expired: 20240101T115400Z is now earlier than 20240101T115500Z (20240101T120000Z - 5 min.)"
        );
        let future = parse_amz_date("20240101T120600Z").unwrap();
        assert!(check_skew("20240101T120600Z", future, now)
            .unwrap_err()
            .message
            .starts_with("Signature not yet current: 20240101T120600Z is still later than"));
        let close = parse_amz_date("20240101T120400Z").unwrap();
        assert!(check_skew("20240101T120400Z", close, now).is_ok());
    }

    #[test]
    fn constant_time_eq_compares_everything() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"ab"));
    }
}
