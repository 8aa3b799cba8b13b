//! Builds the application from settings: database, migrations, keys, clients, routes.

use std::time::Duration;

use poem::{Server, listener::TcpAcceptor};

use crate::{
    config::Settings,
    crypto::{hmac_key::HmacKey, password::PasswordHasher},
    email::Mailer,
    http,
    service::{self, InternalError},
    state::{AppState, Parts},
    storage,
};

/// Prepares everything a command needs: the database migrated, clients synced, keys loaded.
pub async fn state(settings: Settings) -> anyhow::Result<AppState> {
    let statements = std::sync::Arc::new(storage::StatementCounter::default());
    let db = storage::connect_counting(
        &settings.database.url,
        settings.database.max_connections,
        Some(statements.clone()),
    )
    .await?;
    storage::migrate(&db).await?;
    service::clients::sync_from_settings(&db, &settings).await?;
    let keys = service::keys::load_or_create(&db).await?;
    let hasher = PasswordHasher::new(&settings.password_hashing).map_err(InternalError::from)?;
    let mailer = Mailer::new(&settings.email)?;
    let stored = storage::server_secrets::get_or_create(&db, "hmac", HmacKey::generate()).await?;
    let hmac = HmacKey::from_stored(&stored).ok_or_else(|| anyhow::anyhow!("the stored HMAC key is corrupt"))?;
    let parts = Parts {
        db,
        hasher,
        keys,
        statements,
        mailer,
        hmac,
    };
    Ok(AppState::new(settings, parts))
}

pub struct App {
    acceptor: TcpAcceptor,
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
        let acceptor = TcpAcceptor::from_std(listener)?;
        let state = state(settings).await?;
        Ok(Self { acceptor, port, state })
    }

    /// The bound port: useful when `listen` asked for port 0.
    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let cleaner = tokio::spawn(maintain(self.state.clone()));
        let result = Server::new_with_acceptor(self.acceptor)
            .run_with_graceful_shutdown(
                http::routes(self.state),
                shutdown_signal(),
                Some(Duration::from_secs(10)),
            )
            .await;
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
        match service::keys::load(&state.db).await {
            Ok(keys) => state.set_keys(keys),
            Err(e) => tracing::warn!(error = %e, "could not reload signing keys"),
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
        if let Err(e) = service::verification_code::delete_stale(&state, now).await {
            tracing::warn!(error = %e, "could not remove expired one-time codes");
        }
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
