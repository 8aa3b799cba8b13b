use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Per-application sign-in policy and branding. No foreign key: config-declared clients are
/// rewritten at every start, and their policy (data, not client metadata) must survive that.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("application_policies")
                    .col(string("client_id").primary_key())
                    // The override document as JSON; fields left out keep the global settings.
                    .col(text("policy"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("application_policies").to_owned())
            .await
    }
}
