//! Commands that list what the database holds.

use serde_json::json;

use super::output::{Output, time};
use crate::{app, config::Settings, service, storage};

pub fn print_schema_status(out: Output, status: &storage::schema::SchemaStatus) {
    let value = json!({"applied": status.applied, "pending": status.pending, "newer": status.unknown});
    out.emit(&value, || {
        for name in &status.applied {
            println!("applied\t{name}");
        }
        for name in &status.pending {
            println!("pending\t{name}");
        }
        // Applied by a newer version: this one runs on such a schema (migrations are additive).
        for name in &status.unknown {
            println!("newer\t{name}");
        }
    });
}

pub async fn list_clients(settings: Settings, out: Output) -> anyhow::Result<()> {
    let state = app::admin_state(settings).await?;
    let clients = service::clients::list(&state.db).await?;
    let value: Vec<_> = clients
        .iter()
        .map(|c| {
            json!({
                "client_id": c.client.id,
                "name": c.client.name,
                "source": c.source,
                "public": c.client.secret_hash.is_none(),
                "first_party": c.client.first_party,
                "redirect_uris": c.client.redirect_uris,
                "grant_types": c.client.grant_types,
                "resource_server": c.client.resource_server,
                "admin": c.client.admin,
                "created_at": c.created_at.to_rfc3339(),
            })
        })
        .collect();
    out.emit(&json!(value), || {
        for c in &clients {
            let kind = if c.client.secret_hash.is_none() {
                "public"
            } else {
                "confidential"
            };
            println!("{}\t{}\t{}\t{kind}", c.client.id, c.client.name, c.source);
        }
    });
    Ok(())
}

pub async fn list_keys(settings: Settings, out: Output) -> anyhow::Result<()> {
    let state = app::admin_state(settings).await?;
    let now = chrono::Utc::now();
    let keys = service::keys::list(&state.db).await?;
    let status = |k: &storage::keys::KeySummary| service::keys::status(k, now);
    let value: Vec<_> = keys
        .iter()
        .map(|k| {
            json!({
                "kid": k.kid,
                "alg": k.alg,
                "status": status(k),
                "activated_at": k.activated_at.to_rfc3339(),
                "retired_at": time(k.retired_at),
            })
        })
        .collect();
    out.emit(&json!(value), || {
        for k in &keys {
            let retired = k.retired_at.map_or("-".to_owned(), |t| t.to_rfc3339());
            println!(
                "{}\t{}\t{}\t{}\t{retired}",
                k.kid,
                k.alg,
                status(k),
                k.activated_at.to_rfc3339()
            );
        }
    });
    Ok(())
}

pub async fn list_users(settings: Settings, out: Output, offset: u64, limit: u64) -> anyhow::Result<()> {
    let state = app::admin_state(settings).await?;
    let users = service::users::list(&state.db, offset, limit).await?;
    let value: Vec<_> = users
        .iter()
        .map(|u| {
            json!({
                "id": u.id,
                "username": u.username,
                "email": u.email,
                "email_verified": u.email_verified,
                "created_at": u.created_at.to_rfc3339(),
            })
        })
        .collect();
    out.emit(&json!(value), || {
        for u in &users {
            println!(
                "{}\t{}\t{}\t{}\t{}",
                u.id,
                u.username.as_deref().unwrap_or("-"),
                u.email.as_deref().unwrap_or("-"),
                if u.email_verified { "verified" } else { "unverified" },
                u.created_at.to_rfc3339()
            );
        }
    });
    Ok(())
}
