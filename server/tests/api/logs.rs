//! Logs an operator can use: the real binary in JSON format, each line parsed. The global
//! subscriber can be set only once per process, so the in-process app cannot be watched.

use std::{
    io::{BufRead, BufReader},
    path::PathBuf,
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    thread::JoinHandle,
    time::Duration,
};

use reqwest::{StatusCode, header::HeaderMap};
use serde_json::{Value, json};

use crate::helpers::{
    CONFIDENTIAL, CONFIDENTIAL_REDIRECT, CONFIDENTIAL_SECRET, Flow, PASSWORD, TestApp, fresh_database_url,
};

/// Typed at sign-in in another case than it was registered: neither spelling may be logged.
const USERNAME: &str = "logged-alice";
const TYPED: &str = "Logged-Alice";
const WRONG: &str = "Wrong-Guess-4711";

fn config(dir: &std::path::Path, port: u16, database: &str, extra: &str) -> PathBuf {
    let path = dir.join("gatehouse.toml");
    let text = format!(
        "public_url = \"http://127.0.0.1:{port}\"\nlisten = \"127.0.0.1:{port}\"\n{extra}\n\
         [log]\nformat = \"json\"\nlevel = \"info\"\n\
         [database]\nurl = \"{database}\"\n\
         [email]\ndir = \"{mail}\"\n\
         [password_hashing]\nmemory_kib = 1024\niterations = 1\n\
         [lockout]\nmax_failed_attempts = 1\n\
         [rate_limits]\npassword_per_ip = {{ max = 2, window = \"15m\" }}\n\
         [[clients]]\nclient_id = \"{CONFIDENTIAL}\"\nclient_secret = \"{CONFIDENTIAL_SECRET}\"\n\
         redirect_uris = [\"{CONFIDENTIAL_REDIRECT}\"]\n",
        mail = dir.join("mail").display(),
    );
    std::fs::write(&path, text).unwrap();
    path
}

fn gatehouse(config: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_gatehouse"));
    command
        .arg("--config")
        .arg(config)
        .env_remove("RUST_LOG")
        .env("GATEHOUSE__SECRETS__KEK", crate::helpers::TEST_KEK);
    command
}

fn temp_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gatehouse-logs-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `gatehouse serve` with its stderr collected line by line.
struct Server {
    child: Child,
    reader: Option<JoinHandle<()>>,
    lines: Arc<Mutex<Vec<String>>>,
    address: String,
    config: PathBuf,
}

impl Server {
    async fn start(extra: &str) -> Self {
        let port = free_port();
        let config = config(&temp_dir(), port, &fresh_database_url().await, extra);
        let mut child = gatehouse(&config)
            .arg("serve")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let lines = Arc::new(Mutex::new(Vec::new()));
        let sink = lines.clone();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        let server = Self {
            child,
            reader: Some(reader),
            lines,
            address: format!("http://127.0.0.1:{port}"),
            config,
        };
        server.wait_until_ready().await;
        server
    }

    async fn wait_until_ready(&self) {
        for _ in 0..300 {
            if let Ok(response) = reqwest::get(format!("{}/healthz", self.address)).await
                && response.status() == StatusCode::OK
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("gatehouse did not start: {:#?}", self.lines.lock().unwrap());
    }

    /// Stops the server and returns every line it wrote, each parsed.
    fn stop(mut self) -> Vec<Value> {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
        self.reader.take().unwrap().join().unwrap();
        let lines = self.lines.lock().unwrap();
        lines
            .iter()
            .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
            .collect()
    }
}

fn request_id(headers: &HeaderMap) -> String {
    headers["x-request-id"].to_str().unwrap().to_owned()
}

fn lines_of<'a>(lines: &'a [Value], request_id: &str) -> Vec<&'a Value> {
    lines
        .iter()
        .filter(|line| line["span"]["request_id"] == request_id)
        .collect()
}

fn with_reason<'a>(lines: &[&'a Value], reason: &str) -> &'a Value {
    lines
        .iter()
        .find(|line| line["reason"] == reason)
        .unwrap_or_else(|| panic!("no {reason} line in {lines:#?}"))
}

#[tokio::test]
async fn failed_sign_ins_lockouts_and_429s_are_logged_as_json_with_reason_request_id_and_client() {
    let server = Server::start("").await;
    let created = gatehouse(&server.config)
        .args(["user", "create", "--username", USERNAME, "--password", PASSWORD])
        .output()
        .unwrap();
    assert!(created.status.success(), "{}", String::from_utf8_lossy(&created.stderr));
    let user_id = String::from_utf8(created.stdout).unwrap().trim().to_owned();
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let url = |path: &str| format!("{}{path}", server.address);
    let started = browser
        .get(url("/oidc/auth"))
        .query(&Flow::confidential().params())
        .send()
        .await
        .unwrap();
    assert_eq!(started.status(), StatusCode::SEE_OTHER);
    let sign_in = browser
        .put(url("/api/experience"))
        .json(&json!({"interactionEvent": "SignIn"}))
        .send()
        .await
        .unwrap();
    assert_eq!(sign_in.status(), StatusCode::NO_CONTENT);
    let mut ids = Vec::new();
    for expected in [
        StatusCode::UNPROCESSABLE_ENTITY,
        StatusCode::UNPROCESSABLE_ENTITY,
        StatusCode::TOO_MANY_REQUESTS,
    ] {
        let attempt = browser
            .post(url("/api/experience/verification/password"))
            // Not a trusted proxy: its id is not taken.
            .header("x-request-id", "forged-by-the-client")
            .json(&json!({"identifier": {"type": "username", "value": TYPED}, "password": WRONG}))
            .send()
            .await
            .unwrap();
        assert_eq!(attempt.status(), expected);
        let id = request_id(attempt.headers());
        assert!(uuid::Uuid::parse_str(&id).is_ok(), "{id}");
        ids.push(id);
    }
    let token = browser
        .post(url("/oidc/token"))
        .basic_auth(CONFIDENTIAL, Some(CONFIDENTIAL_SECRET))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", "not-a-code"),
            ("redirect_uri", CONFIDENTIAL_REDIRECT),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(token.status(), StatusCode::BAD_REQUEST);
    let token_id = request_id(token.headers());

    let lines = server.stop();
    for line in &lines {
        let text = line.to_string().to_lowercase();
        assert!(
            !text.contains(&USERNAME.to_lowercase()),
            "the identifier is logged: {line}"
        );
        assert!(!text.contains(&WRONG.to_lowercase()), "the password is logged: {line}");
        assert_ne!(line["target"], "sqlx::postgres::notice", "{line}");
    }
    let [wrong, locked, limited] = [0, 1, 2].map(|i| lines_of(&lines, &ids[i]));
    // The over-limit attempt is refused before its identifier is looked up.
    let user = Value::from(user_id.as_str());
    for (request, reasons, user) in [
        (&wrong, &["session.invalid_credentials", "lockout.started"][..], &user),
        (&locked, &["lockout.locked"][..], &user),
        (&limited, &["rate_limit.exceeded"][..], &Value::Null),
    ] {
        // The access line and the failure lines, each naming the request.
        assert!(request.iter().any(|line| line["message"] == "request"), "{request:#?}");
        for reason in reasons {
            let line = with_reason(request, reason);
            assert_eq!(line["span"]["client_ip"], "127.0.0.1", "{line}");
            assert_eq!(line["span"]["client_id"], CONFIDENTIAL, "{line}");
            assert_eq!(&line["span"]["user_id"], user, "{line}");
        }
    }
    let refused = with_reason(&lines_of(&lines, &token_id), "invalid_grant");
    assert_eq!(refused["span"]["client_id"], CONFIDENTIAL, "{refused}");
    assert_eq!(refused["span"]["client_ip"], "127.0.0.1", "{refused}");
    // Start-up lines are JSON too (every line parsed), and probes stay below info.
    assert!(
        lines
            .iter()
            .any(|line| line["message"].as_str().is_some_and(|m| m.contains("is running at")))
    );
    assert!(!lines.iter().any(|line| line["path"] == "/healthz"), "{lines:#?}");
}

#[tokio::test]
async fn a_fatal_error_is_a_json_line_in_json_format() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let config = config(&temp_dir(), port, &fresh_database_url().await, "");
    let out = gatehouse(&config).arg("serve").output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<Value> = stderr
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
        .collect();
    let fatal = lines.last().unwrap();
    assert_eq!(fatal["level"], "ERROR");
    assert!(fatal["error"].as_str().unwrap().contains("listen"), "{fatal}");
}

async fn id_answered(app: &TestApp, sent: Option<&str>) -> String {
    let mut request = app.api.get(app.url("/oidc/.well-known/openid-configuration"));
    if let Some(id) = sent {
        request = request.header("x-request-id", id);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    request_id(response.headers())
}

#[tokio::test]
async fn a_trusted_proxy_names_the_request_and_anyone_else_gets_a_new_id() {
    let behind_proxy = TestApp::spawn_with(|s| s.trusted_proxies = vec!["127.0.0.1".into()]).await;
    assert_eq!(id_answered(&behind_proxy, Some("proxy-7f3a-01")).await, "proxy-7f3a-01");
    for unfit in ["two words", &"x".repeat(200)] {
        let answered = id_answered(&behind_proxy, Some(unfit)).await;
        assert!(uuid::Uuid::parse_str(&answered).is_ok(), "{answered}");
    }
    let generated = id_answered(&behind_proxy, None).await;
    assert!(uuid::Uuid::parse_str(&generated).is_ok(), "{generated}");
    assert_ne!(generated, id_answered(&behind_proxy, None).await);

    let direct = TestApp::spawn().await;
    let answered = id_answered(&direct, Some("proxy-7f3a-01")).await;
    assert!(uuid::Uuid::parse_str(&answered).is_ok(), "{answered}");
    // Answers the guards give before any handler carry one too.
    let too_large = direct
        .api
        .post(direct.url("/api/experience"))
        .body(vec![b'x'; direct.settings.http.max_body_bytes + 1])
        .send()
        .await
        .unwrap();
    assert_eq!(too_large.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(too_large.headers().contains_key("x-request-id"));
}

#[tokio::test]
async fn pretty_lines_have_no_colours_in_a_pipe() {
    let config = config(&temp_dir(), free_port(), &fresh_database_url().await, "");
    let out = gatehouse(&config)
        .arg("migrate")
        .env("GATEHOUSE__LOG__FORMAT", "pretty")
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("INFO"), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
}
