use chrono::Utc;
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, OnConflict},
};

use super::{Conn, Result, entity::clients, from_json, page::Position, to_json};
use crate::domain::client::Client;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Declared in gatehouse.toml: rewritten at every start.
    Config,
    /// Created with `gatehouse client create`.
    Cli,
    /// Created through the administration API.
    Api,
}

impl Source {
    fn as_str(self) -> &'static str {
        match self {
            Self::Config => "config",
            Self::Cli => "cli",
            Self::Api => "api",
        }
    }
}

fn to_domain(m: clients::Model) -> Result<Client> {
    Ok(Client {
        redirect_uris: from_json("client redirect_uris", &m.redirect_uris)?,
        post_logout_redirect_uris: from_json("client post_logout_redirect_uris", &m.post_logout_redirect_uris)?,
        grant_types: from_json("client grant_types", &m.grant_types)?,
        scopes: from_json("client scopes", &m.scopes)?,
        id: m.id,
        name: m.name,
        secret_hash: m.secret_hash,
        first_party: m.first_party,
        id_token_alg: m.id_token_signed_response_alg,
        initiate_login_uri: m.initiate_login_uri,
        resource_server: m.resource_server,
        admin: m.admin,
    })
}

fn to_row(client: &Client, source: Source) -> clients::ActiveModel {
    let now = Utc::now();
    clients::ActiveModel {
        id: Set(client.id.clone()),
        name: Set(client.name.clone()),
        secret_hash: Set(client.secret_hash.clone()),
        redirect_uris: Set(to_json(&client.redirect_uris)),
        post_logout_redirect_uris: Set(to_json(&client.post_logout_redirect_uris)),
        grant_types: Set(to_json(&client.grant_types)),
        scopes: Set(to_json(&client.scopes)),
        first_party: Set(client.first_party),
        source: Set(source.as_str().into()),
        created_at: Set(now),
        updated_at: Set(now),
        id_token_signed_response_alg: Set(client.id_token_alg.clone()),
        initiate_login_uri: Set(client.initiate_login_uri.clone()),
        resource_server: Set(client.resource_server),
        admin: Set(client.admin),
    }
}

pub async fn find(conn: &impl Conn, id: &str) -> Result<Option<Client>> {
    clients::Entity::find_by_id(id.to_owned())
        .one(conn)
        .await?
        .map(to_domain)
        .transpose()
}

pub async fn insert(conn: &impl Conn, client: &Client, source: Source) -> Result<()> {
    clients::Entity::insert(to_row(client, source)).exec(conn).await?;
    Ok(())
}

/// Makes the clients that came from the configuration file exactly `clients`: each is
/// upserted (a config client takes over the id of one created another way), then the config
/// clients no longer declared are removed. Nothing is ever absent in between, so instances
/// starting together with the same configuration neither collide nor fail a request.
pub async fn replace_config_clients(conn: &impl Conn, clients: &[Client]) -> Result<()> {
    use clients::Column as C;
    for client in clients {
        let on_conflict = OnConflict::column(C::Id)
            .update_columns([
                C::Name,
                C::SecretHash,
                C::RedirectUris,
                C::PostLogoutRedirectUris,
                C::GrantTypes,
                C::Scopes,
                C::FirstParty,
                C::Source,
                C::UpdatedAt,
                C::IdTokenSignedResponseAlg,
                C::InitiateLoginUri,
                C::ResourceServer,
                C::Admin,
            ])
            .to_owned();
        clients::Entity::insert(to_row(client, Source::Config))
            .on_conflict(on_conflict)
            .exec_without_returning(conn)
            .await?;
    }
    let ids: Vec<&str> = clients.iter().map(|c| c.id.as_str()).collect();
    clients::Entity::delete_many()
        .filter(clients::COLUMN.source.eq(Source::Config.as_str()))
        .filter(clients::COLUMN.id.is_not_in(ids))
        .exec(conn)
        .await?;
    Ok(())
}

/// Gives a confidential client not declared in the configuration a new secret hash, in one
/// conditional update. False when no such client exists (absent, public, or config-declared).
pub async fn set_managed_secret(conn: &impl Conn, id: &str, secret_hash: &str) -> Result<bool> {
    let result = clients::Entity::update_many()
        .col_expr(clients::COLUMN.secret_hash, Expr::value(secret_hash))
        .col_expr(clients::COLUMN.updated_at, Expr::value(Utc::now()))
        .filter(clients::COLUMN.id.eq(id))
        .filter(clients::COLUMN.source.ne(Source::Config.as_str()))
        .filter(clients::COLUMN.secret_hash.is_not_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Deletes a client not declared in the configuration. False when there is none with this id.
pub async fn delete_managed(conn: &impl Conn, id: &str) -> Result<bool> {
    let result = clients::Entity::delete_many()
        .filter(clients::COLUMN.id.eq(id))
        .filter(clients::COLUMN.source.ne(Source::Config.as_str()))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Writes an operator's change to a client not declared in the configuration, in one
/// conditional update (the secret is changed only by `set_managed_secret`). False when there is
/// no such client.
pub async fn update_managed(conn: &impl Conn, client: &Client) -> Result<bool> {
    use clients::Column as C;
    let result = clients::Entity::update_many()
        .col_expr(C::Name, Expr::value(client.name.clone()))
        .col_expr(C::RedirectUris, Expr::value(to_json(&client.redirect_uris)))
        .col_expr(
            C::PostLogoutRedirectUris,
            Expr::value(to_json(&client.post_logout_redirect_uris)),
        )
        .col_expr(C::GrantTypes, Expr::value(to_json(&client.grant_types)))
        .col_expr(C::Scopes, Expr::value(to_json(&client.scopes)))
        .col_expr(C::FirstParty, Expr::value(client.first_party))
        .col_expr(C::IdTokenSignedResponseAlg, Expr::value(client.id_token_alg.clone()))
        .col_expr(C::InitiateLoginUri, Expr::value(client.initiate_login_uri.clone()))
        .col_expr(C::ResourceServer, Expr::value(client.resource_server))
        .col_expr(C::Admin, Expr::value(client.admin))
        .col_expr(C::UpdatedAt, Expr::value(Utc::now()))
        .filter(C::Id.eq(client.id.clone()))
        .filter(C::Source.ne(Source::Config.as_str()))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Whether the client came from the configuration file, if it exists.
pub async fn is_config_declared(conn: &impl Conn, id: &str) -> Result<Option<bool>> {
    Ok(clients::Entity::find_by_id(id.to_owned())
        .one(conn)
        .await?
        .map(|m| m.source == Source::Config.as_str()))
}

/// A registered client and where it came from: `config` or `cli`.
pub struct Listed {
    pub client: Client,
    pub source: String,
    pub created_at: chrono::DateTime<Utc>,
}

fn listed(m: clients::Model) -> Result<Listed> {
    let (source, created_at) = (m.source.clone(), m.created_at);
    Ok(Listed {
        client: to_domain(m)?,
        source,
        created_at,
    })
}

/// One client with where it came from.
pub async fn find_listed(conn: &impl Conn, id: &str) -> Result<Option<Listed>> {
    clients::Entity::find_by_id(id.to_owned())
        .one(conn)
        .await?
        .map(listed)
        .transpose()
}

/// Up to `limit` clients after `after`, oldest first; `name_prefix` filters by name.
pub async fn page(
    conn: &impl Conn,
    name_prefix: Option<&str>,
    after: Option<&Position>,
    limit: u64,
) -> Result<Vec<Listed>> {
    use clients::Column as C;
    let mut query = clients::Entity::find();
    if let Some(prefix) = name_prefix {
        query = query.filter(super::page::prefix_of(C::Name, prefix));
    }
    if let Some(after) = after {
        query = query.filter(after.after(C::CreatedAt, C::Id));
    }
    query
        .order_by_asc(C::CreatedAt)
        .order_by_asc(C::Id)
        .limit(limit)
        .all(conn)
        .await?
        .into_iter()
        .map(listed)
        .collect()
}

/// Every client, oldest first.
pub async fn list(conn: &impl Conn) -> Result<Vec<Listed>> {
    clients::Entity::find()
        .order_by_asc(clients::COLUMN.created_at)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| {
            let (source, created_at) = (m.source.clone(), m.created_at);
            Ok(Listed {
                client: to_domain(m)?,
                source,
                created_at,
            })
        })
        .collect()
}

/// The origins (scheme, host, port) of every registered redirect URI.
pub async fn redirect_origins(conn: &impl Conn) -> Result<Vec<String>> {
    origins_of(clients::Entity::find().all(conn).await?)
}

/// The origins of first-party clients' redirect URIs: pages that may call the account API.
pub async fn first_party_redirect_origins(conn: &impl Conn) -> Result<Vec<String>> {
    origins_of(
        clients::Entity::find()
            .filter(clients::COLUMN.first_party.eq(true))
            .all(conn)
            .await?,
    )
}

fn origins_of(rows: Vec<clients::Model>) -> Result<Vec<String>> {
    let mut origins = Vec::new();
    for row in rows {
        let uris: Vec<String> = from_json("client redirect_uris", &row.redirect_uris)?;
        origins.extend(
            uris.iter()
                .filter_map(|u| url::Url::parse(u).ok())
                .map(|u| u.origin().ascii_serialization()),
        );
    }
    origins.sort();
    origins.dedup();
    Ok(origins)
}
