//! The external-provider step: the authorization URI, the provider's answer, and what the
//! identity it proves leads to (sign-in, sign-up, or linking to an account the user proves).

use std::{collections::HashMap, net::IpAddr};

use chrono::Utc;
use serde_json::json;

use super::{
    ExperienceError, Result, mfa,
    policy::{check_account_email, check_ip},
    store::{load, policy_of, save, trim_verifications},
};
use crate::{
    domain::{
        identifier::IdentifierType,
        interaction::{Interaction, InteractionEvent, VerificationRecord},
        lockout::lockout_key,
        user::User,
    },
    service::{
        app_policy::EffectivePolicy,
        audit::{self, AuditEvent, AuditKind},
        rate_limit::{self, Limit},
        social::{self, Purpose},
    },
    state::AppState,
    storage::{self, identities::NewIdentity},
};

fn check_event(interaction: &Interaction) -> Result<()> {
    match interaction.event {
        None => Err(ExperienceError::EventNotSet),
        Some(InteractionEvent::SignIn | InteractionEvent::Register) => Ok(()),
        Some(InteractionEvent::ForgotPassword) => Err(ExperienceError::EventNotSupported),
    }
}

/// The application offers this connector, to a client at an address it allows (`None`: the
/// address was checked when the provider's page was asked for).
async fn check_connector(
    state: &AppState,
    interaction: &Interaction,
    connector_id: &str,
    client_ip: Option<IpAddr>,
) -> Result<()> {
    let policy = policy_of(state, interaction).await?;
    if client_ip.is_some() {
        check_ip(&policy, client_ip)?;
    }
    // A connector configured but not offered to this application is as unknown as any other.
    if state.settings.sign_in.external && !policy.offers_connector(connector_id) {
        return Err(social::SocialError::ConnectorNotFound.into());
    }
    Ok(())
}

/// `POST /api/experience/verification/social/{connectorId}/authorization-uri`.
pub async fn authorization_uri(
    state: &AppState,
    cookie: Option<&str>,
    connector_id: &str,
    redirect_uri: &str,
    ui_state: &str,
    client_ip: Option<IpAddr>,
) -> Result<(String, String)> {
    let interaction = load(state, cookie).await?;
    check_event(&interaction)?;
    check_connector(state, &interaction, connector_id, client_ip).await?;
    // Each request is stored until it expires: counted per client like the sign-ins that
    // store an interaction.
    let limit = Limit::from_setting("social_ip", &state.settings.rate_limits.authorization_per_ip);
    rate_limit::hit(state, &[(limit, rate_limit::ip_subject(client_ip))]).await?;
    Ok(social::begin(
        state,
        Purpose::Interaction,
        &interaction.id,
        connector_id,
        redirect_uri,
        ui_state,
    )
    .await?)
}

/// `POST /api/experience/verification/social/{connectorId}/verify`: the provider's answer
/// becomes a verification of this interaction, saying which account (if any) has the identity.
pub async fn verify(
    state: &AppState,
    cookie: Option<&str>,
    connector_id: &str,
    verification_id: &str,
    connector_data: &HashMap<String, String>,
) -> Result<()> {
    let mut interaction = load(state, cookie).await?;
    check_event(&interaction)?;
    check_connector(state, &interaction, connector_id, None).await?;
    let identity = social::finish(
        state,
        Purpose::Interaction,
        &interaction.id,
        connector_id,
        verification_id,
        connector_data,
    )
    .await?;
    let linked = storage::identities::find_by_subject(&state.db, &identity.connector_id, &identity.subject).await?;
    interaction.verifications.push(VerificationRecord::Social {
        id: verification_id.to_owned(),
        identity,
        user_id: linked.map(|l| l.user_id),
    });
    trim_verifications(&mut interaction);
    save(state, &interaction).await
}

/// The identifier whose lockout counter wrong second-factor codes count toward.
fn user_lockout_key(user: &User) -> Option<String> {
    match (&user.username, &user.email) {
        (Some(name), _) => Some(lockout_key(IdentifierType::Username, name)),
        (None, Some(email)) => Some(lockout_key(IdentifierType::Email, email)),
        (None, None) => None,
    }
}

/// Sign-in with a linked identity: its account, then its second factor as for a password.
/// An identity no account has answers `session.identity_not_linked`, and `nextSteps` offers
/// registering with it or linking it.
pub(super) async fn identify(
    state: &AppState,
    policy: &EffectivePolicy,
    interaction: &mut Interaction,
    record: &VerificationRecord,
    remembered: Option<&str>,
) -> Result<()> {
    let VerificationRecord::Social { identity, user_id, .. } = record else {
        return Err(ExperienceError::VerificationNotFound);
    };
    let user_id = user_id.as_deref().ok_or(ExperienceError::IdentityNotLinked)?;
    let user = storage::users::find(&state.db, user_id)
        .await?
        .ok_or(ExperienceError::IdentityNotLinked)?;
    if user.is_disabled() {
        return Err(ExperienceError::UserDisabled);
    }
    check_account_email(policy, user.email.as_deref())?;
    let linked = storage::identities::find_by_subject(&state.db, &identity.connector_id, &identity.subject)
        .await?
        .filter(|l| l.user_id == user.id)
        .ok_or(ExperienceError::IdentityNotLinked)?;
    storage::identities::touch(
        &state.db,
        &linked.id,
        identity.verified_email(),
        identity.name.as_deref(),
        Utc::now(),
    )
    .await?;
    mfa::require(state, policy, interaction, &user, remembered, user_lockout_key(&user)).await?;
    interaction.user_id = Some(user.id);
    interaction.profile.federated = Some(identity.connector_id.clone());
    Ok(())
}

/// Identification with a password that also asks to link the external identity of
/// `link_verification_id`: the link is made at submit, once every factor has passed.
pub(super) fn prepare_link(interaction: &mut Interaction, link_verification_id: &str) -> Result<()> {
    let Some(VerificationRecord::Social {
        identity,
        user_id: None,
        ..
    }) = interaction.verification(link_verification_id)
    else {
        return Err(ExperienceError::VerificationNotFound);
    };
    interaction.profile.link = Some(identity.clone());
    Ok(())
}

/// Submit of a sign-in that links an identity: the link and the submitted interaction are
/// written together. An identity linked meanwhile to another account is refused.
pub(super) async fn complete_link(state: &AppState, interaction: &mut Interaction) -> Result<()> {
    let (Some(identity), Some(user_id)) = (interaction.profile.link.clone(), interaction.user_id.clone()) else {
        return Err(ExperienceError::NotIdentified);
    };
    let now = Utc::now();
    let tx = storage::begin(&state.db).await?;
    let inserted = storage::identities::insert(
        &tx,
        NewIdentity {
            user_id: &user_id,
            connector_id: &identity.connector_id,
            subject: &identity.subject,
            email: identity.verified_email(),
            name: identity.name.as_deref(),
        },
        now,
    )
    .await?;
    if !inserted {
        return Err(ExperienceError::IdentityAlreadyLinked);
    }
    interaction.profile.link = None;
    interaction.submitted_at = Some(now);
    if !storage::interactions::save(&tx, interaction).await? {
        return Err(ExperienceError::NotFound);
    }
    let linked = AuditEvent::new(AuditKind::IdentityLinked)
        .user(&user_id)
        .client(&interaction.request.client_id)
        .details(json!({"connector": identity.connector_id, "at": "sign_in"}));
    audit::record(&tx, linked).await?;
    audit::record(&tx, super::submit::signed_in(interaction)).await?;
    storage::commit(tx).await?;
    state.metrics.audit_event("sign_in.succeeded");
    tracing::info!(user_id = %user_id, connector = %identity.connector_id, "external identity linked at sign-in");
    Ok(())
}
