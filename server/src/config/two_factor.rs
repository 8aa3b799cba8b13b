//! `[two_factor]`: second factors at sign-in (the portal's two-factor settings, and more).

use serde::{Deserialize, Serialize};

use super::{ConfigError, Span};

/// The factors `two_factor.factors` may list.
pub const MFA_FACTORS: [&str; 3] = ["totp", "email_code", "backup_code"];

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct TwoFactorSettings {
    /// Users may turn two-factor authentication on (the portal's TwoFactorEnabled).
    pub enabled: bool,
    /// Every user must enrol a factor at their next sign-in.
    pub required: bool,
    /// Which factors users may use.
    pub factors: Vec<String>,
    /// "Remember this browser" is offered on the second-factor step.
    pub remember_browser: bool,
    /// How long a remembered browser skips the second factor for its user.
    pub remember_browser_lifetime: Span,
    /// How long a half-finished second-factor step stays valid (the portal's
    /// TwoFactorCookie/ExpireTimeSpan; at most 6 minutes).
    pub cookie_lifetime: Span,
    /// The issuer authenticator apps show; the host of `public_url` when unset.
    pub issuer: Option<String>,
}

impl Default for TwoFactorSettings {
    fn default() -> Self {
        Self {
            enabled: false,
            required: false,
            factors: MFA_FACTORS.map(String::from).to_vec(),
            remember_browser: true,
            remember_browser_lifetime: Span::from_secs(30 * 24 * 3600),
            cookie_lifetime: Span::from_secs(5 * 60),
            issuer: None,
        }
    }
}

impl TwoFactorSettings {
    pub fn offers(&self, factor: &str) -> bool {
        self.enabled && self.factors.iter().any(|f| f == factor)
    }

    pub(super) fn validate(&self) -> Result<(), ConfigError> {
        for factor in &self.factors {
            if !MFA_FACTORS.contains(&factor.as_str()) {
                return Err(ConfigError::new(
                    "two_factor.factors",
                    format!("`{factor}` is not one of {}", MFA_FACTORS.join(", ")),
                ));
            }
        }
        if self.required && !self.enabled {
            return Err(ConfigError::new(
                "two_factor.required",
                "needs `two_factor.enabled = true`",
            ));
        }
        if self.required && !self.factors.iter().any(|f| f == "totp") {
            return Err(ConfigError::new(
                "two_factor.required",
                "enrolment at sign-in is by authenticator app: `two_factor.factors` must list `totp`",
            ));
        }
        if let Some(issuer) = &self.issuer
            && (issuer.is_empty() || issuer.contains(':'))
        {
            return Err(ConfigError::new(
                "two_factor.issuer",
                "must be non-empty and without `:`",
            ));
        }
        Ok(())
    }
}
