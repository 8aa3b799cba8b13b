//! The audit log: rows are added, read in `(occurred_at, id)` order, and removed only by age.

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{
    ActiveValue::Set, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select, sea_query::Query,
};

use super::{Conn, Result, entity::audit_events as ae, from_json, to_json};

/// Longer User-Agent headers are cut: the column holds 512 characters.
pub const MAX_USER_AGENT_CHARS: usize = 512;

/// One stored event, every column.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AuditRecord {
    pub id: String,
    pub occurred_at: DateTime<Utc>,
    pub kind: String,
    pub user_id: Option<String>,
    pub client_id: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    pub details: serde_json::Value,
}

/// An event to add; the id and the time are given here.
pub struct NewAuditEvent<'a> {
    pub kind: &'a str,
    pub user_id: Option<&'a str>,
    pub client_id: Option<&'a str>,
    pub ip: Option<&'a str>,
    pub user_agent: Option<&'a str>,
    pub details: &'a serde_json::Value,
}

/// Which events a page holds; `None` matches any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub user_id: Option<String>,
    pub kind: Option<String>,
    pub since: Option<DateTime<Utc>>,
}

pub async fn insert(conn: &impl Conn, event: NewAuditEvent<'_>, now: DateTime<Utc>) -> Result<()> {
    let row = ae::ActiveModel {
        id: Set(uuid::Uuid::now_v7().to_string()),
        // PostgreSQL keeps microseconds: the time read back must be the time written, or a
        // page's cursor would not find its own row.
        occurred_at: Set(now.trunc_subsecs(6)),
        kind: Set(event.kind.to_owned()),
        user_id: Set(event.user_id.map(str::to_owned)),
        client_id: Set(event.client_id.map(str::to_owned)),
        ip: Set(event.ip.map(str::to_owned)),
        user_agent: Set(event
            .user_agent
            .map(|ua| ua.chars().take(MAX_USER_AGENT_CHARS).collect())),
        details: Set(to_json(event.details)),
    };
    ae::Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}

/// Up to `limit` events matching `filter`, oldest first, strictly after the `(occurred_at,
/// id)` of the last event of the previous page: a page starts where the last one ended
/// whatever was added meanwhile.
pub async fn page(
    conn: &impl Conn,
    filter: &Filter,
    after: Option<(DateTime<Utc>, String)>,
    limit: u64,
) -> Result<Vec<AuditRecord>> {
    let mut query = filtered(filter);
    if let Some((occurred_at, id)) = after {
        query = query.filter(
            Condition::any().add(ae::COLUMN.occurred_at.gt(occurred_at)).add(
                Condition::all()
                    .add(ae::COLUMN.occurred_at.eq(occurred_at))
                    .add(ae::COLUMN.id.gt(id)),
            ),
        );
    }
    query
        .order_by_asc(ae::COLUMN.occurred_at)
        .order_by_asc(ae::COLUMN.id)
        .limit(limit)
        .all(conn)
        .await?
        .into_iter()
        .map(record_of)
        .collect()
}

/// The last `limit` events matching `filter`, oldest first.
pub async fn latest(conn: &impl Conn, filter: &Filter, limit: u64) -> Result<Vec<AuditRecord>> {
    let mut rows = filtered(filter)
        .order_by_desc(ae::COLUMN.occurred_at)
        .order_by_desc(ae::COLUMN.id)
        .limit(limit)
        .all(conn)
        .await?;
    rows.reverse();
    rows.into_iter().map(record_of).collect()
}

fn filtered(filter: &Filter) -> Select<ae::Entity> {
    let mut query = ae::Entity::find();
    if let Some(user_id) = &filter.user_id {
        query = query.filter(ae::COLUMN.user_id.eq(user_id.as_str()));
    }
    if let Some(kind) = &filter.kind {
        query = query.filter(ae::COLUMN.kind.eq(kind.as_str()));
    }
    if let Some(since) = filter.since {
        query = query.filter(ae::COLUMN.occurred_at.gte(since));
    }
    query
}

/// Deletes at most `batch` events older than `cutoff`; how many went. One plain statement, so
/// that instances purging at once each delete a row at most once (a row another deleted
/// first is no longer there to count).
pub async fn purge_before(conn: &impl Conn, cutoff: DateTime<Utc>, batch: u64) -> Result<u64> {
    let old = Query::select()
        .column(ae::Column::Id)
        .from(ae::Entity)
        .and_where(ae::COLUMN.occurred_at.lt(cutoff))
        .limit(batch)
        .to_owned();
    let result = ae::Entity::delete_many()
        .filter(ae::COLUMN.id.in_subquery(old))
        .exec(conn)
        .await?;
    Ok(result.rows_affected)
}

fn record_of(m: ae::Model) -> Result<AuditRecord> {
    Ok(AuditRecord {
        details: from_json("audit event details", &m.details)?,
        id: m.id,
        occurred_at: m.occurred_at,
        kind: m.kind,
        user_id: m.user_id,
        client_id: m.client_id,
        ip: m.ip,
        user_agent: m.user_agent,
    })
}
