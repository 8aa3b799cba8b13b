use poem::{
    Body, Request, Response, handler,
    http::StatusCode,
    web::{Data, cookie::CookieJar},
};

use super::{form, internal, redirect};
use crate::{
    http::{client_ip, cookies, pages},
    service::{
        authorize::{self, AuthorizeOutcome},
        sessions::Device,
    },
    state::AppState,
};

/// GET, or a form POST (OIDC Core 3.1.2.1).
#[handler]
pub async fn authorization(
    state: Data<&AppState>,
    req: &Request,
    jar: &CookieJar,
    body: Body,
) -> poem::Result<Response> {
    let Some(pairs) = form::params(req, body).await? else {
        return Ok(pages::error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "The authorization request must be a form post.",
        ));
    };
    authorize_with(&state, req, jar, pairs).await
}

async fn authorize_with(
    state: &AppState,
    req: &Request,
    jar: &CookieJar,
    pairs: Vec<(String, String)>,
) -> poem::Result<Response> {
    let session = cookies::read_session(&state.settings, req);
    let outcome = authorize::authorize(state, pairs, session.as_deref(), client_ip(state, req))
        .await
        .map_err(internal)?;
    Ok(respond(state, jar, outcome))
}

/// Where `redirectTo` of a submit leads.
#[handler]
pub async fn resume(state: Data<&AppState>, req: &Request, jar: &CookieJar) -> poem::Result<Response> {
    let interaction = cookies::read_interaction(&state.settings, req);
    let device = Device::new(req.header(poem::http::header::USER_AGENT), client_ip(&state, req));
    let outcome = authorize::resume(&state, interaction.as_deref(), device)
        .await
        .map_err(internal)?;
    // Back to the client: the interaction is used up, with or without a new session.
    if matches!(outcome, AuthorizeOutcome::Client { .. }) {
        jar.add(cookies::clear_interaction(&state.settings));
    }
    Ok(respond(&state, jar, outcome))
}

fn respond(state: &AppState, jar: &CookieJar, outcome: AuthorizeOutcome) -> Response {
    let settings = &state.settings;
    match outcome {
        AuthorizeOutcome::Page(error) => pages::error(
            StatusCode::BAD_REQUEST,
            &format!("This sign-in request cannot be accepted: {error}."),
        ),
        AuthorizeOutcome::InteractionGone => {
            jar.add(cookies::clear_interaction(settings));
            pages::error(
                StatusCode::BAD_REQUEST,
                "This sign-in has expired or was already completed. Go back to the application and start again.",
            )
        }
        AuthorizeOutcome::TooManyRequests { retry_after_secs } => {
            let mut page = pages::error(
                StatusCode::TOO_MANY_REQUESTS,
                "Too many sign-ins were started from your network. Wait a few minutes, then go back to the application and try again.",
            );
            page.headers_mut()
                .insert(poem::http::header::RETRY_AFTER, retry_after_secs.into());
            page
        }
        AuthorizeOutcome::Client {
            location,
            session,
            remembered_browser,
        } => {
            if let Some(session) = session {
                jar.add(cookies::session(settings, &session.value, session.expires_at));
            }
            if let Some((value, expires_at)) = remembered_browser {
                jar.add(cookies::remembered_browser(settings, &value, expires_at));
            }
            redirect(&location)
        }
        AuthorizeOutcome::Experience {
            location,
            interaction_cookie,
        } => {
            if let Some(value) = interaction_cookie {
                jar.add(cookies::interaction(settings, &value));
            }
            redirect(&location)
        }
    }
}
