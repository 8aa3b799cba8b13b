//! Grants (what one sign-in gave one client), consents, and revoked access tokens.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait, OnConflict, Query},
};

use super::{
    Conn, Result,
    entity::{consents, grants, refresh_tokens, revoked_tokens, sso_sessions, users},
};

pub struct NewGrant<'a> {
    pub id: &'a str,
    pub user_id: &'a str,
    pub client_id: &'a str,
    pub session_id: &'a str,
    pub scope: &'a str,
}

pub async fn insert(conn: &impl Conn, grant: NewGrant<'_>, now: DateTime<Utc>) -> Result<()> {
    let row = grants::ActiveModel {
        id: Set(grant.id.to_owned()),
        user_id: Set(grant.user_id.to_owned()),
        client_id: Set(grant.client_id.to_owned()),
        session_id: Set(grant.session_id.to_owned()),
        scope: Set(grant.scope.to_owned()),
        created_at: Set(now),
        revoked_at: Set(None),
    };
    grants::Entity::insert(row).exec(conn).await?;
    Ok(())
}

/// Ends a grant: its access tokens stop working and its refresh tokens are revoked.
pub async fn revoke(conn: &impl Conn, grant_id: &str, now: DateTime<Utc>) -> Result<()> {
    grants::Entity::update_many()
        .col_expr(grants::COLUMN.revoked_at, Expr::value(now))
        .filter(grants::COLUMN.id.eq(grant_id))
        .filter(grants::COLUMN.revoked_at.is_null())
        .exec(conn)
        .await?;
    refresh_tokens::Entity::update_many()
        .col_expr(refresh_tokens::COLUMN.revoked_at, Expr::value(now))
        .filter(refresh_tokens::COLUMN.grant_id.eq(grant_id))
        .filter(refresh_tokens::COLUMN.revoked_at.is_null())
        .exec(conn)
        .await?;
    Ok(())
}

/// What must still hold for a grant to give new tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// A code: the grant, and the SSO session that signed the user in, are live.
    SessionLive,
    /// A refresh: the grant is live (an offline grant outlives the browser session).
    GrantLive,
}

/// Holds a grant for issuing tokens, in the transaction that issues them: one conditional
/// update that succeeds only while the grant is live, the user is not disabled and their
/// security stamp is still the one they signed in with (no new password, no reset since). The row lock it takes orders
/// it against a concurrent reset or revocation, which then also ends what this issues.
pub async fn hold_for_issue(conn: &impl Conn, grant_id: &str, standing: Standing, now: DateTime<Utc>) -> Result<bool> {
    let mut session = Query::select();
    session
        .expr(Expr::val(1))
        .from(sso_sessions::Entity)
        .inner_join(
            users::Entity,
            Expr::col((users::Entity, users::Column::Id)).equals((sso_sessions::Entity, sso_sessions::Column::UserId)),
        )
        .and_where(
            Expr::col((sso_sessions::Entity, sso_sessions::Column::Id))
                .equals((grants::Entity, grants::Column::SessionId)),
        )
        .and_where(
            Expr::col((sso_sessions::Entity, sso_sessions::Column::SecurityStamp))
                .equals((users::Entity, users::Column::SecurityStamp)),
        )
        .and_where(Expr::col((users::Entity, users::Column::DisabledAt)).is_null());
    if standing == Standing::SessionLive {
        session
            .and_where(Expr::col((sso_sessions::Entity, sso_sessions::Column::RevokedAt)).is_null())
            .and_where(Expr::col((sso_sessions::Entity, sso_sessions::Column::ExpiresAt)).gt(now));
    }
    let held = grants::Entity::update_many()
        .col_expr(grants::COLUMN.revoked_at, Expr::col(grants::Column::RevokedAt))
        .filter(grants::COLUMN.id.eq(grant_id))
        .filter(grants::COLUMN.revoked_at.is_null())
        .filter(Expr::exists(session.to_owned()))
        .exec(conn)
        .await?;
    Ok(held.rows_affected == 1)
}

/// Whether an access token with this `jti` and grant may still be honoured: one statement,
/// since every userinfo and introspection call asks.
pub async fn access_token_active(conn: &impl Conn, jti: &str, grant_id: Option<&str>) -> Result<bool> {
    let revoked = Query::select()
        .expr(Expr::val(1))
        .from(revoked_tokens::Entity)
        .and_where(revoked_tokens::COLUMN.jti.eq(jti))
        .to_owned();
    let mut query = Query::select();
    query.expr_as(Expr::exists(revoked), "revoked");
    if let Some(grant_id) = grant_id {
        let live = Query::select()
            .expr(Expr::val(1))
            .from(grants::Entity)
            .and_where(grants::COLUMN.id.eq(grant_id))
            .and_where(grants::COLUMN.revoked_at.is_null())
            .to_owned();
        query.expr_as(Expr::exists(live), "live");
    }
    let Some(row) = conn.query_one(&query).await? else {
        return Ok(false);
    };
    let revoked: bool = row.try_get("", "revoked")?;
    let live: bool = if grant_id.is_some() {
        row.try_get("", "live")?
    } else {
        true
    };
    Ok(!revoked && live)
}

/// RFC 7009 for a self-contained access token: remembered until it would have expired.
pub async fn revoke_access_token(conn: &impl Conn, jti: &str, expires_at: DateTime<Utc>) -> Result<()> {
    let row = revoked_tokens::ActiveModel {
        jti: Set(jti.to_owned()),
        expires_at: Set(expires_at),
    };
    revoked_tokens::Entity::insert(row)
        .on_conflict(OnConflict::column(revoked_tokens::Column::Jti).do_nothing().to_owned())
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

pub async fn delete_expired_revocations(conn: &impl Conn, now: DateTime<Utc>) -> Result<u64> {
    let result = revoked_tokens::Entity::delete_many()
        .filter(revoked_tokens::COLUMN.expires_at.lte(now))
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}

/// Records (or widens) the scopes a user granted a client.
pub async fn record_consent(
    conn: &impl Conn,
    user_id: &str,
    client_id: &str,
    scopes: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let row = consents::ActiveModel {
        user_id: Set(user_id.to_owned()),
        client_id: Set(client_id.to_owned()),
        scopes: Set(scopes.to_owned()),
        granted_at: Set(now),
    };
    consents::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([consents::Column::UserId, consents::Column::ClientId])
                .update_columns([consents::Column::Scopes, consents::Column::GrantedAt])
                .to_owned(),
        )
        .exec(conn)
        .await?;
    Ok(())
}

/// The scopes a user granted a client, if any.
pub async fn consented_scopes(conn: &impl Conn, user_id: &str, client_id: &str) -> Result<Option<String>> {
    Ok(consents::Entity::find_by_id((user_id.to_owned(), client_id.to_owned()))
        .one(conn)
        .await?
        .map(|c| c.scopes))
}

/// Withdraws a user's consent to a client and ends every grant it gave.
pub async fn withdraw_consent(conn: &impl Conn, user_id: &str, client_id: &str, now: DateTime<Utc>) -> Result<bool> {
    let deleted = consents::Entity::delete_by_id((user_id.to_owned(), client_id.to_owned()))
        .exec(conn)
        .await?;
    let grant_ids: Vec<String> = grants::Entity::find()
        .filter(grants::COLUMN.user_id.eq(user_id))
        .filter(grants::COLUMN.client_id.eq(client_id))
        .filter(grants::COLUMN.revoked_at.is_null())
        .all(conn)
        .await?
        .into_iter()
        .map(|g| g.id)
        .collect();
    for id in &grant_ids {
        revoke(conn, id, now).await?;
    }
    Ok(deleted.rows_affected > 0 || !grant_ids.is_empty())
}

/// Ends every grant of a user (a password reset): their access and refresh tokens stop working.
pub async fn revoke_all_of_user(conn: &impl Conn, user_id: &str, now: DateTime<Utc>) -> Result<()> {
    revoke_all_of_user_except(conn, user_id, None, now).await
}

/// Ends every grant given to a client and forgets the consents to it (the client is being
/// deleted): the access and refresh tokens of its grants stop working.
pub async fn end_all_of_client(conn: &impl Conn, client_id: &str, now: DateTime<Utc>) -> Result<()> {
    grants::Entity::update_many()
        .col_expr(grants::COLUMN.revoked_at, Expr::value(now))
        .filter(grants::COLUMN.client_id.eq(client_id))
        .filter(grants::COLUMN.revoked_at.is_null())
        .exec(conn)
        .await?;
    refresh_tokens::Entity::update_many()
        .col_expr(refresh_tokens::COLUMN.revoked_at, Expr::value(now))
        .filter(refresh_tokens::COLUMN.client_id.eq(client_id))
        .filter(refresh_tokens::COLUMN.revoked_at.is_null())
        .exec(conn)
        .await?;
    consents::Entity::delete_many()
        .filter(consents::COLUMN.client_id.eq(client_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// The SSO session a grant was given in.
pub async fn session_of(conn: &impl Conn, grant_id: &str) -> Result<Option<String>> {
    Ok(grants::Entity::find_by_id(grant_id.to_owned())
        .one(conn)
        .await?
        .map(|g| g.session_id))
}

/// Ends the live grants given in these sessions: whoever signed in there loses their tokens,
/// offline ones included (the owner asked for that browser to be signed out).
pub async fn revoke_of_sessions(conn: &impl Conn, session_ids: &[String], now: DateTime<Utc>) -> Result<()> {
    if session_ids.is_empty() {
        return Ok(());
    }
    let ids: Vec<String> = grants::Entity::find()
        .filter(grants::COLUMN.session_id.is_in(session_ids.iter().cloned()))
        .filter(grants::COLUMN.revoked_at.is_null())
        .all(conn)
        .await?
        .into_iter()
        .map(|g| g.id)
        .collect();
    for id in &ids {
        revoke(conn, id, now).await?;
    }
    Ok(())
}

/// Ends every grant of a user but one (`keep`): a new password leaves the caller signed in.
pub async fn revoke_all_of_user_except(
    conn: &impl Conn,
    user_id: &str,
    keep: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut grants = grants::Entity::update_many()
        .col_expr(grants::COLUMN.revoked_at, Expr::value(now))
        .filter(grants::COLUMN.user_id.eq(user_id))
        .filter(grants::COLUMN.revoked_at.is_null());
    let mut tokens = refresh_tokens::Entity::update_many()
        .col_expr(refresh_tokens::COLUMN.revoked_at, Expr::value(now))
        .filter(refresh_tokens::COLUMN.user_id.eq(user_id))
        .filter(refresh_tokens::COLUMN.revoked_at.is_null());
    if let Some(keep) = keep {
        grants = grants.filter(grants::COLUMN.id.ne(keep));
        tokens = tokens.filter(refresh_tokens::COLUMN.grant_id.ne(keep));
    }
    grants.exec(conn).await?;
    tokens.exec(conn).await?;
    Ok(())
}

/// What a user gave one client: the scopes they consented to, or those of its live grants.
#[derive(Debug, Clone)]
pub struct Access {
    pub client_id: String,
    pub scopes: Vec<String>,
    pub since: DateTime<Utc>,
    pub consented: bool,
}

/// Every client a user consented to or holds a live grant of, the most recent first.
pub async fn access_of_user(conn: &impl Conn, user_id: &str) -> Result<Vec<Access>> {
    let mut by_client: std::collections::BTreeMap<String, Access> = std::collections::BTreeMap::new();
    for consent in consents::Entity::find()
        .filter(consents::COLUMN.user_id.eq(user_id))
        .all(conn)
        .await?
    {
        by_client.insert(
            consent.client_id.clone(),
            Access {
                client_id: consent.client_id,
                scopes: consent
                    .scopes
                    .split(' ')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
                since: consent.granted_at,
                consented: true,
            },
        );
    }
    for grant in grants::Entity::find()
        .filter(grants::COLUMN.user_id.eq(user_id))
        .filter(grants::COLUMN.revoked_at.is_null())
        .all(conn)
        .await?
    {
        let access = by_client.entry(grant.client_id.clone()).or_insert_with(|| Access {
            client_id: grant.client_id.clone(),
            scopes: Vec::new(),
            since: grant.created_at,
            consented: false,
        });
        if !access.consented {
            for scope in grant.scope.split(' ').filter(|s| !s.is_empty()) {
                if !access.scopes.iter().any(|s| s == scope) {
                    access.scopes.push(scope.to_owned());
                }
            }
            access.since = Ord::min(access.since, grant.created_at);
        }
    }
    let mut list: Vec<Access> = by_client.into_values().collect();
    list.sort_by_key(|a| std::cmp::Reverse(a.since));
    Ok(list)
}
