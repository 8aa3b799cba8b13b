//! Identification: what a verification proved becomes the interaction's.

use super::{
    ExperienceError, Result,
    password::account_of,
    registration,
    store::{load, save},
};
use crate::{
    domain::{
        identifier::Email,
        interaction::{InteractionEvent, VerificationRecord},
    },
    state::AppState,
};

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
