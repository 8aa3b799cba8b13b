use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("invitations")
                    .col(string("id").primary_key())
                    // SHA-256 of the code; the code is shown once, to the administrator and in the mail.
                    .col(string("code_hash").unique_key())
                    // The pending contact: the account created from the invitation takes this id,
                    // this address (confirmed) and this name.
                    .col(string("user_id"))
                    .col(string("email"))
                    .col(string("email_normalized"))
                    .col(string_null("name"))
                    .col(string_null("locale"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("invitations").to_owned()).await
    }
}
