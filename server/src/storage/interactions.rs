use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, EntityTrait, QueryFilter, sea_query::Expr};

use super::{Conn, Result, StorageError, entity::interactions, from_json, to_json};
use crate::domain::interaction::{Interaction, InteractionEvent};

fn to_domain(m: interactions::Model) -> Result<Interaction> {
    let event = m
        .event
        .as_deref()
        .map(|e| InteractionEvent::parse(e).ok_or_else(|| StorageError::corrupt("interaction event", e)))
        .transpose()?;
    Ok(Interaction {
        request: from_json("interaction request", &m.auth_request)?,
        verifications: from_json("interaction verifications", &m.verifications)?,
        id: m.id,
        event,
        user_id: m.user_id,
        submitted_at: m.submitted_at,
        expires_at: m.expires_at,
        session_id: m.session_id,
        consented_at: m.consented_at,
        remember_me: m.remember_me,
        profile: from_json("interaction profile", &m.profile)?,
        mfa: from_json("interaction mfa", &m.mfa)?,
    })
}

pub async fn insert(conn: &impl Conn, interaction: &Interaction) -> Result<()> {
    let row = interactions::ActiveModel {
        id: Set(interaction.id.clone()),
        client_id: Set(interaction.request.client_id.clone()),
        auth_request: Set(to_json(&interaction.request)),
        event: Set(interaction.event.map(|e| e.as_str().to_owned())),
        verifications: Set(to_json(&interaction.verifications)),
        user_id: Set(interaction.user_id.clone()),
        submitted_at: Set(interaction.submitted_at),
        consumed_at: Set(None),
        created_at: Set(Utc::now()),
        expires_at: Set(interaction.expires_at),
        session_id: Set(interaction.session_id.clone()),
        consented_at: Set(interaction.consented_at),
        remember_me: Set(interaction.remember_me),
        profile: Set(to_json(&interaction.profile)),
        mfa: Set(to_json(&interaction.mfa)),
    };
    interactions::Entity::insert(row).exec(conn).await?;
    Ok(())
}

/// An interaction that has neither expired nor been used up.
pub async fn find_live(conn: &impl Conn, id: &str, now: DateTime<Utc>) -> Result<Option<Interaction>> {
    interactions::Entity::find_by_id(id.to_owned())
        .filter(interactions::COLUMN.consumed_at.is_null())
        .filter(interactions::COLUMN.expires_at.gt(now))
        .one(conn)
        .await?
        .map(to_domain)
        .transpose()
}

/// Saves the mutable part of the interaction; false when it was used up meanwhile.
pub async fn save(conn: &impl Conn, interaction: &Interaction) -> Result<bool> {
    let result = interactions::Entity::update_many()
        .col_expr(
            interactions::COLUMN.event,
            Expr::value(interaction.event.map(|e| e.as_str().to_owned())),
        )
        .col_expr(
            interactions::COLUMN.verifications,
            Expr::value(to_json(&interaction.verifications)),
        )
        .col_expr(interactions::COLUMN.user_id, Expr::value(interaction.user_id.clone()))
        .col_expr(interactions::COLUMN.submitted_at, Expr::value(interaction.submitted_at))
        .col_expr(
            interactions::COLUMN.session_id,
            Expr::value(interaction.session_id.clone()),
        )
        .col_expr(interactions::COLUMN.consented_at, Expr::value(interaction.consented_at))
        .col_expr(interactions::COLUMN.remember_me, Expr::value(interaction.remember_me))
        .col_expr(interactions::COLUMN.profile, Expr::value(to_json(&interaction.profile)))
        .col_expr(interactions::COLUMN.mfa, Expr::value(to_json(&interaction.mfa)))
        .filter(interactions::COLUMN.id.eq(interaction.id.as_str()))
        .filter(interactions::COLUMN.consumed_at.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Starts a live interaction over with `event`, forgetting every earlier step, in one statement;
/// false when there is no such live interaction.
pub async fn restart(conn: &impl Conn, id: &str, event: InteractionEvent, now: DateTime<Utc>) -> Result<bool> {
    let result = interactions::Entity::update_many()
        .col_expr(interactions::COLUMN.event, Expr::value(event.as_str()))
        .col_expr(interactions::COLUMN.verifications, Expr::value("[]"))
        .col_expr(interactions::COLUMN.user_id, Expr::value(Option::<String>::None))
        .col_expr(
            interactions::COLUMN.submitted_at,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(interactions::COLUMN.session_id, Expr::value(Option::<String>::None))
        .col_expr(
            interactions::COLUMN.consented_at,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(interactions::COLUMN.remember_me, Expr::value(false))
        .col_expr(interactions::COLUMN.profile, Expr::value("{}"))
        .col_expr(interactions::COLUMN.mfa, Expr::value("{}"))
        .filter(interactions::COLUMN.id.eq(id))
        .filter(interactions::COLUMN.consumed_at.is_null())
        .filter(interactions::COLUMN.expires_at.gt(now))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Marks an interaction as used whatever its state (the user gave up, or denied consent).
pub async fn abandon(conn: &impl Conn, id: &str, now: DateTime<Utc>) -> Result<bool> {
    let result = interactions::Entity::update_many()
        .col_expr(interactions::COLUMN.consumed_at, Expr::value(now))
        .filter(interactions::COLUMN.id.eq(id))
        .filter(interactions::COLUMN.consumed_at.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Marks a submitted interaction as used; exactly one caller ever gets `true`.
pub async fn consume(conn: &impl Conn, id: &str, now: DateTime<Utc>) -> Result<bool> {
    let result = interactions::Entity::update_many()
        .col_expr(interactions::COLUMN.consumed_at, Expr::value(now))
        .filter(interactions::COLUMN.id.eq(id))
        .filter(interactions::COLUMN.consumed_at.is_null())
        .filter(interactions::COLUMN.submitted_at.is_not_null())
        .filter(interactions::COLUMN.expires_at.gt(now))
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Removes interactions that can no longer be used.
pub async fn delete_expired(conn: &impl Conn, now: DateTime<Utc>) -> Result<u64> {
    let result = interactions::Entity::delete_many()
        .filter(interactions::COLUMN.expires_at.lte(now))
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}

/// The interactions of an account being deleted: none of them may finish.
pub async fn delete_of_user(conn: &impl Conn, user_id: &str) -> Result<()> {
    interactions::Entity::delete_many()
        .filter(interactions::COLUMN.user_id.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}
