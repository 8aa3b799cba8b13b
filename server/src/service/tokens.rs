//! `/oidc/token`: client authentication and the grants.

use chrono::{DateTime, Utc};
use jsonwebtoken::Algorithm;
use serde::Serialize;
use serde_json::{Value, json};

use crate::{
    crypto::{
        jwt::{self, ACCESS_TOKEN_TYPE},
        token::{hash_token, left_half_sha256, random_token},
    },
    domain::{
        auth_request::verify_pkce,
        authn,
        client::{ADMIN_SCOPE, Client},
        user::User,
    },
    service::{
        InternalError, claims,
        client_auth::{self, ClientAuthError, Credentials},
    },
    state::AppState,
    storage::{
        self, Conn, StorageError, Tx,
        codes::CodeRedemption,
        grants::Standing,
        refresh_tokens::{RefreshRedemption, RefreshToken},
    },
    telemetry::{self, metrics::GrantType},
};

/// RFC 6749 section 5.2 errors.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("{0}")]
    InvalidRequest(&'static str),
    #[error("client authentication failed")]
    InvalidClient,
    #[error("{0}")]
    InvalidGrant(&'static str),
    #[error("the client may not use this grant")]
    UnauthorizedClient,
    #[error("this grant type is not supported")]
    UnsupportedGrantType,
    #[error("{0}")]
    InvalidScope(&'static str),
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl From<StorageError> for TokenError {
    fn from(e: StorageError) -> Self {
        Self::Internal(e.into())
    }
}

impl TokenError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidRequest(_) => "invalid_request",
            Self::InvalidClient => "invalid_client",
            Self::InvalidGrant(_) => "invalid_grant",
            Self::UnauthorizedClient => "unauthorized_client",
            Self::UnsupportedGrantType => "unsupported_grant_type",
            Self::InvalidScope(_) => "invalid_scope",
            Self::Internal(_) => "server_error",
        }
    }
}

type Result<T, E = TokenError> = std::result::Result<T, E>;

/// The token request's parameters, as sent.
#[derive(Debug, Default)]
pub struct TokenRequest {
    pub grant_type: Option<String>,
    pub code: Option<String>,
    pub redirect_uri: Option<String>,
    pub code_verifier: Option<String>,
    pub refresh_token: Option<String>,
    pub scope: Option<String>,
    pub credentials: Credentials,
}

#[derive(Debug, Serialize)]
pub struct TokenResponse {
    pub access_token: String,
    pub token_type: &'static str,
    pub expires_in: u64,
    pub scope: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
}

pub async fn exchange(state: &AppState, request: TokenRequest) -> Result<TokenResponse> {
    // As presented, so that a failed authentication names the client too.
    let credentials = &request.credentials;
    if let Some(client_id) = credentials
        .basic
        .as_ref()
        .map(|(id, _)| id)
        .or(credentials.client_id.as_ref())
    {
        telemetry::record_client(client_id);
    }
    let client = client_auth::authenticate(state, &request.credentials)
        .await
        .map_err(|e| match e {
            ClientAuthError::MultipleMethods => TokenError::InvalidRequest("use one client authentication method"),
            ClientAuthError::Failed => TokenError::InvalidClient,
            ClientAuthError::Internal(e) => TokenError::Internal(e),
        })?;
    let (grant, issued) = match request.grant_type.as_deref() {
        None => return Err(TokenError::InvalidRequest("grant_type is required")),
        Some("authorization_code") => (
            GrantType::AuthorizationCode,
            authorization_code(state, &client, &request).await,
        ),
        Some("refresh_token") => (GrantType::RefreshToken, refresh(state, &client, &request).await),
        Some("client_credentials") => (
            GrantType::ClientCredentials,
            client_credentials(state, &client, &request),
        ),
        Some(_) => return Err(TokenError::UnsupportedGrantType),
    };
    let response = issued?;
    state.metrics.token_granted(grant);
    Ok(response)
}

async fn authorization_code(state: &AppState, client: &Client, request: &TokenRequest) -> Result<TokenResponse> {
    if !client.allows_grant("authorization_code") {
        return Err(TokenError::UnauthorizedClient);
    }
    let code = request
        .code
        .as_deref()
        .ok_or(TokenError::InvalidRequest("code is required"))?;
    let redirect_uri = request
        .redirect_uri
        .as_deref()
        .ok_or(TokenError::InvalidRequest("redirect_uri is required"))?;
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    let code = match storage::codes::redeem(&tx, &hash_token(code), now).await? {
        CodeRedemption::Redeemed(code) => {
            telemetry::record_user(&code.user_id);
            code
        }
        CodeRedemption::Replayed { grant_id } => {
            // A code used twice was stolen or leaked: what it granted is withdrawn.
            storage::grants::revoke(&tx, &grant_id, now).await?;
            storage::commit(tx).await?;
            tracing::warn!(client_id = %client.id, "authorization code replayed; its grant is revoked");
            return Err(TokenError::InvalidGrant("the code was already used"));
        }
        CodeRedemption::Unknown => return Err(TokenError::InvalidGrant("the code is not valid")),
    };
    let valid = code.client_id == client.id
        && code.redirect_uri == redirect_uri
        && code.expires_at > now
        && verify_pkce(code.code_challenge.as_deref(), request.code_verifier.as_deref());
    if !valid {
        // The code stays used: a failed attempt must not leave it redeemable.
        storage::commit(tx).await?;
        return Err(TokenError::InvalidGrant("the code is not valid for this request"));
    }
    let user = storage::users::find(&tx, &code.user_id)
        .await?
        .ok_or(TokenError::InvalidGrant("the user no longer exists"))?;
    if !hold_grant(&tx, client, &code.grant_id, Standing::SessionLive, now).await? {
        storage::commit(tx).await?;
        return Err(TokenError::InvalidGrant("the grant has ended"));
    }
    let grant = Grant {
        grant_id: code.grant_id,
        scope: code.scope,
        auth_time: code.auth_time,
        amr: code.amr,
        nonce: code.nonce,
        family: None,
    };
    let response = issue(state, &tx, client, &user, grant, now).await?;
    storage::commit(tx).await?;
    Ok(response)
}

async fn refresh(state: &AppState, client: &Client, request: &TokenRequest) -> Result<TokenResponse> {
    if !client.allows_grant("refresh_token") {
        return Err(TokenError::UnauthorizedClient);
    }
    let presented = request
        .refresh_token
        .as_deref()
        .ok_or(TokenError::InvalidRequest("refresh_token is required"))?;
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    let token = match storage::refresh_tokens::redeem(&tx, &hash_token(presented), now).await? {
        RefreshRedemption::Redeemed(token) => {
            telemetry::record_user(&token.user_id);
            token
        }
        RefreshRedemption::Reused { family_id, grant_id } => {
            // RFC 9700 4.14.2: a rotated token presented again means one copy was stolen, so
            // the family and the access tokens of its grant end.
            storage::refresh_tokens::revoke_family(&tx, &family_id, now).await?;
            storage::grants::revoke(&tx, &grant_id, now).await?;
            storage::commit(tx).await?;
            tracing::warn!(client_id = %client.id, "refresh token reused; its family is revoked");
            return Err(TokenError::InvalidGrant("the refresh token was already used"));
        }
        RefreshRedemption::Unknown => {
            return Err(TokenError::InvalidGrant("the refresh token is not valid"));
        }
    };
    if token.client_id != client.id || token.expires_at <= now || token.family_expires_at <= now {
        storage::commit(tx).await?;
        return Err(TokenError::InvalidGrant("the refresh token is not valid"));
    }
    let scope = narrowed_scope(&token.scope, request.scope.as_deref())?;
    let user = storage::users::find(&tx, &token.user_id)
        .await?
        .ok_or(TokenError::InvalidGrant("the user no longer exists"))?;
    if !hold_grant(&tx, client, &token.grant_id, Standing::GrantLive, now).await? {
        storage::commit(tx).await?;
        return Err(TokenError::InvalidGrant("the grant has ended"));
    }
    let grant = Grant {
        grant_id: token.grant_id.clone(),
        scope,
        auth_time: token.auth_time,
        amr: token.amr.clone(),
        nonce: None,
        family: Some(*token),
    };
    let response = issue(state, &tx, client, &user, grant, now).await?;
    storage::commit(tx).await?;
    Ok(response)
}

/// Tokens are issued only from a grant still in force: not revoked, its user's security stamp
/// unchanged since the sign-in (no new password, no reset) and, for a code, its session not
/// ended. Otherwise the grant ends (its access tokens with it) and the caller commits the
/// refusal, so that the code or token stays used and no token is minted.
async fn hold_grant(tx: &Tx, client: &Client, grant_id: &str, standing: Standing, now: DateTime<Utc>) -> Result<bool> {
    if storage::grants::hold_for_issue(tx, grant_id, standing, now).await? {
        return Ok(true);
    }
    storage::grants::revoke(tx, grant_id, now).await?;
    tracing::info!(client_id = %client.id, "tokens refused: the grant ended or the user's credentials changed");
    Ok(false)
}

/// A refresh may ask for less than was granted, never more (RFC 6749 section 6).
fn narrowed_scope(granted: &str, requested: Option<&str>) -> Result<String> {
    let Some(requested) = requested else {
        return Ok(granted.to_owned());
    };
    let granted: Vec<&str> = granted.split(' ').collect();
    let requested: Vec<&str> = requested.split(' ').filter(|s| !s.is_empty()).collect();
    if requested.iter().any(|s| !granted.contains(s)) {
        return Err(TokenError::InvalidScope("the scope exceeds what was granted"));
    }
    Ok(requested.join(" "))
}

fn client_credentials(state: &AppState, client: &Client, request: &TokenRequest) -> Result<TokenResponse> {
    if client.is_public() || !client.allows_grant("client_credentials") {
        return Err(TokenError::UnauthorizedClient);
    }
    let scope = client_credentials_scope(client, request.scope.as_deref())?;
    let now = Utc::now();
    let settings = &state.settings.oidc;
    let mut claims = json!({
        "iss": state.issuer(),
        "sub": client.id,
        "aud": client.id,
        "client_id": client.id,
        "iat": now.timestamp(),
        "exp": (now + settings.access_token_lifetime.chrono()).timestamp(),
        "jti": uuid::Uuid::new_v4().to_string(),
    });
    if !scope.is_empty() {
        claims["scope"] = json!(scope);
    }
    let access_token =
        jwt::sign(&state.keys(), Algorithm::ES256, ACCESS_TOKEN_TYPE, &claims).map_err(InternalError::from)?;
    Ok(TokenResponse {
        access_token,
        token_type: "Bearer",
        expires_in: settings.access_token_lifetime.as_secs(),
        scope,
        id_token: None,
        refresh_token: None,
    })
}

/// With no user, the only scope is `admin`, for admin clients; asking for nothing gets an admin
/// client that scope (RFC 6749 section 3.3 lets the server default) and anyone else none.
fn client_credentials_scope(client: &Client, requested: Option<&str>) -> Result<String> {
    let requested: Vec<&str> = requested.unwrap_or_default().split_whitespace().collect();
    if requested.iter().any(|s| *s != ADMIN_SCOPE) {
        return Err(TokenError::InvalidScope(
            "only `admin` is available to client credentials",
        ));
    }
    if !client.admin {
        if requested.is_empty() {
            return Ok(String::new());
        }
        return Err(TokenError::InvalidScope("this client may not have the `admin` scope"));
    }
    Ok(ADMIN_SCOPE.to_owned())
}

struct Grant {
    grant_id: String,
    scope: String,
    auth_time: DateTime<Utc>,
    amr: Option<String>,
    nonce: Option<String>,
    /// The refresh token being rotated, if any.
    family: Option<RefreshToken>,
}

async fn issue(
    state: &AppState,
    conn: &impl Conn,
    client: &Client,
    user: &User,
    grant: Grant,
    now: DateTime<Utc>,
) -> Result<TokenResponse> {
    let settings = &state.settings.oidc;
    let keys = state.keys();
    let issuer = state.issuer();
    let scopes: Vec<&str> = grant.scope.split(' ').collect();
    let access_claims = json!({
        "iss": issuer,
        "sub": user.id,
        "aud": client.id,
        "client_id": client.id,
        "scope": grant.scope,
        "iat": now.timestamp(),
        "exp": (now + settings.access_token_lifetime.chrono()).timestamp(),
        "auth_time": grant.auth_time.timestamp(),
        "jti": uuid::Uuid::new_v4().to_string(),
        "gid": grant.grant_id,
    });
    let access_token =
        jwt::sign(&keys, Algorithm::ES256, ACCESS_TOKEN_TYPE, &access_claims).map_err(InternalError::from)?;
    let mut id_claims = claims::for_scopes(user, &scopes);
    let extra = [
        ("iss", json!(issuer)),
        ("aud", json!(client.id)),
        ("iat", json!(now.timestamp())),
        ("exp", json!((now + settings.id_token_lifetime.chrono()).timestamp())),
        ("auth_time", json!(grant.auth_time.timestamp())),
        ("at_hash", json!(left_half_sha256(&access_token))),
        ("amr", json!(authn::amr(grant.amr.as_deref()))),
        ("acr", json!(authn::acr(grant.amr.as_deref()))),
    ];
    id_claims.extend(extra.into_iter().map(|(k, v)| (k.to_owned(), v)));
    if let Some(nonce) = &grant.nonce {
        id_claims.insert("nonce".into(), json!(nonce));
    }
    let alg = crate::crypto::keys::parse_alg(&client.id_token_alg).map_err(InternalError::from)?;
    let id_token = jwt::sign(&keys, alg, "JWT", &Value::Object(id_claims)).map_err(InternalError::from)?;
    let refresh_token = if scopes.contains(&"offline_access") && client.allows_grant("refresh_token") {
        Some(new_refresh_token(state, conn, client, user, &grant, now).await?)
    } else {
        None
    };
    Ok(TokenResponse {
        access_token,
        token_type: "Bearer",
        expires_in: settings.access_token_lifetime.as_secs(),
        scope: grant.scope,
        id_token: Some(id_token),
        refresh_token,
    })
}

async fn new_refresh_token(
    state: &AppState,
    conn: &impl Conn,
    client: &Client,
    user: &User,
    grant: &Grant,
    now: DateTime<Utc>,
) -> Result<String> {
    let settings = &state.settings.oidc;
    let (family_id, family_expires_at) = match &grant.family {
        Some(previous) => (previous.family_id.clone(), previous.family_expires_at),
        None => (
            uuid::Uuid::new_v4().to_string(),
            now + settings.refresh_token_absolute_lifetime.chrono(),
        ),
    };
    let value = random_token();
    let row = RefreshToken {
        id: hash_token(&value),
        family_id,
        grant_id: grant.grant_id.clone(),
        client_id: client.id.clone(),
        user_id: user.id.clone(),
        scope: grant.scope.clone(),
        auth_time: grant.auth_time,
        amr: grant.amr.clone(),
        expires_at: (now + settings.refresh_token_lifetime.chrono()).min(family_expires_at),
        family_expires_at,
    };
    storage::refresh_tokens::insert(conn, &row, now).await?;
    Ok(value)
}
