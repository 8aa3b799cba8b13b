//! Form and query decoding that keeps repeated parameters visible (OAuth refuses them).

use base64::{Engine, engine::general_purpose::STANDARD};
use poem::{Body, Request, http::Method, http::header};

pub fn pairs(raw: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(raw.as_bytes()).into_owned().collect()
}

pub fn query_pairs(req: &Request) -> Vec<(String, String)> {
    pairs(req.uri().query().unwrap_or_default())
}

pub fn is_form(req: &Request) -> bool {
    req.header(header::CONTENT_TYPE)
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded"))
}

/// The bearer token of `Authorization: Bearer …` (RFC 6750 section 2.1).
pub fn bearer(req: &Request) -> Option<String> {
    let value = req.header(header::AUTHORIZATION)?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim().to_owned())
}

/// The pairs of a form in which no parameter may repeat (RFC 6749 section 3.2); the repeated
/// name otherwise.
pub fn unique_pairs(raw: &str) -> Result<Vec<(String, String)>, String> {
    let pairs = pairs(raw);
    let mut seen = std::collections::HashSet::new();
    for (key, _) in &pairs {
        if !seen.insert(key.as_str()) {
            return Err(key.clone());
        }
    }
    Ok(pairs)
}

/// `Authorization: Basic` with form-encoded id and secret (RFC 6749 section 2.3.1); `Err` when
/// the header is there but malformed.
pub fn basic_credentials(req: &Request) -> Result<Option<(String, String)>, ()> {
    let Some(value) = req.header(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let (scheme, encoded) = value.split_once(' ').ok_or(())?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return Err(());
    }
    let decoded = STANDARD.decode(encoded.trim()).map_err(|_| ())?;
    let decoded = String::from_utf8(decoded).map_err(|_| ())?;
    let (id, secret) = decoded.split_once(':').ok_or(())?;
    let decode = |s: &str| {
        url::form_urlencoded::parse(format!("v={s}").as_bytes())
            .next()
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    };
    Ok(Some((decode(id), decode(secret))))
}

/// The parameters of a request that may come as a query (GET) or as a form post (POST), or
/// `None` when a POST body is not a form.
pub async fn params(req: &Request, body: Body) -> poem::Result<Option<Vec<(String, String)>>> {
    if req.method() != Method::POST {
        return Ok(Some(query_pairs(req)));
    }
    if !is_form(req) {
        return Ok(None);
    }
    Ok(Some(pairs(&body.into_string().await?)))
}
