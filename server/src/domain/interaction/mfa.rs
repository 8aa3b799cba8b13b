//! Where a sign-in stands with its second factor: what the identified user must still do
//! before submit, within `two_factor.cookie_lifetime` of the first factor.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// A second factor as the Experience API names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum MfaFactor {
    Totp,
    EmailCode,
    BackupCode,
}

/// What the identified user must still do before submit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum MfaNeed {
    #[default]
    Nothing,
    /// Give one of these factors; `remember_browser` says whether the step offers the checkbox.
    #[serde(rename_all = "camelCase")]
    Factor {
        factors: Vec<MfaFactor>,
        remember_browser: bool,
    },
    /// The operator requires a factor and the user has none: set up an authenticator app.
    Enrol,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct MfaState {
    pub need: MfaNeed,
    /// When the first factor identified the user.
    pub started_at: Option<DateTime<Utc>>,
    /// The user's confirmed address, masked, for the email-code factor.
    pub masked_email: Option<String>,
    /// The second factor passed (or an app was set up): the sign-in's methods become
    /// `pwd otp mfa`.
    pub passed: bool,
    /// "Remember this browser" was checked.
    pub remember_browser: bool,
    /// The lockout counter that wrong codes count toward: the identifier's the user gave.
    pub lockout_key: Option<String>,
    /// The code mailed for the email factor, once sent.
    pub email_code_id: Option<String>,
}

impl MfaState {
    /// Submit must wait for a second factor (or an enrolment).
    pub fn pending(&self) -> bool {
        self.need != MfaNeed::Nothing && !self.passed
    }

    /// A pending step started longer ago than `lifetime`.
    pub fn expired(&self, lifetime: Duration, now: DateTime<Utc>) -> bool {
        self.pending() && self.started_at.is_some_and(|at| at + lifetime < now)
    }

    pub fn offers(&self, factor: MfaFactor) -> bool {
        matches!(&self.need, MfaNeed::Factor { factors, .. } if factors.contains(&factor))
    }
}

/// `alice@example.com` → `a***@example.com`: enough to recognise, not to learn.
pub fn mask_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_masked_but_recognisable() {
        assert_eq!(mask_email("alice@example.com"), "a***@example.com");
        assert_eq!(mask_email("x@y"), "x***@y");
    }

    #[test]
    fn nothing_is_pending_by_default_nor_once_passed() {
        let mut state = MfaState::default();
        assert!(!state.pending());
        state.need = MfaNeed::Enrol;
        assert!(state.pending());
        state.passed = true;
        assert!(!state.pending());
    }

    #[test]
    fn a_pending_step_expires_after_its_lifetime_only() {
        let now = Utc::now();
        let state = MfaState {
            need: MfaNeed::Enrol,
            started_at: Some(now - Duration::minutes(6)),
            ..Default::default()
        };
        assert!(state.expired(Duration::minutes(5), now));
        assert!(!state.expired(Duration::minutes(7), now));
        let passed = MfaState { passed: true, ..state };
        assert!(!passed.expired(Duration::minutes(5), now));
    }
}
