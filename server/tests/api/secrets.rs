//! Secrets at rest: the database holds the signing keys and the HMAC key only sealed under the
//! key-encryption key (KEK), so that a dump of it can sign nothing.

use base64::{Engine, engine::general_purpose::STANDARD};
use gatehouse::{
    crypto::kek::{Kek, Keks, is_sealed},
    service, storage,
};
use secrecy::SecretString;

use crate::{
    helpers::{CONFIDENTIAL, Flow, TEST_KEK, TestApp, verify_jwt},
    keys::id_token,
};

fn kek(encoded: &str) -> Kek {
    Kek::parse(&SecretString::from(encoded)).unwrap()
}

fn new_kek_file() -> (std::path::PathBuf, String) {
    let encoded = secrecy::ExposeSecret::expose_secret(&Kek::generate()).to_owned();
    let path = std::env::temp_dir().join(format!("gatehouse-kek-{}", uuid::Uuid::new_v4().simple()));
    std::fs::write(&path, format!("{encoded}\n")).unwrap();
    (path, encoded)
}

/// Every secret in clear: the private keys' PKCS#8 DER and the HMAC key.
async fn plaintext_secrets(app: &TestApp) -> Vec<Vec<u8>> {
    let mut secrets = Vec::new();
    for (kid, stored) in storage::keys::stored_private_keys(&app.state.db).await.unwrap() {
        secrets.push(app.state.keks.open(&stored, &storage::keys::sealed_row(&kid)).unwrap());
    }
    for (name, stored) in storage::server_secrets::all(&app.state.db).await.unwrap() {
        secrets.push(
            app.state
                .keks
                .open(&stored, &storage::server_secrets::sealed_row(&name))
                .unwrap(),
        );
    }
    assert!(secrets.len() >= 3, "two signing keys and the HMAC key");
    secrets
}

/// What a backup of the database holds: `pg_dump` on PostgreSQL when it is installed, the
/// database files on SQLite, and otherwise every stored secret column as SELECTed.
async fn dump(app: &TestApp) -> Vec<u8> {
    let url = &app.settings.database.url;
    if let Some(path) = url.strip_prefix("sqlite://") {
        let path = path.split('?').next().unwrap();
        let mut bytes = std::fs::read(path).unwrap();
        bytes.extend(std::fs::read(format!("{path}-wal")).unwrap_or_default());
        return bytes;
    }
    if let Ok(out) = std::process::Command::new("pg_dump").arg(url).output()
        && out.status.success()
    {
        return out.stdout;
    }
    let mut text = String::new();
    for (kid, stored) in storage::keys::stored_private_keys(&app.state.db).await.unwrap() {
        text += &format!("{kid}\t{stored}\n");
    }
    for (name, stored) in storage::server_secrets::all(&app.state.db).await.unwrap() {
        text += &format!("{name}\t{stored}\n");
    }
    text.into_bytes()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test]
async fn a_dump_of_the_database_holds_no_usable_key() {
    let app = TestApp::spawn().await;
    for (_, stored) in storage::keys::stored_private_keys(&app.state.db).await.unwrap() {
        assert!(is_sealed(&stored), "{stored}");
    }
    for (_, stored) in storage::server_secrets::all(&app.state.db).await.unwrap() {
        assert!(is_sealed(&stored), "{stored}");
    }
    let dump = dump(&app).await;
    // The dump does hold the rows, in their sealed form.
    for (_, stored) in storage::keys::stored_private_keys(&app.state.db).await.unwrap() {
        assert!(contains(&dump, stored.as_bytes()), "the dump lacks {stored}");
    }
    for secret in plaintext_secrets(&app).await {
        // Any 16 bytes in a row of a secret (the EC scalar is 32): raw, base64 or hex.
        for window in secret.windows(16).step_by(8) {
            assert!(!contains(&dump, window), "raw secret bytes in the dump");
        }
        let text = String::from_utf8_lossy(&secret).into_owned();
        assert!(!contains(&dump, STANDARD.encode(&secret).as_bytes()));
        assert!(!contains(&dump, hex(&secret).as_bytes()));
        assert!(!contains(&dump, text.as_bytes()) || text.len() < 16);
    }
    // The stored form is useless under any other key.
    let wrong = Keks {
        current: Kek::parse(&Kek::generate()).unwrap(),
        previous: None,
    };
    for (kid, stored) in storage::keys::stored_private_keys(&app.state.db).await.unwrap() {
        assert!(wrong.open(&stored, &storage::keys::sealed_row(&kid)).is_err());
    }
}

#[tokio::test]
async fn a_database_from_before_sealing_is_sealed_at_start_and_its_tokens_still_verify() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    let before = id_token(&app, &Flow::confidential()).await;
    let jwks = app.jwks().await;
    // Back to the stored form of earlier versions: base64 PKCS#8 and the HMAC key in clear.
    let db = &app.state.db;
    for (kid, stored) in storage::keys::stored_private_keys(db).await.unwrap() {
        let der = app.state.keks.open(&stored, &storage::keys::sealed_row(&kid)).unwrap();
        assert!(
            storage::keys::replace_private_key(db, &kid, &stored, &STANDARD.encode(der))
                .await
                .unwrap()
        );
    }
    for (name, stored) in storage::server_secrets::all(db).await.unwrap() {
        let plain = app
            .state
            .keks
            .open(&stored, &storage::server_secrets::sealed_row(&name))
            .unwrap();
        let plain = String::from_utf8(plain).unwrap();
        assert!(
            storage::server_secrets::replace(db, &name, &stored, &plain)
                .await
                .unwrap()
        );
    }

    let upgraded = app.second_instance().await;
    for (_, stored) in storage::keys::stored_private_keys(db).await.unwrap() {
        assert!(is_sealed(&stored), "{stored}");
    }
    for (_, stored) in storage::server_secrets::all(db).await.unwrap() {
        assert!(is_sealed(&stored), "{stored}");
    }
    assert_eq!(upgraded.jwks().await, jwks);
    verify_jwt(&upgraded.jwks().await, &before, &upgraded.issuer(), CONFIDENTIAL);
    let after = id_token(&upgraded, &Flow::confidential().with("prompt", "login")).await;
    verify_jwt(&jwks, &after, &upgraded.issuer(), CONFIDENTIAL);
}

#[tokio::test]
async fn rotate_kek_re_seals_everything_and_the_old_kek_alone_no_longer_reads_it() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    let before = id_token(&app, &Flow::confidential()).await;
    let jwks = app.jwks().await;
    let dir = std::env::temp_dir().join(format!("gatehouse-rotate-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("gatehouse.toml");
    std::fs::write(
        &config,
        format!(
            "[database]\nurl = \"{}\"\n[secrets]\nkek = \"{TEST_KEK}\"\n",
            app.settings.database.url
        ),
    )
    .unwrap();
    let (new_file, new) = new_kek_file();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gatehouse"))
        .arg("--config")
        .arg(&config)
        .args(["secrets", "rotate-kek", "--new-kek-file"])
        .arg(&new_file)
        .env("GATEHOUSE__LOG__LEVEL", "warn")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for (_, stored) in storage::keys::stored_private_keys(&app.state.db).await.unwrap() {
        assert_eq!(gatehouse::crypto::kek::sealed_by(&stored), Some(kek(&new).id()));
    }

    let mut old_only = app.settings.clone();
    old_only.secrets.kek = Some(SecretString::from(TEST_KEK));
    let refused = match gatehouse::app::state(old_only).await {
        Ok(_) => panic!("started with a KEK that seals nothing stored"),
        Err(e) => e.to_string(),
    };
    assert!(refused.contains("secrets.kek"), "{refused}");

    let rolled = app
        .second_instance_with(|s| {
            s.secrets.kek = Some(SecretString::from(new.clone()));
            s.secrets.previous_kek = Some(SecretString::from(TEST_KEK));
        })
        .await;
    assert_eq!(rolled.jwks().await, jwks);
    verify_jwt(&rolled.jwks().await, &before, &rolled.issuer(), CONFIDENTIAL);
    let after = id_token(&rolled, &Flow::confidential().with("prompt", "login")).await;
    verify_jwt(&jwks, &after, &rolled.issuer(), CONFIDENTIAL);
}

#[test]
fn a_malformed_kek_is_refused_naming_its_key() {
    for (key, value) in [
        ("kek", "short"),
        ("kek", "QUJD"),
        ("previous_kek", "not base64 at all!"),
    ] {
        let path = std::env::temp_dir().join(format!("gatehouse-bad-kek-{}.toml", uuid::Uuid::new_v4().simple()));
        std::fs::write(&path, format!("[secrets]\n{key} = \"{value}\"\n")).unwrap();
        let err = gatehouse::config::Settings::load(Some(&path)).unwrap_err();
        assert_eq!(err.key, format!("secrets.{key}"));
    }
}

#[test]
fn the_kek_may_come_from_a_file_and_is_required_outside_the_demo() {
    let (file, encoded) = new_kek_file();
    let mut settings = gatehouse::config::Settings::default();
    let missing = service::secrets::keks(&settings).err().expect("no KEK configured");
    assert!(missing.to_string().contains("secrets.kek"), "{missing}");
    settings.secrets.kek_file = Some(file.display().to_string());
    let keks = service::secrets::keks(&settings).unwrap();
    assert_eq!(keks.current.id(), kek(&encoded).id());
    std::fs::write(&file, "not a key").unwrap();
    let bad = service::secrets::keks(&settings).err().expect("a malformed file");
    assert!(bad.to_string().contains("secrets.kek_file"), "{bad}");
}
