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
        external: external_sign_in(state),
        identifier_types: vec![sign_in_identifier(state)],
        registration: check_registration(state).is_ok(),
        invitation_only: invitation_only(state),
        // A new account must be able to sign in: it needs the identifier sign-in asks for. An
        // email is then optional under username sign-in (confirmed by a code when given).
        sign_up_identifiers: vec![sign_in_identifier(state)],
        password_reset: state.settings.password_reset.enabled,
        email_code: email_code_enabled(state, None),
    }
}

/// Sign-in by a code mailed to the account (`sign_in.email_code`). The one place that decides
/// it, so that a per-application policy can take over; `client_id` names the application when
/// the caller knows it.
pub fn email_code_enabled(state: &AppState, _client_id: Option<&str>) -> bool {
    state.settings.sign_in.email_code
}

/// Sign-in with an external provider is on and one is configured.
pub(crate) fn external_sign_in(state: &AppState) -> bool {
    state.settings.sign_in.external && !state.upstreams.connectors().is_empty()
}

/// The one provider of single-provider mode: `sign_in.login_button_provider` names it and
/// local sign-in is off, so `/oidc/auth` sends the browser straight there.
pub fn single_provider(state: &AppState) -> Option<&str> {
    let provider = state.settings.sign_in.login_button_provider.as_deref()?;
    (provider != "none" && !state.settings.sign_in.local && external_sign_in(state)).then_some(provider)
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
        InteractionEvent::SignIn
            if state.settings.sign_in.local || external_sign_in(state) || email_code_enabled(state, None) =>
        {
            Ok(())
        }
        InteractionEvent::SignIn => Err(ExperienceError::SignInMethodDisabled),
        InteractionEvent::Register => check_registration(state),
        InteractionEvent::ForgotPassword if state.settings.password_reset.enabled => Ok(()),
        InteractionEvent::ForgotPassword => Err(ExperienceError::PasswordResetDisabled),
    }
}
