//! Authenticator apps: a secret shown once (sealed at rest under the KEK), confirmed by its
//! first code, then each time step's code accepted once across every instance.

use chrono::{Duration, Utc};

use super::{MfaError, Result, kind};
use crate::{
    crypto::{
        token::{hash_token, random_token},
        totp::{TotpSecret, qr_data_url},
    },
    service::InternalError,
    state::AppState,
    storage,
};

/// How long a secret shown for setting up waits for its first code.
const ENROLMENT_LIFETIME: Duration = Duration::minutes(10);
const ENROLMENT_ATTEMPTS: i32 = 5;

/// What the user's app is given: the verification id to confirm with, the secret (also as
/// text, for typing it in), the `otpauth://` URI and its QR code.
#[derive(Debug, Clone)]
pub struct Enrolment {
    pub verification_id: String,
    pub secret: String,
    pub otpauth_uri: String,
    pub qr: String,
}

/// The associated data a user's secret is sealed with: a ciphertext moved to another user's
/// row does not open.
pub fn sealing_row(user_id: &str) -> String {
    format!("mfa_totp:{user_id}")
}

/// The issuer apps show: `two_factor.issuer`, else the host of `public_url`.
pub fn issuer(state: &AppState) -> String {
    state.settings.two_factor.issuer.clone().unwrap_or_else(|| {
        url::Url::parse(&state.settings.public_url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .unwrap_or_else(|| "Gatehouse".to_owned())
    })
}

/// A new secret for `user_id`, named in the app after `account` (their username or address).
pub async fn start(state: &AppState, user_id: &str, account: &str) -> Result<Enrolment> {
    if !state.settings.two_factor.offers(kind::TOTP) {
        return Err(MfaError::NotAvailable);
    }
    let secret = TotpSecret::generate();
    let verification_id = random_token();
    let now = Utc::now();
    let sealed = state.keks.seal(secret.base32().as_bytes(), &sealing_row(user_id));
    storage::mfa::start_enrolment(
        &state.db,
        &hash_token(&verification_id),
        user_id,
        &sealed,
        now + ENROLMENT_LIFETIME,
        now,
    )
    .await?;
    let otpauth_uri = secret.otpauth_uri(&issuer(state), account);
    Ok(Enrolment {
        verification_id,
        secret: secret.base32().to_owned(),
        qr: qr_data_url(&otpauth_uri),
        otpauth_uri,
    })
}

fn open(state: &AppState, user_id: &str, sealed: &str) -> Result<TotpSecret> {
    let bytes = state
        .keks
        .open(sealed, &sealing_row(user_id))
        .map_err(InternalError::from)?;
    let corrupt = || MfaError::Internal(InternalError::Sealed(crate::crypto::kek::KekError::NotSealed));
    let text = String::from_utf8(bytes).map_err(|_| corrupt())?;
    TotpSecret::from_base32(&text).ok_or_else(corrupt)
}

fn now_seconds() -> u64 {
    u64::try_from(Utc::now().timestamp()).unwrap_or_default()
}

/// The first code from the app confirms the secret shown (tries counted before comparing).
pub async fn confirm(state: &AppState, user_id: &str, verification_id: &str, code: &str) -> Result<()> {
    let id_hash = hash_token(verification_id);
    let now = Utc::now();
    let sealed = storage::mfa::take_enrolment_attempt(&state.db, &id_hash, user_id, ENROLMENT_ATTEMPTS, now)
        .await?
        .ok_or(MfaError::InvalidCode)?;
    let secret = open(state, user_id, &sealed)?;
    let step = secret.matching_step(code, now_seconds()).ok_or(MfaError::InvalidCode)?;
    storage::mfa::confirm_enrolment(&state.db, &id_hash, step, now).await?;
    Ok(())
}

/// Makes a confirmed enrolment the user's authenticator app, in the caller's transaction.
pub async fn enrol(tx: &storage::Tx, user_id: &str, verification_id: &str) -> Result<()> {
    let now = Utc::now();
    let (sealed, confirmed_step) = storage::mfa::consume_enrolment(tx, &hash_token(verification_id), user_id, now)
        .await?
        .ok_or(MfaError::NotEnrolled)?;
    // Sealed for the same row binding as the factor, so the enrolment's ciphertext serves. The
    // confirming code's step counts as used: that code does not also pass a sign-in.
    storage::mfa::put_factor(tx, user_id, kind::TOTP, Some(&sealed), confirmed_step, now).await?;
    Ok(())
}

/// A code of the user's app: accepted once per time step, on whichever instance asks first.
pub async fn verify(state: &AppState, user_id: &str, code: &str) -> Result<()> {
    let factor = storage::mfa::factors_of(&state.db, user_id)
        .await?
        .into_iter()
        .find(|f| f.kind == kind::TOTP)
        .ok_or(MfaError::NotEnrolled)?;
    let sealed = factor.secret_sealed.as_deref().ok_or(MfaError::NotEnrolled)?;
    let secret = open(state, user_id, sealed)?;
    let step = secret.matching_step(code, now_seconds()).ok_or(MfaError::InvalidCode)?;
    if !storage::mfa::claim_step(&state.db, &factor.id, step).await? {
        tracing::warn!(reason = "mfa.replayed", "a TOTP code was presented again");
        return Err(MfaError::InvalidCode);
    }
    Ok(())
}
