use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("clients")
                    .col(string("id").primary_key())
                    .col(string("name"))
                    // SHA-256 of the secret; absent for a public client.
                    .col(string_null("secret_hash"))
                    // JSON arrays of strings.
                    .col(text("redirect_uris"))
                    .col(text("post_logout_redirect_uris"))
                    .col(text("grant_types"))
                    .col(text("scopes"))
                    .col(boolean("first_party"))
                    // "config" rows are rewritten from gatehouse.toml at every start.
                    .col(string("source"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("clients").to_owned()).await
    }
}
