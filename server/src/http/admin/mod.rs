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

use poem_openapi::{ApiResponse, SecurityScheme, auth::Bearer};

use super::error::ApiError;
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
