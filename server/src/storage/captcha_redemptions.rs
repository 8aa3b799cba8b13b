//! Solved captcha challenges, so that each is accepted once.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, EntityTrait, QueryFilter, sea_query::OnConflict};

use super::{Conn, Result, entity::captcha_redemptions};

/// True for the first redemption of `challenge`, false for any later one.
pub async fn redeem(conn: &impl Conn, challenge: &str, expires_at: DateTime<Utc>) -> Result<bool> {
    let row = captcha_redemptions::ActiveModel {
        challenge: Set(challenge.to_owned()),
        expires_at: Set(expires_at),
    };
    let inserted = captcha_redemptions::Entity::insert(row)
        .on_conflict(
            OnConflict::column(captcha_redemptions::Column::Challenge)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    Ok(inserted == 1)
}

/// An expired challenge is refused anyway; its record can go.
pub async fn delete_expired(conn: &impl Conn, now: DateTime<Utc>) -> Result<u64> {
    let result = captcha_redemptions::Entity::delete_many()
        .filter(captcha_redemptions::COLUMN.expires_at.lt(now))
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}
