use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The audit log: rows are only ever added, and removed by age (`audit.retention`). Each
/// index serves one way of reading it: everything in order (the keyset of `(occurred_at, id)`
/// and the purge), one user's events, one kind of event.
#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("audit_events")
                    .col(string("id").primary_key())
                    .col(timestamp_with_time_zone("occurred_at"))
                    .col(string("kind"))
                    .col(string_null("user_id"))
                    .col(string_null("client_id"))
                    .col(string_null("ip"))
                    .col(string_len_null("user_agent", 512))
                    .col(text("details"))
                    .to_owned(),
            )
            .await?;
        for (name, columns) in [
            ("idx_audit_events_time", ["occurred_at", "id"]),
            ("idx_audit_events_user", ["user_id", "occurred_at"]),
            ("idx_audit_events_kind", ["kind", "occurred_at"]),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table("audit_events")
                        .col(columns[0])
                        .col(columns[1])
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("audit_events").to_owned()).await
    }
}
