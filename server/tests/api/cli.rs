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

fn config_file() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("gatehouse-cli-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("gatehouse.toml");
    std::fs::write(
        &path,
        format!(
            "[database]\nurl = \"sqlite://{}/g.db?mode=rwc\"\n[password_hashing]\nmemory_kib = 1024\niterations = 1\n",
            dir.display()
        ),
    )
    .unwrap();
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
    let out = gatehouse(
        &config,
        &[
            "client",
            "create",
            "--name",
            "Shop",
            "--redirect-uri",
            "https://shop.example/cb",
        ],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("client_id=") && stdout.contains("client_secret="),
        "{stdout}"
    );
    let public = gatehouse(
        &config,
        &[
            "client",
            "create",
            "--name",
            "Spa",
            "--redirect-uri",
            "https://spa.example/cb",
            "--public",
        ],
    );
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
        let mut args = vec![
            "client",
            "create",
            "--name",
            "Shop",
            "--redirect-uri",
            "https://shop.example/cb",
        ];
        args.extend_from_slice(extra);
        let out = gatehouse(&config, &args);
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
    let bad = gatehouse(
        &config,
        &[
            "client",
            "create",
            "--name",
            "Bad",
            "--redirect-uri",
            "https://b.example/cb",
            "--initiate-login-uri",
            "ftp://b.example",
        ],
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("initiate_login_uri"));
}
