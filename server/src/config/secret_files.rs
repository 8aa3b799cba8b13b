//! Secrets read from files: `database.url_file`, `email.smtp_password_file` and
//! `clients[N].client_secret_file`, `connectors[N].client_secret_file` (or `GATEHOUSE__DATABASE__URL_FILE`, …) name a file whose
//! content is the setting, as container secrets and systemd credentials are mounted.

use std::path::Path;

use figment::value::{Dict, Value};

use super::ConfigError;

/// The settings that may come from a file: `(section, key)`; `clients` is every client.
const SECRETS: [(&str, &str); 4] = [
    ("database", "url"),
    ("email", "smtp_password"),
    ("clients", "client_secret"),
    ("connectors", "client_secret"),
];

/// Replaces each `KEY_file` by `KEY` with the file's content, trailing line ends removed.
pub fn resolve(settings: &mut Dict) -> Result<(), ConfigError> {
    for (section, key) in SECRETS {
        match settings.get_mut(section) {
            Some(Value::Dict(_, table)) => resolve_in(table, section, key)?,
            Some(Value::Array(_, items)) => {
                for (i, item) in items.iter_mut().enumerate() {
                    if let Value::Dict(_, table) = item {
                        resolve_in(table, &format!("{section}[{i}]"), key)?;
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn resolve_in(table: &mut Dict, prefix: &str, key: &str) -> Result<(), ConfigError> {
    let file_key = format!("{key}_file");
    let Some(path) = table.remove(&file_key) else {
        return Ok(());
    };
    let name = format!("{prefix}.{file_key}");
    let Some(path) = path.as_str() else {
        return Err(ConfigError::new(name, "must be the path of a file"));
    };
    if table.contains_key(key) {
        return Err(ConfigError::new(
            name,
            format!("give `{prefix}.{key}` or `{prefix}.{file_key}`, not both"),
        ));
    }
    let content = std::fs::read_to_string(Path::new(path))
        .map_err(|e| ConfigError::new(&name, format!("cannot read {path}: {e}")))?;
    let secret = content.trim_end_matches(['\n', '\r']);
    if secret.is_empty() {
        return Err(ConfigError::new(name, format!("{path} is empty")));
    }
    table.insert(key.to_owned(), Value::from(secret.to_owned()));
    Ok(())
}
