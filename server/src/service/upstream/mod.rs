//! Calls to external identity providers: discovery, the authorization request, the code
//! exchange, the ID token's checks and the user endpoint. Every call has a timeout and a size
//! limit, and every failure is one of [`UpstreamError`]'s codes, never a 500 of ours.

mod fetch;
mod flow;
mod metadata;
mod profile;

use std::{collections::HashMap, sync::Arc};

use tokio::sync::Mutex;

pub use self::flow::{AuthorizationRequest, Callback, authorization_uri, complete};
use crate::{config::UpstreamSettings, domain::connector::Connector};

#[derive(Debug, thiserror::Error)]
pub enum UpstreamError {
    /// The provider sent the user back with an error (`access_denied`, ...).
    #[error("the provider answered `{0}`")]
    Denied(String),
    /// Unreachable, too slow, a 5xx, a body too large or not JSON.
    #[error("the provider could not be reached: {0}")]
    Unavailable(String),
    /// An answer that lacks what the protocol requires (no access token, no subject, ...).
    #[error("the provider's answer is not usable: {0}")]
    InvalidResponse(String),
    /// An ID token whose signature, issuer, audience, expiry or nonce is wrong.
    #[error("the provider's ID token is not valid: {0}")]
    InvalidIdToken(String),
}

impl UpstreamError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Denied(_) => "social.authorization_denied",
            Self::Unavailable(_) => "social.upstream_unavailable",
            Self::InvalidResponse(_) => "social.invalid_response",
            Self::InvalidIdToken(_) => "social.invalid_id_token",
        }
    }
}

/// The providers, the HTTP client that calls them and what was learned from them (discovery
/// documents, signing keys), shared by every request of this instance.
pub struct Upstreams {
    connectors: Vec<Connector>,
    http: reqwest::Client,
    max_bytes: usize,
    cache: Mutex<HashMap<String, Arc<metadata::Metadata>>>,
}

impl Upstreams {
    pub fn new(connectors: Vec<Connector>, settings: &UpstreamSettings) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder()
            .timeout(settings.timeout.get())
            .connect_timeout(settings.timeout.get())
            // A provider's answer is read where it was asked; a redirect could point anywhere.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("Gatehouse/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self {
            connectors,
            http,
            max_bytes: settings.max_response_bytes,
            cache: Mutex::default(),
        })
    }

    pub fn connectors(&self) -> &[Connector] {
        &self.connectors
    }

    pub fn get(&self, id: &str) -> Option<&Connector> {
        self.connectors.iter().find(|c| c.id == id)
    }
}
