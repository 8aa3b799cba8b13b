use poem::{
    Body, Request, Response, handler,
    http::StatusCode,
    web::{Data, cookie::CookieJar},
};

use super::{form, internal, redirect};
use crate::{
    crypto::token::{constant_time_eq, random_token},
    http::{cookies, pages},
    service::logout::{self, Logout, LogoutOutcome},
    state::AppState,
};

const XSRF_COOKIE: &str = "gatehouse_logout";

/// GET, or a form POST, from the relying party.
#[handler]
pub async fn end_session(state: Data<&AppState>, req: &Request, jar: &CookieJar, body: Body) -> poem::Result<Response> {
    let Some(pairs) = form::params(req, body).await? else {
        return Ok(pages::error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "The logout request must be a form post.",
        ));
    };
    finish(&state, req, jar, pairs, false).await
}

/// The confirmation form posts here, with the double-submit token of its cookie.
#[handler]
pub async fn confirm(state: Data<&AppState>, req: &Request, jar: &CookieJar, body: Body) -> poem::Result<Response> {
    let mut pairs = form::params(req, body).await?.unwrap_or_default();
    let xsrf = pairs.iter().position(|(k, _)| k == "xsrf").map(|i| pairs.remove(i).1);
    let expected = cookies::read(req, XSRF_COOKIE);
    let genuine = matches!((&xsrf, &expected), (Some(a), Some(b)) if constant_time_eq(a.as_bytes(), b.as_bytes()));
    if !genuine {
        return Ok(pages::error(
            StatusCode::BAD_REQUEST,
            "This sign-out form has expired. Start again from the application.",
        ));
    }
    jar.remove(XSRF_COOKIE);
    finish(&state, req, jar, pairs, true).await
}

async fn finish(
    state: &AppState,
    req: &Request,
    jar: &CookieJar,
    pairs: Vec<(String, String)>,
    confirmed: bool,
) -> poem::Result<Response> {
    let logout = match logout::check(state, pairs).await {
        Ok(logout) => logout,
        Err(e) => {
            return Ok(pages::error(
                StatusCode::BAD_REQUEST,
                &format!("This sign-out request cannot be accepted: {e}."),
            ));
        }
    };
    let session = cookies::read_session(&state.settings, req);
    let outcome = logout::end_session(state, logout, session.as_deref(), confirmed)
        .await
        .map_err(internal)?;
    Ok(respond(state, jar, outcome))
}

fn respond(state: &AppState, jar: &CookieJar, outcome: LogoutOutcome) -> Response {
    match outcome {
        LogoutOutcome::Confirm(logout) => {
            let xsrf = random_token();
            jar.add(cookies::logout_xsrf(&state.settings, XSRF_COOKIE, &xsrf));
            let origin = logout
                .post_logout_redirect_uri
                .as_deref()
                .and_then(|u| url::Url::parse(u).ok())
                .map(|u| u.origin().ascii_serialization());
            pages::logout_confirm(
                &hidden_fields(&logout, &xsrf),
                logout.client_name.as_deref(),
                origin.as_deref(),
            )
        }
        LogoutOutcome::Done { redirect_to } => {
            jar.add(cookies::clear_session(&state.settings));
            match redirect_to {
                Some(location) => redirect(&location),
                None => pages::signed_out(),
            }
        }
    }
}

fn hidden_fields(logout: &Logout, xsrf: &str) -> Vec<(&'static str, String)> {
    let mut fields = vec![("xsrf", xsrf.to_owned())];
    let optional = [
        ("client_id", &logout.client_id),
        ("post_logout_redirect_uri", &logout.post_logout_redirect_uri),
        ("state", &logout.state),
    ];
    fields.extend(optional.into_iter().filter_map(|(k, v)| v.clone().map(|v| (k, v))));
    fields
}
