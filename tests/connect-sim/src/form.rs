//! `application/x-www-form-urlencoded` bodies: STS requests (awsQuery) and the browser's
//! session-resume form both arrive this way.

use hyper::header::CONTENT_TYPE;
use hyper::HeaderMap;
use percent_encoding::percent_decode;

/// Whether the request declares a form body; parameters such as `; charset=utf-8` are allowed,
/// as botocore and browsers send them.
pub(crate) fn is_form(headers: &HeaderMap) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|media| {
            media
                .trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
}

/// The decoded `name=value` pairs in order. `None` when a name or value is not valid
/// percent-encoded UTF-8, so a garbled body is told apart from one that lacks a field.
pub(crate) fn parse(body: &[u8]) -> Option<Vec<(String, String)>> {
    body.split(|b| *b == b'&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = match pair.iter().position(|b| *b == b'=') {
                Some(i) => (&pair[..i], &pair[i + 1..]),
                None => (pair, &pair[..0]),
            };
            Some((decode(name)?, decode(value)?))
        })
        .collect()
}

/// The value of the only field called `name`; `None` when it is missing or repeated, since a
/// repeated field leaves it open which one the sender meant.
pub(crate) fn field<'f>(fields: &'f [(String, String)], name: &str) -> Option<&'f str> {
    let mut values = fields.iter().filter(|(n, _)| n == name).map(|(_, v)| v);
    match (values.next(), values.next()) {
        (Some(value), None) => Some(value.as_str()),
        _ => None,
    }
}

/// `+` is a space in forms (unlike in URLs); it must become one before `%2B` is decoded.
fn decode(raw: &[u8]) -> Option<String> {
    let spaced: Vec<u8> = raw
        .iter()
        .map(|b| if *b == b'+' { b' ' } else { *b })
        .collect();
    let decoded: Vec<u8> = percent_decode(&spaced).collect();
    String::from_utf8(decoded).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use hyper::header::HeaderValue;

    #[test]
    fn decodes_plus_and_percent_escapes() {
        let fields =
            parse(b"Action=GetCallerIdentity&Version=2011-06-15&x=a+b%2Bc%26d&flag").unwrap();
        assert_eq!(field(&fields, "Action"), Some("GetCallerIdentity"));
        assert_eq!(field(&fields, "x"), Some("a b+c&d"));
        assert_eq!(field(&fields, "flag"), Some(""));
        assert_eq!(field(&fields, "missing"), None);
        assert_eq!(parse(b"").unwrap(), []);
    }

    #[test]
    fn invalid_utf8_and_repeats_are_refused() {
        assert!(parse(b"a=%FF%FE").is_none());
        let fields = parse(b"a=1&a=2").unwrap();
        assert_eq!(field(&fields, "a"), None);
    }

    #[test]
    fn content_type_parameters_are_allowed() {
        let mut headers = HeaderMap::new();
        assert!(!is_form(&headers));
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("application/x-www-form-urlencoded; charset=utf-8"),
        );
        assert!(is_form(&headers));
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        assert!(!is_form(&headers));
    }
}
