//! One-time codes of the account center: 6 digits by email, valid 10 minutes, 5 tries, a newer
//! code of the same purpose replacing an older one; the same rate limits as the Experience
//! API's codes, counted per address and per client address.

use std::net::IpAddr;

use chrono::{DateTime, Duration, Utc};

use super::{AccountError, Result};
use crate::{
    crypto::{
        hmac_key::six_digit_code,
        token::{constant_time_eq, hash_token, random_token},
    },
    domain::identifier::Email,
    email::Mail,
    service::rate_limit::{self, Limit},
    state::AppState,
    storage::{self, account_verifications::NewVerification},
    telemetry::metrics::CodePurpose,
};

pub const CODE_LIFETIME: Duration = Duration::minutes(10);
const MAX_ATTEMPTS: i32 = 5;

/// What a verification record is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// "It is you", for a sensitive change.
    Identity,
    /// The new address of an email change.
    NewEmail,
    /// The account's own, unconfirmed address.
    ConfirmEmail,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Identity => "identity",
            Self::NewEmail => "new_email",
            Self::ConfirmEmail => "confirm_email",
        }
    }

    fn metric(self) -> CodePurpose {
        match self {
            Self::Identity => CodePurpose::AccountIdentity,
            Self::NewEmail => CodePurpose::AccountNewEmail,
            Self::ConfirmEmail => CodePurpose::AccountConfirmEmail,
        }
    }
}

/// A verification handed out: its id (only its hash is kept) and until when it holds.
#[derive(Debug, Clone)]
pub struct Issued {
    pub verification_id: String,
    pub expires_at: DateTime<Utc>,
}

fn code_hash(state: &AppState, id_hash: &str, code: &str) -> String {
    state.hmac.sign_hex(format!("account-code:{id_hash}:{code}").as_bytes())
}

/// Counts a message to `email` against the resend interval and the per-address and per-client
/// limits.
pub async fn limit_sending(state: &AppState, email: &Email, ip: Option<IpAddr>) -> Result<()> {
    let r = &state.settings.rate_limits;
    let cooldown = Limit {
        name: "account_code_cooldown",
        window: r.code_resend_interval.chrono(),
        max: 1,
    };
    let limits = [
        (cooldown, email.normalized()),
        (
            Limit::from_setting("code_email", &r.code_per_address),
            email.normalized(),
        ),
        (
            Limit::from_setting("code_ip", &r.code_per_ip),
            rate_limit::ip_subject(ip),
        ),
    ];
    rate_limit::count(state, &limits).await??;
    Ok(())
}

/// Stores a code for `email` and sends it with the message `mail` makes of it.
pub async fn send(
    state: &AppState,
    user_id: &str,
    purpose: Purpose,
    email: &Email,
    mail: impl FnOnce(&str) -> Mail,
) -> Result<Issued> {
    let now = Utc::now();
    let verification_id = random_token();
    let id_hash = hash_token(&verification_id);
    let code = six_digit_code();
    let expires_at = now + CODE_LIFETIME;
    let hash = code_hash(state, &id_hash, &code);
    let record = NewVerification {
        id_hash: &id_hash,
        user_id,
        purpose: purpose.as_str(),
        method: "email_code",
        email: Some(email.as_str()),
        code_hash: Some(&hash),
        expires_at,
        verified_at: None,
    };
    storage::account_verifications::insert(&state.db, record, now).await?;
    state.mailer.send_in_background(email.as_str().to_owned(), mail(&code));
    state.metrics.code_sent(purpose.metric());
    tracing::info!(purpose = purpose.as_str(), "account code issued");
    Ok(Issued {
        verification_id,
        expires_at,
    })
}

/// Stores a proof that needs no code (a right password).
pub async fn proved(state: &AppState, user_id: &str, method: &str, lifetime: Duration) -> Result<Issued> {
    let now = Utc::now();
    let verification_id = random_token();
    let expires_at = now + lifetime;
    let record = NewVerification {
        id_hash: &hash_token(&verification_id),
        user_id,
        purpose: Purpose::Identity.as_str(),
        method,
        email: None,
        code_hash: None,
        expires_at,
        verified_at: Some(now),
    };
    storage::account_verifications::insert(&state.db, record, now).await?;
    Ok(Issued {
        verification_id,
        expires_at,
    })
}

/// A right code for a live record of this user and purpose: the address it was sent to. The
/// try is taken first, in one statement, so that concurrent tries get no more than five.
pub async fn check(
    state: &AppState,
    user_id: &str,
    purpose: Purpose,
    verification_id: &str,
    code: &str,
) -> Result<String> {
    let id_hash = hash_token(verification_id);
    let now = Utc::now();
    let taken =
        storage::account_verifications::take_attempt(&state.db, &id_hash, user_id, purpose.as_str(), MAX_ATTEMPTS, now)
            .await?;
    let Some(taken) = taken else {
        return Err(why_refused(state, &id_hash, user_id, purpose, now).await?);
    };
    let well_formed = code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit());
    if !(well_formed && constant_time_eq(taken.code_hash.as_bytes(), code_hash(state, &id_hash, code).as_bytes())) {
        return Err(AccountError::CodeMismatch);
    }
    taken.email.ok_or(AccountError::VerificationNotFound)
}

/// Tells why a conditional update found the record not live, by reading it after the fact.
async fn why_refused(
    state: &AppState,
    id_hash: &str,
    user_id: &str,
    purpose: Purpose,
    now: DateTime<Utc>,
) -> Result<AccountError> {
    let Some(stored) = storage::account_verifications::find(&state.db, id_hash).await? else {
        return Ok(AccountError::VerificationNotFound);
    };
    Ok(
        if stored.user_id != user_id || stored.purpose != purpose.as_str() || stored.code_hash.is_none() {
            // Another account's record tells this one nothing.
            AccountError::VerificationNotFound
        } else if stored.verified_at.is_some() {
            AccountError::CodeUsed
        } else if stored.superseded_at.is_some() {
            AccountError::CodeSuperseded
        } else if stored.expires_at <= now {
            AccountError::CodeExpired
        } else if stored.attempts >= MAX_ATTEMPTS {
            AccountError::CodeTooManyAttempts
        } else {
            AccountError::VerificationNotFound
        },
    )
}
