use std::process::Command;

fn gatehouse(config: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_gatehouse"))
        .arg("--config")
        .arg(config)
        .args(args)
        .env("GATEHOUSE__LOG__LEVEL", "warn")
        .output()
        .unwrap()
}

/// `client create` with a name, a redirect URI and `extra` flags.
fn create_client(config: &std::path::Path, name: &str, redirect_uri: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["client", "create", "--name", name, "--redirect-uri", redirect_uri];
    args.extend_from_slice(extra);
    gatehouse(config, &args)
}

fn config_file() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("gatehouse-cli-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("gatehouse.toml");
    std::fs::write(
        &path,
        format!(
            "[database]\nurl = \"sqlite://{}/g.db?mode=rwc\"\n[password_hashing]\nmemory_kib = 1024\niterations = 1\n[secrets]\nkek = \"Z2F0ZWhvdXNlIHRlc3Qga2VrLCBub3Qgc2VjcmV0ISE=\"\n",
            dir.display()
        ),
    )
    .unwrap();
    let migrated = gatehouse(&path, &["migrate"]);
    assert!(migrated.status.success(), "{migrated:?}");
    path
}

#[test]
fn user_create_prints_the_new_id_and_refuses_a_taken_username() {
    let config = config_file();
    let args = [
        "user",
        "create",
        "--username",
        "carol",
        "--email",
        "carol@example.com",
        "--password",
        "A long password 7",
    ];
    let out = gatehouse(&config, &args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let id = String::from_utf8(out.stdout).unwrap();
    assert!(uuid::Uuid::parse_str(id.trim()).is_ok(), "{id}");
    let again = gatehouse(&config, &args);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("user.username_taken"));
}

#[test]
fn user_create_names_every_password_rule_it_breaks() {
    let config = config_file();
    let out = gatehouse(
        &config,
        &["user", "create", "--username", "dave", "--password", "dave2026"],
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("user.weak_password"), "{stderr}");
    for rule in ["password.too_simple", "password.contains_identifier"] {
        assert!(stderr.contains(rule), "{rule} missing from: {stderr}");
    }
}

#[test]
fn client_create_prints_the_secret_once() {
    let config = config_file();
    let out = create_client(&config, "Shop", "https://shop.example/cb", &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("client_id=") && stdout.contains("client_secret="),
        "{stdout}"
    );
    let public = create_client(&config, "Spa", "https://spa.example/cb", &["--public"]);
    assert!(!String::from_utf8(public.stdout).unwrap().contains("client_secret"));
    let bad = gatehouse(
        &config,
        &["client", "create", "--name", "Bad", "--redirect-uri", "not a url"],
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("redirect_uris"));
}

#[test]
fn a_bad_setting_stops_the_server_naming_its_key() {
    let config = config_file();
    let out = Command::new(env!("CARGO_BIN_EXE_gatehouse"))
        .args(["--config"])
        .arg(&config)
        .arg("serve")
        .env("GATEHOUSE__SIGN_IN__LOCAL_BY_EMAIL", "perhaps")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("sign_in.local_by_email"));
}

#[test]
fn keys_rotate_publishes_a_key_that_waits_for_its_activation() {
    let config = config_file();
    let out = gatehouse(&config, &["keys", "rotate", "--alg", "RS256"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("published RS256 key"), "{stdout}");
    let bad = gatehouse(&config, &["keys", "rotate", "--alg", "HS256"]);
    assert!(!bad.status.success());
}

#[test]
fn consent_revoke_says_when_there_was_nothing_to_withdraw() {
    let config = config_file();
    let out = gatehouse(
        &config,
        &["consent", "revoke", "--user", "nobody", "--client", "nothing"],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        "no consent or grant to withdraw"
    );
}

/// The value of the `key=value` line a command printed.
fn printed(out: &std::process::Output, key: &str) -> String {
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}=")))
        .unwrap_or_else(|| panic!("no {key} in {text}"))
        .to_owned()
}

/// A configuration whose mail goes to a folder of its own (returned with it).
fn config_file_with_mail() -> (std::path::PathBuf, std::path::PathBuf) {
    let config = config_file();
    let mail_dir = config.parent().unwrap().join("mail");
    let text = std::fs::read_to_string(&config).unwrap();
    let text = format!(
        "public_url = \"https://id.example.com\"\n{text}[email]\ndir = \"{}\"\n",
        mail_dir.display()
    );
    std::fs::write(&config, text).unwrap();
    (config, mail_dir)
}

#[test]
fn invitation_create_prints_the_link_and_list_and_revoke_manage_it() {
    let (config, mail_dir) = config_file_with_mail();
    let created = gatehouse(
        &config,
        &[
            "invitation",
            "create",
            "--email",
            "zoe@example.com",
            "--name",
            "Zoé",
            "--expires",
            "2d",
            "--locale",
            "fr",
        ],
    );
    assert!(created.status.success(), "{created:?}");
    let field = |key: &str| printed(&created, key);
    let (id, code, link) = (field("id"), field("code"), field("link"));
    assert_eq!(link, format!("https://id.example.com/register?invitation={code}"));
    let mails: Vec<_> = std::fs::read_dir(&mail_dir).unwrap().collect();
    assert_eq!(mails.len(), 1);
    let mail = std::fs::read_to_string(mails[0].as_ref().unwrap().path()).unwrap();
    assert!(mail.contains("zoe@example.com"));

    let listed = String::from_utf8(gatehouse(&config, &["invitation", "list"]).stdout).unwrap();
    assert!(listed.contains(&id) && listed.contains("pending"), "{listed}");
    assert!(gatehouse(&config, &["invitation", "revoke", &id]).status.success());
    let listed = String::from_utf8(gatehouse(&config, &["invitation", "list"]).stdout).unwrap();
    assert!(listed.contains("revoked"), "{listed}");
    let again = gatehouse(&config, &["invitation", "revoke", &id]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("invitation.not_pending"));
}

#[test]
fn an_invitation_names_an_application_only_if_it_can_start_a_sign_in() {
    let (config, _) = config_file_with_mail();
    let client = |extra: &[&str]| {
        let out = create_client(&config, "Shop", "https://shop.example/cb", extra);
        assert!(out.status.success(), "{out:?}");
        printed(&out, "client_id")
    };
    let starts = client(&["--initiate-login-uri", "https://shop.example/start"]);
    let cannot = client(&[]);
    let invite = |client: &str| {
        gatehouse(
            &config,
            &["invitation", "create", "--email", "max@example.com", "--client", client],
        )
    };
    let created = invite(&starts);
    assert!(created.status.success(), "{created:?}");
    let id = printed(&created, "id");
    let listed = String::from_utf8(gatehouse(&config, &["invitation", "list"]).stdout).unwrap();
    assert!(
        listed.lines().any(|l| l.starts_with(&id) && l.ends_with(&starts)),
        "{listed}"
    );
    let refused = invite(&cannot);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("client.no_initiate_login_uri"));
    let bad = create_client(
        &config,
        "Bad",
        "https://b.example/cb",
        &["--initiate-login-uri", "ftp://b.example"],
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("initiate_login_uri"));
}

/// `--resource-server` lets a client introspect every client's tokens; without it a client sees
/// only its own. The app runs on the database the commands wrote to.
#[tokio::test]
async fn client_create_resource_server_may_introspect_other_clients_tokens() {
    use crate::helpers::{Flow, TestApp, query_param};
    let config = config_file();
    let text = std::fs::read_to_string(&config).unwrap();
    let database = text
        .lines()
        .find_map(|l| l.strip_prefix("url = \""))
        .and_then(|l| l.strip_suffix('"'))
        .unwrap()
        .to_owned();
    let create = |extra: &[&str]| {
        let out = create_client(&config, "Api", "https://api.example/cb", extra);
        assert!(out.status.success(), "{out:?}");
        (printed(&out, "client_id"), printed(&out, "client_secret"))
    };
    let resource_server = create(&["--resource-server"]);
    let plain = create(&[]);
    let refused = create_client(
        &config,
        "Spa",
        "https://spa.example/cb",
        &["--public", "--resource-server"],
    );
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("resource_server"),
        "{refused:?}"
    );

    let app = TestApp::spawn_with(|s| s.database.url = database).await;
    app.create_user("alice", "alice@example.com").await;
    let flow = Flow::confidential();
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    let code = query_param(&callback, "code").unwrap();
    let tokens: serde_json::Value = app.exchange_code(&flow, &code).await.json().await.unwrap();
    let introspect = |(id, secret): (String, String)| {
        let request = app
            .api
            .post(app.url("/oidc/token/introspection"))
            .basic_auth(id, Some(secret))
            .form(&[("token", tokens["access_token"].as_str().unwrap())]);
        async move { request.send().await.unwrap().json::<serde_json::Value>().await.unwrap() }
    };
    assert_eq!(introspect(resource_server).await["active"], true);
    assert_eq!(introspect(plain).await, serde_json::json!({"active": false}));
}

/// A script tells the kind of failure from the exit status: 2 invalid input (as a bad command
/// line), 3 not found, 4 already exists, 1 anything else.
#[test]
fn exit_statuses_tell_invalid_input_not_found_and_already_exists() {
    let (config, _) = config_file_with_mail();
    let status = |args: &[&str]| gatehouse(&config, args).status.code();
    let create = [
        "user",
        "create",
        "--username",
        "carol",
        "--password",
        "A long password 7",
    ];
    assert_eq!(status(&create), Some(0));
    assert_eq!(status(&create), Some(4));
    assert_eq!(
        status(&["user", "create", "--username", "dave", "--password", "dave2026"]),
        Some(2)
    );
    assert_eq!(status(&["invitation", "revoke", "no-such-invitation"]), Some(3));
    assert_eq!(
        status(&["invitation", "create", "--email", "x@example.com", "--client", "nope"]),
        Some(3)
    );
    assert_eq!(status(&["keys", "rotate", "--alg", "HS256"]), Some(2));
    assert_eq!(
        status(&["client", "create", "--name", "Bad", "--redirect-uri", "not a url"]),
        Some(2)
    );
    assert_eq!(status(&["user", "frobnicate"]), Some(2));
    let unmigrated = std::env::temp_dir().join(format!("gatehouse-unmigrated-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&unmigrated).unwrap();
    let other = unmigrated.join("gatehouse.toml");
    std::fs::write(
        &other,
        format!(
            "[database]\nurl = \"sqlite://{}/g.db?mode=rwc\"\n",
            unmigrated.display()
        ),
    )
    .unwrap();
    assert_eq!(gatehouse(&other, &["invitation", "list"]).status.code(), Some(1));
}

fn json_of(out: &std::process::Output) -> serde_json::Value {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn json_output_parses_for_every_command_that_prints_data() {
    let (config, _) = config_file_with_mail();
    let run = |args: &[&str]| {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        json_of(&gatehouse(&config, &all))
    };
    let user = run(&[
        "user",
        "create",
        "--username",
        "erin",
        "--password",
        "A long password 7",
    ]);
    assert!(uuid::Uuid::parse_str(user["id"].as_str().unwrap()).is_ok(), "{user}");
    let frank = run(&[
        "user",
        "create",
        "--username",
        "frank",
        "--password",
        "A long password 7",
    ]);
    let users = run(&["user", "list"]);
    let names: Vec<_> = users.as_array().unwrap().iter().map(|u| &u["username"]).collect();
    assert_eq!(names, ["erin", "frank"], "{users}");
    assert!(users[0].get("password_hash").is_none());
    let second = run(&["user", "list", "--offset", "1", "--limit", "5"]);
    assert_eq!(second.as_array().unwrap().len(), 1);
    assert_eq!(second[0]["id"], frank["id"]);
    let client = run(&[
        "client",
        "create",
        "--name",
        "Shop",
        "--redirect-uri",
        "https://shop.example/cb",
        "--initiate-login-uri",
        "https://shop.example/start",
    ]);
    let client_id = client["client_id"].as_str().unwrap().to_owned();
    assert!(client["client_secret"].is_string(), "{client}");
    let clients = run(&["client", "list"]);
    let listed = clients
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["client_id"] == client_id.as_str())
        .unwrap_or_else(|| panic!("{clients}"));
    assert_eq!(listed["source"], "cli");
    assert_eq!(listed["public"], false);

    let keys = run(&["keys", "list"]);
    let signing: Vec<_> = keys.as_array().unwrap().iter().map(|k| &k["status"]).collect();
    assert_eq!(signing, ["signing", "signing"], "{keys}");
    let rotated = run(&["keys", "rotate", "--alg", "RS256"]);
    let keys = run(&["keys", "list"]);
    let new = keys
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kid"] == rotated["kid"])
        .unwrap_or_else(|| panic!("{keys}"));
    assert_eq!(new["status"], "published");
    assert!(
        keys.as_array().unwrap().iter().any(|k| k["status"] == "retiring"),
        "{keys}"
    );

    let invitation = run(&[
        "invitation",
        "create",
        "--email",
        "zoe@example.com",
        "--client",
        &client_id,
    ]);
    assert_eq!(invitation["email_sent"], true);
    let invitations = run(&["invitation", "list"]);
    assert_eq!(invitations[0]["id"], invitation["id"]);
    assert_eq!(invitations[0]["status"], "pending");
    assert_eq!(
        run(&["invitation", "revoke", invitation["id"].as_str().unwrap()])["revoked"],
        invitation["id"]
    );
    assert_eq!(run(&["user", "unlock", "--username", "erin"])["unlocked"], false);
    assert_eq!(
        run(&["consent", "revoke", "--user", "erin", "--client", &client_id])["withdrawn"],
        false
    );
    let status = run(&["migrate", "--status"]);
    assert!(!status["applied"].as_array().unwrap().is_empty(), "{status}");
    assert_eq!(status["pending"], serde_json::json!([]));
}
