//! Where the interaction stands (`nextSteps`), "remember me", and submit.

use std::net::IpAddr;

use chrono::Utc;
use serde_json::json;

use super::{
    ExperienceError, Result,
    consent::needs_consent,
    mfa, password_reset,
    policy::{check_ip, sign_in_policy},
    registration, social,
    store::{client_of, load, policy_of, save},
};
use crate::{
    domain::{
        client::Client,
        interaction::{Interaction, InteractionEvent, NextStep},
    },
    service::{
        audit::{self, AuditEvent, AuditKind},
        authorize::resume_url,
    },
    state::AppState,
};

pub struct InteractionView {
    pub interaction: Interaction,
    pub client: Client,
    pub next_steps: Vec<NextStep>,
}

pub async fn view(state: &AppState, cookie: Option<&str>) -> Result<InteractionView> {
    let interaction = load(state, cookie).await?;
    let client = client_of(state, &interaction).await?;
    let policy = policy_of(state, &interaction).await?;
    let needs_consent = needs_consent(state, &policy, &interaction, &client).await?;
    let next_steps = interaction.next_steps(&sign_in_policy(&policy), needs_consent);
    Ok(InteractionView {
        interaction,
        client,
        next_steps,
    })
}

/// `PUT /api/experience/remember-me`: whether the session this interaction starts outlives the
/// browser (`session.lifetime`, sliding per `session.sliding_expiration`).
pub async fn remember_me(state: &AppState, cookie: Option<&str>, remember: bool) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    if remember && !state.settings.sign_in.remember_me {
        return Err(ExperienceError::RememberMeDisabled);
    }
    interaction.remember_me = remember;
    save(state, &interaction).await
}

/// `POST /api/experience/submit`: returns where the browser goes to finish the authorization.
pub async fn submit(state: &AppState, cookie: Option<&str>, client_ip: Option<IpAddr>) -> Result<String> {
    let mut interaction = load(state, cookie).await?;
    if interaction.event.is_none() {
        return Err(ExperienceError::EventNotSet);
    }
    let policy = policy_of(state, &interaction).await?;
    check_ip(&policy, client_ip)?;
    let registering = interaction.event == Some(InteractionEvent::Register) && interaction.user_id.is_none();
    if interaction.user_id.is_none() && !registering {
        return Err(ExperienceError::NotIdentified);
    }
    let client = client_of(state, &interaction).await?;
    if needs_consent(state, &policy, &interaction, &client).await? {
        return Err(ExperienceError::ConsentRequired);
    }
    if registering {
        registration::create_account(state, &policy, &mut interaction).await?;
        // The account exists; when two factors are required, an app is set up first.
        mfa::gate(state, &mut interaction).await?;
        return Ok(resume_url(state));
    }
    mfa::gate(state, &mut interaction).await?;
    if interaction.event == Some(InteractionEvent::ForgotPassword) {
        password_reset::complete(state, &mut interaction).await?;
        return Ok(resume_url(state));
    }
    if interaction.profile.link.is_some() {
        social::complete_link(state, &mut interaction).await?;
        return Ok(resume_url(state));
    }
    interaction.submitted_at = Some(Utc::now());
    save(state, &interaction).await?;
    // No transaction to share: the interaction is one write.
    let event = signed_in(&interaction);
    state.metrics.audit_event(&event.kind.as_str());
    audit::record_or_log(&state.db, event).await;
    Ok(resume_url(state))
}

/// The audit event of a sign-in that passed every step.
pub(super) fn signed_in(interaction: &Interaction) -> AuditEvent {
    let connector = interaction.profile.federated.as_deref();
    let method = if connector.is_some() {
        "social"
    } else if interaction.profile.passwordless {
        "email_code"
    } else {
        "password"
    };
    let details = json!({
        "method": method,
        "connector": connector,
        "second_factor": interaction.mfa.passed,
    });
    AuditEvent::new(AuditKind::SignInSucceeded)
        .maybe_user(interaction.user_id.as_deref())
        .client(&interaction.request.client_id)
        .details(details)
}
