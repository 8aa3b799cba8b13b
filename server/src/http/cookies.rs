//! The two cookies Gatehouse sets: the interaction (one sign-in in progress) and the SSO session.

use chrono::{DateTime, Utc};
use poem::{
    Request,
    web::cookie::{Cookie, SameSite},
};

use crate::config::Settings;

/// Fixed, so that custom experience apps and the spec can name it.
pub const INTERACTION_COOKIE: &str = "gatehouse_interaction";

pub fn read(req: &Request, name: &str) -> Option<String> {
    req.cookie().get(name).map(|c| c.value_str().to_owned())
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
    let mut cookie = Cookie::new_with_str(INTERACTION_COOKIE, value);
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
    let mut cookie = Cookie::new_with_str(&s.cookie_name, value);
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
