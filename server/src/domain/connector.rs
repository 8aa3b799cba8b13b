//! An external identity provider as Gatehouse uses it: a connector from `[[connectors]]`, its
//! preset applied, and the identity it proves.

use secrecy::SecretString;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConnectorKind {
    /// OpenID Connect: an ID token signed by the provider proves the user.
    Oidc,
    /// Plain OAuth 2.0: the provider's user endpoint, called with the access token, says who
    /// the user is.
    Oauth2,
}

impl ConnectorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Oidc => "oidc",
            Self::Oauth2 => "oauth2",
        }
    }
}

/// How the client authenticates at the provider's token endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenAuth {
    /// `client_secret_basic` (RFC 6749 §2.3.1: every server must accept it).
    Basic,
    /// `client_secret_post`, for providers that only read the body (GitHub).
    Post,
}

/// Which claim (or user-endpoint field) holds each part of the profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimMapping {
    pub subject: String,
    pub email: String,
    /// Absent: no address from this provider counts as verified.
    pub email_verified: Option<String>,
    pub name: String,
    pub username: String,
    pub locale: String,
}

/// Where the provider's endpoints come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoints {
    /// OpenID Connect discovery at `{issuer}/.well-known/openid-configuration`, with the
    /// endpoints given here taking precedence over the discovered ones.
    Discovery {
        issuer: String,
        overrides: ExplicitEndpoints,
    },
    Explicit(ExplicitEndpoints),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExplicitEndpoints {
    pub authorization: Option<String>,
    pub token: Option<String>,
    pub userinfo: Option<String>,
    pub jwks: Option<String>,
    /// GitHub's list of the user's addresses, each with `primary` and `verified`.
    pub emails: Option<String>,
    /// The `iss` an explicitly configured OIDC provider signs with.
    pub issuer: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Connector {
    /// Names the provider in URLs: `/callback/{id}`, `.../social/{id}/...`.
    pub id: String,
    pub kind: ConnectorKind,
    /// The preset it was built from, if any.
    pub preset: Option<String>,
    pub name: String,
    pub logo_url: Option<String>,
    pub client_id: String,
    pub client_secret: Option<SecretString>,
    pub scopes: Vec<String>,
    pub endpoints: Endpoints,
    pub token_auth: TokenAuth,
    pub claims: ClaimMapping,
    /// OIDC: the provider's userinfo is read as well as the ID token.
    pub use_userinfo: bool,
    /// Microsoft's multi-tenant issuers hold `{tenantid}`, which the ID token's `tid` fills.
    pub tenant_issuer: bool,
}

/// What an external provider proved about its user, after our checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExternalIdentity {
    pub connector_id: String,
    /// The provider's stable id of the user: what links the identity to an account.
    pub subject: String,
    pub email: Option<String>,
    /// The provider says it checked `email`; anything else is only a hint.
    pub email_verified: bool,
    pub name: Option<String>,
    pub username: Option<String>,
    pub locale: Option<String>,
}

impl ExternalIdentity {
    /// The address, only when the provider vouches for it.
    pub fn verified_email(&self) -> Option<&str> {
        self.email.as_deref().filter(|_| self.email_verified)
    }
}

/// A connector id: short, lowercase, safe in a URL path and in a redirect URI registered at
/// the provider.
pub fn valid_connector_id(id: &str) -> bool {
    (1..=32).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Whether a provider's endpoint may be used: https, or http on this machine (development,
/// tests). The same rule for configured endpoints and for those a discovery document names.
pub fn allowed_endpoint(url: &url::Url) -> bool {
    let loopback = match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    url.scheme() == "https" || (url.scheme() == "http" && loopback)
}

/// The redirect URI to register at the provider for this connector.
pub fn callback_uri(public_url: &str, connector_id: &str) -> String {
    format!("{}/callback/{connector_id}", public_url.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connector_ids_are_url_safe() {
        assert!(valid_connector_id("google"));
        assert!(valid_connector_id("entra-b2c_1"));
        for bad in ["", "Google", "a/b", "a b", "é", &"x".repeat(33)] {
            assert!(!valid_connector_id(bad), "{bad}");
        }
    }

    #[test]
    fn only_https_or_this_machine_is_allowed() {
        let allowed = |u: &str| allowed_endpoint(&url::Url::parse(u).unwrap());
        assert!(allowed("https://accounts.example/authorize"));
        assert!(allowed("http://127.0.0.2:4000/oidc"));
        assert!(allowed("http://localhost/token"));
        assert!(allowed("http://[::1]:8080/jwks"));
        assert!(!allowed("http://accounts.example/token"));
        assert!(!allowed("ftp://127.0.0.1/token"));
    }

    #[test]
    fn an_unverified_address_is_not_offered() {
        let identity = ExternalIdentity {
            connector_id: "c".into(),
            subject: "1".into(),
            email: Some("a@example.com".into()),
            email_verified: false,
            name: None,
            username: None,
            locale: None,
        };
        assert_eq!(identity.verified_email(), None);
        let verified = ExternalIdentity {
            email_verified: true,
            ..identity
        };
        assert_eq!(verified.verified_email(), Some("a@example.com"));
    }
}
