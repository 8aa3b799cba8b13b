use secrecy::ExposeSecret;

use crate::{
    config::{ACCOUNT_CLIENT_ID, ClientSettings, Settings},
    crypto::token::{hash_token, random_token},
    domain::client::Client,
    service::InternalError,
    storage::{self, Db, clients::Source},
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
    pub first_party: bool,
    pub id_token_alg: String,
    pub initiate_login_uri: Option<String>,
    pub resource_server: bool,
}

pub struct CreatedClient {
    pub client_id: String,
    /// Shown once; only its hash is kept.
    pub client_secret: Option<String>,
}

pub async fn create(db: &Db, new: NewClient) -> Result<CreatedClient, InternalError> {
    let client_id = uuid::Uuid::new_v4().simple().to_string();
    let client_secret = (!new.public).then(random_token);
    let client = Client {
        id: client_id.clone(),
        name: new.name,
        secret_hash: client_secret.as_deref().map(hash_token),
        redirect_uris: new.redirect_uris,
        post_logout_redirect_uris: new.post_logout_redirect_uris,
        grant_types: new.grant_types,
        scopes: crate::config::KNOWN_SCOPES.map(String::from).to_vec(),
        first_party: new.first_party,
        id_token_alg: new.id_token_alg,
        initiate_login_uri: new.initiate_login_uri,
        resource_server: new.resource_server,
    };
    storage::clients::insert(db, &client, Source::Cli).await?;
    Ok(CreatedClient {
        client_id,
        client_secret,
    })
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
pub async fn list(db: &Db) -> Result<Vec<storage::clients::Listed>, InternalError> {
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
    Internal(#[from] InternalError),
}

impl ClientAdminError {
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "client.not_found",
            Self::ConfigDeclared => "client.config_declared",
            Self::Public => "client.public",
            Self::Internal(_) => "internal.server_error",
        }
    }
}

impl From<storage::StorageError> for ClientAdminError {
    fn from(e: storage::StorageError) -> Self {
        Self::Internal(e.into())
    }
}

/// A new secret for a confidential client created with the CLI, shown once; the old one stops
/// working at once (tokens already issued stay valid). A config-declared client's secret lives
/// in the configuration, which the next start would restore.
pub async fn rotate_secret(db: &Db, client_id: &str) -> Result<String, ClientAdminError> {
    let secret = random_token();
    if storage::clients::set_cli_secret(db, client_id, &hash_token(&secret)).await? {
        return Ok(secret);
    }
    match storage::clients::is_config_declared(db, client_id).await? {
        None => Err(ClientAdminError::NotFound),
        Some(true) => Err(ClientAdminError::ConfigDeclared),
        Some(false) => Err(ClientAdminError::Public),
    }
}

/// Deletes a client created with the CLI, in one transaction with the end of every grant it
/// holds: its refresh tokens and the access tokens of its grants stop working at once (tokens
/// of the client_credentials grant, which has no grant row, run until they expire).
pub async fn delete(db: &Db, client_id: &str) -> Result<(), ClientAdminError> {
    let tx = storage::begin(db).await?;
    if !storage::clients::delete_cli(&tx, client_id).await? {
        drop(tx);
        return match storage::clients::is_config_declared(db, client_id).await? {
            Some(true) => Err(ClientAdminError::ConfigDeclared),
            _ => Err(ClientAdminError::NotFound),
        };
    }
    storage::grants::end_all_of_client(&tx, client_id, chrono::Utc::now()).await?;
    storage::commit(tx).await?;
    Ok(())
}
