//! What the experience app needs to know to draw itself: the effective policy of the
//! application (the settings, overridden per application), or the settings alone.

use crate::{
    domain::{
        app_policy::{Branding, RegistrationMode},
        client::Client,
        identifier::IdentifierType,
    },
    service::{
        app_policy,
        experience::{ExperienceError, sign_in_policy, single_provider},
    },
    state::AppState,
    storage,
};

pub struct SignInExperience {
    /// Sign-in by password.
    pub local: bool,
    /// Passwordless sign-in by a code sent to a confirmed email.
    pub email_code: bool,
    /// The external providers offered (empty when `sign_in.external` is off).
    pub connectors: Vec<crate::service::social::ConnectorButton>,
    /// `sign_in.login_button_provider`: the one provider, when local sign-in is off.
    pub login_button_provider: Option<String>,
    pub identifiers: Vec<IdentifierType>,
    pub remember_me: bool,
    pub registration: RegistrationMode,
    pub invitation: bool,
    pub captcha: bool,
    pub sign_up_identifiers: Vec<IdentifierType>,
    pub password_reset: bool,
    pub two_factor_enabled: bool,
    pub two_factor_required: bool,
    pub branding: Branding,
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
    let effective = app_policy::effective(state, application.as_ref().map(|c| c.id.as_str())).await?;
    let policy = sign_in_policy(&effective);
    let connectors = crate::service::social::offered(state)
        .into_iter()
        .filter(|c| effective.offers_connector(&c.id))
        .collect();
    let login_button_provider = single_provider(state)
        .filter(|p| !effective.password && effective.offers_connector(p))
        .map(str::to_owned);
    Ok(SignInExperience {
        local: policy.local,
        email_code: effective.email_code,
        connectors,
        login_button_provider,
        identifiers: policy.identifier_types,
        remember_me: effective.remember_me,
        registration: effective.registration,
        invitation: effective.invitation,
        captcha: effective.captcha,
        sign_up_identifiers: policy.sign_up_identifiers,
        password_reset: policy.password_reset,
        two_factor_enabled: state.settings.two_factor.enabled,
        two_factor_required: effective.two_factor_required,
        branding: effective.branding,
        languages: LANGUAGES.to_vec(),
        application,
    })
}
