//! `/api/admin/users`: the accounts.

use poem::web::Data;
use poem_openapi::{ApiResponse, OpenApi, param::Path, param::Query, payload::Json};
use secrecy::SecretString;

use super::{AdminToken, Done, caller, invitation_dto::InvitationDto, page_request, user_dto::*};
use crate::{
    http::{error::ApiError, experience::ApiTags},
    service::admin::{
        cursor::Page,
        users::{self, Created, NewUser, ProfilePatch},
    },
    state::AppState,
    storage::page::Position,
};

#[derive(ApiResponse)]
pub enum CreateUserResponse {
    /// The account was created.
    #[oai(status = 201)]
    Created(Json<UserDetailDto>),
    /// With `sendInvitation`: no account yet, the address was invited to register.
    #[oai(status = 202)]
    Invited(Json<InvitationDto>),
}

fn text(value: Option<crate::http::experience::text::Text>) -> Option<String> {
    value.map(String::from)
}

pub struct AdminUsersApi;

#[OpenApi(prefix_path = "/api/admin", tag = "ApiTags::Admin")]
impl AdminUsersApi {
    /// List or search users
    ///
    /// Oldest first, `limit` (1 to 200, default 50) at a time; `q` keeps the accounts whose
    /// username, email address or name starts with it, ignoring case.
    #[oai(path = "/users", method = "get", operation_id = "adminListUsers")]
    async fn list(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        q: Query<Option<String>>,
        cursor: Query<Option<String>>,
        limit: Query<Option<u64>>,
    ) -> Result<Json<UserPageDto>, ApiError> {
        caller(&state, &token).await?;
        let request = page_request(cursor.0.as_deref(), limit.0)?;
        let rows = users::search(&state, q.0.as_deref(), request.after.as_ref(), request.fetch()).await?;
        let page = Page::of(rows, &request, |u| Position {
            at: u.created_at,
            id: u.id.clone(),
        });
        Ok(Json(UserPageDto {
            next_cursor: page.next_cursor,
            items: page.items.into_iter().map(Into::into).collect(),
        }))
    }

    /// Create a user, or invite one
    #[oai(path = "/users", method = "post", operation_id = "adminCreateUser")]
    async fn create(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        body: Json<CreateUserBody>,
    ) -> Result<CreateUserResponse, ApiError> {
        let caller = caller(&state, &token).await?;
        let body = body.0;
        let input = NewUser {
            username: text(body.username),
            email: text(body.email),
            email_verified: body.email_verified,
            name: text(body.name),
            locale: text(body.locale),
            password: body.password.map(|p| SecretString::from(String::from(p))),
            send_invitation: body.send_invitation.unwrap_or(false),
            application_id: text(body.application_id),
        };
        Ok(match users::create(&state, &caller, input).await? {
            Created::Account(user) => CreateUserResponse::Created(Json(user.into())),
            Created::Invited(invitation) => CreateUserResponse::Invited(Json(invitation.into())),
        })
    }

    /// Get a user
    #[oai(path = "/users/:id", method = "get", operation_id = "adminGetUser")]
    async fn get(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        id: Path<String>,
    ) -> Result<Json<UserDetailDto>, ApiError> {
        caller(&state, &token).await?;
        Ok(Json(users::get(&state, &id.0).await?.into()))
    }

    /// Change a user's profile
    #[oai(path = "/users/:id", method = "patch", operation_id = "adminUpdateUser")]
    async fn update(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        id: Path<String>,
        body: Json<UpdateUserBody>,
    ) -> Result<Json<UserDetailDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let body = body.0;
        let patch = ProfilePatch {
            name: text(body.name),
            locale: text(body.locale),
            email: text(body.email),
            email_verified: body.email_verified,
            username: text(body.username),
        };
        Ok(Json(users::update(&state, &caller, &id.0, patch).await?.into()))
    }

    /// Delete a user
    ///
    /// The account and everything that is its, as when its owner deletes it; its identifiers
    /// become free.
    #[oai(path = "/users/:id", method = "delete", operation_id = "adminDeleteUser")]
    async fn delete(&self, state: Data<&AppState>, token: AdminToken, id: Path<String>) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        users::delete(&state, &caller, &id.0).await?;
        Ok(Done::Done)
    }

    /// Lock a user
    ///
    /// The account can no longer sign in, and its sessions and tokens end now.
    #[oai(path = "/users/:id/lock", method = "post", operation_id = "adminLockUser")]
    async fn lock(&self, state: Data<&AppState>, token: AdminToken, id: Path<String>) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        users::lock(&state, &caller, &id.0).await?;
        Ok(Done::Done)
    }

    /// Unlock a user
    ///
    /// The account may sign in again; its old sessions and tokens stay ended.
    #[oai(path = "/users/:id/unlock", method = "post", operation_id = "adminUnlockUser")]
    async fn unlock(&self, state: Data<&AppState>, token: AdminToken, id: Path<String>) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        users::unlock(&state, &caller, &id.0).await?;
        Ok(Done::Done)
    }

    /// Require a new password
    ///
    /// Ends the account's sessions and tokens (a new security stamp) and emails the user that
    /// an administrator requires a new password, to be chosen through "Forgot password?" on
    /// the sign-in page (a code sent to the address). The current password is not removed.
    #[oai(
        path = "/users/:id/password-reset",
        method = "post",
        operation_id = "adminRequirePasswordReset"
    )]
    async fn password_reset(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        id: Path<String>,
    ) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        users::require_new_password(&state, &caller, &id.0).await?;
        Ok(Done::Done)
    }

    /// Sign a user out everywhere
    ///
    /// Every session, grant and token of the account ends.
    #[oai(
        path = "/users/:id/sessions",
        method = "delete",
        operation_id = "adminEndUserSessions"
    )]
    async fn end_sessions(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        id: Path<String>,
    ) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        users::end_sessions(&state, &caller, &id.0).await?;
        Ok(Done::Done)
    }

    /// Remove a user's second factors
    ///
    /// Authenticator apps, email codes, backup codes and remembered browsers go, and the
    /// account's sessions and tokens end (as `gatehouse user mfa reset`).
    #[oai(path = "/users/:id/mfa", method = "delete", operation_id = "adminResetUserMfa")]
    async fn reset_mfa(&self, state: Data<&AppState>, token: AdminToken, id: Path<String>) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        users::reset_mfa(&state, &caller, &id.0).await?;
        Ok(Done::Done)
    }

    /// Unlink an external identity
    ///
    /// The account's sessions and tokens end. Its last way to sign in may go: a password
    /// reset then gives it one.
    #[oai(
        path = "/users/:id/identities/:identityId",
        method = "delete",
        operation_id = "adminUnlinkUserIdentity"
    )]
    async fn unlink(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        id: Path<String>,
        #[oai(name = "identityId")] identity_id: Path<String>,
    ) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        users::unlink(&state, &caller, &id.0, &identity_id.0).await?;
        Ok(Done::Done)
    }
}
