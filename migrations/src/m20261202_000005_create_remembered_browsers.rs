use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// "Remember this browser": the hash of a cookie that lets one user skip the second factor in
/// one browser, while their security stamp is the one it was given under.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("remembered_browsers")
                    .col(string("id").primary_key())
                    .col(string("user_id"))
                    .col(string("security_stamp"))
                    .col(string_null("user_agent"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_remembered_browsers_user")
                    .table("remembered_browsers")
                    .col("user_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("remembered_browsers").to_owned())
            .await
    }
}
