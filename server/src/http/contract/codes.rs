//! What each error code means, from the code itself: the reference page and the OpenAPI
//! document are written from here.

use super::super::error::ErrorCode::{self, *};

impl ErrorCode {
    /// Every code, in the order of the reference page. A unit test checks it against the enum.
    pub const ALL: &[ErrorCode] = &[
        RequestInvalidBody,
        RequestUnsupportedMediaType,
        RequestForbiddenOrigin,
        RequestPayloadTooLarge,
        RequestNotFound,
        RequestMethodNotAllowed,
        RequestTimeout,
        SessionNotFound,
        SessionEventNotSet,
        SessionEventNotSupported,
        SessionSignInMethodDisabled,
        SessionInvalidCredentials,
        SessionVerificationNotFound,
        SessionNotIdentified,
        SessionConsentRequired,
        SessionRememberMeDisabled,
        SessionRegistrationDisabled,
        SessionRegistrationInvitationOnly,
        SessionAccessDenied,
        SessionEmailDomainNotAllowed,
        SessionProfileIncomplete,
        SessionIdentifierInPassword,
        SessionInvitationEmailMismatch,
        SessionPasswordResetDisabled,
        SessionUserDisabled,
        SessionPasswordRequired,
        SessionIdentityNotLinked,
        SessionIdentityAlreadyLinked,
        SessionLinkNotPossible,
        SocialDisabled,
        SocialConnectorNotFound,
        SocialInvalidRedirectUri,
        SocialRequestNotFound,
        SocialStateMismatch,
        SocialAuthorizationDenied,
        SocialUpstreamUnavailable,
        SocialInvalidResponse,
        SocialInvalidIdToken,
        UserInvalidUsername,
        UserUsernameInvisibleCharacters,
        UserUsernameMixedScript,
        UserUsernameTaken,
        UserInvalidEmail,
        UserEmailTaken,
        UserWeakPassword,
        VerificationCodeMismatch,
        VerificationCodeExpired,
        VerificationCodeTooManyAttempts,
        VerificationCodeSuperseded,
        VerificationCodeUsed,
        InvitationDisabled,
        InvitationNotFound,
        InvitationExpired,
        InvitationRevoked,
        InvitationUsed,
        InvitationNoApplication,
        CaptchaRequired,
        CaptchaInvalid,
        CaptchaExpired,
        CaptchaUsed,
        RateLimitExceeded,
        ApplicationNotFound,
        AccountDisabled,
        AccountInvalidToken,
        AccountInsufficientScope,
        AccountThirdPartyClient,
        AccountVerificationRequired,
        AccountVerificationNotFound,
        AccountInvalidPassword,
        AccountNoPassword,
        AccountNoConfirmedEmail,
        AccountNoEmail,
        AccountEmailAlreadyVerified,
        AccountEmailUnchanged,
        AccountUsernameAlreadySet,
        AccountFieldNotEditable,
        AccountInvalidLocale,
        AccountInvalidName,
        AccountDeleteDisabled,
        AccountSessionNotFound,
        AccountCurrentSession,
        AccountIdentityNotFound,
        AccountIdentityAlreadyLinked,
        AccountIdentityNotLinked,
        AccountLastSignInMethod,
        SessionMfaRequired,
        SessionMfaEnrollmentRequired,
        SessionMfaExpired,
        MfaInvalidCode,
        MfaNotAvailable,
        MfaDisabled,
        MfaNotEnrolled,
        MfaAlreadyEnrolled,
        MfaRememberBrowserDisabled,
        MfaBrowserNotFound,
        AdminInvalidToken,
        AdminInsufficientScope,
        RequestInvalidCursor,
        ApplicationConfigDeclared,
        ApplicationPublic,
        ApplicationInvalidMetadata,
        ApplicationNoInitiateLoginUri,
        UserNotFound,
        UserAlreadyDisabled,
        UserNotDisabled,
        UserNoEmail,
        UserIdentifierRequired,
        UserIdentityNotFound,
        InvitationNotPending,
        ApplicationInvalidPolicy,
        InternalServerError,
    ];

    /// The code as clients see it.
    pub fn as_str(self) -> String {
        use poem_openapi::types::ToJSON;
        self.to_json()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    }

    /// What it means and what the UI should do, for the reference page and the spec.
    pub fn meaning(self) -> &'static str {
        match self {
            RequestInvalidBody => "The body or a parameter does not match the schema; `message` says where.",
            RequestUnsupportedMediaType => "The body must be `application/json`.",
            RequestForbiddenOrigin => {
                "A state-changing call from an origin that is not Gatehouse's, `experience.sign_in_url`'s or in `experience.allowed_origins`, or a cross-site one."
            }
            RequestPayloadTooLarge => "The body is larger than `http.max_body_bytes`.",
            RequestNotFound => "No such path.",
            RequestMethodNotAllowed => "The path exists, not with this method; `Allow` lists those it takes.",
            RequestTimeout => "The request took longer than `http.request_timeout`; it may be sent again.",
            SessionNotFound => {
                "No interaction in this browser (no `gatehouse_interaction` cookie, or it expired): start again at the application."
            }
            SessionEventNotSet => "Start the interaction with `PUT /api/experience` first.",
            SessionEventNotSupported => "This call does not belong to the interaction's event.",
            SessionSignInMethodDisabled => "This sign-in method or identifier type is turned off.",
            SessionInvalidCredentials => {
                "The identifier or the password is wrong (the same answer for an unknown identifier and for a locked one)."
            }
            SessionVerificationNotFound => {
                "No such verification in this interaction, or it cannot serve this call (wrong event, not verified, used up)."
            }
            SessionNotIdentified => "Identify the user (`POST /api/experience/identification`) first.",
            SessionConsentRequired => "The user must allow the application (`POST /api/experience/consent`) first.",
            SessionRememberMeDisabled => "\"Remember me\" is turned off (`sign_in.remember_me`).",
            SessionRegistrationDisabled => "Registration is turned off.",
            SessionRegistrationInvitationOnly => "This server registers people by invitation only: redeem one first.",
            SessionAccessDenied => {
                "The application's access rules refuse this sign-in: the client's IP address, or the \
                 account's email domain (said only once the account's credentials were proved)."
            }
            SessionEmailDomainNotAllowed => {
                "The application does not accept new accounts with this address's domain (or without \
                 an address, when it lists the domains it allows)."
            }
            SessionProfileIncomplete => "The registration still misses fields: see the `profile` step's `missing`.",
            SessionIdentifierInPassword => {
                "The password given earlier contains this username or address: choose another, or give another password first (until then `nextSteps` stops offering this verification). Nothing was changed."
            }
            SessionInvitationEmailMismatch => {
                "The invitation was sent to another address than the one proved by a code. Nothing was changed."
            }
            SessionPasswordResetDisabled => "Password reset is turned off.",
            SessionUserDisabled => "The right password or sign-in code, for an account an administrator disabled.",
            SessionPasswordRequired => {
                "Signed in by a mailed code, but the account's only second factor is a code to that same mailbox: sign in with the password."
            }
            UserInvalidUsername => "Not a valid username: see the `profile` step's `usernamePolicy`.",
            UserUsernameInvisibleCharacters => "The username contains invisible characters.",
            UserUsernameMixedScript => "The username mixes writing systems (Latin and Cyrillic, say).",
            UserUsernameTaken => "Another account has this username or one that looks the same.",
            UserInvalidEmail => "Not an email address.",
            UserEmailTaken => "This address already has an account (told only to whoever proved the mailbox).",
            UserWeakPassword => {
                "The password breaks the policy: `details.rules` lists every broken rule, `details.policy` its parameters."
            }
            VerificationCodeMismatch => "The code is wrong; it may be typed again until too many tries.",
            VerificationCodeExpired => "The code has expired: send a new one.",
            VerificationCodeTooManyAttempts => "Too many wrong codes: send a new one.",
            VerificationCodeSuperseded => "A newer code replaced this one.",
            VerificationCodeUsed => "This code was used already.",
            InvitationDisabled => "Invitations are turned off.",
            InvitationNotFound => "No invitation has this code.",
            InvitationExpired => "The invitation has expired: ask for a new one.",
            InvitationRevoked => "The invitation was revoked.",
            InvitationUsed => "The invitation was used already.",
            InvitationNoApplication => "The invitation names no application with a login initiation endpoint.",
            CaptchaRequired => "Registration needs a solved captcha (`captchaToken`).",
            CaptchaInvalid => "The captcha solution is wrong.",
            CaptchaExpired => "The captcha challenge has expired: solve a new one.",
            CaptchaUsed => "This captcha solution was used already.",
            RateLimitExceeded => "Too many requests: wait `Retry-After` seconds (also `details.retryAfter`).",
            ApplicationNotFound => {
                "No application has this id (or, in the account API, none this account gave access)."
            }
            AccountDisabled => "The account center is turned off (`account.enabled`).",
            AccountInvalidToken => "No access token, or not a live one of a live account: sign in again.",
            AccountInsufficientScope => {
                "The access token lacks the `account` scope: ask for it in the authorization request."
            }
            AccountThirdPartyClient => {
                "The access token was issued to a third-party client; only first-party clients may manage accounts."
            }
            AccountVerificationRequired => {
                "This change needs a live verification (`POST /api/my-account/verifications/...`, valid 10 minutes) in `Gatehouse-Verification-Id`; the one sent is missing, expired, or another account's."
            }
            AccountVerificationNotFound => "No such verification of this account for this call.",
            AccountInvalidPassword => "The password is wrong (wrong passwords count toward lockout).",
            AccountNoPassword => "The account has no password: verify with an email code, or set a password.",
            AccountNoConfirmedEmail => "The account has no confirmed email address to send a code to.",
            AccountNoEmail => "The account has no email address.",
            AccountEmailAlreadyVerified => "The address is confirmed already.",
            AccountEmailUnchanged => "This is the account's address already.",
            AccountUsernameAlreadySet => "The account has a username; it cannot be changed.",
            AccountFieldNotEditable => {
                "The operator does not let users change this (`account.editable`); `details.field` names it."
            }
            AccountInvalidLocale => "Not a language tag (`fr`, `en-GB`).",
            AccountInvalidName => "The name has control characters or is longer than 128 characters.",
            AccountDeleteDisabled => "Users cannot delete their own account here (`account.allow_delete`).",
            AccountSessionNotFound => "No live session of this account has this id.",
            AccountCurrentSession => "This is the session making the call: sign out (`/oidc/session/end`) instead.",
            AccountIdentityNotFound => "No external identity of this account has this id.",
            AccountIdentityAlreadyLinked => {
                "The provider proved an external identity that is linked to an account already (this one or another): nothing was changed."
            }
            AccountIdentityNotLinked => {
                "The provider proved an external identity that is not linked to this account (or the account has none of this provider): no verification."
            }
            AccountLastSignInMethod => {
                "Unlinking this identity would leave the account no way to sign in (no password, no other identity of a configured provider): set a password or link another identity first."
            }
            SessionMfaRequired => {
                "The user has two-factor authentication on: a second factor (`mfa` step) must pass before submit. No code reaches the client before it."
            }
            SessionMfaEnrollmentRequired => {
                "The operator requires two-factor authentication and the user has no factor: enrol one (`enrollMfa` step) before submit."
            }
            SessionMfaExpired => {
                "The second factor did not follow the first within `two_factor.cookie_lifetime`: the user was forgotten; sign in again (`nextSteps` says how)."
            }
            MfaInvalidCode => {
                "The second-factor code is wrong, replayed or used up (the same answer for each); wrong codes count toward lockout."
            }
            MfaNotAvailable => {
                "This factor is not offered here (`two_factor.factors`), or no second factor is pending."
            }
            MfaDisabled => "Two-factor authentication is turned off (`two_factor.enabled`).",
            MfaNotEnrolled => "The account has no such factor, or the setup it names has expired or was used.",
            MfaAlreadyEnrolled => "The account has this factor already: remove it first.",
            MfaRememberBrowserDisabled => "\"Remember this browser\" is turned off (`two_factor.remember_browser`).",
            MfaBrowserNotFound => "No remembered browser of this account has this id.",
            SessionIdentityNotLinked => {
                "No account has this external identity: `nextSteps` offers `identityNotLinked` (register with it, or link it to an account proved by its password)."
            }
            SessionIdentityAlreadyLinked => "This external identity is linked to another account already.",
            SessionLinkNotPossible => {
                "`linkVerificationId` goes with a password verification of a sign-in, naming an external identity no account has."
            }
            SocialDisabled => "Sign-in with external providers is turned off (`sign_in.external`).",
            SocialConnectorNotFound => "No connector of `[[connectors]]` has this id.",
            SocialInvalidRedirectUri => {
                "The redirect URI is neither `{public_url}/callback/{connectorId}` nor on an origin of the experience app."
            }
            SocialRequestNotFound => {
                "No authorization request of this browser (or user) has this id, or it was used or has expired (10 minutes): start again."
            }
            SocialStateMismatch => {
                "The `state` in the provider's answer is not the request's: the callback was not for this request."
            }
            SocialAuthorizationDenied => {
                "The provider sent the user back with an error (`details.upstreamError`, e.g. `access_denied`)."
            }
            SocialUpstreamUnavailable => {
                "The provider did not answer in time (`upstream.timeout`), answered a 5xx, too much (`upstream.max_response_bytes`) or not JSON."
            }
            SocialInvalidResponse => {
                "The provider's answer lacks what the protocol requires (a refused code, no access token, no subject)."
            }
            SocialInvalidIdToken => {
                "The provider's ID token failed a check: signature, issuer, audience, expiry or nonce."
            }
            AdminInvalidToken => {
                "No valid access token: get one by client credentials as an admin client, with the scope `admin`."
            }
            AdminInsufficientScope => {
                "The token is not a client-credentials token of the scope `admin` of a client that is still an admin client."
            }
            RequestInvalidCursor => "The `cursor` is not one this API gave: start from the first page.",
            ApplicationConfigDeclared => {
                "The application is declared in the configuration file: change it there (it is read-only here)."
            }
            ApplicationPublic => "A public application has no secret.",
            ApplicationInvalidMetadata => {
                "A field of the application is not valid: `details.field` names it, `message` says why."
            }
            ApplicationNoInitiateLoginUri => {
                "The application has no `initiateLoginUri`, so an invitation link for it would work only after a sign-in started there."
            }
            UserNotFound => "No account has this id.",
            UserAlreadyDisabled => "The account is locked already.",
            UserNotDisabled => "The account is not locked.",
            UserNoEmail => "The account has no email address to write to.",
            UserIdentifierRequired => {
                "An account needs a username or an email address; an invitation needs the address."
            }
            UserIdentityNotFound => "No linked identity of this account has this id.",
            InvitationNotPending => "The invitation was used, revoked or has expired.",
            ApplicationInvalidPolicy => {
                "A field of the application's sign-in policy is not valid (an unknown connector, a bad \
                 URL, colour, domain or IP range): `details.field` names it, `message` says why."
            }
            InternalServerError => "Gatehouse failed; the operator's log has the request id.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `ALL` lists each code of the enum once: the spec's enum is written from the type.
    #[test]
    fn all_lists_every_code_once() {
        let spec: serde_json::Value = serde_json::from_str(&crate::http::api_service().spec()).unwrap();
        let mut in_spec: Vec<String> = spec["components"]["schemas"]["ErrorCode"]["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect();
        let mut listed: Vec<String> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        in_spec.sort();
        listed.sort();
        let before = listed.len();
        listed.dedup();
        assert_eq!(before, listed.len(), "a code is listed twice");
        assert_eq!(in_spec, listed);
    }
}
