use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("interactions")
                    // SHA-256 of the value of the interaction cookie.
                    .col(string("id").primary_key())
                    .col(string("client_id"))
                    // The validated authorization request this interaction answers (JSON).
                    .col(text("auth_request"))
                    .col(string_null("event"))
                    // Verification records (JSON array).
                    .col(text("verifications"))
                    .col(string_null("user_id"))
                    .col(timestamp_with_time_zone_null("submitted_at"))
                    .col(timestamp_with_time_zone_null("consumed_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_interactions_expires_at")
                    .table("interactions")
                    .col("expires_at")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("interactions").to_owned()).await
    }
}
