//! Registration (`interactionEvent: "Register"`): by username and password, by an email proved
//! by a code, or by invitation. The profile is collected on the interaction, checked as it
//! comes, and the account is written only at submit, in one transaction with the interaction
//! that then signs it in (and with the invitation it uses up).

use std::net::IpAddr;

use chrono::Utc;
use secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use crate::{
    crypto::token::random_token,
    domain::{
        identifier::{Email, Username},
        interaction::{Interaction, InteractionEvent, InvitedContact, VerificationRecord},
        password_policy::PasswordRule,
    },
    service::{
        InternalError,
        app_policy::EffectivePolicy,
        audit::{self, AuditEvent, AuditKind},
        experience::{
            ExperienceError,
            policy::{check_new_email, invitation_only, sign_in_policy},
            store::{load, policy_of, save},
        },
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
pub fn ready(policy: &EffectivePolicy, interaction: &Interaction) -> bool {
    interaction.event == Some(InteractionEvent::Register)
        && interaction
            .profile
            .missing(sign_in_policy(policy).sign_up_identifier())
            .is_empty()
}

fn username(state: &AppState, raw: &str) -> Result<Username> {
    let name = Username::parse(raw).map_err(ExperienceError::InvalidUsername)?;
    if state.settings.username.alphanumeric_only {
        return name.require_alphanumeric().map_err(ExperienceError::InvalidUsername);
    }
    Ok(name)
}

fn check_invited(policy: &EffectivePolicy, interaction: &Interaction) -> Result<()> {
    if invitation_only(policy) && interaction.profile.invitation.is_none() {
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

/// The registration's password, given earlier, must not contain `identifier` either: the
/// change that would break the policy is refused, and nothing given is forgotten.
fn check_password_against(state: &AppState, interaction: &Interaction, identifier: &str) -> Result<()> {
    let Some(sealed) = &interaction.profile.password_sealed else {
        return Ok(());
    };
    let password = state
        .keks
        .open(sealed, &password_row(interaction))
        .map_err(InternalError::from)?;
    let password = String::from_utf8_lossy(&password);
    let broken = password_policy(state).check(&password, &[identifier]);
    if broken.contains(&PasswordRule::ContainsIdentifier) {
        return Err(ExperienceError::IdentifierInPassword);
    }
    Ok(())
}

/// What a sealed password is bound to: this interaction, so that it opens nowhere else.
fn password_row(interaction: &Interaction) -> String {
    format!("interactions.profile.password:{}", interaction.id)
}

/// `POST /api/experience/profile`. Every field given is kept: a username or an address that
/// the password given before it contains is refused instead (`session.identifier_in_password`).
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
    let policy = policy_of(state, &interaction).await?;
    check_invited(&policy, &interaction)?;
    match value {
        ProfileValue::Username(raw) => {
            let name = username(state, &raw)?;
            // Each username tried tells whether it is taken: limited, so that the accounts
            // cannot be listed.
            let tries = Limit::from_setting("profile_username_ip", &state.settings.rate_limits.username_tries_per_ip);
            rate_limit::hit(state, &[(tries, rate_limit::ip_subject(client_ip))]).await?;
            if storage::users::username_taken(&state.db, name.normalized(), &name.skeleton()).await? {
                return Err(ExperienceError::UsernameTaken);
            }
            check_password_against(state, &interaction, name.as_str())?;
            interaction.profile.username = Some(name.as_str().to_owned());
        }
        ProfileValue::Password(password) => {
            let p = &interaction.profile;
            let identifiers: Vec<&str> = [p.username.as_deref(), p.email.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            let policy = password_policy(state);
            let rules = policy.check(password.expose_secret(), &identifiers);
            if !rules.is_empty() {
                return Err(ExperienceError::WeakPassword { rules, policy });
            }
            let hash = state.hasher.hash(&password).await.map_err(InternalError::from)?;
            interaction.profile.password_hash = Some(hash);
            let sealed = state
                .keks
                .seal(password.expose_secret().as_bytes(), &password_row(&interaction));
            interaction.profile.password_sealed = Some(sealed);
            interaction.profile.refused_by_password.clear();
        }
        ProfileValue::Email { verification_id } => {
            let record = interaction
                .verification(&verification_id)
                .ok_or(ExperienceError::VerificationNotFound)?
                .clone();
            return identify(state, &policy, &mut interaction, record).await;
        }
    }
    save(state, &interaction).await
}

/// Identification in a registration, saved. A verification refused because the password
/// contains what it proves is remembered as such, so that `nextSteps` stops offering it.
pub(super) async fn identify(
    state: &AppState,
    policy: &EffectivePolicy,
    interaction: &mut Interaction,
    record: VerificationRecord,
) -> Result<()> {
    match apply_identification(state, policy, interaction, &record).await {
        Err(ExperienceError::IdentifierInPassword) => {
            let refused = &mut interaction.profile.refused_by_password;
            if !refused.iter().any(|id| id == record.id()) {
                refused.push(record.id().to_owned());
            }
            save(state, interaction).await?;
            Err(ExperienceError::IdentifierInPassword)
        }
        Err(e) => Err(e),
        Ok(()) => save(state, interaction).await,
    }
}

/// Identification in a registration: a verified code gives the account its address, an
/// invitation its contact. The verification is used up.
async fn apply_identification(
    state: &AppState,
    policy: &EffectivePolicy,
    interaction: &mut Interaction,
    record: &VerificationRecord,
) -> Result<()> {
    match record {
        VerificationRecord::EmailCode {
            email,
            event: InteractionEvent::Register,
            verified: true,
            ..
        } => {
            check_invited(policy, interaction)?;
            let email = Email::parse(email).map_err(|_| ExperienceError::InvalidEmail)?;
            check_new_email(policy, Some(email.as_str()))?;
            // The invited contact keeps the address it was invited at: proving it again is
            // harmless, proving another is refused.
            if interaction.profile.invitation.is_some() {
                if !same_address(interaction.profile.email.as_deref(), &email) {
                    return Err(ExperienceError::InvitationEmailMismatch);
                }
            } else {
                // Only the mailbox's owner got the code, so saying it is taken reveals nothing new.
                if email_taken(state, &state.db, &email).await? {
                    return Err(ExperienceError::EmailTaken);
                }
                check_password_against(state, interaction, email.as_str())?;
                interaction.profile.email = Some(email.as_str().to_owned());
            }
        }
        VerificationRecord::Invitation {
            invitation_id,
            user_id,
            email,
            name,
            ..
        } => {
            // An address proved by a code before the invitation came must be the invited one.
            if let Some(given) = &interaction.profile.email
                && let Ok(invited) = Email::parse(email)
                && !same_address(Some(given), &invited)
            {
                return Err(ExperienceError::InvitationEmailMismatch);
            }
            check_new_email(policy, Some(email))?;
            check_password_against(state, interaction, email)?;
            interaction.profile.invitation = Some(InvitedContact {
                invitation_id: invitation_id.clone(),
                user_id: user_id.clone(),
            });
            interaction.profile.email = Some(email.clone());
            if name.is_some() {
                interaction.profile.name = name.clone();
            }
        }
        VerificationRecord::Social { identity, user_id, .. } => {
            check_invited(policy, interaction)?;
            if user_id.is_some() {
                return Err(ExperienceError::IdentityAlreadyLinked);
            }
            // Only an address the provider verified, and no account has, is copied; an
            // invitee keeps the address they were invited at.
            if interaction.profile.email.is_none()
                && let Some(email) = identity.verified_email().and_then(|e| Email::parse(e).ok())
                && !email_taken(state, &state.db, &email).await?
                && check_password_against(state, interaction, email.as_str()).is_ok()
            {
                interaction.profile.email = Some(email.as_str().to_owned());
            }
            if interaction.profile.name.is_none() {
                interaction.profile.name = identity.name.clone();
            }
            interaction.profile.external = Some(identity.clone());
        }
        _ => return Err(ExperienceError::VerificationNotFound),
    }
    interaction.verifications.retain(|v| v.id() != record.id());
    Ok(())
}

fn same_address(given: Option<&str>, email: &Email) -> bool {
    given
        .and_then(|g| Email::parse(g).ok())
        .is_some_and(|g| g.normalized() == email.normalized())
}

/// Submit of a registration: writes the user, uses up the invitation and marks the interaction
/// submitted, together.
pub(super) async fn create_account(
    state: &AppState,
    policy: &EffectivePolicy,
    interaction: &mut Interaction,
) -> Result<()> {
    check_invited(policy, interaction)?;
    let profile = interaction.profile.clone();
    if !ready(policy, interaction) {
        return Err(ExperienceError::ProfileIncomplete);
    }
    // An address was checked when it was proved; this also refuses an account without one
    // when the application lists the domains it allows.
    check_new_email(policy, profile.email.as_deref())?;
    // An account made with an external identity may have no password.
    if profile.password_hash.is_none() && profile.external.is_none() {
        return Err(ExperienceError::ProfileIncomplete);
    }
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
        && storage::users::username_taken(&tx, name.normalized(), &name.skeleton()).await?
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
            username_normalized: name.as_ref().map(|n| n.normalized().to_owned()),
            username_skeleton: name.as_ref().map(Username::skeleton),
            // Proved by a code, by the invitation sent to it, or by the provider.
            email_verified: email.is_some(),
            email_normalized: email.as_ref().map(Email::normalized),
            email: email.map(|e| e.as_str().to_owned()),
            name: profile.name,
            password_hash: profile.password_hash,
            security_stamp: random_token(),
        },
    )
    .await?
    .ok_or(ExperienceError::UsernameTaken)?;
    if let Some(identity) = &profile.external {
        let new = storage::identities::NewIdentity {
            user_id: &user.id,
            connector_id: &identity.connector_id,
            subject: &identity.subject,
            email: identity.verified_email(),
            name: identity.name.as_deref(),
        };
        // Someone registered with this identity meanwhile.
        if !storage::identities::insert(&tx, new, now).await? {
            return Err(ExperienceError::IdentityAlreadyLinked);
        }
    }
    interaction.user_id = Some(user.id.clone());
    if !super::mfa::require_enrolment(policy, interaction) {
        interaction.submitted_at = Some(now);
    }
    interaction.profile.password_hash = None;
    interaction.profile.password_sealed = None;
    if !storage::interactions::save(&tx, interaction).await? {
        return Err(ExperienceError::NotFound);
    }
    let connector = profile.external.as_ref().map(|i| i.connector_id.as_str());
    let details = json!({
        "method": if connector.is_some() { "social" } else { "password" },
        "connector": connector,
        "invitation": profile.invitation.is_some(),
    });
    let event = AuditEvent::new(AuditKind::Registration)
        .user(&user.id)
        .client(&interaction.request.client_id)
        .details(details);
    audit::record(&tx, event).await?;
    storage::commit(tx).await?;
    state.metrics.audit_event("registration");
    tracing::info!(user_id = %user.id, client_id = %interaction.request.client_id, "registered");
    Ok(())
}
