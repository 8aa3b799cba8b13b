//! The second factor of a sign-in. Identification decides what the user owes (`require`);
//! the routes here pay it: a code of their authenticator app, a backup code, a code mailed to
//! their confirmed address, or, when the operator requires a factor the user lacks, setting
//! up an app. Submit waits for it (`gate`); a step left longer than
//! `two_factor.cookie_lifetime` forgets the user.
//!
//! Every wrong code counts toward the lockout of the identifier the user signed in with and
//! toward the per-client password limit, as a wrong password does.

use std::net::IpAddr;

use chrono::Utc;
use serde_json::json;

use super::{
    ExperienceError, Result,
    store::{load, save, trim_verifications},
    verification_code,
};
use crate::{
    crypto::token::random_token,
    domain::{
        identifier::Email,
        interaction::{Interaction, MfaFactor, MfaNeed, MfaState, VerificationRecord, mfa::mask_email},
        user::User,
    },
    email::{Lang, templates},
    service::{
        app_policy::EffectivePolicy,
        audit::{self, AuditEvent, AuditKind},
        lockout,
        mfa::{MfaError, backup, kind, remember, totp},
        rate_limit::{self, Limit},
    },
    state::AppState,
    storage,
    telemetry::metrics::CodePurpose,
};

/// What the identified `user` owes before submit, set on the interaction: nothing, one of
/// their factors (unless this browser is remembered for them), or an enrolment when the
/// operator requires one and they have none.
pub(super) async fn require(
    state: &AppState,
    policy: &EffectivePolicy,
    interaction: &mut Interaction,
    user: &User,
    remembered: Option<&str>,
    lockout_key: Option<String>,
) -> Result<()> {
    interaction.mfa = MfaState::default();
    let settings = &state.settings.two_factor;
    if !settings.enabled {
        return Ok(());
    }
    // A client asking for two factors (`acr_values`) gets them: no remembered browser stands
    // in, and a user without a factor sets one up.
    let asked = interaction.request.two_factors_asked && settings.offers(kind::TOTP);
    let stored = storage::mfa::factors_of(&state.db, &user.id).await?;
    let has = |k: &str| stored.iter().any(|f| f.kind == k);
    let mut usable = Vec::new();
    if settings.offers(kind::TOTP) && has(kind::TOTP) {
        usable.push(MfaFactor::Totp);
    }
    let confirmed_email = user.email.as_deref().filter(|_| user.email_verified);
    let has_email_factor = settings.offers(kind::EMAIL_CODE) && has(kind::EMAIL_CODE) && confirmed_email.is_some();
    // A sign-in by mailed code proved the mailbox: a second code to it proves nothing more.
    let mailbox_used = interaction.profile.passwordless;
    if has_email_factor && !mailbox_used {
        usable.push(MfaFactor::EmailCode);
    }
    let owes_a_factor = !usable.is_empty() || (has_email_factor && mailbox_used);
    if owes_a_factor && settings.offers(kind::BACKUP_CODE) && backup::left(state, &user.id).await? > 0 {
        usable.push(MfaFactor::BackupCode);
    }
    let need = if usable.is_empty() {
        if has_email_factor && mailbox_used {
            // The user has two factors on, and the mailbox was the only second one: a
            // remembered browser still stands in, an operator's requirement sets up an app,
            // else the password must be the first factor.
            if !asked && remember::is_remembered(state, remembered, user).await? {
                return Ok(());
            }
            if !policy.two_factor_required && !asked {
                return Err(ExperienceError::PasswordRequired);
            }
        } else if !policy.two_factor_required && !asked {
            return Ok(());
        }
        MfaNeed::Enrol
    } else {
        if !asked && remember::is_remembered(state, remembered, user).await? {
            tracing::info!(user_id = %user.id, "second factor skipped: this browser is remembered");
            return Ok(());
        }
        MfaNeed::Factor {
            factors: usable,
            remember_browser: settings.remember_browser,
        }
    };
    interaction.mfa = MfaState {
        need,
        started_at: Some(Utc::now()),
        masked_email: confirmed_email.filter(|_| !mailbox_used).map(mask_email),
        lockout_key,
        ..MfaState::default()
    };
    Ok(())
}

/// Submit's check: the second factor passed, in time.
pub(super) async fn gate(state: &AppState, interaction: &mut Interaction) -> Result<()> {
    check_fresh(state, interaction).await?;
    match interaction.mfa.need {
        _ if !interaction.mfa.pending() => Ok(()),
        MfaNeed::Enrol => Err(ExperienceError::MfaEnrollmentRequired),
        _ => Err(ExperienceError::MfaRequired),
    }
}

/// A step left too long forgets the user and what they proved, and says so: they sign in
/// again from the start.
async fn check_fresh(state: &AppState, interaction: &mut Interaction) -> Result<()> {
    let lifetime = state.settings.two_factor.cookie_lifetime.chrono();
    if !interaction.mfa.expired(lifetime, Utc::now()) {
        return Ok(());
    }
    interaction.user_id = None;
    interaction.verifications.clear();
    interaction.profile = Default::default();
    interaction.mfa = MfaState::default();
    save(state, interaction).await?;
    Err(ExperienceError::MfaExpired)
}

/// The interaction, at a second-factor step that offers `factor` (`None`: enrolment).
async fn load_step(state: &AppState, cookie: Option<&str>, factor: Option<MfaFactor>) -> Result<(Interaction, String)> {
    let mut interaction = load(state, cookie).await?;
    let user_id = interaction.user_id.clone().ok_or(ExperienceError::NotIdentified)?;
    check_fresh(state, &mut interaction).await?;
    let at_step = match factor {
        _ if !interaction.mfa.pending() => false,
        Some(factor) => interaction.mfa.offers(factor),
        None => interaction.mfa.need == MfaNeed::Enrol,
    };
    if !at_step {
        return Err(MfaError::NotAvailable.into());
    }
    Ok((interaction, user_id))
}

/// A code being checked: counted against the client and the user's identifier first, so that
/// concurrent guesses get no more checks than sequential ones.
struct CodeAttempt {
    counted: Vec<rate_limit::Counted>,
    lockout: Option<lockout::Attempt>,
    /// What a refusal records in the audit log.
    refused: AuditEvent,
}

impl CodeAttempt {
    async fn begin(
        state: &AppState,
        interaction: &Interaction,
        factor: MfaFactor,
        client_ip: Option<IpAddr>,
    ) -> Result<Self> {
        let per_client = Limit::from_setting("mfa_ip", &state.settings.rate_limits.password_per_ip);
        let counted = rate_limit::count(state, &[(per_client, rate_limit::ip_subject(client_ip))]).await??;
        let lockout = match &interaction.mfa.lockout_key {
            Some(key) => Some(lockout::begin_key(state, key.clone()).await?),
            None => None,
        };
        let refused = AuditEvent::new(AuditKind::SignInFailed)
            .maybe_user(interaction.user_id.as_deref())
            .client(&interaction.request.client_id)
            .details(json!({"method": factor_name(factor)}));
        Ok(Self {
            counted,
            lockout,
            refused,
        })
    }

    /// A locked identifier gets the answer a wrong code gets.
    fn admitted(&self, state: &AppState) -> bool {
        self.lockout.as_ref().is_none_or(|a| a.admitted(state))
    }

    /// Settles the attempt by what the check found; a wrong code is `mfa.invalid_code`, or the
    /// check's own error.
    async fn settle(self, state: &AppState, checked: Result<()>) -> Result<()> {
        let right = checked.is_ok();
        let still_unlocked = match &self.lockout {
            Some(attempt) if right => lockout::succeeded(state, attempt).await?,
            _ => true,
        };
        if right && still_unlocked {
            rate_limit::refund(state, &self.counted).await?;
            return Ok(());
        }
        let user_id = self.refused.user_id.clone();
        if !matches!(
            checked,
            Err(ExperienceError::Internal(_) | ExperienceError::Mfa(MfaError::Internal(_)))
        ) {
            let reason = if self.admitted(state) {
                "mfa.invalid_code"
            } else {
                "lockout.locked"
            };
            let mut event = self.refused;
            event.details["reason"] = reason.into();
            // A refusal has no transaction to share.
            state.metrics.audit_event(&event.kind.as_str());
            audit::record_or_log(&state.db, event).await;
        }
        if let Some(attempt) = &self.lockout {
            lockout::failed(state, attempt, user_id.as_deref()).await?;
        }
        tracing::info!(reason = "mfa.invalid_code", "second factor refused");
        match checked {
            Err(ExperienceError::Internal(e)) => Err(ExperienceError::Internal(e)),
            Err(ExperienceError::Mfa(MfaError::Internal(e))) => Err(ExperienceError::Internal(e)),
            Err(
                other @ (ExperienceError::CodeMismatch
                | ExperienceError::CodeExpired
                | ExperienceError::CodeTooManyAttempts
                | ExperienceError::CodeSuperseded
                | ExperienceError::CodeUsed
                | ExperienceError::VerificationNotFound),
            ) => Err(other),
            _ => Err(MfaError::InvalidCode.into()),
        }
    }
}

/// The second factor passed: recorded as a verification of the interaction.
async fn passed(state: &AppState, interaction: &mut Interaction, factor: MfaFactor) -> Result<String> {
    let id = uuid::Uuid::new_v4().to_string();
    interaction.mfa.passed = true;
    interaction
        .verifications
        .push(VerificationRecord::SecondFactor { id: id.clone(), factor });
    trim_verifications(interaction);
    save(state, interaction).await?;
    if let Some(user_id) = &interaction.user_id {
        tracing::info!(user_id = %user_id, factor = ?factor, "second factor passed");
    }
    Ok(id)
}

/// `POST /api/experience/verification/totp/verify` with no `verificationId`: a code of the
/// user's authenticator app, each time step's code accepted once.
pub async fn verify_totp(
    state: &AppState,
    cookie: Option<&str>,
    code: &str,
    client_ip: Option<IpAddr>,
) -> Result<String> {
    let (mut interaction, user_id) = load_step(state, cookie, Some(MfaFactor::Totp)).await?;
    let attempt = CodeAttempt::begin(state, &interaction, MfaFactor::Totp, client_ip).await?;
    let checked = if attempt.admitted(state) {
        totp::verify(state, &user_id, code.trim()).await.map_err(Into::into)
    } else {
        Err(MfaError::InvalidCode.into())
    };
    attempt.settle(state, checked).await?;
    passed(state, &mut interaction, MfaFactor::Totp).await
}

/// `POST /api/experience/verification/backup-code/verify`: uses a backup code up; the
/// verification and how many are left.
pub async fn verify_backup_code(
    state: &AppState,
    cookie: Option<&str>,
    code: &str,
    client_ip: Option<IpAddr>,
) -> Result<(String, u64)> {
    let (mut interaction, user_id) = load_step(state, cookie, Some(MfaFactor::BackupCode)).await?;
    let attempt = CodeAttempt::begin(state, &interaction, MfaFactor::BackupCode, client_ip).await?;
    let mut remaining = 0;
    let checked = match attempt.admitted(state) {
        true => match backup::redeem(state, &user_id, code).await? {
            Some(left) => {
                remaining = left;
                Ok(())
            }
            None => Err(MfaError::InvalidCode.into()),
        },
        false => Err(MfaError::InvalidCode.into()),
    };
    attempt.settle(state, checked).await?;
    let id = passed(state, &mut interaction, MfaFactor::BackupCode).await?;
    Ok((id, remaining))
}

/// `POST /api/experience/verification/mfa-email-code`: mails a code to the user's confirmed
/// address, under the limits of every other code (resend cooldown, per address, per client).
pub async fn send_email_code(
    state: &AppState,
    cookie: Option<&str>,
    client_ip: Option<IpAddr>,
    accept_language: Option<&str>,
) -> Result<String> {
    let (mut interaction, user_id) = load_step(state, cookie, Some(MfaFactor::EmailCode)).await?;
    let user = storage::users::find(&state.db, &user_id)
        .await?
        .ok_or(ExperienceError::NotIdentified)?;
    let email = user
        .email
        .as_deref()
        .filter(|_| user.email_verified)
        .and_then(|e| Email::parse(e).ok())
        .ok_or(MfaError::NotAvailable)?;
    rate_limit::hit(state, &verification_code::limits(state, &email, client_ip)).await?;
    let (verification_id, code) =
        verification_code::store_new(state, &interaction.id, "Mfa", &email, client_ip).await?;
    let lang = Lang::pick_from_lists([
        user.locale.as_deref(),
        interaction.request.ui_locales.as_deref(),
        accept_language,
    ]);
    state
        .mailer
        .send_in_background(email.as_str().to_owned(), templates::sign_in_code(lang, &code));
    state.metrics.code_sent(CodePurpose::SecondFactor);
    interaction.mfa.email_code_id = Some(verification_id.clone());
    save(state, &interaction).await?;
    Ok(verification_id)
}

/// `POST /api/experience/verification/mfa-email-code/verify`.
pub async fn verify_email_code(
    state: &AppState,
    cookie: Option<&str>,
    verification_id: &str,
    code: &str,
    client_ip: Option<IpAddr>,
) -> Result<String> {
    let (mut interaction, _) = load_step(state, cookie, Some(MfaFactor::EmailCode)).await?;
    if interaction.mfa.email_code_id.as_deref() != Some(verification_id) {
        return Err(ExperienceError::VerificationNotFound);
    }
    let attempt = CodeAttempt::begin(state, &interaction, MfaFactor::EmailCode, client_ip).await?;
    let checked = if attempt.admitted(state) {
        verification_code::check(state, &interaction.id, verification_id, code.trim()).await
    } else {
        Err(MfaError::InvalidCode.into())
    };
    attempt.settle(state, checked).await?;
    passed(state, &mut interaction, MfaFactor::EmailCode).await
}

/// `PUT /api/experience/remember-browser`: whether a passed second factor remembers this
/// browser for this user (the cookie is set when the sign-in completes).
pub async fn remember_browser(state: &AppState, cookie: Option<&str>, remember: bool) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    if remember && !state.settings.two_factor.remember_browser {
        return Err(MfaError::RememberBrowserDisabled.into());
    }
    if interaction.user_id.is_none() {
        return Err(ExperienceError::NotIdentified);
    }
    if !matches!(interaction.mfa.need, MfaNeed::Factor { .. }) {
        return Err(MfaError::NotAvailable.into());
    }
    interaction.mfa.remember_browser = remember;
    save(state, &interaction).await
}

/// `POST /api/experience/verification/totp/secret`: a new authenticator-app secret for a user
/// who must set one up.
pub async fn totp_secret(state: &AppState, cookie: Option<&str>) -> Result<totp::Enrolment> {
    let (_, user_id) = load_step(state, cookie, None).await?;
    let user = storage::users::find(&state.db, &user_id)
        .await?
        .ok_or(ExperienceError::NotIdentified)?;
    let account = user.username.clone().or(user.email.clone()).unwrap_or(user.id.clone());
    Ok(totp::start(state, &user_id, &account).await?)
}

/// `POST /api/experience/verification/totp/verify` with the `verificationId` of a secret: its
/// first code confirms the app.
pub async fn confirm_totp(
    state: &AppState,
    cookie: Option<&str>,
    verification_id: &str,
    code: &str,
    client_ip: Option<IpAddr>,
) -> Result<String> {
    let (_, user_id) = load_step(state, cookie, None).await?;
    let per_client = Limit::from_setting("mfa_ip", &state.settings.rate_limits.password_per_ip);
    rate_limit::hit(state, &[(per_client, rate_limit::ip_subject(client_ip))]).await?;
    totp::confirm(state, &user_id, verification_id, code.trim()).await?;
    Ok(verification_id.to_owned())
}

/// `POST /api/experience/profile/mfa`: the confirmed app becomes the user's factor; the
/// backup codes to show once (none when the operator does not offer them). A new security
/// stamp, as for any change of factor: other sessions and remembered browsers end.
pub async fn enrol_totp(state: &AppState, cookie: Option<&str>, verification_id: &str) -> Result<Vec<String>> {
    let (mut interaction, user_id) = load_step(state, cookie, None).await?;
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    totp::enrol(&tx, &user_id, verification_id).await?;
    let codes = if state.settings.two_factor.offers(kind::BACKUP_CODE) {
        backup::regenerate(state, &tx, &user_id).await?
    } else {
        Vec::new()
    };
    storage::users::set_security_stamp(&tx, &user_id, &random_token()).await?;
    storage::sessions::revoke_all_of_user(&tx, &user_id, now).await?;
    storage::grants::revoke_all_of_user(&tx, &user_id, now).await?;
    let event = AuditEvent::new(AuditKind::MfaEnrolled)
        .user(&user_id)
        .client(&interaction.request.client_id)
        .details(json!({"factor": "totp", "backup_codes": !codes.is_empty(), "at": "sign_in"}));
    audit::record(&tx, event).await?;
    storage::commit(tx).await?;
    tracing::info!(user_id = %user_id, "authenticator app set up at sign-in");
    passed(state, &mut interaction, MfaFactor::Totp).await?;
    Ok(codes)
}

/// A registration when the operator (or the application) requires two factors: the account
/// exists now, and the user sets up an app before the sign-in completes.
pub(super) fn require_enrolment(policy: &EffectivePolicy, interaction: &mut Interaction) -> bool {
    if !policy.two_factor_required {
        return false;
    }
    interaction.mfa = MfaState {
        need: MfaNeed::Enrol,
        started_at: Some(Utc::now()),
        ..MfaState::default()
    };
    true
}

/// A factor's name in the audit log (the names the account API uses).
fn factor_name(factor: MfaFactor) -> &'static str {
    match factor {
        MfaFactor::Totp => kind::TOTP,
        MfaFactor::EmailCode => kind::EMAIL_CODE,
        MfaFactor::BackupCode => kind::BACKUP_CODE,
    }
}

/// The browser to remember once the sign-in completes, when the user asked and a factor passed.
pub fn wants_remembering(interaction: &Interaction) -> bool {
    interaction.mfa.passed && interaction.mfa.remember_browser
}
