//! Form and query decoding that keeps repeated parameters visible (OAuth refuses them).

use poem::{Request, http::header};

pub fn pairs(raw: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(raw.as_bytes())
        .into_owned()
        .collect()
}

pub fn query_pairs(req: &Request) -> Vec<(String, String)> {
    pairs(req.uri().query().unwrap_or_default())
}

pub fn is_form(req: &Request) -> bool {
    req.header(header::CONTENT_TYPE)
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| {
            v.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
}

/// The bearer token of `Authorization: Bearer …` (RFC 6750 section 2.1).
pub fn bearer(req: &Request) -> Option<String> {
    let value = req.header(header::AUTHORIZATION)?;
    let (scheme, token) = value.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim().to_owned())
}
