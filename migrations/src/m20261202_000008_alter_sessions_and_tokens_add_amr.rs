use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The authentication methods of a sign-in (RFC 8176 `amr`, space-separated: `pwd`, `otp`,
/// `mfa`), carried from the session to its codes and refresh tokens and so to ID tokens.
/// Rows written before have none: `pwd` is assumed.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one at a time.
        for table in ["sso_sessions", "authorization_codes", "refresh_tokens"] {
            manager
                .alter_table(Table::alter().table(table).add_column(string_null("amr")).to_owned())
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["sso_sessions", "authorization_codes", "refresh_tokens"] {
            manager
                .alter_table(Table::alter().table(table).drop_column("amr").to_owned())
                .await?;
        }
        Ok(())
    }
}
