use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("signing_keys")
                    .col(string("kid").primary_key())
                    .col(string("alg"))
                    // PKCS#8 DER, base64.
                    .col(text("private_key"))
                    // The public JWK published at /oidc/jwks (JSON).
                    .col(text("public_jwk"))
                    .col(timestamp_with_time_zone("created_at"))
                    // A key signs from activated_at; it stays published until retired_at.
                    .col(timestamp_with_time_zone("activated_at"))
                    .col(timestamp_with_time_zone_null("retired_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("signing_keys").to_owned()).await
    }
}
