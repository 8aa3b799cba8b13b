//! Secrets at rest: which key-encryption key seals them, sealing rows written before sealing
//! existed, and re-sealing everything under a new KEK (`gatehouse secrets rotate-kek`): the
//! signing keys, the server secrets and the authenticator apps' TOTP secrets.

use std::path::Path;

use secrecy::SecretString;

use crate::{
    config::Settings,
    crypto::{
        hmac_key::HmacKey,
        kek::{self, Kek, Keks},
    },
    service::InternalError,
    storage::{self, Db},
};

/// Where the demo setup keeps the KEK it generates (relative to the working directory, beside
/// the demo's SQLite database in `data/`).
pub const DEMO_KEK_FILE: &str = "data/gatehouse.kek";

#[derive(Debug, thiserror::Error)]
pub enum SecretsError {
    #[error("invalid setting `{key}`: {message}")]
    Setting { key: &'static str, message: String },
    #[error(
        "no key-encryption key: set `secrets.kek` (or GATEHOUSE__SECRETS__KEK) or `secrets.kek_file` to the base64 of 32 random bytes, e.g. `openssl rand -base64 32`"
    )]
    Missing,
    #[error("stored secret `{row}` {source}")]
    Unreadable { row: String, source: kek::KekError },
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl From<storage::StorageError> for SecretsError {
    fn from(e: storage::StorageError) -> Self {
        Self::Internal(e.into())
    }
}

/// Reads a KEK from a file (its base64, surrounding white space ignored).
pub fn read_kek_file(key: &'static str, path: &Path) -> Result<Kek, SecretsError> {
    let text = std::fs::read_to_string(path).map_err(|e| SecretsError::Setting {
        key,
        message: format!("cannot read {}: {e}", path.display()),
    })?;
    Kek::parse(&SecretString::from(text)).map_err(|e| SecretsError::Setting {
        key,
        message: format!("{}: {e}", path.display()),
    })
}

/// The KEKs the settings give. Without one, only the demo setup gets a generated one, kept in
/// [`DEMO_KEK_FILE`] (mode 0600) so that its database stays readable across restarts.
pub fn keks(settings: &Settings) -> Result<Keks, SecretsError> {
    let setting = |key: &'static str| {
        move |e: kek::KekError| SecretsError::Setting {
            key,
            message: e.to_string(),
        }
    };
    let current = match (&settings.secrets.kek, &settings.secrets.kek_file) {
        (Some(kek), _) => Kek::parse(kek).map_err(setting("secrets.kek"))?,
        (None, Some(file)) => read_kek_file("secrets.kek_file", Path::new(file))?,
        (None, None) if settings.demo_mode => demo_kek()?,
        (None, None) => return Err(SecretsError::Missing),
    };
    let previous = match &settings.secrets.previous_kek {
        Some(kek) => Some(Kek::parse(kek).map_err(setting("secrets.previous_kek"))?),
        None => None,
    };
    Ok(Keks { current, previous })
}

fn demo_kek() -> Result<Kek, SecretsError> {
    let path = Path::new(DEMO_KEK_FILE);
    if !path.exists() {
        write_private(path, &Kek::generate()).map_err(|e| SecretsError::Setting {
            key: "secrets.kek_file",
            message: format!("cannot create the demo KEK at {DEMO_KEK_FILE}: {e}"),
        })?;
        tracing::warn!(path = DEMO_KEK_FILE, "demo mode: generated a key-encryption key");
    }
    read_kek_file("secrets.kek_file", path)
}

fn write_private(path: &Path, kek: &SecretString) -> std::io::Result<()> {
    use secrecy::ExposeSecret;
    use std::io::Write;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    writeln!(file, "{}", kek.expose_secret())
}

/// Seals, under the current KEK, every secret still stored in plaintext (databases from before
/// sealing): runs at every start, and finds nothing to do after the first.
pub async fn seal_plaintext(db: &Db, keks: &Keks) -> Result<u64, SecretsError> {
    use base64::{Engine, engine::general_purpose::STANDARD};
    let mut sealed = 0;
    for (kid, stored) in storage::keys::stored_private_keys(db).await? {
        if kek::is_sealed(&stored) {
            continue;
        }
        let der = STANDARD.decode(&stored).map_err(|_| SecretsError::Unreadable {
            row: storage::keys::sealed_row(&kid),
            source: kek::KekError::NotSealed,
        })?;
        let new = keks.seal(&der, &storage::keys::sealed_row(&kid));
        sealed += u64::from(storage::keys::replace_private_key(db, &kid, &stored, &new).await?);
    }
    for (name, stored) in storage::server_secrets::all(db).await? {
        if kek::is_sealed(&stored) {
            continue;
        }
        let new = keks.seal(stored.as_bytes(), &storage::server_secrets::sealed_row(&name));
        sealed += u64::from(storage::server_secrets::replace(db, &name, &stored, &new).await?);
    }
    if sealed > 0 {
        tracing::info!(
            count = sealed,
            kek = keks.current.id(),
            "sealed stored secrets found in plaintext"
        );
    }
    Ok(sealed)
}

/// The shared HMAC key, created sealed by the first instance that needs it.
pub async fn hmac_key(db: &Db, keks: &Keks) -> Result<HmacKey, SecretsError> {
    let row = storage::server_secrets::sealed_row("hmac");
    let fresh = keks.seal(HmacKey::generate().as_bytes(), &row);
    let stored = storage::server_secrets::get_or_create(db, "hmac", fresh).await?;
    let plain = keks.open(&stored, &row).map_err(|source| SecretsError::Unreadable {
        row: row.clone(),
        source,
    })?;
    let text = String::from_utf8(plain).ok();
    text.as_deref()
        .and_then(HmacKey::from_stored)
        .ok_or(SecretsError::Unreadable {
            row,
            source: kek::KekError::Undecryptable,
        })
}

/// Re-seals every stored secret under `new`, in one transaction, reading each with the KEKs
/// configured now (current or previous). Returns how many values were re-sealed.
pub async fn rotate_kek(db: &Db, keks: &Keks, new: Kek) -> Result<u64, SecretsError> {
    let target = Keks {
        current: new,
        previous: None,
    };
    let tx = storage::begin(db).await?;
    let mut count = 0;
    for (kid, stored) in storage::keys::stored_private_keys(&tx).await? {
        let row = storage::keys::sealed_row(&kid);
        let plain = open_any(keks, &stored, &row)?;
        let new = target.seal(&plain, &row);
        count += u64::from(storage::keys::replace_private_key(&tx, &kid, &stored, &new).await?);
    }
    for (name, stored) in storage::server_secrets::all(&tx).await? {
        let row = storage::server_secrets::sealed_row(&name);
        let plain = open_any(keks, &stored, &row)?;
        let new = target.seal(&plain, &row);
        count += u64::from(storage::server_secrets::replace(&tx, &name, &stored, &new).await?);
    }
    for stored in storage::mfa_secrets::all(&tx).await? {
        let row = crate::service::mfa::totp::sealing_row(&stored.user_id);
        let plain = open_any(keks, &stored.sealed, &row)?;
        let new = target.seal(&plain, &row);
        count += u64::from(storage::mfa_secrets::replace(&tx, &stored, &new).await?);
    }
    storage::commit(tx).await?;
    Ok(count)
}

/// A sealed value opened, or a plaintext one (not sealed yet) taken as is.
fn open_any(keks: &Keks, stored: &str, row: &str) -> Result<Vec<u8>, SecretsError> {
    if kek::is_sealed(stored) {
        return keks.open(stored, row).map_err(|source| SecretsError::Unreadable {
            row: row.to_owned(),
            source,
        });
    }
    if row.starts_with("signing_keys/") {
        use base64::{Engine, engine::general_purpose::STANDARD};
        return STANDARD.decode(stored).map_err(|_| SecretsError::Unreadable {
            row: row.to_owned(),
            source: kek::KekError::NotSealed,
        });
    }
    Ok(stored.as_bytes().to_vec())
}
