//! One operation of each workload, as a client and a browser would do it.

use anyhow::{Context, bail, ensure};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use reqwest::{Client, StatusCode, header};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::server::{CLIENT, PASSWORD, REDIRECT, SECRET, USERS};

#[derive(Clone)]
pub struct Target {
    pub address: String,
    pub http: Client,
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
    pub fn new(address: &str) -> Self {
        let http = Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .pool_max_idle_per_host(64)
            .build()
            .expect("an HTTP client");
        Self {
            address: address.to_owned(),
            http,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// Workload 1: a new browser signs in a random seeded user, and the client redeems the code
    /// and calls userinfo. Returns the token response.
    pub async fn full_sign_in(&self, user: usize) -> anyhow::Result<Value> {
        let verifier = format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple());
        let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
        let auth = self
            .http
            .get(self.url("/oidc/auth"))
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
        let cookie = auth
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with("gatehouse_interaction="))
            .and_then(|c| c.split(';').next())
            .context("no interaction cookie")?
            .to_owned();
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
        let identifier = json!({"type": "username", "value": format!("user{}", user % USERS)});
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
        let callback = url::Url::parse(&location(&done)?)?;
        let code = callback
            .query_pairs()
            .find(|(k, _)| k == "code")
            .context("no code")?
            .1
            .into_owned();
        let tokens: Value = self
            .http
            .post(self.url("/oidc/token"))
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

    /// Workload 2: one rotation; returns the new refresh token.
    pub async fn refresh(&self, refresh_token: &str) -> anyhow::Result<String> {
        let tokens: Value = self
            .http
            .post(self.url("/oidc/token"))
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
            .post(self.url("/oidc/token"))
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
            .get(self.url("/oidc/me"))
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
    pub async fn get(&self, path: &str) -> anyhow::Result<()> {
        self.http
            .get(self.url(path))
            .send()
            .await?
            .error_for_status()?
            .bytes()
            .await?;
        Ok(())
    }
}
