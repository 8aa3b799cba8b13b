use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("verification_codes")
                    // The verification id the Experience API hands out.
                    .col(string("id").primary_key())
                    .col(string("interaction_id"))
                    .col(string("event"))
                    .col(string("email"))
                    .col(string("email_normalized"))
                    // HMAC of the code under the server's secret; the code itself is never stored.
                    .col(string("code_hash"))
                    // False when no message carried the code (a reset for an address without an
                    // account): such a code can never be verified.
                    .col(boolean("deliverable"))
                    .col(integer("attempts").default(0))
                    .col(string_null("client_ip"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("verified_at"))
                    .col(timestamp_with_time_zone_null("superseded_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_verification_codes_interaction")
                    .table("verification_codes")
                    .col("interaction_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("verification_codes").to_owned())
            .await
    }
}
