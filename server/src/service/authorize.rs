//! `/oidc/auth` and its continuation after the experience app submits.

use std::net::IpAddr;

use chrono::{DateTime, Utc};
use serde_json::json;
use url::Url;

use crate::{
    crypto::token::{hash_token, random_token},
    domain::{
        auth_request::{AuthRequest, PageError, Prompt, RawAuthRequest, RedirectError},
        authn,
        connector::callback_uri,
        interaction::{Interaction, InteractionEvent},
        user::User,
    },
    service::{
        InternalError, app_policy,
        audit::{self, AuditEvent, AuditKind},
        claims, consent, experience, mfa,
        rate_limit::{self, Limit},
        sessions::{self, NewSessionCookie},
        social::{self, Purpose},
    },
    state::AppState,
    storage::{self, Conn, codes::AuthorizationCode, grants::NewGrant, sessions::SsoSession},
    telemetry,
};

#[derive(Debug)]
pub enum AuthorizeOutcome {
    /// Show an error page: nothing safe to redirect to.
    Page(PageError),
    /// The interaction behind the cookie is gone (expired, used, never existed).
    InteractionGone,
    /// Back to the client, with a code or an error.
    Client {
        location: String,
        session: Option<NewSessionCookie>,
        /// "Remember this browser": the cookie's value and when it ends.
        remembered_browser: Option<(String, DateTime<Utc>)>,
    },
    /// Too many sign-ins started by this client: try again later.
    TooManyRequests { retry_after_secs: u64 },
    /// To the experience app, with a new interaction bound to this browser.
    Experience {
        location: String,
        interaction_cookie: Option<String>,
    },
}

pub async fn authorize(
    state: &AppState,
    pairs: Vec<(String, String)>,
    session_cookie: Option<&str>,
    client_ip: Option<IpAddr>,
) -> Result<AuthorizeOutcome, InternalError> {
    let raw = RawAuthRequest::from_pairs(pairs);
    let client_id = match raw.client_id() {
        Ok(id) => id,
        Err(e) => return Ok(AuthorizeOutcome::Page(e)),
    };
    let Some(client) = storage::clients::find(&state.db, client_id).await? else {
        return Ok(AuthorizeOutcome::Page(PageError::UnknownClient));
    };
    telemetry::record_client(&client.id);
    let redirect_uri = match raw.trusted_redirect_uri(&client) {
        Ok(uri) => uri,
        Err(e) => return Ok(AuthorizeOutcome::Page(e)),
    };
    let request = match raw.validate(&client, redirect_uri.clone()) {
        Ok(request) => request,
        Err(e) => {
            return Ok(client_redirect(state, &redirect_uri, raw.state().as_deref(), Err(&e)));
        }
    };
    let hinted_subject = match &request.id_token_hint {
        Some(hint) => match claims::id_token_hint(state, hint) {
            Some(hint) => Some(hint.sub),
            None => {
                let error = RedirectError::new(
                    "invalid_request",
                    "id_token_hint is not a valid ID token of this provider",
                );
                return Ok(client_redirect(
                    state,
                    &redirect_uri,
                    request.state.as_deref(),
                    Err(&error),
                ));
            }
        },
        None => None,
    };
    let now = Utc::now();
    let session = sessions::current(state, session_cookie, now).await?;
    let policy = app_policy::effective(state, Some(&client.id)).await?;
    // A session of another user than the one the client names does not count, nor one the
    // application's policy would not have let in: its sign-in then says why.
    let reusable = session.filter(|(s, user)| {
        !request.has_prompt(Prompt::Login)
            && !max_age_exceeded(&request, s.auth_time, now)
            && meets_acr(state, &request, s, policy.two_factor_required)
            && hinted_subject.as_ref().is_none_or(|sub| sub == &user.id)
            && policy.access.allows_email(user.email.as_deref())
            && policy.access.allows_ip(client_ip)
    });
    let mut signed_in = None;
    if let Some((session, user)) = reusable {
        if !consent::needed(state, &client, &user.id, &request).await? {
            let code = issue_code(state, &state.db, &request, &session, &user, now).await?;
            return Ok(AuthorizeOutcome::Client {
                location: response_url(state, &request.redirect_uri, request.state.as_deref(), Ok(&code)),
                session: session_cookie.and_then(|value| sessions::refreshed_cookie(&session, value)),
                remembered_browser: None,
            });
        }
        signed_in = Some((session, user));
    }
    if request.has_prompt(Prompt::None) {
        let error = match signed_in {
            Some(_) => RedirectError::new("consent_required", "the user has not consented to this client"),
            None => RedirectError::new("login_required", "the user is not signed in"),
        };
        return Ok(client_redirect(
            state,
            &request.redirect_uri,
            request.state.as_deref(),
            Err(&error),
        ));
    }
    // Each sign-in that needs the experience app stores an interaction: limited per client.
    let limit = Limit::from_setting("authorization_ip", &state.settings.rate_limits.authorization_per_ip);
    if let Err(exceeded) = rate_limit::count(state, &[(limit, rate_limit::ip_subject(client_ip))]).await? {
        return Ok(AuthorizeOutcome::TooManyRequests {
            retry_after_secs: exceeded.retry_after_secs,
        });
    }
    let cookie = random_token();
    // Signed in already, only consent missing: the interaction starts with the user known.
    let single_provider = match signed_in {
        None => experience::single_provider(state).filter(|p| !policy.password && policy.offers_connector(p)),
        Some(_) => None,
    };
    let (event, user_id, session_id) = match signed_in {
        Some((session, user)) => (Some(InteractionEvent::SignIn), Some(user.id), Some(session.id)),
        None => (single_provider.map(|_| InteractionEvent::SignIn), None, None),
    };
    let interaction = Interaction {
        id: hash_token(&cookie),
        request,
        event,
        verifications: Vec::new(),
        user_id,
        submitted_at: None,
        expires_at: now + state.settings.experience.interaction_lifetime.chrono(),
        session_id,
        consented_at: None,
        remember_me: false,
        profile: Default::default(),
        mfa: Default::default(),
    };
    storage::interactions::insert(&state.db, &interaction).await?;
    if let Some(provider) = single_provider {
        // The provider's `state` is the request's id: the callback page, which did not start
        // this request, verifies it with that.
        let id = random_token();
        let redirect = callback_uri(&state.settings.public_url, provider);
        match social::begin_with_id(
            state,
            Purpose::Interaction,
            &interaction.id,
            provider,
            &redirect,
            &id,
            &id,
        )
        .await
        {
            Ok((location, _)) => {
                return Ok(AuthorizeOutcome::Experience {
                    location,
                    interaction_cookie: Some(cookie),
                });
            }
            // The sign-in page then shows the provider's button, which tries again.
            Err(e) => tracing::warn!(connector = provider, error = %e, "cannot send the browser to the provider"),
        }
    }
    Ok(AuthorizeOutcome::Experience {
        location: experience_location(state, &interaction.request),
        interaction_cookie: Some(cookie),
    })
}

/// Follows `redirectTo` after submit: starts the SSO session, issues the code and uses up the
/// interaction, all in one transaction.
pub async fn resume(
    state: &AppState,
    interaction_cookie: Option<&str>,
    device: sessions::Device,
) -> Result<AuthorizeOutcome, InternalError> {
    let user_agent = device.user_agent.clone();
    let now = Utc::now();
    let Some(cookie) = interaction_cookie else {
        return Ok(AuthorizeOutcome::InteractionGone);
    };
    let Some(interaction) = storage::interactions::find_live(&state.db, &hash_token(cookie), now).await? else {
        return Ok(AuthorizeOutcome::InteractionGone);
    };
    let (Some(user_id), Some(_)) = (&interaction.user_id, interaction.submitted_at) else {
        return Ok(AuthorizeOutcome::Experience {
            location: experience_location(state, &interaction.request),
            interaction_cookie: None,
        });
    };
    let Some(user) = storage::users::find(&state.db, user_id)
        .await?
        .filter(|user| !user.is_disabled())
    else {
        return Ok(AuthorizeOutcome::InteractionGone);
    };
    // The session the user arrived with, if it is still theirs and alive.
    let existing = match &interaction.session_id {
        Some(id) => storage::sessions::find_live(&state.db, id, now)
            .await?
            .filter(|s| s.user_id == user.id && s.security_stamp == user.security_stamp),
        None => None,
    };
    let tx = storage::begin(&state.db).await?;
    if !storage::interactions::consume(&tx, &interaction.id, now).await? {
        return Ok(AuthorizeOutcome::InteractionGone);
    }
    let (session, cookie) = match existing {
        Some(session) => (session, None),
        None => {
            let persistent = interaction.remember_me && state.settings.sign_in.remember_me;
            let first = if interaction.profile.federated.is_some() || interaction.profile.external.is_some() {
                authn::FirstFactor::Federated
            } else if interaction.profile.passwordless {
                authn::FirstFactor::EmailCode
            } else {
                authn::FirstFactor::Password
            };
            let amr = authn::methods(first, interaction.mfa.passed);
            let (session, cookie) = sessions::start(state, &tx, &user, persistent, device, amr, now).await?;
            (session, Some(cookie))
        }
    };
    let code = issue_code(state, &tx, &interaction.request, &session, &user, now).await?;
    // Here, not at the consent step: a consent is stored with the code, and a registering
    // user has no account yet when they allow the client.
    if interaction.consented_at.is_some() {
        let event = AuditEvent::new(AuditKind::ConsentGranted)
            .user(&user.id)
            .client(&interaction.request.client_id)
            .details(json!({"scopes": interaction.request.scopes}));
        audit::record(&tx, event).await?;
    }
    storage::commit(tx).await?;
    tracing::info!(user_id = %user.id, client_id = %interaction.request.client_id, "signed in");
    // After the commit: a browser is remembered only for a sign-in that happened.
    let remembered_browser = if experience::mfa::wants_remembering(&interaction) {
        Some(mfa::remember::remember(state, &user, user_agent.as_deref()).await?)
    } else {
        None
    };
    let request = &interaction.request;
    Ok(AuthorizeOutcome::Client {
        location: response_url(state, &request.redirect_uri, request.state.as_deref(), Ok(&code)),
        session: cookie,
        remembered_browser,
    })
}

/// A client asking for two factors (`acr_values`) is not served by a one-factor session while
/// two factors can be had.
/// `required`: the application requires two factors of everyone.
fn meets_acr(state: &AppState, request: &AuthRequest, session: &SsoSession, required: bool) -> bool {
    let two_factors = authn::acr(session.amr.as_deref()) == authn::ACR_TWO_FACTORS;
    two_factors || !(request.two_factors_asked || required) || !state.settings.two_factor.enabled
}

/// `max_age=0` asks for a sign-in every time, as `prompt=login` does.
fn max_age_exceeded(request: &AuthRequest, auth_time: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    request
        .max_age
        .is_some_and(|max| max == 0 || (now - auth_time).num_seconds() > max)
}

async fn issue_code(
    state: &AppState,
    conn: &impl Conn,
    request: &AuthRequest,
    session: &SsoSession,
    user: &User,
    now: DateTime<Utc>,
) -> Result<String, InternalError> {
    let code = random_token();
    let row = AuthorizationCode {
        id: hash_token(&code),
        grant_id: uuid::Uuid::new_v4().to_string(),
        client_id: request.client_id.clone(),
        user_id: user.id.clone(),
        session_id: session.id.clone(),
        redirect_uri: request.redirect_uri.clone(),
        scope: request.scope(),
        nonce: request.nonce.clone(),
        code_challenge: request.code_challenge.clone(),
        auth_time: session.auth_time,
        amr: session.amr.clone(),
        expires_at: now + state.settings.oidc.authorization_code_lifetime.chrono(),
    };
    storage::grants::insert(
        conn,
        NewGrant {
            id: &row.grant_id,
            user_id: &user.id,
            client_id: &request.client_id,
            session_id: &session.id,
            scope: &row.scope,
        },
        now,
    )
    .await?;
    storage::codes::insert(conn, &row, now).await?;
    // First-party clients consent implicitly; the record is what a later consent screen reads.
    storage::grants::record_consent(conn, &user.id, &request.client_id, &row.scope, now).await?;
    Ok(code)
}

/// The client's redirect URI carrying an error, for a request that passed validation.
pub fn error_redirect(state: &AppState, request: &AuthRequest, error: &RedirectError) -> String {
    response_url(state, &request.redirect_uri, request.state.as_deref(), Err(error))
}

fn client_redirect(
    state: &AppState,
    redirect_uri: &str,
    client_state: Option<&str>,
    result: Result<&str, &RedirectError>,
) -> AuthorizeOutcome {
    AuthorizeOutcome::Client {
        location: response_url(state, redirect_uri, client_state, result),
        session: None,
        remembered_browser: None,
    }
}

/// The client's redirect URI with the response parameters (RFC 6749 4.1.2, RFC 9207 `iss`).
fn response_url(
    state: &AppState,
    redirect_uri: &str,
    client_state: Option<&str>,
    result: Result<&str, &RedirectError>,
) -> String {
    let mut url = Url::parse(redirect_uri).expect("registered redirect URIs are validated URLs");
    {
        let mut query = url.query_pairs_mut();
        match result {
            Ok(code) => {
                query.append_pair("code", code);
            }
            Err(error) => {
                query.append_pair("error", error.code);
                query.append_pair("error_description", &error.description);
            }
        }
        if let Some(s) = client_state {
            query.append_pair("state", s);
        }
        query.append_pair("iss", &state.issuer());
    }
    url.into()
}

fn experience_location(state: &AppState, request: &AuthRequest) -> String {
    let base = &state.settings.experience.sign_in_url;
    let absolute = if base.starts_with('/') {
        format!("{}{base}", state.settings.public_url)
    } else {
        base.clone()
    };
    let mut url = Url::parse(&absolute).expect("experience.sign_in_url is validated at start-up");
    if let Some(locales) = &request.ui_locales {
        url.query_pairs_mut().append_pair("ui_locales", locales);
    }
    url.into()
}

/// Where the experience app sends the browser after submit.
pub fn resume_url(state: &AppState) -> String {
    format!("{}/oidc/auth/resume", state.settings.public_url)
}
