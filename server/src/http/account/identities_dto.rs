//! The bodies of `/api/my-account/identities` and of the verification by an identity.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use poem_openapi::Object;

use crate::{
    http::experience::text::Text,
    service::account::identities::{ConnectorView, IdentitiesView, IdentityView},
};

/// An external identity that signs the account in.
#[derive(Debug, Object)]
#[oai(rename = "AccountIdentity", rename_all = "camelCase")]
pub struct IdentityDto {
    pub id: String,
    pub connector_id: String,
    /// The provider's name; its id when the server no longer has the provider.
    pub connector_name: String,
    /// The address the provider verified, as of the last sign-in with it (none if it did
    /// not verify one): for recognising the identity only.
    #[oai(skip_serializing_if_is_none)]
    pub email: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    pub name: Option<String>,
    pub created_at: DateTime<Utc>,
    #[oai(skip_serializing_if_is_none)]
    pub last_used_at: Option<DateTime<Utc>>,
    /// False while it is the account's last way to sign in (no password, no other identity
    /// of a provider the server has).
    pub can_unlink: bool,
}

impl From<IdentityView> for IdentityDto {
    fn from(i: IdentityView) -> Self {
        Self {
            id: i.id,
            connector_id: i.connector_id,
            connector_name: i.connector_name,
            email: i.email,
            name: i.name,
            created_at: i.created_at,
            last_used_at: i.last_used_at,
            can_unlink: i.can_unlink,
        }
    }
}

/// A provider an identity may be linked from.
#[derive(Debug, Object)]
#[oai(rename = "AccountConnector", rename_all = "camelCase")]
pub struct ConnectorDto {
    pub id: String,
    pub name: String,
    #[oai(skip_serializing_if_is_none)]
    pub logo_url: Option<String>,
}

impl From<ConnectorView> for ConnectorDto {
    fn from(c: ConnectorView) -> Self {
        Self {
            id: c.id,
            name: c.name,
            logo_url: c.logo_url,
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "AccountIdentities", rename_all = "camelCase")]
pub struct IdentitiesDto {
    pub identities: Vec<IdentityDto>,
    /// The providers this server offers (empty while `sign_in.external` is off); an account
    /// may link several identities of one provider.
    pub connectors: Vec<ConnectorDto>,
}

impl From<IdentitiesView> for IdentitiesDto {
    fn from(v: IdentitiesView) -> Self {
        Self {
            identities: v.identities.into_iter().map(Into::into).collect(),
            connectors: v.connectors.into_iter().map(Into::into).collect(),
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "AccountSocialAuthorizationUriRequest", rename_all = "camelCase")]
pub struct AuthorizationUriBody {
    /// Sent to the provider and back; the UI keeps it to check the callback, and the server
    /// checks it too. At least 16 characters of randomness.
    #[oai(validator(min_length = 16, max_length = 512))]
    pub state: Text,
    /// Where the provider sends the browser back: `{public_url}/callback/{connectorId}` or a
    /// page on an origin of `experience.allowed_origins`.
    #[oai(validator(max_length = 2048))]
    pub redirect_uri: Text,
}

#[derive(Debug, Object)]
#[oai(rename = "AccountSocialAuthorizationUri", rename_all = "camelCase")]
pub struct AuthorizationUriDto {
    /// Send the browser here.
    pub authorization_uri: String,
    /// Give it back with the callback's query: it serves only the call it was made for
    /// (linking, or verifying), once, within 10 minutes.
    pub verification_id: String,
}

/// The provider's answer to a request made by one of the `.../authorization-uri` calls.
#[derive(Debug, Object)]
#[oai(rename = "AccountSocialRequest", rename_all = "camelCase")]
pub struct SocialBody {
    #[oai(validator(max_length = 32))]
    pub connector_id: Text,
    /// The `verificationId` of the authorization URI.
    #[oai(validator(max_length = 64))]
    pub verification_id: Text,
    /// The query the provider sent to the redirect URI, as it came: `code` and `state`, or
    /// `error` (and `state`).
    #[oai(validator(max_properties = 16))]
    pub connector_data: HashMap<String, String>,
}
