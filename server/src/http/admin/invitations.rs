//! `/api/admin/invitations`: invitations to register (`registration.invitation`), as
//! `gatehouse invitation` makes them.

use poem::web::Data;
use poem_openapi::{ApiResponse, OpenApi, param::Path, param::Query, payload::Json};

use super::{AdminToken, Done, caller, invitation_dto::*, page_request};
use crate::{
    http::{error::ApiError, experience::ApiTags},
    service::{
        admin::{cursor::Page, invitations as admin_invitations},
        invitations::{self, NewInvitation},
    },
    state::AppState,
    storage::page::Position,
};

#[derive(ApiResponse)]
pub enum Created {
    /// Created, and its link emailed (`emailSent`).
    #[oai(status = 201)]
    Created(Json<InvitationDto>),
}

pub struct AdminInvitationsApi;

#[OpenApi(prefix_path = "/api/admin", tag = "ApiTags::Admin")]
impl AdminInvitationsApi {
    /// List invitations
    ///
    /// Oldest first, `limit` (1 to 200, default 50) at a time; `status` keeps those in it.
    #[oai(path = "/invitations", method = "get", operation_id = "adminListInvitations")]
    async fn list(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        status: Query<Option<StatusDto>>,
        cursor: Query<Option<String>>,
        limit: Query<Option<u64>>,
    ) -> Result<Json<InvitationPageDto>, ApiError> {
        caller(&state, &token).await?;
        let request = page_request(cursor.0.as_deref(), limit.0)?;
        let status = status.0.map(Into::into);
        let rows = invitations::page(&state, status, request.after.as_ref(), request.fetch()).await?;
        let page = Page::of(rows, &request, |i| Position {
            at: i.created_at,
            id: i.id.clone(),
        });
        let now = chrono::Utc::now();
        Ok(Json(InvitationPageDto {
            next_cursor: page.next_cursor,
            items: page.items.into_iter().map(|i| InvitationDto::new(i, now)).collect(),
        }))
    }

    /// Invite someone to register
    ///
    /// The link goes to the address by email, never in the answer. A pending invitation of the
    /// address is replaced.
    #[oai(path = "/invitations", method = "post", operation_id = "adminCreateInvitation")]
    async fn create(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        body: Json<CreateInvitationBody>,
    ) -> Result<Created, ApiError> {
        let caller = caller(&state, &token).await?;
        let body = body.0;
        let lifetime = body
            .expires_in
            .map_or_else(invitations::default_lifetime, |s| chrono::Duration::seconds(s as i64));
        let input = NewInvitation {
            email: body.email.into(),
            name: body.name.map(String::from).filter(|n| !n.is_empty()),
            lifetime,
            locale: body.locale.map(String::from).filter(|l| !l.is_empty()),
            client_id: body.application_id.map(String::from).filter(|a| !a.is_empty()),
        };
        Ok(Created::Created(Json(
            admin_invitations::create(&state, &caller, input).await?.into(),
        )))
    }

    /// Revoke an invitation
    ///
    /// Only a pending one: its link stops working.
    #[oai(
        path = "/invitations/:id/revoke",
        method = "post",
        operation_id = "adminRevokeInvitation"
    )]
    async fn revoke(&self, state: Data<&AppState>, token: AdminToken, id: Path<String>) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        admin_invitations::revoke(&state, &caller, &id.0).await?;
        Ok(Done::Done)
    }

    /// Send an invitation again
    ///
    /// Only a pending one: a new code replaces the old one (whose link stops working) and is
    /// emailed; the expiry stays.
    #[oai(
        path = "/invitations/:id/resend",
        method = "post",
        operation_id = "adminResendInvitation"
    )]
    async fn resend(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        id: Path<String>,
    ) -> Result<Json<InvitationDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        Ok(Json(admin_invitations::resend(&state, &caller, &id.0).await?.into()))
    }
}
