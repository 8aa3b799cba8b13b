//! The one shared state, built at start-up and passed down: no globals.

use std::sync::{Arc, RwLock};

use crate::{
    config::Settings,
    crypto::{hmac_key::HmacKey, kek::Keks, keys::KeyRing, password::PasswordHasher},
    domain::proxies::TrustedProxies,
    email::Mailer,
    http::contract::UndeclaredCodes,
    service::upstream::Upstreams,
    storage::{Db, StatementCounter},
    telemetry::metrics::Metrics,
};

/// What the state is built from, besides the settings.
pub struct Parts {
    pub db: Db,
    pub hasher: PasswordHasher,
    pub keys: KeyRing,
    pub statements: Arc<StatementCounter>,
    pub mailer: Mailer,
    pub hmac: HmacKey,
    pub keks: Arc<Keks>,
    pub upstreams: Arc<Upstreams>,
}

#[derive(Clone)]
pub struct AppState {
    pub settings: Arc<Settings>,
    pub db: Db,
    pub hasher: PasswordHasher,
    pub statements: Arc<StatementCounter>,
    pub mailer: Mailer,
    pub hmac: HmacKey,
    /// Seals and opens the secrets stored in the database.
    pub keks: Arc<Keks>,
    pub proxies: TrustedProxies,
    /// The external identity providers and what was learned from them.
    pub upstreams: Arc<Upstreams>,
    /// Error answers whose code their route does not declare (`http::contract`).
    pub undeclared_codes: Arc<UndeclaredCodes>,
    /// What `/metrics` reports besides the two counters above.
    pub metrics: Arc<Metrics>,
    keys: Arc<RwLock<Arc<KeyRing>>>,
}

impl AppState {
    pub fn new(settings: Settings, parts: Parts) -> Self {
        // Checked when the settings were loaded; settings built in code get the same parse.
        let proxies = TrustedProxies::parse(settings.trusted_proxies.iter().map(String::as_str)).unwrap_or_default();
        Self {
            proxies,
            settings: Arc::new(settings),
            db: parts.db,
            hasher: parts.hasher,
            statements: parts.statements,
            mailer: parts.mailer,
            hmac: parts.hmac,
            keks: parts.keks,
            upstreams: parts.upstreams,
            undeclared_codes: Arc::default(),
            metrics: Arc::default(),
            keys: Arc::new(RwLock::new(Arc::new(parts.keys))),
        }
    }

    /// The keys in force now; a rotation swaps them without stopping requests.
    pub fn keys(&self) -> Arc<KeyRing> {
        self.keys.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    pub fn set_keys(&self, keys: KeyRing) {
        *self.keys.write().unwrap_or_else(|e| e.into_inner()) = Arc::new(keys);
    }

    pub fn issuer(&self) -> String {
        self.settings.issuer()
    }
}
