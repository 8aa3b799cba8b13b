//! The bodies of `/api/admin/applications`, `/keys` and `/settings`.

use chrono::{DateTime, Utc};
use poem_openapi::Object;

use crate::{
    http::experience::text::Text,
    service::{clients::CreatedClient, keys::Rotation},
    storage::{clients::Listed, keys::KeySummary},
};

/// An OAuth/OIDC client (relying party).
#[derive(Debug, Object)]
#[oai(rename = "AdminApplication", rename_all = "camelCase")]
pub struct ApplicationDto {
    pub id: String,
    pub name: String,
    /// `config` (declared in the configuration file: read-only here), `cli` or `api`.
    pub source: String,
    /// True for an application declared in the configuration file.
    pub read_only: bool,
    /// No secret: a single-page or native app, PKCE required.
    pub public: bool,
    pub redirect_uris: Vec<String>,
    pub post_logout_redirect_uris: Vec<String>,
    pub grant_types: Vec<String>,
    pub scopes: Vec<String>,
    /// Users are not asked for consent.
    pub first_party: bool,
    /// `ES256` or `RS256`.
    pub id_token_alg: String,
    #[oai(skip_serializing_if_is_none)]
    pub initiate_login_uri: Option<String>,
    pub resource_server: bool,
    pub admin: bool,
    pub created_at: DateTime<Utc>,
}

impl From<Listed> for ApplicationDto {
    fn from(l: Listed) -> Self {
        let c = l.client;
        Self {
            read_only: l.source == "config",
            public: c.is_public(),
            id: c.id,
            name: c.name,
            source: l.source,
            redirect_uris: c.redirect_uris,
            post_logout_redirect_uris: c.post_logout_redirect_uris,
            grant_types: c.grant_types,
            scopes: c.scopes,
            first_party: c.first_party,
            id_token_alg: c.id_token_alg,
            initiate_login_uri: c.initiate_login_uri,
            resource_server: c.resource_server,
            admin: c.admin,
            created_at: l.created_at,
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "AdminApplicationPage", rename_all = "camelCase")]
pub struct ApplicationPageDto {
    pub items: Vec<ApplicationDto>,
    /// Pass as `cursor` for the next page; absent on the last page.
    #[oai(skip_serializing_if_is_none)]
    pub next_cursor: Option<String>,
}

/// A new application. Left out: `redirectUris` and `postLogoutRedirectUris` empty, `public`
/// false, `grantTypes` `authorization_code` and `refresh_token` with a redirect URI, and
/// `client_credentials` for an admin application, every user scope, `firstParty` true,
/// `idTokenAlg` `ES256`, the flags false.
#[derive(Debug, Object)]
#[oai(rename = "AdminApplicationCreate", rename_all = "camelCase")]
pub struct CreateApplicationBody {
    pub name: Text,
    pub redirect_uris: Option<Vec<Text>>,
    pub post_logout_redirect_uris: Option<Vec<Text>>,
    pub public: Option<bool>,
    pub grant_types: Option<Vec<Text>>,
    pub scopes: Option<Vec<Text>>,
    pub first_party: Option<bool>,
    pub id_token_alg: Option<Text>,
    pub initiate_login_uri: Option<Text>,
    pub resource_server: Option<bool>,
    pub admin: Option<bool>,
}

/// A change: fields left out stay as they are; `initiateLoginUri: ""` removes it.
#[derive(Debug, Object)]
#[oai(rename = "AdminApplicationUpdate", rename_all = "camelCase")]
pub struct UpdateApplicationBody {
    pub name: Option<Text>,
    pub redirect_uris: Option<Vec<Text>>,
    pub post_logout_redirect_uris: Option<Vec<Text>>,
    pub grant_types: Option<Vec<Text>>,
    pub scopes: Option<Vec<Text>>,
    pub first_party: Option<bool>,
    pub id_token_alg: Option<Text>,
    pub initiate_login_uri: Option<Text>,
    pub resource_server: Option<bool>,
    pub admin: Option<bool>,
}

#[derive(Debug, Object)]
#[oai(rename = "AdminApplicationCreated", rename_all = "camelCase")]
pub struct CreatedApplicationDto {
    pub application: ApplicationDto,
    /// Shown once, for a confidential application; only its hash is kept.
    #[oai(skip_serializing_if_is_none)]
    pub client_secret: Option<String>,
}

impl CreatedApplicationDto {
    pub fn new(listed: Listed, created: CreatedClient) -> Self {
        Self {
            application: listed.into(),
            client_secret: created.client_secret,
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "AdminApplicationSecret", rename_all = "camelCase")]
pub struct SecretDto {
    /// Shown once; the previous secret no longer works.
    pub client_secret: String,
}

/// A signing key.
#[derive(Debug, Object)]
#[oai(rename = "AdminKey", rename_all = "camelCase")]
pub struct KeyDto {
    pub kid: String,
    /// `ES256` or `RS256`.
    pub alg: String,
    /// `published` (not signing yet), `signing`, `retiring` (still verifies) or `retired`.
    pub state: String,
    pub activated_at: DateTime<Utc>,
    #[oai(skip_serializing_if_is_none)]
    pub retired_at: Option<DateTime<Utc>>,
}

impl KeyDto {
    pub fn new(key: KeySummary, now: DateTime<Utc>) -> Self {
        Self {
            state: crate::service::keys::status(&key, now).to_owned(),
            kid: key.kid,
            alg: key.alg,
            activated_at: key.activated_at,
            retired_at: key.retired_at,
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "AdminKeyList", rename_all = "camelCase")]
pub struct KeyListDto {
    /// Newest first.
    pub items: Vec<KeyDto>,
}

#[derive(Debug, Object)]
#[oai(rename = "AdminKeyRotate", rename_all = "camelCase")]
pub struct RotateKeyBody {
    /// `ES256` (left out) or `RS256`.
    pub alg: Option<Text>,
}

#[derive(Debug, Object)]
#[oai(rename = "AdminKeyRotation", rename_all = "camelCase")]
pub struct RotationDto {
    pub kid: String,
    /// When the new key starts signing (`oidc.key_activation_delay` from now).
    pub activated_at: DateTime<Utc>,
    /// How many keys it replaces.
    pub retired: u64,
}

impl From<Rotation> for RotationDto {
    fn from(r: Rotation) -> Self {
        Self {
            kid: r.kid,
            activated_at: r.activated_at,
            retired: r.retired,
        }
    }
}
