//! `gatehouse client policy ID [--set FILE]`: an application's sign-in policy, as the
//! administration API's `GET`/`PUT /api/admin/applications/{id}/policy` read and replace it.

use std::{io::Read, path::Path};

use anyhow::Context;

use super::output::{CommandError, Output};
use crate::{
    app,
    config::Settings,
    domain::app_policy::PolicyDraft,
    service::app_policy::{self, AppPolicyError},
};

fn command_error(e: AppPolicyError) -> CommandError {
    let code = match &e {
        AppPolicyError::NotFound => "application.not_found",
        AppPolicyError::Invalid(_) => "application.invalid_policy",
        AppPolicyError::Internal(_) => "internal.server_error",
    };
    CommandError::new(code, &e)
}

/// The JSON document of `file` (`-`: standard input).
fn read_draft(file: &Path) -> anyhow::Result<PolicyDraft> {
    let mut text = String::new();
    if file == Path::new("-") {
        std::io::stdin().read_to_string(&mut text)?;
    } else {
        text = std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    }
    serde_json::from_str(&text)
        .map_err(|e| CommandError::new("application.invalid_policy", format!("not a policy document: {e}")).into())
}

pub async fn policy(settings: Settings, client_id: &str, set: Option<&Path>, out: Output) -> anyhow::Result<()> {
    let draft = set.map(read_draft).transpose()?;
    let state = app::admin_state(settings).await?;
    let policy = match draft {
        Some(draft) => app_policy::put(&state, client_id, draft).await,
        None => app_policy::get(&state.db, client_id).await,
    }
    .map_err(command_error)?;
    let value = serde_json::to_value(&policy)?;
    out.emit(&value, || {
        println!("{}", serde_json::to_string_pretty(&value).unwrap_or_default());
    });
    Ok(())
}
