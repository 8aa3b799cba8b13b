//! Invitations: a pending contact and a single-use code that turns it into an account.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait},
};

use super::{Conn, Result, entity::invitations};

#[derive(Debug, Clone)]
pub struct Invitation {
    pub id: String,
    pub user_id: String,
    pub email: String,
    pub email_normalized: String,
    pub name: Option<String>,
    pub locale: Option<String>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub used_at: Option<DateTime<Utc>>,
    /// The application the invitee joins, when the invitation names one.
    pub client_id: Option<String>,
}

impl From<invitations::Model> for Invitation {
    fn from(m: invitations::Model) -> Self {
        Self {
            id: m.id,
            user_id: m.user_id,
            email: m.email,
            email_normalized: m.email_normalized,
            name: m.name,
            locale: m.locale,
            created_at: m.created_at,
            expires_at: m.expires_at,
            revoked_at: m.revoked_at,
            used_at: m.used_at,
            client_id: m.client_id,
        }
    }
}

pub async fn insert(conn: &impl Conn, invitation: &Invitation, code_hash: &str) -> Result<()> {
    let row = invitations::ActiveModel {
        id: Set(invitation.id.clone()),
        code_hash: Set(code_hash.to_owned()),
        user_id: Set(invitation.user_id.clone()),
        email: Set(invitation.email.clone()),
        email_normalized: Set(invitation.email_normalized.clone()),
        name: Set(invitation.name.clone()),
        locale: Set(invitation.locale.clone()),
        created_at: Set(invitation.created_at),
        expires_at: Set(invitation.expires_at),
        revoked_at: Set(None),
        used_at: Set(None),
        client_id: Set(invitation.client_id.clone()),
    };
    invitations::Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}

pub async fn find(conn: &impl Conn, id: &str) -> Result<Option<Invitation>> {
    Ok(invitations::Entity::find_by_id(id.to_owned())
        .one(conn)
        .await?
        .map(Into::into))
}

pub async fn find_by_code_hash(conn: &impl Conn, code_hash: &str) -> Result<Option<Invitation>> {
    Ok(invitations::Entity::find()
        .filter(invitations::COLUMN.code_hash.eq(code_hash))
        .one(conn)
        .await?
        .map(Into::into))
}

/// Newest first.
pub async fn list(conn: &impl Conn) -> Result<Vec<Invitation>> {
    Ok(invitations::Entity::find()
        .order_by_desc(invitations::COLUMN.created_at)
        .all(conn)
        .await?
        .into_iter()
        .map(Into::into)
        .collect())
}

/// Pending invitations for this address (one contact per address).
pub async fn find_pending_by_email(conn: &impl Conn, normalized: &str, now: DateTime<Utc>) -> Result<Vec<Invitation>> {
    Ok(invitations::Entity::find()
        .filter(invitations::COLUMN.email_normalized.eq(normalized))
        .filter(invitations::COLUMN.used_at.is_null())
        .filter(invitations::COLUMN.revoked_at.is_null())
        .filter(invitations::COLUMN.expires_at.gt(now))
        .all(conn)
        .await?
        .into_iter()
        .map(Into::into)
        .collect())
}

/// Revokes a pending invitation; false when it was used, revoked or has expired.
pub async fn revoke(conn: &impl Conn, id: &str, now: DateTime<Utc>) -> Result<bool> {
    let result = invitations::Entity::update_many()
        .col_expr(invitations::COLUMN.revoked_at, Expr::value(now))
        .filter(invitations::COLUMN.id.eq(id))
        .filter(Status::Pending.condition(now))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// A new code for a pending invitation, the old one no longer working; false when it is not
/// pending.
pub async fn replace_code(conn: &impl Conn, id: &str, code_hash: &str, now: DateTime<Utc>) -> Result<bool> {
    let result = invitations::Entity::update_many()
        .col_expr(invitations::COLUMN.code_hash, Expr::value(code_hash))
        .filter(invitations::COLUMN.id.eq(id))
        .filter(Status::Pending.condition(now))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Where an invitation stands. Used wins over revoked, which wins over expired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pending,
    Used,
    Revoked,
    Expired,
}

impl Status {
    pub fn of(invitation: &Invitation, now: DateTime<Utc>) -> Self {
        if invitation.used_at.is_some() {
            Self::Used
        } else if invitation.revoked_at.is_some() {
            Self::Revoked
        } else if invitation.expires_at <= now {
            Self::Expired
        } else {
            Self::Pending
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Used => "used",
            Self::Revoked => "revoked",
            Self::Expired => "expired",
        }
    }

    /// The same decision as [`Status::of`], in SQL: a filter and its pages agree.
    fn condition(self, now: DateTime<Utc>) -> Condition {
        use invitations::Column as C;
        let unused = Expr::col(C::UsedAt).is_null();
        let unrevoked = Expr::col(C::RevokedAt).is_null();
        match self {
            Self::Used => Condition::all().add(Expr::col(C::UsedAt).is_not_null()),
            Self::Revoked => Condition::all().add(unused).add(Expr::col(C::RevokedAt).is_not_null()),
            Self::Expired => Condition::all()
                .add(unused)
                .add(unrevoked)
                .add(Expr::col(C::ExpiresAt).lte(now)),
            Self::Pending => Condition::all()
                .add(unused)
                .add(unrevoked)
                .add(Expr::col(C::ExpiresAt).gt(now)),
        }
    }
}

/// Up to `limit` invitations after `after`, oldest first, of one status when asked.
pub async fn page(
    conn: &impl Conn,
    status: Option<Status>,
    after: Option<&super::page::Position>,
    limit: u64,
    now: DateTime<Utc>,
) -> Result<Vec<Invitation>> {
    use invitations::Column as C;
    let mut query = invitations::Entity::find();
    if let Some(status) = status {
        query = query.filter(status.condition(now));
    }
    if let Some(after) = after {
        query = query.filter(after.after(C::CreatedAt, C::Id));
    }
    Ok(query
        .order_by_asc(C::CreatedAt)
        .order_by_asc(C::Id)
        .limit(limit)
        .all(conn)
        .await?
        .into_iter()
        .map(Into::into)
        .collect())
}

/// Uses the invitation; true for the one caller that did, while it was live.
pub async fn consume(conn: &impl Conn, id: &str, now: DateTime<Utc>) -> Result<bool> {
    let result = invitations::Entity::update_many()
        .col_expr(invitations::COLUMN.used_at, Expr::value(now))
        .filter(invitations::COLUMN.id.eq(id))
        .filter(invitations::COLUMN.used_at.is_null())
        .filter(invitations::COLUMN.revoked_at.is_null())
        .filter(invitations::COLUMN.expires_at.gt(now))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// The invitations of an account being deleted: they name the person.
pub async fn delete_of_user(conn: &impl Conn, user_id: &str) -> Result<()> {
    invitations::Entity::delete_many()
        .filter(invitations::COLUMN.user_id.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}
