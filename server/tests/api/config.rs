use std::path::PathBuf;

use gatehouse::config::Settings;

fn load(toml: &str) -> Result<Settings, String> {
    let path = std::env::temp_dir().join(format!("gatehouse-config-{}.toml", uuid::Uuid::new_v4().simple()));
    std::fs::write(&path, toml).unwrap();
    let result = Settings::load(Some(&path)).map_err(|e| e.to_string());
    std::fs::remove_file(path).ok();
    result
}

#[test]
fn the_documented_defaults_are_the_defaults() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("config/default.toml");
    let documented = Settings::load(Some(&path)).expect("config/default.toml loads");
    let defaults = Settings::default();
    assert_eq!(toml_of(&documented), toml_of(&defaults));
}

#[test]
fn every_key_is_documented_in_default_toml() {
    let documented =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("config/default.toml")).unwrap();
    let defaults = serde_json::to_value(Settings::default()).unwrap();
    let mut missing = Vec::new();
    for (section, value) in defaults.as_object().unwrap() {
        match value.as_object() {
            Some(keys) => {
                if !documented.contains(&format!("[{section}]")) {
                    missing.push(section.clone());
                }
                for key in keys.keys() {
                    let written = [format!("\n{key} ="), format!("\n# {key} =")];
                    if !written.iter().any(|w| documented.contains(w.as_str())) {
                        missing.push(format!("{section}.{key}"));
                    }
                }
            }
            None if section == "clients" || section == "connectors" => {}
            None => {
                if !documented.contains(&format!("\n{section} =")) {
                    missing.push(section.clone());
                }
            }
        }
    }
    assert!(missing.is_empty(), "undocumented in config/default.toml: {missing:?}");
}

fn toml_of(settings: &Settings) -> serde_json::Value {
    let mut value = serde_json::to_value(settings).unwrap();
    // Machine-dependent default.
    value["password_hashing"]["max_concurrent"] = serde_json::Value::Null;
    value
}

#[test]
fn bad_values_are_refused_naming_their_key() {
    let cases = [
        ("[sign_in]\nlocal_by_email = \"maybe\"", "sign_in.local_by_email"),
        (
            "[oidc]\nauthorization_code_lifetime = \"11m\"",
            "oidc.authorization_code_lifetime",
        ),
        ("[session]\nlifetime = \"forever\"", "session.lifetime"),
        ("[session]\ncookie_secure = \"sometimes\"", "session.cookie_secure"),
        ("[two_factor]\ncookie_lifetime = \"10m\"", "two_factor.cookie_lifetime"),
        ("public_url = \"ftp://x\"", "public_url"),
        (
            "[experience]\nallowed_origins = [\"http://127.0.0.1:5199/sign-in\"]",
            "experience.allowed_origins",
        ),
        ("listen = \"nowhere\"", "listen"),
        ("trusted_proxies = [\"proxy.internal\"]", "trusted_proxies"),
        ("demo_mode = true\nlisten = \"0.0.0.0:3000\"", "demo_mode"),
        // Behind a reverse proxy on the same host, every client would look loopback.
        ("demo_mode = true\npublic_url = \"https://id.example.com\"", "demo_mode"),
        ("[two_factor]\nrequired = true", "two_factor.required"),
        (
            "[two_factor]\nenabled = true\nfactors = [\"sms\"]",
            "two_factor.factors",
        ),
        (
            "[session]\nsecurity_stamp_validate_interval = \"30m\"",
            "session.security_stamp_validate_interval",
        ),
        (
            "[rate_limits]\npassword_per_ip = { max = 0, window = \"1m\" }",
            "rate_limits.password_per_ip.max",
        ),
        ("[database]\nurl = \"mysql://x\"", "database.url"),
        ("[lockout]\nmax_failed_attempts = 0", "lockout.max_failed_attempts"),
        // The bundled app and the API live at the root of the host.
        ("public_url = \"https://corp.example/auth\"", "public_url"),
        ("listen = \"no-such-host.invalid:3000\"", "listen"),
        (
            "[database]\nurl_file = \"/nonexistent/gatehouse-url\"",
            "database.url_file",
        ),
        ("[http]\nheader_read_timeout = \"0s\"", "http.header_read_timeout"),
        ("[http]\nmax_connections = 0", "http.max_connections"),
        ("[http]\nmax_body_bytes = 1000", "http.max_body_bytes"),
        ("[sign_in]\nno_such_key = true", "sign_in"),
        (
            "[[clients]]\nclient_id = \"a\"\nclient_secret = \"short\"\nredirect_uris = [\"https://a/cb\"]",
            "clients[0].client_secret",
        ),
        (
            "[[clients]]\nclient_id = \"a\"\nredirect_uris = [\"not a url\"]",
            "clients[0].redirect_uris",
        ),
        (
            "[[clients]]\nclient_id = \"a\"\nredirect_uris = [\"https://a/cb\"]\nscopes = [\"admin\"]",
            "clients[0].scopes",
        ),
        (
            "[[clients]]\nclient_id = \"a\"\nredirect_uris = [\"https://a/cb\"]\nresource_server = true",
            "clients[0].resource_server",
        ),
    ];
    for (toml, key) in cases {
        let error = load(toml).expect_err(toml);
        assert!(error.contains(&format!("`{key}")), "{toml}: {error}");
    }
}

#[test]
fn demo_mode_is_allowed_on_a_loopback_address() {
    for url in ["http://127.0.0.1:3000", "http://localhost:3000", "http://[::1]:3000"] {
        let settings = load(&format!("demo_mode = true\npublic_url = \"{url}\"")).expect(url);
        assert!(settings.demo_mode);
    }
    assert!(!load("[two_factor]\nenabled = false").unwrap().two_factor.enabled);
}

#[test]
fn durations_are_written_as_people_write_them() {
    let settings = load("[lockout]\nduration = \"30min\"\n[session]\nlifetime = \"7d\"").unwrap();
    assert_eq!(settings.lockout.duration.as_secs(), 1800);
    assert_eq!(settings.session.lifetime.as_secs(), 7 * 86400);
    assert_eq!(
        load("public_url = \"http://x.test/\"").unwrap().public_url,
        "http://x.test"
    );
}

fn secret_file(content: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("gatehouse-secret-{}", uuid::Uuid::new_v4().simple()));
    std::fs::write(&path, content).unwrap();
    path
}

#[test]
fn secrets_may_come_from_files() {
    let url = secret_file("sqlite://from-a-file.db?mode=rwc\n");
    let password = secret_file("digits-or-not 123\n");
    let client = secret_file("a-client-secret-from-a-file");
    let settings = load(&format!(
        "[database]\nurl_file = {url:?}\n[email]\nsmtp_password_file = {password:?}\n\
         [[clients]]\nclient_id = \"a\"\nclient_secret_file = {client:?}\nredirect_uris = [\"https://a/cb\"]"
    ))
    .unwrap();
    assert_eq!(settings.database.url, "sqlite://from-a-file.db?mode=rwc");
    use secrecy::ExposeSecret;
    assert_eq!(
        settings.email.smtp_password.as_ref().unwrap().expose_secret(),
        "digits-or-not 123"
    );
    assert_eq!(
        settings.clients[0].client_secret.as_ref().unwrap().expose_secret(),
        "a-client-secret-from-a-file"
    );
    let both = load(&format!("[database]\nurl = \"sqlite://x\"\nurl_file = {url:?}")).unwrap_err();
    assert!(both.contains("`database.url_file`"), "{both}");
}

#[test]
fn listen_takes_a_host_name() {
    let settings = load("listen = \"localhost:3000\"").unwrap();
    assert_eq!(settings.listen, "localhost:3000");
}

/// Environment values are taken as the text they are: an SMTP password of digits is a
/// password, and a database URL may come from a file named by `..._FILE`. Run through the
/// binary, as tests share one process environment.
#[test]
fn environment_values_are_strings_and_files_name_secrets() {
    let dir = std::env::temp_dir().join(format!("gatehouse-env-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let database = dir.join("from-env-file.db");
    let url = secret_file(&format!("sqlite://{}?mode=rwc\n", database.display()));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gatehouse"))
        .arg("migrate")
        .env("GATEHOUSE__EMAIL__SMTP_PASSWORD", "123456")
        .env("GATEHOUSE__SECRETS__KEK", crate::helpers::TEST_KEK)
        .env("GATEHOUSE__EMAIL__SMTP_PORT", "2525")
        .env("GATEHOUSE__DATABASE__URL_FILE", &url)
        .env("GATEHOUSE__LOG__LEVEL", "warn")
        .env_remove("GATEHOUSE_CONFIG")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(database.is_file(), "the URL from the file was used");
}
