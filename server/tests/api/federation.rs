//! Two real Gatehouse instances: `upstream`, an identity provider with its own database, and
//! `app`, whose connector `upstream` signs people in there. The test drives both browsers.

use std::collections::HashMap;

use gatehouse::config::{ConnectorSettings, Settings};
use reqwest::StatusCode;
use secrecy::SecretString;
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, TestApp, client, location};

pub const CONNECTOR: &str = "upstream";
pub const UPSTREAM_CLIENT: &str = "downstream-gatehouse";
pub const UPSTREAM_SECRET: &str = "downstream-secret-0123456789";
/// The state a UI sends; random enough for the server's minimum.
pub const UI_STATE: &str = "ui-state-0123456789abcdef";

pub struct Federation {
    pub upstream: TestApp,
    pub app: TestApp,
}

/// The connector to the upstream instance as OpenID Connect (discovery, ID token).
pub fn oidc_connector(upstream: &TestApp) -> ConnectorSettings {
    ConnectorSettings {
        id: CONNECTOR.into(),
        kind: Some("oidc".into()),
        name: Some("Upstream".into()),
        issuer: Some(upstream.issuer()),
        client_id: UPSTREAM_CLIENT.into(),
        client_secret: Some(SecretString::from(UPSTREAM_SECRET)),
        ..ConnectorSettings::default()
    }
}

/// The same upstream as plain OAuth 2.0: its endpoints given, the user read from userinfo.
pub fn oauth2_connector(upstream: &TestApp) -> ConnectorSettings {
    ConnectorSettings {
        id: CONNECTOR.into(),
        kind: Some("oauth2".into()),
        authorization_endpoint: Some(upstream.url("/oidc/auth")),
        token_endpoint: Some(upstream.url("/oidc/token")),
        userinfo_endpoint: Some(upstream.url("/oidc/me")),
        scopes: Some(vec!["openid".into(), "email".into(), "profile".into()]),
        claims: gatehouse::config::ClaimSettings {
            subject: Some("sub".into()),
            ..Default::default()
        },
        client_id: UPSTREAM_CLIENT.into(),
        client_secret: Some(SecretString::from(UPSTREAM_SECRET)),
        ..ConnectorSettings::default()
    }
}

impl Federation {
    pub async fn new() -> Self {
        Self::with(oidc_connector, |_| {}).await
    }

    /// `connector` builds the app's connector from the upstream; `change` adjusts the app.
    pub async fn with(
        connector: impl FnOnce(&TestApp) -> ConnectorSettings,
        change: impl FnOnce(&mut Settings),
    ) -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let address = format!("http://{}", listener.local_addr().unwrap());
        let callback = format!("{address}/callback/{CONNECTOR}");
        let upstream = TestApp::spawn_with(|s| {
            s.clients
                .push(client(UPSTREAM_CLIENT, Some(UPSTREAM_SECRET), &callback))
        })
        .await;
        let declared = connector(&upstream);
        let app = TestApp::spawn_on(listener, |s| {
            s.connectors = vec![declared];
            change(s);
        })
        .await;
        Self { upstream, app }
    }

    /// A person with an account at the upstream provider (a confirmed address).
    pub async fn upstream_user(&self, username: &str) -> String {
        self.upstream
            .create_user(username, &format!("{username}@upstream.example"))
            .await
    }

    /// The downstream sign-in page's button: the authorization URI and its verification id.
    pub async fn click_upstream_button(&self) -> (String, String) {
        let started = self
            .app
            .post_json(
                &format!("/api/experience/verification/social/{CONNECTOR}/authorization-uri"),
                json!({"state": UI_STATE, "redirectUri": self.app.url(&format!("/callback/{CONNECTOR}"))}),
            )
            .await;
        assert_eq!(started.status(), StatusCode::OK, "{:?}", started.text().await);
        let body: Value = started.json().await.unwrap();
        (
            body["authorizationUri"].as_str().unwrap().to_owned(),
            body["verificationId"].as_str().unwrap().to_owned(),
        )
    }

    /// At the upstream, in its own browser: sign in as `username` and come back with the
    /// query the upstream sends to our callback.
    pub async fn sign_in_at_upstream(&self, authorization_uri: &str, username: &str) -> HashMap<String, String> {
        let arrived = self.upstream.follow(authorization_uri).await;
        assert_eq!(arrived.status(), StatusCode::SEE_OTHER, "{:?}", arrived.text().await);
        // Signed in there already: straight back.
        if location(&arrived).starts_with(&self.app.address) {
            return callback_query(location(&arrived));
        }
        let redirect_to = self.upstream.sign_in_with_password(username, PASSWORD).await;
        let back = self.upstream.follow(&redirect_to).await;
        assert_eq!(back.status(), StatusCode::SEE_OTHER);
        callback_query(location(&back))
    }

    /// The callback page: hands the upstream's answer to the Experience API.
    pub async fn verify_social(&self, verification_id: &str, data: &HashMap<String, String>) -> reqwest::Response {
        self.app
            .post_json(
                &format!("/api/experience/verification/social/{CONNECTOR}/verify"),
                json!({"verificationId": verification_id, "connectorData": data}),
            )
            .await
    }

    /// Start a sign-in downstream, go through the upstream as `username`, and verify there.
    pub async fn continue_with_upstream(&self, username: &str) -> String {
        assert_eq!(self.app.start_sign_in().await.status(), StatusCode::NO_CONTENT);
        let (uri, id) = self.click_upstream_button().await;
        let data = self.sign_in_at_upstream(&uri, username).await;
        let verified = self.verify_social(&id, &data).await;
        assert_eq!(verified.status(), StatusCode::NO_CONTENT, "{:?}", verified.text().await);
        id
    }

    /// Back at the relying party with the code of a submitted sign-in: its ID token's claims.
    pub async fn finish_at_relying_party(&self, flow: &crate::helpers::Flow) -> Value {
        let submitted = self.app.submit().await;
        assert_eq!(submitted.status(), StatusCode::OK, "{:?}", submitted.text().await);
        let redirect_to: Value = submitted.json().await.unwrap();
        let done = self.app.follow(redirect_to["redirectTo"].as_str().unwrap()).await;
        assert_eq!(done.status(), StatusCode::SEE_OTHER);
        let code = callback_query(location(&done))["code"].clone();
        let tokens: Value = self.app.exchange_code(flow, &code).await.json().await.unwrap();
        let jwks = self.app.jwks().await;
        crate::helpers::verify_jwt(
            &jwks,
            tokens["id_token"].as_str().unwrap(),
            &self.app.issuer(),
            &flow.client_id,
        )
    }

    pub async fn next_step(&self) -> Value {
        let view: Value = self.app.interaction().await.json().await.unwrap();
        view["nextSteps"][0].clone()
    }
}

pub fn callback_query(url: &str) -> HashMap<String, String> {
    url::Url::parse(url)
        .unwrap()
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}
