use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The account center's proofs: "it is you" (a password or a code to the confirmed address,
/// good for ten minutes) and the codes that confirm an address before it becomes the account's.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("account_verifications")
                    // SHA-256 of the verification id handed out: the id alone is the proof.
                    .col(string("id").primary_key())
                    .col(string("user_id"))
                    // `identity`, `new_email` or `confirm_email`.
                    .col(string("purpose"))
                    // `password` or `email_code`.
                    .col(string("method"))
                    .col(string_null("email"))
                    // HMAC of the code under the server's secret; the code itself is never stored.
                    .col(string_null("code_hash"))
                    .col(integer("attempts").default(0))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("verified_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .col(timestamp_with_time_zone_null("superseded_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_account_verifications_user")
                    .table("account_verifications")
                    .col("user_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("account_verifications").to_owned())
            .await
    }
}
