//! One operation of each workload, as a client and a browser would do it, against Gatehouse or
//! against the peer (node-oidc-provider, `bench/peer/`), whose paths and sign-in pages differ.

use anyhow::{Context, bail, ensure};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use reqwest::{Client, StatusCode, header};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::server::{CLIENT, PASSWORD, REDIRECT, SECRET, USERS};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Gatehouse,
    Peer,
}

#[derive(Clone, Copy)]
pub enum Endpoint {
    Authorize,
    Token,
    Userinfo,
    Discovery,
    Jwks,
}

#[derive(Clone)]
pub struct Target {
    pub kind: Kind,
    pub address: String,
    pub http: Client,
}

/// The cookies one browser holds, sent back whole: enough for either server's sign-in.
#[derive(Default)]
struct Jar(Vec<(String, String)>);

impl Jar {
    fn take(&mut self, response: &reqwest::Response) {
        for header in response.headers().get_all(header::SET_COOKIE) {
            let Some((name, rest)) = header.to_str().ok().and_then(|c| c.split_once('=')) else {
                continue;
            };
            let value = rest.split(';').next().unwrap_or_default();
            self.0.retain(|(n, _)| n != name);
            if !value.is_empty() {
                self.0.push((name.to_owned(), value.to_owned()));
            }
        }
    }

    fn header(&self) -> String {
        self.0
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

fn location(response: &reqwest::Response) -> anyhow::Result<String> {
    Ok(response
        .headers()
        .get(header::LOCATION)
        .context("no Location")?
        .to_str()?
        .to_owned())
}

impl Target {
    pub fn new(kind: Kind, address: &str) -> Self {
        let http = Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .pool_max_idle_per_host(64)
            .build()
            .expect("an HTTP client");
        Self {
            kind,
            address: address.to_owned(),
            http,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// A Location, which the peer sends as a path.
    fn absolute(&self, location: &str) -> String {
        if location.starts_with('/') {
            self.url(location)
        } else {
            location.to_owned()
        }
    }

    pub fn endpoint(&self, endpoint: Endpoint) -> String {
        let path = match (self.kind, endpoint) {
            (Kind::Gatehouse, Endpoint::Authorize) => "/oidc/auth",
            (Kind::Gatehouse, Endpoint::Token) => "/oidc/token",
            (Kind::Gatehouse, Endpoint::Userinfo) => "/oidc/me",
            (Kind::Gatehouse, Endpoint::Discovery) => "/oidc/.well-known/openid-configuration",
            (Kind::Gatehouse, Endpoint::Jwks) => "/oidc/jwks",
            (Kind::Peer, Endpoint::Authorize) => "/auth",
            (Kind::Peer, Endpoint::Token) => "/token",
            (Kind::Peer, Endpoint::Userinfo) => "/me",
            (Kind::Peer, Endpoint::Discovery) => "/.well-known/openid-configuration",
            (Kind::Peer, Endpoint::Jwks) => "/jwks",
        };
        self.url(path)
    }

    /// Workload 1: a new browser signs in a random seeded user, and the client redeems the code
    /// and calls userinfo. Returns the token response.
    pub async fn full_sign_in(&self, user: usize) -> anyhow::Result<Value> {
        let verifier = format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple());
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
        let username = format!("user{}", user % USERS);
        let mut jar = Jar::default();
        let auth = self
            .http
            .get(self.endpoint(Endpoint::Authorize))
            .query(&[
                ("response_type", "code"),
                ("client_id", CLIENT),
                ("redirect_uri", REDIRECT),
                ("scope", "openid profile email offline_access"),
                ("state", "bench"),
                ("nonce", "bench"),
                ("code_challenge", &challenge),
                ("code_challenge_method", "S256"),
            ])
            .send()
            .await?;
        ensure!(
            auth.status() == StatusCode::SEE_OTHER,
            "authorize answered {}",
            auth.status()
        );
        jar.take(&auth);
        let callback = match self.kind {
            Kind::Gatehouse => self.experience(&mut jar, &username).await?,
            Kind::Peer => self.peer_login(&mut jar, &location(&auth)?, &username).await?,
        };
        let callback = url::Url::parse(&callback)?;
        let code = callback
            .query_pairs()
            .find(|(k, _)| k == "code")
            .context("no code")?
            .1
            .into_owned();
        let tokens: Value = self
            .http
            .post(self.endpoint(Endpoint::Token))
            .basic_auth(CLIENT, Some(SECRET))
            .form(&[
                ("grant_type", "authorization_code"),
                ("code", &code),
                ("redirect_uri", REDIRECT),
                ("code_verifier", &verifier),
            ])
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        self.userinfo(tokens["access_token"].as_str().context("no access token")?)
            .await?;
        Ok(tokens)
    }

    /// Gatehouse's sign-in: the Experience API calls the experience app makes. Returns the
    /// client's callback URL.
    async fn experience(&self, jar: &mut Jar, username: &str) -> anyhow::Result<String> {
        let cookie = jar.header();
        let api = |method: reqwest::Method, path: &str| {
            self.http
                .request(method, self.url(&format!("/api/experience{path}")))
                .header(header::COOKIE, &cookie)
        };
        let started = api(reqwest::Method::PUT, "")
            .json(&json!({"interactionEvent": "SignIn"}))
            .send()
            .await?;
        ensure!(
            started.status() == StatusCode::NO_CONTENT,
            "start answered {}",
            started.status()
        );
        let identifier = json!({"type": "username", "value": username});
        let verified: Value = api(reqwest::Method::POST, "/verification/password")
            .json(&json!({"identifier": identifier, "password": PASSWORD}))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        api(reqwest::Method::POST, "/identification")
            .json(&json!({"verificationId": verified["verificationId"]}))
            .send()
            .await?
            .error_for_status()?;
        let submitted: Value = api(reqwest::Method::POST, "/submit")
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        let resume = submitted["redirectTo"].as_str().context("no redirectTo")?;
        let done = self.http.get(resume).header(header::COOKIE, &cookie).send().await?;
        location(&done)
    }

    /// The peer's sign-in: its login form posted to the interaction, then the resume redirect.
    async fn peer_login(&self, jar: &mut Jar, interaction: &str, username: &str) -> anyhow::Result<String> {
        let login = self
            .http
            .post(format!("{}/login", self.absolute(interaction)))
            .header(header::COOKIE, jar.header())
            .form(&[("username", username), ("password", PASSWORD)])
            .send()
            .await?;
        ensure!(
            login.status() == StatusCode::SEE_OTHER,
            "login answered {}",
            login.status()
        );
        jar.take(&login);
        let resume = self.absolute(&location(&login)?);
        let done = self
            .http
            .get(resume)
            .header(header::COOKIE, jar.header())
            .send()
            .await?;
        location(&done)
    }

    /// Workload 2: one rotation; returns the new refresh token.
    pub async fn refresh(&self, refresh_token: &str) -> anyhow::Result<String> {
        let tokens: Value = self
            .http
            .post(self.endpoint(Endpoint::Token))
            .basic_auth(CLIENT, Some(SECRET))
            .form(&[("grant_type", "refresh_token"), ("refresh_token", refresh_token)])
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        Ok(tokens["refresh_token"].as_str().context("no refresh token")?.to_owned())
    }

    /// Workload 3.
    pub async fn client_credentials(&self) -> anyhow::Result<()> {
        self.http
            .post(self.endpoint(Endpoint::Token))
            .basic_auth(CLIENT, Some(SECRET))
            .form(&[("grant_type", "client_credentials")])
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }

    /// Workload 4.
    pub async fn userinfo(&self, access_token: &str) -> anyhow::Result<()> {
        let response = self
            .http
            .get(self.endpoint(Endpoint::Userinfo))
            .bearer_auth(access_token)
            .send()
            .await?;
        if !response.status().is_success() {
            bail!("userinfo answered {}", response.status());
        }
        response.bytes().await?;
        Ok(())
    }

    /// Workload 5, and the floor for routes (`/healthz`, the cheapest answer of this server).
    pub async fn get(&self, url: &str) -> anyhow::Result<()> {
        self.http.get(url).send().await?.error_for_status()?.bytes().await?;
        Ok(())
    }
}
