//! Second factors: a user's factors, their TOTP steps (each accepted once, by one conditional
//! update), backup codes (each used once, likewise), authenticator apps being set up, and
//! remembered browsers.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveValue::Set,
    Condition, EntityTrait, QueryFilter, QueryOrder,
    sea_query::{Expr, ExprTrait, OnConflict},
};

use super::{
    Conn, Result,
    entity::{backup_codes, mfa_factors, remembered_browsers, totp_enrolments},
};

#[derive(Debug, Clone)]
pub struct Factor {
    pub id: String,
    pub kind: String,
    pub secret_sealed: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl From<mfa_factors::Model> for Factor {
    fn from(m: mfa_factors::Model) -> Self {
        Self {
            id: m.id,
            kind: m.kind,
            secret_sealed: m.secret_sealed,
            created_at: m.created_at,
        }
    }
}

pub async fn factors_of(conn: &impl Conn, user_id: &str) -> Result<Vec<Factor>> {
    Ok(mfa_factors::Entity::find()
        .filter(mfa_factors::COLUMN.user_id.eq(user_id))
        .order_by_asc(mfa_factors::COLUMN.created_at)
        .all(conn)
        .await?
        .into_iter()
        .map(Into::into)
        .collect())
}

/// Adds a factor of this kind, replacing one the user had.
pub async fn put_factor(
    conn: &impl Conn,
    user_id: &str,
    kind: &str,
    secret_sealed: Option<&str>,
    last_step: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    let row = mfa_factors::ActiveModel {
        id: Set(uuid::Uuid::now_v7().to_string()),
        user_id: Set(user_id.to_owned()),
        kind: Set(kind.to_owned()),
        secret_sealed: Set(secret_sealed.map(str::to_owned)),
        last_step: Set(last_step),
        created_at: Set(now),
    };
    mfa_factors::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([mfa_factors::Column::UserId, mfa_factors::Column::Kind])
                .update_columns([
                    mfa_factors::Column::SecretSealed,
                    mfa_factors::Column::LastStep,
                    mfa_factors::Column::CreatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Removes a factor; false when the user had none of this kind.
pub async fn remove_factor(conn: &impl Conn, user_id: &str, kind: &str) -> Result<bool> {
    let result = mfa_factors::Entity::delete_many()
        .filter(mfa_factors::COLUMN.user_id.eq(user_id))
        .filter(mfa_factors::COLUMN.kind.eq(kind))
        .exec(conn)
        .await?;
    Ok(result.rows_affected > 0)
}

/// Accepts a TOTP time step once: true for the one caller, on any instance, that moved the
/// factor's last step forward to it.
pub async fn claim_step(conn: &impl Conn, factor_id: &str, step: i64) -> Result<bool> {
    let result = mfa_factors::Entity::update_many()
        .col_expr(mfa_factors::COLUMN.last_step, Expr::value(step))
        .filter(mfa_factors::COLUMN.id.eq(factor_id))
        .filter(
            Condition::any()
                .add(mfa_factors::COLUMN.last_step.is_null())
                .add(mfa_factors::COLUMN.last_step.lt(step)),
        )
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Replaces a user's backup codes with these hashes.
pub async fn replace_backup_codes(
    conn: &impl Conn,
    user_id: &str,
    hashes: &[String],
    now: DateTime<Utc>,
) -> Result<()> {
    backup_codes::Entity::delete_many()
        .filter(backup_codes::COLUMN.user_id.eq(user_id))
        .exec(conn)
        .await?;
    for hash in hashes {
        let row = backup_codes::ActiveModel {
            id: Set(uuid::Uuid::now_v7().to_string()),
            user_id: Set(user_id.to_owned()),
            code_hash: Set(hash.clone()),
            created_at: Set(now),
            used_at: Set(None),
        };
        backup_codes::Entity::insert(row).exec_without_returning(conn).await?;
    }
    Ok(())
}

/// Uses a backup code up, once: `UPDATE ... WHERE used_at IS NULL`, rows affected.
pub async fn use_backup_code(conn: &impl Conn, user_id: &str, hash: &str, now: DateTime<Utc>) -> Result<bool> {
    let result = backup_codes::Entity::update_many()
        .col_expr(backup_codes::COLUMN.used_at, Expr::value(now))
        .filter(backup_codes::COLUMN.user_id.eq(user_id))
        .filter(backup_codes::COLUMN.code_hash.eq(hash))
        .filter(backup_codes::COLUMN.used_at.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

pub async fn backup_codes_left(conn: &impl Conn, user_id: &str) -> Result<u64> {
    use sea_orm::PaginatorTrait;
    Ok(backup_codes::Entity::find()
        .filter(backup_codes::COLUMN.user_id.eq(user_id))
        .filter(backup_codes::COLUMN.used_at.is_null())
        .count(conn)
        .await?)
}

/// An authenticator app's secret shown for setting up, until its first code confirms it.
pub async fn start_enrolment(
    conn: &impl Conn,
    id_hash: &str,
    user_id: &str,
    secret_sealed: &str,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<()> {
    let row = totp_enrolments::ActiveModel {
        id: Set(id_hash.to_owned()),
        user_id: Set(user_id.to_owned()),
        secret_sealed: Set(secret_sealed.to_owned()),
        attempts: Set(0),
        created_at: Set(now),
        expires_at: Set(expires_at),
        verified_at: Set(None),
        used_at: Set(None),
        confirmed_step: Set(None),
    };
    totp_enrolments::Entity::insert(row)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Takes one of a live enrolment's tries before its code is compared: its sealed secret.
pub async fn take_enrolment_attempt(
    conn: &impl Conn,
    id_hash: &str,
    user_id: &str,
    max_attempts: i32,
    now: DateTime<Utc>,
) -> Result<Option<String>> {
    let taken = totp_enrolments::Entity::update_many()
        .col_expr(
            totp_enrolments::COLUMN.attempts,
            Expr::col(totp_enrolments::Column::Attempts).add(1),
        )
        .filter(totp_enrolments::COLUMN.id.eq(id_hash))
        .filter(totp_enrolments::COLUMN.user_id.eq(user_id))
        .filter(totp_enrolments::COLUMN.used_at.is_null())
        .filter(totp_enrolments::COLUMN.expires_at.gt(now))
        .filter(totp_enrolments::COLUMN.attempts.lt(max_attempts))
        .exec_with_returning(conn)
        .await?;
    Ok(taken.into_iter().next().map(|row| row.secret_sealed))
}

/// Marks an enrolment's secret confirmed by a right code of time step `step`.
pub async fn confirm_enrolment(conn: &impl Conn, id_hash: &str, step: i64, now: DateTime<Utc>) -> Result<bool> {
    let result = totp_enrolments::Entity::update_many()
        .col_expr(totp_enrolments::COLUMN.verified_at, Expr::value(now))
        .col_expr(totp_enrolments::COLUMN.confirmed_step, Expr::value(step))
        .filter(totp_enrolments::COLUMN.id.eq(id_hash))
        .filter(totp_enrolments::COLUMN.used_at.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Uses up a confirmed enrolment, once, in the transaction that makes it a factor: its secret
/// and the time step that confirmed it.
pub async fn consume_enrolment(
    conn: &impl Conn,
    id_hash: &str,
    user_id: &str,
    now: DateTime<Utc>,
) -> Result<Option<(String, Option<i64>)>> {
    let used = totp_enrolments::Entity::update_many()
        .col_expr(totp_enrolments::COLUMN.used_at, Expr::value(now))
        .filter(totp_enrolments::COLUMN.id.eq(id_hash))
        .filter(totp_enrolments::COLUMN.user_id.eq(user_id))
        .filter(totp_enrolments::COLUMN.verified_at.is_not_null())
        .filter(totp_enrolments::COLUMN.used_at.is_null())
        .filter(totp_enrolments::COLUMN.expires_at.gt(now))
        .exec_with_returning(conn)
        .await?;
    Ok(used
        .into_iter()
        .next()
        .map(|row| (row.secret_sealed, row.confirmed_step)))
}

#[derive(Debug, Clone)]
pub struct RememberedBrowser {
    pub id: String,
    pub user_agent: Option<String>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

pub async fn remember_browser(
    conn: &impl Conn,
    id_hash: &str,
    user_id: &str,
    security_stamp: &str,
    user_agent: Option<&str>,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<()> {
    let row = remembered_browsers::ActiveModel {
        id: Set(id_hash.to_owned()),
        user_id: Set(user_id.to_owned()),
        security_stamp: Set(security_stamp.to_owned()),
        user_agent: Set(user_agent.map(str::to_owned)),
        created_at: Set(now),
        expires_at: Set(expires_at),
    };
    remembered_browsers::Entity::insert(row)
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// Whether this browser is remembered for this user under their current security stamp.
pub async fn is_remembered(
    conn: &impl Conn,
    id_hash: &str,
    user_id: &str,
    security_stamp: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    Ok(remembered_browsers::Entity::find_by_id(id_hash.to_owned())
        .filter(remembered_browsers::COLUMN.user_id.eq(user_id))
        .filter(remembered_browsers::COLUMN.security_stamp.eq(security_stamp))
        .filter(remembered_browsers::COLUMN.expires_at.gt(now))
        .one(conn)
        .await?
        .is_some())
}

pub async fn remembered_of(
    conn: &impl Conn,
    user_id: &str,
    security_stamp: &str,
    now: DateTime<Utc>,
) -> Result<Vec<RememberedBrowser>> {
    Ok(remembered_browsers::Entity::find()
        .filter(remembered_browsers::COLUMN.user_id.eq(user_id))
        .filter(remembered_browsers::COLUMN.security_stamp.eq(security_stamp))
        .filter(remembered_browsers::COLUMN.expires_at.gt(now))
        .order_by_desc(remembered_browsers::COLUMN.created_at)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| RememberedBrowser {
            id: m.id,
            user_agent: m.user_agent,
            created_at: m.created_at,
            expires_at: m.expires_at,
        })
        .collect())
}

/// Forgets one remembered browser of a user, or (`None`) all of them; how many.
pub async fn forget_browsers(conn: &impl Conn, user_id: &str, id: Option<&str>) -> Result<u64> {
    let mut delete = remembered_browsers::Entity::delete_many().filter(remembered_browsers::COLUMN.user_id.eq(user_id));
    if let Some(id) = id {
        delete = delete.filter(remembered_browsers::COLUMN.id.eq(id));
    }
    Ok(delete.exec(conn).await?.rows_affected)
}

/// What [`delete_all_of_user`] removed, by kind of row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Removed {
    pub factors: u64,
    pub backup_codes: u64,
    pub enrolments: u64,
    pub browsers: u64,
}

/// Everything second-factor of a user (`gatehouse user mfa reset`, account deletion).
pub async fn delete_all_of_user(conn: &impl Conn, user_id: &str) -> Result<Removed> {
    let factors = mfa_factors::Entity::delete_many()
        .filter(mfa_factors::COLUMN.user_id.eq(user_id))
        .exec(conn)
        .await?
        .rows_affected;
    let backup_codes = backup_codes::Entity::delete_many()
        .filter(backup_codes::COLUMN.user_id.eq(user_id))
        .exec(conn)
        .await?
        .rows_affected;
    let enrolments = totp_enrolments::Entity::delete_many()
        .filter(totp_enrolments::COLUMN.user_id.eq(user_id))
        .exec(conn)
        .await?
        .rows_affected;
    let browsers = forget_browsers(conn, user_id, None).await?;
    Ok(Removed {
        factors,
        backup_codes,
        enrolments,
        browsers,
    })
}
