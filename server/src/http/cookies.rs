//! The two cookies Gatehouse sets: the interaction (one sign-in in progress) and the SSO session.

use chrono::{DateTime, Utc};
use poem::{
    Request,
    web::cookie::{Cookie, SameSite},
};

use crate::config::Settings;

/// Fixed, so that custom experience apps and the spec can name it.
pub const INTERACTION_COOKIE: &str = "gatehouse_interaction";
/// Lets its user skip the second factor in this browser.
pub const REMEMBERED_BROWSER_COOKIE: &str = "gatehouse_remembered_browser";
/// Over https: a cookie only this origin can set (RFC 6265bis `__Host-`), so that a sibling
/// subdomain cannot plant its own interaction or session in the user's browser.
const HOST_PREFIX: &str = "__Host-";

pub fn read(req: &Request, name: &str) -> Option<String> {
    req.cookie().get(name).map(|c| c.value_str().to_owned())
}

pub fn read_interaction(settings: &Settings, req: &Request) -> Option<String> {
    read(req, &interaction_name(settings))
}

pub fn read_session(settings: &Settings, req: &Request) -> Option<String> {
    read(req, &session_name(settings))
}

/// Only the prefixed name is read when the prefix is in use: a tossed cookie without it is
/// never taken for ours.
fn interaction_name(settings: &Settings) -> String {
    if secure(settings) {
        format!("{HOST_PREFIX}{INTERACTION_COOKIE}")
    } else {
        INTERACTION_COOKIE.to_owned()
    }
}

/// `__Host-` needs Secure, `Path=/` and no `Domain`: a session cookie shared with subdomains
/// (`session.cookie_domain`) or under a path keeps its plain name.
fn session_name(settings: &Settings) -> String {
    let s = &settings.session;
    if secure(settings) && s.cookie_domain.is_none() && s.cookie_path == "/" {
        format!("{HOST_PREFIX}{}", s.cookie_name)
    } else {
        s.cookie_name.clone()
    }
}

fn secure(settings: &Settings) -> bool {
    match settings.session.cookie_secure.as_str() {
        "always" => true,
        "never" => false,
        _ => settings.public_url.starts_with("https://"),
    }
}

/// HttpOnly and SameSite=Lax: sent on the top-level redirect back from the experience app and
/// on same-origin API calls, never on cross-site subrequests.
pub fn interaction(settings: &Settings, value: &str) -> Cookie {
    let mut cookie = Cookie::new_with_str(interaction_name(settings), value);
    cookie.set_http_only(true);
    cookie.set_same_site(SameSite::Lax);
    cookie.set_path("/");
    cookie.set_secure(secure(settings));
    cookie.set_max_age(settings.experience.interaction_lifetime.get());
    cookie
}

pub fn clear_interaction(settings: &Settings) -> Cookie {
    let mut cookie = interaction(settings, "");
    cookie.make_removal();
    cookie
}

/// A browser-session cookie unless the session is persistent (remember me).
pub fn session(settings: &Settings, value: &str, expires_at: Option<DateTime<Utc>>) -> Cookie {
    let s = &settings.session;
    let mut cookie = Cookie::new_with_str(session_name(settings), value);
    cookie.set_http_only(s.cookie_http_only);
    cookie.set_same_site(SameSite::Lax);
    cookie.set_path(&s.cookie_path);
    if let Some(domain) = &s.cookie_domain {
        cookie.set_domain(domain);
    }
    cookie.set_secure(secure(settings));
    if let Some(expires_at) = expires_at {
        cookie.set_max_age((expires_at - Utc::now()).to_std().unwrap_or_default());
    }
    cookie
}

/// "Remember this browser": a random token whose hash names one user and their security
/// stamp; HttpOnly, for the identification call of the Experience API.
pub fn remembered_browser(settings: &Settings, value: &str, expires_at: DateTime<Utc>) -> Cookie {
    let mut cookie = Cookie::new_with_str(remembered_browser_name(settings), value);
    cookie.set_http_only(true);
    cookie.set_same_site(SameSite::Lax);
    cookie.set_path("/");
    cookie.set_secure(secure(settings));
    cookie.set_max_age((expires_at - Utc::now()).to_std().unwrap_or_default());
    cookie
}

pub fn read_remembered_browser(settings: &Settings, req: &Request) -> Option<String> {
    read(req, &remembered_browser_name(settings))
}

fn remembered_browser_name(settings: &Settings) -> String {
    if secure(settings) {
        format!("{HOST_PREFIX}{REMEMBERED_BROWSER_COOKIE}")
    } else {
        REMEMBERED_BROWSER_COOKIE.to_owned()
    }
}

pub fn clear_session(settings: &Settings) -> Cookie {
    let mut cookie = session(settings, "", None);
    cookie.make_removal();
    cookie
}

/// The double-submit token of the sign-out confirmation form: Strict, it never leaves the site.
pub fn logout_xsrf(settings: &Settings, name: &str, value: &str) -> Cookie {
    let mut cookie = Cookie::new_with_str(name, value);
    cookie.set_http_only(true);
    cookie.set_same_site(SameSite::Strict);
    cookie.set_path("/oidc/session/end");
    cookie.set_secure(secure(settings));
    cookie.set_max_age(std::time::Duration::from_secs(600));
    cookie
}
