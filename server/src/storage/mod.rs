//! Persistence: the only module that imports sea_orm. Every repository function takes any
//! connection (`&Db` or `&Tx`), so a service can group writes into one transaction.

pub mod account_verifications;
pub mod app_policies;
pub mod audit;
pub mod captcha_redemptions;
pub mod clients;
pub mod codes;
mod entity;
pub mod grants;
pub mod identities;
pub mod interactions;
pub mod invitations;
pub mod keys;
pub mod login_failures;
pub mod mfa;
pub mod mfa_secrets;
pub mod page;
pub mod rate_limits;
pub mod refresh_tokens;
pub mod schema;
pub mod server_secrets;
pub mod sessions;
pub mod social_authorizations;
pub mod users;
pub mod verification_codes;

use std::{path::Path, time::Duration};

use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbErr, SqliteTransactionMode,
    TransactionOptions, TransactionTrait,
};

pub use sea_orm::ConnectionTrait as Conn;

pub type Db = DatabaseConnection;
pub type Tx = DatabaseTransaction;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("database error: {0}")]
    Db(#[from] DbErr),
    #[error("stored {what} is corrupt: {detail}")]
    Corrupt { what: &'static str, detail: String },
}

impl StorageError {
    pub(crate) fn corrupt(what: &'static str, detail: impl ToString) -> Self {
        Self::Corrupt {
            what,
            detail: detail.to_string(),
        }
    }
}

pub type Result<T, E = StorageError> = std::result::Result<T, E>;

/// Counts the SQL statements the server sends, for `/metrics`.
#[derive(Debug, Default)]
pub struct StatementCounter(std::sync::atomic::AtomicU64);

impl StatementCounter {
    pub fn get(&self) -> u64 {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }
}

pub async fn connect(url: &str, max_connections: u32) -> Result<Db> {
    connect_counting(url, max_connections, None).await
}

pub async fn connect_counting(
    url: &str,
    max_connections: u32,
    counter: Option<std::sync::Arc<StatementCounter>>,
) -> Result<Db> {
    if let Some(path) = sqlite_path(url)
        && let Some(dir) = Path::new(path).parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir).map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", dir.display())))?;
    }
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(max_connections)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .sqlx_logging(false)
        // WAL lets readers proceed while one connection writes. NORMAL syncs at checkpoints
        // instead of at every commit: a power cut may lose the last commits but never corrupts
        // the file, and a crash of the process loses nothing.
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
        });
    let mut db = Database::connect(options).await?;
    if let Some(counter) = counter {
        db.set_metric_callback(move |_| {
            counter.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        });
    }
    Ok(db)
}

fn sqlite_path(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next()?;
    (!path.is_empty() && path != ":memory:").then_some(path)
}

/// Every transaction here writes. On SQLite it takes the write lock at BEGIN (IMMEDIATE), so a
/// concurrent writer makes it wait for the busy timeout instead of failing at its first write.
pub async fn begin(db: &Db) -> Result<Tx> {
    let options = TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    };
    Ok(db.begin_with_options(options).await?)
}

pub async fn commit(tx: Tx) -> Result<()> {
    Ok(tx.commit().await?)
}

/// A trivial round trip, for readiness checks.
pub async fn ping(db: &Db) -> Result<()> {
    Ok(db.ping().await?)
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("serialising plain data cannot fail")
}

fn from_json<T: serde::de::DeserializeOwned>(what: &'static str, raw: &str) -> Result<T> {
    serde_json::from_str(raw).map_err(|e| StorageError::corrupt(what, e))
}

/// Creates a database on a PostgreSQL server (for the bench and the tests' fresh databases).
pub async fn create_database(admin: &Db, name: &str) -> Result<()> {
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(DbErr::Custom(format!("`{name}` is not a plain database name")).into());
    }
    admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::sqlite_path;

    #[test]
    fn finds_the_file_of_a_sqlite_url() {
        assert_eq!(sqlite_path("sqlite://data/g.db?mode=rwc"), Some("data/g.db"));
        assert_eq!(sqlite_path("sqlite::memory:"), None);
        assert_eq!(sqlite_path("postgres://x/y"), None);
    }
}
