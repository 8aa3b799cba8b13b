//! The schema's version and the start-up lock. Migrations are applied only by `serve` (unless
//! told not to) and `migrate`, one process at a time; every other command only checks that the
//! schema is one it can use.

use std::path::PathBuf;

use migration::{Migrator, MigratorTrait, SchemaManager};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DbBackend, DbErr, Statement};

use super::{Db, Result, sqlite_path};

/// sea-orm-migration's table of applied migrations.
const MIGRATIONS_TABLE: &str = "seaql_migrations";

/// Where the database's schema stands against the migrations this binary knows.
#[derive(Debug, Default)]
pub struct SchemaStatus {
    /// Known migrations the database has, oldest first.
    pub applied: Vec<String>,
    /// Known migrations it lacks, oldest first.
    pub pending: Vec<String>,
    /// Migrations it has that this binary does not know: applied by a newer version.
    pub unknown: Vec<String>,
}

impl SchemaStatus {
    /// Usable by this binary: every migration it knows is applied. Unknown (newer) ones are
    /// tolerated, since a migration must keep the previous version working (see the README's
    /// upgrade notes).
    pub fn is_current(&self) -> bool {
        self.pending.is_empty()
    }
}

/// Reads the applied migrations without creating anything (not even the migrations table).
pub async fn status(db: &Db) -> Result<SchemaStatus> {
    let applied_in_db: Vec<String> = if SchemaManager::new(db).has_table(MIGRATIONS_TABLE).await? {
        let select = Statement::from_string(
            db.get_database_backend(),
            format!("SELECT version FROM {MIGRATIONS_TABLE} ORDER BY version"),
        );
        db.query_all_raw(select)
            .await?
            .iter()
            .map(|row| row.try_get::<String>("", "version"))
            .collect::<Result<_, DbErr>>()?
    } else {
        Vec::new()
    };
    let known: Vec<String> = Migrator::migrations().iter().map(|m| m.name().to_owned()).collect();
    let mut status = SchemaStatus::default();
    for name in &known {
        if applied_in_db.contains(name) {
            status.applied.push(name.clone());
        } else {
            status.pending.push(name.clone());
        }
    }
    status.unknown = applied_in_db.into_iter().filter(|v| !known.contains(v)).collect();
    Ok(status)
}

/// Applies the pending migrations. A database already migrated by a newer version (migrations
/// this binary does not know, none of its own missing) is left as it is, with a warning;
/// sea-orm's migrator would refuse it outright.
pub async fn migrate(db: &Db) -> Result<SchemaStatus> {
    let before = status(db).await?;
    if !before.unknown.is_empty() {
        if !before.pending.is_empty() {
            return Err(DbErr::Custom(format!(
                "the database has migrations this version does not know ({}) but lacks some of its own ({}): \
                 it was migrated by another branch of Gatehouse",
                before.unknown.join(", "),
                before.pending.join(", ")
            ))
            .into());
        }
        warn_newer(&before);
        return Ok(before);
    }
    if before.pending.is_empty() {
        return Ok(before);
    }
    Migrator::up(db, None).await?;
    status(db).await
}

pub fn warn_newer(status: &SchemaStatus) {
    if !status.unknown.is_empty() {
        tracing::warn!(
            unknown = %status.unknown.join(", "),
            "the database was migrated by a newer version of Gatehouse: running on its schema"
        );
    }
}

/// A fixed key for `pg_advisory_lock`: "gatehous" in ASCII.
const ADVISORY_KEY: i64 = 0x6761_7465_686f_7573;

/// Held while a process prepares the database (migrations, the client sync, first keys), so
/// that instances starting together take turns. On PostgreSQL a session advisory lock on a
/// connection of its own (freed by the server if the process dies); on SQLite an exclusive
/// lock on a file beside the database (freed by the kernel likewise).
pub enum StartupLock {
    Postgres(Db),
    File(std::fs::File),
    /// An in-memory SQLite database: nobody else can see it.
    Unshared,
}

impl StartupLock {
    /// Waits for the lock. Taken before the database pool is opened, so that on SQLite the
    /// first connection (which switches a new file to WAL) is not made by two processes at once.
    pub async fn acquire(url: &str) -> Result<Self> {
        if url.starts_with("postgres") {
            let mut options = ConnectOptions::new(url.to_owned());
            options.max_connections(1).min_connections(1).sqlx_logging(false);
            let db = Database::connect(options).await?;
            db.execute_raw(Statement::from_string(
                DbBackend::Postgres,
                format!("SELECT pg_advisory_lock({ADVISORY_KEY})"),
            ))
            .await?;
            return Ok(Self::Postgres(db));
        }
        let Some(path) = sqlite_path(url) else {
            return Ok(Self::Unshared);
        };
        let lock_path = PathBuf::from(format!("{path}.startup-lock"));
        let file = tokio::task::spawn_blocking(move || -> std::io::Result<std::fs::File> {
            if let Some(dir) = lock_path.parent()
                && !dir.as_os_str().is_empty()
            {
                std::fs::create_dir_all(dir)?;
            }
            let file = std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&lock_path)?;
            file.lock()?;
            Ok(file)
        })
        .await
        .map_err(|e| DbErr::Custom(format!("start-up lock: {e}")))?
        .map_err(|e| DbErr::Custom(format!("cannot take the start-up lock beside {path}: {e}")))?;
        Ok(Self::File(file))
    }

    pub async fn release(self) {
        match self {
            Self::Postgres(db) => {
                let unlock = Statement::from_string(
                    DbBackend::Postgres,
                    format!("SELECT pg_advisory_unlock({ADVISORY_KEY})"),
                );
                if let Err(e) = db.execute_raw(unlock).await {
                    tracing::warn!(error = %e, "could not release the start-up lock (the server frees it with the session)");
                }
                let _ = db.close().await;
            }
            Self::File(file) => drop(file),
            Self::Unshared => {}
        }
    }
}
