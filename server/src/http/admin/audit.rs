//! `/api/admin/audit`: the audit log.

use chrono::{DateTime, Utc};
use poem::web::Data;
use poem_openapi::{Object, OpenApi, param::Query, payload::Json};

use super::{AdminToken, caller, page_request};
use crate::{
    http::{error::ApiError, experience::ApiTags},
    service::{
        admin::{audit_log, cursor::Page},
        audit::AuditRecord,
    },
    state::AppState,
};

/// Something security-relevant that happened.
#[derive(Debug, Object)]
#[oai(rename = "AdminAuditEvent", rename_all = "camelCase")]
pub struct AuditEventDto {
    pub id: String,
    pub occurred_at: DateTime<Utc>,
    /// `sign_in.succeeded`, `sign_in.failed`, `lockout`, `registration`, `password.changed`,
    /// `password.reset`, `email.changed`, `mfa.enrolled`, `mfa.removed`,
    /// `backup_codes.regenerated`, `identity.linked`, `identity.unlinked`, `consent.granted`,
    /// `consent.withdrawn`, `token.revoked`, `account.deleted`, or `admin.<action>`.
    #[oai(rename = "type")]
    pub kind: String,
    #[oai(skip_serializing_if_is_none)]
    pub user_id: Option<String>,
    /// The application, or for `admin.*` the admin client that acted.
    #[oai(skip_serializing_if_is_none)]
    pub client_id: Option<String>,
    /// The client's address, per `trusted_proxies`.
    #[oai(skip_serializing_if_is_none)]
    pub ip: Option<String>,
    #[oai(skip_serializing_if_is_none)]
    pub user_agent: Option<String>,
    /// Ids, method names, reason codes: never a secret, a code or a password.
    pub details: serde_json::Value,
}

impl From<AuditRecord> for AuditEventDto {
    fn from(r: AuditRecord) -> Self {
        Self {
            id: r.id,
            occurred_at: r.occurred_at,
            kind: r.kind,
            user_id: r.user_id,
            client_id: r.client_id,
            ip: r.ip,
            user_agent: r.user_agent,
            details: r.details,
        }
    }
}

#[derive(Debug, Object)]
#[oai(rename = "AdminAuditPage", rename_all = "camelCase")]
pub struct AuditPageDto {
    pub items: Vec<AuditEventDto>,
    /// Pass as `cursor` for the next page; absent on the last page (new events may follow
    /// later: keep the last cursor to read them).
    #[oai(skip_serializing_if_is_none)]
    pub next_cursor: Option<String>,
}

pub struct AdminAuditApi;

#[OpenApi(prefix_path = "/api/admin", tag = "ApiTags::Admin")]
impl AdminAuditApi {
    /// Read the audit log
    ///
    /// Oldest first from `since` (or the oldest kept), `limit` (1 to 200, default 50) at a time.
    /// `user` and `type` filter; events older than `audit.retention` are gone.
    #[oai(path = "/audit", method = "get", operation_id = "adminListAuditEvents")]
    // poem-openapi takes each query parameter as an argument of its own.
    #[allow(clippy::too_many_arguments)]
    async fn list(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        user: Query<Option<String>>,
        #[oai(name = "type")] kind: Query<Option<String>>,
        since: Query<Option<DateTime<Utc>>>,
        cursor: Query<Option<String>>,
        limit: Query<Option<u64>>,
    ) -> Result<Json<AuditPageDto>, ApiError> {
        caller(&state, &token).await?;
        let request = page_request(cursor.0.as_deref(), limit.0)?;
        let rows = audit_log::page(&state, user.0, kind.0, since.0, &request).await?;
        let page = Page::of(rows, &request, audit_log::position);
        Ok(Json(AuditPageDto {
            next_cursor: page.next_cursor,
            items: page.items.into_iter().map(Into::into).collect(),
        }))
    }
}
