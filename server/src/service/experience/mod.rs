//! The Experience API's use cases: what the experience app (ours or a custom one) calls.
//!
//! One module per step, beside `store` (the interaction behind the cookie) and `policy` (what
//! the settings allow). Steps use those two and, where a step leads into another, that step;
//! nothing imports this module's re-exports back.

mod consent;
mod error;
mod event;
mod identify;
pub mod mfa;
pub(crate) mod password;
pub mod password_reset;
mod passwordless;
pub(crate) mod policy;
pub mod registration;
pub mod social;
pub(crate) mod store;
mod submit;
pub mod verification_code;

pub use self::{
    consent::{deny_consent, grant_consent},
    error::ExperienceError,
    event::{start, switch_event},
    identify::identify,
    password::verify_password,
    policy::{sign_in_policy, single_provider},
    submit::{InteractionView, remember_me, submit, view},
};

type Result<T, E = ExperienceError> = std::result::Result<T, E>;
