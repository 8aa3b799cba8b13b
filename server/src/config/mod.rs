//! Settings come from defaults, then `gatehouse.toml`, then `GATEHOUSE__SECTION__KEY`
//! environment variables, and are validated once, before anything starts.

mod duration;
mod settings;
mod validate;

use std::path::Path;

use figment::{
    Figment,
    providers::{Env, Format, Serialized, Toml},
};

pub use duration::Span;
pub use settings::*;
pub use validate::{KNOWN_GRANT_TYPES, KNOWN_SCOPES, validate_client};

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
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        if let Some(path) = path {
            if !path.is_file() {
                return Err(ConfigError::new(
                    "--config",
                    format!("no configuration file at {}", path.display()),
                ));
            }
            figment = figment.merge(Toml::file_exact(path));
        }
        let settings: Settings = figment
            .merge(Env::prefixed("GATEHOUSE__").split("__"))
            .extract()
            .map_err(from_figment)?;
        settings.validated()
    }

    /// The issuer identifier: never derived from the request's Host header.
    pub fn issuer(&self) -> String {
        format!("{}/oidc", self.public_url)
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
