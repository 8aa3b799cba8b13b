use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "invitations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    #[sea_orm(unique)]
    pub code_hash: String,
    pub user_id: String,
    pub email: String,
    pub email_normalized: String,
    pub name: Option<String>,
    pub locale: Option<String>,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub revoked_at: Option<DateTimeUtc>,
    pub used_at: Option<DateTimeUtc>,
    pub client_id: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}
