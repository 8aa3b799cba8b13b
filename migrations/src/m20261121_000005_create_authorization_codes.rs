use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("authorization_codes")
                    // SHA-256 of the code.
                    .col(string("id").primary_key())
                    // Every token issued from this code carries the grant id, so a replayed
                    // code can revoke them all.
                    .col(string("grant_id"))
                    .col(string("client_id"))
                    .col(string("user_id"))
                    .col(string("session_id"))
                    .col(text("redirect_uri"))
                    .col(text("scope"))
                    .col(text_null("nonce"))
                    .col(string_null("code_challenge"))
                    .col(timestamp_with_time_zone("auth_time"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("authorization_codes").to_owned())
            .await
    }
}
