//! Proving "it is you" before a sensitive change: the password, a code sent to the account's
//! confirmed address, or a new sign-in at the provider of a linked identity. Each gives a
//! verification id good for ten minutes, for this account only, which the change presents in
//! `Gatehouse-Verification-Id`.

use std::{collections::HashMap, net::IpAddr};

use chrono::{Duration, Utc};
use secrecy::{ExposeSecret, SecretString};

use super::{
    AccountError, Caller, Result,
    codes::{self, Issued, Purpose},
};
use crate::{
    crypto::token::hash_token,
    domain::identifier::{Email, IdentifierType},
    email::templates,
    service::{
        InternalError, lockout,
        rate_limit::{self, Limit},
        social::{self, Purpose as SocialPurpose},
    },
    state::AppState,
    storage,
};

/// How long a proof holds.
pub const PROOF_LIFETIME: Duration = Duration::minutes(10);

/// The identifier whose lockout counter a wrong password here counts on, as at sign-in.
fn lockout_identifier(caller: &Caller) -> Option<(IdentifierType, &str)> {
    match (&caller.user.username, &caller.user.email) {
        (Some(name), _) => Some((IdentifierType::Username, name)),
        (None, Some(email)) => Some((IdentifierType::Email, email)),
        (None, None) => None,
    }
}

/// `POST /api/my-account/verifications/password`.
pub async fn by_password(
    state: &AppState,
    caller: &Caller,
    password: &SecretString,
    ip: Option<IpAddr>,
) -> Result<Issued> {
    if caller.user.password_hash.is_none() {
        return Err(AccountError::NoPassword);
    }
    if password.expose_secret().len() > state.settings.password_hashing.max_password_bytes {
        return Err(AccountError::InvalidPassword);
    }
    let per_client = Limit::from_setting("password_ip", &state.settings.rate_limits.password_per_ip);
    let counted = rate_limit::count(state, &[(per_client, rate_limit::ip_subject(ip))]).await??;
    let (kind, identifier) = lockout_identifier(caller).ok_or(AccountError::NoPassword)?;
    let attempt = lockout::begin(state, kind, identifier).await?;
    let matches = state
        .hasher
        .verify(caller.user.password_hash.as_deref(), password)
        .await
        .map_err(InternalError::from)?;
    if !(matches && attempt.admitted(state) && lockout::succeeded(state, &attempt).await?) {
        tracing::info!(reason = "account.invalid_password", "account verification failed");
        lockout::failed(state, &attempt, Some(&caller.user.id)).await?;
        return Err(AccountError::InvalidPassword);
    }
    rate_limit::refund(state, &counted).await?;
    codes::proved(state, &caller.user.id, "password", PROOF_LIFETIME).await
}

/// `POST /api/my-account/verifications/email-code`: a code to the confirmed address.
pub async fn send_email_code(
    state: &AppState,
    caller: &Caller,
    ip: Option<IpAddr>,
    accept_language: Option<&str>,
) -> Result<Issued> {
    let email = match &caller.user.email {
        Some(email) if caller.user.email_verified => Email::parse(email).map_err(|_| AccountError::NoConfirmedEmail)?,
        _ => return Err(AccountError::NoConfirmedEmail),
    };
    codes::limit_sending(state, &email, ip).await?;
    let lang = caller.lang(accept_language);
    codes::send(state, &caller.user.id, Purpose::Identity, &email, |code| {
        templates::verification_code(lang, code)
    })
    .await
}

/// `POST /api/my-account/verifications/email-code/verify`: the code makes the record a proof.
pub async fn verify_email_code(state: &AppState, caller: &Caller, verification_id: &str, code: &str) -> Result<Issued> {
    let sent_to = codes::check(state, &caller.user.id, Purpose::Identity, verification_id, code).await?;
    // Proves nothing once the account's address is another.
    if caller.user.email.as_deref() != Some(sent_to.as_str()) {
        return Err(AccountError::VerificationNotFound);
    }
    let now = Utc::now();
    let expires_at = now + PROOF_LIFETIME;
    if !storage::account_verifications::mark_verified(&state.db, &hash_token(verification_id), expires_at, now).await? {
        return Err(AccountError::CodeUsed);
    }
    Ok(Issued {
        verification_id: verification_id.to_owned(),
        expires_at,
    })
}

/// `POST /api/my-account/verifications/social/{connectorId}/authorization-uri`: a request for
/// the provider of one of the account's identities, good for a verification only (a request
/// to link cannot serve here, nor this one to link).
pub async fn social_authorization_uri(
    state: &AppState,
    caller: &Caller,
    connector_id: &str,
    redirect_uri: &str,
    ui_state: &str,
) -> Result<(String, String)> {
    let linked = storage::identities::list_for_user(&state.db, &caller.user.id).await?;
    if !linked.iter().any(|i| i.connector_id == connector_id) {
        social::connector(state, connector_id)?;
        return Err(AccountError::IdentityNotLinked);
    }
    let user_id = &caller.user.id;
    Ok(social::begin(
        state,
        SocialPurpose::AccountVerification,
        user_id,
        connector_id,
        redirect_uri,
        ui_state,
    )
    .await?)
}

/// `POST /api/my-account/verifications/social`: the provider proves an identity linked to
/// this account.
pub async fn by_social(
    state: &AppState,
    caller: &Caller,
    connector_id: &str,
    request_id: &str,
    connector_data: &HashMap<String, String>,
) -> Result<Issued> {
    let user_id = &caller.user.id;
    let purpose = SocialPurpose::AccountVerification;
    let identity = social::finish(state, purpose, user_id, connector_id, request_id, connector_data).await?;
    let linked = storage::identities::find_by_subject(&state.db, &identity.connector_id, &identity.subject)
        .await?
        .filter(|l| &l.user_id == user_id);
    let Some(linked) = linked else {
        tracing::info!(reason = "account.identity_not_linked", "account verification failed");
        return Err(AccountError::IdentityNotLinked);
    };
    let (email, name) = (identity.verified_email(), identity.name.as_deref());
    storage::identities::touch(&state.db, &linked.id, email, name, Utc::now()).await?;
    codes::proved(state, user_id, "social", PROOF_LIFETIME).await
}

/// A sensitive change goes ahead only with a live proof of this account.
pub async fn require(state: &AppState, caller: &Caller, verification_id: Option<&str>) -> Result<()> {
    let id = verification_id.ok_or(AccountError::VerificationRequired)?;
    let record = storage::account_verifications::find(&state.db, &hash_token(id)).await?;
    let live = record.is_some_and(|r| {
        r.user_id == caller.user.id
            && r.purpose == Purpose::Identity.as_str()
            && r.verified_at.is_some()
            && r.expires_at > Utc::now()
    });
    if live {
        Ok(())
    } else {
        tracing::info!(reason = "account.verification_required", "sensitive change refused");
        Err(AccountError::VerificationRequired)
    }
}
