//! The email section. A new address replaces the old one only once a code sent to it comes
//! back; the old address then gets a notice. Whether another account has the new address is
//! told only to whoever proved the mailbox (the code), as at registration.

use std::net::IpAddr;

use chrono::Utc;

use super::{
    AccountError, Caller, Result, audit_event,
    codes::{self, Issued, Purpose},
    editable, verification,
};
use crate::{
    crypto::token::hash_token,
    domain::identifier::Email,
    email::{account_templates, templates},
    service::{
        audit::{self, AuditKind},
        users::UserError,
    },
    state::AppState,
    storage,
};

/// `POST /api/my-account/email`: sends a code to the new address.
pub async fn request_change(
    state: &AppState,
    caller: &Caller,
    verification_id: Option<&str>,
    new_email: &str,
    ip: Option<IpAddr>,
    accept_language: Option<&str>,
) -> Result<Issued> {
    editable(state, "email")?;
    verification::require(state, caller, verification_id).await?;
    let email = Email::parse(new_email).map_err(UserError::from)?;
    let current = caller.user.email.as_deref().and_then(|e| Email::parse(e).ok());
    if current.is_some_and(|c| c.normalized() == email.normalized()) {
        return Err(AccountError::EmailUnchanged);
    }
    codes::limit_sending(state, &email, ip).await?;
    let lang = caller.lang(accept_language);
    codes::send(state, &caller.user.id, Purpose::NewEmail, &email, |code| {
        templates::verification_code(lang, code)
    })
    .await
}

/// `POST /api/my-account/email/confirmation`: a code to the account's unconfirmed address.
pub async fn send_confirmation(
    state: &AppState,
    caller: &Caller,
    ip: Option<IpAddr>,
    accept_language: Option<&str>,
) -> Result<Issued> {
    let address = caller.user.email.as_deref().ok_or(AccountError::NoEmail)?;
    if caller.user.email_verified {
        return Err(AccountError::EmailAlreadyVerified);
    }
    let email = Email::parse(address).map_err(|_| AccountError::NoEmail)?;
    codes::limit_sending(state, &email, ip).await?;
    let lang = caller.lang(accept_language);
    codes::send(state, &caller.user.id, Purpose::ConfirmEmail, &email, |code| {
        templates::verification_code(lang, code)
    })
    .await
}

/// `POST /api/my-account/email/verify`: the code of a change or of a confirmation. The record
/// is used up by a conditional update in the transaction that changes the account.
pub async fn verify(
    state: &AppState,
    caller: &Caller,
    verification_id: &str,
    code: &str,
    accept_language: Option<&str>,
) -> Result<()> {
    let id_hash = hash_token(verification_id);
    let purpose = match storage::account_verifications::find(&state.db, &id_hash).await? {
        Some(r) if r.user_id == caller.user.id && r.purpose == Purpose::NewEmail.as_str() => Purpose::NewEmail,
        Some(r) if r.user_id == caller.user.id && r.purpose == Purpose::ConfirmEmail.as_str() => Purpose::ConfirmEmail,
        _ => return Err(AccountError::VerificationNotFound),
    };
    let sent_to = codes::check(state, &caller.user.id, purpose, verification_id, code).await?;
    let email = Email::parse(&sent_to).map_err(|_| AccountError::VerificationNotFound)?;
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    if !storage::account_verifications::mark_verified(&tx, &id_hash, now, now).await? {
        return Err(AccountError::CodeUsed);
    }
    let done = match purpose {
        Purpose::NewEmail => {
            let unique = state.settings.email.require_unique;
            if !storage::users::set_email(&tx, &caller.user.id, email.as_str(), &email.normalized(), unique).await? {
                return Err(UserError::EmailTaken.into());
            }
            true
        }
        // The address changed since the code was sent: it confirms nothing of today's.
        _ => storage::users::confirm_email(&tx, &caller.user.id, &email.normalized()).await?,
    };
    if !done {
        return Err(AccountError::VerificationNotFound);
    }
    if purpose == Purpose::NewEmail {
        audit::record(&tx, audit_event(caller, AuditKind::EmailChanged)).await?;
    }
    storage::commit(tx).await?;
    if purpose == Purpose::NewEmail {
        tracing::info!(user_id = %caller.user.id, "email address changed");
        if let Some(old) = &caller.user.email {
            let mail = account_templates::email_changed(caller.lang(accept_language), email.as_str());
            state.mailer.send_in_background(old.clone(), mail);
        }
    } else {
        tracing::info!(user_id = %caller.user.id, "email address confirmed");
    }
    Ok(())
}
