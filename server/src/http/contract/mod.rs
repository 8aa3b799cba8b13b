//! The error codes each route of the Experience API may answer. The OpenAPI document and the
//! reference page are written from this table; at run time, an answer with a code its route
//! does not declare is logged and counted (`gatehouse_undeclared_error_codes_total`), and the
//! test suite fails on any.

mod admin;
mod codes;
mod spec;

use std::sync::{
    Mutex,
    atomic::{AtomicU64, Ordering},
};

use poem::{
    Endpoint, IntoResponse, Request, Response, Result,
    http::{HeaderValue, Method, StatusCode, header},
};

pub use self::spec::{document, reference_page};
use super::error::ErrorCode::{self, *};
use crate::state::AppState;

/// What a route takes, which brings the codes every such route may answer.
#[derive(Clone, Copy)]
struct Takes {
    /// A JSON body (or query parameters): malformed, wrong type, too large.
    input: bool,
    /// The interaction cookie.
    interaction: bool,
    /// A bearer access token for the account API.
    bearer: bool,
    /// A bearer access token for the administration API.
    admin: bool,
}

pub struct RouteErrors {
    pub method: &'static str,
    pub path: &'static str,
    takes: Takes,
    own: &'static [&'static [ErrorCode]],
}

const fn route(
    method: &'static str,
    path: &'static str,
    takes: Takes,
    own: &'static [&'static [ErrorCode]],
) -> RouteErrors {
    RouteErrors {
        method,
        path,
        takes,
        own,
    }
}

const BODY: Takes = Takes {
    input: true,
    interaction: true,
    bearer: false,
    admin: false,
};
const COOKIE: Takes = Takes {
    input: false,
    interaction: true,
    bearer: false,
    admin: false,
};
const BODY_ONLY: Takes = Takes {
    input: true,
    interaction: false,
    bearer: false,
    admin: false,
};
const NOTHING: Takes = Takes {
    input: false,
    interaction: false,
    bearer: false,
    admin: false,
};
const TOKEN: Takes = Takes {
    input: false,
    interaction: false,
    bearer: true,
    admin: false,
};
const TOKEN_BODY: Takes = Takes {
    input: true,
    interaction: false,
    bearer: true,
    admin: false,
};

const ADMIN: Takes = Takes {
    input: false,
    interaction: false,
    bearer: false,
    admin: true,
};
const ADMIN_INPUT: Takes = Takes {
    input: true,
    interaction: false,
    bearer: false,
    admin: true,
};

const START: &[ErrorCode] = &[
    SessionAccessDenied,
    SessionSignInMethodDisabled,
    SessionRegistrationDisabled,
    SessionPasswordResetDisabled,
    CaptchaRequired,
    CaptchaInvalid,
    CaptchaExpired,
    CaptchaUsed,
];
const USERNAME: &[ErrorCode] = &[
    UserInvalidUsername,
    UserUsernameInvisibleCharacters,
    UserUsernameMixedScript,
    UserUsernameTaken,
];
/// The fields of an account an administrator sets.
const USER_FIELDS: &[ErrorCode] = &[
    UserInvalidEmail,
    UserEmailTaken,
    AccountInvalidName,
    AccountInvalidLocale,
];
const INVITATION: &[ErrorCode] = &[
    SessionRegistrationDisabled,
    InvitationDisabled,
    InvitationNotFound,
    InvitationExpired,
    InvitationRevoked,
    InvitationUsed,
    RateLimitExceeded,
];

const VERIFIED: &[ErrorCode] = &[AccountVerificationRequired];
const CODE: &[ErrorCode] = &[
    AccountVerificationNotFound,
    VerificationCodeMismatch,
    VerificationCodeExpired,
    VerificationCodeTooManyAttempts,
    VerificationCodeSuperseded,
    VerificationCodeUsed,
];
const SENDING: &[ErrorCode] = &[RateLimitExceeded];
/// A second-factor step of a sign-in.
const MFA_STEP: &[ErrorCode] = &[
    SessionNotIdentified,
    SessionMfaExpired,
    MfaNotAvailable,
    RateLimitExceeded,
];
/// A route that names a connector.
const SOCIAL: &[ErrorCode] = &[SocialDisabled, SocialConnectorNotFound];
/// A route that calls the provider.
const UPSTREAM: &[ErrorCode] = &[SocialUpstreamUnavailable, SocialInvalidResponse];
/// The provider's answer to a request, checked as at sign-in.
const ANSWER: &[ErrorCode] = &[
    SocialRequestNotFound,
    SocialStateMismatch,
    SocialAuthorizationDenied,
    SocialInvalidIdToken,
];
/// A change to the account's second factors: refused while the server offers none.
const MFA_CHANGE: &[ErrorCode] = &[MfaDisabled];

/// Every operation of the Experience API with the codes of its own.
pub const ROUTES: &[RouteErrors] = &[
    route("get", "/api/my-account", TOKEN, &[]),
    route(
        "patch",
        "/api/my-account",
        TOKEN_BODY,
        &[&[AccountFieldNotEditable, AccountInvalidName, AccountInvalidLocale]],
    ),
    route(
        "delete",
        "/api/my-account",
        TOKEN,
        &[VERIFIED, &[AccountDeleteDisabled, RequestInvalidBody]],
    ),
    route(
        "post",
        "/api/my-account/username",
        TOKEN_BODY,
        &[&[AccountFieldNotEditable, AccountUsernameAlreadySet], USERNAME],
    ),
    route(
        "put",
        "/api/my-account/password",
        TOKEN_BODY,
        &[VERIFIED, &[AccountFieldNotEditable, UserWeakPassword]],
    ),
    route(
        "post",
        "/api/my-account/verifications/password",
        TOKEN_BODY,
        &[&[AccountNoPassword, AccountInvalidPassword, RateLimitExceeded]],
    ),
    route(
        "post",
        "/api/my-account/verifications/email-code",
        TOKEN,
        &[&[AccountNoConfirmedEmail], SENDING],
    ),
    route(
        "post",
        "/api/my-account/verifications/email-code/verify",
        TOKEN_BODY,
        &[CODE],
    ),
    route(
        "post",
        "/api/my-account/email",
        TOKEN_BODY,
        &[
            VERIFIED,
            &[AccountFieldNotEditable, AccountEmailUnchanged, UserInvalidEmail],
            SENDING,
        ],
    ),
    route(
        "post",
        "/api/my-account/email/confirmation",
        TOKEN,
        &[&[AccountNoEmail, AccountEmailAlreadyVerified], SENDING],
    ),
    route(
        "post",
        "/api/my-account/email/verify",
        TOKEN_BODY,
        &[CODE, &[UserEmailTaken]],
    ),
    route("get", "/api/my-account/sessions", TOKEN, &[]),
    route("delete", "/api/my-account/sessions", TOKEN, &[]),
    route(
        "delete",
        "/api/my-account/sessions/{id}",
        TOKEN,
        &[&[AccountSessionNotFound, AccountCurrentSession, RequestInvalidBody]],
    ),
    route("get", "/api/my-account/apps", TOKEN, &[]),
    route(
        "delete",
        "/api/my-account/apps/{clientId}",
        TOKEN,
        &[&[ApplicationNotFound, RequestInvalidBody]],
    ),
    route("get", "/api/my-account/mfa", TOKEN, &[]),
    route(
        "post",
        "/api/my-account/mfa/totp/secret",
        TOKEN,
        &[
            VERIFIED,
            MFA_CHANGE,
            &[MfaNotAvailable, MfaAlreadyEnrolled, RequestInvalidBody],
        ],
    ),
    route(
        "post",
        "/api/my-account/mfa/totp",
        TOKEN_BODY,
        &[
            VERIFIED,
            MFA_CHANGE,
            &[MfaNotAvailable, MfaAlreadyEnrolled, MfaInvalidCode, MfaNotEnrolled],
        ],
    ),
    route(
        "delete",
        "/api/my-account/mfa/totp",
        TOKEN,
        &[VERIFIED, MFA_CHANGE, &[MfaNotEnrolled, RequestInvalidBody]],
    ),
    route(
        "put",
        "/api/my-account/mfa/email-code",
        TOKEN_BODY,
        &[
            VERIFIED,
            MFA_CHANGE,
            &[
                MfaNotAvailable,
                MfaAlreadyEnrolled,
                MfaNotEnrolled,
                AccountNoConfirmedEmail,
            ],
        ],
    ),
    route(
        "post",
        "/api/my-account/mfa/backup-codes",
        TOKEN,
        &[
            VERIFIED,
            MFA_CHANGE,
            &[MfaNotAvailable, MfaNotEnrolled, RequestInvalidBody],
        ],
    ),
    route("delete", "/api/my-account/mfa/remembered-browsers", TOKEN, &[]),
    route(
        "delete",
        "/api/my-account/mfa/remembered-browsers/{id}",
        TOKEN,
        &[&[MfaBrowserNotFound, RequestInvalidBody]],
    ),
    route("get", "/api/my-account/identities", TOKEN, &[]),
    route(
        "post",
        "/api/my-account/identities/social/{connectorId}/authorization-uri",
        TOKEN_BODY,
        &[&[SocialInvalidRedirectUri], SOCIAL, UPSTREAM],
    ),
    route(
        "post",
        "/api/my-account/identities",
        TOKEN_BODY,
        &[VERIFIED, &[AccountIdentityAlreadyLinked], ANSWER, SOCIAL, UPSTREAM],
    ),
    route(
        "delete",
        "/api/my-account/identities/{id}",
        TOKEN,
        &[
            VERIFIED,
            &[AccountIdentityNotFound, AccountLastSignInMethod, RequestInvalidBody],
        ],
    ),
    route(
        "post",
        "/api/my-account/verifications/social/{connectorId}/authorization-uri",
        TOKEN_BODY,
        &[&[AccountIdentityNotLinked, SocialInvalidRedirectUri], SOCIAL, UPSTREAM],
    ),
    route(
        "post",
        "/api/my-account/verifications/social",
        TOKEN_BODY,
        &[&[AccountIdentityNotLinked], ANSWER, SOCIAL, UPSTREAM],
    ),
    route("put", "/api/experience", BODY, &[START]),
    route("put", "/api/experience/interaction-event", BODY, &[START]),
    route("get", "/api/experience/interaction", COOKIE, &[]),
    route(
        "post",
        "/api/experience/verification/password",
        BODY,
        &[&[
            SessionEventNotSet,
            SessionEventNotSupported,
            SessionSignInMethodDisabled,
            SessionInvalidCredentials,
            SessionUserDisabled,
            SessionAccessDenied,
            RateLimitExceeded,
        ]],
    ),
    route(
        "post",
        "/api/experience/verification/social/{connectorId}/authorization-uri",
        BODY,
        &[
            &[
                SessionEventNotSet,
                SessionEventNotSupported,
                SessionAccessDenied,
                SocialInvalidRedirectUri,
                RateLimitExceeded,
            ],
            SOCIAL,
            UPSTREAM,
        ],
    ),
    route(
        "post",
        "/api/experience/verification/social/{connectorId}/verify",
        BODY,
        &[
            &[
                SessionEventNotSet,
                SessionEventNotSupported,
                SocialRequestNotFound,
                SocialStateMismatch,
                SocialAuthorizationDenied,
                SocialInvalidIdToken,
            ],
            SOCIAL,
            UPSTREAM,
        ],
    ),
    route(
        "post",
        "/api/experience/identification",
        BODY,
        &[&[
            SessionEventNotSet,
            SessionVerificationNotFound,
            SessionIdentityNotLinked,
            SessionIdentityAlreadyLinked,
            SessionLinkNotPossible,
            SessionUserDisabled,
            SessionPasswordRequired,
            SessionRegistrationInvitationOnly,
            SessionAccessDenied,
            SessionEmailDomainNotAllowed,
            SessionIdentifierInPassword,
            SessionInvitationEmailMismatch,
            UserInvalidEmail,
            UserEmailTaken,
        ]],
    ),
    route(
        "put",
        "/api/experience/remember-me",
        BODY,
        &[&[SessionRememberMeDisabled]],
    ),
    route(
        "post",
        "/api/experience/profile",
        BODY,
        &[
            &[
                SessionEventNotSet,
                SessionEventNotSupported,
                SessionRegistrationInvitationOnly,
                SessionEmailDomainNotAllowed,
                SessionVerificationNotFound,
                SessionIdentifierInPassword,
                SessionInvitationEmailMismatch,
                UserWeakPassword,
                UserInvalidEmail,
                UserEmailTaken,
                RateLimitExceeded,
            ],
            USERNAME,
        ],
    ),
    route("post", "/api/experience/consent", COOKIE, &[&[SessionNotIdentified]]),
    route(
        "post",
        "/api/experience/consent/deny",
        COOKIE,
        &[&[SessionNotIdentified]],
    ),
    route(
        "post",
        "/api/experience/submit",
        COOKIE,
        &[
            &[
                SessionEventNotSet,
                SessionEventNotSupported,
                SessionNotIdentified,
                SessionConsentRequired,
                SessionProfileIncomplete,
                SessionRegistrationInvitationOnly,
                SessionAccessDenied,
                SessionEmailDomainNotAllowed,
                SessionUserDisabled,
                SessionIdentityAlreadyLinked,
                SessionMfaRequired,
                SessionMfaEnrollmentRequired,
                SessionMfaExpired,
                UserInvalidEmail,
                UserEmailTaken,
                InvitationNotFound,
                InvitationExpired,
                InvitationRevoked,
                InvitationUsed,
            ],
            USERNAME,
        ],
    ),
    route(
        "post",
        "/api/experience/verification/verification-code",
        BODY,
        &[&[
            SessionEventNotSet,
            SessionEventNotSupported,
            SessionSignInMethodDisabled,
            SessionRegistrationInvitationOnly,
            SessionPasswordResetDisabled,
            SessionAccessDenied,
            SessionEmailDomainNotAllowed,
            UserInvalidEmail,
            RateLimitExceeded,
        ]],
    ),
    route(
        "post",
        "/api/experience/verification/verification-code/verify",
        BODY,
        &[&[
            SessionVerificationNotFound,
            VerificationCodeMismatch,
            VerificationCodeExpired,
            VerificationCodeTooManyAttempts,
            VerificationCodeSuperseded,
            VerificationCodeUsed,
            UserInvalidEmail,
            RateLimitExceeded,
        ]],
    ),
    route(
        "post",
        "/api/experience/verification/totp/verify",
        BODY,
        &[MFA_STEP, &[MfaInvalidCode, MfaNotEnrolled]],
    ),
    route(
        "post",
        "/api/experience/verification/backup-code/verify",
        BODY,
        &[MFA_STEP, &[MfaInvalidCode]],
    ),
    route(
        "post",
        "/api/experience/verification/mfa-email-code",
        COOKIE,
        &[MFA_STEP],
    ),
    route(
        "post",
        "/api/experience/verification/mfa-email-code/verify",
        BODY,
        &[
            MFA_STEP,
            &[
                SessionVerificationNotFound,
                MfaInvalidCode,
                VerificationCodeMismatch,
                VerificationCodeExpired,
                VerificationCodeTooManyAttempts,
                VerificationCodeSuperseded,
                VerificationCodeUsed,
            ],
        ],
    ),
    route(
        "put",
        "/api/experience/remember-browser",
        BODY,
        &[&[SessionNotIdentified, MfaRememberBrowserDisabled, MfaNotAvailable]],
    ),
    route("post", "/api/experience/verification/totp/secret", COOKIE, &[MFA_STEP]),
    route(
        "post",
        "/api/experience/profile/mfa",
        BODY,
        &[MFA_STEP, &[MfaNotEnrolled]],
    ),
    route(
        "post",
        "/api/experience/verification/invitation",
        BODY,
        &[&[SessionEventNotSet, SessionEventNotSupported], INVITATION],
    ),
    route(
        "post",
        "/api/experience/invitation/login-initiation",
        BODY_ONLY,
        &[&[InvitationNoApplication], INVITATION],
    ),
    route(
        "put",
        "/api/experience/profile/password",
        BODY,
        &[&[
            SessionEventNotSet,
            SessionEventNotSupported,
            SessionNotIdentified,
            UserWeakPassword,
        ]],
    ),
    route("get", "/api/experience/captcha", NOTHING, &[]),
    route(
        "get",
        "/api/.well-known/sign-in-exp",
        BODY_ONLY,
        &[&[ApplicationNotFound]],
    ),
];

impl RouteErrors {
    /// Everything this route may answer: its own codes and those of what it takes.
    pub fn codes(&self) -> Vec<ErrorCode> {
        let mut codes = vec![RequestTimeout, InternalServerError];
        // The account and administration APIs are not guarded by origin: a bearer token is
        // never sent by itself.
        if self.method != "get" && !self.takes.bearer && !self.takes.admin {
            codes.push(RequestForbiddenOrigin);
        }
        if self.takes.admin {
            codes.extend([AdminInvalidToken, AdminInsufficientScope]);
        }
        if self.takes.bearer {
            codes.extend([
                AccountDisabled,
                AccountInvalidToken,
                AccountInsufficientScope,
                AccountThirdPartyClient,
            ]);
        }
        if self.takes.input {
            codes.extend([RequestInvalidBody, RequestUnsupportedMediaType, RequestPayloadTooLarge]);
        }
        if self.takes.interaction {
            codes.push(SessionNotFound);
        }
        codes.extend(self.own.iter().copied().flatten());
        // In the reference order, once each.
        ErrorCode::ALL.iter().copied().filter(|c| codes.contains(c)).collect()
    }

    fn matches(&self, method: &Method, path: &str) -> bool {
        self.method.eq_ignore_ascii_case(method.as_str()) && self.has_path(path)
    }

    /// The path, a `{parameter}` standing for any one segment (the document's own spelling
    /// matches too).
    fn has_path(&self, path: &str) -> bool {
        let (mut ours, mut theirs) = (self.path.split('/'), path.split('/'));
        loop {
            match (ours.next(), theirs.next()) {
                (None, None) => return true,
                (Some(a), Some(b)) if a == b || (a.starts_with('{') && !b.is_empty()) => {}
                _ => return false,
            }
        }
    }
}

/// Every operation of the API: the Experience and account APIs', then the administration
/// API's.
pub fn routes() -> impl Iterator<Item = &'static RouteErrors> {
    ROUTES.iter().chain(admin::ADMIN_ROUTES)
}

/// The route a request is for, if it is an operation of the API.
pub fn route_of(method: &Method, path: &str) -> Option<&'static RouteErrors> {
    routes().find(|r| r.matches(method, path))
}

/// Answers with codes their route does not declare, seen since start.
#[derive(Default)]
pub struct UndeclaredCodes {
    count: AtomicU64,
    seen: Mutex<Vec<String>>,
}

impl UndeclaredCodes {
    pub fn count(&self) -> u64 {
        self.count.load(Ordering::Relaxed)
    }

    /// The first few, as `METHOD path: code`.
    pub fn seen(&self) -> Vec<String> {
        self.seen.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn record(&self, what: String) {
        self.count.fetch_add(1, Ordering::Relaxed);
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if seen.len() < 32 && !seen.contains(&what) {
            seen.push(what);
        }
    }
}

/// Whether the spec says `method path` may answer `code`.
fn is_declared(method: &Method, path: &str, code: &str) -> bool {
    let codes = match route_of(method, path) {
        Some(route) => route.codes(),
        // Outside the operations: no such path, not this method, or refused before routing.
        None => vec![
            RequestNotFound,
            RequestMethodNotAllowed,
            RequestForbiddenOrigin,
            RequestPayloadTooLarge,
            RequestTimeout,
        ],
    };
    codes.iter().any(|c| c.as_str() == code)
}

/// Checks the code of every error answer of the API against its route's declaration.
pub async fn watch<E: Endpoint>(ep: E, req: Request) -> Result<Response> {
    let (method, path) = (req.method().clone(), req.uri().path().to_owned());
    let state = req.data::<AppState>().cloned();
    let mut response = ep.call(req).await?.into_response();
    if !(response.status().is_client_error() || response.status().is_server_error()) {
        return Ok(response);
    }
    if response.status() == StatusCode::METHOD_NOT_ALLOWED {
        let allow: Vec<String> = routes()
            .filter(|r| r.has_path(&path))
            .map(|r| r.method.to_uppercase())
            .collect();
        if let Ok(allow) = HeaderValue::from_str(&allow.join(", ")) {
            response.headers_mut().insert(header::ALLOW, allow);
        }
    }
    let Some(state) = state else { return Ok(response) };
    let body = response.take_body().into_bytes().await.unwrap_or_default();
    let code = serde_json::from_slice::<serde_json::Value>(&body)
        .ok()
        .and_then(|v| v["code"].as_str().map(str::to_owned))
        .unwrap_or_default();
    response.set_body(body);
    if !is_declared(&method, &path, &code) {
        tracing::error!(%method, %path, %code, "an error code its route does not declare in the OpenAPI document");
        state.undeclared_codes.record(format!("{method} {path}: {code}"));
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_declared_for_its_routes_only() {
        let post = Method::POST;
        assert!(is_declared(&post, "/api/experience/profile", "user.weak_password"));
        assert!(is_declared(&post, "/api/experience/profile", "session.not_found"));
        assert!(!is_declared(&post, "/api/experience/consent", "user.weak_password"));
        assert!(!is_declared(
            &Method::GET,
            "/api/experience/interaction",
            "request.invalid_body"
        ));
        assert!(is_declared(&Method::DELETE, "/api/nothing", "request.not_found"));
        assert!(!is_declared(&post, "/api/experience/profile", "no.such_code"));
        let delete = Method::DELETE;
        assert!(is_declared(
            &delete,
            "/api/my-account/sessions/abc",
            "account.session_not_found"
        ));
        assert!(!is_declared(
            &delete,
            "/api/my-account/sessions",
            "account.session_not_found"
        ));
        assert!(!is_declared(
            &delete,
            "/api/my-account/sessions/a/b",
            "account.session_not_found"
        ));
    }

    /// The table names each operation once.
    #[test]
    fn routes_are_listed_once() {
        let all: Vec<&RouteErrors> = routes().collect();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert!(
                    !(a.method == b.method && a.path == b.path),
                    "{} {} twice",
                    a.method,
                    a.path
                );
            }
        }
    }
}
