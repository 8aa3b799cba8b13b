//! `[[connectors]]`: external identity providers, from a preset or described in full. A bad
//! declaration stops start-up with an error naming its key (`connectors[0].issuer`).

use std::collections::HashSet;

use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use url::Url;

use super::ConfigError;
use crate::domain::connector::{
    ClaimMapping, Connector, ConnectorKind, Endpoints, ExplicitEndpoints, TokenAuth, allowed_endpoint,
    valid_connector_id,
};

pub const PRESETS: [&str; 4] = ["google", "microsoft", "github", "gitlab"];

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ConnectorSettings {
    pub id: String,
    #[serde(default)]
    pub preset: Option<String>,
    /// `oidc` or `oauth2`; the preset's when a preset is named.
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub logo_url: Option<String>,
    pub client_id: String,
    #[serde(default, skip_serializing)]
    pub client_secret: Option<SecretString>,
    #[serde(default)]
    pub scopes: Option<Vec<String>>,
    /// OIDC: the issuer whose discovery document gives the endpoints.
    #[serde(default)]
    pub issuer: Option<String>,
    /// `microsoft` preset: `common`, `organizations`, `consumers`, a tenant id or domain.
    #[serde(default)]
    pub tenant: Option<String>,
    /// `microsoft` preset: a whole authority, such as an Azure AD B2C user flow's
    /// `https://contoso.b2clogin.com/contoso.onmicrosoft.com/B2C_1_signin/v2.0`.
    #[serde(default)]
    pub authority: Option<String>,
    #[serde(default)]
    pub authorization_endpoint: Option<String>,
    #[serde(default)]
    pub token_endpoint: Option<String>,
    #[serde(default)]
    pub userinfo_endpoint: Option<String>,
    #[serde(default)]
    pub jwks_uri: Option<String>,
    /// A list of the user's addresses with `primary` and `verified` (GitHub's `/user/emails`).
    #[serde(default)]
    pub emails_endpoint: Option<String>,
    /// `client_secret_basic` (default) or `client_secret_post`.
    #[serde(default)]
    pub token_endpoint_auth_method: Option<String>,
    /// OIDC: also read the userinfo endpoint (its claims complete the ID token's).
    #[serde(default)]
    pub use_userinfo: Option<bool>,
    #[serde(default)]
    pub claims: ClaimSettings,
}

/// Claim names that replace the kind's or the preset's defaults.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimSettings {
    pub subject: Option<String>,
    pub email: Option<String>,
    pub email_verified: Option<String>,
    pub name: Option<String>,
    pub username: Option<String>,
    pub locale: Option<String>,
}

/// What a preset fills in.
struct Preset {
    kind: ConnectorKind,
    name: &'static str,
    issuer: Option<String>,
    endpoints: ExplicitEndpoints,
    scopes: &'static [&'static str],
    token_auth: TokenAuth,
    claims: ClaimMapping,
    tenant_issuer: bool,
}

fn mapping(subject: &str, email_verified: Option<&str>, username: &str) -> ClaimMapping {
    ClaimMapping {
        subject: subject.into(),
        email: "email".into(),
        email_verified: email_verified.map(String::from),
        name: "name".into(),
        username: username.into(),
        locale: "locale".into(),
    }
}

/// The defaults of a kind with no preset: OIDC's standard claims; for OAuth 2.0 the field
/// names most user endpoints use.
fn kind_claims(kind: ConnectorKind) -> ClaimMapping {
    match kind {
        ConnectorKind::Oidc => mapping("sub", Some("email_verified"), "preferred_username"),
        ConnectorKind::Oauth2 => mapping("id", Some("email_verified"), "username"),
    }
}

fn preset(name: &str, settings: &ConnectorSettings) -> Option<Preset> {
    let oidc = |label, issuer: String, scopes| Preset {
        kind: ConnectorKind::Oidc,
        name: label,
        issuer: Some(issuer),
        endpoints: ExplicitEndpoints::default(),
        scopes,
        token_auth: TokenAuth::Basic,
        claims: kind_claims(ConnectorKind::Oidc),
        tenant_issuer: false,
    };
    Some(match name {
        "google" => oidc(
            "Google",
            "https://accounts.google.com".into(),
            &["openid", "email", "profile"],
        ),
        "microsoft" => {
            let tenant = settings.tenant.as_deref().unwrap_or("common");
            let issuer = settings
                .authority
                .clone()
                .unwrap_or_else(|| format!("https://login.microsoftonline.com/{tenant}/v2.0"));
            Preset {
                // Entra's `email` claim is not verified by Microsoft: nothing links by it
                // unless the operator maps a claim that is (`xms_edov`).
                claims: mapping("sub", None, "preferred_username"),
                tenant_issuer: true,
                ..oidc("Microsoft", issuer, &["openid", "email", "profile"])
            }
        }
        "gitlab" => oidc("GitLab", "https://gitlab.com".into(), &["openid", "profile", "email"]),
        "github" => Preset {
            kind: ConnectorKind::Oauth2,
            name: "GitHub",
            issuer: None,
            endpoints: ExplicitEndpoints {
                authorization: Some("https://github.com/login/oauth/authorize".into()),
                token: Some("https://github.com/login/oauth/access_token".into()),
                userinfo: Some("https://api.github.com/user".into()),
                emails: Some("https://api.github.com/user/emails".into()),
                jwks: None,
                issuer: None,
            },
            scopes: &["read:user", "user:email"],
            token_auth: TokenAuth::Post,
            // `/user`'s address is only the public one; `/user/emails` says which is verified.
            claims: mapping("id", None, "login"),
            tenant_issuer: false,
        },
        _ => return None,
    })
}

/// Upstream endpoints must be https, except on this machine (development, tests).
fn endpoint(key: &str, value: &str) -> Result<String, ConfigError> {
    let url = Url::parse(value).map_err(|e| ConfigError::new(key, format!("`{value}`: {e}")))?;
    if !allowed_endpoint(&url) {
        return Err(ConfigError::new(key, format!("`{value}` must be an https URL")));
    }
    if url.fragment().is_some() {
        return Err(ConfigError::new(key, format!("`{value}` must not have a fragment")));
    }
    Ok(value.trim_end_matches('/').to_owned())
}

fn optional(key: &str, value: Option<&String>) -> Result<Option<String>, ConfigError> {
    value.map(|v| endpoint(key, v)).transpose()
}

/// One declaration, its preset applied and every value checked.
pub fn resolve(index: usize, c: &ConnectorSettings) -> Result<Connector, ConfigError> {
    let key = |field: &str| format!("connectors[{index}].{field}");
    if !valid_connector_id(&c.id) {
        return Err(ConfigError::new(
            key("id"),
            format!("`{}` must be 1 to 32 lowercase letters, digits, `-` or `_`", c.id),
        ));
    }
    let preset = match &c.preset {
        Some(name) => Some(preset(name, c).ok_or_else(|| {
            ConfigError::new(key("preset"), format!("`{name}` is not one of {}", PRESETS.join(", ")))
        })?),
        None => None,
    };
    if (c.tenant.is_some() || c.authority.is_some()) && c.preset.as_deref() != Some("microsoft") {
        let field = if c.tenant.is_some() { "tenant" } else { "authority" };
        return Err(ConfigError::new(key(field), "applies to the `microsoft` preset only"));
    }
    if c.tenant.is_some() && c.authority.is_some() {
        return Err(ConfigError::new(
            key("authority"),
            "give `tenant` or `authority`, not both",
        ));
    }
    let kind = match (c.kind.as_deref(), &preset) {
        (None, Some(p)) => p.kind,
        (None, None) => {
            return Err(ConfigError::new(
                key("kind"),
                "give `kind` (oidc or oauth2) or a `preset`",
            ));
        }
        (Some(k), p) => {
            let kind = match k {
                "oidc" => ConnectorKind::Oidc,
                "oauth2" => ConnectorKind::Oauth2,
                other => {
                    return Err(ConfigError::new(
                        key("kind"),
                        format!("`{other}` is not one of oidc, oauth2"),
                    ));
                }
            };
            if let Some(p) = p
                && p.kind != kind
            {
                return Err(ConfigError::new(
                    key("kind"),
                    format!("the preset is {}", p.kind.as_str()),
                ));
            }
            kind
        }
    };
    if c.client_id.is_empty() {
        return Err(ConfigError::new(key("client_id"), "must not be empty"));
    }
    let given = ExplicitEndpoints {
        authorization: optional(&key("authorization_endpoint"), c.authorization_endpoint.as_ref())?,
        token: optional(&key("token_endpoint"), c.token_endpoint.as_ref())?,
        userinfo: optional(&key("userinfo_endpoint"), c.userinfo_endpoint.as_ref())?,
        jwks: optional(&key("jwks_uri"), c.jwks_uri.as_ref())?,
        emails: optional(&key("emails_endpoint"), c.emails_endpoint.as_ref())?,
        issuer: None,
    };
    let from_preset = preset.as_ref().map(|p| p.endpoints.clone()).unwrap_or_default();
    let merged = ExplicitEndpoints {
        authorization: given.authorization.or(from_preset.authorization),
        token: given.token.or(from_preset.token),
        userinfo: given.userinfo.or(from_preset.userinfo),
        jwks: given.jwks.or(from_preset.jwks),
        emails: given.emails.or(from_preset.emails),
        issuer: None,
    };
    if c.issuer.is_some() && c.preset.as_deref() == Some("microsoft") {
        return Err(ConfigError::new(
            key("issuer"),
            "the `microsoft` preset takes `tenant` or `authority`",
        ));
    }
    // A given issuer (a self-managed GitLab) wins over the preset's.
    let issuer = c
        .issuer
        .clone()
        .or_else(|| preset.as_ref().and_then(|p| p.issuer.clone()));
    let issuer_key = if c.authority.is_some() {
        key("authority")
    } else {
        key("issuer")
    };
    let issuer = optional(&issuer_key, issuer.as_ref())?;
    let endpoints = match kind {
        ConnectorKind::Oidc => Endpoints::Discovery {
            issuer: issuer
                .ok_or_else(|| ConfigError::new(key("issuer"), "an OpenID Connect connector needs its issuer"))?,
            overrides: merged,
        },
        ConnectorKind::Oauth2 => {
            if c.issuer.is_some() {
                return Err(ConfigError::new(
                    key("issuer"),
                    "applies to OpenID Connect connectors only",
                ));
            }
            for (field, value) in [
                ("authorization_endpoint", &merged.authorization),
                ("token_endpoint", &merged.token),
                ("userinfo_endpoint", &merged.userinfo),
            ] {
                if value.is_none() {
                    return Err(ConfigError::new(key(field), "an OAuth 2.0 connector needs it"));
                }
            }
            Endpoints::Explicit(merged)
        }
    };
    let scopes = match (&c.scopes, &preset) {
        (Some(s), _) => s.clone(),
        (None, Some(p)) => p.scopes.iter().map(|s| s.to_string()).collect(),
        (None, None) if kind == ConnectorKind::Oidc => ["openid", "email", "profile"].map(String::from).to_vec(),
        (None, None) => Vec::new(),
    };
    if kind == ConnectorKind::Oidc && !scopes.iter().any(|s| s == "openid") {
        return Err(ConfigError::new(
            key("scopes"),
            "an OpenID Connect connector must ask for `openid`",
        ));
    }
    if scopes.iter().any(|s| s.is_empty() || s.contains(char::is_whitespace)) {
        return Err(ConfigError::new(key("scopes"), "a scope must be one word"));
    }
    let token_auth = match c.token_endpoint_auth_method.as_deref() {
        None => preset.as_ref().map_or(TokenAuth::Basic, |p| p.token_auth),
        Some("client_secret_basic") => TokenAuth::Basic,
        Some("client_secret_post") => TokenAuth::Post,
        Some(other) => {
            return Err(ConfigError::new(
                key("token_endpoint_auth_method"),
                format!("`{other}` is not one of client_secret_basic, client_secret_post"),
            ));
        }
    };
    if let Some(logo) = &c.logo_url {
        let url = Url::parse(logo).map_err(|e| ConfigError::new(key("logo_url"), format!("`{logo}`: {e}")))?;
        if !matches!(url.scheme(), "https" | "http" | "data") {
            return Err(ConfigError::new(key("logo_url"), "must be an http(s) or data URL"));
        }
    }
    let defaults = preset.as_ref().map_or_else(|| kind_claims(kind), |p| p.claims.clone());
    let claims = ClaimMapping {
        subject: c.claims.subject.clone().unwrap_or(defaults.subject),
        email: c.claims.email.clone().unwrap_or(defaults.email),
        email_verified: c.claims.email_verified.clone().or(defaults.email_verified),
        name: c.claims.name.clone().unwrap_or(defaults.name),
        username: c.claims.username.clone().unwrap_or(defaults.username),
        locale: c.claims.locale.clone().unwrap_or(defaults.locale),
    };
    Ok(Connector {
        id: c.id.clone(),
        kind,
        preset: c.preset.clone(),
        name: c
            .name
            .clone()
            .or_else(|| preset.as_ref().map(|p| p.name.to_owned()))
            .unwrap_or_else(|| c.id.clone()),
        logo_url: c.logo_url.clone(),
        client_id: c.client_id.clone(),
        client_secret: c.client_secret.clone(),
        scopes,
        endpoints,
        token_auth,
        claims,
        use_userinfo: c.use_userinfo.unwrap_or(kind == ConnectorKind::Oauth2),
        tenant_issuer: preset.as_ref().is_some_and(|p| p.tenant_issuer),
    })
}

/// Every declaration resolved; ids are unique.
pub fn resolve_all(connectors: &[ConnectorSettings]) -> Result<Vec<Connector>, ConfigError> {
    let mut seen = HashSet::new();
    let mut resolved = Vec::with_capacity(connectors.len());
    for (i, c) in connectors.iter().enumerate() {
        let connector = resolve(i, c)?;
        if !seen.insert(connector.id.clone()) {
            return Err(ConfigError::new(
                format!("connectors[{i}].id"),
                format!("`{}` is declared twice", connector.id),
            ));
        }
        resolved.push(connector);
    }
    Ok(resolved)
}

#[cfg(test)]
mod tests;
