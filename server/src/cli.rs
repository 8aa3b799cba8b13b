//! The `gatehouse` command line.

use std::{io::Read, path::PathBuf};

use anyhow::{Context, bail};
use clap::{Args, Parser, Subcommand};
use secrecy::SecretString;

use crate::{
    app::{self, App},
    config::{ClientSettings, Settings, validate_client},
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
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Apply pending migrations and serve the OIDC provider, the Experience API and the UI.
    Serve,
    /// Apply pending migrations and exit.
    Migrate,
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
    /// Register a client; prints its id and, for a confidential client, its secret (once).
    Create(CreateClient),
}

#[derive(Args)]
pub struct CreateClient {
    #[arg(long)]
    name: String,
    #[arg(long = "redirect-uri", required = true)]
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
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    if let Command::ExportOpenapi { out } = &cli.command {
        std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
        let path = out.join("openapi.json");
        std::fs::write(&path, http::openapi_json() + "\n").with_context(|| format!("writing {}", path.display()))?;
        println!("{}", path.display());
        return Ok(());
    }
    let settings = Settings::load(cli.config.as_deref())?;
    telemetry::init(&settings.log);
    match cli.command {
        Command::Serve => serve(settings).await,
        Command::Migrate => {
            let db = storage::connect(&settings.database.url, 1).await?;
            storage::migrate(&db).await?;
            println!("migrations applied");
            Ok(())
        }
        Command::User(UserCommand::Create(args)) => create_user(settings, args).await,
        Command::User(UserCommand::Unlock { username, email }) => {
            let (kind, value) = match (username, email) {
                (Some(name), _) => (IdentifierType::Username, name),
                (None, Some(email)) => (IdentifierType::Email, email),
                (None, None) => bail!("give --username or --email"),
            };
            let state = app::state(settings).await?;
            let cleared = service::lockout::unlock(&state, kind, &value).await?;
            println!("{}", if cleared { "unlocked" } else { "nothing to unlock" });
            Ok(())
        }
        Command::Client(ClientCommand::Create(args)) => create_client(settings, args).await,
        Command::Keys(KeysCommand::Rotate { alg }) => {
            let state = app::state(settings).await?;
            let rotation = service::keys::rotate(&state.db, &state.settings, &alg).await?;
            println!(
                "published {alg} key {}; it signs from {} (keys retired: {})",
                rotation.kid,
                rotation.activated_at.to_rfc3339(),
                rotation.retired
            );
            Ok(())
        }
        Command::Consent(ConsentCommand::Revoke { user, client }) => {
            let state = app::state(settings).await?;
            if service::consent::withdraw(&state, &user, &client).await? {
                println!("consent withdrawn");
            } else {
                println!("no consent or grant to withdraw");
            }
            Ok(())
        }
        Command::Invitation(command) => invitation(settings, command).await,
        Command::ExportOpenapi { .. } => unreachable!("handled above"),
    }
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let public_url = settings.public_url.clone();
    let app = App::build(settings).await?;
    tracing::info!(port = app.port(), "Gatehouse is listening");
    eprintln!("Gatehouse is running at {public_url} (issuer {public_url}/oidc). Try {public_url}/demo");
    app.run_until_stopped().await?;
    Ok(())
}

async fn create_user(settings: Settings, args: CreateUser) -> anyhow::Result<()> {
    let password = match args.password {
        Some(p) => p,
        None => {
            let mut p = String::new();
            std::io::stdin().read_to_string(&mut p)?;
            p.trim_end_matches(['\n', '\r']).to_owned()
        }
    };
    let state = app::state(settings).await?;
    let input = service::users::CreateUser {
        username: args.username,
        email: args.email,
        name: args.name,
        password: SecretString::from(password),
    };
    match service::users::create(&state, input).await {
        Ok(id) => {
            println!("{id}");
            Ok(())
        }
        Err(e) => bail!("{} ({})", e, e.code()),
    }
}

async fn create_client(settings: Settings, args: CreateClient) -> anyhow::Result<()> {
    let mut grant_types = vec!["authorization_code".to_owned(), "refresh_token".to_owned()];
    if args.client_credentials {
        grant_types.push("client_credentials".into());
    }
    // The same checks as a client declared in the configuration file.
    let declared = ClientSettings {
        client_id: "new-client".into(),
        client_secret: (!args.public).then(|| SecretString::from("x".repeat(32))),
        name: Some(args.name.clone()),
        redirect_uris: args.redirect_uris.clone(),
        post_logout_redirect_uris: args.post_logout_redirect_uris.clone(),
        grant_types: grant_types.clone(),
        scopes: crate::config::KNOWN_SCOPES.map(String::from).to_vec(),
        first_party: !args.third_party,
        id_token_signed_response_alg: args.id_token_alg.clone(),
        initiate_login_uri: args.initiate_login_uri.clone(),
    };
    validate_client("client", &declared)?;
    let state = app::state(settings).await?;
    let created = service::clients::create(
        &state.db,
        service::clients::NewClient {
            name: args.name,
            redirect_uris: args.redirect_uris,
            post_logout_redirect_uris: args.post_logout_redirect_uris,
            public: args.public,
            grant_types,
            first_party: !args.third_party,
            id_token_alg: args.id_token_alg,
            initiate_login_uri: args.initiate_login_uri,
        },
    )
    .await?;
    println!("client_id={}", created.client_id);
    if let Some(secret) = created.client_secret {
        println!("client_secret={secret}");
    }
    Ok(())
}

async fn invitation(settings: Settings, command: InvitationCommand) -> anyhow::Result<()> {
    use service::invitations::{self, NewInvitation};
    let state = app::state(settings).await?;
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
                .map_err(|e| anyhow::anyhow!("{e} ({})", e.code()))?;
            println!("id={}", created.invitation.id);
            println!("code={}", created.code);
            println!("link={}", created.link);
            println!("expires={}", created.invitation.expires_at.to_rfc3339());
            if let Some(error) = created.email_error {
                bail!("the invitation exists but its email was not sent: {error}; give the link yourself");
            }
        }
        InvitationCommand::List => {
            let now = chrono::Utc::now();
            for i in invitations::list(&state).await.map_err(|e| anyhow::anyhow!("{e}"))? {
                let status = if i.used_at.is_some() {
                    "used"
                } else if i.revoked_at.is_some() {
                    "revoked"
                } else if i.expires_at <= now {
                    "expired"
                } else {
                    "pending"
                };
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    i.id,
                    i.email,
                    i.name.as_deref().unwrap_or("-"),
                    status,
                    i.expires_at.to_rfc3339(),
                    i.client_id.as_deref().unwrap_or("-")
                );
            }
        }
        InvitationCommand::Revoke { id } => {
            invitations::revoke(&state, &id)
                .await
                .map_err(|e| anyhow::anyhow!("{e} ({})", e.code()))?;
            println!("revoked");
        }
    }
    Ok(())
}
