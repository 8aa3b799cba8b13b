use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("sso_sessions")
                    // SHA-256 of the value of the session cookie.
                    .col(string("id").primary_key())
                    .col(string("user_id"))
                    .col(timestamp_with_time_zone("auth_time"))
                    // The user's security stamp when the session was made: a change ends it.
                    .col(string("security_stamp"))
                    .col(boolean("persistent"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("last_seen_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_sso_sessions_user_id")
                    .table("sso_sessions")
                    .col("user_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("sso_sessions").to_owned()).await
    }
}
