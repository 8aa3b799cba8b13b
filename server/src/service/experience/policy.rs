//! What the application's effective policy (the settings, overridden per application) allows
//! an interaction: its events, identifiers, registration and who may come in.

use std::net::IpAddr;

use super::{ExperienceError, Result};
use crate::{
    domain::{
        app_policy::RegistrationMode,
        interaction::{InteractionEvent, SignInPolicy},
    },
    service::app_policy::EffectivePolicy,
    state::AppState,
};

pub fn sign_in_policy(policy: &EffectivePolicy) -> SignInPolicy {
    SignInPolicy {
        local: policy.password,
        external: policy.external(),
        identifier_types: policy.identifiers.clone(),
        registration: policy.registration != RegistrationMode::Off,
        invitation_only: invitation_only(policy),
        // A new account must be able to sign in: it needs the identifier sign-in asks for
        // first. An email is then optional under username sign-in (confirmed by a code).
        sign_up_identifiers: policy.identifiers.iter().take(1).copied().collect(),
        password_reset: policy.password_reset,
        email_code: policy.email_code,
    }
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
pub(super) fn check_registration(policy: &EffectivePolicy) -> Result<()> {
    match policy.registration {
        RegistrationMode::Off => Err(ExperienceError::RegistrationDisabled),
        RegistrationMode::Open | RegistrationMode::Invitation => Ok(()),
    }
}

/// Only an invitation lets someone register.
pub(crate) fn invitation_only(policy: &EffectivePolicy) -> bool {
    policy.registration == RegistrationMode::Invitation
}

pub(super) fn check_event(policy: &EffectivePolicy, event: InteractionEvent) -> Result<()> {
    match event {
        InteractionEvent::SignIn if policy.password || policy.external() || policy.email_code => Ok(()),
        InteractionEvent::SignIn => Err(ExperienceError::SignInMethodDisabled),
        InteractionEvent::Register => check_registration(policy),
        InteractionEvent::ForgotPassword if policy.password_reset => Ok(()),
        InteractionEvent::ForgotPassword => Err(ExperienceError::PasswordResetDisabled),
    }
}

/// The application's IP ranges: checked at every step that moves a sign-in forward, since
/// the address may change between steps.
pub(super) fn check_ip(policy: &EffectivePolicy, client_ip: Option<IpAddr>) -> Result<()> {
    if policy.access.allows_ip(client_ip) {
        Ok(())
    } else {
        tracing::info!(
            reason = "session.access_denied",
            "refused: the client's address is not allowed"
        );
        Err(ExperienceError::AccessDenied)
    }
}

/// The application's email domains, for an account already proved (its password, its
/// provider, a code to its address): only its owner learns the account exists.
pub(super) fn check_account_email(policy: &EffectivePolicy, email: Option<&str>) -> Result<()> {
    if policy.access.allows_email(email) {
        Ok(())
    } else {
        tracing::info!(
            reason = "session.access_denied",
            "sign-in refused: the account's email domain is not allowed"
        );
        Err(ExperienceError::AccessDenied)
    }
}

/// The application's email domains, for the address a new account gives (or lacks).
pub(super) fn check_new_email(policy: &EffectivePolicy, email: Option<&str>) -> Result<()> {
    if policy.access.allows_email(email) {
        Ok(())
    } else {
        Err(ExperienceError::EmailDomainNotAllowed)
    }
}
