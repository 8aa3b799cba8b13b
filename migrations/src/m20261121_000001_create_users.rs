use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("users")
                    .col(string("id").primary_key())
                    .col(string_null("username"))
                    // Lookups go through the normalised forms so "Alice" and "alice" are one user.
                    .col(string_null("username_normalized").unique_key())
                    .col(string_null("email"))
                    .col(string_null("email_normalized"))
                    .col(boolean("email_verified").default(false))
                    .col(string_null("name"))
                    .col(string_null("password_hash"))
                    // Changing it ends every SSO session within the validate interval.
                    .col(string("security_stamp"))
                    .col(string_null("locale"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await?;
        // Not unique: `email.require_unique` is a setting, enforced by the service.
        manager
            .create_index(
                Index::create()
                    .name("idx_users_email_normalized")
                    .table("users")
                    .col("email_normalized")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("users").to_owned()).await
    }
}
