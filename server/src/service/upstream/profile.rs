//! The provider's claims (ID token, user endpoint) read through the connector's mapping.

use serde_json::{Map, Value};

use super::UpstreamError;
use crate::domain::connector::{Connector, ExternalIdentity};

/// A claim as text: providers send ids as numbers (GitHub) and booleans as strings.
fn text(claims: &Map<String, Value>, name: &str) -> Option<String> {
    match claims.get(name)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn truthy(claims: &Map<String, Value>, name: &str) -> bool {
    match claims.get(name) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s.eq_ignore_ascii_case("true"),
        _ => false,
    }
}

/// Longer values than these are cut: a provider decides their size, our pages show them.
const MAX_FIELD: usize = 256;

fn bounded(value: Option<String>) -> Option<String> {
    value.map(|v| v.chars().take(MAX_FIELD).collect())
}

pub fn identity(connector: &Connector, claims: &Map<String, Value>) -> Result<ExternalIdentity, UpstreamError> {
    let m = &connector.claims;
    let subject = text(claims, &m.subject)
        .filter(|s| s.len() <= MAX_FIELD)
        .ok_or_else(|| UpstreamError::InvalidResponse(format!("no `{}` claim names the user", m.subject)))?;
    let email = bounded(text(claims, &m.email));
    let email_verified = email.is_some() && m.email_verified.as_deref().is_some_and(|name| truthy(claims, name));
    Ok(ExternalIdentity {
        connector_id: connector.id.clone(),
        subject,
        email,
        email_verified,
        name: bounded(text(claims, &m.name)),
        username: bounded(text(claims, &m.username)),
        locale: bounded(text(claims, &m.locale)),
    })
}

/// GitHub's `/user/emails`: the primary address if verified, else any verified one.
pub fn verified_address(list: &Value) -> Option<String> {
    let entries = list.as_array()?;
    let verified = |e: &&Value| e.get("verified").and_then(Value::as_bool) == Some(true);
    let primary = |e: &&Value| e.get("primary").and_then(Value::as_bool) == Some(true);
    entries
        .iter()
        .filter(verified)
        .find(primary)
        .or_else(|| entries.iter().find(verified))
        .and_then(|e| e.get("email")?.as_str())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::config::{ConnectorSettings, connectors::resolve};

    fn github() -> Connector {
        resolve(
            0,
            &ConnectorSettings {
                id: "github".into(),
                preset: Some("github".into()),
                client_id: "c".into(),
                ..ConnectorSettings::default()
            },
        )
        .unwrap()
    }

    #[test]
    fn numeric_ids_and_the_mapping_are_read() {
        let claims = json!({"id": 1234, "login": "octo", "name": "Octo Cat", "email": "o@example.com"});
        let identity = identity(&github(), claims.as_object().unwrap()).unwrap();
        assert_eq!(identity.subject, "1234");
        assert_eq!(identity.username.as_deref(), Some("octo"));
        // GitHub's `/user` address carries no verification.
        assert!(!identity.email_verified);
    }

    #[test]
    fn no_subject_is_an_invalid_answer() {
        let claims = json!({"login": "octo"});
        let e = identity(&github(), claims.as_object().unwrap()).unwrap_err();
        assert_eq!(e.code(), "social.invalid_response");
    }

    #[test]
    fn only_a_verified_address_is_taken_from_the_list() {
        let list = json!([
            {"email": "old@example.com", "primary": false, "verified": true},
            {"email": "main@example.com", "primary": true, "verified": true},
        ]);
        assert_eq!(verified_address(&list).as_deref(), Some("main@example.com"));
        let unverified = json!([{"email": "x@example.com", "primary": true, "verified": false}]);
        assert_eq!(verified_address(&unverified), None);
    }
}
