//! A registered OAuth client (relying party).

use crate::crypto::token::{constant_time_eq, hash_token};

/// The scope of the administration API, granted by client credentials to admin clients only.
pub const ADMIN_SCOPE: &str = "admin";

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
    /// Where a login started elsewhere (an invitation link) sends the browser, so that the client
    /// makes the authorization request (OpenID Connect Core, section 4).
    pub initiate_login_uri: Option<String>,
    /// May introspect every client's tokens, not only its own.
    pub resource_server: bool,
    /// May get the `admin` scope by client credentials and call `/api/admin`.
    pub admin: bool,
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

    /// The client's login initiation endpoint with `iss`, as OpenID Connect Core section 4 has
    /// it; `None` when the client has none.
    pub fn login_initiation_url(&self, issuer: &str) -> Option<String> {
        let mut url = url::Url::parse(self.initiate_login_uri.as_deref()?).ok()?;
        url.query_pairs_mut().append_pair("iss", issuer);
        Some(url.into())
    }

    /// RFC 7662 leaves to the server which tokens a caller may learn about: a client its own
    /// (issued to it), a resource server every one.
    pub fn may_introspect_token_of(&self, client_id: &str) -> bool {
        self.resource_server || self.id == client_id
    }

    pub fn secret_matches(&self, presented: &str) -> bool {
        self.secret_hash
            .as_deref()
            .is_some_and(|stored| constant_time_eq(stored.as_bytes(), hash_token(presented).as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::Client;

    fn client(initiate_login_uri: Option<&str>) -> Client {
        Client {
            id: "app".into(),
            name: "App".into(),
            secret_hash: None,
            redirect_uris: vec![],
            post_logout_redirect_uris: vec![],
            grant_types: vec![],
            scopes: vec![],
            first_party: true,
            id_token_alg: "ES256".into(),
            initiate_login_uri: initiate_login_uri.map(String::from),
            resource_server: false,
            admin: false,
        }
    }

    #[test]
    fn login_initiation_keeps_the_clients_query_and_adds_the_issuer() {
        assert_eq!(
            client(Some("https://app.example/login?from=gatehouse"))
                .login_initiation_url("https://id.example")
                .as_deref(),
            Some("https://app.example/login?from=gatehouse&iss=https%3A%2F%2Fid.example")
        );
        assert_eq!(client(None).login_initiation_url("https://id.example"), None);
    }
}
