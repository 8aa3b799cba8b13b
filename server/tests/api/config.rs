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
            None if section == "clients" => {}
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
        ("listen = \"nowhere\"", "listen"),
        ("trusted_proxies = [\"proxy.internal\"]", "trusted_proxies"),
        ("demo_mode = true\nlisten = \"0.0.0.0:3000\"", "demo_mode"),
        ("[database]\nurl = \"mysql://x\"", "database.url"),
        ("[lockout]\nmax_failed_attempts = 0", "lockout.max_failed_attempts"),
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
    ];
    for (toml, key) in cases {
        let error = load(toml).expect_err(toml);
        assert!(error.contains(&format!("`{key}")), "{toml}: {error}");
    }
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
