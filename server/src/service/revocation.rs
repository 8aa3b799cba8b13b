//! RFC 7009 token revocation and RFC 7662 introspection.

use chrono::Utc;
use serde_json::{Map, Value, json};

use crate::{
    crypto::{
        jwt::{self, ACCESS_TOKEN_TYPE},
        token::hash_token,
    },
    service::{
        InternalError,
        access_tokens::{self, AccessClaims},
        audit::{self, AuditEvent, AuditKind},
        client_auth::{self, ClientAuthError, Credentials},
    },
    state::AppState,
    storage,
};

/// Revokes a refresh token (and its grant) or an access token the client owns. Unknown,
/// foreign or already dead tokens are not an error (RFC 7009 section 2.2).
pub async fn revoke(state: &AppState, credentials: &Credentials, token: &str) -> Result<(), ClientAuthError> {
    let client = client_auth::authenticate(state, credentials).await?;
    let now = Utc::now();
    if let Some(refresh) = storage::refresh_tokens::find(&state.db, &hash_token(token))
        .await
        .map_err(InternalError::from)?
    {
        if refresh.client_id == client.id {
            storage::grants::revoke(&state.db, &refresh.grant_id, now)
                .await
                .map_err(InternalError::from)?;
            let details = json!({"token_type": "refresh_token", "grant_id": refresh.grant_id});
            revoked(state, &client.id, &refresh.user_id, details).await;
        }
        return Ok(());
    }
    // Expired access tokens need nothing: they are dead already.
    if let Ok(claims) = jwt::verify::<AccessClaims>(&state.keys(), token, ACCESS_TOKEN_TYPE, &state.issuer())
        && claims.client_id == client.id
    {
        storage::grants::revoke_access_token(&state.db, &claims.jti, claims.expires_at())
            .await
            .map_err(InternalError::from)?;
        let details = json!({"token_type": "access_token", "grant_id": claims.gid});
        revoked(state, &client.id, &claims.sub, details).await;
    }
    Ok(())
}

/// The revocation is one statement already done, and RFC 7009 leaves the client nothing to do
/// about a failure here: a failed audit write is logged, not answered.
async fn revoked(state: &AppState, client_id: &str, user_id: &str, details: Value) {
    let event = AuditEvent::new(AuditKind::TokenRevoked)
        .user(user_id)
        .client(client_id)
        .details(details);
    audit::record_or_log(&state.db, event).await;
}

/// RFC 7662. Only confidential clients may ask. A client learns about the tokens issued to it;
/// a resource server (`resource_server = true`) about every token. Any other token answers
/// exactly `{"active": false}`, as for a dead one, so that a client cannot tell it exists.
pub async fn introspect(
    state: &AppState,
    credentials: &Credentials,
    token: &str,
) -> Result<Map<String, Value>, ClientAuthError> {
    let client = client_auth::authenticate(state, credentials).await?;
    if client.is_public() {
        return Err(ClientAuthError::Failed);
    }
    let issuer = state.issuer();
    let mut answer = Map::new();
    let inactive = || Map::from_iter([("active".to_owned(), json!(false))]);
    if let Some(claims) = access_tokens::validate(state, token).await? {
        if !client.may_introspect_token_of(&claims.client_id) {
            return Ok(inactive());
        }
        answer.extend([
            ("active".into(), json!(true)),
            ("token_type".into(), json!("Bearer")),
            ("client_id".into(), json!(claims.client_id)),
            ("sub".into(), json!(claims.sub)),
            ("exp".into(), json!(claims.exp)),
            ("iat".into(), json!(claims.iat)),
            ("jti".into(), json!(claims.jti)),
            ("iss".into(), json!(issuer)),
            ("aud".into(), json!(claims.client_id)),
        ]);
        if let Some(scope) = &claims.scope {
            answer.insert("scope".into(), json!(scope));
        }
        return Ok(answer);
    }
    let now = Utc::now();
    let refresh = storage::refresh_tokens::find_live(&state.db, &hash_token(token), now)
        .await
        .map_err(InternalError::from)?;
    if let Some(refresh) = refresh
        && refresh.family_expires_at > now
        && client.may_introspect_token_of(&refresh.client_id)
    {
        answer.extend([
            ("active".into(), json!(true)),
            ("token_type".into(), json!("refresh_token")),
            ("client_id".into(), json!(refresh.client_id)),
            ("sub".into(), json!(refresh.user_id)),
            ("scope".into(), json!(refresh.scope)),
            ("exp".into(), json!(refresh.expires_at.timestamp())),
            ("iss".into(), json!(issuer)),
        ]);
        return Ok(answer);
    }
    Ok(inactive())
}
