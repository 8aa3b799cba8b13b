//! The `gatehouse` command line.

mod audit;
mod connectors;
mod lists;
mod mfa;
mod output;
mod policy;

use std::{io::Read, path::PathBuf};

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};
use secrecy::SecretString;

pub use output::exit_status;
use output::{CommandError, Output};
use serde_json::json;

use crate::{
    app::{self, App},
    config::Settings,
    domain::identifier::IdentifierType,
    http, service, storage, telemetry,
};

#[derive(Parser)]
#[command(
    name = "gatehouse",
    version,
    about = "A self-hosted OpenID Connect provider with a JSON Experience API"
)]
pub struct Cli {
    /// The configuration file (TOML). Every key can also be set as GATEHOUSE__SECTION__KEY.
    #[arg(long, global = true, env = "GATEHOUSE_CONFIG")]
    pub config: Option<PathBuf>,
    /// Print results as one JSON document instead of text.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Apply pending migrations, synchronise the clients of the configuration, and serve the
    /// OIDC provider, the Experience API and the UI.
    Serve {
        /// Do not migrate: refuse to start unless the schema is current (`gatehouse migrate`
        /// ran first). Same as `database.migrate_on_start = false`.
        #[arg(long)]
        no_migrate: bool,
    },
    /// Apply pending migrations, create the first keys, and exit. Clients are left alone.
    Migrate {
        /// List the applied and pending migrations; change nothing.
        #[arg(long)]
        status: bool,
    },
    /// Write the OpenAPI document of the Experience API.
    ExportOpenapi {
        /// The folder to write openapi.json into.
        #[arg(long, default_value = "openapi")]
        out: PathBuf,
    },
    /// Manage users.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage OIDC clients.
    #[command(subcommand)]
    Client(ClientCommand),
    /// Manage signing keys.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// Manage what users granted third-party clients.
    #[command(subcommand)]
    Consent(ConsentCommand),
    /// Invite people to register (`registration.invitation`).
    #[command(subcommand)]
    Invitation(InvitationCommand),
    /// Manage the key-encryption key that seals the secrets stored in the database.
    #[command(subcommand)]
    Secrets(SecretsCommand),
    /// Show the external identity providers of the configuration (`[[connectors]]`).
    #[command(subcommand)]
    Connector(connectors::ConnectorCommand),
    /// Read the audit log of security events.
    #[command(subcommand)]
    Audit(audit::AuditCommand),
}

#[derive(Subcommand)]
pub enum SecretsCommand {
    /// Re-seal every stored secret under a new KEK, in one transaction, reading them with the
    /// KEK configured now. Then configure the new KEK as `secrets.kek` (and the old one as
    /// `secrets.previous_kek` while instances still run with it).
    RotateKek {
        /// A file holding the new KEK: the base64 of 32 random bytes (`openssl rand -base64 32`).
        #[arg(long)]
        new_kek_file: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum InvitationCommand {
    /// Create a pending contact and its single-use code, email the link, print the code and link.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: Option<String>,
        /// How long the invitation stays valid (`7d`, `36h`, …).
        #[arg(long, default_value = "7d", value_parser = humantime::parse_duration)]
        expires: std::time::Duration,
        /// The language of the email: `en` or `fr`.
        #[arg(long)]
        locale: Option<String>,
        /// The application the invitee joins. When it has an `initiate_login_uri`, the link
        /// works in a browser that has not started signing in there.
        #[arg(long)]
        client: Option<String>,
    },
    /// List invitations, newest first.
    List,
    /// Revoke a pending invitation by its id.
    Revoke { id: String },
}

#[derive(Subcommand)]
pub enum KeysCommand {
    /// List every key (retired ones too) with its activation and retirement times.
    List,
    /// Emergency: retire a leaked key now. It stops verifying at once (each instance within a
    /// minute), so every token it signed stops working, and a new key of its algorithm signs
    /// from now without the activation delay: relying parties that cached the JWKS refetch it.
    Retire {
        /// The key's `kid`, as `keys list` shows it (one in 64 starts with `-`: taken as the
        /// kid, not as an option).
        #[arg(allow_hyphen_values = true)]
        kid: String,
    },
    /// Publish a new signing key; it signs after `oidc.key_activation_delay`, and the key it
    /// replaces stays published until the tokens it signed have expired.
    Rotate {
        #[arg(long, default_value = "ES256")]
        alg: String,
    },
}

#[derive(Subcommand)]
pub enum ConsentCommand {
    /// Withdraw a user's consent to a client: it must ask again, and its tokens for the user end.
    Revoke {
        #[arg(long)]
        user: String,
        #[arg(long)]
        client: String,
    },
}

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create a user and print its id.
    Create(CreateUser),
    /// List accounts, oldest first: id, username, email, whether it is verified, creation time.
    List {
        #[arg(long, default_value_t = 100)]
        limit: u64,
        #[arg(long, default_value_t = 0)]
        offset: u64,
    },
    /// Disable an account: it cannot sign in, and its sessions and tokens end now.
    Disable {
        /// The account's id, as `user list` shows it.
        id: String,
    },
    /// Let a disabled account sign in again.
    Enable { id: String },
    /// Delete an account with its sessions, grants, tokens and consents; its username and
    /// email become free.
    Delete { id: String },
    /// Manage an account's second factors.
    #[command(subcommand)]
    Mfa(mfa::MfaCommand),
    /// Forget the failed passwords and any lockout of a sign-in identifier.
    Unlock {
        #[arg(long, conflicts_with = "email", required_unless_present = "email")]
        username: Option<String>,
        #[arg(long)]
        email: Option<String>,
    },
}

#[derive(Args)]
pub struct CreateUser {
    #[arg(long)]
    username: String,
    #[arg(long)]
    email: Option<String>,
    #[arg(long)]
    name: Option<String>,
    /// The password (it stays in your shell history: prefer --password-stdin).
    #[arg(long, conflicts_with = "password_stdin", required_unless_present = "password_stdin")]
    password: Option<String>,
    /// Read the password from standard input.
    #[arg(long)]
    password_stdin: bool,
}

#[derive(Subcommand)]
pub enum ClientCommand {
    /// List the registered clients and where each came from (`config` or `cli`).
    List,
    /// Give a confidential client created here a new secret, printed once; the old one stops
    /// working at once.
    RotateSecret { client_id: String },
    /// Delete a client created here; the tokens of its grants stop working at once.
    Delete { client_id: String },
    /// Register a client; prints its id and, for a confidential client, its secret (once).
    Create(CreateClient),
    /// Print the client's sign-in policy, or with `--set FILE` replace it with the JSON
    /// document in FILE (`-`: standard input), as the administration API's
    /// `PUT /api/admin/applications/{id}/policy` does.
    Policy {
        client_id: String,
        #[arg(long)]
        set: Option<PathBuf>,
    },
}

#[derive(Args)]
pub struct CreateClient {
    #[arg(long)]
    name: String,
    /// Needed unless the client is `--admin` (which then has client_credentials alone).
    #[arg(long = "redirect-uri", required_unless_present = "admin")]
    redirect_uris: Vec<String>,
    #[arg(long = "post-logout-redirect-uri")]
    post_logout_redirect_uris: Vec<String>,
    /// A public client (a SPA or a native app): no secret, PKCE required.
    #[arg(long)]
    public: bool,
    /// Also allow the client_credentials grant (confidential clients only).
    #[arg(long)]
    client_credentials: bool,
    /// A third-party client: users are asked for consent.
    #[arg(long)]
    third_party: bool,
    /// The ID token signing algorithm: ES256 or RS256.
    #[arg(long, default_value = "ES256")]
    id_token_alg: String,
    /// The client's login initiation endpoint, where an invitation link for this client opened
    /// with no sign-in under way sends the browser (with `iss`).
    #[arg(long)]
    initiate_login_uri: Option<String>,
    /// May introspect the tokens of every client, as an API that accepts them does (confidential
    /// clients only); any other client introspects only its own.
    #[arg(long)]
    resource_server: bool,
    /// May call the administration API (`/api/admin`) with a client-credentials token of the
    /// scope `admin`; implies `--client-credentials`.
    #[arg(long, conflicts_with = "public")]
    admin: bool,
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    if let Command::ExportOpenapi { out } = &cli.command {
        std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
        let path = out.join("openapi.json");
        std::fs::write(&path, http::openapi_json() + "\n").with_context(|| format!("writing {}", path.display()))?;
        println!("{}", path.display());
        let path = out.join("error-codes.md");
        std::fs::write(&path, http::contract::reference_page())
            .with_context(|| format!("writing {}", path.display()))?;
        println!("{}", path.display());
        return Ok(());
    }
    let mut settings = Settings::load(cli.config.as_deref())?;
    telemetry::init(&settings.log);
    let out = Output { json: cli.json };
    match cli.command {
        Command::Serve { no_migrate } => {
            if no_migrate {
                settings.database.migrate_on_start = false;
            }
            serve(settings).await
        }
        Command::Migrate { status: true } => {
            lists::print_schema_status(out, &app::schema_status(&settings).await?);
            Ok(())
        }
        Command::Migrate { status: false } => {
            let status = app::migrate(&settings).await?;
            out.emit(&json!({"applied": status.applied.len()}), || {
                println!("migrations applied ({} in all)", status.applied.len());
            });
            storage::schema::warn_newer(&status);
            Ok(())
        }
        Command::User(UserCommand::Create(args)) => create_user(settings, args, out).await,
        Command::User(UserCommand::List { limit, offset }) => lists::list_users(settings, out, offset, limit).await,
        Command::User(UserCommand::Disable { id }) => account(settings, out, &id, Account::Disable).await,
        Command::User(UserCommand::Enable { id }) => account(settings, out, &id, Account::Enable).await,
        Command::User(UserCommand::Delete { id }) => account(settings, out, &id, Account::Delete).await,
        Command::User(UserCommand::Mfa(command)) => mfa::run(settings, out, command).await,
        Command::User(UserCommand::Unlock { username, email }) => {
            let (kind, value) = match (username, email) {
                (Some(name), _) => (IdentifierType::Username, name),
                (None, Some(email)) => (IdentifierType::Email, email),
                (None, None) => bail!("give --username or --email"),
            };
            let state = app::admin_state(settings).await?;
            let cleared = service::lockout::unlock(&state, kind, &value).await?;
            if cleared {
                // The identifier's kind only: the identifier may be a mistyped password.
                cli_audited(
                    &state,
                    "lockout.cleared",
                    None,
                    json!({"identifier_type": kind.as_str()}),
                )
                .await;
            }
            out.emit(&json!({"unlocked": cleared}), || {
                println!("{}", if cleared { "unlocked" } else { "nothing to unlock" });
            });
            Ok(())
        }
        Command::Client(ClientCommand::Create(args)) => create_client(settings, args, out).await,
        Command::Client(ClientCommand::List) => lists::list_clients(settings, out).await,
        Command::Client(ClientCommand::Policy { client_id, set }) => {
            policy::policy(settings, &client_id, set.as_deref(), out).await
        }
        Command::Client(ClientCommand::Delete { client_id }) => {
            let state = app::admin_state(settings).await?;
            service::clients::delete(&state.db, &client_id)
                .await
                .map_err(|e| CommandError::new(e.code(), &e))?;
            cli_audited(&state, "application.deleted", None, json!({"application": client_id})).await;
            out.emit(&json!({"deleted": client_id}), || println!("deleted"));
            Ok(())
        }
        Command::Client(ClientCommand::RotateSecret { client_id }) => {
            let state = app::admin_state(settings).await?;
            let secret = service::clients::rotate_secret(&state.db, &client_id)
                .await
                .map_err(|e| CommandError::new(e.code(), &e))?;
            cli_audited(
                &state,
                "application.secret_rotated",
                None,
                json!({"application": client_id}),
            )
            .await;
            out.emit(&json!({"client_id": client_id, "client_secret": secret}), || {
                println!("client_secret={secret}");
            });
            Ok(())
        }
        Command::Keys(KeysCommand::Rotate { alg }) => {
            crate::crypto::keys::parse_alg(&alg).map_err(|e| CommandError::new("keys.unsupported_alg", e))?;
            let state = app::admin_state(settings).await?;
            let rotation = service::keys::rotate(&state.db, &state.settings, &state.keks, &alg).await?;
            cli_audited(&state, "key.rotated", None, json!({"kid": rotation.kid, "alg": alg})).await;
            let value = json!({
                "kid": rotation.kid,
                "alg": alg,
                "activated_at": rotation.activated_at.to_rfc3339(),
                "retired": rotation.retired,
            });
            out.emit(&value, || {
                println!(
                    "published {alg} key {}; it signs from {} (keys retired: {})",
                    rotation.kid,
                    rotation.activated_at.to_rfc3339(),
                    rotation.retired
                );
            });
            Ok(())
        }
        Command::Keys(KeysCommand::List) => lists::list_keys(settings, out).await,
        Command::Keys(KeysCommand::Retire { kid }) => {
            let state = app::admin_state(settings).await?;
            let retired = service::keys::retire_now(&state.db, &state.keks, &kid)
                .await
                .map_err(|e| CommandError::new(e.code(), &e))?;
            let details = json!({"kid": retired.kid, "replacement": retired.replacement});
            cli_audited(&state, "key.retired", None, details).await;
            let value = json!({"kid": retired.kid, "alg": retired.alg, "replacement": retired.replacement});
            out.emit(&value, || {
                println!(
                    "retired {} key {}; {} signs from now",
                    retired.alg, retired.kid, retired.replacement
                );
            });
            Ok(())
        }
        Command::Consent(ConsentCommand::Revoke { user, client }) => {
            let state = app::admin_state(settings).await?;
            let withdrawn = service::consent::withdraw(&state, &user, &client).await?;
            out.emit(&json!({"withdrawn": withdrawn}), || {
                if withdrawn {
                    println!("consent withdrawn");
                } else {
                    println!("no consent or grant to withdraw");
                }
            });
            Ok(())
        }
        Command::Invitation(command) => invitation(settings, command, out).await,
        Command::Connector(command) => connectors::run(&settings, out, command),
        Command::Audit(command) => audit::run(settings, out, command).await,
        Command::Secrets(SecretsCommand::RotateKek { new_kek_file }) => {
            let keks = service::secrets::keks(&settings)?;
            let new = service::secrets::read_kek_file("--new-kek-file", &new_kek_file)?;
            let new_id = new.id().to_owned();
            let db = storage::connect(&settings.database.url, 1).await?;
            let count = service::secrets::rotate_kek(&db, &keks, new).await?;
            out.emit(&json!({"resealed": count, "kek": new_id}), || {
                println!(
                    "re-sealed {count} secrets under KEK {new_id}; now set `secrets.kek` to the new KEK and `secrets.previous_kek` to the old one"
                );
            });
            Ok(())
        }
        Command::ExportOpenapi { .. } => unreachable!("handled above"),
    }
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let public_url = settings.public_url.clone();
    let app = App::build(settings).await?;
    tracing::info!(
        port = app.port(),
        "Gatehouse is running at {public_url} (issuer {public_url}/oidc). Try {public_url}/demo"
    );
    app.run_until_stopped().await?;
    Ok(())
}

enum Account {
    Disable,
    Enable,
    Delete,
}

/// `user disable|enable|delete`.
async fn account(settings: Settings, out: Output, id: &str, action: Account) -> anyhow::Result<()> {
    let state = app::admin_state(settings).await?;
    let (result, done) = match action {
        Account::Disable => (service::accounts::disable(&state, id).await, "disabled"),
        Account::Enable => (service::accounts::enable(&state, id).await, "enabled"),
        Account::Delete => (service::accounts::delete(&state, id).await, "deleted"),
    };
    result.map_err(|e| CommandError::new(e.code(), &e))?;
    // A deletion is recorded as `account.deleted` by the service itself.
    let action = match action {
        Account::Disable => Some("user.locked"),
        Account::Enable => Some("user.unlocked"),
        Account::Delete => None,
    };
    if let Some(action) = action {
        cli_audited(&state, action, Some(id), json!({})).await;
    }
    out.emit(&json!({"id": id, done: true}), || println!("{done}"));
    Ok(())
}

async fn create_user(settings: Settings, args: CreateUser, out: Output) -> anyhow::Result<()> {
    let password = match args.password {
        Some(p) => p,
        None => {
            let mut p = String::new();
            std::io::stdin().read_to_string(&mut p)?;
            p.trim_end_matches(['\n', '\r']).to_owned()
        }
    };
    let state = app::admin_state(settings).await?;
    let input = service::users::CreateUser {
        username: args.username,
        email: args.email,
        name: args.name,
        password: SecretString::from(password),
    };
    match service::users::create(&state, input).await {
        Ok(id) => {
            cli_audited(&state, "user.created", Some(&id), json!({})).await;
            out.emit(&json!({"id": id}), || println!("{id}"));
            Ok(())
        }
        Err(e) => Err(CommandError::new(e.code(), &e).into()),
    }
}

async fn create_client(settings: Settings, args: CreateClient, out: Output) -> anyhow::Result<()> {
    let mut grant_types = service::clients::default_grant_types(!args.redirect_uris.is_empty(), args.admin);
    if args.client_credentials && !args.admin {
        grant_types.push("client_credentials".into());
    }
    let state = app::admin_state(settings).await?;
    let created = service::clients::create(
        &state.db,
        service::clients::NewClient {
            name: args.name,
            redirect_uris: args.redirect_uris,
            post_logout_redirect_uris: args.post_logout_redirect_uris,
            public: args.public,
            grant_types,
            scopes: None,
            first_party: !args.third_party,
            id_token_alg: args.id_token_alg,
            initiate_login_uri: args.initiate_login_uri,
            resource_server: args.resource_server,
            admin: args.admin,
        },
        service::clients::Source::Cli,
    )
    .await
    .map_err(|e| CommandError::new(e.code(), &e))?;
    cli_audited(
        &state,
        "application.created",
        None,
        json!({"application": created.client_id}),
    )
    .await;
    let value = json!({"client_id": created.client_id, "client_secret": created.client_secret});
    out.emit(&value, || {
        println!("client_id={}", created.client_id);
        if let Some(secret) = &created.client_secret {
            println!("client_secret={secret}");
        }
    });
    Ok(())
}

async fn invitation(settings: Settings, command: InvitationCommand, out: Output) -> anyhow::Result<()> {
    use service::invitations::{self, NewInvitation};
    let state = app::admin_state(settings).await?;
    match command {
        InvitationCommand::Create {
            email,
            name,
            expires,
            locale,
            client,
        } => {
            let lifetime = chrono::Duration::from_std(expires).context("--expires is too long")?;
            let input = NewInvitation {
                email,
                name,
                lifetime,
                locale,
                client_id: client,
            };
            let created = invitations::create(&state, input)
                .await
                .map_err(|e| CommandError::new(e.code(), &e))?;
            cli_audited(
                &state,
                "invitation.created",
                None,
                json!({"invitation": created.invitation.id}),
            )
            .await;
            let value = json!({
                "id": created.invitation.id,
                "code": created.code,
                "link": created.link,
                "expires_at": created.invitation.expires_at.to_rfc3339(),
                "email_sent": created.email_error.is_none(),
            });
            out.emit(&value, || {
                println!("id={}", created.invitation.id);
                println!("code={}", created.code);
                println!("link={}", created.link);
                println!("expires={}", created.invitation.expires_at.to_rfc3339());
            });
            if let Some(error) = created.email_error {
                bail!("the invitation exists but its email was not sent: {error}; give the link yourself");
            }
        }
        InvitationCommand::List => {
            let now = chrono::Utc::now();
            let listed = invitations::list(&state).await.map_err(|e| anyhow::anyhow!("{e}"))?;
            let status = |i: &storage::invitations::Invitation| storage::invitations::Status::of(i, now).as_str();
            let value: Vec<_> = listed
                .iter()
                .map(|i| {
                    json!({
                        "id": i.id,
                        "email": i.email,
                        "name": i.name,
                        "status": status(i),
                        "expires_at": i.expires_at.to_rfc3339(),
                        "client_id": i.client_id,
                    })
                })
                .collect();
            out.emit(&json!(value), || {
                for i in &listed {
                    println!(
                        "{}\t{}\t{}\t{}\t{}\t{}",
                        i.id,
                        i.email,
                        i.name.as_deref().unwrap_or("-"),
                        status(i),
                        i.expires_at.to_rfc3339(),
                        i.client_id.as_deref().unwrap_or("-")
                    );
                }
            });
        }
        InvitationCommand::Revoke { id } => {
            invitations::revoke(&state, &id)
                .await
                .map_err(|e| CommandError::new(e.code(), &e))?;
            cli_audited(&state, "invitation.revoked", None, json!({"invitation": id})).await;
            out.emit(&json!({"revoked": id}), || println!("revoked"));
        }
    }
    Ok(())
}

/// An operator's change, in the audit log with the administration API's (`admin.<action>`).
async fn cli_audited(
    state: &crate::state::AppState,
    action: &'static str,
    user_id: Option<&str>,
    details: serde_json::Value,
) {
    service::admin::audited_from_cli(state, action, user_id, details).await;
}
