use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("refresh_tokens")
                    // SHA-256 of the token.
                    .col(string("id").primary_key())
                    // All rotations of one token share a family: a replay revokes the family.
                    .col(string("family_id"))
                    .col(string("grant_id"))
                    .col(string("client_id"))
                    .col(string("user_id"))
                    .col(text("scope"))
                    .col(timestamp_with_time_zone("auth_time"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    // The family's absolute end: rotation never extends it.
                    .col(timestamp_with_time_zone("family_expires_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_refresh_tokens_family_id")
                    .table("refresh_tokens")
                    .col("family_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("refresh_tokens").to_owned())
            .await
    }
}
