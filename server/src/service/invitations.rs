//! Invitations (`registration.invitation`): an administrator invites a contact by email; the
//! single-use code in the link lets them register, and the account takes the contact's id,
//! address (confirmed) and name.

use std::net::IpAddr;

use chrono::{DateTime, Duration, SubsecRound, Utc};

use crate::{
    crypto::token::{hash_token, random_token},
    domain::{
        identifier::Email,
        interaction::{InteractionEvent, VerificationRecord},
    },
    email::{Lang, templates},
    service::{
        InternalError,
        experience::{
            ExperienceError,
            store::{load, save, trim_verifications},
        },
        rate_limit::{self, Limit},
    },
    state::AppState,
    storage::{
        self, StorageError,
        invitations::{Invitation, Status},
        page::Position,
    },
};

#[derive(Debug, thiserror::Error)]
pub enum InvitationError {
    #[error("`{0}` is not an email address")]
    InvalidEmail(String),
    #[error("this address already has an account")]
    EmailTaken,
    #[error("no invitation has this id")]
    NotFound,
    #[error("the invitation was used, revoked or has expired")]
    NotPending,
    #[error("no client has the id `{0}`")]
    UnknownClient(String),
    #[error(
        "client `{0}` has no initiate_login_uri, so its invitation links would work only after a sign-in started there"
    )]
    ClientCannotInitiateLogin(String),
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl InvitationError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidEmail(_) => "user.invalid_email",
            Self::EmailTaken => "user.email_taken",
            Self::NotFound => "invitation.not_found",
            Self::NotPending => "invitation.not_pending",
            Self::UnknownClient(_) => "client.not_found",
            Self::ClientCannotInitiateLogin(_) => "client.no_initiate_login_uri",
            Self::Internal(_) => "internal.server_error",
        }
    }
}

impl From<StorageError> for InvitationError {
    fn from(e: StorageError) -> Self {
        Self::Internal(e.into())
    }
}

/// How long an invitation stays valid when nobody says (`gatehouse invitation create`'s
/// `--expires 7d` too).
pub fn default_lifetime() -> Duration {
    Duration::days(7)
}

pub struct NewInvitation {
    pub email: String,
    pub name: Option<String>,
    pub lifetime: Duration,
    pub locale: Option<String>,
    pub client_id: Option<String>,
}

pub struct CreatedInvitation {
    pub invitation: Invitation,
    pub code: String,
    pub link: String,
    /// Why the invitation email could not be sent, if it could not.
    pub email_error: Option<String>,
}

/// Creates the pending contact and its code, and sends the invitation. A new invitation for an
/// address replaces the pending one and keeps its contact.
pub async fn create(state: &AppState, input: NewInvitation) -> Result<CreatedInvitation, InvitationError> {
    let email = Email::parse(&input.email).map_err(|_| InvitationError::InvalidEmail(input.email.clone()))?;
    if let Some(id) = &input.client_id {
        let client = storage::clients::find(&state.db, id)
            .await?
            .ok_or_else(|| InvitationError::UnknownClient(id.clone()))?;
        if client.initiate_login_uri.is_none() {
            return Err(InvitationError::ClientCannotInitiateLogin(id.clone()));
        }
    }
    // Microseconds, as every database keeps them: the answer shows what is stored.
    let now = Utc::now().trunc_subsecs(6);
    let tx = storage::begin(&state.db).await?;
    if state.settings.email.require_unique
        && !storage::users::find_by_email(&tx, &email.normalized())
            .await?
            .is_empty()
    {
        return Err(InvitationError::EmailTaken);
    }
    let pending = storage::invitations::find_pending_by_email(&tx, &email.normalized(), now).await?;
    for old in &pending {
        storage::invitations::revoke(&tx, &old.id, now).await?;
    }
    let code = random_token();
    let invitation = Invitation {
        id: uuid::Uuid::now_v7().to_string(),
        user_id: pending
            .first()
            .map_or_else(|| uuid::Uuid::now_v7().to_string(), |old| old.user_id.clone()),
        email: email.as_str().to_owned(),
        email_normalized: email.normalized(),
        name: input.name,
        locale: input.locale,
        created_at: now,
        expires_at: now + input.lifetime,
        revoked_at: None,
        used_at: None,
        client_id: input.client_id,
    };
    storage::invitations::insert(&tx, &invitation, &hash_token(&code)).await?;
    storage::commit(tx).await?;
    Ok(send(state, invitation, code).await)
}

/// Emails the invitation's link; the code goes nowhere else but to the caller.
async fn send(state: &AppState, invitation: Invitation, code: String) -> CreatedInvitation {
    let link = invitation_link(state, &code);
    let lang = Lang::pick_from_lists([invitation.locale.as_deref()]);
    let expires = invitation.expires_at.format("%Y-%m-%d %H:%M UTC").to_string();
    let mail = templates::invitation(lang, invitation.name.as_deref(), &link, &expires);
    let email_error = state
        .mailer
        .send(&invitation.email, &mail)
        .await
        .err()
        .map(|e| e.to_string());
    CreatedInvitation {
        invitation,
        code,
        link,
        email_error,
    }
}

/// A pending invitation gets a new code, emailed again; the old link stops working. The
/// expiry stays: a new invitation for the address gives a new one.
pub async fn resend(state: &AppState, id: &str) -> Result<CreatedInvitation, InvitationError> {
    let invitation = storage::invitations::find(&state.db, id)
        .await?
        .ok_or(InvitationError::NotFound)?;
    let code = random_token();
    if !storage::invitations::replace_code(&state.db, id, &hash_token(&code), Utc::now()).await? {
        return Err(InvitationError::NotPending);
    }
    Ok(send(state, invitation, code).await)
}

/// Up to `limit` invitations after `after`, oldest first, of one status when asked.
pub async fn page(
    state: &AppState,
    status: Option<Status>,
    after: Option<&Position>,
    limit: u64,
) -> Result<Vec<Invitation>, InvitationError> {
    Ok(storage::invitations::page(&state.db, status, after, limit, Utc::now()).await?)
}

pub async fn list(state: &AppState) -> Result<Vec<Invitation>, InvitationError> {
    Ok(storage::invitations::list(&state.db).await?)
}

pub async fn revoke(state: &AppState, id: &str) -> Result<(), InvitationError> {
    if storage::invitations::revoke(&state.db, id, Utc::now()).await? {
        return Ok(());
    }
    match storage::invitations::find(&state.db, id).await? {
        None => Err(InvitationError::NotFound),
        Some(_) => Err(InvitationError::NotPending),
    }
}

/// Why an invitation cannot be used now, if it cannot.
pub fn unusable(invitation: &Invitation, now: DateTime<Utc>) -> Option<ExperienceError> {
    if invitation.used_at.is_some() {
        Some(ExperienceError::InvitationUsed)
    } else if invitation.revoked_at.is_some() {
        Some(ExperienceError::InvitationRevoked)
    } else if invitation.expires_at <= now {
        Some(ExperienceError::InvitationExpired)
    } else {
        None
    }
}

/// Whether the application's policy (the global settings when `None`) lets people register.
async fn check_registration(state: &AppState, client_id: Option<&str>) -> Result<(), ExperienceError> {
    let policy = crate::service::app_policy::effective(state, client_id).await?;
    if policy.registration == crate::domain::app_policy::RegistrationMode::Off {
        return Err(ExperienceError::RegistrationDisabled);
    }
    Ok(())
}

/// The live invitation a code stands for, once invitations are on, the application lets
/// people register and the client's IP is under its limit: guessing codes is as slow as the
/// limit makes it. The application is the one the sign-in started from (`client_id`), else,
/// for a link opened with no sign-in under way, the invitation's own.
async fn usable_invitation(
    state: &AppState,
    code: &str,
    client_ip: Option<IpAddr>,
    client_id: Option<&str>,
) -> Result<Invitation, ExperienceError> {
    if let Some(client_id) = client_id {
        check_registration(state, Some(client_id)).await?;
    }
    if !state.settings.registration.invitation {
        return Err(ExperienceError::InvitationDisabled);
    }
    let limit = Limit::from_setting("invitation_ip", &state.settings.rate_limits.invitation_per_ip);
    rate_limit::hit(state, &[(limit, rate_limit::ip_subject(client_ip))]).await?;
    let invitation = storage::invitations::find_by_code_hash(&state.db, &hash_token(code.trim()))
        .await?
        .ok_or(ExperienceError::InvitationNotFound)?;
    if let Some(error) = unusable(&invitation, Utc::now()) {
        return Err(error);
    }
    if client_id.is_none() {
        check_registration(state, invitation.client_id.as_deref()).await?;
    }
    Ok(invitation)
}

/// `POST /api/experience/verification/invitation`: a live code becomes a verification that
/// identification turns into the registration's contact.
pub async fn redeem(
    state: &AppState,
    cookie: Option<&str>,
    code: &str,
    client_ip: Option<IpAddr>,
) -> Result<String, ExperienceError> {
    let mut interaction = load(state, cookie).await?;
    match interaction.event {
        None => return Err(ExperienceError::EventNotSet),
        Some(InteractionEvent::Register) if interaction.user_id.is_none() => {}
        Some(_) => return Err(ExperienceError::EventNotSupported),
    }
    let client_id = interaction.request.client_id.clone();
    let invitation = usable_invitation(state, code, client_ip, Some(&client_id)).await?;
    let id = uuid::Uuid::new_v4().to_string();
    interaction.verifications.push(VerificationRecord::Invitation {
        id: id.clone(),
        invitation_id: invitation.id,
        user_id: invitation.user_id,
        email: invitation.email,
        name: invitation.name,
    });
    trim_verifications(&mut interaction);
    save(state, &interaction).await?;
    Ok(id)
}

/// `POST /api/experience/invitation/login-initiation`: for a link opened with no sign-in under
/// way, where to send the browser so that the invitation's application starts one (its
/// `initiate_login_uri`, with `iss`). The invitation is not used up: the registration that
/// follows redeems it.
pub async fn login_initiation(
    state: &AppState,
    code: &str,
    client_ip: Option<IpAddr>,
) -> Result<String, ExperienceError> {
    let invitation = usable_invitation(state, code, client_ip, None).await?;
    let Some(client_id) = invitation.client_id else {
        return Err(ExperienceError::InvitationNoApplication);
    };
    storage::clients::find(&state.db, &client_id)
        .await?
        .and_then(|client| client.login_initiation_url(&state.issuer()))
        .ok_or(ExperienceError::InvitationNoApplication)
}

/// The invitation's link: built from the configuration only, never from a request.
fn invitation_link(state: &AppState, code: &str) -> String {
    let base = &state.settings.experience.invitation_url;
    let base = if base.starts_with('/') {
        format!("{}{base}", state.settings.public_url.trim_end_matches('/'))
    } else {
        base.clone()
    };
    let mut url = url::Url::parse(&base).expect("experience.invitation_url is validated at start-up");
    url.query_pairs_mut().append_pair("invitation", code);
    url.into()
}
