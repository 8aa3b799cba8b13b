use chrono::Utc;
use sea_orm::{ActiveValue::Set, EntityTrait, QueryFilter};

use super::{Conn, Result, entity::clients, from_json, to_json};
use crate::domain::client::Client;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Declared in gatehouse.toml: rewritten at every start.
    Config,
    /// Created with `gatehouse client create`.
    Cli,
}

impl Source {
    fn as_str(self) -> &'static str {
        match self {
            Self::Config => "config",
            Self::Cli => "cli",
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

/// Replaces the clients that came from the configuration file with `clients`.
pub async fn replace_config_clients(conn: &impl Conn, clients: &[Client]) -> Result<()> {
    let ids: Vec<&str> = clients.iter().map(|c| c.id.as_str()).collect();
    clients::Entity::delete_many()
        .filter(clients::COLUMN.source.eq(Source::Config.as_str()))
        .exec(conn)
        .await?;
    // A config client takes over the id of any client created another way.
    clients::Entity::delete_many()
        .filter(clients::COLUMN.id.is_in(ids))
        .exec(conn)
        .await?;
    if !clients.is_empty() {
        clients::Entity::insert_many(clients.iter().map(|c| to_row(c, Source::Config)))
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// The origins (scheme, host, port) of every registered redirect URI.
pub async fn redirect_origins(conn: &impl Conn) -> Result<Vec<String>> {
    let rows = clients::Entity::find().all(conn).await?;
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
