//! Sign-in by a code mailed to the account (`sign_in.email_code`), the passwordless first
//! factor. The code machinery is `verification_code`'s, identification `identify`'s; this
//! module decides who gets a code and counts wrong codes as wrong passwords. It leads into no
//! other step, so `verification_code` can use it without an arrow pointing back.

use std::net::IpAddr;

use serde_json::json;

use super::{ExperienceError, Result};
use crate::{
    domain::{
        identifier::{Email, IdentifierType},
        user::User,
    },
    email::{Lang, Mail, templates},
    service::{
        audit::{self, AuditEvent, AuditKind},
        lockout,
        rate_limit::{self, Limit},
    },
    state::AppState,
    telemetry::metrics::CodePurpose,
};

/// Whom a sign-in code goes to: the one account of the address, confirmed and not disabled.
/// Anyone else gets the same answer and no message, so the answer tells nothing.
pub(super) fn mail(account: Option<&User>, lang: Lang, code: &str) -> Option<(CodePurpose, Mail)> {
    let user = account.filter(|u| u.email_verified && !u.is_disabled())?;
    // The account's own language, when it has one, over the browser's.
    let lang = user
        .locale
        .as_deref()
        .map_or(lang, |l| Lang::pick_from_lists([Some(l)]));
    Some((CodePurpose::SignIn, templates::passwordless_code(lang, code)))
}

/// A sign-in code being checked: it costs what a password try costs, counted first against
/// the client and the address's lockout counter, so that guessing codes is no cheaper than
/// guessing passwords and concurrent guesses get no more checks than sequential ones.
pub(super) struct CodeGuess {
    counted: Vec<rate_limit::Counted>,
    lockout: lockout::Attempt,
    client_id: String,
}

impl CodeGuess {
    pub(super) async fn begin(
        state: &AppState,
        email: &Email,
        client_ip: Option<IpAddr>,
        client_id: String,
    ) -> Result<Self> {
        let per_client = Limit::from_setting("password_ip", &state.settings.rate_limits.password_per_ip);
        let counted = rate_limit::count(state, &[(per_client, rate_limit::ip_subject(client_ip))]).await??;
        let lockout = lockout::begin(state, IdentifierType::Email, email.as_str()).await?;
        Ok(Self {
            counted,
            lockout,
            client_id,
        })
    }

    /// A locked address gets the answer a wrong code gets, and its code is not even tried.
    pub(super) fn admitted(&self, state: &AppState) -> bool {
        self.lockout.admitted(state)
    }

    /// Settles the guess by what the check found.
    pub(super) async fn settle(self, state: &AppState, checked: Result<()>) -> Result<()> {
        // A lock set while the code was being checked stands.
        if checked.is_ok() && lockout::succeeded(state, &self.lockout).await? {
            rate_limit::refund(state, &self.counted).await?;
            return Ok(());
        }
        if matches!(checked, Err(ExperienceError::Internal(_))) {
            return checked;
        }
        // Nobody is named: the address as typed may have no account, which must not show.
        lockout::failed(state, &self.lockout, None).await?;
        tracing::info!(reason = "verification.code_mismatch", "sign-in by code failed");
        let event = AuditEvent::new(AuditKind::SignInFailed)
            .client(&self.client_id)
            .details(json!({"method": "email_code", "reason": "verification_code.mismatch"}));
        state.metrics.audit_event(&event.kind.as_str());
        audit::record_or_log(&state.db, event).await;
        match checked {
            Ok(()) => Err(ExperienceError::CodeMismatch),
            Err(e) => Err(e),
        }
    }
}
