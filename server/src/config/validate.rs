//! Start-up validation: a bad value stops the server with a message naming its key.

use std::{
    collections::HashSet,
    net::{SocketAddr, ToSocketAddrs},
    time::Duration,
};

use secrecy::ExposeSecret;
use url::Url;

use super::{ClientSettings, ConfigError, Settings};
use crate::domain::proxies::TrustedProxies;

/// The account pages' own client, built in: never declared in the configuration.
pub const ACCOUNT_CLIENT_ID: &str = "gatehouse-account";

/// `account` lets a first-party client call `/api/my-account` for its user.
pub const KNOWN_SCOPES: [&str; 5] = ["openid", "profile", "email", "offline_access", "account"];
pub const KNOWN_GRANT_TYPES: [&str; 3] = ["authorization_code", "refresh_token", "client_credentials"];
const MIN_CONFIG_SECRET_LEN: usize = 16;

fn one_of(key: &str, value: &str, allowed: &[&str]) -> Result<(), ConfigError> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(ConfigError::new(
            key,
            format!("`{value}` is not one of {}", allowed.join(", ")),
        ))
    }
}

fn positive(key: &str, value: Duration) -> Result<(), ConfigError> {
    if value.is_zero() {
        Err(ConfigError::new(key, "must be longer than zero"))
    } else {
        Ok(())
    }
}

fn at_most(key: &str, value: Duration, max: Duration) -> Result<(), ConfigError> {
    positive(key, value)?;
    if value > max {
        return Err(ConfigError::new(
            key,
            format!("must be at most {}", humantime::format_duration(max)),
        ));
    }
    Ok(())
}

fn absolute_url(key: &str, value: &str) -> Result<Url, ConfigError> {
    let url = Url::parse(value).map_err(|e| ConfigError::new(key, format!("`{value}`: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(ConfigError::new(key, format!("`{value}` must be http or https")));
    }
    if url.fragment().is_some() {
        return Err(ConfigError::new(key, format!("`{value}` must not have a fragment")));
    }
    Ok(url)
}

/// `listen` as `host:port`, the host a name or an address.
fn listen_addresses(listen: &str) -> Result<Vec<SocketAddr>, ConfigError> {
    let addresses: Vec<SocketAddr> = listen
        .to_socket_addrs()
        .map_err(|e| ConfigError::new("listen", format!("`{listen}`: {e}")))?
        .collect();
    if addresses.is_empty() {
        return Err(ConfigError::new("listen", format!("`{listen}` names no address")));
    }
    Ok(addresses)
}

/// `localhost`, or a loopback address.
fn is_loopback_host(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

impl Settings {
    pub(super) fn validated(mut self) -> Result<Self, ConfigError> {
        let public = absolute_url("public_url", &self.public_url)?;
        if public.query().is_some() {
            return Err(ConfigError::new("public_url", "must not have a query"));
        }
        // The bundled app, the API and the provider are served from the root of the host.
        if public.path() != "/" {
            return Err(ConfigError::new(
                "public_url",
                format!(
                    "`{}` has a path; serving Gatehouse under a path is not supported: give it a host name of its own (https://id.example.com)",
                    self.public_url
                ),
            ));
        }
        self.public_url = self.public_url.trim_end_matches('/').to_owned();
        let listen = listen_addresses(&self.listen)?;
        if let Some(metrics) = &self.metrics.listen {
            listen_addresses(metrics).map_err(|e| ConfigError::new("metrics.listen", e.message))?;
            if metrics == &self.listen {
                return Err(ConfigError::new("metrics.listen", "must differ from `listen`"));
            }
        }
        TrustedProxies::parse(self.trusted_proxies.iter().map(String::as_str))
            .map_err(|e| ConfigError::new("trusted_proxies", e))?;
        // Behind a reverse proxy on the same host every client looks loopback, so the listener
        // alone does not show that only this machine can reach Gatehouse.
        if self.demo_mode && !(listen.iter().all(|a| a.ip().is_loopback()) && is_loopback_host(&public)) {
            return Err(ConfigError::new(
                "demo_mode",
                "shows one-time codes to the user, so it is allowed only when `listen` and `public_url` are loopback addresses",
            ));
        }
        self.refuse_unbuilt()?;
        one_of("log.format", &self.log.format, &["pretty", "json"])?;
        tracing_subscriber::EnvFilter::try_new(&self.log.level)
            .map_err(|e| ConfigError::new("log.level", e.to_string()))?;
        self.validate_http()?;
        positive("upstream.timeout", self.upstream.timeout.get())?;
        if !(1024..=64 * 1024 * 1024).contains(&self.upstream.max_response_bytes) {
            return Err(ConfigError::new(
                "upstream.max_response_bytes",
                "must be between 1024 and 67108864",
            ));
        }
        self.validate_secrets()?;
        self.validate_database()?;
        self.validate_email()?;
        self.validate_hashing()?;
        self.validate_lifetimes()?;
        self.validate_policy()?;
        self.account.validate()?;
        self.two_factor.validate()?;
        if !self.experience.sign_in_url.starts_with('/') {
            absolute_url("experience.sign_in_url", &self.experience.sign_in_url)?;
        }
        if !self.experience.invitation_url.starts_with('/') {
            absolute_url("experience.invitation_url", &self.experience.invitation_url)?;
        }
        for origin in &self.experience.allowed_origins {
            let url = absolute_url("experience.allowed_origins", origin)?;
            // The browser sends exactly `scheme://host[:port]`: anything else would never match.
            if url.origin().ascii_serialization() != *origin {
                return Err(ConfigError::new(
                    "experience.allowed_origins",
                    format!(
                        "`{origin}` is not an origin: write `{}`",
                        url.origin().ascii_serialization()
                    ),
                ));
            }
        }
        self.validate_rate_limits()?;
        self.validate_clients()?;
        Ok(self)
    }

    /// Settings of features not built yet: accepting them would let an operator believe they
    /// are in force.
    fn refuse_unbuilt(&self) -> Result<(), ConfigError> {
        if self.session.security_stamp_validate_interval.is_some() {
            return Err(ConfigError::new(
                "session.security_stamp_validate_interval",
                "the security stamp is checked on every use of a session, code or refresh token, so no interval applies; remove the key",
            ));
        }
        Ok(())
    }

    fn validate_secrets(&self) -> Result<(), ConfigError> {
        use crate::crypto::kek::Kek;
        if let Some(kek) = &self.secrets.kek {
            Kek::parse(kek).map_err(|e| ConfigError::new("secrets.kek", e.to_string()))?;
            if self.secrets.kek_file.is_some() {
                return Err(ConfigError::new(
                    "secrets.kek_file",
                    "set either `secrets.kek` or `secrets.kek_file`",
                ));
            }
        }
        if let Some(previous) = &self.secrets.previous_kek {
            Kek::parse(previous).map_err(|e| ConfigError::new("secrets.previous_kek", e.to_string()))?;
        }
        Ok(())
    }

    fn validate_http(&self) -> Result<(), ConfigError> {
        let h = &self.http;
        positive("http.header_read_timeout", h.header_read_timeout.get())?;
        positive("http.request_timeout", h.request_timeout.get())?;
        positive("http.idle_timeout", h.idle_timeout.get())?;
        if !(1..=1_000_000).contains(&h.max_connections) {
            return Err(ConfigError::new(
                "http.max_connections",
                "must be between 1 and 1000000",
            ));
        }
        // Below 8 KiB a sign-in with a long password would not fit; above 16 MiB a few
        // clients could hold a lot of memory, as bodies are read whole before handlers run.
        if !(8 * 1024..=16 * 1024 * 1024).contains(&h.max_body_bytes) {
            return Err(ConfigError::new(
                "http.max_body_bytes",
                "must be between 8192 and 16777216",
            ));
        }
        Ok(())
    }

    fn validate_rate_limits(&self) -> Result<(), ConfigError> {
        let r = &self.rate_limits;
        positive("rate_limits.code_resend_interval", r.code_resend_interval.get())?;
        for (key, limit) in [
            ("rate_limits.password_per_ip", &r.password_per_ip),
            ("rate_limits.authorization_per_ip", &r.authorization_per_ip),
            ("rate_limits.code_per_address", &r.code_per_address),
            ("rate_limits.code_per_ip", &r.code_per_ip),
            ("rate_limits.username_tries_per_ip", &r.username_tries_per_ip),
            ("rate_limits.invitation_per_ip", &r.invitation_per_ip),
        ] {
            if limit.max == 0 {
                return Err(ConfigError::new(format!("{key}.max"), "must be at least 1"));
            }
            positive(&format!("{key}.window"), limit.window.get())?;
        }
        Ok(())
    }

    fn validate_database(&self) -> Result<(), ConfigError> {
        let url = &self.database.url;
        if !(url.starts_with("sqlite:") || url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err(ConfigError::new(
                "database.url",
                "must start with sqlite:, postgres:// or postgresql://",
            ));
        }
        if self.database.max_connections == 0 {
            return Err(ConfigError::new("database.max_connections", "must be at least 1"));
        }
        Ok(())
    }

    fn validate_email(&self) -> Result<(), ConfigError> {
        one_of("email.transport", &self.email.transport, &["file", "smtp"])?;
        one_of("email.smtp_tls", &self.email.smtp_tls, &["starttls", "tls", "none"])?;
        let address = self
            .email
            .from
            .rsplit_once('<')
            .map_or(self.email.from.as_str(), |(_, a)| a.trim_end_matches('>'));
        if crate::domain::identifier::Email::parse(address).is_err() {
            return Err(ConfigError::new(
                "email.from",
                "is not an address like `Name <a@b.example>`",
            ));
        }
        if self.email.transport == "file" && self.email.dir.trim().is_empty() {
            return Err(ConfigError::new("email.dir", "must name a directory"));
        }
        Ok(())
    }

    fn validate_hashing(&self) -> Result<(), ConfigError> {
        let h = &self.password_hashing;
        argon2::Params::new(h.memory_kib, h.iterations, h.parallelism, None)
            .map_err(|e| ConfigError::new("password_hashing", e.to_string()))?;
        if h.max_concurrent == 0 {
            return Err(ConfigError::new(
                "password_hashing.max_concurrent",
                "must be at least 1",
            ));
        }
        if !(64..=4096).contains(&h.max_password_bytes) {
            return Err(ConfigError::new(
                "password_hashing.max_password_bytes",
                "must be between 64 and 4096",
            ));
        }
        Ok(())
    }

    fn validate_lifetimes(&self) -> Result<(), ConfigError> {
        let o = &self.oidc;
        positive("oidc.access_token_lifetime", o.access_token_lifetime.get())?;
        positive("oidc.id_token_lifetime", o.id_token_lifetime.get())?;
        at_most(
            "oidc.authorization_code_lifetime",
            o.authorization_code_lifetime.get(),
            Duration::from_secs(600),
        )?;
        positive("oidc.refresh_token_lifetime", o.refresh_token_lifetime.get())?;
        positive(
            "oidc.refresh_token_absolute_lifetime",
            o.refresh_token_absolute_lifetime.get(),
        )?;
        positive(
            "experience.interaction_lifetime",
            self.experience.interaction_lifetime.get(),
        )?;
        positive("session.lifetime", self.session.lifetime.get())?;
        at_most(
            "two_factor.cookie_lifetime",
            self.two_factor.cookie_lifetime.get(),
            Duration::from_secs(360),
        )?;
        positive("lockout.duration", self.lockout.duration.get())?;
        positive("audit.retention", self.audit.retention.get())?;
        if self.lockout.max_failed_attempts == 0 {
            return Err(ConfigError::new("lockout.max_failed_attempts", "must be at least 1"));
        }
        Ok(())
    }

    fn validate_policy(&self) -> Result<(), ConfigError> {
        let max = self.password_hashing.max_password_bytes as u32;
        if !(1..=max).contains(&self.password.min_length) {
            return Err(ConfigError::new(
                "password.min_length",
                format!("must be between 1 and password_hashing.max_password_bytes ({max})"),
            ));
        }
        one_of(
            "session.cookie_secure",
            &self.session.cookie_secure,
            &["always", "never", "same-as-request"],
        )?;
        if self.session.cookie_name.is_empty()
            || !self
                .session
                .cookie_name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return Err(ConfigError::new(
                "session.cookie_name",
                "must be letters, digits, `_` or `-`",
            ));
        }
        if !self.session.cookie_path.starts_with('/') {
            return Err(ConfigError::new("session.cookie_path", "must start with `/`"));
        }
        let connectors = super::connectors::resolve_all(&self.connectors)?;
        if let Some(provider) = self.sign_in.login_button_provider.as_deref().filter(|p| *p != "none") {
            if !connectors.iter().any(|c| c.id == provider) {
                return Err(ConfigError::new(
                    "sign_in.login_button_provider",
                    format!("`{provider}` names no connector of `[[connectors]]`"),
                ));
            }
            if !self.sign_in.external {
                return Err(ConfigError::new(
                    "sign_in.login_button_provider",
                    "needs `sign_in.external` on",
                ));
            }
        }
        Ok(())
    }

    fn validate_clients(&self) -> Result<(), ConfigError> {
        let mut seen = HashSet::new();
        for (i, client) in self.clients.iter().enumerate() {
            validate_client(&format!("clients[{i}]"), client)?;
            if client.client_id == ACCOUNT_CLIENT_ID {
                return Err(ConfigError::new(
                    format!("clients[{i}].client_id"),
                    format!("`{ACCOUNT_CLIENT_ID}` is the built-in client of the account pages"),
                ));
            }
            if !seen.insert(client.client_id.as_str()) {
                return Err(ConfigError::new(
                    format!("clients[{i}].client_id"),
                    format!("`{}` is declared twice", client.client_id),
                ));
            }
        }
        Ok(())
    }
}

/// Checks one client declaration; `prefix` names it in errors (`clients[0]`, `--redirect-uri`).
pub fn validate_client(prefix: &str, client: &ClientSettings) -> Result<(), ConfigError> {
    let key = |field: &str| format!("{prefix}.{field}");
    if client.client_id.is_empty()
        || client.client_id.len() > 128
        || !client.client_id.chars().all(|c| c.is_ascii_graphic())
    {
        return Err(ConfigError::new(
            key("client_id"),
            "must be 1 to 128 visible ASCII characters",
        ));
    }
    if let Some(secret) = &client.client_secret
        && secret.expose_secret().len() < MIN_CONFIG_SECRET_LEN
    {
        return Err(ConfigError::new(
            key("client_secret"),
            format!("must be at least {MIN_CONFIG_SECRET_LEN} characters"),
        ));
    }
    for uri in client.redirect_uris.iter().chain(&client.post_logout_redirect_uris) {
        absolute_url(&key("redirect_uris"), uri)?;
    }
    if let Some(uri) = &client.initiate_login_uri {
        absolute_url(&key("initiate_login_uri"), uri)?;
    }
    for grant in &client.grant_types {
        one_of(&key("grant_types"), grant, &KNOWN_GRANT_TYPES)?;
    }
    let uses_code = client.grant_types.iter().any(|g| g == "authorization_code");
    if uses_code && client.redirect_uris.is_empty() {
        return Err(ConfigError::new(
            key("redirect_uris"),
            "at least one is needed for authorization_code",
        ));
    }
    if client.client_secret.is_none() && client.resource_server {
        return Err(ConfigError::new(
            key("resource_server"),
            "a resource server needs a client_secret to introspect",
        ));
    }
    if client.client_secret.is_none() && client.grant_types.iter().any(|g| g == "client_credentials") {
        return Err(ConfigError::new(
            key("grant_types"),
            "client_credentials needs a client_secret",
        ));
    }
    if client.admin && !client.grant_types.iter().any(|g| g == "client_credentials") {
        return Err(ConfigError::new(
            key("admin"),
            "an admin client needs the client_credentials grant (and so a client_secret)",
        ));
    }
    for scope in &client.scopes {
        one_of(&key("scopes"), scope, &KNOWN_SCOPES)?;
    }
    one_of(
        &key("id_token_signed_response_alg"),
        &client.id_token_signed_response_alg,
        &["ES256", "RS256"],
    )?;
    Ok(())
}
