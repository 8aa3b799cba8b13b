//! Invitations: created by an administrator, redeemed once in a registration.

use chrono::Duration;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{CONFIDENTIAL, CONFIDENTIAL_INITIATE_LOGIN, Flow, PUBLIC, TestApp, error_code, profile_step};
use gatehouse::service::invitations::{self, CreatedInvitation, InvitationError, NewInvitation};

const NEW_PASSWORD: &str = "Copper-Meadow-64";

impl TestApp {
    pub async fn invite(&self, email: &str, lifetime: Duration) -> CreatedInvitation {
        self.invite_to(email, lifetime, None).await.unwrap()
    }

    /// An invitation that names the application the invitee joins, if any.
    pub async fn invite_to(
        &self,
        email: &str,
        lifetime: Duration,
        client_id: Option<&str>,
    ) -> Result<CreatedInvitation, InvitationError> {
        let input = NewInvitation {
            email: email.into(),
            name: Some("Rosa Parks".into()),
            lifetime,
            locale: None,
            client_id: client_id.map(String::from),
        };
        let created = invitations::create(&self.state, input).await?;
        assert!(created.email_error.is_none());
        Ok(created)
    }

    /// What a browser that opened the link with no sign-in under way asks.
    pub async fn ask_invitation_login_initiation(&self, code: &str) -> reqwest::Response {
        self.post_json("/api/experience/invitation/login-initiation", json!({"code": code}))
            .await
    }

    pub async fn redeem_invitation(&self, code: &str) -> reqwest::Response {
        self.post_json("/api/experience/verification/invitation", json!({"code": code}))
            .await
    }
}

/// A custom UI receives its own invitation links; the code is one query parameter among its own.
#[tokio::test]
async fn invitation_links_go_where_experience_invitation_url_says() {
    let app = TestApp::spawn_with(|s| {
        s.experience.invitation_url = "https://login.example.com/join?from=mail".into();
    })
    .await;
    let created = app.invite("rosa@example.com", Duration::days(7)).await;
    assert_eq!(
        created.link,
        format!("https://login.example.com/join?from=mail&invitation={}", created.code)
    );
    let mail = app.wait_for_mail("rosa@example.com", 1).await;
    assert!(mail.body.contains(&created.link), "{mail:?}");
}

#[tokio::test]
async fn an_invited_contact_registers_from_the_emailed_link() {
    let app = TestApp::spawn_with(|s| s.registration.open = false).await;
    let created = app.invite("rosa@example.com", Duration::days(7)).await;
    let mail = app.wait_for_mail("rosa@example.com", 1).await;
    assert!(mail.body.contains(&created.link), "{mail:?}");
    assert_eq!(
        created.link,
        format!("{}/register?invitation={}", app.settings.public_url, created.code)
    );

    let flow = Flow::confidential();
    app.start_authorization(&flow.params()).await;
    app.put_json("/api/experience", json!({"interactionEvent": "Register"}))
        .await;
    assert_eq!(app.next_step().await["type"], "redeemInvitation");
    let redeemed: Value = app.redeem_invitation(&created.code).await.json().await.unwrap();
    let id = redeemed["verificationId"].as_str().unwrap();
    assert_eq!(app.identify_with(id).await.status(), StatusCode::NO_CONTENT);
    let view: Value = app.interaction().await.json().await.unwrap();
    assert_eq!(
        view["profile"],
        json!({"email": "rosa@example.com", "name": "Rosa Parks", "invited": true, "passwordSet": false})
    );
    // Sign-in is by username: the contact still chooses one.
    assert_eq!(view["nextSteps"][0]["missing"], json!(["identifier", "password"]));
    app.give_profile(json!({"type": "username", "value": "rosa"})).await;
    app.give_profile(json!({"type": "password", "value": NEW_PASSWORD}))
        .await;
    let claims = app.submit_and_read_id_token(&flow).await;
    assert_eq!(claims["sub"], created.invitation.user_id.as_str());
    assert_eq!(claims["preferred_username"], "rosa");
    assert_eq!(claims["email_verified"], true);
    assert_eq!(claims["name"], "Rosa Parks");

    // Used: a second redemption is refused.
    let again = app.new_browser();
    again.start_event("Register").await;
    assert_eq!(
        error_code(again.redeem_invitation(&created.code).await).await,
        (StatusCode::GONE, "invitation.used".into())
    );
}

#[tokio::test]
async fn revoked_expired_and_unknown_codes_get_their_own_answers() {
    let app = TestApp::spawn().await;
    let revoked = app.invite("sam@example.com", Duration::days(1)).await;
    invitations::revoke(&app.state, &revoked.invitation.id).await.unwrap();
    let expired = app.invite("tess@example.com", Duration::seconds(-1)).await;
    app.start_event("Register").await;
    assert_eq!(
        error_code(app.redeem_invitation(&revoked.code).await).await,
        (StatusCode::GONE, "invitation.revoked".into())
    );
    assert_eq!(
        error_code(app.redeem_invitation(&expired.code).await).await,
        (StatusCode::GONE, "invitation.expired".into())
    );
    assert_eq!(
        error_code(app.redeem_invitation("no-such-code").await).await,
        (StatusCode::NOT_FOUND, "invitation.not_found".into())
    );
}

#[tokio::test]
async fn invitation_only_registration_refuses_everything_else() {
    let app = TestApp::spawn_with(|s| s.registration.open = false).await;
    app.start_event("Register").await;
    for refused in [
        app.give_profile(json!({"type": "username", "value": "uma"})).await,
        app.send_code("uma@example.com", "Register").await,
    ] {
        assert_eq!(
            error_code(refused).await,
            (StatusCode::FORBIDDEN, "session.registration_invitation_only".into())
        );
    }
    let closed = TestApp::spawn_with(|s| s.registration.invitation = false).await;
    let code = closed.invite("vic@example.com", Duration::days(1)).await.code;
    closed.start_event("Register").await;
    assert_eq!(
        error_code(closed.redeem_invitation(&code).await).await,
        (StatusCode::FORBIDDEN, "invitation.disabled".into())
    );
}

#[tokio::test]
async fn two_browsers_racing_on_one_invitation_create_one_account() {
    let app = TestApp::spawn().await;
    let created = app.invite("wes@example.com", Duration::days(1)).await;
    let mut browsers = Vec::new();
    for n in 0..4 {
        let browser = app.new_browser();
        browser.start_event("Register").await;
        let redeemed: Value = browser.redeem_invitation(&created.code).await.json().await.unwrap();
        browser
            .identify_with(redeemed["verificationId"].as_str().unwrap())
            .await;
        browser
            .give_profile(json!({"type": "username", "value": format!("wes{n}")}))
            .await;
        browser
            .give_profile(json!({"type": "password", "value": NEW_PASSWORD}))
            .await;
        browsers.push(browser);
    }
    let submits = futures::future::join_all(browsers.iter().map(|b| b.submit())).await;
    let ok = submits.iter().filter(|r| r.status() == StatusCode::OK).count();
    assert_eq!(ok, 1);
}

#[tokio::test]
async fn redeeming_is_rate_limited_per_client() {
    let app = TestApp::spawn().await;
    app.start_event("Register").await;
    let mut last = StatusCode::OK;
    for _ in 0..21 {
        last = app.redeem_invitation("guess").await.status();
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
}

impl TestApp {
    /// A redemption that came through a reverse proxy, for the client `forwarded_for` names.
    async fn redeem_invitation_forwarded(&self, code: &str, forwarded_for: &str) -> StatusCode {
        self.api
            .post(self.url("/api/experience/verification/invitation"))
            .header("x-forwarded-for", forwarded_for)
            .json(&json!({"code": code}))
            .send()
            .await
            .unwrap()
            .status()
    }
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit() {
    let app = TestApp::spawn_with(|s| s.trusted_proxies = vec!["127.0.0.1".into()]).await;
    app.start_event("Register").await;
    for _ in 0..20 {
        let status = app.redeem_invitation_forwarded("guess", "203.0.113.1").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
    assert_eq!(
        app.redeem_invitation_forwarded("guess", "203.0.113.1").await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // Another user behind the same proxy is not held back.
    assert_eq!(
        app.redeem_invitation_forwarded("guess", "203.0.113.2").await,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn without_trusted_proxies_a_forwarded_for_header_changes_nothing() {
    let app = TestApp::spawn().await;
    app.start_event("Register").await;
    for n in 0..20 {
        let status = app
            .redeem_invitation_forwarded("guess", &format!("203.0.113.{n}"))
            .await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
    assert_eq!(
        app.redeem_invitation_forwarded("guess", "203.0.113.99").await,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn under_email_sign_in_the_invitation_is_the_identifier() {
    let app = TestApp::spawn_with(|s| s.sign_in.local_by_email = true).await;
    let created = app.invite("yan@example.com", Duration::days(1)).await;
    let flow = Flow::confidential();
    app.start_authorization(&flow.params()).await;
    app.put_json("/api/experience", json!({"interactionEvent": "Register"}))
        .await;
    let redeemed: Value = app.redeem_invitation(&created.code).await.json().await.unwrap();
    app.identify_with(redeemed["verificationId"].as_str().unwrap()).await;
    assert_eq!(
        app.next_step().await,
        profile_step(json!(["password"]), json!(["email"]))
    );
    app.give_profile(json!({"type": "password", "value": NEW_PASSWORD}))
        .await;
    let claims = app.submit_and_read_id_token(&flow).await;
    assert_eq!(claims["email"], "yan@example.com");
}

#[tokio::test]
async fn a_link_opened_with_no_sign_in_goes_through_the_invitations_application() {
    let app = TestApp::spawn().await;
    let created = app
        .invite_to("zoe@example.com", Duration::days(1), Some(CONFIDENTIAL))
        .await
        .unwrap();
    // A browser straight from the mail: no interaction, no cookie.
    let cold = app.new_browser();
    let answer = cold.ask_invitation_login_initiation(&created.code).await;
    assert_eq!(answer.status(), StatusCode::OK);
    let body: Value = answer.json().await.unwrap();
    let issuer: String = url::form_urlencoded::byte_serialize(app.state.issuer().as_bytes()).collect();
    assert_eq!(
        body["initiateLoginUri"],
        format!("{CONFIDENTIAL_INITIATE_LOGIN}&iss={issuer}")
    );
    // The application starts the sign-in; the invitation was not used up on the way.
    let flow = Flow::confidential();
    cold.start_authorization(&flow.params()).await;
    cold.put_json("/api/experience", json!({"interactionEvent": "Register"}))
        .await;
    assert_eq!(cold.redeem_invitation(&created.code).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn only_a_live_invitation_naming_an_application_has_a_login_initiation() {
    let app = TestApp::spawn().await;
    let plain = app.invite("ann@example.com", Duration::days(1)).await;
    assert_eq!(
        error_code(app.ask_invitation_login_initiation(&plain.code).await).await,
        (StatusCode::NOT_FOUND, "invitation.no_application".into())
    );
    let revoked = app
        .invite_to("ben@example.com", Duration::days(1), Some(CONFIDENTIAL))
        .await
        .unwrap();
    invitations::revoke(&app.state, &revoked.invitation.id).await.unwrap();
    assert_eq!(
        error_code(app.ask_invitation_login_initiation(&revoked.code).await).await,
        (StatusCode::GONE, "invitation.revoked".into())
    );
    assert_eq!(
        error_code(app.ask_invitation_login_initiation("no-such-code").await).await,
        (StatusCode::NOT_FOUND, "invitation.not_found".into())
    );
    // The administrator learns at once that a link would need a sign-in started first.
    for (client, code) in [("nobody", "client.not_found"), (PUBLIC, "client.no_initiate_login_uri")] {
        let refused = app
            .invite_to("cat@example.com", Duration::days(1), Some(client))
            .await
            .err()
            .unwrap();
        assert_eq!(refused.code(), code);
    }
}
