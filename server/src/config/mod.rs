//! Settings come from defaults, then `gatehouse.toml`, then `GATEHOUSE__SECTION__KEY`
//! environment variables, and are validated once, before anything starts.

mod account;
mod audit;
pub mod connectors;
mod duration;
mod env;
mod secret_files;
mod settings;
mod two_factor;
mod validate;

use std::path::Path;

use figment::{
    Figment,
    providers::{Format, Serialized, Toml},
    value::Value,
};

pub use account::{AccountSettings, EDITABLE_FIELDS};
pub use audit::AuditSettings;
pub use connectors::{ClaimSettings, ConnectorSettings};
pub use duration::Span;
pub use settings::*;
pub use two_factor::{MFA_FACTORS, TwoFactorSettings};
pub use validate::{ACCOUNT_CLIENT_ID, KNOWN_GRANT_TYPES, KNOWN_SCOPES, validate_client};

#[derive(Debug, thiserror::Error)]
#[error("invalid setting `{key}`: {message}")]
pub struct ConfigError {
    pub key: String,
    pub message: String,
}

impl ConfigError {
    pub fn new(key: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            message: message.into(),
        }
    }
}

impl Settings {
    /// Loads and validates the settings. A missing file is an error only when it was named.
    pub fn load(path: Option<&Path>) -> Result<Self, ConfigError> {
        // The file and the environment first, without the defaults, so that a secret's `_file`
        // form can be told from a value the operator gave too.
        let mut given = Figment::new();
        if let Some(path) = path {
            if !path.is_file() {
                return Err(ConfigError::new(
                    "--config",
                    format!("no configuration file at {}", path.display()),
                ));
            }
            given = given.merge(Toml::file_exact(path));
        }
        let given: Value = given
            .merge(env::StringEnv::prefixed("GATEHOUSE__"))
            .extract()
            .map_err(from_figment)?;
        let Value::Dict(_, mut given) = given else {
            return Err(ConfigError::new("(file)", "the configuration is not a table"));
        };
        secret_files::resolve(&mut given)?;
        let settings: Settings = Figment::from(Serialized::defaults(Settings::default()))
            .merge(Serialized::defaults(given))
            .extract_lossy()
            .map_err(from_figment)?;
        settings.validated()
    }

    /// The issuer identifier: never derived from the request's Host header.
    pub fn issuer(&self) -> String {
        format!("{}/oidc", self.public_url)
    }

    /// The origins whose pages may drive the Experience API: Gatehouse's own, a custom UI's at
    /// an absolute `experience.sign_in_url`, and `experience.allowed_origins`.
    pub fn experience_origins(&self) -> Vec<String> {
        let origin = |url: &str| url::Url::parse(url).ok().map(|u| u.origin().ascii_serialization());
        let mut origins: Vec<String> = [origin(&self.public_url), origin(&self.experience.sign_in_url)]
            .into_iter()
            .flatten()
            .chain(self.experience.allowed_origins.iter().cloned())
            .collect();
        origins.dedup();
        origins
    }
}

fn from_figment(err: figment::Error) -> ConfigError {
    let key = if err.path.is_empty() {
        "(file)".to_owned()
    } else {
        err.path.join(".")
    };
    ConfigError::new(key, err.kind.to_string())
}
