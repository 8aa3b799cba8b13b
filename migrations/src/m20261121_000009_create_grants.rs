use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("grants")
                    // The `gid` claim of every access token, and the grant_id of codes and
                    // refresh tokens: revoking it ends all of them at once.
                    .col(string("id").primary_key())
                    .col(string("user_id"))
                    .col(string("client_id"))
                    .col(string("session_id"))
                    .col(text("scope"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_grants_user_client")
                    .table("grants")
                    .col("user_id")
                    .col("client_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("grants").to_owned()).await
    }
}
