//! A black-box conformance suite modelled on the OpenID Foundation's Basic OP and Config OP
//! test plans (one test per module, named after it) and on the attack cases of RFC 9700. It
//! drives the real server as a relying party would: discovery, redirects, the Experience API
//! as the browser's UI, the token endpoint, userinfo, and independent JWT verification.
//! Runs on SQLite, and on PostgreSQL when GATEHOUSE_TEST_DATABASE_URL names a server.

#[allow(dead_code)]
#[path = "../api/helpers.rs"]
mod helpers;

mod attacks;
mod basic;
mod config;
mod instances;
mod processes;
mod rp;
