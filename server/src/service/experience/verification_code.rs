//! One-time email codes in the Experience API (`/verification/verification-code`): 6 digits,
//! valid 10 minutes, single use, bound to the interaction, dead after 5 wrong tries, replaced
//! by a newer code. Who has an account is never told: every request stores a code and answers
//! the same; only the mailbox owner can learn more. Sign-in codes (`sign_in.email_code`) go
//! through here too; `passwordless` decides who gets them and counts wrong ones.

use std::net::IpAddr;

use chrono::{DateTime, Duration, Utc};

use crate::{
    crypto::{hmac_key::six_digit_code, token::constant_time_eq},
    domain::{
        identifier::Email,
        interaction::{InteractionEvent, VerificationRecord},
    },
    email::{Lang, templates},
    service::{
        experience::{
            ExperienceError,
            password::account_of,
            passwordless,
            policy::{check_ip, check_new_email, invitation_only},
            store::{load, policy_of, save, trim_verifications},
        },
        rate_limit::{self, Limit},
    },
    state::AppState,
    storage::{self, verification_codes::NewCode},
    telemetry::metrics::CodePurpose,
};

type Result<T, E = ExperienceError> = std::result::Result<T, E>;

const LIFETIME_MINUTES: i64 = 10;
const MAX_ATTEMPTS: i32 = 5;

pub(super) fn limits(state: &AppState, email: &Email, ip: Option<IpAddr>) -> [(Limit, String); 3] {
    let r = &state.settings.rate_limits;
    let address = email.normalized();
    // The first is the resend cooldown the UI shows.
    let cooldown = Limit {
        name: "code_email_cooldown",
        window: r.code_resend_interval.chrono(),
        max: 1,
    };
    [
        (cooldown, address.clone()),
        (Limit::from_setting("code_email", &r.code_per_address), address),
        (
            Limit::from_setting("code_ip", &r.code_per_ip),
            rate_limit::ip_subject(ip),
        ),
    ]
}

pub struct CodeRequest<'a> {
    pub event: InteractionEvent,
    pub email: &'a str,
    pub client_ip: Option<IpAddr>,
    /// `Accept-Language`, for the message when the interaction names no language.
    pub accept_language: Option<&'a str>,
}

pub struct SentCode {
    pub verification_id: String,
    /// The code itself, in `demo_mode` for a loopback client only.
    pub demo_code: Option<String>,
}

fn code_hash(state: &AppState, verification_id: &str, code: &str) -> String {
    state.hmac.sign_hex(format!("code:{verification_id}:{code}").as_bytes())
}

/// `POST /api/experience/verification/verification-code`.
pub async fn send(state: &AppState, cookie: Option<&str>, request: CodeRequest<'_>) -> Result<SentCode> {
    let mut interaction = load(state, cookie).await?;
    let policy = policy_of(state, &interaction).await?;
    check_ip(&policy, request.client_ip)?;
    match interaction.event {
        None => return Err(ExperienceError::EventNotSet),
        Some(event) if event != request.event => return Err(ExperienceError::EventNotSupported),
        Some(InteractionEvent::SignIn) if !policy.email_code => {
            return Err(ExperienceError::SignInMethodDisabled);
        }
        // An invited contact's address is proved by the invitation.
        Some(InteractionEvent::Register) if invitation_only(&policy) => {
            return Err(ExperienceError::RegistrationInvitationOnly);
        }
        Some(_) => {}
    }
    let email = Email::parse(request.email).map_err(|_| ExperienceError::InvalidEmail)?;
    // The domain alone decides, whether or not the address has an account: no code is sent
    // to an address the application would refuse anyway.
    if request.event == InteractionEvent::Register {
        check_new_email(&policy, Some(email.as_str()))?;
    }
    rate_limit::hit(state, &limits(state, &email, request.client_ip)).await?;
    let lang = Lang::pick_from_lists([interaction.request.ui_locales.as_deref(), request.accept_language]);
    let code = six_digit_code();
    let account = account_of(state, &email).await?;
    let mail = match request.event {
        InteractionEvent::Register => Some(match &account {
            Some(_) if state.settings.email.require_unique => {
                let sign_in = format!("{}/sign-in", state.settings.public_url.trim_end_matches('/'));
                (
                    CodePurpose::Registration,
                    templates::registration_attempt(lang, &code, &sign_in),
                )
            }
            _ => (CodePurpose::Registration, templates::verification_code(lang, &code)),
        }),
        InteractionEvent::ForgotPassword => account
            .as_ref()
            .filter(|user| user.email_verified || !state.settings.password_reset.requires_confirmed_email)
            .map(|user| {
                // The account's own language, when it has one, over the browser's.
                let lang = user
                    .locale
                    .as_deref()
                    .map_or(lang, |l| Lang::pick_from_lists([Some(l)]));
                (CodePurpose::PasswordReset, templates::password_reset(lang, &code))
            }),
        InteractionEvent::SignIn => passwordless::mail(account.as_ref(), lang, &code),
    };
    let verification_id = uuid::Uuid::new_v4().to_string();
    let now = Utc::now();
    let stored = NewCode {
        id: verification_id.clone(),
        interaction_id: interaction.id.clone(),
        event: request.event.as_str().to_owned(),
        email: email.as_str().to_owned(),
        email_normalized: email.normalized(),
        code_hash: code_hash(state, &verification_id, &code),
        deliverable: mail.is_some(),
        client_ip: request.client_ip.map(|ip| ip.to_string()),
        expires_at: now + Duration::minutes(LIFETIME_MINUTES),
    };
    storage::verification_codes::replace(&state.db, stored, now).await?;
    interaction
        .verifications
        .retain(|v| !matches!(v, VerificationRecord::EmailCode { verified: false, .. }));
    interaction.verifications.push(VerificationRecord::EmailCode {
        id: verification_id.clone(),
        email: email.as_str().to_owned(),
        event: request.event,
        verified: false,
    });
    trim_verifications(&mut interaction);
    save(state, &interaction).await?;
    let demo = state.settings.demo_mode && request.client_ip.is_some_and(|ip| ip.is_loopback());
    let demo_code = (demo && mail.is_some()).then(|| code.clone());
    if let Some((purpose, mail)) = mail {
        state.mailer.send_in_background(email.as_str().to_owned(), mail);
        state.metrics.code_sent(purpose);
    }
    tracing::info!(client_id = %interaction.request.client_id, event = request.event.as_str(), "one-time code issued");
    Ok(SentCode {
        verification_id,
        demo_code,
    })
}

/// `POST /api/experience/verification/verification-code/verify`. A sign-in code costs what a
/// password try costs (the client's limit and the address's lockout).
pub async fn verify(
    state: &AppState,
    cookie: Option<&str>,
    email: &str,
    verification_id: &str,
    code: &str,
    client_ip: Option<IpAddr>,
) -> Result<String> {
    let mut interaction = load(state, cookie).await?;
    let email = Email::parse(email).map_err(|_| ExperienceError::InvalidEmail)?;
    let client_id = interaction.request.client_id.clone();
    let record = interaction
        .verifications
        .iter_mut()
        .find(|v| v.id() == verification_id)
        .ok_or(ExperienceError::VerificationNotFound)?;
    let VerificationRecord::EmailCode {
        email: sent_to,
        verified,
        event,
        ..
    } = record
    else {
        return Err(ExperienceError::VerificationNotFound);
    };
    if Email::parse(sent_to).map(|e| e.normalized()).ok() != Some(email.normalized()) {
        return Err(ExperienceError::VerificationNotFound);
    }
    if *verified {
        return Err(ExperienceError::CodeUsed);
    }
    if *event == InteractionEvent::SignIn {
        let guess = passwordless::CodeGuess::begin(state, &email, client_ip, client_id).await?;
        let checked = if guess.admitted(state) {
            check(state, &interaction.id, verification_id, code).await
        } else {
            Err(ExperienceError::CodeMismatch)
        };
        guess.settle(state, checked).await?;
    } else {
        check(state, &interaction.id, verification_id, code).await?;
    }
    *verified = true;
    save(state, &interaction).await?;
    Ok(verification_id.to_owned())
}

/// Checks a code of this interaction and marks it verified; a wrong one costs a try.
pub(super) async fn check(state: &AppState, interaction_id: &str, verification_id: &str, code: &str) -> Result<()> {
    let now = Utc::now();
    // The try is counted first, atomically: checking the count, then comparing, then counting
    // would let concurrent tries all pass the check.
    let Some(attempt) =
        storage::verification_codes::take_attempt(&state.db, verification_id, interaction_id, MAX_ATTEMPTS, now)
            .await?
    else {
        return Err(why_refused(state, verification_id, now).await?);
    };
    let well_formed = code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit());
    let right = well_formed
        && attempt.deliverable
        && constant_time_eq(
            attempt.code_hash.as_bytes(),
            code_hash(state, verification_id, code).as_bytes(),
        );
    if !right {
        return Err(ExperienceError::CodeMismatch);
    }
    if !storage::verification_codes::mark_verified(&state.db, verification_id, now).await? {
        return Err(why_refused(state, verification_id, now).await?);
    }
    Ok(())
}

/// Stores a new code for the interaction (retiring its older ones): its verification id and
/// the code to send.
pub(super) async fn store_new(
    state: &AppState,
    interaction_id: &str,
    event: &str,
    email: &Email,
    client_ip: Option<IpAddr>,
) -> Result<(String, String)> {
    let code = six_digit_code();
    let verification_id = uuid::Uuid::new_v4().to_string();
    let now = Utc::now();
    let stored = NewCode {
        id: verification_id.clone(),
        interaction_id: interaction_id.to_owned(),
        event: event.to_owned(),
        email: email.as_str().to_owned(),
        email_normalized: email.normalized(),
        code_hash: code_hash(state, &verification_id, &code),
        deliverable: true,
        client_ip: client_ip.map(|ip| ip.to_string()),
        expires_at: now + Duration::minutes(LIFETIME_MINUTES),
    };
    storage::verification_codes::replace(&state.db, stored, now).await?;
    Ok((verification_id, code))
}

/// Tells why a conditional update found the code not live, by reading it after the fact.
async fn why_refused(state: &AppState, verification_id: &str, now: DateTime<Utc>) -> Result<ExperienceError> {
    let Some(stored) = storage::verification_codes::find(&state.db, verification_id).await? else {
        return Ok(ExperienceError::VerificationNotFound);
    };
    Ok(if stored.verified_at.is_some() {
        ExperienceError::CodeUsed
    } else if stored.superseded_at.is_some() {
        ExperienceError::CodeSuperseded
    } else if stored.expires_at <= now {
        ExperienceError::CodeExpired
    } else if stored.attempts >= MAX_ATTEMPTS {
        ExperienceError::CodeTooManyAttempts
    } else {
        // Live, with tries left: the code belongs to another interaction.
        ExperienceError::VerificationNotFound
    })
}

pub async fn delete_stale(state: &AppState, now: DateTime<Utc>) -> Result<(), storage::StorageError> {
    // Kept a day after expiry, for the answers above.
    storage::verification_codes::delete_expired(&state.db, now - Duration::days(1)).await?;
    let longest = Duration::from_std(state.settings.rate_limits.longest_window()).unwrap_or(Duration::days(1));
    storage::rate_limits::delete_stale(&state.db, now - longest.max(Duration::days(1))).await?;
    storage::captcha_redemptions::delete_expired(&state.db, now).await?;
    Ok(())
}
