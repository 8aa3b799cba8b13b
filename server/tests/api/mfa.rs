//! The second factor of a sign-in: authenticator-app codes, backup codes, mailed codes,
//! remembered browsers, required enrolment, lockout, and what tokens say about it.

use gatehouse::{
    config::Span,
    crypto::totp::TotpSecret,
    service::mfa::{backup, totp},
    storage,
};
use reqwest::{Response, StatusCode};
use serde_json::{Value, json};

use crate::{
    helpers::{Flow, PASSWORD, TestApp, error_code, location, query_param, verify_jwt},
    mail::code_in,
};

async fn app_with(change: impl FnOnce(&mut gatehouse::config::Settings)) -> TestApp {
    TestApp::spawn_with(|s| {
        s.two_factor.enabled = true;
        change(s);
    })
    .await
}

fn now_seconds() -> u64 {
    u64::try_from(chrono::Utc::now().timestamp()).unwrap()
}

/// A code of the app for the current 30-second step.
pub(crate) fn current_code(secret: &TotpSecret) -> String {
    secret.code_at(now_seconds())
}

fn other_code(code: &str) -> String {
    let n: u32 = code.parse().unwrap();
    format!("{:06}", (n + 1) % 1_000_000)
}

impl TestApp {
    /// The user sets up an authenticator app (as the account pages do), confirming it with the
    /// previous step's code (within the drift allowed) so that the current step's code is
    /// still unused; the app's secret.
    pub(crate) async fn set_up_authenticator(&self, user_id: &str) -> TotpSecret {
        let enrolment = totp::start(&self.state, user_id, "someone").await.unwrap();
        let secret = TotpSecret::from_base32(&enrolment.secret).unwrap();
        let previous = secret.code_at(now_seconds() - 30);
        totp::confirm(&self.state, user_id, &enrolment.verification_id, &previous)
            .await
            .unwrap();
        let tx = storage::begin(&self.state.db).await.unwrap();
        totp::enrol(&tx, user_id, &enrolment.verification_id).await.unwrap();
        storage::commit(tx).await.unwrap();
        secret
    }

    pub(crate) async fn new_backup_codes(&self, user_id: &str) -> Vec<String> {
        let tx = storage::begin(&self.state.db).await.unwrap();
        let codes = backup::regenerate(&self.state, &tx, user_id).await.unwrap();
        storage::commit(tx).await.unwrap();
        codes
    }

    /// The user confirms their address and turns mailed sign-in codes on.
    pub(crate) async fn turn_on_email_codes(&self, user_id: &str, email: &str) {
        storage::users::confirm_email(&self.state.db, user_id, email)
            .await
            .unwrap();
        storage::mfa::put_factor(&self.state.db, user_id, "email_code", None, None, chrono::Utc::now())
            .await
            .unwrap();
    }

    /// A browser arrives from `flow` and gives the password: the step after it.
    async fn arrive_and_identify(&self, flow: &Flow, username: &str) -> Value {
        let start = self.start_authorization(&flow.params()).await;
        assert_eq!(start.status(), StatusCode::SEE_OTHER);
        self.identify_with_password(username, PASSWORD).await;
        self.next_step().await
    }

    pub(crate) async fn give_totp(&self, code: &str) -> Response {
        self.post_json("/api/experience/verification/totp/verify", json!({"code": code}))
            .await
    }

    async fn give_backup_code(&self, code: &str) -> Response {
        self.post_json("/api/experience/verification/backup-code/verify", json!({"code": code}))
            .await
    }

    /// Submits, follows `redirectTo` and exchanges the code: the ID token's claims.
    pub(crate) async fn finish_sign_in(&self, flow: &Flow) -> Value {
        let submitted = self.submit().await;
        assert_eq!(submitted.status(), StatusCode::OK);
        let redirect_to: Value = submitted.json().await.unwrap();
        let done = self.follow(redirect_to["redirectTo"].as_str().unwrap()).await;
        assert_eq!(done.status(), StatusCode::SEE_OTHER);
        let callback = url::Url::parse(location(&done)).unwrap();
        let code = query_param(&callback, "code").expect("a code after the second factor");
        let tokens: Value = self.exchange_code(flow, &code).await.json().await.unwrap();
        let jwks = self.jwks().await;
        verify_jwt(
            &jwks,
            tokens["id_token"].as_str().unwrap(),
            &self.issuer(),
            &flow.client_id,
        )
    }

    /// What the browser gets when it goes to `redirectTo` too early: back to the sign-in page,
    /// never to the client with a code.
    async fn resume_too_early(&self) -> String {
        let done = self.follow(&format!("{}/oidc/auth/resume", self.address)).await;
        assert_eq!(done.status(), StatusCode::SEE_OTHER);
        location(&done).to_owned()
    }
}

#[tokio::test]
async fn an_authenticator_code_is_asked_before_any_code_reaches_the_client() {
    let app = app_with(|_| {}).await;
    let user = app.create_user("ada", "ada@example.com").await;
    let secret = app.set_up_authenticator(&user).await;
    app.new_backup_codes(&user).await;
    let flow = Flow::confidential();

    let step = app.arrive_and_identify(&flow, "ada").await;
    assert_eq!(step["type"], "mfa");
    assert_eq!(step["factors"], json!(["totp", "backupCode"]));
    assert_eq!(step["rememberBrowser"], true);

    let (status, code) = error_code(app.submit().await).await;
    assert_eq!((status, code.as_str()), (StatusCode::FORBIDDEN, "session.mfa_required"));
    assert!(!app.resume_too_early().await.contains("code="));

    let wrong = app.give_totp(&other_code(&current_code(&secret))).await;
    assert_eq!(error_code(wrong).await.1, "mfa.invalid_code");
    let right = app.give_totp(&current_code(&secret)).await;
    assert_eq!(right.status(), StatusCode::OK);
    assert_eq!(app.next_step().await["type"], "submit");

    let claims = app.finish_sign_in(&flow).await;
    assert_eq!(claims["amr"], json!(["pwd", "otp", "mfa"]));
    assert_eq!(claims["acr"], "urn:gatehouse:acr:2fa");
}

#[tokio::test]
async fn a_password_sign_in_says_one_factor() {
    let app = app_with(|_| {}).await;
    app.create_user("bo", "bo@example.com").await;
    let flow = Flow::confidential();
    assert_eq!(app.arrive_and_identify(&flow, "bo").await["type"], "submit");
    let claims = app.finish_sign_in(&flow).await;
    assert_eq!(claims["amr"], json!(["pwd"]));
    assert_eq!(claims["acr"], "urn:gatehouse:acr:1fa");
}

#[tokio::test]
async fn an_authenticator_code_is_accepted_once_even_on_another_instance() {
    let app = app_with(|_| {}).await;
    let user = app.create_user("cy", "cy@example.com").await;
    let secret = app.set_up_authenticator(&user).await;
    let other = app
        .second_instance_with(|s| s.two_factor.enabled = true)
        .await
        .new_browser();
    let flow = Flow::confidential();
    app.arrive_and_identify(&flow, "cy").await;
    other.arrive_and_identify(&flow, "cy").await;

    let code = current_code(&secret);
    assert_eq!(app.give_totp(&code).await.status(), StatusCode::OK);
    let replayed = other.give_totp(&code).await;
    assert_eq!(error_code(replayed).await.1, "mfa.invalid_code");
}

#[tokio::test]
async fn a_backup_code_works_once_and_says_how_many_remain() {
    let app = app_with(|_| {}).await;
    let user = app.create_user("di", "di@example.com").await;
    app.set_up_authenticator(&user).await;
    let codes = app.new_backup_codes(&user).await;
    assert_eq!(codes.len(), 10);
    let flow = Flow::confidential();

    app.arrive_and_identify(&flow, "di").await;
    // Typed as people type: lower case, without the dash.
    let typed = codes[3].replace('-', " ").to_lowercase();
    let used = app.give_backup_code(&typed).await;
    assert_eq!(used.status(), StatusCode::OK);
    assert_eq!(used.json::<Value>().await.unwrap()["remaining"], 9);
    app.finish_sign_in(&flow).await;

    let again = app.new_browser();
    again.arrive_and_identify(&flow, "di").await;
    let reused = again.give_backup_code(&codes[3]).await;
    assert_eq!(error_code(reused).await.1, "mfa.invalid_code");
    // A new set replaces the old one.
    let fresh = app.new_backup_codes(&user).await;
    let old = again.give_backup_code(&codes[4]).await;
    assert_eq!(error_code(old).await.1, "mfa.invalid_code");
    assert_eq!(again.give_backup_code(&fresh[0]).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_mailed_code_to_the_confirmed_address_is_a_second_factor() {
    let app = app_with(|_| {}).await;
    let user = app.create_user("ed", "ed@example.com").await;
    app.turn_on_email_codes(&user, "ed@example.com").await;
    let flow = Flow::confidential();

    let step = app.arrive_and_identify(&flow, "ed").await;
    assert_eq!(step["factors"], json!(["emailCode"]));
    assert_eq!(step["maskedEmail"], "e***@example.com");

    let sent = app
        .post_json("/api/experience/verification/mfa-email-code", json!({}))
        .await;
    assert_eq!(sent.status(), StatusCode::OK);
    let verification_id = sent.json::<Value>().await.unwrap()["verificationId"]
        .as_str()
        .unwrap()
        .to_owned();
    let code = code_in(&app.wait_for_mail("ed@example.com", 1).await);
    let verify = |code: String| {
        app.post_json(
            "/api/experience/verification/mfa-email-code/verify",
            json!({"verificationId": verification_id, "code": code}),
        )
    };
    assert_eq!(
        error_code(verify(other_code(&code)).await).await.1,
        "verification_code.mismatch"
    );
    assert_eq!(verify(code).await.status(), StatusCode::OK);
    let claims = app.finish_sign_in(&flow).await;
    assert_eq!(claims["amr"], json!(["pwd", "otp", "mfa"]));
}

#[tokio::test]
async fn a_remembered_browser_skips_the_step_for_its_user_only_until_the_password_changes() {
    let app = app_with(|_| {}).await;
    let fay = app.create_user("fay", "fay@example.com").await;
    let gil = app.create_user("gil", "gil@example.com").await;
    let fay_secret = app.set_up_authenticator(&fay).await;
    app.set_up_authenticator(&gil).await;
    let flow = Flow::confidential();

    app.arrive_and_identify(&flow, "fay").await;
    let remember = app
        .put_json("/api/experience/remember-browser", json!({"rememberBrowser": true}))
        .await;
    assert_eq!(remember.status(), StatusCode::NO_CONTENT);
    assert_eq!(app.give_totp(&current_code(&fay_secret)).await.status(), StatusCode::OK);
    app.finish_sign_in(&flow).await;

    // The same browser, a new sign-in (prompt=login): no second factor for fay…
    let again = flow_asking_to_sign_in_again();
    let step = app.arrive_and_identify(&again, "fay").await;
    assert_eq!(step["type"], "submit");
    let claims = app.finish_sign_in(&again).await;
    assert_eq!(
        claims["amr"],
        json!(["pwd"]),
        "a remembered browser is not a second factor"
    );
    // …but gil, in the same browser, is asked.
    let step = app.arrive_and_identify(&flow_asking_to_sign_in_again(), "gil").await;
    assert_eq!(step["type"], "mfa");
    // Another browser is asked for fay.
    let elsewhere = app.new_browser();
    assert_eq!(elsewhere.arrive_and_identify(&flow, "fay").await["type"], "mfa");

    // A new password (a new security stamp) forgets every remembered browser of fay.
    storage::users::set_security_stamp(&app.state.db, &fay, "a new stamp")
        .await
        .unwrap();
    let step = app.arrive_and_identify(&flow_asking_to_sign_in_again(), "fay").await;
    assert_eq!(step["type"], "mfa");
}

fn flow_asking_to_sign_in_again() -> Flow {
    Flow::confidential().with("prompt", "login")
}

#[tokio::test]
async fn remembering_is_refused_when_turned_off_and_before_identification() {
    let app = app_with(|s| s.two_factor.remember_browser = false).await;
    let user = app.create_user("hal", "hal@example.com").await;
    app.set_up_authenticator(&user).await;
    let flow = Flow::confidential();
    app.start_authorization(&flow.params()).await;
    app.start_sign_in().await;
    let early = app
        .put_json("/api/experience/remember-browser", json!({"rememberBrowser": false}))
        .await;
    assert_eq!(error_code(early).await.1, "session.not_identified");

    let step = app.arrive_and_identify(&flow, "hal").await;
    assert_eq!(step["rememberBrowser"], false);
    let refused = app
        .put_json("/api/experience/remember-browser", json!({"rememberBrowser": true}))
        .await;
    assert_eq!(error_code(refused).await.1, "mfa.remember_browser_disabled");
}

#[tokio::test]
async fn wrong_second_factor_codes_lock_the_identifier_like_wrong_passwords() {
    let app = app_with(|s| s.lockout.max_failed_attempts = 3).await;
    let user = app.create_user("ivy", "ivy@example.com").await;
    let secret = app.set_up_authenticator(&user).await;
    let flow = Flow::confidential();
    app.arrive_and_identify(&flow, "ivy").await;
    for _ in 0..3 {
        let wrong = app.give_totp(&other_code(&current_code(&secret))).await;
        assert_eq!(error_code(wrong).await.1, "mfa.invalid_code");
    }
    // Locked: the right code gets the wrong code's answer, and so does the right password.
    let right = app.give_totp(&current_code(&secret)).await;
    assert_eq!(error_code(right).await.1, "mfa.invalid_code");
    let fresh = app.new_browser();
    fresh.start_authorization(&flow.params()).await;
    fresh.start_sign_in().await;
    let password = fresh.verify_password("ivy", PASSWORD).await;
    assert_eq!(error_code(password).await.1, "session.invalid_credentials");
}

#[tokio::test]
async fn a_required_factor_is_set_up_during_the_sign_in() {
    let app = app_with(|s| s.two_factor.required = true).await;
    app.create_user("jo", "jo@example.com").await;
    let flow = Flow::confidential();

    let step = app.arrive_and_identify(&flow, "jo").await;
    assert_eq!(step, json!({"type": "enrollMfa", "factors": ["totp"]}));
    let (status, code) = error_code(app.submit().await).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::FORBIDDEN, "session.mfa_enrollment_required")
    );
    assert!(!app.resume_too_early().await.contains("code="));

    let created = app
        .post_json("/api/experience/verification/totp/secret", json!({}))
        .await;
    assert_eq!(created.status(), StatusCode::OK);
    let created: Value = created.json().await.unwrap();
    assert!(created["otpauthUri"].as_str().unwrap().starts_with("otpauth://totp/"));
    assert!(created["qr"].as_str().unwrap().starts_with("data:image/svg+xml"));
    let secret = TotpSecret::from_base32(created["secret"].as_str().unwrap()).unwrap();
    let verification_id = created["verificationId"].as_str().unwrap();

    let wrong = app
        .post_json(
            "/api/experience/verification/totp/verify",
            json!({"code": other_code(&current_code(&secret)), "verificationId": verification_id}),
        )
        .await;
    assert_eq!(error_code(wrong).await.1, "mfa.invalid_code");
    let confirming = current_code(&secret);
    let confirmed = app
        .post_json(
            "/api/experience/verification/totp/verify",
            json!({"code": confirming, "verificationId": verification_id}),
        )
        .await;
    assert_eq!(confirmed.status(), StatusCode::OK);
    let enrolled = app
        .post_json(
            "/api/experience/profile/mfa",
            json!({"type": "totp", "verificationId": verification_id}),
        )
        .await;
    assert_eq!(enrolled.status(), StatusCode::OK);
    let codes: Value = enrolled.json().await.unwrap();
    assert_eq!(codes["backupCodes"].as_array().unwrap().len(), 10);

    let claims = app.finish_sign_in(&flow).await;
    assert_eq!(claims["amr"], json!(["pwd", "otp", "mfa"]));
    // From now on the app is asked for; the code that set it up is used up.
    let next = app.new_browser();
    assert_eq!(next.arrive_and_identify(&flow, "jo").await["type"], "mfa");
    assert_eq!(
        error_code(next.give_totp(&confirming).await).await.1,
        "mfa.invalid_code"
    );
}

#[tokio::test]
async fn a_registration_sets_up_the_required_factor_before_the_code() {
    let app = app_with(|s| s.two_factor.required = true).await;
    let flow = Flow::confidential();
    app.start_authorization(&flow.params()).await;
    let started = app
        .put_json("/api/experience", json!({"interactionEvent": "Register"}))
        .await;
    assert_eq!(started.status(), StatusCode::NO_CONTENT);
    let profile = app
        .post_json("/api/experience/profile", json!({"type": "username", "value": "kim"}))
        .await;
    assert_eq!(profile.status(), StatusCode::NO_CONTENT, "{:?}", profile.text().await);
    let password = app
        .post_json(
            "/api/experience/profile",
            json!({"type": "password", "value": PASSWORD}),
        )
        .await;
    assert_eq!(password.status(), StatusCode::NO_CONTENT, "{:?}", password.text().await);

    let (status, code) = error_code(app.submit().await).await;
    assert_eq!(
        (status, code.as_str()),
        (StatusCode::FORBIDDEN, "session.mfa_enrollment_required")
    );
    assert_eq!(app.next_step().await["type"], "enrollMfa");
    assert!(!app.resume_too_early().await.contains("code="));
}

#[tokio::test]
async fn a_second_factor_left_too_long_forgets_the_user() {
    let app = app_with(|s| s.two_factor.cookie_lifetime = Span::from_secs(1)).await;
    let user = app.create_user("lu", "lu@example.com").await;
    let secret = app.set_up_authenticator(&user).await;
    let flow = Flow::confidential();
    app.arrive_and_identify(&flow, "lu").await;
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;

    let late = app.give_totp(&current_code(&secret)).await;
    assert_eq!(error_code(late).await.1, "session.mfa_expired");
    assert_eq!(app.next_step().await["type"], "verifyPassword");
    assert_eq!(error_code(app.submit().await).await.1, "session.not_identified");
}

#[tokio::test]
async fn factors_do_nothing_while_two_factor_authentication_is_off() {
    let on = app_with(|_| {}).await;
    let user = on.create_user("mo", "mo@example.com").await;
    on.set_up_authenticator(&user).await;
    let app = on
        .second_instance_with(|s| s.two_factor.enabled = false)
        .await
        .new_browser();
    let flow = Flow::confidential();
    assert_eq!(app.arrive_and_identify(&flow, "mo").await["type"], "submit");
    let off = app.give_totp("123456").await;
    assert_eq!(error_code(off).await.1, "mfa.not_available");
}

#[tokio::test]
async fn a_client_asking_for_two_factors_gets_them() {
    let app = app_with(|_| {}).await;
    let user = app.create_user("nia", "nia@example.com").await;
    let flow = Flow::confidential();
    // Signed in with a password only: the session does not serve a client asking for 2fa.
    app.authorize_and_sign_in(&flow, "nia").await;
    let asking = Flow::confidential().with("acr_values", "urn:gatehouse:acr:2fa");
    let start = app.start_authorization(&asking.params()).await;
    assert!(!location(&start).contains("code="), "a one-factor session was reused");
    // Without a factor, the user sets one up now.
    app.start_sign_in().await;
    app.identify_with_password("nia", PASSWORD).await;
    assert_eq!(app.next_step().await["type"], "enrollMfa");

    // With a factor, a remembered browser does not stand in for it.
    let secret = app.set_up_authenticator(&user).await;
    let browser = app.new_browser();
    browser.arrive_and_identify(&flow, "nia").await;
    browser
        .put_json("/api/experience/remember-browser", json!({"rememberBrowser": true}))
        .await;
    assert_eq!(browser.give_totp(&current_code(&secret)).await.status(), StatusCode::OK);
    browser.finish_sign_in(&flow).await;
    let asking_again = asking.with("prompt", "login");
    assert_eq!(browser.arrive_and_identify(&asking_again, "nia").await["type"], "mfa");
}
