//! `gatehouse connector list`: what each provider must have registered, from the configuration
//! alone (no database), and a bad declaration refused naming its key.

use std::{path::PathBuf, process::Command};

fn config_file(toml: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gatehouse-connectors-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("gatehouse.toml");
    // A database URL that cannot be opened: the command must not need one.
    let toml = format!(
        "public_url = \"https://id.example.com\"\n[database]\nurl = \"sqlite://{}/missing/g.db\"\n{toml}",
        dir.display()
    );
    std::fs::write(&path, toml).unwrap();
    path
}

fn connector_list(config: &std::path::Path, extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_gatehouse"))
        .arg("--config")
        .arg(config)
        .args(extra)
        .args(["connector", "list"])
        .env("GATEHOUSE__LOG__LEVEL", "warn")
        .output()
        .unwrap()
}

const TWO_CONNECTORS: &str = r#"
[[connectors]]
id = "google"
preset = "google"
client_id = "google-client"
client_secret = "google-secret"

[[connectors]]
id = "corp"
kind = "oauth2"
name = "Corp SSO"
client_id = "corp-client"
client_secret = "corp-secret"
scopes = ["profile"]
authorization_endpoint = "https://sso.corp.example/oauth/authorize"
token_endpoint = "https://sso.corp.example/oauth/token"
userinfo_endpoint = "https://sso.corp.example/api/me"
"#;

#[test]
fn connector_list_prints_the_redirect_uri_to_register_for_each_connector() {
    let config = config_file(TWO_CONNECTORS);
    let out = connector_list(&config, &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<Vec<&str>> = stdout.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(
        lines[0],
        [
            "google",
            "oidc",
            "google",
            "Google",
            "https://id.example.com/callback/google",
            "openid email profile",
            "issuer=https://accounts.google.com",
        ]
    );
    assert_eq!(
        lines[1],
        [
            "corp",
            "oauth2",
            "-",
            "Corp SSO",
            "https://id.example.com/callback/corp",
            "profile",
            "authorization_endpoint=https://sso.corp.example/oauth/authorize \
             token_endpoint=https://sso.corp.example/oauth/token \
             userinfo_endpoint=https://sso.corp.example/api/me",
        ]
    );
    // Nothing was opened or created where the database would be.
    assert!(!config.parent().unwrap().join("missing").exists());
}

#[test]
fn connector_list_in_json_says_where_the_endpoints_come_from() {
    let config = config_file(TWO_CONNECTORS);
    let out = connector_list(&config, &["--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let google = &listed[0];
    assert_eq!(google["redirect_uri"], "https://id.example.com/callback/google");
    assert_eq!(google["kind"], "oidc");
    assert_eq!(google["discovery"], true);
    assert_eq!(google["issuer"], "https://accounts.google.com");
    assert_eq!(google["client_id"], "google-client");
    assert!(google.get("client_secret").is_none(), "{google}");
    let corp = &listed[1];
    assert_eq!(corp["kind"], "oauth2");
    assert_eq!(corp["preset"], serde_json::Value::Null);
    assert_eq!(corp["discovery"], false);
    assert_eq!(
        corp["endpoints"]["token_endpoint"],
        "https://sso.corp.example/oauth/token"
    );
    assert_eq!(corp["claims"]["subject"], "id");
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        !printed.contains("google-secret") && !printed.contains("corp-secret"),
        "{printed}"
    );
}

#[test]
fn a_bad_connector_declaration_is_refused_naming_its_key() {
    let config = config_file(
        r#"
[[connectors]]
id = "fb"
preset = "facebook"
client_id = "x"
"#,
    );
    let out = connector_list(&config, &[]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("connectors[0].preset"), "{stderr}");
    assert!(out.stdout.is_empty());
}
