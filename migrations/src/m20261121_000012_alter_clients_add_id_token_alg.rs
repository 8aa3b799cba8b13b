use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A client may ask for RS256 ID tokens (`id_token_signed_response_alg`).
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("clients")
                    .add_column(string("id_token_signed_response_alg").default("ES256"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("clients")
                    .drop_column("id_token_signed_response_alg")
                    .to_owned(),
            )
            .await
    }
}
