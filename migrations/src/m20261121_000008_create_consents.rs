use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("consents")
                    .col(string("user_id"))
                    .col(string("client_id"))
                    // Space-separated scopes the user granted to the client.
                    .col(text("scopes"))
                    .col(timestamp_with_time_zone("granted_at"))
                    .primary_key(Index::create().col("user_id").col("client_id"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("consents").to_owned()).await
    }
}
