//! Identification: what a verification proved becomes the interaction's.

use super::{
    ExperienceError, Result, mfa,
    password::account_of,
    registration,
    store::{load, save},
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
pub async fn identify(
    state: &AppState,
    cookie: Option<&str>,
    verification_id: &str,
    remembered: Option<&str>,
) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    let record = interaction
        .verification(verification_id)
        .ok_or(ExperienceError::VerificationNotFound)?
        .clone();
    match (interaction.event, record) {
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
            mfa::require(state, &mut interaction, &user, remembered, lockout_key).await?;
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
            let key = lockout_key(IdentifierType::Email, email.as_str());
            mfa::require(state, &mut interaction, &user, remembered, Some(key)).await?;
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
