//! `gatehouse connector list`: the external identity providers of the configuration, with what
//! each provider must have registered. Reads the configuration only, never the database.

use clap::Subcommand;
use serde_json::{Value, json};

use super::output::Output;
use crate::{
    config::{Settings, connectors::resolve_all},
    domain::connector::{Connector, Endpoints, ExplicitEndpoints, TokenAuth, callback_uri},
};

#[derive(Subcommand)]
pub enum ConnectorCommand {
    /// List the connectors of `[[connectors]]`, presets applied: id, kind, preset, name, the
    /// redirect URI to register at the provider, scopes, and where the endpoints come from.
    List,
}

pub fn run(settings: &Settings, out: Output, command: ConnectorCommand) -> anyhow::Result<()> {
    let ConnectorCommand::List = command;
    // Settings::load has checked them already; a bad declaration never gets here.
    let connectors = resolve_all(&settings.connectors)?;
    let value: Vec<Value> = connectors.iter().map(|c| describe(&settings.public_url, c)).collect();
    out.emit(&json!(value), || {
        for c in &connectors {
            println!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                c.id,
                c.kind.as_str(),
                c.preset.as_deref().unwrap_or("-"),
                c.name,
                callback_uri(&settings.public_url, &c.id),
                if c.scopes.is_empty() {
                    "-".to_owned()
                } else {
                    c.scopes.join(" ")
                },
                endpoints_text(&c.endpoints)
            );
        }
        if !connectors.is_empty() && !settings.sign_in.external {
            eprintln!("sign_in.external is off: these connectors are not offered to users");
        }
    });
    Ok(())
}

/// The endpoints given explicitly (or by the preset), by their configuration key.
fn explicit(e: &ExplicitEndpoints) -> Vec<(&'static str, &str)> {
    [
        ("authorization_endpoint", &e.authorization),
        ("token_endpoint", &e.token),
        ("userinfo_endpoint", &e.userinfo),
        ("jwks_uri", &e.jwks),
        ("emails_endpoint", &e.emails),
    ]
    .into_iter()
    .filter_map(|(key, value)| value.as_deref().map(|v| (key, v)))
    .collect()
}

/// `issuer=URL` (discovery) then any endpoint given in its place, or each explicit endpoint.
fn endpoints_text(endpoints: &Endpoints) -> String {
    let (issuer, given) = match endpoints {
        Endpoints::Discovery { issuer, overrides } => (Some(issuer.as_str()), explicit(overrides)),
        Endpoints::Explicit(e) => (None, explicit(e)),
    };
    issuer
        .map(|i| ("issuer", i))
        .into_iter()
        .chain(given)
        .map(|(key, value)| format!("{key}={value}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn describe(public_url: &str, c: &Connector) -> Value {
    let (discovery, issuer, given) = match &c.endpoints {
        Endpoints::Discovery { issuer, overrides } => (true, Some(issuer.as_str()), explicit(overrides)),
        Endpoints::Explicit(e) => (false, None, explicit(e)),
    };
    let endpoints: serde_json::Map<String, Value> = given
        .into_iter()
        .map(|(key, value)| (key.to_owned(), Value::String(value.to_owned())))
        .collect();
    json!({
        "id": c.id,
        "kind": c.kind.as_str(),
        "preset": c.preset,
        "name": c.name,
        "redirect_uri": callback_uri(public_url, &c.id),
        "client_id": c.client_id,
        "scopes": c.scopes,
        "discovery": discovery,
        "issuer": issuer,
        "endpoints": endpoints,
        "token_endpoint_auth_method": match c.token_auth {
            TokenAuth::Basic => "client_secret_basic",
            TokenAuth::Post => "client_secret_post",
        },
        "use_userinfo": c.use_userinfo,
        "claims": c.claims,
    })
}
