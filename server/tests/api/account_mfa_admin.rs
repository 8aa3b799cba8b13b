//! What an operator does to second factors: `gatehouse user mfa reset`, and `gatehouse secrets
//! rotate-kek` re-sealing the authenticator apps' secrets.

use gatehouse::{
    crypto::kek::{Kek, sealed_by},
    service::mfa::{remember, totp},
    storage,
};
use reqwest::{Method, StatusCode};
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;

use crate::{
    account_mfa::{alice, code_next, code_now, enrol_totp, mfa_app, totp_secret},
    helpers::{Flow, TestApp, error_code},
};

fn json_of(out: &std::process::Output) -> Value {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

#[tokio::test]
async fn user_mfa_reset_removes_everything_second_factor_and_signs_the_account_out() {
    let app = mfa_app().await;
    let (id, tokens) = alice(&app).await;
    enrol_totp(&app, &tokens.access).await;
    // A set-up under way (the API refuses one beside an app: as if it began before), and a
    // remembered browser.
    totp::start(&app.state, &id, "alice").await.unwrap();
    let user = storage::users::find(&app.state.db, &id).await.unwrap().unwrap();
    remember::remember(&app.state, &user, None).await.unwrap();

    let reset = json_of(&app.run_cli(&["--json", "user", "mfa", "reset", "--username", "alice"]));
    assert_eq!(reset["id"], id.as_str());
    assert_eq!(reset["factors"], 1);
    assert_eq!(reset["backup_codes"], 10);
    assert_eq!(reset["enrolments"], 2, "the one used and the one under way: {reset}");
    assert_eq!(reset["remembered_browsers"], 1);
    assert_eq!(reset["sessions_ended"], 1);
    assert!(storage::mfa::factors_of(&app.state.db, &id).await.unwrap().is_empty());
    assert_eq!(storage::mfa::backup_codes_left(&app.state.db, &id).await.unwrap(), 0);
    let after = storage::users::find(&app.state.db, &id).await.unwrap().unwrap();
    assert_ne!(after.security_stamp, user.security_stamp);

    // Signed out everywhere; the password alone signs in again.
    let refused = app.account_call(Method::GET, "/mfa", &tokens.access, None, None).await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::UNAUTHORIZED, "account.invalid_token".into())
    );
    let fresh = app.new_browser();
    let again = fresh.sign_in_for_account(Flow::confidential(), "alice").await;
    let verification = fresh.verify_account(&again.access).await;
    totp_secret(&fresh, &again.access, &verification).await;

    // By address too, in text; nothing left the second time.
    let by_email = app.run_cli(&["user", "mfa", "reset", "--email", "Alice@Example.com"]);
    assert!(by_email.status.success(), "{by_email:?}");
    let text = String::from_utf8(by_email.stdout).unwrap();
    assert!(text.contains(&id) && text.contains("removed 0 factors"), "{text}");
}

#[tokio::test]
async fn user_mfa_reset_names_the_account_it_cannot_find() {
    let app = TestApp::spawn().await;
    for args in [["--username", "nobody"], ["--email", "nobody@example.com"]] {
        let mut all = vec!["user", "mfa", "reset"];
        all.extend(args);
        let out = app.run_cli(&all);
        assert_eq!(out.status.code(), Some(3), "{out:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("user.not_found"));
    }
    let neither = app.run_cli(&["user", "mfa", "reset"]);
    assert_eq!(neither.status.code(), Some(2));
}

#[tokio::test]
async fn rotate_kek_re_seals_the_authenticator_secrets() {
    let app = mfa_app().await;
    let (alice_id, tokens) = alice(&app).await;
    enrol_totp(&app, &tokens.access).await;
    // Bob's set-up waits for its first code across the rotation.
    let bob_id = app.create_user("bob", "bob@example.com").await;
    let bob_browser = app.new_browser();
    let bob = bob_browser
        .sign_in_for_account(Flow::confidential(), "bob")
        .await
        .access;
    let bob_verification = bob_browser.verify_account(&bob).await;
    let bob_setup = totp_secret(&bob_browser, &bob, &bob_verification).await;
    let before = storage::mfa_secrets::all(&app.state.db).await.unwrap();
    assert_eq!(before.len(), 3, "alice's factor and used set-up, bob's set-up");

    let new = Kek::generate().expose_secret().to_owned();
    let new_file = std::env::temp_dir().join(format!("gatehouse-kek-{}", uuid::Uuid::new_v4().simple()));
    std::fs::write(&new_file, format!("{new}\n")).unwrap();
    let out = app.run_cli(&["secrets", "rotate-kek", "--new-kek-file", new_file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let new_id = Kek::parse(&SecretString::from(new.clone())).unwrap().id().to_owned();
    let after = storage::mfa_secrets::all(&app.state.db).await.unwrap();
    assert_eq!(after.len(), 3);
    for stored in &after {
        assert_eq!(sealed_by(&stored.sealed), Some(new_id.as_str()), "{stored:?}");
    }

    // An instance with the new KEK alone reads them: alice's app and bob's set-up work.
    let rolled = app
        .second_instance_with(|s| {
            s.two_factor.enabled = true;
            s.secrets.kek = Some(SecretString::from(new.clone()));
            s.secrets.previous_kek = None;
        })
        .await;
    let alice_secret = {
        let factor = storage::mfa::factors_of(&rolled.state.db, &alice_id).await.unwrap();
        let sealed = factor[0].secret_sealed.clone().unwrap();
        let plain = rolled.state.keks.open(&sealed, &totp::sealing_row(&alice_id)).unwrap();
        String::from_utf8(plain).unwrap()
    };
    totp::verify(&rolled.state, &alice_id, &code_next(&alice_secret))
        .await
        .expect("alice's app still signs in");
    let bob_code = code_now(bob_setup["secret"].as_str().unwrap());
    totp::confirm(
        &rolled.state,
        &bob_id,
        bob_setup["verificationId"].as_str().unwrap(),
        &bob_code,
    )
    .await
    .expect("bob's set-up takes its first code");
}
