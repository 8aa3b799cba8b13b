//! Bodies of the external-provider routes and the `identityNotLinked` step.

use std::collections::HashMap;

use poem_openapi::Object;

use super::text::Text;

#[derive(Debug, Object)]
#[oai(rename = "SocialAuthorizationUriRequest", rename_all = "camelCase")]
pub struct AuthorizationUriBody {
    /// Sent to the provider and back; the UI keeps it to check the callback, and the server
    /// checks it too. At least 16 characters of randomness.
    #[oai(validator(min_length = 16, max_length = 512))]
    pub state: Text,
    /// Where the provider sends the browser back: `{public_url}/callback/{connectorId}` (what
    /// `gatehouse connector list` says to register) or a page on an origin of
    /// `experience.allowed_origins`.
    #[oai(validator(max_length = 2048))]
    pub redirect_uri: Text,
}

#[derive(Debug, Object)]
#[oai(rename = "SocialAuthorizationUriResponse", rename_all = "camelCase")]
pub struct AuthorizationUriDto {
    /// Send the browser here.
    pub authorization_uri: String,
    /// Give it back to `.../verify` with the callback's query.
    pub verification_id: String,
}

#[derive(Debug, Object)]
#[oai(rename = "SocialVerifyRequest", rename_all = "camelCase")]
pub struct SocialVerifyBody {
    #[oai(validator(max_length = 64))]
    pub verification_id: Text,
    /// The query the provider sent to the redirect URI, as it came: `code` and `state`, or
    /// `error` (and `state`).
    #[oai(validator(max_properties = 16))]
    pub connector_data: HashMap<String, String>,
}

/// An external provider proved an identity that no account has. Register with it
/// (`PUT /api/experience/interaction-event` `Register`, then identify with `verificationId`),
/// or link it: verify the password of the existing account, then identify with that
/// verification and `linkVerificationId` set to this `verificationId`.
#[derive(Debug, Object)]
#[oai(rename = "IdentityNotLinkedStep", rename_all = "camelCase")]
pub struct IdentityNotLinkedStep {
    pub verification_id: String,
    pub connector_id: String,
    /// The address the provider verified, if any; an unverified one is never shown or used.
    #[oai(skip_serializing_if_is_none)]
    pub email: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    pub name: Option<String>,
    /// Registration is possible here.
    pub register: bool,
    /// Linking to an account proved by its password is possible here.
    pub link: bool,
}

/// A provider the sign-in page may show as a button.
#[derive(Debug, Object)]
#[oai(rename = "SocialConnector", rename_all = "camelCase")]
pub struct ConnectorDto {
    pub id: String,
    pub name: String,
    #[oai(skip_serializing_if_is_none)]
    pub logo_url: Option<String>,
}
