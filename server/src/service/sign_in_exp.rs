//! What the experience app needs to know to draw itself: the effective settings.

use crate::{
    domain::{client::Client, identifier::IdentifierType},
    service::experience::{ExperienceError, sign_in_policy},
    state::AppState,
    storage,
};

pub struct SignInExperience {
    pub local: bool,
    /// The external providers offered (empty when `sign_in.external` is off).
    pub connectors: Vec<crate::service::social::ConnectorButton>,
    /// `sign_in.login_button_provider`: the one provider, when local sign-in is off.
    pub login_button_provider: Option<String>,
    pub identifiers: Vec<IdentifierType>,
    pub remember_me: bool,
    /// Sign-in by a code mailed to the account's confirmed address.
    pub email_code: bool,
    pub registration_enabled: bool,
    pub open_registration: bool,
    pub invitation: bool,
    pub captcha: bool,
    pub sign_up_identifiers: Vec<IdentifierType>,
    pub password_reset: bool,
    pub languages: Vec<&'static str>,
    pub application: Option<Client>,
}

pub const LANGUAGES: [&str; 2] = ["en", "fr"];

pub async fn get(state: &AppState, app_id: Option<&str>) -> Result<SignInExperience, ExperienceError> {
    let application = match app_id {
        Some(id) => Some(
            storage::clients::find(&state.db, id)
                .await?
                .ok_or(ExperienceError::ApplicationNotFound)?,
        ),
        None => None,
    };
    let policy = sign_in_policy(state);
    // Offered only with one configured, as `policy.external` says.
    let connectors = if policy.external {
        crate::service::social::offered(state)
    } else {
        Vec::new()
    };
    Ok(SignInExperience {
        local: policy.local,
        connectors,
        login_button_provider: crate::service::experience::single_provider(state).map(str::to_owned),
        identifiers: policy.identifier_types,
        remember_me: state.settings.sign_in.remember_me,
        email_code: crate::service::experience::email_code_enabled(state, app_id),
        registration_enabled: policy.registration,
        open_registration: policy.registration && !policy.invitation_only,
        invitation: policy.registration && state.settings.registration.invitation,
        captcha: policy.registration && state.settings.registration.captcha,
        sign_up_identifiers: policy.sign_up_identifiers,
        password_reset: policy.password_reset,
        languages: LANGUAGES.to_vec(),
        application,
    })
}
