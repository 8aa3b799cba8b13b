//! Identification: what a verification proved becomes the interaction's.

use std::net::IpAddr;

use super::{
    ExperienceError, Result, mfa,
    password::account_of,
    policy::{check_account_email, check_ip},
    registration, social,
    store::{load, policy_of, save},
};
use crate::{
    domain::{
        identifier::{Email, IdentifierType},
        interaction::{InteractionEvent, VerificationRecord},
        lockout::lockout_key,
    },
    state::AppState,
    storage,
};

/// `POST /api/experience/identification`: what a verification proved becomes the
/// interaction's: the user (sign-in, reset), or the new account's address or contact (register).
///
/// A user with two-factor authentication on owes a second factor next (`mfa`), unless
/// `remembered` (the browser's remembered-browser cookie) names this user.
///
/// `link_verification_id` names an external identity of this interaction that no account has:
/// a sign-in by password then links it to the account, at submit. Nothing links otherwise.
///
/// The application's access rules apply here: its IP ranges, and the email domain of the
/// account the verification proved (so only whoever proved it learns that it exists).
pub async fn identify(
    state: &AppState,
    cookie: Option<&str>,
    verification_id: &str,
    link_verification_id: Option<&str>,
    remembered: Option<&str>,
    client_ip: Option<IpAddr>,
) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    let policy = policy_of(state, &interaction).await?;
    check_ip(&policy, client_ip)?;
    let record = interaction
        .verification(verification_id)
        .ok_or(ExperienceError::VerificationNotFound)?
        .clone();
    interaction.profile.link = None;
    if interaction.event == Some(InteractionEvent::SignIn) {
        interaction.profile.federated = None;
        interaction.profile.passwordless = false;
    }
    let linking = matches!(
        (&interaction.event, &record),
        (Some(InteractionEvent::SignIn), VerificationRecord::Password { .. })
    );
    match (link_verification_id, linking) {
        (Some(link), true) => social::prepare_link(&mut interaction, link)?,
        (Some(_), false) => return Err(ExperienceError::LinkNotPossible),
        (None, _) => {}
    }
    match (interaction.event, record) {
        (Some(InteractionEvent::SignIn), record @ VerificationRecord::Social { .. }) => {
            social::identify(state, &policy, &mut interaction, &record, remembered).await?;
        }
        (
            Some(InteractionEvent::SignIn),
            VerificationRecord::Password {
                user_id, lockout_key, ..
            },
        ) => {
            let user = storage::users::find(&state.db, &user_id)
                .await?
                .filter(|u| !u.is_disabled())
                .ok_or(ExperienceError::VerificationNotFound)?;
            check_account_email(&policy, user.email.as_deref())?;
            mfa::require(state, &policy, &mut interaction, &user, remembered, lockout_key).await?;
            interaction.user_id = Some(user_id);
        }
        (
            Some(InteractionEvent::SignIn),
            VerificationRecord::EmailCode {
                email,
                event: InteractionEvent::SignIn,
                verified: true,
                ..
            },
        ) => {
            // A sign-in by mailed code (`sign_in.email_code`): the code went only to a confirmed
            // address, and the mailbox is not offered again as the second factor.
            let email = Email::parse(&email).map_err(|_| ExperienceError::InvalidEmail)?;
            let user = account_of(state, &email)
                .await?
                .filter(|u| u.email_verified)
                .ok_or(ExperienceError::VerificationNotFound)?;
            if user.is_disabled() {
                return Err(ExperienceError::UserDisabled);
            }
            check_account_email(&policy, user.email.as_deref())?;
            interaction.profile.passwordless = true;
            let key = lockout_key(IdentifierType::Email, email.as_str());
            mfa::require(state, &policy, &mut interaction, &user, remembered, Some(key)).await?;
            interaction.user_id = Some(user.id);
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
            check_account_email(&policy, user.email.as_deref())?;
            let key = lockout_key(IdentifierType::Email, email.as_str());
            mfa::require(state, &policy, &mut interaction, &user, remembered, Some(key)).await?;
            interaction.user_id = Some(user.id);
            interaction.profile.password_hash = None;
        }
        (Some(InteractionEvent::Register), record) if interaction.user_id.is_none() => {
            return registration::identify(state, &policy, &mut interaction, record).await;
        }
        _ => return Err(ExperienceError::VerificationNotFound),
    }
    save(state, &interaction).await
}
