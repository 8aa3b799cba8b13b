//! Schema migrations for Gatehouse. One migration per file, named by date and verb; a merged
//! migration is never edited: a change to the schema is a new file listed at the end.

pub use sea_orm_migration::prelude::*;

mod m20261121_000001_create_users;
mod m20261121_000002_create_clients;
mod m20261121_000003_create_interactions;
mod m20261121_000004_create_sso_sessions;
mod m20261121_000005_create_authorization_codes;
mod m20261121_000006_create_refresh_tokens;
mod m20261121_000007_create_signing_keys;
mod m20261121_000008_create_consents;
mod m20261121_000009_create_grants;
mod m20261121_000010_create_revoked_tokens;
mod m20261121_000011_alter_interactions_add_consent;
mod m20261121_000012_alter_clients_add_id_token_alg;
mod m20261121_000013_create_login_failures;
mod m20261121_000014_alter_interactions_add_remember_me;
mod m20261121_000015_alter_interactions_add_profile;
mod m20261121_000016_create_verification_codes;
mod m20261121_000017_create_invitations;
mod m20261121_000018_create_rate_limits;
mod m20261121_000019_create_server_secrets;
mod m20261121_000020_create_captcha_redemptions;
mod m20261122_000001_alter_clients_add_initiate_login_uri;
mod m20261122_000002_alter_invitations_add_client_id;
mod m20261201_000001_alter_users_add_username_skeleton;
mod m20261201_000002_alter_clients_add_resource_server;
mod m20261201_000003_alter_users_add_disabled_at;
mod m20261202_000001_alter_sso_sessions_add_device;
mod m20261202_000002_create_account_verifications;
mod m20261202_000003_create_mfa_factors;
mod m20261202_000004_create_backup_codes;
mod m20261202_000005_create_remembered_browsers;
mod m20261202_000006_create_totp_enrolments;
mod m20261202_000007_alter_interactions_add_mfa;
mod m20261202_000008_alter_sessions_and_tokens_add_amr;
mod m20261202_000009_alter_totp_enrolments_add_confirmed_step;
mod m20261203_000001_create_user_identities;
mod m20261203_000002_create_social_authorizations;
mod m20261203_000003_alter_clients_add_admin;
mod m20261203_000004_create_audit_events;
mod m20261203_000005_create_application_policies;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261121_000001_create_users::Migration),
            Box::new(m20261121_000002_create_clients::Migration),
            Box::new(m20261121_000003_create_interactions::Migration),
            Box::new(m20261121_000004_create_sso_sessions::Migration),
            Box::new(m20261121_000005_create_authorization_codes::Migration),
            Box::new(m20261121_000006_create_refresh_tokens::Migration),
            Box::new(m20261121_000007_create_signing_keys::Migration),
            Box::new(m20261121_000008_create_consents::Migration),
            Box::new(m20261121_000009_create_grants::Migration),
            Box::new(m20261121_000010_create_revoked_tokens::Migration),
            Box::new(m20261121_000011_alter_interactions_add_consent::Migration),
            Box::new(m20261121_000012_alter_clients_add_id_token_alg::Migration),
            Box::new(m20261121_000013_create_login_failures::Migration),
            Box::new(m20261121_000014_alter_interactions_add_remember_me::Migration),
            Box::new(m20261121_000015_alter_interactions_add_profile::Migration),
            Box::new(m20261121_000016_create_verification_codes::Migration),
            Box::new(m20261121_000017_create_invitations::Migration),
            Box::new(m20261121_000018_create_rate_limits::Migration),
            Box::new(m20261121_000019_create_server_secrets::Migration),
            Box::new(m20261121_000020_create_captcha_redemptions::Migration),
            Box::new(m20261122_000001_alter_clients_add_initiate_login_uri::Migration),
            Box::new(m20261122_000002_alter_invitations_add_client_id::Migration),
            Box::new(m20261201_000001_alter_users_add_username_skeleton::Migration),
            Box::new(m20261201_000002_alter_clients_add_resource_server::Migration),
            Box::new(m20261201_000003_alter_users_add_disabled_at::Migration),
            Box::new(m20261202_000001_alter_sso_sessions_add_device::Migration),
            Box::new(m20261202_000002_create_account_verifications::Migration),
            Box::new(m20261202_000003_create_mfa_factors::Migration),
            Box::new(m20261202_000004_create_backup_codes::Migration),
            Box::new(m20261202_000005_create_remembered_browsers::Migration),
            Box::new(m20261202_000006_create_totp_enrolments::Migration),
            Box::new(m20261202_000007_alter_interactions_add_mfa::Migration),
            Box::new(m20261202_000008_alter_sessions_and_tokens_add_amr::Migration),
            Box::new(m20261202_000009_alter_totp_enrolments_add_confirmed_step::Migration),
            Box::new(m20261203_000001_create_user_identities::Migration),
            Box::new(m20261203_000002_create_social_authorizations::Migration),
            Box::new(m20261203_000003_alter_clients_add_admin::Migration),
            Box::new(m20261203_000004_create_audit_events::Migration),
            Box::new(m20261203_000005_create_application_policies::Migration),
        ]
    }
}
