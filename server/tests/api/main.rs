//! Black-box tests of the real app on 127.0.0.1:0 with a fresh database per test
//! (SQLite by default, PostgreSQL when GATEHOUSE_TEST_DATABASE_URL names a server).

// Shared with the conformance suite, which uses some helpers this binary does not.
#[allow(dead_code)]
mod helpers;

mod authorize;
mod captcha;
mod cli;
mod config;
mod consent;
mod cors;
mod discovery;
mod experience;
mod invitations;
mod keys;
mod lockout;
mod logout;
mod mail;
mod openapi;
mod password_reset;
mod registration;
mod registration_email;
mod remember_me;
mod revocation;
mod sign_in_exp;
mod sso;
mod token;
mod userinfo;
mod verification_code;
