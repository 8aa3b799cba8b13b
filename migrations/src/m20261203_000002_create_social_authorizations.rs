use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Authorization requests sent to external providers, until the browser comes back: what
/// the answer is checked against (state, nonce) and the PKCE verifier, sealed. `owner` is the
/// interaction (sign-in) or the user (linking in the account center) it belongs to; each is
/// used once.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("social_authorizations")
                    .col(string("id").primary_key())
                    .col(string("purpose"))
                    .col(string("owner"))
                    .col(string("connector_id"))
                    .col(string("state_hash"))
                    .col(string("nonce"))
                    .col(text("code_verifier_sealed"))
                    .col(text("redirect_uri"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_social_authorizations_expires")
                    .table("social_authorizations")
                    .col("expires_at")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("social_authorizations").to_owned())
            .await
    }
}
