use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// An authenticator app being set up: the secret shown, sealed, until the first code confirms
/// it (then it becomes a factor) or it expires.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("totp_enrolments")
                    // SHA-256 of the verification id handed out with the secret.
                    .col(string("id").primary_key())
                    .col(string("user_id"))
                    .col(string("secret_sealed"))
                    .col(integer("attempts").default(0))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("verified_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("totp_enrolments").to_owned())
            .await
    }
}
