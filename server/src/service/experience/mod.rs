//! The Experience API's use cases: what the experience app (ours or a custom one) calls.

mod error;

pub use error::ExperienceError;

use std::net::IpAddr;

use chrono::Utc;
use secrecy::{ExposeSecret, SecretString};

use crate::{
    crypto::token::hash_token,
    domain::auth_request::RedirectError,
    domain::{
        client::Client,
        identifier::{Email, Identifier, IdentifierType},
        interaction::{Interaction, InteractionEvent, NextStep, SignInPolicy, VerificationRecord},
        user::User,
    },
    service::{
        InternalError,
        authorize::{error_redirect, resume_url},
        captcha, consent, lockout, password_reset,
        rate_limit::{self, Limit},
        registration,
    },
    state::AppState,
    storage, telemetry,
};

/// Verifications kept per interaction; older ones are dropped so retries cannot grow it.
const MAX_VERIFICATIONS: usize = 10;

type Result<T, E = ExperienceError> = std::result::Result<T, E>;

fn sign_in_identifier(state: &AppState) -> IdentifierType {
    if state.settings.sign_in.local_by_email {
        IdentifierType::Email
    } else {
        IdentifierType::Username
    }
}

pub fn sign_in_policy(state: &AppState) -> SignInPolicy {
    SignInPolicy {
        local: state.settings.sign_in.local,
        identifier_types: vec![sign_in_identifier(state)],
        registration: check_registration(state).is_ok(),
        invitation_only: invitation_only(state),
        // A new account must be able to sign in: it needs the identifier sign-in asks for. An
        // email is then optional under username sign-in (confirmed by a code when given).
        sign_up_identifiers: vec![sign_in_identifier(state)],
        password_reset: state.settings.password_reset.enabled,
    }
}

/// Registration is open, or possible by invitation.
fn check_registration(state: &AppState) -> Result<()> {
    let r = &state.settings.registration;
    if !r.enabled || (!r.open && !r.invitation) {
        Err(ExperienceError::RegistrationDisabled)
    } else {
        Ok(())
    }
}

/// Only an invitation lets someone register.
pub(crate) fn invitation_only(state: &AppState) -> bool {
    !state.settings.registration.open
}

/// Keeps the newest verifications only, so that retries cannot grow the interaction.
pub(crate) fn trim_verifications(interaction: &mut Interaction) {
    let excess = interaction.verifications.len().saturating_sub(MAX_VERIFICATIONS);
    interaction.verifications.drain(..excess);
}

pub(super) async fn load(state: &AppState, cookie: Option<&str>) -> Result<Interaction> {
    let cookie = cookie.ok_or(ExperienceError::NotFound)?;
    let interaction = storage::interactions::find_live(&state.db, &hash_token(cookie), Utc::now())
        .await?
        .ok_or(ExperienceError::NotFound)?;
    telemetry::record_client(&interaction.request.client_id);
    if let Some(user_id) = &interaction.user_id {
        telemetry::record_user(user_id);
    }
    Ok(interaction)
}

pub(super) async fn save(state: &AppState, interaction: &Interaction) -> Result<()> {
    if storage::interactions::save(&state.db, interaction).await? {
        Ok(())
    } else {
        Err(ExperienceError::NotFound)
    }
}

fn check_event(state: &AppState, event: InteractionEvent) -> Result<()> {
    match event {
        InteractionEvent::SignIn if sign_in_policy(state).local => Ok(()),
        InteractionEvent::SignIn => Err(ExperienceError::SignInMethodDisabled),
        InteractionEvent::Register => check_registration(state),
        InteractionEvent::ForgotPassword if state.settings.password_reset.enabled => Ok(()),
        InteractionEvent::ForgotPassword => Err(ExperienceError::PasswordResetDisabled),
    }
}

/// Registration asks for a solved captcha when `registration.captcha` is on.
async fn check_captcha(state: &AppState, event: InteractionEvent, captcha_token: Option<&str>) -> Result<()> {
    if event == InteractionEvent::Register && state.settings.registration.captcha {
        captcha::redeem(state, captcha_token).await?;
    }
    Ok(())
}

/// `PUT /api/experience`: (re)starts the interaction with an event, forgetting earlier steps.
pub async fn start(
    state: &AppState,
    cookie: Option<&str>,
    event: InteractionEvent,
    captcha_token: Option<&str>,
) -> Result<()> {
    let cookie = cookie.ok_or(ExperienceError::NotFound)?;
    check_event(state, event)?;
    if event == InteractionEvent::Register && state.settings.registration.captcha {
        // A solution is spent only on a live interaction.
        load(state, Some(cookie)).await?;
        check_captcha(state, event, captcha_token).await?;
    }
    if storage::interactions::restart(&state.db, &hash_token(cookie), event, Utc::now()).await? {
        Ok(())
    } else {
        Err(ExperienceError::NotFound)
    }
}

/// `PUT /api/experience/interaction-event`: switches the event, keeping verifications. The
/// user identified for another event is forgotten: a reset code does not sign anyone in.
pub async fn switch_event(
    state: &AppState,
    cookie: Option<&str>,
    event: InteractionEvent,
    captcha_token: Option<&str>,
) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    check_event(state, event)?;
    if interaction.event == Some(event) {
        return Ok(());
    }
    check_captcha(state, event, captcha_token).await?;
    interaction.event = Some(event);
    interaction.user_id = None;
    interaction.submitted_at = None;
    save(state, &interaction).await
}

pub struct InteractionView {
    pub interaction: Interaction,
    pub client: Client,
    pub next_steps: Vec<NextStep>,
}

pub async fn view(state: &AppState, cookie: Option<&str>) -> Result<InteractionView> {
    let interaction = load(state, cookie).await?;
    let client = client_of(state, &interaction).await?;
    let needs_consent = needs_consent(state, &interaction, &client).await?;
    let next_steps = interaction.next_steps(&sign_in_policy(state), needs_consent);
    Ok(InteractionView {
        interaction,
        client,
        next_steps,
    })
}

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
    if !sign_in_policy(state).identifier_types.contains(&kind) {
        return Err(ExperienceError::SignInMethodDisabled);
    }
    if password.expose_secret().len() > state.settings.password_hashing.max_password_bytes {
        tracing::info!(
            reason = "session.invalid_credentials",
            "sign-in failed: the password is too long"
        );
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
            if attempt.admitted(state) {
                tracing::info!(reason = "session.invalid_credentials", "sign-in failed");
            } else {
                tracing::info!(reason = "lockout.locked", "sign-in refused: the identifier is locked");
            }
            lockout::failed(state, &attempt).await?;
            return Err(ExperienceError::InvalidCredentials);
        }
    };
    rate_limit::refund(state, &counted).await?;
    // Said only to whoever gave the right password: it tells nobody else the account exists.
    if user.is_disabled() {
        return Err(ExperienceError::UserDisabled);
    }
    let id = uuid::Uuid::new_v4().to_string();
    interaction.verifications.push(VerificationRecord::Password {
        id: id.clone(),
        identifier_type: kind,
        user_id: user.id,
    });
    trim_verifications(&mut interaction);
    save(state, &interaction).await?;
    Ok(id)
}

async fn find_user(state: &AppState, identifier: &Identifier) -> Result<Option<User>> {
    match identifier {
        Identifier::Username(name) => Ok(storage::users::find_by_username(&state.db, name.normalized()).await?),
        Identifier::Email(email) => account_of(state, email).await,
    }
}

/// The one account an address names, if any: a shared address identifies nobody.
pub(crate) async fn account_of(state: &AppState, email: &Email) -> Result<Option<User>> {
    let mut users = storage::users::find_by_email(&state.db, &email.normalized()).await?;
    Ok(if users.len() == 1 { users.pop() } else { None })
}

/// `POST /api/experience/identification`: what a verification proved becomes the
/// interaction's: the user (sign-in, reset), or the new account's address or contact (register).
pub async fn identify(state: &AppState, cookie: Option<&str>, verification_id: &str) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    let record = interaction
        .verification(verification_id)
        .ok_or(ExperienceError::VerificationNotFound)?
        .clone();
    match (interaction.event, record) {
        (Some(InteractionEvent::SignIn), VerificationRecord::Password { user_id, .. }) => {
            interaction.user_id = Some(user_id);
        }
        (
            Some(InteractionEvent::ForgotPassword),
            VerificationRecord::EmailCode {
                email,
                event: InteractionEvent::ForgotPassword,
                verified: true,
                ..
            },
        ) => {
            let email = Email::parse(&email).map_err(|_| ExperienceError::InvalidEmail)?;
            let user = account_of(state, &email)
                .await?
                .ok_or(ExperienceError::VerificationNotFound)?;
            if user.is_disabled() {
                return Err(ExperienceError::UserDisabled);
            }
            interaction.user_id = Some(user.id);
            interaction.profile.password_hash = None;
        }
        (Some(InteractionEvent::Register), record) if interaction.user_id.is_none() => {
            return registration::identify(state, &mut interaction, record).await;
        }
        _ => return Err(ExperienceError::VerificationNotFound),
    }
    save(state, &interaction).await
}

async fn needs_consent(state: &AppState, interaction: &Interaction, client: &Client) -> Result<bool> {
    if interaction.consented_at.is_some() {
        return Ok(false);
    }
    let Some(user_id) = &interaction.user_id else {
        // A new account has consented to nothing yet.
        return Ok(registration::ready(state, interaction) && !client.first_party);
    };
    Ok(consent::needed(state, client, user_id, &interaction.request).await?)
}

async fn client_of(state: &AppState, interaction: &Interaction) -> Result<Client> {
    storage::clients::find(&state.db, &interaction.request.client_id)
        .await?
        .ok_or(ExperienceError::NotFound)
}

/// `POST /api/experience/consent`: the identified user allows the client the requested scopes.
pub async fn grant_consent(state: &AppState, cookie: Option<&str>) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    if interaction.user_id.is_none() && !registration::ready(state, &interaction) {
        return Err(ExperienceError::NotIdentified);
    }
    interaction.consented_at = Some(Utc::now());
    save(state, &interaction).await
}

/// `POST /api/experience/consent/deny`: ends the interaction; the client hears `access_denied`.
pub async fn deny_consent(state: &AppState, cookie: Option<&str>) -> Result<String> {
    let interaction = load(state, cookie).await?;
    if interaction.user_id.is_none() {
        return Err(ExperienceError::NotIdentified);
    }
    if !storage::interactions::abandon(&state.db, &interaction.id, Utc::now()).await? {
        return Err(ExperienceError::NotFound);
    }
    let error = RedirectError::new("access_denied", "the user denied the request");
    Ok(error_redirect(state, &interaction.request, &error))
}

/// `PUT /api/experience/remember-me`: whether the session this interaction starts outlives the
/// browser (`session.lifetime`, sliding per `session.sliding_expiration`).
pub async fn remember_me(state: &AppState, cookie: Option<&str>, remember: bool) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    if remember && !state.settings.sign_in.remember_me {
        return Err(ExperienceError::RememberMeDisabled);
    }
    interaction.remember_me = remember;
    save(state, &interaction).await
}

/// `POST /api/experience/submit`: returns where the browser goes to finish the authorization.
pub async fn submit(state: &AppState, cookie: Option<&str>) -> Result<String> {
    let mut interaction = load(state, cookie).await?;
    if interaction.event.is_none() {
        return Err(ExperienceError::EventNotSet);
    }
    let registering = interaction.event == Some(InteractionEvent::Register) && interaction.user_id.is_none();
    if interaction.user_id.is_none() && !registering {
        return Err(ExperienceError::NotIdentified);
    }
    let client = client_of(state, &interaction).await?;
    if needs_consent(state, &interaction, &client).await? {
        return Err(ExperienceError::ConsentRequired);
    }
    if registering {
        registration::create_account(state, &mut interaction).await?;
        return Ok(resume_url(state));
    }
    if interaction.event == Some(InteractionEvent::ForgotPassword) {
        password_reset::complete(state, &mut interaction).await?;
        return Ok(resume_url(state));
    }
    interaction.submitted_at = Some(Utc::now());
    save(state, &interaction).await?;
    Ok(resume_url(state))
}
