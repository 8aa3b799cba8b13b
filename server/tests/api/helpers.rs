//! The app under test and helpers named after what users and clients do.

use std::sync::Arc;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use gatehouse::{
    app::App,
    config::{ClientSettings, Settings},
    service,
    state::AppState,
};
use reqwest::{Response, StatusCode, header};
use secrecy::SecretString;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

pub const CONFIDENTIAL: &str = "rp-confidential";
pub const CONFIDENTIAL_SECRET: &str = "rp-secret-0123456789";
pub const CONFIDENTIAL_REDIRECT: &str = "http://rp.test/callback";
/// The confidential client's login initiation endpoint; it has a query of its own.
pub const CONFIDENTIAL_INITIATE_LOGIN: &str = "http://rp.test/login?from=gatehouse";
pub const PUBLIC: &str = "rp-public";
pub const PUBLIC_REDIRECT: &str = "http://spa.test/callback";
pub const SECOND: &str = "rp-second";
pub const SECOND_SECRET: &str = "second-secret-0123456789";
pub const SECOND_REDIRECT: &str = "http://second.test/callback";
pub const THIRD_PARTY: &str = "rp-third-party";
pub const THIRD_PARTY_SECRET: &str = "third-party-secret-0123";
pub const THIRD_PARTY_REDIRECT: &str = "http://third.test/callback";
pub const PASSWORD: &str = "Correct horse battery 1";
/// The key-encryption key of every test app (`secrets.kek`); public, as test keys are.
pub const TEST_KEK: &str = "Z2F0ZWhvdXNlIHRlc3Qga2VrLCBub3Qgc2VjcmV0ISE=";

pub struct TestApp {
    pub address: String,
    pub api: reqwest::Client,
    pub state: AppState,
    pub settings: Settings,
}

/// Every answer a test provoked had a code the OpenAPI document declares for its route: a
/// test that makes the server answer anything else fails, whatever it asserted itself.
impl Drop for TestApp {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        let undeclared = self.state.undeclared_codes.seen();
        assert!(
            undeclared.is_empty(),
            "error codes their route does not declare (add them to http::contract::ROUTES): {undeclared:?}"
        );
    }
}

pub fn client(id: &str, secret: Option<&str>, redirect: &str) -> ClientSettings {
    ClientSettings {
        client_id: id.into(),
        client_secret: secret.map(SecretString::from),
        name: Some(format!("{id} app")),
        redirect_uris: vec![redirect.into()],
        post_logout_redirect_uris: vec![],
        grant_types: vec![
            "authorization_code".into(),
            "refresh_token".into(),
            "client_credentials".into(),
        ]
        .into_iter()
        .filter(|g| secret.is_some() || g != "client_credentials")
        .collect(),
        scopes: ["openid", "profile", "email", "offline_access", "account"]
            .map(String::from)
            .to_vec(),
        first_party: true,
        id_token_signed_response_alg: "ES256".into(),
        initiate_login_uri: None,
        resource_server: false,
        admin: false,
    }
}

pub async fn fresh_database_url() -> String {
    match std::env::var("GATEHOUSE_TEST_DATABASE_URL") {
        Ok(admin) if admin.starts_with("postgres") => {
            let name = format!("gatehouse_test_{}", uuid::Uuid::new_v4().simple());
            let db = gatehouse::storage::connect(&admin, 1)
                .await
                .expect("the test PostgreSQL server answers");
            gatehouse::storage::create_database(&db, &name)
                .await
                .expect("create test database");
            let base = admin.rsplit_once('/').map_or(admin.as_str(), |(base, _)| base);
            format!("{base}/{name}")
        }
        _ => {
            let dir = std::env::temp_dir().join(format!("gatehouse-test-{}", uuid::Uuid::new_v4().simple()));
            std::fs::create_dir_all(&dir).unwrap();
            format!("sqlite://{}/gatehouse.db?mode=rwc", dir.display())
        }
    }
}

impl TestApp {
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    pub async fn spawn_with(change: impl FnOnce(&mut Settings)) -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        Self::spawn_on(listener, change).await
    }

    /// An app on a listener bound beforehand: its address can go into another app's settings
    /// (an upstream provider's redirect URIs) before it starts.
    pub async fn spawn_on(listener: std::net::TcpListener, change: impl FnOnce(&mut Settings)) -> Self {
        let database = fresh_database_url().await;
        let api = reqwest::Client::builder()
            .cookie_provider(Arc::new(reqwest::cookie::Jar::default()))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Self::start_on(listener, database, None, api, change).await
    }

    /// Another instance on the same database and public URL, as behind a load balancer; it
    /// shares this one's browser (cookie jar).
    pub async fn second_instance(&self) -> Self {
        let database = self.settings.database.url.clone();
        let public_url = self.settings.public_url.clone();
        let clients = self.settings.clients.clone();
        Self::start(database, Some(public_url), self.api.clone(), |s| s.clients = clients).await
    }

    /// Another instance on the same database, with settings changed by `change`.
    pub async fn second_instance_with(&self, change: impl FnOnce(&mut Settings)) -> Self {
        let database = self.settings.database.url.clone();
        let public_url = self.settings.public_url.clone();
        let clients = self.settings.clients.clone();
        Self::start(database, Some(public_url), self.api.clone(), |s| {
            s.clients = clients;
            change(s);
        })
        .await
    }

    async fn start(
        database: String,
        public_url: Option<String>,
        api: reqwest::Client,
        change: impl FnOnce(&mut Settings),
    ) -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        Self::start_on(listener, database, public_url, api, change).await
    }

    async fn start_on(
        listener: std::net::TcpListener,
        database: String,
        public_url: Option<String>,
        api: reqwest::Client,
        change: impl FnOnce(&mut Settings),
    ) -> Self {
        let port = listener.local_addr().unwrap().port();
        let address = format!("http://127.0.0.1:{port}");
        let mut settings = Settings {
            public_url: public_url.unwrap_or_else(|| address.clone()),
            listen: format!("127.0.0.1:{port}"),
            ..Settings::default()
        };
        settings.database.url = database;
        settings.database.max_connections = 5;
        // Cheap argon2 keeps the suite fast; the parameters are a setting, not the code path.
        settings.password_hashing.memory_kib = 1024;
        settings.password_hashing.iterations = 1;
        settings.secrets.kek = Some(SecretString::from(TEST_KEK));
        settings.email.dir = std::env::temp_dir()
            .join(format!("gatehouse-mail-{}", uuid::Uuid::new_v4().simple()))
            .display()
            .to_string();
        settings.clients = vec![
            ClientSettings {
                initiate_login_uri: Some(CONFIDENTIAL_INITIATE_LOGIN.into()),
                ..client(CONFIDENTIAL, Some(CONFIDENTIAL_SECRET), CONFIDENTIAL_REDIRECT)
            },
            client(PUBLIC, None, PUBLIC_REDIRECT),
            client(SECOND, Some(SECOND_SECRET), SECOND_REDIRECT),
            ClientSettings {
                first_party: false,
                ..client(THIRD_PARTY, Some(THIRD_PARTY_SECRET), THIRD_PARTY_REDIRECT)
            },
        ];
        change(&mut settings);
        let app = App::build_on(settings.clone(), listener).await.expect("the app starts");
        let state = app.state().clone();
        tokio::spawn(app.run_until_stopped());
        Self {
            address,
            api,
            state,
            settings,
        }
    }

    /// The binary run as an operator runs it against this app's database: with only the
    /// database URL and the key-encryption key, nothing of the serving configuration.
    pub fn run_cli(&self, args: &[&str]) -> std::process::Output {
        let config = std::env::temp_dir().join(format!("gatehouse-cli-{}.toml", uuid::Uuid::new_v4().simple()));
        std::fs::write(
            &config,
            format!(
                "[database]\nurl = \"{}\"\n[secrets]\nkek = \"{TEST_KEK}\"\n",
                self.settings.database.url
            ),
        )
        .unwrap();
        std::process::Command::new(env!("CARGO_BIN_EXE_gatehouse"))
            .arg("--config")
            .arg(&config)
            .args(args)
            .env("GATEHOUSE__LOG__LEVEL", "error")
            .output()
            .unwrap()
    }

    /// The same server seen from another browser (its own cookies).
    pub fn new_browser(&self) -> Self {
        Self {
            address: self.address.clone(),
            api: reqwest::Client::builder()
                .cookie_provider(Arc::new(reqwest::cookie::Jar::default()))
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            state: self.state.clone(),
            settings: self.settings.clone(),
        }
    }

    /// `url` with this instance's address in place of its scheme, host and port.
    pub fn here(&self, url: &str) -> String {
        let mut url = url::Url::parse(url).unwrap();
        let own = url::Url::parse(&self.address).unwrap();
        url.set_port(own.port()).unwrap();
        url.into()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn create_user(&self, username: &str, email: &str) -> String {
        service::users::create(
            &self.state,
            service::users::CreateUser {
                username: username.into(),
                email: Some(email.into()),
                name: Some(format!("{username} Example")),
                password: SecretString::from(PASSWORD),
            },
        )
        .await
        .unwrap_or_else(|e| panic!("user not created: {e} ({})", e.code()))
    }

    /// A browser arriving at `/oidc/auth` from a client.
    pub async fn start_authorization(&self, params: &[(&str, &str)]) -> Response {
        self.api.get(self.url("/oidc/auth")).query(params).send().await.unwrap()
    }

    pub async fn put_json(&self, path: &str, body: Value) -> Response {
        self.api.put(self.url(path)).json(&body).send().await.unwrap()
    }

    pub async fn post_json(&self, path: &str, body: Value) -> Response {
        self.api.post(self.url(path)).json(&body).send().await.unwrap()
    }

    pub async fn interaction(&self) -> Response {
        self.api
            .get(self.url("/api/experience/interaction"))
            .send()
            .await
            .unwrap()
    }

    pub async fn start_sign_in(&self) -> Response {
        self.put_json("/api/experience", json!({"interactionEvent": "SignIn"}))
            .await
    }

    pub async fn verify_password(&self, username: &str, password: &str) -> Response {
        self.post_json(
            "/api/experience/verification/password",
            json!({"identifier": {"type": "username", "value": username}, "password": password}),
        )
        .await
    }

    /// The experience app's sign-in up to identification (start, password, identification).
    pub async fn identify_with_password(&self, username: &str, password: &str) {
        assert_eq!(self.start_sign_in().await.status(), StatusCode::NO_CONTENT);
        let verified = self.verify_password(username, password).await;
        assert_eq!(verified.status(), StatusCode::OK);
        let id = verified.json::<Value>().await.unwrap()["verificationId"]
            .as_str()
            .unwrap()
            .to_owned();
        let identified = self
            .post_json("/api/experience/identification", json!({"verificationId": id}))
            .await;
        assert_eq!(identified.status(), StatusCode::NO_CONTENT);
    }

    pub async fn submit(&self) -> Response {
        self.api.post(self.url("/api/experience/submit")).send().await.unwrap()
    }

    /// The experience app's whole sign-in: start, password, identification, submit. Returns
    /// the `redirectTo` of the submit.
    pub async fn sign_in_with_password(&self, username: &str, password: &str) -> String {
        self.identify_with_password(username, password).await;
        let submitted = self.submit().await;
        assert_eq!(submitted.status(), StatusCode::OK);
        submitted.json::<Value>().await.unwrap()["redirectTo"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// Follows a redirect by hand, as the browser does.
    pub async fn follow(&self, location: &str) -> Response {
        self.api.get(location).send().await.unwrap()
    }

    /// Runs an authorization request through sign-in and returns the client's callback URL.
    pub async fn authorize_and_sign_in(&self, flow: &Flow, username: &str) -> url::Url {
        let start = self.start_authorization(&flow.params()).await;
        assert_eq!(start.status(), StatusCode::SEE_OTHER, "{:?}", start.text().await);
        let redirect_to = self.sign_in_with_password(username, PASSWORD).await;
        let done = self.follow(&redirect_to).await;
        assert_eq!(done.status(), StatusCode::SEE_OTHER);
        url::Url::parse(location(&done)).unwrap()
    }

    pub async fn exchange_code(&self, flow: &Flow, code: &str) -> Response {
        let mut form = vec![
            ("grant_type", "authorization_code".to_owned()),
            ("code", code.to_owned()),
            ("redirect_uri", flow.redirect_uri.clone()),
            ("code_verifier", flow.verifier.clone()),
        ];
        let mut request = self.api.post(self.url("/oidc/token"));
        match &flow.secret {
            Some(secret) => request = request.basic_auth(&flow.client_id, Some(secret)),
            None => form.push(("client_id", flow.client_id.clone())),
        }
        request.form(&form).send().await.unwrap()
    }

    /// GET of a JSON document, at a path of this instance or an absolute URL.
    pub async fn get_json(&self, path_or_url: &str) -> Value {
        let url = if path_or_url.starts_with('/') {
            self.url(path_or_url)
        } else {
            path_or_url.to_owned()
        };
        self.api.get(url).send().await.unwrap().json().await.unwrap()
    }

    pub async fn jwks(&self) -> Value {
        self.api
            .get(self.url("/oidc/jwks"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    pub fn issuer(&self) -> String {
        format!("{}/oidc", self.settings.public_url)
    }
}

pub fn location(response: &Response) -> &str {
    response.headers()[header::LOCATION].to_str().unwrap()
}

pub fn query_param(url: &url::Url, key: &str) -> Option<String> {
    url.query_pairs().find(|(k, _)| k == key).map(|(_, v)| v.into_owned())
}

/// One authorization request of a client, with its PKCE verifier.
pub struct Flow {
    pub client_id: String,
    pub secret: Option<String>,
    pub redirect_uri: String,
    pub verifier: String,
    pub state: String,
    pub nonce: String,
    pub scope: String,
    pub extra: Vec<(String, String)>,
    pub omitted: Vec<&'static str>,
}

impl Flow {
    pub fn confidential() -> Self {
        Self::new(CONFIDENTIAL, Some(CONFIDENTIAL_SECRET), CONFIDENTIAL_REDIRECT)
    }

    pub fn public() -> Self {
        Self::new(PUBLIC, None, PUBLIC_REDIRECT)
    }

    pub fn second() -> Self {
        Self::new(SECOND, Some(SECOND_SECRET), SECOND_REDIRECT)
    }

    pub fn third_party() -> Self {
        Self::new(THIRD_PARTY, Some(THIRD_PARTY_SECRET), THIRD_PARTY_REDIRECT)
    }

    fn new(client_id: &str, secret: Option<&str>, redirect_uri: &str) -> Self {
        Self {
            client_id: client_id.into(),
            secret: secret.map(String::from),
            redirect_uri: redirect_uri.into(),
            verifier: format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple()),
            state: "state with spaces & symbols=/?".into(),
            nonce: uuid::Uuid::new_v4().to_string(),
            scope: "openid profile email offline_access".into(),
            extra: Vec::new(),
            omitted: Vec::new(),
        }
    }

    pub fn with(mut self, key: &str, value: &str) -> Self {
        self.extra.push((key.into(), value.into()));
        self
    }

    /// Leaves a standard parameter out of the request.
    pub fn without(mut self, key: &'static str) -> Self {
        self.omitted.push(key);
        self
    }

    pub fn challenge(&self) -> String {
        URL_SAFE_NO_PAD.encode(Sha256::digest(self.verifier.as_bytes()))
    }

    pub fn params(&self) -> Vec<(&str, &str)> {
        let mut params = vec![
            ("response_type", "code"),
            ("client_id", self.client_id.as_str()),
            ("redirect_uri", self.redirect_uri.as_str()),
            ("scope", self.scope.as_str()),
            ("state", self.state.as_str()),
            ("nonce", self.nonce.as_str()),
            ("code_challenge_method", "S256"),
        ];
        // Leaked on purpose: tests are short-lived and the challenge must outlive `self`.
        params.push(("code_challenge", Box::leak(self.challenge().into_boxed_str())));
        params.extend(self.extra.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        params.retain(|(k, _)| !self.omitted.contains(k));
        params
    }
}

/// Verifies a JWT against the published JWKS, as a relying party does.
pub fn verify_jwt(jwks: &Value, token: &str, issuer: &str, audience: &str) -> Value {
    let header = jsonwebtoken::decode_header(token).unwrap();
    let kid = header.kid.expect("tokens name their key");
    let jwk = jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kid"] == kid.as_str())
        .expect("key is published");
    let jwk: jsonwebtoken::jwk::Jwk = serde_json::from_value(jwk.clone()).unwrap();
    let key = jsonwebtoken::DecodingKey::from_jwk(&jwk).unwrap();
    let mut validation = jsonwebtoken::Validation::new(header.alg);
    validation.set_issuer(&[issuer]);
    validation.set_audience(&[audience]);
    jsonwebtoken::decode::<Value>(token, &key, &validation)
        .expect("token verifies")
        .claims
}

pub fn at_hash(access_token: &str) -> String {
    URL_SAFE_NO_PAD.encode(&Sha256::digest(access_token.as_bytes())[..16])
}

pub async fn error_code(response: Response) -> (StatusCode, String) {
    let status = response.status();
    let body: Value = response.json().await.unwrap();
    (status, body["code"].as_str().unwrap_or_default().to_owned())
}

/// The profile step a UI sees under the default policies (`password.min_length = 8`, three classes of
/// four, none required by itself, usernames of any script).
pub fn profile_step(missing: Value, identifier_types: Value) -> Value {
    json!({
        "type": "profile",
        "missing": missing,
        "identifierTypes": identifier_types,
        "passwordPolicy": {
            "minLength": 8,
            "maxBytes": 256,
            "requireLowercase": false,
            "requireUppercase": false,
            "requireDigit": false,
            "requireNonAlphanumeric": false,
            "threeOfFourClasses": true,
            "rejectsCommon": true,
            "rejectsIdentifier": true,
        },
        "usernamePolicy": {"maxLength": 64, "alphanumericOnly": false},
    })
}
