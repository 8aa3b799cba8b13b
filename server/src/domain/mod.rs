//! Pure types that validate on construction: no poem, no sea_orm.

pub mod app_policy;
pub mod auth_request;
pub mod authn;
pub mod client;
pub mod connector;
pub mod identifier;
pub mod interaction;
pub mod lockout;
pub mod password_policy;
pub mod proxies;
pub mod user;
pub mod username;
