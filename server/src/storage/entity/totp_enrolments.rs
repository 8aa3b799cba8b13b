use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "totp_enrolments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub user_id: String,
    pub secret_sealed: String,
    pub attempts: i32,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub verified_at: Option<DateTimeUtc>,
    pub used_at: Option<DateTimeUtc>,
    pub confirmed_step: Option<i64>,
}

impl ActiveModelBehavior for ActiveModel {}
