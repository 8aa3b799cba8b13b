//! `/oidc/*`: OpenID Connect and OAuth 2.0 endpoints, written as plain poem handlers over our
//! own storage (their contract is the OIDC specs, not our OpenAPI document).

mod authorize;
mod discovery;
mod form;
mod token;
mod userinfo;

use poem::{EndpointExt, Route, get, post};

use super::guards::no_store;

pub fn routes() -> Route {
    Route::new()
        .at(
            "/.well-known/openid-configuration",
            get(discovery::configuration),
        )
        .at("/jwks", get(discovery::jwks))
        .at(
            "/auth",
            get(authorize::authorize_get).post(authorize::authorize_post),
        )
        .at("/auth/resume", get(authorize::resume))
        .at("/token", post(token::token).with(no_store()))
        .at(
            "/me",
            get(userinfo::userinfo_get)
                .post(userinfo::userinfo_post)
                .with(no_store()),
        )
}
