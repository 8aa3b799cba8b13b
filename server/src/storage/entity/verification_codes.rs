use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "verification_codes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub interaction_id: String,
    pub event: String,
    pub email: String,
    pub email_normalized: String,
    pub code_hash: String,
    pub deliverable: bool,
    pub attempts: i32,
    pub client_ip: Option<String>,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub verified_at: Option<DateTimeUtc>,
    pub superseded_at: Option<DateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}
