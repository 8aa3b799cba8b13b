//! The one shared state, built at start-up and passed down: no globals.

use std::sync::{Arc, RwLock};

use crate::{
    config::Settings,
    crypto::{keys::KeyRing, password::PasswordHasher},
    storage::{Db, StatementCounter},
};

#[derive(Clone)]
pub struct AppState {
    pub settings: Arc<Settings>,
    pub db: Db,
    pub hasher: PasswordHasher,
    pub statements: Arc<StatementCounter>,
    keys: Arc<RwLock<Arc<KeyRing>>>,
}

impl AppState {
    pub fn new(
        settings: Settings,
        db: Db,
        hasher: PasswordHasher,
        keys: KeyRing,
        statements: Arc<StatementCounter>,
    ) -> Self {
        Self {
            settings: Arc::new(settings),
            db,
            hasher,
            statements,
            keys: Arc::new(RwLock::new(Arc::new(keys))),
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
