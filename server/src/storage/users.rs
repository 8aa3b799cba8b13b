use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set, Condition, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect, SqlErr, sea_query::Expr,
};

use super::{Conn, Result, entity::users};
use crate::domain::user::User;

pub struct NewUser {
    /// Given for an invited contact; a fresh id otherwise.
    pub id: Option<String>,
    pub username: Option<String>,
    pub username_normalized: Option<String>,
    pub username_skeleton: Option<String>,
    pub email: Option<String>,
    pub email_normalized: Option<String>,
    pub email_verified: bool,
    pub name: Option<String>,
    pub password_hash: Option<String>,
    pub security_stamp: String,
}

impl From<users::Model> for User {
    fn from(m: users::Model) -> Self {
        Self {
            id: m.id,
            username: m.username,
            email: m.email,
            email_verified: m.email_verified,
            name: m.name,
            password_hash: m.password_hash,
            security_stamp: m.security_stamp,
            locale: m.locale,
            created_at: m.created_at,
            updated_at: m.updated_at,
            disabled_at: m.disabled_at,
        }
    }
}

/// Whether a statement broke a unique index on a username column: someone holds the name, or
/// one that looks like it.
fn username_conflict(e: &DbErr) -> bool {
    matches!(e.sql_err(), Some(SqlErr::UniqueConstraintViolation(message)) if message.contains("username"))
}

/// `None` when the username, or one with its skeleton, is taken: the unique indexes decide
/// between concurrent registrations.
pub async fn insert(conn: &impl Conn, user: NewUser) -> Result<Option<User>> {
    let now = Utc::now();
    let model = users::ActiveModel {
        id: Set(user.id.unwrap_or_else(|| uuid::Uuid::now_v7().to_string())),
        username: Set(user.username),
        username_normalized: Set(user.username_normalized),
        username_skeleton: Set(user.username_skeleton),
        email: Set(user.email),
        email_normalized: Set(user.email_normalized),
        email_verified: Set(user.email_verified),
        name: Set(user.name),
        password_hash: Set(user.password_hash),
        security_stamp: Set(user.security_stamp),
        locale: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        disabled_at: Set(None),
    };
    match users::Entity::insert(model).exec_with_returning(conn).await {
        Ok(m) => Ok(Some(m.into())),
        Err(e) if username_conflict(&e) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

pub async fn find(conn: &impl Conn, id: &str) -> Result<Option<User>> {
    Ok(users::Entity::find_by_id(id.to_owned())
        .one(conn)
        .await?
        .map(Into::into))
}

pub async fn find_by_username(conn: &impl Conn, normalized: &str) -> Result<Option<User>> {
    Ok(users::Entity::find()
        .filter(users::COLUMN.username_normalized.eq(normalized))
        .one(conn)
        .await?
        .map(Into::into))
}

/// Whether an account holds this normalised username, or one with this skeleton.
pub async fn username_taken(conn: &impl Conn, normalized: &str, skeleton: &str) -> Result<bool> {
    Ok(users::Entity::find()
        .filter(
            Condition::any()
                .add(users::COLUMN.username_normalized.eq(normalized))
                .add(users::COLUMN.username_skeleton.eq(skeleton)),
        )
        .one(conn)
        .await?
        .is_some())
}

/// At most two users with this address: when `email.require_unique` is off an address can be
/// shared, and then it cannot identify anyone.
pub async fn find_by_email(conn: &impl Conn, normalized: &str) -> Result<Vec<User>> {
    Ok(users::Entity::find()
        .filter(users::COLUMN.email_normalized.eq(normalized))
        .limit(2)
        .all(conn)
        .await?
        .into_iter()
        .map(Into::into)
        .collect())
}

/// A new password and a new security stamp, which ends the user's sessions.
pub async fn set_password(conn: &impl Conn, id: &str, password_hash: &str, security_stamp: &str) -> Result<bool> {
    let result = users::Entity::update_many()
        .col_expr(users::COLUMN.password_hash, Expr::value(password_hash))
        .col_expr(users::COLUMN.security_stamp, Expr::value(security_stamp))
        .col_expr(users::COLUMN.updated_at, Expr::value(Utc::now()))
        .filter(users::COLUMN.id.eq(id))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// A new security stamp alone (a second factor added or removed): the sessions, codes and
/// refresh tokens of the old one stop working, and remembered browsers are forgotten.
pub async fn set_security_stamp(conn: &impl Conn, id: &str, security_stamp: &str) -> Result<bool> {
    let result = users::Entity::update_many()
        .col_expr(users::COLUMN.security_stamp, Expr::value(security_stamp))
        .col_expr(users::COLUMN.updated_at, Expr::value(Utc::now()))
        .filter(users::COLUMN.id.eq(id))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Disables (`Some(now)`) or enables (`None`) an account, with a new security stamp when
/// disabling; false when there is no such account or it is in that state already.
pub async fn set_disabled(
    conn: &impl Conn,
    id: &str,
    disabled_at: Option<DateTime<Utc>>,
    security_stamp: &str,
) -> Result<bool> {
    let mut update = users::Entity::update_many()
        .col_expr(users::COLUMN.disabled_at, Expr::value(disabled_at))
        .col_expr(users::COLUMN.updated_at, Expr::value(Utc::now()))
        .filter(users::COLUMN.id.eq(id));
    update = match disabled_at {
        Some(_) => update
            .col_expr(users::COLUMN.security_stamp, Expr::value(security_stamp))
            .filter(users::COLUMN.disabled_at.is_null()),
        None => update.filter(users::COLUMN.disabled_at.is_not_null()),
    };
    Ok(update.exec(conn).await?.rows_affected == 1)
}

/// Deletes an account and everything that is its: sessions, grants, codes, refresh tokens and
/// consents (its access tokens die with their grants). False when there is no such account.
pub async fn delete(conn: &impl Conn, id: &str) -> Result<bool> {
    use super::entity::{authorization_codes, consents, grants, refresh_tokens, sso_sessions};
    refresh_tokens::Entity::delete_many()
        .filter(refresh_tokens::COLUMN.user_id.eq(id))
        .exec(conn)
        .await?;
    authorization_codes::Entity::delete_many()
        .filter(authorization_codes::COLUMN.user_id.eq(id))
        .exec(conn)
        .await?;
    grants::Entity::delete_many()
        .filter(grants::COLUMN.user_id.eq(id))
        .exec(conn)
        .await?;
    consents::Entity::delete_many()
        .filter(consents::COLUMN.user_id.eq(id))
        .exec(conn)
        .await?;
    sso_sessions::Entity::delete_many()
        .filter(sso_sessions::COLUMN.user_id.eq(id))
        .exec(conn)
        .await?;
    let deleted = users::Entity::delete_by_id(id.to_owned()).exec(conn).await?;
    Ok(deleted.rows_affected == 1)
}

/// A stored username without its skeleton: written before usernames had one, or left without
/// because it looks like an older account's.
pub struct UnpreparedUsername {
    pub id: String,
    pub username: String,
    pub created_at: DateTime<Utc>,
}

/// Oldest first, `limit` of them after `after` (the last one of the previous page).
pub async fn without_skeleton(
    conn: &impl Conn,
    after: Option<(DateTime<Utc>, String)>,
    limit: u64,
) -> Result<Vec<UnpreparedUsername>> {
    let mut query = users::Entity::find()
        .filter(users::COLUMN.username.is_not_null())
        .filter(users::COLUMN.username_skeleton.is_null());
    if let Some((created_at, id)) = after {
        query = query.filter(
            Condition::any().add(users::COLUMN.created_at.gt(created_at)).add(
                Condition::all()
                    .add(users::COLUMN.created_at.eq(created_at))
                    .add(users::COLUMN.id.gt(id)),
            ),
        );
    }
    Ok(query
        .order_by_asc(users::COLUMN.created_at)
        .order_by_asc(users::COLUMN.id)
        .limit(limit)
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|m| {
            Some(UnpreparedUsername {
                username: m.username?,
                id: m.id,
                created_at: m.created_at,
            })
        })
        .collect())
}

/// Rewrites a user's normalised username and, when given, its skeleton; `false` when another
/// account holds either, and then the row is left as it was.
pub async fn set_username_keys(conn: &impl Conn, id: &str, normalized: &str, skeleton: Option<&str>) -> Result<bool> {
    let mut update = users::Entity::update_many().col_expr(users::COLUMN.username_normalized, Expr::value(normalized));
    if let Some(skeleton) = skeleton {
        update = update.col_expr(users::COLUMN.username_skeleton, Expr::value(skeleton));
    }
    match update.filter(users::COLUMN.id.eq(id)).exec(conn).await {
        Ok(_) => Ok(true),
        Err(e) if username_conflict(&e) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// What `gatehouse user list` shows of an account: never its password hash.
pub struct Listed {
    pub id: String,
    pub username: Option<String>,
    pub email: Option<String>,
    pub email_verified: bool,
    pub created_at: DateTime<Utc>,
}

/// A page of accounts, oldest first.
pub async fn list(conn: &impl Conn, offset: u64, limit: u64) -> Result<Vec<Listed>> {
    Ok(users::Entity::find()
        .order_by_asc(users::COLUMN.created_at)
        .order_by_asc(users::COLUMN.id)
        .offset(offset)
        .limit(limit)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| Listed {
            id: m.id,
            username: m.username,
            email: m.email,
            email_verified: m.email_verified,
            created_at: m.created_at,
        })
        .collect())
}

/// A change to a field that may be cleared: `None` leaves it, `Some(None)` clears it.
pub type Patch<'a> = Option<Option<&'a str>>;

/// Changes the name and the language of an account, as far as asked.
pub async fn update_profile(conn: &impl Conn, id: &str, name: Patch<'_>, locale: Patch<'_>) -> Result<()> {
    let mut update = users::Entity::update_many().col_expr(users::COLUMN.updated_at, Expr::value(Utc::now()));
    if let Some(name) = name {
        update = update.col_expr(users::COLUMN.name, Expr::value(name.map(str::to_owned)));
    }
    if let Some(locale) = locale {
        update = update.col_expr(users::COLUMN.locale, Expr::value(locale.map(str::to_owned)));
    }
    update.filter(users::COLUMN.id.eq(id)).exec(conn).await?;
    Ok(())
}

/// What setting a username found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsernameSet {
    Set,
    /// The account has one already: it is never changed.
    AlreadySet,
    /// Another account holds it or one that looks like it.
    Taken,
}

/// Gives an account without a username this one, in one conditional update; the unique
/// indexes decide between two accounts claiming one name.
pub async fn set_username_once(
    conn: &impl Conn,
    id: &str,
    username: &str,
    normalized: &str,
    skeleton: &str,
) -> Result<UsernameSet> {
    let update = users::Entity::update_many()
        .col_expr(users::COLUMN.username, Expr::value(username))
        .col_expr(users::COLUMN.username_normalized, Expr::value(normalized))
        .col_expr(users::COLUMN.username_skeleton, Expr::value(skeleton))
        .col_expr(users::COLUMN.updated_at, Expr::value(Utc::now()))
        .filter(users::COLUMN.id.eq(id))
        .filter(users::COLUMN.username.is_null())
        .exec(conn)
        .await;
    match update {
        Ok(done) if done.rows_affected == 1 => Ok(UsernameSet::Set),
        Ok(_) => Ok(UsernameSet::AlreadySet),
        Err(e) if username_conflict(&e) => Ok(UsernameSet::Taken),
        Err(e) => Err(e.into()),
    }
}

/// A confirmed new address. With `unique`, only while no other account has it: one statement,
/// so that the check and the change cannot be split by another account taking it.
pub async fn set_email(conn: &impl Conn, id: &str, email: &str, normalized: &str, unique: bool) -> Result<bool> {
    set_email_to(conn, id, Some((email, normalized)), true, unique).await
}

/// Marks the account's address confirmed, if it is still `normalized`.
pub async fn confirm_email(conn: &impl Conn, id: &str, normalized: &str) -> Result<bool> {
    let result = users::Entity::update_many()
        .col_expr(users::COLUMN.email_verified, Expr::value(true))
        .col_expr(users::COLUMN.updated_at, Expr::value(Utc::now()))
        .filter(users::COLUMN.id.eq(id))
        .filter(users::COLUMN.email_normalized.eq(normalized))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Up to `limit` accounts after `after`, oldest first; `query` keeps those whose username,
/// address or name starts with it, ignoring case.
pub async fn search(
    conn: &impl Conn,
    query: Option<&str>,
    after: Option<&super::page::Position>,
    limit: u64,
) -> Result<Vec<User>> {
    use super::page::prefix_of;
    use users::Column as C;
    let mut select = users::Entity::find();
    if let Some(q) = query.filter(|q| !q.is_empty()) {
        select = select.filter(
            Condition::any()
                .add(prefix_of(C::Username, q))
                .add(prefix_of(C::Email, q))
                .add(prefix_of(C::Name, q)),
        );
    }
    if let Some(after) = after {
        select = select.filter(after.after(C::CreatedAt, C::Id));
    }
    Ok(select
        .order_by_asc(C::CreatedAt)
        .order_by_asc(C::Id)
        .limit(limit)
        .all(conn)
        .await?
        .into_iter()
        .map(Into::into)
        .collect())
}

/// A new address (`None` removes it), confirmed or not. With
/// `unique`, only while no other account has it, in one statement as [`set_email`].
pub async fn set_email_to(
    conn: &impl Conn,
    id: &str,
    email: Option<(&str, &str)>,
    verified: bool,
    unique: bool,
) -> Result<bool> {
    let mut update = users::Entity::update_many()
        .col_expr(users::COLUMN.email, Expr::value(email.map(|(e, _)| e.to_owned())))
        .col_expr(
            users::COLUMN.email_normalized,
            Expr::value(email.map(|(_, n)| n.to_owned())),
        )
        .col_expr(users::COLUMN.email_verified, Expr::value(verified && email.is_some()))
        .col_expr(users::COLUMN.updated_at, Expr::value(Utc::now()))
        .filter(users::COLUMN.id.eq(id));
    if let (Some((_, normalized)), true) = (email, unique) {
        use sea_orm::sea_query::{Alias, ExprTrait, Query};
        let other = Alias::new("other");
        let taken = Query::select()
            .expr(Expr::val(1))
            .from_as(users::Entity, other.clone())
            .and_where(Expr::col((other.clone(), users::Column::EmailNormalized)).eq(normalized))
            .and_where(Expr::col((other, users::Column::Id)).ne(id))
            .to_owned();
        update = update.filter(Expr::exists(taken).not());
    }
    Ok(update.exec(conn).await?.rows_affected == 1)
}

/// Marks the account's address confirmed or not, when it has one.
pub async fn set_email_verified(conn: &impl Conn, id: &str, verified: bool) -> Result<bool> {
    let result = users::Entity::update_many()
        .col_expr(users::COLUMN.email_verified, Expr::value(verified))
        .col_expr(users::COLUMN.updated_at, Expr::value(Utc::now()))
        .filter(users::COLUMN.id.eq(id))
        .filter(users::COLUMN.email.is_not_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}
