//! The bundled experience app, embedded in the binary from `experience-ui/dist` (release
//! builds) or read from that folder (debug builds).

use poem::{
    IntoResponse, Request, Response, handler,
    http::{StatusCode, header},
    web::{Data, Redirect},
};
use rust_embed::RustEmbed;

use super::pages;
use crate::state::AppState;

#[derive(RustEmbed)]
#[folder = "$GATEHOUSE_UI_DIST"]
#[allow_missing = true]
struct Assets;

/// Routes the single-page app draws; each gets `index.html`.
pub const APP_ROUTES: [&str; 3] = ["/sign-in", "/register", "/forgot-password"];
/// The account pages, served when `account.enabled` is on.
pub const ACCOUNT_ROUTES: [&str; 2] = ["/account", "/account/callback"];
/// The demo relying party's pages, served when `endpoints.demo_page` is on.
pub const DEMO_ROUTES: [&str; 2] = ["/demo", "/demo/callback"];

/// The server has no page of its own at `/`: with the demo on, its relying party shows what
/// Gatehouse does; otherwise a small page says where the provider is.
fn root(state: &AppState) -> Response {
    if state.settings.endpoints.demo_page {
        Redirect::see_other("/demo").into_response()
    } else {
        pages::home(&state.issuer())
    }
}

#[handler]
pub fn index() -> Response {
    file("index.html", "no-cache")
}

/// Any other page: the app draws its not-found view, with the status a crawler expects. `/`
/// lands here too, as the router's catch-all takes it before a route of its own.
#[handler]
pub fn not_found(state: Data<&AppState>, req: &Request) -> Response {
    if req.uri().path() == "/" {
        return root(&state);
    }
    let mut response = file("index.html", "no-cache");
    response.set_status(StatusCode::NOT_FOUND);
    response
}

/// Vite names every asset by its content hash, so they can be cached for good.
#[handler]
pub fn asset(req: &Request) -> Response {
    let path = req.uri().path().trim_start_matches('/');
    file(path, "public, max-age=31536000, immutable")
}

fn file(path: &str, cache: &str) -> Response {
    match Assets::get(path) {
        Some(content) => Response::builder()
            .content_type(content.metadata.mimetype())
            .header(header::CACHE_CONTROL, cache)
            .body(content.data.into_owned()),
        None if path == "index.html" => Response::builder()
            .status(StatusCode::SERVICE_UNAVAILABLE)
            .content_type("text/plain; charset=utf-8")
            .body("The experience app is not built: run `make build`."),
        None => Response::builder().status(StatusCode::NOT_FOUND).finish(),
    }
}
