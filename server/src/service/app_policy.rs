//! Per-application sign-in policy: the administrator's override document, and the effective
//! policy (the global settings, overridden where the application says so) that the Experience
//! API enforces and `/api/.well-known/sign-in-exp?appId=` shows.

use chrono::Utc;

use crate::{
    config::Settings,
    domain::{
        app_policy::{AccessRules, AppPolicy, Branding, PolicyDraft, PolicyError, RegistrationMode},
        identifier::IdentifierType,
    },
    service::InternalError,
    state::AppState,
    storage::{self, Db, StorageError},
};

#[derive(Debug, thiserror::Error)]
pub enum AppPolicyError {
    #[error("no application has this id")]
    NotFound,
    #[error(transparent)]
    Invalid(#[from] PolicyError),
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl From<StorageError> for AppPolicyError {
    fn from(e: StorageError) -> Self {
        Self::Internal(e.into())
    }
}

/// What an interaction of one application may do: the settings, overridden by its policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffectivePolicy {
    /// What sign-in by password asks for; the first is what a new account must have.
    pub identifiers: Vec<IdentifierType>,
    /// Sign-in by password.
    pub password: bool,
    /// Passwordless sign-in by a one-time code sent to a confirmed email.
    pub email_code: bool,
    /// The external providers offered, in the configured order.
    pub connectors: Vec<String>,
    pub registration: RegistrationMode,
    /// An invitation code can be redeemed.
    pub invitation: bool,
    pub captcha: bool,
    pub password_reset: bool,
    pub remember_me: bool,
    /// Every user signs in with a second factor, enrolling one first if needed.
    pub two_factor_required: bool,
    pub branding: Branding,
    pub access: AccessRules,
}

impl EffectivePolicy {
    pub fn external(&self) -> bool {
        !self.connectors.is_empty()
    }

    pub fn offers_connector(&self, id: &str) -> bool {
        self.connectors.iter().any(|c| c == id)
    }
}

/// Passwordless sign-in by a mailed code, as `sign_in.email_code` sets it for every application.
fn global_email_code(settings: &Settings) -> bool {
    settings.sign_in.email_code
}

fn global_registration(settings: &Settings) -> RegistrationMode {
    let r = &settings.registration;
    if !r.enabled || (!r.open && !r.invitation) {
        RegistrationMode::Off
    } else if !r.open {
        RegistrationMode::Invitation
    } else {
        RegistrationMode::Open
    }
}

/// The settings overridden by `policy`; `configured` are the connector ids of the
/// configuration.
pub fn merge(settings: &Settings, configured: &[&str], policy: &AppPolicy) -> EffectivePolicy {
    let global_identifier = if settings.sign_in.local_by_email {
        IdentifierType::Email
    } else {
        IdentifierType::Username
    };
    let external = settings.sign_in.external;
    let connectors = configured
        .iter()
        .filter(|id| {
            external
                && policy
                    .connectors
                    .as_ref()
                    .is_none_or(|allowed| allowed.iter().any(|a| a == *id))
        })
        .map(|id| (*id).to_owned())
        .collect();
    let registration = policy.registration.unwrap_or_else(|| global_registration(settings));
    let two_factor = &settings.two_factor;
    EffectivePolicy {
        identifiers: policy.identifiers.clone().unwrap_or_else(|| vec![global_identifier]),
        password: policy.password.unwrap_or(settings.sign_in.local),
        email_code: policy.email_code.unwrap_or_else(|| global_email_code(settings)),
        connectors,
        registration,
        invitation: match registration {
            RegistrationMode::Off => false,
            RegistrationMode::Invitation => true,
            RegistrationMode::Open => settings.registration.invitation,
        },
        captcha: registration != RegistrationMode::Off && settings.registration.captcha,
        password_reset: settings.password_reset.enabled,
        remember_me: settings.sign_in.remember_me,
        two_factor_required: two_factor.enabled && policy.two_factor_required.unwrap_or(two_factor.required),
        branding: policy.branding.clone(),
        access: policy.access.clone(),
    }
}

/// The effective policy of `client_id`, or the global one. One read of its override.
pub async fn effective(state: &AppState, client_id: Option<&str>) -> Result<EffectivePolicy, StorageError> {
    let policy = match client_id {
        Some(id) => storage::app_policies::find(&state.db, id).await?.unwrap_or_default(),
        None => AppPolicy::default(),
    };
    let configured: Vec<&str> = state.upstreams.connectors().iter().map(|c| c.id.as_str()).collect();
    Ok(merge(&state.settings, &configured, &policy))
}

/// The application's override document (empty when never set).
pub async fn get(db: &Db, client_id: &str) -> Result<AppPolicy, AppPolicyError> {
    exists(db, client_id).await?;
    Ok(storage::app_policies::find(db, client_id).await?.unwrap_or_default())
}

/// Replaces the application's whole override document. Config-declared applications may have
/// one too: it is data, not the client's metadata.
pub async fn put(state: &AppState, client_id: &str, draft: PolicyDraft) -> Result<AppPolicy, AppPolicyError> {
    exists(&state.db, client_id).await?;
    let policy = AppPolicy::new(draft)?;
    check_against_settings(state, &policy)?;
    storage::app_policies::put(&state.db, client_id, &policy, Utc::now()).await?;
    tracing::info!(client_id, "application policy changed");
    Ok(policy)
}

async fn exists(db: &Db, client_id: &str) -> Result<(), AppPolicyError> {
    match storage::clients::find(db, client_id).await? {
        Some(_) => Ok(()),
        None => Err(AppPolicyError::NotFound),
    }
}

/// What only this deployment can tell: its connectors, and what its settings make possible.
fn check_against_settings(state: &AppState, policy: &AppPolicy) -> Result<(), PolicyError> {
    if let Some(ids) = &policy.connectors
        && let Some(unknown) = ids.iter().find(|id| state.upstreams.get(id).is_none())
    {
        return Err(PolicyError::new(
            "connectors",
            format!("`{unknown}` is not a configured connector"),
        ));
    }
    let two_factor = &state.settings.two_factor;
    if policy.two_factor_required == Some(true) && !two_factor.offers("totp") {
        return Err(PolicyError::new(
            "twoFactorRequired",
            "needs `two_factor.enabled` with `totp` in `two_factor.factors` (enrolment is by authenticator app)",
        ));
    }
    if policy.registration == Some(RegistrationMode::Invitation) && !state.settings.registration.invitation {
        return Err(PolicyError::new(
            "registration",
            "invitation-only registration needs `registration.invitation = true`",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(draft: PolicyDraft) -> AppPolicy {
        AppPolicy::new(draft).unwrap()
    }

    #[test]
    fn without_an_override_the_settings_apply() {
        let settings = Settings::default();
        let effective = merge(&settings, &["google"], &AppPolicy::default());
        assert_eq!(effective.identifiers, [IdentifierType::Username]);
        assert!(effective.password);
        assert!(!effective.email_code);
        assert_eq!(effective.connectors, ["google"]);
        assert_eq!(effective.registration, RegistrationMode::Open);
        assert!(!effective.two_factor_required);
    }

    #[test]
    fn an_override_wins_field_by_field() {
        let mut settings = Settings::default();
        settings.two_factor.enabled = true;
        let draft = PolicyDraft {
            identifiers: Some(vec![IdentifierType::Email]),
            connectors: Some(vec!["github".into()]),
            registration: Some(RegistrationMode::Off),
            two_factor_required: Some(true),
            email_code: Some(true),
            ..PolicyDraft::default()
        };
        let effective = merge(&settings, &["google", "github"], &policy(draft));
        assert_eq!(effective.identifiers, [IdentifierType::Email]);
        assert_eq!(effective.connectors, ["github"]);
        assert_eq!(effective.registration, RegistrationMode::Off);
        assert!(!effective.invitation && !effective.captcha);
        assert!(effective.two_factor_required);
        assert!(effective.email_code);
        assert!(effective.password);
    }

    #[test]
    fn the_global_registration_mode_follows_the_three_settings() {
        let mut settings = Settings::default();
        settings.registration.open = false;
        assert_eq!(global_registration(&settings), RegistrationMode::Invitation);
        settings.registration.invitation = false;
        assert_eq!(global_registration(&settings), RegistrationMode::Off);
        settings.registration.open = true;
        settings.registration.enabled = false;
        assert_eq!(global_registration(&settings), RegistrationMode::Off);
    }
}
