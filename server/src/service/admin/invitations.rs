//! An administrator's invitations: the invitation service's use cases, each recorded in the
//! audit log with the admin client that made it.

use serde_json::json;

use super::{AdminCaller, audited};
use crate::{
    service::invitations::{self, CreatedInvitation, InvitationError, NewInvitation},
    state::AppState,
};

pub async fn create(
    state: &AppState,
    caller: &AdminCaller,
    input: NewInvitation,
) -> Result<CreatedInvitation, InvitationError> {
    let created = invitations::create(state, input).await?;
    let details = json!({ "invitation": created.invitation.id });
    audited(state, caller, "invitation.created", None, details).await;
    Ok(created)
}

pub async fn revoke(state: &AppState, caller: &AdminCaller, id: &str) -> Result<(), InvitationError> {
    invitations::revoke(state, id).await?;
    audited(state, caller, "invitation.revoked", None, json!({ "invitation": id })).await;
    Ok(())
}

pub async fn resend(state: &AppState, caller: &AdminCaller, id: &str) -> Result<CreatedInvitation, InvitationError> {
    let sent = invitations::resend(state, id).await?;
    audited(state, caller, "invitation.resent", None, json!({ "invitation": id })).await;
    Ok(sent)
}
