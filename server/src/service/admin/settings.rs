//! The effective configuration, as an operator reads it through the API: every setting after
//! defaults, the file and the environment, with each secret replaced by a mask (or `null` when
//! it is not set), so that the answer shows what is configured without disclosing it.

use secrecy::SecretString;
use serde_json::{Value, json};

use crate::config::Settings;

pub const MASK: &str = "********";

fn masked(secret: Option<&SecretString>) -> Value {
    secret.map_or(Value::Null, |_| json!(MASK))
}

/// `postgres://user:password@host/db` loses its password.
fn without_password(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some(MASK));
            parsed.into()
        }
        _ => url.to_owned(),
    }
}

pub fn effective(settings: &Settings) -> Value {
    let mut value = serde_json::to_value(settings).unwrap_or_else(|_| json!({}));
    // Secrets are never serialized (`skip_serializing`); say which ones are set.
    value["email"]["smtp_password"] = masked(settings.email.smtp_password.as_ref());
    value["secrets"]["kek"] = masked(settings.secrets.kek.as_ref());
    value["secrets"]["previous_kek"] = masked(settings.secrets.previous_kek.as_ref());
    value["database"]["url"] = json!(without_password(&settings.database.url));
    for (i, client) in settings.clients.iter().enumerate() {
        value["clients"][i]["client_secret"] = masked(client.client_secret.as_ref());
    }
    for (i, connector) in settings.connectors.iter().enumerate() {
        value["connectors"][i]["client_secret"] = masked(connector.client_secret.as_ref());
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_secret_is_shown() {
        let mut settings = Settings::default();
        settings.database.url = "postgres://gatehouse:db-pass-123@db.internal:5432/gatehouse".into();
        settings.email.smtp_password = Some(SecretString::from("smtp-pass-456"));
        settings.secrets.kek = Some(SecretString::from("kek-789-kek-789-kek-789"));
        let shown = effective(&settings).to_string();
        for secret in ["db-pass-123", "smtp-pass-456", "kek-789"] {
            assert!(!shown.contains(secret), "{secret} shown");
        }
        let value = effective(&settings);
        assert_eq!(value["email"]["smtp_password"], MASK);
        assert_eq!(value["secrets"]["previous_kek"], Value::Null);
        assert_eq!(
            value["database"]["url"],
            "postgres://gatehouse:********@db.internal:5432/gatehouse"
        );
    }
}
