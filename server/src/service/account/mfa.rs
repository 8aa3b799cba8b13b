//! The two-factor section: the account's second factors, its backup codes and the browsers
//! that skip the second step. Every change to the factors or codes needs a verification and
//! gives the account a new security stamp: a session someone else holds must not outlive the
//! owner changing how the account is protected, so every other session and grant ends (and
//! every remembered browser is forgotten), while the caller's session and token go on.
//! Forgetting browsers needs no verification: it only takes access away.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::{AccountError, Caller, Result, audit_event, keep_only_caller, verification};
use crate::{
    crypto::token::random_token,
    email::account_templates::{self, TwoFactorChange},
    service::{
        audit::{self, AuditKind},
        mfa::{MfaError, backup, kind, totp},
    },
    state::AppState,
    storage,
};

/// A factor the user turns on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Factor {
    Totp,
    EmailCode,
}

impl Factor {
    const ALL: [Self; 2] = [Self::Totp, Self::EmailCode];

    fn stored(self) -> &'static str {
        match self {
            Self::Totp => kind::TOTP,
            Self::EmailCode => kind::EMAIL_CODE,
        }
    }
}

#[derive(Debug, Clone)]
pub struct FactorView {
    pub factor: Factor,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct BrowserView {
    pub id: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub user_agent: Option<String>,
}

#[derive(Debug, Clone)]
pub struct MfaView {
    pub enabled: bool,
    pub required: bool,
    /// What the server offers, whether or not the account has it on.
    pub available: Vec<Factor>,
    pub factors: Vec<FactorView>,
    pub backup_codes_remaining: u64,
    pub remembered_browsers: Vec<BrowserView>,
}

/// `GET /api/my-account/mfa`.
pub async fn view(state: &AppState, caller: &Caller) -> Result<MfaView> {
    let settings = &state.settings.two_factor;
    let user = &caller.user;
    let factors = storage::mfa::factors_of(&state.db, &user.id)
        .await?
        .into_iter()
        .filter_map(|f| {
            let factor = Factor::ALL.into_iter().find(|k| k.stored() == f.kind)?;
            Some(FactorView {
                factor,
                created_at: f.created_at,
            })
        })
        .collect();
    // Those of an older stamp skip nothing any more: not worth showing.
    let browsers = storage::mfa::remembered_of(&state.db, &user.id, &user.security_stamp, Utc::now()).await?;
    Ok(MfaView {
        enabled: settings.enabled,
        required: settings.required,
        available: Factor::ALL
            .into_iter()
            .filter(|f| settings.offers(f.stored()))
            .collect(),
        factors,
        backup_codes_remaining: backup::left(state, &user.id).await?,
        remembered_browsers: browsers
            .into_iter()
            .map(|b| BrowserView {
                id: b.id,
                created_at: b.created_at,
                expires_at: b.expires_at,
                user_agent: b.user_agent,
            })
            .collect(),
    })
}

fn two_factor_on(state: &AppState) -> Result<()> {
    if state.settings.two_factor.enabled {
        Ok(())
    } else {
        Err(MfaError::Disabled.into())
    }
}

/// Something the server offers (`two_factor.factors`).
fn offered(state: &AppState, name: &str) -> Result<()> {
    two_factor_on(state)?;
    if state.settings.two_factor.offers(name) {
        Ok(())
    } else {
        Err(MfaError::NotAvailable.into())
    }
}

async fn has(conn: &impl storage::Conn, user_id: &str, factor: Factor) -> Result<bool> {
    Ok(storage::mfa::factors_of(conn, user_id)
        .await?
        .iter()
        .any(|f| f.kind == factor.stored()))
}

/// The new security stamp of a change, in its transaction; how many other sessions ended.
async fn restamp(tx: &storage::Tx, caller: &Caller, now: DateTime<Utc>) -> Result<usize> {
    let stamp = random_token();
    if !storage::users::set_security_stamp(tx, &caller.user.id, &stamp).await? {
        return Err(AccountError::InvalidToken);
    }
    keep_only_caller(tx, caller, &stamp, now).await
}

fn notify(state: &AppState, caller: &Caller, change: TwoFactorChange, accept_language: Option<&str>) {
    if let (Some(email), true) = (&caller.user.email, caller.user.email_verified) {
        let mail = account_templates::two_factor_changed(caller.lang(accept_language), change);
        state.mailer.send_in_background(email.clone(), mail);
    }
}

/// `POST /api/my-account/mfa/totp/secret`: a secret for the app, until its first code.
pub async fn start_totp(state: &AppState, caller: &Caller, verification_id: Option<&str>) -> Result<totp::Enrolment> {
    offered(state, Factor::Totp.stored())?;
    verification::require(state, caller, verification_id).await?;
    let user = &caller.user;
    if has(&state.db, &user.id, Factor::Totp).await? {
        return Err(MfaError::AlreadyEnrolled.into());
    }
    let account = user.username.as_deref().or(user.email.as_deref()).unwrap_or(&user.id);
    Ok(totp::start(state, &user.id, account).await?)
}

/// `POST /api/my-account/mfa/totp`: the app's first code adds it. The first factor of an
/// account also brings its backup codes (when offered), to show once.
pub async fn enrol_totp(
    state: &AppState,
    caller: &Caller,
    verification_id: Option<&str>,
    setup_id: &str,
    code: &str,
    accept_language: Option<&str>,
) -> Result<Option<Vec<String>>> {
    offered(state, Factor::Totp.stored())?;
    verification::require(state, caller, verification_id).await?;
    let user_id = &caller.user.id;
    if has(&state.db, user_id, Factor::Totp).await? {
        return Err(MfaError::AlreadyEnrolled.into());
    }
    totp::confirm(state, user_id, setup_id, code).await?;
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    let first = storage::mfa::factors_of(&tx, user_id).await?.is_empty();
    totp::enrol(&tx, user_id, setup_id).await?;
    let codes = if first && state.settings.two_factor.offers(kind::BACKUP_CODE) {
        Some(backup::regenerate(state, &tx, user_id).await?)
    } else {
        None
    };
    let ended = restamp(&tx, caller, now).await?;
    let details = json!({"factor": kind::TOTP, "backup_codes": codes.is_some()});
    audit::record(&tx, audit_event(caller, AuditKind::MfaEnrolled).details(details)).await?;
    storage::commit(tx).await?;
    tracing::info!(user_id = %user_id, sessions_ended = ended, backup_codes = codes.is_some(), "authenticator app added");
    notify(state, caller, TwoFactorChange::AppAdded, accept_language);
    Ok(codes)
}

/// Turns a factor off, in its own transaction; backup codes go with the last factor, since
/// they would be a second step of nothing.
async fn turn_off(state: &AppState, caller: &Caller, factor: Factor) -> Result<usize> {
    let user_id = &caller.user.id;
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    if !storage::mfa::remove_factor(&tx, user_id, factor.stored()).await? {
        return Err(MfaError::NotEnrolled.into());
    }
    if storage::mfa::factors_of(&tx, user_id).await?.is_empty() {
        storage::mfa::replace_backup_codes(&tx, user_id, &[], now).await?;
    }
    let ended = restamp(&tx, caller, now).await?;
    let details = json!({"factor": factor.stored()});
    audit::record(&tx, audit_event(caller, AuditKind::MfaRemoved).details(details)).await?;
    storage::commit(tx).await?;
    Ok(ended)
}

/// `DELETE /api/my-account/mfa/totp`.
pub async fn remove_totp(
    state: &AppState,
    caller: &Caller,
    verification_id: Option<&str>,
    accept_language: Option<&str>,
) -> Result<()> {
    two_factor_on(state)?;
    verification::require(state, caller, verification_id).await?;
    let ended = turn_off(state, caller, Factor::Totp).await?;
    tracing::info!(user_id = %caller.user.id, sessions_ended = ended, "authenticator app removed");
    notify(state, caller, TwoFactorChange::AppRemoved, accept_language);
    Ok(())
}

/// `PUT /api/my-account/mfa/email-code`: codes to the confirmed address as a second step.
pub async fn set_email_code(
    state: &AppState,
    caller: &Caller,
    verification_id: Option<&str>,
    enabled: bool,
    accept_language: Option<&str>,
) -> Result<()> {
    if !enabled {
        two_factor_on(state)?;
        verification::require(state, caller, verification_id).await?;
        let ended = turn_off(state, caller, Factor::EmailCode).await?;
        tracing::info!(user_id = %caller.user.id, sessions_ended = ended, "email codes turned off");
        notify(state, caller, TwoFactorChange::EmailCodesOff, accept_language);
        return Ok(());
    }
    offered(state, Factor::EmailCode.stored())?;
    verification::require(state, caller, verification_id).await?;
    let user = &caller.user;
    if user.email.is_none() || !user.email_verified {
        return Err(AccountError::NoConfirmedEmail);
    }
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    if has(&tx, &user.id, Factor::EmailCode).await? {
        return Err(MfaError::AlreadyEnrolled.into());
    }
    storage::mfa::put_factor(&tx, &user.id, Factor::EmailCode.stored(), None, None, now).await?;
    let ended = restamp(&tx, caller, now).await?;
    let details = json!({"factor": kind::EMAIL_CODE});
    audit::record(&tx, audit_event(caller, AuditKind::MfaEnrolled).details(details)).await?;
    storage::commit(tx).await?;
    tracing::info!(user_id = %user.id, sessions_ended = ended, "email codes turned on");
    notify(state, caller, TwoFactorChange::EmailCodesOn, accept_language);
    Ok(())
}

/// `POST /api/my-account/mfa/backup-codes`: a new set, to show once; the old set stops working.
pub async fn regenerate_backup_codes(
    state: &AppState,
    caller: &Caller,
    verification_id: Option<&str>,
    accept_language: Option<&str>,
) -> Result<Vec<String>> {
    offered(state, kind::BACKUP_CODE)?;
    verification::require(state, caller, verification_id).await?;
    let user_id = &caller.user.id;
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    if storage::mfa::factors_of(&tx, user_id).await?.is_empty() {
        return Err(MfaError::NotEnrolled.into());
    }
    let codes = backup::regenerate(state, &tx, user_id).await?;
    let ended = restamp(&tx, caller, now).await?;
    audit::record(&tx, audit_event(caller, AuditKind::BackupCodesRegenerated)).await?;
    storage::commit(tx).await?;
    tracing::info!(user_id = %user_id, sessions_ended = ended, "backup codes replaced");
    notify(state, caller, TwoFactorChange::BackupCodesReplaced, accept_language);
    Ok(codes)
}

/// `DELETE /api/my-account/mfa/remembered-browsers`: how many the user could see went.
pub async fn forget_browsers(state: &AppState, caller: &Caller) -> Result<u64> {
    let user = &caller.user;
    let live = storage::mfa::remembered_of(&state.db, &user.id, &user.security_stamp, Utc::now()).await?;
    // Those of older stamps go too: dead already, nothing to keep them for.
    storage::mfa::forget_browsers(&state.db, &user.id, None).await?;
    tracing::info!(user_id = %user.id, forgotten = live.len(), "remembered browsers forgotten by their owner");
    Ok(live.len() as u64)
}

/// `DELETE /api/my-account/mfa/remembered-browsers/{id}`.
pub async fn forget_browser(state: &AppState, caller: &Caller, id: &str) -> Result<()> {
    if storage::mfa::forget_browsers(&state.db, &caller.user.id, Some(id)).await? == 0 {
        return Err(MfaError::BrowserNotFound.into());
    }
    tracing::info!(user_id = %caller.user.id, "remembered browser forgotten by its owner");
    Ok(())
}
