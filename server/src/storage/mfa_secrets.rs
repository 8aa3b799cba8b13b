//! Authenticator-app secrets as stored (sealed under the KEK), for `gatehouse secrets
//! rotate-kek`: both the enrolled factors' and those of set-ups still waiting for a first code.

use sea_orm::{EntityTrait, QueryFilter, sea_query::Expr};

use super::{
    Conn, Result,
    entity::{mfa_factors, totp_enrolments},
};

/// Where a sealed TOTP secret is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Factors,
    Enrolments,
}

/// One stored secret: its table, row id, owner (the sealing binds it) and sealed value.
#[derive(Debug, Clone)]
pub struct StoredSecret {
    pub table: Table,
    pub id: String,
    pub user_id: String,
    pub sealed: String,
}

/// Every TOTP secret stored, in either table.
pub async fn all(conn: &impl Conn) -> Result<Vec<StoredSecret>> {
    let factors = mfa_factors::Entity::find()
        .filter(mfa_factors::COLUMN.secret_sealed.is_not_null())
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|m| {
            m.secret_sealed.map(|sealed| StoredSecret {
                table: Table::Factors,
                id: m.id,
                user_id: m.user_id,
                sealed,
            })
        });
    let enrolments = totp_enrolments::Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|m| StoredSecret {
            table: Table::Enrolments,
            id: m.id,
            user_id: m.user_id,
            sealed: m.secret_sealed,
        });
    Ok(factors.chain(enrolments).collect())
}

/// Replaces a stored secret if it is still `old.sealed`: of two rotations at once, the second
/// changes nothing.
pub async fn replace(conn: &impl Conn, old: &StoredSecret, new: &str) -> Result<bool> {
    let result = match old.table {
        Table::Factors => {
            mfa_factors::Entity::update_many()
                .col_expr(mfa_factors::COLUMN.secret_sealed, Expr::value(new))
                .filter(mfa_factors::COLUMN.id.eq(old.id.as_str()))
                .filter(mfa_factors::COLUMN.secret_sealed.eq(old.sealed.as_str()))
                .exec(conn)
                .await?
        }
        Table::Enrolments => {
            totp_enrolments::Entity::update_many()
                .col_expr(totp_enrolments::COLUMN.secret_sealed, Expr::value(new))
                .filter(totp_enrolments::COLUMN.id.eq(old.id.as_str()))
                .filter(totp_enrolments::COLUMN.secret_sealed.eq(old.sealed.as_str()))
                .exec(conn)
                .await?
        }
    };
    Ok(result.rows_affected == 1)
}
