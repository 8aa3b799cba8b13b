//! `/api/my-account/mfa`: the account's second factors, backup codes and remembered browsers.

use gatehouse::{
    crypto::totp::TotpSecret,
    service::mfa::{backup, remember},
    storage,
};
use reqwest::{Method, Response, StatusCode};
use serde_json::{Value, json};

use crate::{
    account_client::Tokens,
    helpers::{Flow, TestApp, error_code},
};

/// An app whose users may turn two-factor authentication on.
pub async fn mfa_app() -> TestApp {
    TestApp::spawn_with(|s| s.two_factor.enabled = true).await
}

/// Alice, signed in for the account API: her id and tokens.
pub async fn alice(app: &TestApp) -> (String, Tokens) {
    let id = app.create_user("alice", "alice@example.com").await;
    (id, app.sign_in_for_account(Flow::confidential(), "alice").await)
}

/// The code an authenticator app given `secret` shows now.
pub fn code_now(secret: &str) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    TotpSecret::from_base32(secret).expect("a base32 secret").code_at(now)
}

/// The app's code for the next 30-second step (accepted: one step of drift), which no
/// set-up has used yet.
pub fn code_next(secret: &str) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    TotpSecret::from_base32(secret)
        .expect("a base32 secret")
        .code_at(now + 30)
}

/// A code of the same length that is not `code`.
fn wrong(code: &str) -> String {
    code.chars().map(|c| if c == '0' { '1' } else { '0' }).collect()
}

/// `POST /mfa/totp/secret`, which must succeed: the set-up's id and secret.
pub async fn totp_secret(app: &TestApp, token: &str, verification: &str) -> Value {
    let response = app
        .account_call(Method::POST, "/mfa/totp/secret", token, Some(verification), None)
        .await;
    assert_eq!(response.status(), StatusCode::OK, "{:?}", response.text().await);
    response.json().await.unwrap()
}

async fn add_totp(app: &TestApp, token: &str, verification: Option<&str>, setup: &Value, code: &str) -> Response {
    let body = json!({"verificationId": setup["verificationId"], "code": code});
    app.account_call(Method::POST, "/mfa/totp", token, verification, Some(body))
        .await
}

/// Sets up an authenticator app with its first code: the backup codes returned, if any.
pub async fn enrol_totp(app: &TestApp, token: &str) -> Value {
    let verification = app.verify_account(token).await;
    let setup = totp_secret(app, token, &verification).await;
    let code = code_now(setup["secret"].as_str().unwrap());
    let added = add_totp(app, token, Some(&verification), &setup, &code).await;
    assert_eq!(added.status(), StatusCode::OK, "{:?}", added.text().await);
    added.json().await.unwrap()
}

async fn status(app: &TestApp, token: &str) -> Value {
    let response = app.account_call(Method::GET, "/mfa", token, None, None).await;
    assert_eq!(response.status(), StatusCode::OK, "{:?}", response.text().await);
    response.json().await.unwrap()
}

fn factor_types(status: &Value) -> Vec<&str> {
    status["factors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["type"].as_str().unwrap())
        .collect()
}

async fn email_code(app: &TestApp, token: &str, verification: Option<&str>, enabled: bool) -> Response {
    let body = json!({ "enabled": enabled });
    app.account_call(Method::PUT, "/mfa/email-code", token, verification, Some(body))
        .await
}

async fn new_backup_codes(app: &TestApp, token: &str, verification: Option<&str>) -> Response {
    app.account_call(Method::POST, "/mfa/backup-codes", token, verification, None)
        .await
}

#[tokio::test]
async fn an_authenticator_app_is_added_by_its_first_code_with_ten_backup_codes_shown_once() {
    let app = mfa_app().await;
    let (id, tokens) = alice(&app).await;
    let token = tokens.access.as_str();
    assert_eq!(
        status(&app, token).await,
        json!({
            "enabled": true,
            "required": false,
            "available": ["totp", "emailCode"],
            "factors": [],
            "backupCodesRemaining": 0,
            "rememberedBrowsers": [],
        })
    );

    let verification = app.verify_account(token).await;
    let setup = totp_secret(&app, token, &verification).await;
    let secret = setup["secret"].as_str().unwrap();
    let uri = setup["otpauthUri"].as_str().unwrap();
    assert!(uri.starts_with("otpauth://totp/") && uri.contains("alice"), "{uri}");
    assert!(uri.contains(&format!("secret={secret}")), "{uri}");
    assert!(setup["qr"].as_str().unwrap().starts_with("data:image/svg+xml;base64,"));

    let code = code_now(secret);
    let refused = add_totp(&app, token, Some(&verification), &setup, &wrong(&code)).await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "mfa.invalid_code".into())
    );
    let added = add_totp(&app, token, Some(&verification), &setup, &code).await;
    assert_eq!(added.status(), StatusCode::OK);
    let added: Value = added.json().await.unwrap();
    let codes: Vec<&str> = added["backupCodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(codes.len(), 10);
    assert_eq!(codes.iter().collect::<std::collections::HashSet<_>>().len(), 10);

    let now = status(&app, token).await;
    assert_eq!(factor_types(&now), ["totp"]);
    assert!(now["factors"][0]["createdAt"].is_string());
    assert_eq!(now["backupCodesRemaining"], 10);
    // The codes shown are the account's, and the stored secret gives the app's codes; the code
    // that added the app is used up.
    assert_eq!(backup::redeem(&app.state, &id, codes[0]).await.unwrap(), Some(9));
    assert!(
        gatehouse::service::mfa::totp::verify(&app.state, &id, &code)
            .await
            .is_err()
    );
    gatehouse::service::mfa::totp::verify(&app.state, &id, &code_next(setup["secret"].as_str().unwrap()))
        .await
        .expect("the app's next code signs in");

    // One app per account; the same set-up does not add it twice.
    let again = app
        .account_call(Method::POST, "/mfa/totp/secret", token, Some(&verification), None)
        .await;
    assert_eq!(
        error_code(again).await,
        (StatusCode::CONFLICT, "mfa.already_enrolled".into())
    );
    let replayed = add_totp(&app, token, Some(&verification), &setup, &code).await;
    assert_eq!(error_code(replayed).await.1, "mfa.already_enrolled");
    app.wait_for_mail("alice@example.com", 1).await;
}

#[tokio::test]
async fn removing_the_last_factor_removes_the_backup_codes() {
    let app = mfa_app().await;
    let (_, tokens) = alice(&app).await;
    let token = tokens.access.as_str();
    enrol_totp(&app, token).await;
    let verification = app.verify_account(token).await;
    let on = email_code(&app, token, Some(&verification), true).await;
    assert_eq!(on.status(), StatusCode::NO_CONTENT);

    let removed = app
        .account_call(Method::DELETE, "/mfa/totp", token, Some(&verification), None)
        .await;
    assert_eq!(removed.status(), StatusCode::NO_CONTENT);
    let now = status(&app, token).await;
    assert_eq!(factor_types(&now), ["emailCode"]);
    assert_eq!(now["backupCodesRemaining"], 10, "codes stay while a factor does");
    let twice = app
        .account_call(Method::DELETE, "/mfa/totp", token, Some(&verification), None)
        .await;
    assert_eq!(
        error_code(twice).await,
        (StatusCode::NOT_FOUND, "mfa.not_enrolled".into())
    );

    let off = email_code(&app, token, Some(&verification), false).await;
    assert_eq!(off.status(), StatusCode::NO_CONTENT);
    let now = status(&app, token).await;
    assert_eq!(now["factors"], json!([]));
    assert_eq!(now["backupCodesRemaining"], 0);
    let off_again = email_code(&app, token, Some(&verification), false).await;
    assert_eq!(error_code(off_again).await.1, "mfa.not_enrolled");
    // Adding the app again gives a fresh set of codes, as a first factor.
    assert_eq!(
        enrol_totp(&app, token).await["backupCodes"].as_array().unwrap().len(),
        10
    );
}

#[tokio::test]
async fn codes_by_email_need_a_confirmed_address_and_bring_no_backup_codes() {
    let app = mfa_app().await;
    let (id, tokens) = alice(&app).await;
    let token = tokens.access.as_str();
    let verification = app.verify_account(token).await;
    storage::Conn::execute_unprepared(
        &app.state.db,
        &format!("UPDATE users SET email_verified = false WHERE id = '{id}'"),
    )
    .await
    .unwrap();
    let unconfirmed = email_code(&app, token, Some(&verification), true).await;
    assert_eq!(error_code(unconfirmed).await.1, "account.no_confirmed_email");
    storage::Conn::execute_unprepared(
        &app.state.db,
        &format!("UPDATE users SET email_verified = true WHERE id = '{id}'"),
    )
    .await
    .unwrap();

    let on = email_code(&app, token, Some(&verification), true).await;
    assert_eq!(on.status(), StatusCode::NO_CONTENT);
    let now = status(&app, token).await;
    assert_eq!(factor_types(&now), ["emailCode"]);
    assert_eq!(now["backupCodesRemaining"], 0);
    let twice = email_code(&app, token, Some(&verification), true).await;
    assert_eq!(
        error_code(twice).await,
        (StatusCode::CONFLICT, "mfa.already_enrolled".into())
    );
    // The app added second brings no codes either: the account had a factor.
    let added = enrol_totp(&app, token).await;
    assert!(added.get("backupCodes").is_none(), "{added}");
    let made = new_backup_codes(&app, token, Some(&verification)).await;
    assert_eq!(made.status(), StatusCode::OK);
    let made: Value = made.json().await.unwrap();
    assert_eq!(made["backupCodes"].as_array().unwrap().len(), 10);
    assert_eq!(status(&app, token).await["backupCodesRemaining"], 10);
}

#[tokio::test]
async fn new_backup_codes_replace_the_old_ones() {
    let app = mfa_app().await;
    let (id, tokens) = alice(&app).await;
    let token = tokens.access.as_str();
    let first = enrol_totp(&app, token).await["backupCodes"].clone();
    let old = |i: usize| first[i].as_str().unwrap().to_owned();
    assert_eq!(backup::redeem(&app.state, &id, &old(0)).await.unwrap(), Some(9));

    let verification = app.verify_account(token).await;
    let made: Value = new_backup_codes(&app, token, Some(&verification))
        .await
        .json()
        .await
        .unwrap();
    let new = made["backupCodes"].as_array().unwrap();
    assert_eq!(new.len(), 10);
    assert_eq!(backup::left(&app.state, &id).await.unwrap(), 10);
    assert_eq!(backup::redeem(&app.state, &id, &old(1)).await.unwrap(), None);
    assert_eq!(
        backup::redeem(&app.state, &id, new[0].as_str().unwrap()).await.unwrap(),
        Some(9)
    );

    // Backup codes come with a factor only.
    let bob_browser = app.new_browser();
    app.create_user("bob", "bob@example.com").await;
    let bob = bob_browser
        .sign_in_for_account(Flow::confidential(), "bob")
        .await
        .access;
    let bobs = bob_browser.verify_account(&bob).await;
    let none = new_backup_codes(&bob_browser, &bob, Some(&bobs)).await;
    assert_eq!(
        error_code(none).await,
        (StatusCode::NOT_FOUND, "mfa.not_enrolled".into())
    );
}

#[tokio::test]
async fn every_change_needs_a_verification_and_signs_out_the_other_sessions() {
    let app = mfa_app().await;
    let (_, here) = alice(&app).await;
    let token = here.access.as_str();
    let verification = app.verify_account(token).await;
    let setup = totp_secret(&app, token, &verification).await;
    let code = code_now(setup["secret"].as_str().unwrap());

    let unverified = [
        app.account_call(Method::POST, "/mfa/totp/secret", token, None, None)
            .await,
        add_totp(&app, token, None, &setup, &code).await,
        app.account_call(Method::DELETE, "/mfa/totp", token, None, None).await,
        email_code(&app, token, None, true).await,
        new_backup_codes(&app, token, None).await,
    ];
    for refused in unverified {
        assert_eq!(
            error_code(refused).await,
            (StatusCode::UNAUTHORIZED, "account.verification_required".into())
        );
    }

    let v = Some(verification.as_str());
    // The other sessions start on an instance with two-factor sign-in off (same database):
    // once alice has an app, each would otherwise need a fresh 30-second step of it.
    let password_only = app.second_instance_with(|s| s.two_factor.enabled = false).await;
    for change in ["add app", "email on", "backup codes", "email off", "remove app"] {
        let other = password_only.new_browser();
        let there = other.sign_in_for_account(Flow::confidential(), "alice").await;
        let done = match change {
            "add app" => add_totp(&app, token, v, &setup, &code).await,
            "email on" => email_code(&app, token, v, true).await,
            "backup codes" => new_backup_codes(&app, token, v).await,
            "email off" => email_code(&app, token, v, false).await,
            _ => app.account_call(Method::DELETE, "/mfa/totp", token, v, None).await,
        };
        assert!(done.status().is_success(), "{change}: {:?}", done.text().await);
        let signed_out = app.account_call(Method::GET, "/mfa", &there.access, None, None).await;
        assert_eq!(error_code(signed_out).await.1, "account.invalid_token", "{change}");
        status(&app, token).await;
    }
    // Each change told the owner (the first mail was none of them: no code was sent).
    app.wait_for_mail("alice@example.com", 5).await;
}

#[tokio::test]
async fn remembered_browsers_are_listed_and_forgotten() {
    let app = mfa_app().await;
    let (id, tokens) = alice(&app).await;
    let token = tokens.access.as_str();
    let user = storage::users::find(&app.state.db, &id).await.unwrap().unwrap();
    remember::remember(&app.state, &user, Some("Firefox on the laptop"))
        .await
        .unwrap();
    remember::remember(&app.state, &user, None).await.unwrap();

    let listed = status(&app, token).await["rememberedBrowsers"].clone();
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 2);
    let laptop = listed
        .iter()
        .find(|b| b["userAgent"] == "Firefox on the laptop")
        .unwrap();
    let other = listed.iter().find(|b| b != &laptop).unwrap();
    assert!(other.get("userAgent").is_none(), "left out, not null: {other}");
    assert!(laptop["createdAt"].is_string() && laptop["expiresAt"].is_string());

    let path = format!("/mfa/remembered-browsers/{}", laptop["id"].as_str().unwrap());
    let forgotten = app.account_call(Method::DELETE, &path, token, None, None).await;
    assert_eq!(forgotten.status(), StatusCode::NO_CONTENT);
    let again = app.account_call(Method::DELETE, &path, token, None, None).await;
    assert_eq!(
        error_code(again).await,
        (StatusCode::NOT_FOUND, "mfa.browser_not_found".into())
    );
    let all: Value = app
        .account_call(Method::DELETE, "/mfa/remembered-browsers", token, None, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(all, json!({"ended": 1}));
    assert_eq!(status(&app, token).await["rememberedBrowsers"], json!([]));

    // A change of factors is a new security stamp, which forgets every browser.
    remember::remember(&app.state, &user, None).await.unwrap();
    assert_eq!(
        status(&app, token).await["rememberedBrowsers"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let verification = app.verify_account(token).await;
    email_code(&app, token, Some(&verification), true).await;
    assert_eq!(status(&app, token).await["rememberedBrowsers"], json!([]));
}

#[tokio::test]
async fn with_two_factor_off_nothing_is_offered_or_changed() {
    let app = TestApp::spawn().await;
    let (_, tokens) = alice(&app).await;
    let token = tokens.access.as_str();
    let now = status(&app, token).await;
    assert_eq!(now["enabled"], false);
    assert_eq!(now["available"], json!([]));
    let v = app.verify_account(token).await;
    let v = Some(v.as_str());
    let setup = json!({"verificationId": "none"});
    let refused = [
        app.account_call(Method::POST, "/mfa/totp/secret", token, v, None).await,
        add_totp(&app, token, v, &setup, "123456").await,
        app.account_call(Method::DELETE, "/mfa/totp", token, v, None).await,
        email_code(&app, token, v, true).await,
        email_code(&app, token, v, false).await,
        new_backup_codes(&app, token, v).await,
    ];
    for answer in refused {
        assert_eq!(error_code(answer).await, (StatusCode::FORBIDDEN, "mfa.disabled".into()));
    }
    // Taking access away always works.
    let forgotten = app
        .account_call(Method::DELETE, "/mfa/remembered-browsers", token, None, None)
        .await;
    assert_eq!(forgotten.status(), StatusCode::OK);
}

#[tokio::test]
async fn only_the_factors_the_server_offers_can_be_turned_on() {
    let app = TestApp::spawn_with(|s| {
        s.two_factor.enabled = true;
        s.two_factor.factors = vec!["totp".into()];
    })
    .await;
    let (_, tokens) = alice(&app).await;
    let token = tokens.access.as_str();
    assert_eq!(status(&app, token).await["available"], json!(["totp"]));
    let v = app.verify_account(token).await;
    let email = email_code(&app, token, Some(&v), true).await;
    assert_eq!(
        error_code(email).await,
        (StatusCode::FORBIDDEN, "mfa.not_available".into())
    );
    // Without `backup_code` offered, the first factor brings no codes, nor can they be made.
    let added = enrol_totp(&app, token).await;
    assert!(added.get("backupCodes").is_none(), "{added}");
    let codes = new_backup_codes(&app, token, Some(&v)).await;
    assert_eq!(error_code(codes).await.1, "mfa.not_available");
}

#[tokio::test]
async fn deleting_the_account_removes_its_second_factors() {
    let app = mfa_app().await;
    let (id, tokens) = alice(&app).await;
    let token = tokens.access.as_str();
    enrol_totp(&app, token).await;
    let user = storage::users::find(&app.state.db, &id).await.unwrap().unwrap();
    remember::remember(&app.state, &user, None).await.unwrap();
    let verification = app.verify_account(token).await;
    let deleted = app
        .account_call(Method::DELETE, "", token, Some(&verification), None)
        .await;
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    assert!(storage::mfa::factors_of(&app.state.db, &id).await.unwrap().is_empty());
    assert_eq!(storage::mfa::backup_codes_left(&app.state.db, &id).await.unwrap(), 0);
    assert_eq!(
        storage::mfa::forget_browsers(&app.state.db, &id, None).await.unwrap(),
        0
    );
}
