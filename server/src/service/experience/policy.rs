//! What the settings allow an interaction: its events, identifiers and registration.

use super::{ExperienceError, Result};
use crate::{
    domain::{
        identifier::IdentifierType,
        interaction::{InteractionEvent, SignInPolicy},
    },
    state::AppState,
};

pub(super) fn sign_in_identifier(state: &AppState) -> IdentifierType {
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
pub(super) fn check_registration(state: &AppState) -> Result<()> {
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

pub(super) fn check_event(state: &AppState, event: InteractionEvent) -> Result<()> {
    match event {
        InteractionEvent::SignIn if sign_in_policy(state).local => Ok(()),
        InteractionEvent::SignIn => Err(ExperienceError::SignInMethodDisabled),
        InteractionEvent::Register => check_registration(state),
        InteractionEvent::ForgotPassword if state.settings.password_reset.enabled => Ok(()),
        InteractionEvent::ForgotPassword => Err(ExperienceError::PasswordResetDisabled),
    }
}
