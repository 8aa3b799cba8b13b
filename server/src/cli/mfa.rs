//! `gatehouse user mfa ...`: an account's second factors, for the operator.

use clap::Subcommand;
use serde_json::json;

use super::output::{CommandError, Output};
use crate::{app, config::Settings, domain::identifier::IdentifierType, service};

#[derive(Subcommand)]
pub enum MfaCommand {
    /// Remove every second factor, backup code, set-up under way and remembered browser of an
    /// account, with a new security stamp: its sessions and tokens end, and it signs in with
    /// its password alone (and sets up a factor again when two_factor.required).
    Reset {
        #[arg(long, conflicts_with = "email", required_unless_present = "email")]
        username: Option<String>,
        #[arg(long)]
        email: Option<String>,
    },
}

pub async fn run(settings: Settings, out: Output, command: MfaCommand) -> anyhow::Result<()> {
    let MfaCommand::Reset { username, email } = command;
    let (kind, value) = match (username, email) {
        (Some(name), _) => (IdentifierType::Username, name),
        (None, Some(email)) => (IdentifierType::Email, email),
        (None, None) => anyhow::bail!("give --username or --email"),
    };
    let state = app::admin_state(settings).await?;
    let reset = service::accounts::reset_mfa(&state, kind, &value)
        .await
        .map_err(|e| CommandError::new(e.code(), &e))?;
    let removed = reset.removed;
    let value = json!({
        "id": reset.user_id,
        "factors": removed.factors,
        "backup_codes": removed.backup_codes,
        "enrolments": removed.enrolments,
        "remembered_browsers": removed.browsers,
        "sessions_ended": reset.sessions_ended,
    });
    out.emit(&value, || {
        println!(
            "reset the second factors of {}: removed {} factors, {} backup codes, {} set-ups under way and {} remembered browsers; new security stamp, {} sessions ended",
            reset.user_id,
            removed.factors,
            removed.backup_codes,
            removed.enrolments,
            removed.browsers,
            reset.sessions_ended
        );
    });
    Ok(())
}
