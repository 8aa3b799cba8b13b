//! The Experience API's use cases: what the experience app (ours or a custom one) calls.

use chrono::Utc;
use secrecy::{ExposeSecret, SecretString};

use crate::{
    crypto::token::hash_token,
    domain::auth_request::RedirectError,
    domain::{
        client::Client,
        identifier::{Identifier, IdentifierType},
        interaction::{Interaction, InteractionEvent, NextStep, SignInPolicy, VerificationRecord},
        user::User,
    },
    service::{
        InternalError,
        authorize::{error_redirect, resume_url},
        consent, lockout, registration,
    },
    state::AppState,
    storage::{self, StorageError},
};

/// Verifications kept per interaction; older ones are dropped so retries cannot grow it.
const MAX_VERIFICATIONS: usize = 10;

#[derive(Debug, thiserror::Error)]
pub enum ExperienceError {
    #[error("no sign-in is in progress in this browser, or it has expired")]
    NotFound,
    #[error("start the interaction with PUT /api/experience first")]
    EventNotSet,
    #[error("this kind of interaction is not available")]
    EventNotSupported,
    #[error("this sign-in method is not enabled")]
    SignInMethodDisabled,
    #[error("the identifier or the password is wrong")]
    InvalidCredentials,
    #[error("no such verification in this interaction")]
    VerificationNotFound,
    #[error("identify the user before submitting")]
    NotIdentified,
    #[error("the user must allow or deny the application's access first")]
    ConsentRequired,
    #[error("no application has this id")]
    ApplicationNotFound,
    #[error("\"remember me\" is turned off on this server")]
    RememberMeDisabled,
    #[error("registration is turned off on this server")]
    RegistrationDisabled,
    #[error("this server registers people by invitation only")]
    RegistrationInvitationOnly,
    #[error(transparent)]
    InvalidUsername(crate::domain::identifier::IdentifierError),
    #[error("the username is taken")]
    UsernameTaken,
    #[error("the password breaks the password policy")]
    WeakPassword(Vec<crate::domain::password_policy::PasswordRule>),
    #[error("give a username and a password before submitting")]
    ProfileIncomplete,
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl From<StorageError> for ExperienceError {
    fn from(e: StorageError) -> Self {
        Self::Internal(e.into())
    }
}

type Result<T, E = ExperienceError> = std::result::Result<T, E>;

pub fn sign_in_policy(state: &AppState) -> SignInPolicy {
    let s = &state.settings.sign_in;
    SignInPolicy {
        local: s.local,
        identifier_types: vec![if s.local_by_email {
            IdentifierType::Email
        } else {
            IdentifierType::Username
        }],
        registration: check_registration(state).is_ok(),
    }
}

/// Open registration by username and password. Invitations and the captcha are not built yet:
/// a deployment that asks for them gets no registration rather than one without them.
fn check_registration(state: &AppState) -> Result<()> {
    let r = &state.settings.registration;
    if !r.enabled || r.captcha {
        Err(ExperienceError::RegistrationDisabled)
    } else if !r.open {
        Err(ExperienceError::RegistrationInvitationOnly)
    } else {
        Ok(())
    }
}

pub(super) async fn load(state: &AppState, cookie: Option<&str>) -> Result<Interaction> {
    let cookie = cookie.ok_or(ExperienceError::NotFound)?;
    storage::interactions::find_live(&state.db, &hash_token(cookie), Utc::now())
        .await?
        .ok_or(ExperienceError::NotFound)
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
        InteractionEvent::ForgotPassword => Err(ExperienceError::EventNotSupported),
    }
}

/// `PUT /api/experience`: (re)starts the interaction with an event, forgetting earlier steps.
pub async fn start(state: &AppState, cookie: Option<&str>, event: InteractionEvent) -> Result<()> {
    let cookie = cookie.ok_or(ExperienceError::NotFound)?;
    check_event(state, event)?;
    if storage::interactions::restart(&state.db, &hash_token(cookie), event, Utc::now()).await? {
        Ok(())
    } else {
        Err(ExperienceError::NotFound)
    }
}

/// `PUT /api/experience/interaction-event`: switches the event, keeping verifications.
pub async fn switch_event(state: &AppState, cookie: Option<&str>, event: InteractionEvent) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    check_event(state, event)?;
    interaction.event = Some(event);
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
/// same error after the same argon2 work, so nothing tells them apart.
pub async fn verify_password(
    state: &AppState,
    cookie: Option<&str>,
    kind: IdentifierType,
    value: &str,
    password: &SecretString,
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
        return Err(ExperienceError::InvalidCredentials);
    }
    let attempt = lockout::begin(state, kind, value).await?;
    let user = match Identifier::parse(kind, value) {
        Ok(identifier) => find_user(state, &identifier).await?,
        Err(_) => None,
    };
    let stored = user.as_ref().and_then(|u| u.password_hash.as_deref());
    // Verified even when locked, so that a lock costs the time a wrong password costs.
    let matches = state
        .hasher
        .verify(stored, password)
        .await
        .map_err(InternalError::from)?;
    let Some(user) = user.filter(|_| matches && !attempt.locked()) else {
        // The identifier is not logged: it may be a mistyped password.
        tracing::info!(client_id = %interaction.request.client_id, "password verification failed");
        lockout::failed(state, &attempt).await?;
        return Err(ExperienceError::InvalidCredentials);
    };
    lockout::succeeded(state, &attempt).await?;
    let id = uuid::Uuid::new_v4().to_string();
    interaction.verifications.push(VerificationRecord::Password {
        id: id.clone(),
        identifier_type: kind,
        user_id: user.id,
    });
    let excess = interaction.verifications.len().saturating_sub(MAX_VERIFICATIONS);
    interaction.verifications.drain(..excess);
    save(state, &interaction).await?;
    Ok(id)
}

async fn find_user(state: &AppState, identifier: &Identifier) -> Result<Option<User>> {
    Ok(match identifier {
        Identifier::Username(name) => storage::users::find_by_username(&state.db, &name.normalized()).await?,
        Identifier::Email(email) => {
            let mut users = storage::users::find_by_email(&state.db, &email.normalized()).await?;
            // A shared address identifies nobody.
            if users.len() == 1 { users.pop() } else { None }
        }
    })
}

/// `POST /api/experience/identification`: the user proved by a verification becomes the
/// interaction's user.
pub async fn identify(state: &AppState, cookie: Option<&str>, verification_id: &str) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    let user_id = interaction
        .verification(verification_id)
        .ok_or(ExperienceError::VerificationNotFound)?
        .user_id()
        .to_owned();
    interaction.user_id = Some(user_id);
    save(state, &interaction).await
}

async fn needs_consent(state: &AppState, interaction: &Interaction, client: &Client) -> Result<bool> {
    if interaction.consented_at.is_some() {
        return Ok(false);
    }
    let Some(user_id) = &interaction.user_id else {
        // A new account has consented to nothing yet.
        return Ok(registration::ready(interaction) && !client.first_party);
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
    if interaction.user_id.is_none() && !registration::ready(&interaction) {
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
    interaction.submitted_at = Some(Utc::now());
    save(state, &interaction).await?;
    Ok(resume_url(state))
}
