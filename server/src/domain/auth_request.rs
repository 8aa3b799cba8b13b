//! The authorization request of `/oidc/auth`, validated in the order RFC 6749 section 4.1.2.1
//! requires: until client and redirect URI are known good, errors are shown, never redirected.

use std::collections::{HashMap, hash_map::Entry};

use oxide_auth::{code_grant::extensions::Pkce, primitives::scope::Scope};
use serde::{Deserialize, Serialize};

use super::client::Client;

const MAX_PARAM_BYTES: usize = 2048;

/// An error that must not be redirected: the redirect URI is not trusted (yet).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    #[error("the request has no client_id")]
    MissingClientId,
    #[error("the client is not registered")]
    UnknownClient,
    #[error("the request has no redirect_uri")]
    MissingRedirectUri,
    #[error("the redirect_uri is not registered for this client")]
    UnregisteredRedirectUri,
    #[error("the parameter {0} is repeated")]
    DuplicateParameter(String),
}

/// An RFC 6749 error code, sent back to the client's redirect URI.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {description}")]
pub struct RedirectError {
    pub code: &'static str,
    pub description: String,
}

impl RedirectError {
    pub fn new(code: &'static str, description: impl Into<String>) -> Self {
        Self {
            code,
            description: description.into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Prompt {
    None,
    Login,
    Consent,
    SelectAccount,
}

/// A request that passed validation; this is what an interaction stores.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuthRequest {
    pub client_id: String,
    pub redirect_uri: String,
    pub scopes: Vec<String>,
    pub state: Option<String>,
    pub nonce: Option<String>,
    /// The PKCE challenge in oxide-auth's encoding (S256 only).
    pub code_challenge: Option<String>,
    pub prompt: Vec<Prompt>,
    pub max_age: Option<i64>,
    pub login_hint: Option<String>,
    pub ui_locales: Option<String>,
    /// `acr_values` names `urn:gatehouse:acr:2fa`: the client wants two factors.
    #[serde(default)]
    pub two_factors_asked: bool,
    /// An ID token we issued, naming the user the client expects. Checked at once, never
    /// stored with the interaction.
    #[serde(default, skip_serializing)]
    pub id_token_hint: Option<String>,
}

impl AuthRequest {
    pub fn scope(&self) -> String {
        self.scopes.join(" ")
    }

    pub fn has_prompt(&self, prompt: Prompt) -> bool {
        self.prompt.contains(&prompt)
    }
}

/// The query or form of an authorization request, before validation.
pub struct RawAuthRequest {
    params: HashMap<String, String>,
    duplicates: Vec<String>,
}

impl RawAuthRequest {
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        let mut params = HashMap::new();
        let mut duplicates = Vec::new();
        for (key, value) in pairs {
            match params.entry(key) {
                Entry::Occupied(entry) => duplicates.push(entry.key().clone()),
                Entry::Vacant(entry) => {
                    entry.insert(value);
                }
            }
        }
        Self { params, duplicates }
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.params.get(key).map(String::as_str).filter(|v| !v.is_empty())
    }

    pub fn client_id(&self) -> Result<&str, PageError> {
        self.page_duplicate("client_id")?;
        self.get("client_id").ok_or(PageError::MissingClientId)
    }

    /// The `state` to echo in an error redirect: only a single, sane one.
    pub fn state(&self) -> Option<String> {
        if self.duplicates.iter().any(|d| d == "state") {
            return None;
        }
        self.get("state")
            .filter(|s| s.len() <= MAX_PARAM_BYTES)
            .map(str::to_owned)
    }

    fn page_duplicate(&self, key: &str) -> Result<(), PageError> {
        if self.duplicates.iter().any(|d| d == key) {
            return Err(PageError::DuplicateParameter(key.to_owned()));
        }
        Ok(())
    }

    /// Checks the redirect URI: past this point errors may be redirected to it.
    pub fn trusted_redirect_uri(&self, client: &Client) -> Result<String, PageError> {
        self.page_duplicate("redirect_uri")?;
        let uri = self.get("redirect_uri").ok_or(PageError::MissingRedirectUri)?;
        if !client.has_redirect_uri(uri) {
            return Err(PageError::UnregisteredRedirectUri);
        }
        Ok(uri.to_owned())
    }

    pub fn validate(&self, client: &Client, redirect_uri: String) -> Result<AuthRequest, RedirectError> {
        if let Some(dup) = self.duplicates.first() {
            return Err(RedirectError::new(
                "invalid_request",
                format!("the parameter {dup} is repeated"),
            ));
        }
        if self.get("request").is_some() {
            return Err(RedirectError::new(
                "request_not_supported",
                "request objects are not supported",
            ));
        }
        if self.get("request_uri").is_some() {
            return Err(RedirectError::new(
                "request_uri_not_supported",
                "request_uri is not supported",
            ));
        }
        match self.get("response_type") {
            None => {
                return Err(RedirectError::new("invalid_request", "response_type is required"));
            }
            Some("code") => {}
            Some(_) => {
                return Err(RedirectError::new(
                    "unsupported_response_type",
                    "only response_type=code is supported",
                ));
            }
        }
        if !client.allows_grant("authorization_code") {
            return Err(RedirectError::new(
                "unauthorized_client",
                "the client may not use the authorization code flow",
            ));
        }
        if self.get("response_mode").is_some_and(|m| m != "query") {
            return Err(RedirectError::new(
                "invalid_request",
                "only response_mode=query is supported",
            ));
        }
        for key in [
            "state",
            "nonce",
            "login_hint",
            "ui_locales",
            "id_token_hint",
            "acr_values",
        ] {
            if self.get(key).is_some_and(|v| v.len() > MAX_PARAM_BYTES) {
                return Err(RedirectError::new("invalid_request", format!("{key} is too long")));
            }
        }
        Ok(AuthRequest {
            client_id: client.id.clone(),
            redirect_uri,
            scopes: self.scopes(client)?,
            state: self.state(),
            nonce: self.get("nonce").map(str::to_owned),
            code_challenge: self.code_challenge(client)?,
            prompt: self.prompt()?,
            max_age: self.max_age()?,
            login_hint: self.get("login_hint").map(str::to_owned),
            id_token_hint: self.get("id_token_hint").map(str::to_owned),
            ui_locales: self.get("ui_locales").map(str::to_owned),
            two_factors_asked: self
                .get("acr_values")
                .is_some_and(|v| v.split(' ').any(|acr| acr == super::authn::ACR_TWO_FACTORS)),
        })
    }

    fn scopes(&self, client: &Client) -> Result<Vec<String>, RedirectError> {
        let raw = self
            .get("scope")
            .ok_or_else(|| RedirectError::new("invalid_scope", "scope must include openid"))?;
        let parsed: Scope = raw
            .parse()
            .map_err(|_| RedirectError::new("invalid_scope", "scope is malformed"))?;
        if !parsed.iter().any(|s| s == "openid") {
            return Err(RedirectError::new("invalid_scope", "scope must include openid"));
        }
        // Scopes the client may not have are dropped, as RFC 6749 section 3.3 allows.
        let mut scopes: Vec<String> = parsed
            .iter()
            .filter(|s| client.allows_scope(s))
            .filter(|s| *s != "offline_access" || client.allows_grant("refresh_token"))
            .map(str::to_owned)
            .collect();
        if !scopes.iter().any(|s| s == "openid") {
            return Err(RedirectError::new("invalid_scope", "the client may not request openid"));
        }
        scopes.sort();
        scopes.dedup();
        Ok(scopes)
    }

    fn code_challenge(&self, client: &Client) -> Result<Option<String>, RedirectError> {
        let challenge = self.get("code_challenge");
        let method = self.get("code_challenge_method");
        if challenge.is_none() && method.is_some() {
            return Err(RedirectError::new(
                "invalid_request",
                "code_challenge_method without code_challenge",
            ));
        }
        let Some(challenge) = challenge else {
            return if client.is_public() {
                Err(RedirectError::new(
                    "invalid_request",
                    "public clients must use PKCE with S256",
                ))
            } else {
                Ok(None)
            };
        };
        // RFC 7636 section 4.2: 43 to 128 unreserved characters.
        let well_formed = (43..=128).contains(&challenge.len())
            && challenge
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-._~".contains(c));
        if !well_formed {
            return Err(RedirectError::new("invalid_request", "code_challenge is malformed"));
        }
        if method != Some("S256") {
            return Err(RedirectError::new(
                "invalid_request",
                "code_challenge_method must be S256",
            ));
        }
        let encoded = Pkce::required()
            .challenge(method.map(Into::into), Some(challenge.into()))
            .ok()
            .flatten()
            .and_then(|value| value.into_private_value().ok().flatten())
            .ok_or_else(|| RedirectError::new("invalid_request", "code_challenge is malformed"))?;
        Ok(Some(encoded))
    }

    fn prompt(&self) -> Result<Vec<Prompt>, RedirectError> {
        let Some(raw) = self.get("prompt") else {
            return Ok(Vec::new());
        };
        let mut prompts = Vec::new();
        for value in raw.split(' ').filter(|v| !v.is_empty()) {
            let prompt = match value {
                "none" => Prompt::None,
                "login" => Prompt::Login,
                "consent" => Prompt::Consent,
                "select_account" => Prompt::SelectAccount,
                other => {
                    return Err(RedirectError::new(
                        "invalid_request",
                        format!("prompt {other} is not supported"),
                    ));
                }
            };
            prompts.push(prompt);
        }
        if prompts.contains(&Prompt::None) && prompts.len() > 1 {
            return Err(RedirectError::new("invalid_request", "prompt=none cannot be combined"));
        }
        Ok(prompts)
    }

    fn max_age(&self) -> Result<Option<i64>, RedirectError> {
        self.get("max_age")
            .map(|raw| {
                raw.parse::<u32>()
                    .map(i64::from)
                    .map_err(|_| RedirectError::new("invalid_request", "max_age must be a non-negative integer"))
            })
            .transpose()
    }
}

/// Checks a PKCE verifier against the stored challenge.
pub fn verify_pkce(stored_challenge: Option<&str>, verifier: Option<&str>) -> bool {
    match (stored_challenge, verifier) {
        (None, None) => true,
        (Some(challenge), Some(verifier)) => {
            let valid = (43..=128).contains(&verifier.len())
                && verifier
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-._~".contains(c));
            valid
                && Pkce::required()
                    .verify(
                        Some(oxide_auth::primitives::grant::Value::private(Some(
                            challenge.to_owned(),
                        ))),
                        Some(verifier.into()),
                    )
                    .is_ok()
        }
        // A verifier for a code issued without a challenge is a downgrade attempt, or a bug.
        _ => false,
    }
}

#[cfg(test)]
mod tests;
