//! Black-box tests of the real app on 127.0.0.1:0 with a fresh database per test
//! (SQLite by default, PostgreSQL when GATEHOUSE_TEST_DATABASE_URL names a server).

// Shared with the conformance suite, which uses some helpers this binary does not.
#[allow(dead_code)]
mod helpers;

mod account_apps;
mod account_client;
mod account_email;
mod account_federation;
mod account_identities;
mod account_mfa;
mod account_mfa_admin;
mod account_profile;
mod account_security;
mod accounts;
mod admin_applications;
mod admin_audit;
mod admin_auth;
mod admin_client;
mod admin_invitations;
mod admin_system;
mod admin_users;
mod app_policy;
mod audit;
mod audit_log;
mod authorize;
mod captcha;
mod cli;
mod cli_connectors;
mod config;
mod connections;
mod consent;
mod cors;
mod deploy;
mod discovery;
mod experience;
mod federation;
mod invitations;
mod keys;
mod lockout;
mod logout;
mod logs;
mod mail;
mod metrics;
mod mfa;
mod openapi;
mod operations;
mod password_reset;
mod registration;
mod registration_email;
mod remember_me;
mod revocation;
mod secrets;
mod sign_in_email_code;
mod sign_in_exp;
mod social;
mod social_failures;
mod sso;
mod step_order;
mod token;
mod userinfo;
mod usernames;
mod verification_code;
