//! A provider's endpoints (from its discovery document or the configuration) and its signing
//! keys, cached; the keys are fetched again when an ID token names one we do not have.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use jsonwebtoken::jwk::{Jwk, JwkSet};
use serde::Deserialize;
use tokio::sync::RwLock;

use super::{UpstreamError, Upstreams};
use crate::domain::connector::{Connector, Endpoints, ExplicitEndpoints, allowed_endpoint};

/// How long a discovery document is trusted before it is read again.
const DISCOVERY_TTL: Duration = Duration::from_secs(3600);

pub struct Metadata {
    fetched: Instant,
    /// The `iss` of the provider's ID tokens; Microsoft's multi-tenant form holds `{tenantid}`.
    pub issuer: Option<String>,
    pub authorization: String,
    pub token: String,
    pub userinfo: Option<String>,
    pub emails: Option<String>,
    jwks_uri: Option<String>,
    keys: RwLock<Option<JwkSet>>,
}

#[derive(Deserialize)]
struct Discovery {
    issuer: String,
    authorization_endpoint: String,
    token_endpoint: String,
    userinfo_endpoint: Option<String>,
    jwks_uri: String,
}

fn invalid(e: impl Into<String>) -> UpstreamError {
    UpstreamError::InvalidResponse(e.into())
}

/// An endpoint the provider named must be https (or on this machine), as configured ones are.
fn checked(url: String) -> Result<String, UpstreamError> {
    let parsed = url::Url::parse(&url).map_err(|_| invalid("an endpoint is not a URL"))?;
    if allowed_endpoint(&parsed) {
        Ok(url)
    } else {
        Err(invalid("an endpoint is not https"))
    }
}

impl Upstreams {
    pub(super) async fn metadata(&self, connector: &Connector) -> Result<Arc<Metadata>, UpstreamError> {
        if let Some(cached) = self.cache.lock().await.get(&connector.id)
            && cached.fetched.elapsed() < DISCOVERY_TTL
        {
            return Ok(cached.clone());
        }
        let metadata = Arc::new(match &connector.endpoints {
            Endpoints::Explicit(e) => explicit(e)?,
            Endpoints::Discovery { issuer, overrides } => self.discover(connector, issuer, overrides).await?,
        });
        self.cache.lock().await.insert(connector.id.clone(), metadata.clone());
        Ok(metadata)
    }

    async fn discover(
        &self,
        connector: &Connector,
        issuer: &str,
        overrides: &ExplicitEndpoints,
    ) -> Result<Metadata, UpstreamError> {
        let url = format!("{issuer}/.well-known/openid-configuration");
        let answer = self.json("discovery", self.get_request(&url)).await?;
        if !answer.status.is_success() {
            return Err(UpstreamError::Unavailable(format!("discovery: HTTP {}", answer.status)));
        }
        let doc: Discovery =
            serde_json::from_value(answer.body).map_err(|_| invalid("discovery document lacks a required endpoint"))?;
        // OpenID Connect Discovery §4.3: the document is the issuer's own. Microsoft's
        // authorities publish a tenant-specific (or templated) issuer instead.
        if !connector.tenant_issuer && doc.issuer.trim_end_matches('/') != issuer {
            return Err(invalid(format!(
                "discovery names the issuer `{}`, not the configured one",
                doc.issuer
            )));
        }
        Ok(Metadata {
            fetched: Instant::now(),
            issuer: Some(doc.issuer),
            authorization: checked(overrides.authorization.clone().unwrap_or(doc.authorization_endpoint))?,
            token: checked(overrides.token.clone().unwrap_or(doc.token_endpoint))?,
            userinfo: overrides
                .userinfo
                .clone()
                .or(doc.userinfo_endpoint)
                .map(checked)
                .transpose()?,
            emails: overrides.emails.clone(),
            jwks_uri: Some(checked(overrides.jwks.clone().unwrap_or(doc.jwks_uri))?),
            keys: RwLock::new(None),
        })
    }

    /// The key `kid` (or the only key, when the token names none), fetching the provider's
    /// keys again when it is not among those cached: providers rotate them.
    pub(super) async fn signing_key(&self, metadata: &Metadata, kid: Option<&str>) -> Result<Jwk, UpstreamError> {
        if let Some(key) = metadata.keys.read().await.as_ref().and_then(|set| pick(set, kid)) {
            return Ok(key);
        }
        let uri = metadata
            .jwks_uri
            .as_deref()
            .ok_or_else(|| invalid("the provider publishes no signing keys"))?;
        let answer = self.json("jwks", self.get_request(uri)).await?;
        if !answer.status.is_success() {
            return Err(UpstreamError::Unavailable(format!("jwks: HTTP {}", answer.status)));
        }
        let set: JwkSet = serde_json::from_value(answer.body).map_err(|_| invalid("the key set is not a JWK set"))?;
        let key = pick(&set, kid);
        *metadata.keys.write().await = Some(set);
        key.ok_or_else(|| UpstreamError::InvalidIdToken("signed with a key the provider does not publish".into()))
    }
}

fn pick(set: &JwkSet, kid: Option<&str>) -> Option<Jwk> {
    match kid {
        Some(kid) => set.find(kid).cloned(),
        None if set.keys.len() == 1 => set.keys.first().cloned(),
        None => None,
    }
}

fn explicit(e: &ExplicitEndpoints) -> Result<Metadata, UpstreamError> {
    // Checked at start-up: an OAuth 2.0 connector has these three.
    let missing = || invalid("an endpoint is not configured");
    Ok(Metadata {
        fetched: Instant::now(),
        issuer: e.issuer.clone(),
        authorization: e.authorization.clone().ok_or_else(missing)?,
        token: e.token.clone().ok_or_else(missing)?,
        userinfo: e.userinfo.clone(),
        emails: e.emails.clone(),
        jwks_uri: e.jwks.clone(),
        keys: RwLock::new(None),
    })
}
