use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The UTS #39 skeleton of a username, unique so that two names that look alike (`alice` and
/// an all-Cyrillic `аӏісе`) cannot both be registered, even concurrently. Nullable: users
/// without a username have none. Existing rows are filled in by the server at start
/// (`prepare_stored_usernames`), which owns the Unicode code that computes it.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("users")
                    .add_column(string_null("username_skeleton"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_users_username_skeleton")
                    .table("users")
                    .col("username_skeleton")
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_users_username_skeleton")
                    .table("users")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("users")
                    .drop_column("username_skeleton")
                    .to_owned(),
            )
            .await
    }
}
