//! `/api/admin`: the administration API. Every operation takes a bearer access token that an
//! admin client got by client credentials with the scope `admin`; handlers authenticate, call
//! one service function and map the result.

mod applications;
mod audit;
mod dto;
mod error;
mod invitation_dto;
mod invitations;
mod policy_dto;
mod system;
mod user_dto;
mod users;

pub use self::{
    applications::AdminApplicationsApi, audit::AdminAuditApi, invitations::AdminInvitationsApi, system::AdminSystemApi,
    users::AdminUsersApi,
};

use poem::{Endpoint, IntoResponse, Request, Response, http::Method};
use poem_openapi::{ApiResponse, SecurityScheme, auth::Bearer};

use super::error::{ApiError, ErrorCode};
use crate::{
    service::admin::{self, AdminCaller, cursor::PageRequest},
    state::AppState,
};

/// An access token of an admin client, from the client_credentials grant with the scope
/// `admin`.
#[derive(SecurityScheme)]
#[oai(rename = "adminToken", ty = "bearer", bearer_format = "JWT")]
pub struct AdminToken(Bearer);

#[derive(ApiResponse)]
pub enum Done {
    /// Done.
    #[oai(status = 204)]
    Done,
}

async fn caller(state: &AppState, token: &AdminToken) -> Result<AdminCaller, ApiError> {
    Ok(admin::authenticate(state, &token.0.token).await?)
}

fn page_request(cursor: Option<&str>, limit: Option<u64>) -> Result<PageRequest, ApiError> {
    Ok(PageRequest::parse(cursor, limit)?)
}

/// No field of the administration API's bodies is nullable, while poem-openapi reads `null` as
/// a field left out: a `null` anywhere in a body is refused, so that the server takes exactly
/// what the schema says (and `"x": null` never silently means "unchanged").
pub async fn refuse_nulls<E: Endpoint>(ep: E, mut req: Request) -> poem::Result<Response> {
    if req.uri().path().starts_with("/api/admin/")
        && matches!(*req.method(), Method::POST | Method::PUT | Method::PATCH)
    {
        let body = req.take_body().into_bytes().await.unwrap_or_default();
        if let Ok(value) = serde_json::from_slice::<serde_json::Value>(&body)
            && has_null(&value)
        {
            let refusal = ApiError::new(
                ErrorCode::RequestInvalidBody,
                "no field takes null: leave it out instead",
            );
            return Ok(refusal.into_response());
        }
        req.set_body(body);
    }
    ep.call(req).await.map(IntoResponse::into_response)
}

fn has_null(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::Null => true,
        serde_json::Value::Array(items) => items.iter().any(has_null),
        serde_json::Value::Object(fields) => fields.values().any(has_null),
        _ => false,
    }
}
