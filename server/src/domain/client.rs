//! A registered OAuth client (relying party).

use crate::crypto::token::{constant_time_eq, hash_token};

#[derive(Debug, Clone)]
pub struct Client {
    pub id: String,
    pub name: String,
    pub secret_hash: Option<String>,
    pub redirect_uris: Vec<String>,
    pub post_logout_redirect_uris: Vec<String>,
    pub grant_types: Vec<String>,
    pub scopes: Vec<String>,
    pub first_party: bool,
    /// `ES256` or `RS256`.
    pub id_token_alg: String,
}

impl Client {
    pub fn is_public(&self) -> bool {
        self.secret_hash.is_none()
    }

    /// Exact string comparison, as OAuth 2.1 and RFC 9700 require: no normalisation, no
    /// prefix or wildcard matching.
    pub fn has_redirect_uri(&self, uri: &str) -> bool {
        self.redirect_uris.iter().any(|registered| registered == uri)
    }

    pub fn allows_grant(&self, grant: &str) -> bool {
        self.grant_types.iter().any(|g| g == grant)
    }

    pub fn allows_scope(&self, scope: &str) -> bool {
        self.scopes.iter().any(|s| s == scope)
    }

    pub fn secret_matches(&self, presented: &str) -> bool {
        self.secret_hash
            .as_deref()
            .is_some_and(|stored| constant_time_eq(stored.as_bytes(), hash_token(presented).as_bytes()))
    }
}
