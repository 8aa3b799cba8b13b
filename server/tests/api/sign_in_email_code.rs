//! Passwordless sign-in by a code mailed to the account's confirmed address
//! (`sign_in.email_code`): the answers tell nothing, wrong codes count as wrong passwords, and
//! the mailbox is never both factors.

use reqwest::{Response, StatusCode};
use serde_json::{Value, json};

use crate::{
    helpers::{CONFIDENTIAL, Flow, PASSWORD, TestApp, error_code},
    mfa::current_code,
};

async fn app_with(change: impl FnOnce(&mut gatehouse::config::Settings)) -> TestApp {
    TestApp::spawn_with(|s| {
        s.sign_in.email_code = true;
        change(s);
    })
    .await
}

fn wrong_code(code: &str) -> String {
    format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000)
}

impl TestApp {
    /// A browser arrives from `flow` and starts a sign-in: the interaction's `nextSteps`.
    async fn arrive_for_code(&self, flow: &Flow) -> Value {
        let start = self.start_authorization(&flow.params()).await;
        assert_eq!(start.status(), StatusCode::SEE_OTHER);
        assert_eq!(self.start_sign_in().await.status(), StatusCode::NO_CONTENT);
        let view: Value = self.interaction().await.json().await.unwrap();
        view["nextSteps"].clone()
    }

    /// Asks for a sign-in code, reads it from the mail and gives it back: the verification id.
    async fn prove_mailbox_to_sign_in(&self, email: &str) -> String {
        let (id, code) = self.code_from_mail(email, "SignIn").await;
        let verified = self.verify_code(email, &id, &code).await;
        assert_eq!(verified.status(), StatusCode::OK, "{:?}", verified.text().await);
        id
    }

    async fn disable_user(&self, id: &str) {
        gatehouse::storage::users::set_disabled(&self.state.db, id, Some(chrono::Utc::now()), "stamp")
            .await
            .unwrap();
    }
}

async fn json_of(response: Response) -> (StatusCode, Value) {
    (response.status(), response.json().await.unwrap())
}

#[tokio::test]
async fn a_mailed_code_signs_in_to_a_token() {
    let app = app_with(|_| {}).await;
    app.create_user("amy", "amy@example.com").await;
    let flow = Flow::confidential();
    let steps = app.arrive_for_code(&flow).await;
    assert_eq!(
        steps,
        json!([
            {"type": "verifyPassword", "identifierTypes": ["username"]},
            {"type": "sendVerificationCode", "identifierTypes": ["email"]},
        ])
    );

    let (id, code) = app.code_from_mail("amy@example.com", "SignIn").await;
    assert_eq!(
        app.next_step().await,
        json!({"type": "verifyCode", "verificationId": id, "email": "amy@example.com"})
    );
    // A wrong code leaves the user where they were.
    let wrong = app.verify_code("amy@example.com", &id, &wrong_code(&code)).await;
    assert_eq!(
        error_code(wrong).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "verification_code.mismatch".into())
    );
    assert_eq!(app.next_step().await["type"], "verifyCode");
    assert_eq!(
        app.verify_code("amy@example.com", &id, &code).await.status(),
        StatusCode::OK
    );
    assert_eq!(app.next_step().await, json!({"type": "identify", "verificationId": id}));
    assert_eq!(app.identify_with(&id).await.status(), StatusCode::NO_CONTENT);
    assert_eq!(app.next_step().await["type"], "submit");

    let claims = app.finish_sign_in(&flow).await;
    assert_eq!(claims["amr"], json!(["otp"]));
    assert_eq!(claims["acr"], "urn:gatehouse:acr:1fa");
    assert_eq!(claims["email"], "amy@example.com");
}

#[tokio::test]
async fn unknown_unconfirmed_and_disabled_addresses_get_the_same_answer_and_no_mail() {
    let app = app_with(|_| {}).await;
    app.create_user("bo", "bo@example.com").await;
    let unconfirmed = app.create_user("cy", "cy@example.com").await;
    gatehouse::storage::Conn::execute_unprepared(
        &app.state.db,
        &format!("UPDATE users SET email_verified = false WHERE id = '{unconfirmed}'"),
    )
    .await
    .unwrap();
    let disabled = app.create_user("di", "di@example.com").await;
    app.disable_user(&disabled).await;
    app.arrive_for_code(&Flow::confidential()).await;

    let (status, known) = json_of(app.send_code("bo@example.com", "SignIn").await).await;
    assert_eq!(status, StatusCode::OK);
    for address in ["nobody@example.com", "cy@example.com", "di@example.com"] {
        let (status, answer) = json_of(app.send_code(address, "SignIn").await).await;
        assert_eq!(status, StatusCode::OK, "{address}");
        let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(&answer), keys(&known), "{address}");
        assert_eq!(
            app.next_step().await,
            json!({"type": "verifyCode", "verificationId": answer["verificationId"], "email": address})
        );
        // No code was sent, so none can verify.
        let guess = app
            .verify_code(address, answer["verificationId"].as_str().unwrap(), "123456")
            .await;
        assert_eq!(error_code(guess).await.1, "verification_code.mismatch");
        assert_eq!(app.mail_count_after_a_while(address).await, 0, "{address}");
    }
    assert_eq!(app.mail_count_after_a_while("bo@example.com").await, 1);
}

#[tokio::test]
async fn the_method_is_offered_only_when_turned_on() {
    let off = TestApp::spawn().await;
    let exp = off
        .get_json(&format!("/api/.well-known/sign-in-exp?appId={CONFIDENTIAL}"))
        .await;
    assert_eq!(exp["signIn"]["emailCode"], false);
    off.create_user("ed", "ed@example.com").await;
    let steps = off.arrive_for_code(&Flow::confidential()).await;
    assert_eq!(
        steps,
        json!([{"type": "verifyPassword", "identifierTypes": ["username"]}])
    );
    assert_eq!(
        error_code(off.send_code("ed@example.com", "SignIn").await).await,
        (StatusCode::FORBIDDEN, "session.sign_in_method_disabled".into())
    );
    assert_eq!(off.mail_count_after_a_while("ed@example.com").await, 0);

    let on = app_with(|s| s.sign_in.local = false).await;
    let exp = on.get_json("/api/.well-known/sign-in-exp").await;
    assert_eq!(exp["signIn"]["emailCode"], true);
    assert_eq!(exp["signIn"]["local"], false);
    // Without passwords, the code is the one way in.
    let steps = on.arrive_for_code(&Flow::confidential()).await;
    assert_eq!(
        steps,
        json!([{"type": "sendVerificationCode", "identifierTypes": ["email"]}])
    );
}

#[tokio::test]
async fn wrong_codes_are_limited_and_lock_the_address_like_wrong_passwords() {
    let app = app_with(|s| {
        s.sign_in.local_by_email = true;
        s.lockout.max_failed_attempts = 3;
    })
    .await;
    app.create_user("flo", "flo@example.com").await;
    app.arrive_for_code(&Flow::confidential()).await;
    let (id, code) = app.code_from_mail("flo@example.com", "SignIn").await;
    for _ in 0..3 {
        let wrong = app.verify_code("flo@example.com", &id, &wrong_code(&code)).await;
        assert_eq!(error_code(wrong).await.1, "verification_code.mismatch");
    }
    // Locked: the right code gets the wrong code's answer, and so does the right password.
    let right = app.verify_code("flo@example.com", &id, &code).await;
    assert_eq!(error_code(right).await.1, "verification_code.mismatch");
    let password = app
        .post_json(
            "/api/experience/verification/password",
            json!({"identifier": {"type": "email", "value": "flo@example.com"}, "password": PASSWORD}),
        )
        .await;
    assert_eq!(error_code(password).await.1, "session.invalid_credentials");
}

#[tokio::test]
async fn a_code_dies_after_five_wrong_tries() {
    let app = app_with(|s| s.lockout.max_failed_attempts = 10).await;
    app.create_user("gus", "gus@example.com").await;
    app.arrive_for_code(&Flow::confidential()).await;
    let (id, code) = app.code_from_mail("gus@example.com", "SignIn").await;
    for _ in 0..5 {
        let wrong = app.verify_code("gus@example.com", &id, &wrong_code(&code)).await;
        assert_eq!(error_code(wrong).await.1, "verification_code.mismatch");
    }
    let right = app.verify_code("gus@example.com", &id, &code).await;
    assert_eq!(error_code(right).await.1, "verification_code.too_many_attempts");
    // The resend interval applies as to every code.
    let again = app.send_code("gus@example.com", "SignIn").await;
    assert_eq!(error_code(again).await.1, "rate_limit.exceeded");
}

#[tokio::test]
async fn the_second_factor_is_still_asked_but_never_the_same_mailbox() {
    let app = app_with(|s| s.two_factor.enabled = true).await;
    let hal = app.create_user("hal", "hal@example.com").await;
    let secret = app.set_up_authenticator(&hal).await;
    app.turn_on_email_codes(&hal, "hal@example.com").await;
    let flow = Flow::confidential();
    app.arrive_for_code(&flow).await;
    let id = app.prove_mailbox_to_sign_in("hal@example.com").await;
    assert_eq!(app.identify_with(&id).await.status(), StatusCode::NO_CONTENT);
    let step = app.next_step().await;
    assert_eq!(step["type"], "mfa");
    assert_eq!(
        step["factors"],
        json!(["totp"]),
        "the mailbox cannot be the second factor too"
    );
    assert!(step.get("maskedEmail").is_none());
    assert_eq!(error_code(app.submit().await).await.1, "session.mfa_required");
    let mailed = app
        .post_json("/api/experience/verification/mfa-email-code", json!({}))
        .await;
    assert_eq!(error_code(mailed).await.1, "mfa.not_available");
    assert_eq!(app.give_totp(&current_code(&secret)).await.status(), StatusCode::OK);
    let claims = app.finish_sign_in(&flow).await;
    assert_eq!(claims["amr"], json!(["otp", "mfa"]));
    assert_eq!(claims["acr"], "urn:gatehouse:acr:2fa");
}

#[tokio::test]
async fn an_account_whose_only_second_factor_is_the_mailbox_signs_in_with_its_password() {
    let app = app_with(|s| s.two_factor.enabled = true).await;
    let ivy = app.create_user("ivy", "ivy@example.com").await;
    app.turn_on_email_codes(&ivy, "ivy@example.com").await;
    app.arrive_for_code(&Flow::confidential()).await;
    let id = app.prove_mailbox_to_sign_in("ivy@example.com").await;
    assert_eq!(
        error_code(app.identify_with(&id).await).await,
        (StatusCode::FORBIDDEN, "session.password_required".into())
    );
    assert_eq!(error_code(app.submit().await).await.1, "session.not_identified");

    // With backup codes left, one of them is the second factor instead.
    let jay = app.create_user("jay", "jay@example.com").await;
    app.turn_on_email_codes(&jay, "jay@example.com").await;
    let codes = app.new_backup_codes(&jay).await;
    let flow = Flow::confidential();
    let other = app.new_browser();
    other.arrive_for_code(&flow).await;
    let id = other.prove_mailbox_to_sign_in("jay@example.com").await;
    assert_eq!(other.identify_with(&id).await.status(), StatusCode::NO_CONTENT);
    assert_eq!(other.next_step().await["factors"], json!(["backupCode"]));
    let backup = other
        .post_json(
            "/api/experience/verification/backup-code/verify",
            json!({"code": codes[0]}),
        )
        .await;
    assert_eq!(backup.status(), StatusCode::OK);
    assert_eq!(other.finish_sign_in(&flow).await["amr"], json!(["otp", "mfa"]));
}
