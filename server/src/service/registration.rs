//! Registration (`interactionEvent: "Register"`): by username and password, by an email proved
//! by a code, or by invitation. The profile is collected on the interaction, checked as it
//! comes, and the account is written only at submit, in one transaction with the interaction
//! that then signs it in (and with the invitation it uses up).

use std::net::IpAddr;

use chrono::{Duration, Utc};
use secrecy::{ExposeSecret, SecretString};

use crate::{
    crypto::token::random_token,
    domain::{
        identifier::{Email, Username},
        interaction::{Interaction, InteractionEvent, InvitedContact, VerificationRecord},
    },
    service::{
        InternalError,
        experience::{ExperienceError, invitation_only, load, save, sign_in_policy},
        invitations,
        rate_limit::{self, Limit},
        users::password_policy,
    },
    state::AppState,
    storage::{self, users::NewUser},
};

type Result<T, E = ExperienceError> = std::result::Result<T, E>;

/// One field of `POST /api/experience/profile`.
pub enum ProfileValue {
    Username(String),
    Password(SecretString),
    /// An address proved by a verified code of this interaction.
    Email {
        verification_id: String,
    },
}

/// Whether a registration has everything it needs to create the account.
pub fn ready(state: &AppState, interaction: &Interaction) -> bool {
    interaction.event == Some(InteractionEvent::Register)
        && interaction
            .profile
            .missing(sign_in_policy(state).sign_up_identifier())
            .is_empty()
}

fn username(state: &AppState, raw: &str) -> Result<Username> {
    let name = Username::parse(raw).map_err(ExperienceError::InvalidUsername)?;
    if state.settings.username.alphanumeric_only {
        return name.require_alphanumeric().map_err(ExperienceError::InvalidUsername);
    }
    Ok(name)
}

fn check_invited(state: &AppState, interaction: &Interaction) -> Result<()> {
    if invitation_only(state) && interaction.profile.invitation.is_none() {
        return Err(ExperienceError::RegistrationInvitationOnly);
    }
    Ok(())
}

async fn email_taken(state: &AppState, conn: &impl storage::Conn, email: &Email) -> Result<bool> {
    Ok(state.settings.email.require_unique
        && !storage::users::find_by_email(conn, &email.normalized())
            .await?
            .is_empty())
}

/// Each username tried tells whether it is taken: enough for someone choosing one, too few to
/// list the accounts.
const USERNAME_TRIES: Limit = Limit {
    name: "profile_username_ip",
    window: Duration::minutes(15),
    max: 60,
};

/// `POST /api/experience/profile`. A new username forgets a password given before it, which
/// was checked against the old name.
pub async fn set_profile(
    state: &AppState,
    cookie: Option<&str>,
    value: ProfileValue,
    client_ip: Option<IpAddr>,
) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    match interaction.event {
        None => return Err(ExperienceError::EventNotSet),
        Some(InteractionEvent::Register) if interaction.user_id.is_none() => {}
        Some(_) => return Err(ExperienceError::EventNotSupported),
    }
    check_invited(state, &interaction)?;
    match value {
        ProfileValue::Username(raw) => {
            let name = username(state, &raw)?;
            rate_limit::hit(state, &[(USERNAME_TRIES, rate_limit::ip_subject(client_ip))]).await?;
            if storage::users::find_by_username(&state.db, &name.normalized())
                .await?
                .is_some()
            {
                return Err(ExperienceError::UsernameTaken);
            }
            interaction.profile.username = Some(name.as_str().to_owned());
            interaction.profile.password_hash = None;
        }
        ProfileValue::Password(password) => {
            let p = &interaction.profile;
            let identifiers: Vec<&str> = [p.username.as_deref(), p.email.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            let broken = password_policy(state).check(password.expose_secret(), &identifiers);
            if !broken.is_empty() {
                return Err(ExperienceError::WeakPassword(broken));
            }
            let hash = state.hasher.hash(&password).await.map_err(InternalError::from)?;
            interaction.profile.password_hash = Some(hash);
        }
        ProfileValue::Email { verification_id } => {
            let record = interaction
                .verification(&verification_id)
                .ok_or(ExperienceError::VerificationNotFound)?
                .clone();
            identify(state, &mut interaction, record).await?;
        }
    }
    save(state, &interaction).await
}

/// Identification in a registration: a verified code gives the account its address, an
/// invitation its contact. The verification is used up.
pub(super) async fn identify(
    state: &AppState,
    interaction: &mut Interaction,
    record: VerificationRecord,
) -> Result<()> {
    match &record {
        VerificationRecord::EmailCode {
            email,
            event: InteractionEvent::Register,
            verified: true,
            ..
        } => {
            check_invited(state, interaction)?;
            if interaction.profile.invitation.is_some() {
                // The invited contact keeps the address it was invited at.
                return Err(ExperienceError::VerificationNotFound);
            }
            let email = Email::parse(email).map_err(|_| ExperienceError::InvalidEmail)?;
            // Only the mailbox's owner got the code, so saying it is taken reveals nothing new.
            if email_taken(state, &state.db, &email).await? {
                return Err(ExperienceError::EmailTaken);
            }
            interaction.profile.email = Some(email.as_str().to_owned());
            interaction.profile.password_hash = None;
        }
        VerificationRecord::Invitation {
            invitation_id,
            user_id,
            email,
            name,
            ..
        } => {
            interaction.profile.invitation = Some(InvitedContact {
                invitation_id: invitation_id.clone(),
                user_id: user_id.clone(),
            });
            interaction.profile.email = Some(email.clone());
            interaction.profile.name = name.clone();
            interaction.profile.password_hash = None;
        }
        _ => return Err(ExperienceError::VerificationNotFound),
    }
    interaction.verifications.retain(|v| v.id() != record.id());
    Ok(())
}

/// Submit of a registration: writes the user, uses up the invitation and marks the interaction
/// submitted, together.
pub(super) async fn create_account(state: &AppState, interaction: &mut Interaction) -> Result<()> {
    check_invited(state, interaction)?;
    let profile = interaction.profile.clone();
    if !ready(state, interaction) {
        return Err(ExperienceError::ProfileIncomplete);
    }
    let Some(hash) = profile.password_hash else {
        return Err(ExperienceError::ProfileIncomplete);
    };
    let name = profile.username.as_deref().map(|n| username(state, n)).transpose()?;
    let email = profile
        .email
        .as_deref()
        .map(Email::parse)
        .transpose()
        .map_err(|_| ExperienceError::InvalidEmail)?;
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    // Checked again: someone may have taken them since the profile step.
    if let Some(name) = &name
        && storage::users::find_by_username(&tx, &name.normalized())
            .await?
            .is_some()
    {
        return Err(ExperienceError::UsernameTaken);
    }
    if let Some(email) = &email
        && email_taken(state, &tx, email).await?
    {
        return Err(ExperienceError::EmailTaken);
    }
    if let Some(contact) = &profile.invitation
        && !storage::invitations::consume(&tx, &contact.invitation_id, now).await?
    {
        let invitation = storage::invitations::find(&tx, &contact.invitation_id).await?;
        return Err(invitation
            .and_then(|i| invitations::unusable(&i, now))
            .unwrap_or(ExperienceError::InvitationNotFound));
    }
    let user = storage::users::insert(
        &tx,
        NewUser {
            id: profile.invitation.as_ref().map(|c| c.user_id.clone()),
            username: name.as_ref().map(|n| n.as_str().to_owned()),
            username_normalized: name.as_ref().map(Username::normalized),
            // Proved by a code or by the invitation sent to it.
            email_verified: email.is_some(),
            email_normalized: email.as_ref().map(Email::normalized),
            email: email.map(|e| e.as_str().to_owned()),
            name: profile.name,
            password_hash: Some(hash),
            security_stamp: random_token(),
        },
    )
    .await?;
    interaction.user_id = Some(user.id.clone());
    interaction.submitted_at = Some(now);
    interaction.profile.password_hash = None;
    if !storage::interactions::save(&tx, interaction).await? {
        return Err(ExperienceError::NotFound);
    }
    storage::commit(tx).await?;
    tracing::info!(user_id = %user.id, client_id = %interaction.request.client_id, "registered");
    Ok(())
}
