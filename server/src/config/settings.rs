//! Typed settings. Every key has a default here, is documented in `config/default.toml` and
//! the README, and is checked by [`Settings::validate`] before anything starts.

use std::time::Duration;

use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use super::duration::Span;

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    pub public_url: String,
    pub listen: String,
    pub demo_mode: bool,
    /// Reverse proxies (addresses or ranges) whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<String>,
    pub log: LogSettings,
    pub metrics: MetricsSettings,
    pub http: HttpSettings,
    pub upstream: UpstreamSettings,
    pub database: DatabaseSettings,
    pub email: EmailSettings,
    pub password_hashing: PasswordHashingSettings,
    pub experience: ExperienceSettings,
    pub oidc: OidcSettings,
    pub registration: RegistrationSettings,
    pub sign_in: SignInSettings,
    pub password_reset: PasswordResetSettings,
    pub two_factor: super::TwoFactorSettings,
    pub lockout: LockoutSettings,
    pub password: PasswordPolicySettings,
    pub username: UsernameSettings,
    pub session: SessionSettings,
    pub rate_limits: RateLimitSettings,
    pub endpoints: EndpointSettings,
    pub secrets: SecretsSettings,
    pub account: super::AccountSettings,
    pub audit: super::AuditSettings,
    pub clients: Vec<ClientSettings>,
    /// External identity providers.
    pub connectors: Vec<super::ConnectorSettings>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            public_url: "http://127.0.0.1:3000".into(),
            listen: "127.0.0.1:3000".into(),
            demo_mode: false,
            trusted_proxies: Vec::new(),
            log: LogSettings::default(),
            metrics: MetricsSettings::default(),
            http: HttpSettings::default(),
            upstream: UpstreamSettings::default(),
            database: DatabaseSettings::default(),
            email: EmailSettings::default(),
            password_hashing: PasswordHashingSettings::default(),
            experience: ExperienceSettings::default(),
            oidc: OidcSettings::default(),
            registration: RegistrationSettings::default(),
            sign_in: SignInSettings::default(),
            password_reset: PasswordResetSettings::default(),
            two_factor: super::TwoFactorSettings::default(),
            lockout: LockoutSettings::default(),
            password: PasswordPolicySettings::default(),
            username: UsernameSettings::default(),
            session: SessionSettings::default(),
            rate_limits: RateLimitSettings::default(),
            endpoints: EndpointSettings::default(),
            secrets: SecretsSettings::default(),
            account: super::AccountSettings::default(),
            audit: super::AuditSettings::default(),
            clients: Vec::new(),
            connectors: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogSettings {
    /// A tracing filter such as `info` or `gatehouse=debug,info`.
    pub level: String,
    /// `pretty` or `json`.
    pub format: String,
}

impl Default for LogSettings {
    fn default() -> Self {
        Self {
            level: "info".into(),
            format: "pretty".into(),
        }
    }
}

/// `GET /metrics` in the Prometheus text format: off unless asked for, and on the public
/// listener unless `listen` gives it an address of its own.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct MetricsSettings {
    pub enabled: bool,
    /// `host:port` for `/metrics` alone (a private interface, a scraper's network); the public
    /// listener then does not serve it.
    pub listen: Option<String>,
}

/// Calls to external identity providers: each must answer within `timeout` (connecting
/// included) and with at most `max_response_bytes`, or the sign-in ends with
/// `social.upstream_unavailable`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct UpstreamSettings {
    pub timeout: Span,
    pub max_response_bytes: usize,
}

impl Default for UpstreamSettings {
    fn default() -> Self {
        Self {
            timeout: Span::from_secs(10),
            max_response_bytes: 1024 * 1024,
        }
    }
}

/// What one client may cost the server: how long it may take to send a request, how long a
/// request may run, how long an unused connection stays open, how many connections are
/// served at once and how large a body may be.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct HttpSettings {
    /// Time allowed to send a request's head (HTTP/1.1), and a new connection's first request
    /// (any protocol). An idle HTTP/1.1 connection is closed after this too, as the server is
    /// then waiting for the next head.
    pub header_read_timeout: Span,
    /// The longest a request may take, reading its body included; then 503.
    pub request_timeout: Span,
    /// A connection with no request in progress for this long is closed (HTTP/2 gets a
    /// GOAWAY first).
    pub idle_timeout: Span,
    /// Connections served at once; more wait in the listen backlog.
    pub max_connections: usize,
    /// Larger request bodies are refused with 413, on every route and protocol.
    pub max_body_bytes: usize,
}

impl Default for HttpSettings {
    fn default() -> Self {
        Self {
            header_read_timeout: Span::from_secs(10),
            request_timeout: Span::from_secs(30),
            idle_timeout: Span::from_secs(60),
            max_connections: 1024,
            max_body_bytes: 64 * 1024,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatabaseSettings {
    pub url: String,
    pub max_connections: u32,
    /// `serve` applies pending migrations before serving; off for fleets that run
    /// `gatehouse migrate` once as a job (`serve --no-migrate` turns it off too).
    pub migrate_on_start: bool,
}

impl Default for DatabaseSettings {
    fn default() -> Self {
        Self {
            url: "sqlite://data/gatehouse.db?mode=rwc".into(),
            max_connections: 10,
            migrate_on_start: true,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct EmailSettings {
    /// One account per address (portal: UserValidator/RequireUniqueEmail).
    pub require_unique: bool,
    /// `file` (one `.eml` per message in `dir`) or `smtp`.
    pub transport: String,
    pub dir: String,
    pub from: String,
    pub smtp_host: String,
    pub smtp_port: u16,
    /// `starttls`, `tls` or `none`.
    pub smtp_tls: String,
    pub smtp_username: Option<String>,
    #[serde(skip_serializing)]
    pub smtp_password: Option<SecretString>,
}

impl Default for EmailSettings {
    fn default() -> Self {
        Self {
            require_unique: true,
            transport: "file".into(),
            dir: "data/mail".into(),
            from: "Gatehouse <no-reply@localhost>".into(),
            smtp_host: "localhost".into(),
            smtp_port: 587,
            smtp_tls: "starttls".into(),
            smtp_username: None,
            smtp_password: None,
        }
    }
}

/// The key-encryption key that seals every secret stored in the database (crypto/kek.rs).
/// Required outside `demo_mode`; the demo generates one in `data/gatehouse.kek` on first start.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SecretsSettings {
    /// Base64 of 32 random bytes.
    #[serde(skip_serializing)]
    pub kek: Option<SecretString>,
    /// A file holding that base64 (instead of `kek`).
    pub kek_file: Option<String>,
    /// The KEK before the last `gatehouse secrets rotate-kek`: still read, never written.
    #[serde(skip_serializing)]
    pub previous_kek: Option<SecretString>,
}

/// argon2id parameters. The defaults follow OWASP's recommendation (19 MiB, 2 passes).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct PasswordHashingSettings {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
    /// How many hashes may run at once; more wait, so a burst cannot exhaust memory.
    pub max_concurrent: usize,
    /// Passwords longer than this are refused before hashing.
    pub max_password_bytes: usize,
}

impl Default for PasswordHashingSettings {
    fn default() -> Self {
        Self {
            memory_kib: 19 * 1024,
            iterations: 2,
            parallelism: 1,
            max_concurrent: std::thread::available_parallelism().map_or(2, |n| n.get()),
            max_password_bytes: 256,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ExperienceSettings {
    /// Where the experience app lives: a path under `public_url` (the bundled app) or the
    /// absolute URL of a custom UI.
    pub sign_in_url: String,
    /// Where an invitation's link goes, with `?invitation=<code>` appended: a path under
    /// `public_url` (the bundled app's invitation landing) or the absolute URL of a custom UI's.
    pub invitation_url: String,
    /// Origins (`https://login.example.com`) of custom UIs hosted apart from Gatehouse that may
    /// call the Experience API from the browser, with its cookie. The origin of an absolute
    /// `sign_in_url` is allowed without being listed. They must be same-site with `public_url`:
    /// the interaction cookie is `SameSite=Lax`.
    pub allowed_origins: Vec<String>,
    /// How long a started sign-in stays usable.
    pub interaction_lifetime: Span,
}

impl Default for ExperienceSettings {
    fn default() -> Self {
        Self {
            sign_in_url: "/sign-in".into(),
            invitation_url: "/register".into(),
            allowed_origins: Vec::new(),
            interaction_lifetime: Span::from_secs(60 * 60),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct OidcSettings {
    pub access_token_lifetime: Span,
    pub id_token_lifetime: Span,
    /// At most 10 minutes (RFC 6749 section 4.1.2).
    pub authorization_code_lifetime: Span,
    /// Lifetime of one refresh token before it must be rotated.
    pub refresh_token_lifetime: Span,
    /// Absolute end of a refresh-token family, however often it rotates.
    pub refresh_token_absolute_lifetime: Span,
    /// How long a rotated-in key is published before it signs: longer than JWKS caches
    /// (5 minutes) and than instances take to reload keys (1 minute).
    pub key_activation_delay: Span,
}

impl Default for OidcSettings {
    fn default() -> Self {
        Self {
            access_token_lifetime: Span::from_secs(60 * 60),
            id_token_lifetime: Span::from_secs(60 * 60),
            authorization_code_lifetime: Span::from_secs(60),
            refresh_token_lifetime: Span::from_secs(14 * 24 * 3600),
            refresh_token_absolute_lifetime: Span::from_secs(30 * 24 * 3600),
            key_activation_delay: Span::from_secs(10 * 60),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct RegistrationSettings {
    pub enabled: bool,
    pub open: bool,
    pub invitation: bool,
    pub captcha: bool,
}

impl Default for RegistrationSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            open: true,
            invitation: true,
            captcha: false,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SignInSettings {
    pub local: bool,
    pub local_by_email: bool,
    /// Passwordless sign-in by a one-time code mailed to an account's confirmed address.
    pub email_code: bool,
    pub external: bool,
    pub remember_me: bool,
    pub login_button_provider: Option<String>,
}

impl Default for SignInSettings {
    fn default() -> Self {
        Self {
            local: true,
            local_by_email: false,
            email_code: false,
            external: true,
            remember_me: true,
            login_button_provider: None,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct PasswordResetSettings {
    pub enabled: bool,
    pub requires_confirmed_email: bool,
}

impl Default for PasswordResetSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            requires_confirmed_email: false,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct LockoutSettings {
    pub on_failed_password: bool,
    pub enabled_by_default: bool,
    pub max_failed_attempts: u32,
    pub duration: Span,
}

impl Default for LockoutSettings {
    fn default() -> Self {
        Self {
            on_failed_password: true,
            enabled_by_default: true,
            max_failed_attempts: 5,
            duration: Span::from_secs(24 * 3600),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct PasswordPolicySettings {
    pub enforce_policy: bool,
    pub min_length: u32,
    pub require_non_alphanumeric: bool,
    pub require_digit: bool,
    pub require_lowercase: bool,
    pub require_uppercase: bool,
}

impl Default for PasswordPolicySettings {
    fn default() -> Self {
        Self {
            enforce_policy: true,
            min_length: 8,
            require_non_alphanumeric: false,
            require_digit: false,
            require_lowercase: false,
            require_uppercase: false,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct UsernameSettings {
    pub alphanumeric_only: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SessionSettings {
    pub cookie_name: String,
    pub cookie_domain: Option<String>,
    pub cookie_path: String,
    pub cookie_http_only: bool,
    /// `always`, `never` or `same-as-request` (secure when `public_url` is https).
    pub cookie_secure: String,
    pub lifetime: Span,
    pub sliding_expiration: bool,
    /// Refused when set: the stamp is checked on every use of a session, code or refresh
    /// token, so no interval applies (see `Settings::validated`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security_stamp_validate_interval: Option<Span>,
}

impl Default for SessionSettings {
    fn default() -> Self {
        Self {
            cookie_name: "gatehouse_session".into(),
            cookie_domain: None,
            cookie_path: "/".into(),
            cookie_http_only: true,
            cookie_secure: "same-as-request".into(),
            lifetime: Span::from_secs(24 * 3600),
            sliding_expiration: true,
            security_stamp_validate_interval: None,
        }
    }
}

/// Pages for developers, off unless asked for: a production server shows neither.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct EndpointSettings {
    /// `/demo`, a relying party served by Gatehouse itself (the client `demo` it uses must be
    /// declared, as `server/config/demo.toml` does).
    pub demo_page: bool,
    /// `/api/docs`, a browser of the Experience API (`/api/openapi.json` is always served).
    pub api_docs: bool,
}

/// At most `max` hits per `window` for one subject.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RateLimitSetting {
    pub max: u32,
    pub window: Span,
}

/// Request limits, counted in the database so that every instance shares them. A client is
/// the peer's address (IPv6: its /64), or behind `trusted_proxies` the forwarded one.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct RateLimitSettings {
    /// Failed password checks per client, whatever the identifier (password spraying); a
    /// correct password gives its try back.
    pub password_per_ip: RateLimitSetting,
    /// Sign-ins started per client (each `/oidc/auth` that needs the experience app stores an
    /// interaction).
    pub authorization_per_ip: RateLimitSetting,
    /// One-time codes sent to one address: at most one per `code_resend_interval` (the
    /// cooldown the UI shows), and `code_per_address` in all.
    pub code_resend_interval: Span,
    pub code_per_address: RateLimitSetting,
    /// One-time codes sent per client, whatever the address.
    pub code_per_ip: RateLimitSetting,
    /// Usernames tried per client at registration (each try tells whether a name is taken).
    pub username_tries_per_ip: RateLimitSetting,
    /// Invitation codes tried per client.
    pub invitation_per_ip: RateLimitSetting,
}

const fn limit(max: u32, window_secs: u64) -> RateLimitSetting {
    RateLimitSetting {
        max,
        window: Span::from_secs(window_secs),
    }
}

impl RateLimitSettings {
    /// Counters older than this count nothing any more.
    pub fn longest_window(&self) -> std::time::Duration {
        [
            &self.password_per_ip,
            &self.authorization_per_ip,
            &self.code_per_address,
            &self.code_per_ip,
            &self.username_tries_per_ip,
            &self.invitation_per_ip,
        ]
        .iter()
        .map(|limit| limit.window.get())
        .chain([self.code_resend_interval.get()])
        .max()
        .unwrap_or_default()
    }
}

impl Default for RateLimitSettings {
    fn default() -> Self {
        Self {
            password_per_ip: limit(100, 15 * 60),
            authorization_per_ip: limit(600, 10 * 60),
            code_resend_interval: Span::from_secs(60),
            code_per_address: limit(5, 3600),
            code_per_ip: limit(30, 3600),
            username_tries_per_ip: limit(60, 15 * 60),
            invitation_per_ip: limit(20, 15 * 60),
        }
    }
}

/// A static client declared in the configuration file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ClientSettings {
    pub client_id: String,
    #[serde(skip_serializing)]
    pub client_secret: Option<SecretString>,
    pub name: Option<String>,
    pub redirect_uris: Vec<String>,
    #[serde(default)]
    pub post_logout_redirect_uris: Vec<String>,
    #[serde(default = "default_grant_types")]
    pub grant_types: Vec<String>,
    #[serde(default = "default_scopes")]
    pub scopes: Vec<String>,
    #[serde(default = "default_true")]
    pub first_party: bool,
    /// `ES256` (default) or `RS256`, for relying parties that cannot verify ES256.
    #[serde(default = "default_alg")]
    pub id_token_signed_response_alg: String,
    /// The client's login initiation endpoint (OpenID Connect Core, section 4): an invitation
    /// for this client opened with no sign-in under way sends the browser there, with `iss`.
    #[serde(default)]
    pub initiate_login_uri: Option<String>,
    /// May introspect the tokens of every client (an API that accepts them); any other client
    /// introspects only its own. Confidential clients only.
    #[serde(default)]
    pub resource_server: bool,
    /// May call the administration API (`/api/admin`) with a client-credentials token of the
    /// scope `admin`. Confidential clients with the client_credentials grant only.
    #[serde(default)]
    pub admin: bool,
}

fn default_alg() -> String {
    "ES256".into()
}

fn default_grant_types() -> Vec<String> {
    vec!["authorization_code".into(), "refresh_token".into()]
}

fn default_scopes() -> Vec<String> {
    ["openid", "profile", "email", "offline_access", "account"]
        .map(String::from)
        .to_vec()
}

fn default_true() -> bool {
    true
}

impl SessionSettings {
    pub fn lifetime(&self) -> Duration {
        self.lifetime.get()
    }
}
