use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "interactions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub client_id: String,
    pub auth_request: String,
    pub event: Option<String>,
    pub verifications: String,
    pub user_id: Option<String>,
    pub submitted_at: Option<DateTimeUtc>,
    pub consumed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub session_id: Option<String>,
    pub consented_at: Option<DateTimeUtc>,
    pub remember_me: bool,
    pub profile: String,
    pub mfa: String,
}

impl ActiveModelBehavior for ActiveModel {}
