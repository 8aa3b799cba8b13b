//! Two `gatehouse serve` processes on one database, as an operator runs them.

use std::process::{Child, Command, Stdio};

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{
    CONFIDENTIAL, CONFIDENTIAL_REDIRECT, CONFIDENTIAL_SECRET, Flow, PASSWORD, TEST_KEK, fresh_database_url, location,
    query_param,
};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn gatehouse(config: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_gatehouse"));
    command.arg("--config").arg(config).env("GATEHOUSE__LOG__LEVEL", "warn");
    command
}

async fn wait_until_up(client: &reqwest::Client, address: &str) {
    for _ in 0..100 {
        if client
            .get(format!("{address}/oidc/jwks"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{address} did not start");
}

#[tokio::test]
async fn parallel_redemptions_over_two_serve_processes_give_one_success() {
    let database = fresh_database_url().await;
    let (port_a, port_b) = (free_port(), free_port());
    let public_url = format!("http://127.0.0.1:{port_a}");
    let dir = std::env::temp_dir().join(format!("gatehouse-two-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = |port: u16| {
        let path = dir.join(format!("{port}.toml"));
        let toml = format!(
            "public_url = \"{public_url}\"\nlisten = \"127.0.0.1:{port}\"\n[database]\nurl = \"{database}\"\n\
             [password_hashing]\nmemory_kib = 1024\niterations = 1\n[secrets]\nkek = \"{TEST_KEK}\"\n[[clients]]\nclient_id = \"{CONFIDENTIAL}\"\n\
             client_secret = \"{CONFIDENTIAL_SECRET}\"\nredirect_uris = [\"{CONFIDENTIAL_REDIRECT}\"]\n"
        );
        std::fs::write(&path, toml).unwrap();
        path
    };
    let (config_a, config_b) = (config(port_a), config(port_b));
    let migrated = gatehouse(&config_a).arg("migrate").output().unwrap();
    assert!(
        migrated.status.success(),
        "{}",
        String::from_utf8_lossy(&migrated.stderr)
    );
    let created = gatehouse(&config_a)
        .args([
            "user",
            "create",
            "--username",
            "alice",
            "--email",
            "alice@example.com",
            "--password",
            PASSWORD,
        ])
        .output()
        .unwrap();
    assert!(created.status.success(), "{}", String::from_utf8_lossy(&created.stderr));
    let spawn =
        |config: &std::path::Path| Server(gatehouse(config).arg("serve").stderr(Stdio::null()).spawn().unwrap());
    let (_a, _b) = (spawn(&config_a), spawn(&config_b));
    let address_b = format!("http://127.0.0.1:{port_b}");
    let browser = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    wait_until_up(&browser, &public_url).await;
    wait_until_up(&browser, &address_b).await;

    // One sign-in whose steps alternate between the processes.
    let flow = Flow::confidential();
    let start = browser
        .get(format!("{public_url}/oidc/auth"))
        .query(&flow.params())
        .send()
        .await
        .unwrap();
    assert_eq!(start.status(), StatusCode::SEE_OTHER);
    let api = |base: &str, path: &str| format!("{base}/api/experience{path}");
    let put = browser
        .put(api(&address_b, ""))
        .json(&json!({"interactionEvent": "SignIn"}))
        .send()
        .await
        .unwrap();
    assert_eq!(put.status(), StatusCode::NO_CONTENT);
    let verified: Value = browser
        .post(api(&public_url, "/verification/password"))
        .json(&json!({"identifier": {"type": "username", "value": "alice"}, "password": PASSWORD}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let identified = browser
        .post(api(&address_b, "/identification"))
        .json(&json!({"verificationId": verified["verificationId"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(identified.status(), StatusCode::NO_CONTENT);
    let submitted: Value = browser
        .post(api(&public_url, "/submit"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let resume = submitted["redirectTo"]
        .as_str()
        .unwrap()
        .replace(&public_url, &address_b);
    let done = browser.get(resume).send().await.unwrap();
    let callback = url::Url::parse(location(&done)).unwrap();
    let code = query_param(&callback, "code").expect("a code");

    let attempts = (0..10).map(|i| {
        let base = if i % 2 == 0 { &public_url } else { &address_b };
        browser
            .post(format!("{base}/oidc/token"))
            .basic_auth(CONFIDENTIAL, Some(CONFIDENTIAL_SECRET))
            .form(&[
                ("grant_type", "authorization_code"),
                ("code", code.as_str()),
                ("redirect_uri", CONFIDENTIAL_REDIRECT),
                ("code_verifier", flow.verifier.as_str()),
            ])
            .send()
    });
    let statuses: Vec<StatusCode> = futures::future::join_all(attempts)
        .await
        .into_iter()
        .map(|r| r.unwrap().status())
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == StatusCode::OK).count(),
        1,
        "{statuses:?}"
    );
}

/// Waits for `/healthz` on `port`; fails at once, with its log, if the process exits first.
async fn wait_until_healthy(client: &reqwest::Client, port: u16, server: &mut Server, log: &std::path::Path) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while std::time::Instant::now() < deadline {
        if let Some(status) = server.0.try_wait().unwrap() {
            panic!(
                "the instance on port {port} exited ({status}): {}",
                std::fs::read_to_string(log).unwrap_or_default()
            );
        }
        let health = client.get(format!("http://127.0.0.1:{port}/healthz")).send().await;
        if health.is_ok_and(|r| r.status() == StatusCode::OK) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the instance on port {port} did not come up");
}

/// Instances started at the same moment on a fresh database all come up, round after round:
/// migrations, the client sync and the first keys are made under a lock, one instance at a time
/// (issue 11: one of two exited on `type "seaql_migrations" already exists`).
#[tokio::test]
async fn instances_started_together_on_a_fresh_database_all_come_up() {
    const INSTANCES: usize = 4;
    const ROUNDS: usize = 5;
    let client = reqwest::Client::new();
    for round in 0..ROUNDS {
        let database = fresh_database_url().await;
        let dir = std::env::temp_dir().join(format!("gatehouse-together-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        let ports: Vec<u16> = (0..INSTANCES).map(|_| free_port()).collect();
        let mut servers: Vec<(u16, Server, std::path::PathBuf)> = ports
            .iter()
            .map(|&port| {
                let config = dir.join(format!("{port}.toml"));
                let toml = format!(
                    "public_url = \"http://127.0.0.1:{port}\"\nlisten = \"127.0.0.1:{port}\"\n[database]\n\
                     url = \"{database}\"\nmax_connections = 3\n[secrets]\nkek = \"{TEST_KEK}\"\n\
                     [[clients]]\nclient_id = \"{CONFIDENTIAL}\"\n\
                     client_secret = \"{CONFIDENTIAL_SECRET}\"\nredirect_uris = [\"{CONFIDENTIAL_REDIRECT}\"]\n\
                     grant_types = [\"authorization_code\", \"client_credentials\"]\n"
                );
                std::fs::write(&config, toml).unwrap();
                let log = dir.join(format!("{port}.log"));
                let child = gatehouse(&config)
                    .arg("serve")
                    .stdout(Stdio::null())
                    .stderr(std::fs::File::create(&log).unwrap())
                    .spawn()
                    .unwrap();
                (port, Server(child), log)
            })
            .collect();
        for (port, server, log) in &mut servers {
            wait_until_healthy(&client, *port, server, log).await;
        }
        // One first key per algorithm, not one per instance; the client works everywhere.
        for (port, _, _) in &servers {
            let jwks: Value = client
                .get(format!("http://127.0.0.1:{port}/oidc/jwks"))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            assert_eq!(jwks["keys"].as_array().unwrap().len(), 2, "round {round}: {jwks}");
            let token = client
                .post(format!("http://127.0.0.1:{port}/oidc/token"))
                .basic_auth(CONFIDENTIAL, Some(CONFIDENTIAL_SECRET))
                .form(&[("grant_type", "client_credentials")])
                .send()
                .await
                .unwrap();
            assert_eq!(token.status(), StatusCode::OK, "round {round}");
        }
    }
}
