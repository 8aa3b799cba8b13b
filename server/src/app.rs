//! Builds the application from settings: database, migrations, keys, clients, routes; and the
//! lighter state of the administration commands.

mod serve;

use std::{sync::Arc, time::Duration};

use crate::{
    config::Settings,
    crypto::{hmac_key::HmacKey, kek::Keks, keys::KeyRing, password::PasswordHasher},
    email::Mailer,
    http,
    service::{self, InternalError},
    state::{AppState, Parts},
    storage::{
        self, Db, StatementCounter,
        schema::{SchemaStatus, StartupLock},
    },
};

/// What a state is built from, once the database is ready.
struct Prepared {
    db: Db,
    statements: Arc<StatementCounter>,
    keks: Keks,
    keys: KeyRing,
    hmac: HmacKey,
}

/// The state `serve` runs with. Under the start-up lock, so that instances starting together
/// take turns: the schema migrated (unless `database.migrate_on_start` is off, when it must
/// already be current), the config-declared clients synchronised, the first keys created and
/// every secret sealed under the key-encryption key.
pub async fn state(settings: Settings) -> anyhow::Result<AppState> {
    let keks = service::secrets::keks(&settings)?;
    let lock = StartupLock::acquire(&settings.database.url).await?;
    let prepared = prepare_for_serving(&settings, keks).await;
    lock.release().await;
    build_state(settings, prepared?)
}

async fn prepare_for_serving(settings: &Settings, keks: Keks) -> anyhow::Result<Prepared> {
    let (db, statements) = connect(settings).await?;
    if settings.database.migrate_on_start {
        prepare_schema(&db).await?;
    } else {
        require_current_schema(&db).await?;
    }
    service::clients::sync_from_settings(&db, settings).await?;
    let (keys, hmac) = create_secrets(&db, &keks).await?;
    Ok(Prepared {
        db,
        statements,
        keks,
        keys,
        hmac,
    })
}

async fn connect(settings: &Settings) -> anyhow::Result<(Db, Arc<StatementCounter>)> {
    let statements = Arc::new(StatementCounter::default());
    let db = storage::connect_counting(
        &settings.database.url,
        settings.database.max_connections,
        Some(statements.clone()),
    )
    .await?;
    Ok((db, statements))
}

/// `gatehouse migrate`: the schema, the first keys and the sealing of secrets, under the
/// start-up lock. The clients are left alone: the job that migrates may well run without the
/// fleet's configuration (it needs the database URL and the key-encryption key).
pub async fn migrate(settings: &Settings) -> anyhow::Result<SchemaStatus> {
    let keks = service::secrets::keks(settings)?;
    let lock = StartupLock::acquire(&settings.database.url).await?;
    let result = async {
        let db = storage::connect(&settings.database.url, 1).await?;
        let status = prepare_schema(&db).await?;
        create_secrets(&db, &keks).await?;
        db.close().await.map_err(storage::StorageError::from)?;
        anyhow::Ok(status)
    }
    .await;
    lock.release().await;
    result
}

/// The state of an administration command: it reads the keys and never migrates, synchronises
/// clients or creates keys, so that a run with another configuration (or none) against a live
/// database changes only what it was asked to. It needs the key-encryption key, as the
/// servers do.
pub async fn admin_state(settings: Settings) -> anyhow::Result<AppState> {
    let keks = service::secrets::keks(&settings)?;
    let (db, statements) = connect(&settings).await?;
    require_current_schema(&db).await?;
    let keys = service::keys::load(&db, &keks).await?;
    if storage::server_secrets::get(&db, HMAC_SECRET).await?.is_none() {
        anyhow::bail!("{NOT_MIGRATED}: it has no server key yet");
    }
    let hmac = service::secrets::hmac_key(&db, &keks).await?;
    build_state(
        settings,
        Prepared {
            db,
            statements,
            keks,
            keys,
            hmac,
        },
    )
}

/// The schema as this binary and the database see it, without changing anything.
pub async fn schema_status(settings: &Settings) -> anyhow::Result<SchemaStatus> {
    let db = storage::connect(&settings.database.url, 1).await?;
    let status = storage::schema::status(&db).await?;
    db.close().await.map_err(storage::StorageError::from)?;
    Ok(status)
}

const HMAC_SECRET: &str = "hmac";
/// The start of the error of a command that needs a migrated database (with a stable code).
const NOT_MIGRATED: &str = "the database is not migrated (database.not_migrated): run `gatehouse migrate`";

/// Migrations, then what has to follow them: stored usernames given today's normalised form.
async fn prepare_schema(db: &Db) -> anyhow::Result<SchemaStatus> {
    let status = storage::schema::migrate(db).await?;
    service::users::prepare_stored_usernames(db).await?;
    Ok(status)
}

async fn require_current_schema(db: &Db) -> anyhow::Result<()> {
    let status = storage::schema::status(db).await?;
    if !status.is_current() {
        let first = status.pending.first().map_or("", String::as_str);
        anyhow::bail!("{NOT_MIGRATED} ({} pending, from {first})", status.pending.len());
    }
    storage::schema::warn_newer(&status);
    Ok(())
}

/// Seals what an older version stored in plaintext, then creates the first signing keys and
/// the server's HMAC key, sealed, once, by whoever comes first.
async fn create_secrets(db: &Db, keks: &Keks) -> anyhow::Result<(KeyRing, HmacKey)> {
    service::secrets::seal_plaintext(db, keks).await?;
    let keys = service::keys::load_or_create(db, keks).await?;
    let hmac = service::secrets::hmac_key(db, keks).await?;
    Ok((keys, hmac))
}

fn build_state(settings: Settings, prepared: Prepared) -> anyhow::Result<AppState> {
    let Prepared {
        db,
        statements,
        keks,
        keys,
        hmac,
    } = prepared;
    let hasher = PasswordHasher::new(&settings.password_hashing).map_err(InternalError::from)?;
    let mailer = Mailer::new(&settings.email)?;
    let connectors = crate::config::connectors::resolve_all(&settings.connectors)?;
    let upstreams = service::upstream::Upstreams::new(connectors, &settings.upstream)?;
    let parts = Parts {
        upstreams: Arc::new(upstreams),
        db,
        hasher,
        keys,
        statements,
        mailer,
        hmac,
        keks: Arc::new(keks),
    };
    Ok(AppState::new(settings, parts))
}

pub struct App {
    listener: tokio::net::TcpListener,
    /// `metrics.listen`: `/metrics` on an address of its own, kept off the public listener.
    metrics: Option<tokio::net::TcpListener>,
    port: u16,
    state: AppState,
}

impl App {
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let listener = std::net::TcpListener::bind(settings.listen.as_str())
            .map_err(|e| anyhow::anyhow!("cannot listen on {} (setting `listen`): {e}", settings.listen))?;
        Self::build_on(settings, listener).await
    }

    /// Serves on a socket bound beforehand, so that a caller can learn the port first.
    pub async fn build_on(settings: Settings, listener: std::net::TcpListener) -> anyhow::Result<Self> {
        listener.set_nonblocking(true)?;
        let port = listener.local_addr()?.port();
        let listener = tokio::net::TcpListener::from_std(listener)?;
        let metrics = match &settings.metrics.listen {
            Some(address) => Some(
                tokio::net::TcpListener::bind(address.as_str())
                    .await
                    .map_err(|e| anyhow::anyhow!("cannot listen on {address} (setting `metrics.listen`): {e}"))?,
            ),
            None => None,
        };
        let state = state(settings).await?;
        Ok(Self {
            listener,
            metrics,
            port,
            state,
        })
    }

    /// The bound port: useful when `listen` asked for port 0.
    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The port of `metrics.listen`, when it is set.
    pub fn metrics_port(&self) -> Option<u16> {
        self.metrics
            .as_ref()
            .and_then(|l| l.local_addr().ok())
            .map(|a| a.port())
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let cleaner = tokio::spawn(maintain(self.state.clone()));
        let limits = serve::Limits::new(&self.state.settings);
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let metrics = self.metrics.map(|listener| {
            let mut stopped = stopped.clone();
            let until = async move {
                let _ = stopped.wait_for(|stop| *stop).await;
            };
            tokio::spawn(serve::serve(
                listener,
                http::metrics_routes(self.state.clone()),
                limits,
                until,
            ))
        });
        let result = serve::serve(self.listener, http::routes(self.state), limits, shutdown_signal()).await;
        stop.send_replace(true);
        if let Some(metrics) = metrics {
            let _ = metrics.await;
        }
        cleaner.abort();
        result
    }
}

/// Housekeeping every instance does: removes what can no longer be used, and reloads the
/// signing keys so that a rotation made elsewhere (the CLI, another instance) takes effect.
async fn maintain(state: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    let mut round: u64 = 0;
    loop {
        tick.tick().await;
        round += 1;
        match service::keys::load(&state.db, &state.keks).await {
            Ok(keys) => state.set_keys(keys),
            Err(e) => tracing::warn!(error = %e, "could not reload signing keys"),
        }
        // A minute after start, then hourly: events expire by the day, and a start is spared it.
        if round % 60 == 2 {
            purge_audit(&state).await;
        }
        if round % 10 != 1 {
            continue;
        }
        let now = chrono::Utc::now();
        if let Err(e) = storage::interactions::delete_expired(&state.db, now).await {
            tracing::warn!(error = %e, "could not remove expired interactions");
        }
        if let Err(e) = storage::grants::delete_expired_revocations(&state.db, now).await {
            tracing::warn!(error = %e, "could not remove expired revocations");
        }
        if let Err(e) = service::lockout::delete_stale(&state).await {
            tracing::warn!(error = %e, "could not remove stale lockout counters");
        }
        if let Err(e) = service::experience::verification_code::delete_stale(&state, now).await {
            tracing::warn!(error = %e, "could not remove expired one-time codes");
        }
        if let Err(e) = storage::social_authorizations::delete_expired(&state.db, now).await {
            tracing::warn!(error = %e, "could not remove expired external sign-in requests");
        }
        if let Err(e) = service::account::delete_stale(&state).await {
            tracing::warn!(error = %e, "could not remove expired account verifications");
        }
    }
}

async fn purge_audit(state: &AppState) {
    match service::audit::purge(&state.db, state.settings.audit.retention.chrono()).await {
        Ok(0) => {}
        Ok(deleted) => tracing::info!(deleted, "audit events past audit.retention deleted"),
        Err(e) => tracing::warn!(error = %e, "could not delete old audit events"),
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
