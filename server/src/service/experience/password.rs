//! The password step of a sign-in, and finding the account an identifier names.

use std::net::IpAddr;

use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use super::{
    ExperienceError, Result,
    policy::{check_ip, sign_in_policy},
    store::{load, policy_of, save, trim_verifications},
};
use crate::{
    domain::{
        identifier::{Email, Identifier, IdentifierType},
        interaction::{Interaction, InteractionEvent, VerificationRecord},
        user::User,
    },
    service::{
        InternalError,
        audit::{self, AuditEvent, AuditKind},
        lockout,
        rate_limit::{self, Limit},
    },
    state::AppState,
    storage, telemetry,
};

/// Checks a password. An unknown user, a malformed identifier and a wrong password get the
/// same error after the same argon2 work, so nothing tells them apart. The attempt is counted
/// against the client and the identifier before the password is hashed.
pub async fn verify_password(
    state: &AppState,
    cookie: Option<&str>,
    kind: IdentifierType,
    value: &str,
    password: &SecretString,
    client_ip: Option<IpAddr>,
) -> Result<String> {
    let mut interaction = load(state, cookie).await?;
    match interaction.event {
        None => return Err(ExperienceError::EventNotSet),
        Some(InteractionEvent::SignIn) => {}
        Some(_) => return Err(ExperienceError::EventNotSupported),
    }
    let effective = policy_of(state, &interaction).await?;
    check_ip(&effective, client_ip)?;
    let policy = sign_in_policy(&effective);
    if !policy.local || !policy.identifier_types.contains(&kind) {
        return Err(ExperienceError::SignInMethodDisabled);
    }
    if password.expose_secret().len() > state.settings.password_hashing.max_password_bytes {
        tracing::info!(
            reason = "session.invalid_credentials",
            "sign-in failed: the password is too long"
        );
        refused(state, &interaction, None, "session.invalid_credentials").await;
        return Err(ExperienceError::InvalidCredentials);
    }
    let per_client = Limit::from_setting("password_ip", &state.settings.rate_limits.password_per_ip);
    let counted = rate_limit::count(state, &[(per_client, rate_limit::ip_subject(client_ip))]).await??;
    let attempt = lockout::begin(state, kind, value).await?;
    let user = match Identifier::parse(kind, value) {
        Ok(identifier) => find_user(state, &identifier).await?,
        Err(_) => None,
    };
    if let Some(user) = &user {
        telemetry::record_user(&user.id);
    }
    let user_id = user.as_ref().map(|u| u.id.clone());
    let stored = user.as_ref().and_then(|u| u.password_hash.as_deref());
    // Verified even when refused, so that a lock costs the time a wrong password costs.
    let matches = state
        .hasher
        .verify(stored, password)
        .await
        .map_err(InternalError::from)?;
    let user = match user.filter(|_| matches && attempt.admitted(state)) {
        // A lock set while this password was being hashed stands.
        Some(user) if lockout::succeeded(state, &attempt).await? => user,
        _ => {
            // The identifier is not logged: it may be a mistyped password.
            let reason = if attempt.admitted(state) {
                tracing::info!(reason = "session.invalid_credentials", "sign-in failed");
                "session.invalid_credentials"
            } else {
                tracing::info!(reason = "lockout.locked", "sign-in refused: the identifier is locked");
                "lockout.locked"
            };
            refused(state, &interaction, user_id.as_deref(), reason).await;
            lockout::failed(state, &attempt, user_id.as_deref()).await?;
            return Err(ExperienceError::InvalidCredentials);
        }
    };
    rate_limit::refund(state, &counted).await?;
    // Said only to whoever gave the right password: it tells nobody else the account exists.
    if user.is_disabled() {
        refused(state, &interaction, Some(&user.id), "session.user_disabled").await;
        return Err(ExperienceError::UserDisabled);
    }
    let id = uuid::Uuid::new_v4().to_string();
    interaction.verifications.push(VerificationRecord::Password {
        id: id.clone(),
        identifier_type: kind,
        user_id: user.id,
        lockout_key: Some(attempt.key().to_owned()),
    });
    trim_verifications(&mut interaction);
    save(state, &interaction).await?;
    Ok(id)
}

/// A refused password: no transaction to share, so a failed audit write is only logged.
async fn refused(state: &AppState, interaction: &Interaction, user_id: Option<&str>, reason: &str) {
    let event = AuditEvent::new(AuditKind::SignInFailed)
        .maybe_user(user_id)
        .client(&interaction.request.client_id)
        .details(json!({"method": "password", "reason": reason}));
    state.metrics.audit_event(&event.kind.as_str());
    audit::record_or_log(&state.db, event).await;
}

async fn find_user(state: &AppState, identifier: &Identifier) -> Result<Option<User>> {
    match identifier {
        Identifier::Username(name) => Ok(storage::users::find_by_username(&state.db, name.normalized()).await?),
        Identifier::Email(email) => account_of(state, email).await,
    }
}

/// The one account an address names, if any: a shared address identifies nobody.
pub async fn account_of(state: &AppState, email: &Email) -> Result<Option<User>> {
    let mut users = storage::users::find_by_email(&state.db, &email.normalized()).await?;
    Ok(if users.len() == 1 { users.pop() } else { None })
}
