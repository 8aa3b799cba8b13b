use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// What the account pages show of a session so that its owner recognises it: the browser that
/// signed in and its address. Sessions started before this have neither.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one at a time.
        for column in ["user_agent", "ip"] {
            manager
                .alter_table(
                    Table::alter()
                        .table("sso_sessions")
                        .add_column(string_null(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in ["user_agent", "ip"] {
            manager
                .alter_table(Table::alter().table("sso_sessions").drop_column(column).to_owned())
                .await?;
        }
        Ok(())
    }
}
