//! `/api/admin/applications`: the OAuth/OIDC clients.

use poem::web::Data;
use poem_openapi::{ApiResponse, OpenApi, param::Path, param::Query, payload::Json};

use super::{
    AdminToken, Done, caller,
    dto::*,
    page_request,
    policy_dto::{PolicyBody, PolicyDto},
};
use crate::{
    http::{error::ApiError, experience::ApiTags},
    service::{
        admin::{applications, cursor::Page},
        app_policy,
        clients::{self, ClientPatch, NewClient},
    },
    state::AppState,
    storage::page::Position,
};

#[derive(ApiResponse)]
pub enum Created {
    /// Created; a confidential application's secret is shown this once.
    #[oai(status = 201)]
    Created(Json<CreatedApplicationDto>),
}

fn strings(list: Option<Vec<crate::http::experience::text::Text>>) -> Option<Vec<String>> {
    list.map(|l| l.into_iter().map(String::from).collect())
}

pub struct AdminApplicationsApi;

#[OpenApi(prefix_path = "/api/admin", tag = "ApiTags::Admin")]
impl AdminApplicationsApi {
    /// List applications
    ///
    /// Oldest first, `limit` (1 to 200, default 50) at a time; `name` filters by a prefix of
    /// the name, ignoring case.
    #[oai(path = "/applications", method = "get", operation_id = "adminListApplications")]
    async fn list(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        name: Query<Option<String>>,
        cursor: Query<Option<String>>,
        limit: Query<Option<u64>>,
    ) -> Result<Json<ApplicationPageDto>, ApiError> {
        caller(&state, &token).await?;
        let request = page_request(cursor.0.as_deref(), limit.0)?;
        let rows = clients::page(&state.db, name.0.as_deref(), request.after.as_ref(), request.fetch()).await?;
        let page = Page::of(rows, &request, |l| Position {
            at: l.created_at,
            id: l.client.id.clone(),
        });
        Ok(Json(ApplicationPageDto {
            next_cursor: page.next_cursor,
            items: page.items.into_iter().map(Into::into).collect(),
        }))
    }

    /// Create an application
    #[oai(path = "/applications", method = "post", operation_id = "adminCreateApplication")]
    async fn create(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        body: Json<CreateApplicationBody>,
    ) -> Result<Created, ApiError> {
        let caller = caller(&state, &token).await?;
        let body = body.0;
        let redirect_uris = strings(body.redirect_uris).unwrap_or_default();
        let admin = body.admin.unwrap_or(false);
        let grant_types =
            strings(body.grant_types).unwrap_or_else(|| clients::default_grant_types(!redirect_uris.is_empty(), admin));
        let new = NewClient {
            name: body.name.into(),
            redirect_uris,
            post_logout_redirect_uris: strings(body.post_logout_redirect_uris).unwrap_or_default(),
            public: body.public.unwrap_or(false),
            grant_types,
            scopes: strings(body.scopes),
            first_party: body.first_party.unwrap_or(true),
            id_token_alg: body.id_token_alg.map_or_else(|| "ES256".into(), String::from),
            initiate_login_uri: body.initiate_login_uri.map(String::from).filter(|u| !u.is_empty()),
            resource_server: body.resource_server.unwrap_or(false),
            admin,
        };
        let (listed, created) = applications::create(&state, &caller, new).await?;
        Ok(Created::Created(Json(CreatedApplicationDto::new(listed, created))))
    }

    /// Get an application
    #[oai(path = "/applications/:id", method = "get", operation_id = "adminGetApplication")]
    async fn get(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        id: Path<String>,
    ) -> Result<Json<ApplicationDto>, ApiError> {
        caller(&state, &token).await?;
        Ok(Json(clients::get(&state.db, &id.0).await?.into()))
    }

    /// Change an application
    ///
    /// Applications declared in the configuration file are read-only here.
    #[oai(
        path = "/applications/:id",
        method = "patch",
        operation_id = "adminUpdateApplication"
    )]
    async fn update(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        id: Path<String>,
        body: Json<UpdateApplicationBody>,
    ) -> Result<Json<ApplicationDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let body = body.0;
        let patch = ClientPatch {
            name: body.name.map(String::from),
            redirect_uris: strings(body.redirect_uris),
            post_logout_redirect_uris: strings(body.post_logout_redirect_uris),
            grant_types: strings(body.grant_types),
            scopes: strings(body.scopes),
            first_party: body.first_party,
            id_token_alg: body.id_token_alg.map(String::from),
            initiate_login_uri: body
                .initiate_login_uri
                .map(|u| Some(String::from(u)).filter(|u| !u.is_empty())),
            resource_server: body.resource_server,
            admin: body.admin,
        };
        Ok(Json(applications::update(&state, &caller, &id.0, patch).await?.into()))
    }

    /// Give an application a new secret
    ///
    /// Shown once; the previous secret stops working at once.
    #[oai(
        path = "/applications/:id/secret",
        method = "post",
        operation_id = "adminRotateApplicationSecret"
    )]
    async fn rotate_secret(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        id: Path<String>,
    ) -> Result<Json<SecretDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        let client_secret = applications::rotate_secret(&state, &caller, &id.0).await?;
        Ok(Json(SecretDto { client_secret }))
    }

    /// Delete an application
    ///
    /// Its refresh tokens and the access tokens of its grants stop working at once.
    #[oai(
        path = "/applications/:id",
        method = "delete",
        operation_id = "adminDeleteApplication"
    )]
    async fn delete(&self, state: Data<&AppState>, token: AdminToken, id: Path<String>) -> Result<Done, ApiError> {
        let caller = caller(&state, &token).await?;
        applications::delete(&state, &caller, &id.0).await?;
        Ok(Done::Done)
    }

    /// Get an application's sign-in policy
    ///
    /// What the application overrides of the global settings (every field left out keeps
    /// the setting), its branding and its access rules. `GET /api/.well-known/sign-in-exp?appId=`
    /// shows the effective result.
    #[oai(
        path = "/applications/:id/policy",
        method = "get",
        operation_id = "adminGetApplicationPolicy"
    )]
    async fn get_policy(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        id: Path<String>,
    ) -> Result<Json<PolicyDto>, ApiError> {
        caller(&state, &token).await?;
        Ok(Json(app_policy::get(&state.db, &id.0).await?.into()))
    }

    /// Replace an application's sign-in policy
    ///
    /// The whole document: a field left out returns to the global setting. Applications
    /// declared in the configuration file may have one too. Applies to interactions at once.
    #[oai(
        path = "/applications/:id/policy",
        method = "put",
        operation_id = "adminPutApplicationPolicy"
    )]
    async fn put_policy(
        &self,
        state: Data<&AppState>,
        token: AdminToken,
        id: Path<String>,
        body: Json<PolicyBody>,
    ) -> Result<Json<PolicyDto>, ApiError> {
        let caller = caller(&state, &token).await?;
        Ok(Json(
            applications::put_policy(&state, &caller, &id.0, body.0.into())
                .await?
                .into(),
        ))
    }
}
