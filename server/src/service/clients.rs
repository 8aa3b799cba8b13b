use secrecy::ExposeSecret;

pub use crate::storage::clients::Source;

use crate::{
    config::{ACCOUNT_CLIENT_ID, ClientSettings, ConfigError, Settings, validate_client},
    crypto::token::{hash_token, random_token},
    domain::client::Client,
    service::InternalError,
    storage::{self, Db, clients::Listed, page::Position},
};

fn from_settings(c: &ClientSettings) -> Client {
    Client {
        id: c.client_id.clone(),
        name: c.name.clone().unwrap_or_else(|| c.client_id.clone()),
        secret_hash: c.client_secret.as_ref().map(|s| hash_token(s.expose_secret())),
        redirect_uris: c.redirect_uris.clone(),
        post_logout_redirect_uris: c.post_logout_redirect_uris.clone(),
        grant_types: c.grant_types.clone(),
        scopes: c.scopes.clone(),
        first_party: c.first_party,
        id_token_alg: c.id_token_signed_response_alg.clone(),
        initiate_login_uri: c.initiate_login_uri.clone(),
        resource_server: c.resource_server,
        admin: c.admin,
    }
}

/// The account pages' client: public, first-party, code + PKCE, back to `/account/callback`.
/// Built from the settings at every start, so that it follows `public_url`.
fn account_client(settings: &Settings) -> Client {
    let base = settings.public_url.trim_end_matches('/');
    Client {
        id: ACCOUNT_CLIENT_ID.to_owned(),
        name: "Account".to_owned(),
        secret_hash: None,
        redirect_uris: vec![format!("{base}/account/callback")],
        post_logout_redirect_uris: vec![format!("{base}/account")],
        grant_types: vec!["authorization_code".to_owned()],
        scopes: ["openid", "profile", "email", "account"].map(String::from).to_vec(),
        first_party: true,
        id_token_alg: "ES256".to_owned(),
        initiate_login_uri: None,
        resource_server: false,
        admin: false,
    }
}

/// Makes the database's config-declared clients exactly those of the settings, with the
/// built-in account client when the account pages are on.
pub async fn sync_from_settings(db: &Db, settings: &Settings) -> Result<(), InternalError> {
    let mut clients: Vec<Client> = settings.clients.iter().map(from_settings).collect();
    if settings.account.enabled {
        clients.push(account_client(settings));
    }
    let tx = storage::begin(db).await?;
    storage::clients::replace_config_clients(&tx, &clients).await?;
    storage::commit(tx).await?;
    Ok(())
}

pub struct NewClient {
    pub name: String,
    pub redirect_uris: Vec<String>,
    pub post_logout_redirect_uris: Vec<String>,
    pub public: bool,
    pub grant_types: Vec<String>,
    /// `None`: every scope a user-facing client may ask for.
    pub scopes: Option<Vec<String>>,
    pub first_party: bool,
    pub id_token_alg: String,
    pub initiate_login_uri: Option<String>,
    pub resource_server: bool,
    pub admin: bool,
}

/// The grants of a new client that names none: the code flow when it has a redirect URI (a back
/// office with none never signs users in), client credentials when it administers.
pub fn default_grant_types(has_redirect_uri: bool, admin: bool) -> Vec<String> {
    let mut grants = if has_redirect_uri {
        vec!["authorization_code".to_owned(), "refresh_token".to_owned()]
    } else {
        vec![]
    };
    if admin {
        grants.push("client_credentials".to_owned());
    }
    grants
}

pub struct CreatedClient {
    pub client_id: String,
    /// Shown once; only its hash is kept.
    pub client_secret: Option<String>,
}

/// The checks a client declared in the configuration file gets, so that a client made by the
/// CLI or the API can never be one the configuration would refuse. `prefix` names the client
/// in errors.
fn validate(prefix: &str, client: &Client, public: bool) -> Result<(), ConfigError> {
    validate_client(
        prefix,
        &ClientSettings {
            client_id: client.id.clone(),
            // Only whether there is one matters here; the real one is never seen.
            client_secret: (!public).then(|| "x".repeat(32).into()),
            name: Some(client.name.clone()),
            redirect_uris: client.redirect_uris.clone(),
            post_logout_redirect_uris: client.post_logout_redirect_uris.clone(),
            grant_types: client.grant_types.clone(),
            scopes: client.scopes.clone(),
            first_party: client.first_party,
            id_token_signed_response_alg: client.id_token_alg.clone(),
            initiate_login_uri: client.initiate_login_uri.clone(),
            resource_server: client.resource_server,
            admin: client.admin,
        },
    )?;
    let name_len = client.name.chars().count();
    if name_len == 0 || name_len > 128 || client.name.chars().any(char::is_control) {
        return Err(ConfigError::new(
            format!("{prefix}.name"),
            "must be 1 to 128 characters, none a control",
        ));
    }
    Ok(())
}

/// Registers a client made by an operator (`source`: the CLI or the administration API).
pub async fn create(db: &Db, new: NewClient, source: Source) -> Result<CreatedClient, ClientAdminError> {
    let client_id = uuid::Uuid::new_v4().simple().to_string();
    let mut client = Client {
        id: client_id.clone(),
        name: new.name,
        secret_hash: None,
        redirect_uris: new.redirect_uris,
        post_logout_redirect_uris: new.post_logout_redirect_uris,
        grant_types: new.grant_types,
        scopes: new
            .scopes
            .unwrap_or_else(|| crate::config::KNOWN_SCOPES.map(String::from).to_vec()),
        first_party: new.first_party,
        id_token_alg: new.id_token_alg,
        initiate_login_uri: new.initiate_login_uri,
        resource_server: new.resource_server,
        admin: new.admin,
    };
    validate("client", &client, new.public).map_err(ClientAdminError::Invalid)?;
    let client_secret = (!new.public).then(random_token);
    client.secret_hash = client_secret.as_deref().map(hash_token);
    storage::clients::insert(db, &client, source).await?;
    Ok(CreatedClient {
        client_id,
        client_secret,
    })
}

/// An operator's change to a client: `None` leaves a field as it is.
#[derive(Default)]
pub struct ClientPatch {
    pub name: Option<String>,
    pub redirect_uris: Option<Vec<String>>,
    pub post_logout_redirect_uris: Option<Vec<String>>,
    pub grant_types: Option<Vec<String>>,
    pub scopes: Option<Vec<String>>,
    pub first_party: Option<bool>,
    pub id_token_alg: Option<String>,
    /// `Some(None)` removes it.
    pub initiate_login_uri: Option<Option<String>>,
    pub resource_server: Option<bool>,
    pub admin: Option<bool>,
}

/// Changes a client made by an operator; the result passes the same checks as a new one.
pub async fn update(db: &Db, client_id: &str, patch: ClientPatch) -> Result<Listed, ClientAdminError> {
    let listed = get(db, client_id).await?;
    if listed.source == "config" {
        return Err(ClientAdminError::ConfigDeclared);
    }
    let mut client = listed.client;
    let public = client.is_public();
    macro_rules! set {
        ($($field:ident),*) => { $(if let Some(value) = patch.$field { client.$field = value; })* };
    }
    set!(
        name,
        redirect_uris,
        post_logout_redirect_uris,
        grant_types,
        scopes,
        first_party,
        id_token_alg,
        initiate_login_uri,
        resource_server,
        admin
    );
    validate("client", &client, public).map_err(ClientAdminError::Invalid)?;
    if !storage::clients::update_managed(db, &client).await? {
        // Deleted meanwhile.
        return Err(ClientAdminError::NotFound);
    }
    get(db, client_id).await
}

/// One client and where it came from.
pub async fn get(db: &Db, client_id: &str) -> Result<Listed, ClientAdminError> {
    storage::clients::find_listed(db, client_id)
        .await?
        .ok_or(ClientAdminError::NotFound)
}

/// Up to `limit` clients after `after`, oldest first.
pub async fn page(
    db: &Db,
    name_prefix: Option<&str>,
    after: Option<&Position>,
    limit: u64,
) -> Result<Vec<Listed>, InternalError> {
    Ok(storage::clients::page(db, name_prefix, after, limit).await?)
}

/// Whether a browser page of this origin may call the token, userinfo and revocation
/// endpoints: it must be the origin of a registered redirect URI (a single-page client).
pub async fn is_client_origin(db: &Db, origin: &str) -> Result<bool, InternalError> {
    Ok(storage::clients::redirect_origins(db)
        .await?
        .iter()
        .any(|o| o == origin))
}

/// Every client, oldest first (`gatehouse client list`).
pub async fn list(db: &Db) -> Result<Vec<Listed>, InternalError> {
    Ok(storage::clients::list(db).await?)
}

/// Why an operator's change to a client was refused.
#[derive(Debug, thiserror::Error)]
pub enum ClientAdminError {
    #[error("no client has this id")]
    NotFound,
    #[error("the client is declared in the configuration: change it there")]
    ConfigDeclared,
    #[error("a public client has no secret")]
    Public,
    #[error(transparent)]
    Invalid(ConfigError),
    #[error(transparent)]
    Internal(#[from] InternalError),
}

impl ClientAdminError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "client.not_found",
            Self::ConfigDeclared => "client.config_declared",
            Self::Public => "client.public",
            Self::Invalid(_) => "client.invalid_metadata",
            Self::Internal(_) => "internal.server_error",
        }
    }
}

impl From<storage::StorageError> for ClientAdminError {
    fn from(e: storage::StorageError) -> Self {
        Self::Internal(e.into())
    }
}

/// A new secret for a confidential client made by an operator, shown once; the old one stops
/// working at once (tokens already issued stay valid). A config-declared client's secret lives
/// in the configuration, which the next start would restore.
pub async fn rotate_secret(db: &Db, client_id: &str) -> Result<String, ClientAdminError> {
    let secret = random_token();
    if storage::clients::set_managed_secret(db, client_id, &hash_token(&secret)).await? {
        return Ok(secret);
    }
    match storage::clients::is_config_declared(db, client_id).await? {
        None => Err(ClientAdminError::NotFound),
        Some(true) => Err(ClientAdminError::ConfigDeclared),
        Some(false) => Err(ClientAdminError::Public),
    }
}

/// Deletes a client made by an operator, in one transaction with the end of every grant it
/// holds: its refresh tokens and the access tokens of its grants stop working at once (tokens
/// of the client_credentials grant, which has no grant row, run until they expire).
pub async fn delete(db: &Db, client_id: &str) -> Result<(), ClientAdminError> {
    let tx = storage::begin(db).await?;
    if !storage::clients::delete_managed(&tx, client_id).await? {
        drop(tx);
        return match storage::clients::is_config_declared(db, client_id).await? {
            Some(true) => Err(ClientAdminError::ConfigDeclared),
            _ => Err(ClientAdminError::NotFound),
        };
    }
    storage::grants::end_all_of_client(&tx, client_id, chrono::Utc::now()).await?;
    storage::app_policies::delete(&tx, client_id).await?;
    storage::commit(tx).await?;
    Ok(())
}
