//! `[account]`: what signed-in users may do to their own account (`/api/my-account`).

use serde::{Deserialize, Serialize};

use super::ConfigError;

/// The fields of `account.editable`.
pub const EDITABLE_FIELDS: [&str; 5] = ["name", "locale", "username", "email", "password"];

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct AccountSettings {
    /// The account API, the account pages and their built-in client `gatehouse-account`.
    pub enabled: bool,
    /// Users may delete their own account.
    pub allow_delete: bool,
    /// What users may change themselves; a username can only ever be set once.
    pub editable: Vec<String>,
}

impl Default for AccountSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            allow_delete: true,
            editable: EDITABLE_FIELDS.map(String::from).to_vec(),
        }
    }
}

impl AccountSettings {
    pub fn may_edit(&self, field: &str) -> bool {
        self.editable.iter().any(|f| f == field)
    }

    pub(super) fn validate(&self) -> Result<(), ConfigError> {
        for field in &self.editable {
            if !EDITABLE_FIELDS.contains(&field.as_str()) {
                return Err(ConfigError::new(
                    "account.editable",
                    format!("`{field}` is not one of {}", EDITABLE_FIELDS.join(", ")),
                ));
            }
        }
        Ok(())
    }
}
