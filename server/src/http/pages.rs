//! The few pages the server draws itself: errors where no redirect is safe.

use poem::{Response, http::StatusCode};

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn page(status: StatusCode, title: &str, main: &str) -> Response {
    let body = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\"><title>{}</title></head>\
         <body><main><h1>{}</h1>{main}</main></body></html>",
        escape(title),
        escape(title)
    );
    Response::builder()
        .status(status)
        .content_type("text/html; charset=utf-8")
        .header("Cache-Control", "no-store")
        .body(body)
}

pub fn error(status: StatusCode, message: &str) -> Response {
    page(
        status,
        "Sign-in error",
        &format!("<p data-testid=\"error-message\">{}</p>", escape(message)),
    )
}

/// `/` when the demo is off: what this server is, for whoever opens it.
pub fn home(issuer: &str) -> Response {
    let discovery = format!("{issuer}/.well-known/openid-configuration");
    page(
        StatusCode::OK,
        "Gatehouse",
        &format!(
            "<p data-testid=\"home\">This is an OpenID Connect provider. Applications discover it at \
             <a href=\"{}\">{}</a>.</p>",
            escape(&discovery),
            escape(&discovery)
        ),
    )
}

pub fn signed_out() -> Response {
    page(
        StatusCode::OK,
        "You are signed out",
        "<p data-testid=\"signed-out\">You can close this window.</p>",
    )
}

/// Asks before signing out. The form may lead on to the client's post-logout URI, so that
/// origin joins `form-action` (browsers apply it to the redirect after a form post).
pub fn logout_confirm(fields: &[(&str, String)], client_name: Option<&str>, redirect_origin: Option<&str>) -> Response {
    let hidden: String = fields
        .iter()
        .map(|(name, value)| {
            format!(
                "<input type=\"hidden\" name=\"{}\" value=\"{}\">",
                escape(name),
                escape(value)
            )
        })
        .collect();
    let from = client_name.map(|n| format!(" from {}", escape(n))).unwrap_or_default();
    let main = format!(
        "<p>Do you want to sign out{from}?</p>\
         <form method=\"post\" action=\"/oidc/session/end/confirm\">{hidden}\
         <button type=\"submit\" data-testid=\"confirm-sign-out\">Sign out</button></form>"
    );
    let mut response = page(StatusCode::OK, "Sign out", &main);
    let form_action = redirect_origin.map_or_else(|| "'self'".to_owned(), |o| format!("'self' {o}"));
    let csp = format!(
        "default-src 'none'; style-src 'self'; form-action {form_action}; frame-ancestors 'none'; base-uri 'none'"
    );
    if let Ok(value) = csp.parse() {
        response
            .headers_mut()
            .insert(poem::http::header::CONTENT_SECURITY_POLICY, value);
    }
    response
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup() {
        assert_eq!(
            super::escape("<a href='x'>&</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;"
        );
    }
}
