use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The time step of the code that confirmed an authenticator app: the new factor starts with
/// it used, so that code does not also pass a sign-in.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("totp_enrolments")
                    .add_column(big_integer_null("confirmed_step"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("totp_enrolments")
                    .drop_column("confirmed_step")
                    .to_owned(),
            )
            .await
    }
}
