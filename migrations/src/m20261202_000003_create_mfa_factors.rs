use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A user's second factors: an authenticator app (its secret sealed under the KEK, and the last
/// time step a code was accepted for, so that each step's code works once) or email codes.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("mfa_factors")
                    .col(string("id").primary_key())
                    .col(string("user_id"))
                    // `totp` or `email_code`.
                    .col(string("kind"))
                    .col(string_null("secret_sealed"))
                    .col(big_integer_null("last_step"))
                    .col(timestamp_with_time_zone("created_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_mfa_factors_user_kind")
                    .table("mfa_factors")
                    .col("user_id")
                    .col("kind")
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("mfa_factors").to_owned()).await
    }
}
