//! What an operator does beside serving: administration commands against a live database,
//! migrations as a separate step, and a database migrated by a newer version.

use std::process::{Command, Output};

use reqwest::StatusCode;

use crate::helpers::{CONFIDENTIAL, CONFIDENTIAL_SECRET, Flow, PASSWORD, TestApp, fresh_database_url, query_param};

/// The command as an operator runs it with no configuration file: the database URL and the
/// key-encryption key only (and cheap hashing, and mail kept out of the source tree).
fn gatehouse(database: &str, args: &[&str]) -> Output {
    let mail = std::env::temp_dir().join(format!("gatehouse-ops-mail-{}", uuid::Uuid::new_v4().simple()));
    Command::new(env!("CARGO_BIN_EXE_gatehouse"))
        .args(args)
        .env_remove("GATEHOUSE_CONFIG")
        .env("GATEHOUSE__DATABASE__URL", database)
        .env("GATEHOUSE__SECRETS__KEK", crate::helpers::TEST_KEK)
        .env("GATEHOUSE__PASSWORD_HASHING__MEMORY_KIB", "1024")
        .env("GATEHOUSE__PASSWORD_HASHING__ITERATIONS", "1")
        .env("GATEHOUSE__EMAIL__DIR", mail)
        .env("GATEHOUSE__LOG__LEVEL", "warn")
        .output()
        .unwrap()
}

/// Runs a `serve` that must exit by itself: one that starts serving is stopped and reported.
fn serve_exits(database: &str, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gatehouse"))
        .args(args)
        .env_remove("GATEHOUSE_CONFIG")
        .env("GATEHOUSE__DATABASE__URL", database)
        .env("GATEHOUSE__SECRETS__KEK", crate::helpers::TEST_KEK)
        .env("GATEHOUSE__LISTEN", "127.0.0.1:0")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!("`{}` started instead of refusing: {out:?}", args.join(" "));
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

fn succeeded(out: &Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).unwrap()
}

async fn schema(database: &str) -> gatehouse::storage::schema::SchemaStatus {
    let db = gatehouse::storage::connect(database, 1).await.unwrap();
    gatehouse::storage::schema::status(&db).await.unwrap()
}

/// The outage of issue 11: `user unlock` with only the database URL removed the clients the
/// running instances had from their configuration.
#[tokio::test]
async fn admin_commands_without_the_fleets_configuration_leave_its_clients_and_schema_alone() {
    let app = TestApp::spawn().await;
    let other = app.second_instance().await;
    let database = app.settings.database.url.clone();
    let before = schema(&database).await;

    let created = gatehouse(
        &database,
        &[
            "user",
            "create",
            "--username",
            "bob",
            "--email",
            "bob@example.com",
            "--password",
            PASSWORD,
        ],
    );
    assert!(uuid::Uuid::parse_str(succeeded(&created).trim()).is_ok());
    succeeded(&gatehouse(&database, &["user", "unlock", "--username", "bob"]));
    succeeded(&gatehouse(
        &database,
        &["invitation", "create", "--email", "eve@example.com"],
    ));
    succeeded(&gatehouse(
        &database,
        &["consent", "revoke", "--user", "bob", "--client", "rp-confidential"],
    ));
    succeeded(&gatehouse(&database, &["invitation", "list"]));

    // The config-declared client still signs in, on both instances.
    let flow = Flow::confidential();
    let callback = other.authorize_and_sign_in(&flow, "bob").await;
    let code = query_param(&callback, "code").expect("a code");
    assert_eq!(app.exchange_code(&flow, &code).await.status(), StatusCode::OK);
    let after = schema(&database).await;
    assert_eq!(after.applied, before.applied);
    assert!(after.pending.is_empty() && after.unknown.is_empty());
}

#[tokio::test]
async fn admin_commands_and_serve_no_migrate_refuse_an_unmigrated_database_and_leave_it_so() {
    let database = fresh_database_url().await;
    let refused = [
        gatehouse(
            &database,
            &["user", "create", "--username", "bob", "--password", PASSWORD],
        ),
        gatehouse(&database, &["user", "unlock", "--username", "bob"]),
        gatehouse(&database, &["invitation", "list"]),
        gatehouse(&database, &["keys", "rotate"]),
        serve_exits(&database, &["serve", "--no-migrate"]),
    ];
    for out in refused {
        assert!(!out.status.success(), "{out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("database.not_migrated"), "{stderr}");
    }
    let status = schema(&database).await;
    assert!(status.applied.is_empty(), "{status:?}");

    // Migrated as a job, the fleet starts without migrating.
    succeeded(&gatehouse(&database, &["migrate"]));
    let app = TestApp::spawn_with(|s| {
        s.database.url = database.clone();
        s.database.migrate_on_start = false;
    })
    .await;
    app.create_user("alice", "alice@example.com").await;
    let flow = Flow::confidential();
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    assert!(query_param(&callback, "code").is_some());
}

/// `migrate --status` changes nothing; a database migrated by a newer version (a migration this
/// binary does not know) is served, migrated (a no-op) and used by the commands all the same.
#[tokio::test]
async fn migrate_status_lists_migrations_and_a_newer_schema_is_tolerated() {
    let database = fresh_database_url().await;
    let fresh = succeeded(&gatehouse(&database, &["migrate", "--status"]));
    assert!(
        !fresh.is_empty() && fresh.lines().all(|l| l.starts_with("pending\tm")),
        "{fresh}"
    );
    assert!(schema(&database).await.applied.is_empty());
    succeeded(&gatehouse(&database, &["migrate"]));
    let migrated = succeeded(&gatehouse(&database, &["migrate", "--status"]));
    assert_eq!(migrated.lines().count(), fresh.lines().count());
    assert!(migrated.lines().all(|l| l.starts_with("applied\tm")), "{migrated}");

    let newer = "m29991231_000001_added_by_a_newer_version";
    let db = gatehouse::storage::connect(&database, 1).await.unwrap();
    sea_orm::ConnectionTrait::execute_unprepared(
        &db,
        &format!("INSERT INTO seaql_migrations (version, applied_at) VALUES ('{newer}', 0)"),
    )
    .await
    .unwrap();
    let listed = succeeded(&gatehouse(&database, &["migrate", "--status"]));
    assert!(listed.lines().any(|l| l == format!("newer\t{newer}")), "{listed}");
    succeeded(&gatehouse(&database, &["migrate"]));
    succeeded(&gatehouse(&database, &["user", "unlock", "--username", "bob"]));
    let app = TestApp::spawn_with(|s| s.database.url = database.clone()).await;
    app.create_user("alice", "alice@example.com").await;
    let flow = Flow::confidential();
    assert!(query_param(&app.authorize_and_sign_in(&flow, "alice").await, "code").is_some());
    assert_eq!(schema(&database).await.unknown, [newer]);
}

#[test]
fn version_is_printed() {
    let out = Command::new(env!("CARGO_BIN_EXE_gatehouse"))
        .arg("--version")
        .output()
        .unwrap();
    assert_eq!(
        succeeded(&out).trim(),
        format!("gatehouse {}", env!("CARGO_PKG_VERSION"))
    );
}

/// A CLI client's secret is replaced at once; a config-declared client's secret lives in the
/// configuration (the next start would restore it), so the command refuses it.
#[tokio::test]
async fn client_rotate_secret_replaces_the_secret_of_a_client_made_by_the_cli_only() {
    let app = TestApp::spawn().await;
    let database = app.settings.database.url.clone();
    let json =
        |args: &[&str]| -> serde_json::Value { serde_json::from_str(&succeeded(&gatehouse(&database, args))).unwrap() };
    let created = json(&[
        "--json",
        "client",
        "create",
        "--name",
        "Api",
        "--redirect-uri",
        "https://api.example/cb",
        "--client-credentials",
    ]);
    let id = created["client_id"].as_str().unwrap().to_owned();
    let token = |id: String, secret: String| {
        let request = app
            .api
            .post(app.url("/oidc/token"))
            .basic_auth(id, Some(secret))
            .form(&[("grant_type", "client_credentials")]);
        async move { request.send().await.unwrap() }
    };
    let old = created["client_secret"].as_str().unwrap().to_owned();
    assert_eq!(token(id.clone(), old.clone()).await.status(), StatusCode::OK);
    let rotated = json(&["--json", "client", "rotate-secret", &id]);
    let new = rotated["client_secret"].as_str().unwrap().to_owned();
    assert_ne!(new, old);
    let refused: serde_json::Value = token(id.clone(), old).await.json().await.unwrap();
    assert_eq!(refused["error"], "invalid_client");
    assert_eq!(token(id, new).await.status(), StatusCode::OK);

    let public = json(&[
        "--json",
        "client",
        "create",
        "--name",
        "Spa",
        "--redirect-uri",
        "https://spa.example/cb",
        "--public",
    ]);
    for (client, status, code) in [
        ("rp-confidential", 2, "client.config_declared"),
        (public["client_id"].as_str().unwrap(), 2, "client.public"),
        ("no-such-client", 3, "client.not_found"),
    ] {
        let out = gatehouse(&database, &["client", "rotate-secret", client]);
        assert_eq!(out.status.code(), Some(status), "{out:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(code), "{out:?}");
    }
    let config_secret = token(CONFIDENTIAL.into(), CONFIDENTIAL_SECRET.into()).await;
    assert_eq!(config_secret.status(), StatusCode::OK);
}

/// Deleting a client made with the CLI ends what it holds at once: its access token stops
/// working at userinfo, and it can no longer authenticate. A config-declared client is refused.
#[tokio::test]
async fn client_delete_removes_a_cli_client_and_ends_its_grants() {
    let app = TestApp::spawn().await;
    let database = app.settings.database.url.clone();
    let created: serde_json::Value = serde_json::from_str(&succeeded(&gatehouse(
        &database,
        &[
            "--json",
            "client",
            "create",
            "--name",
            "Shop",
            "--redirect-uri",
            "https://shop.example/cb",
        ],
    )))
    .unwrap();
    let mut flow = Flow::confidential();
    flow.client_id = created["client_id"].as_str().unwrap().to_owned();
    flow.secret = created["client_secret"].as_str().map(String::from);
    flow.redirect_uri = "https://shop.example/cb".into();
    app.create_user("alice", "alice@example.com").await;
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    let code = query_param(&callback, "code").expect("a code");
    let tokens: serde_json::Value = app.exchange_code(&flow, &code).await.json().await.unwrap();
    let access_token = tokens["access_token"].as_str().unwrap().to_owned();
    let userinfo = || app.api.get(app.url("/oidc/me")).bearer_auth(&access_token).send();
    assert_eq!(userinfo().await.unwrap().status(), StatusCode::OK);

    succeeded(&gatehouse(&database, &["client", "delete", &flow.client_id]));
    assert_eq!(userinfo().await.unwrap().status(), StatusCode::UNAUTHORIZED);
    let refresh = app
        .api
        .post(app.url("/oidc/token"))
        .basic_auth(&flow.client_id, flow.secret.as_deref())
        .form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", tokens["refresh_token"].as_str().unwrap()),
        ])
        .send()
        .await
        .unwrap();
    let refused: serde_json::Value = refresh.json().await.unwrap();
    assert_eq!(refused["error"], "invalid_client");
    let listed = succeeded(&gatehouse(&database, &["client", "list"]));
    assert!(!listed.contains(&flow.client_id), "{listed}");

    let again = gatehouse(&database, &["client", "delete", &flow.client_id]);
    assert_eq!(again.status.code(), Some(3), "{again:?}");
    let config = gatehouse(&database, &["client", "delete", CONFIDENTIAL]);
    assert_eq!(config.status.code(), Some(2), "{config:?}");
    assert!(String::from_utf8_lossy(&config.stderr).contains("client.config_declared"));
    assert!(listed_contains(&database, CONFIDENTIAL));
}

fn listed_contains(database: &str, client_id: &str) -> bool {
    succeeded(&gatehouse(database, &["client", "list"]))
        .lines()
        .any(|l| l.starts_with(&format!("{client_id}\t")))
}
