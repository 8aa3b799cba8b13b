//! Per-application sign-in policy: set through the administration API, shown by
//! `/api/.well-known/sign-in-exp?appId=`, enforced by the Experience API for that application
//! while the others keep the global settings.

use gatehouse::{config::Settings, storage};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    admin_client::admin_client,
    federation::{CONNECTOR, Federation, UI_STATE, oidc_connector},
    helpers::{CONFIDENTIAL, CONFIDENTIAL_REDIRECT, Flow, PASSWORD, PUBLIC, SECOND, TestApp, error_code, location},
};

fn policy_path(client_id: &str) -> String {
    format!("/api/admin/applications/{client_id}/policy")
}

impl TestApp {
    async fn policy_app(change: impl FnOnce(&mut Settings)) -> (Self, String) {
        let app = Self::spawn_with(|s| {
            s.clients.push(admin_client());
            change(s);
        })
        .await;
        let token = app.admin_token().await;
        (app, token)
    }

    async fn put_policy(&self, token: &str, client_id: &str, policy: Value) -> Value {
        self.admin_ok(
            token,
            Method::PUT,
            &policy_path(client_id),
            Some(policy),
            StatusCode::OK,
        )
        .await
    }

    async fn policy_sign_in_exp(&self, app_id: Option<&str>) -> Value {
        let path = match app_id {
            Some(id) => format!("/api/.well-known/sign-in-exp?appId={id}"),
            None => "/api/.well-known/sign-in-exp".to_owned(),
        };
        self.get_json(&path).await
    }

    /// A browser sent by `flow`'s application to the experience app.
    async fn policy_arrive(&self, flow: &Flow) {
        let start = self.start_authorization(&flow.params()).await;
        assert_eq!(start.status(), StatusCode::SEE_OTHER);
    }

    async fn policy_start(&self, event: &str) -> reqwest::Response {
        self.put_json("/api/experience", json!({"interactionEvent": event}))
            .await
    }

    async fn policy_identify(&self, verification_id: &str) -> reqwest::Response {
        self.post_json(
            "/api/experience/identification",
            json!({"verificationId": verification_id}),
        )
        .await
    }
}

#[tokio::test]
async fn the_admin_api_reads_and_replaces_an_applications_policy() {
    let (app, token) = TestApp::policy_app(|_| {}).await;
    let empty = app
        .admin_ok(&token, Method::GET, &policy_path(CONFIDENTIAL), None, StatusCode::OK)
        .await;
    assert_eq!(
        empty,
        json!({"branding": {}, "access": {
            "allowedEmailDomains": [], "blockedEmailDomains": [],
            "allowedIpRanges": [], "blockedIpRanges": []}})
    );
    let stored = app
        .put_policy(
            &token,
            CONFIDENTIAL,
            json!({
                "identifiers": ["email", "username", "email"],
                "password": true,
                "emailCode": true,
                "connectors": [],
                "registration": "off",
                "branding": {"displayName": " Shop ", "logoUrl": "https://cdn.example.com/logo.svg",
                             "primaryColor": "#1A73E8", "termsUrl": "https://example.com/terms"},
                "access": {"allowedEmailDomains": ["@Example.COM"], "blockedIpRanges": ["10.1.2.3/8", "::1"]}
            }),
        )
        .await;
    assert_eq!(stored["identifiers"], json!(["email", "username"]));
    assert_eq!(stored["registration"], "off");
    assert_eq!(stored["emailCode"], true);
    assert_eq!(
        stored["branding"],
        json!({"displayName": "Shop", "logoUrl": "https://cdn.example.com/logo.svg",
               "primaryColor": "#1a73e8", "termsUrl": "https://example.com/terms"})
    );
    assert_eq!(stored["access"]["allowedEmailDomains"], json!(["example.com"]));
    assert_eq!(stored["access"]["blockedIpRanges"], json!(["10.0.0.0/8", "::1/128"]));
    assert!(stored.get("twoFactorRequired").is_none());
    let read = app
        .admin_ok(&token, Method::GET, &policy_path(CONFIDENTIAL), None, StatusCode::OK)
        .await;
    assert_eq!(read, stored);

    // The whole document is replaced: what is left out returns to the global setting.
    let replaced = app.put_policy(&token, CONFIDENTIAL, json!({"password": false})).await;
    assert!(replaced.get("registration").is_none());
    assert_eq!(replaced["password"], false);

    for (body, field) in [
        (json!({"connectors": ["nope"]}), "connectors"),
        (json!({"branding": {"primaryColor": "blue"}}), "branding.primaryColor"),
        (
            json!({"branding": {"logoUrl": "http://example.com/logo.png"}}),
            "branding.logoUrl",
        ),
        (
            json!({"access": {"allowedIpRanges": ["10.0.0.0/33"]}}),
            "access.allowedIpRanges",
        ),
        (
            json!({"access": {"blockedEmailDomains": ["not a domain"]}}),
            "access.blockedEmailDomains",
        ),
        (json!({"identifiers": []}), "identifiers"),
        // Two factors cannot be required while the server offers none.
        (json!({"twoFactorRequired": true}), "twoFactorRequired"),
    ] {
        let answer = app
            .admin_call(Method::PUT, &policy_path(CONFIDENTIAL), Some(&token), Some(body))
            .await;
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let error: Value = answer.json().await.unwrap();
        assert_eq!(error["code"], "application.invalid_policy");
        assert_eq!(error["details"]["field"], field);
    }
    let unknown = app
        .admin_call(Method::GET, &policy_path("nope"), Some(&token), None)
        .await;
    assert_eq!(
        error_code(unknown).await,
        (StatusCode::NOT_FOUND, "application.not_found".into())
    );
}

#[tokio::test]
async fn deleting_an_application_deletes_its_policy() {
    let (app, token) = TestApp::policy_app(|_| {}).await;
    let created = app
        .admin_ok(
            &token,
            Method::POST,
            "/api/admin/applications",
            Some(json!({"name": "Shop", "redirectUris": ["https://shop.example.com/cb"]})),
            StatusCode::CREATED,
        )
        .await;
    let id = created["application"]["id"].as_str().unwrap().to_owned();
    app.put_policy(&token, &id, json!({"registration": "off"})).await;
    assert!(storage::app_policies::find(&app.state.db, &id).await.unwrap().is_some());
    app.admin_ok(
        &token,
        Method::DELETE,
        &format!("/api/admin/applications/{id}"),
        None,
        StatusCode::NO_CONTENT,
    )
    .await;
    assert!(storage::app_policies::find(&app.state.db, &id).await.unwrap().is_none());
}

#[tokio::test]
async fn the_sign_in_experience_is_each_applications_effective_policy() {
    let (app, token) = TestApp::policy_app(|s| s.two_factor.enabled = true).await;
    app.put_policy(
        &token,
        CONFIDENTIAL,
        json!({
            "identifiers": ["email"],
            "registration": "off",
            "twoFactorRequired": true,
            "branding": {"displayName": "Shop", "primaryColor": "#112233",
                         "privacyUrl": "https://example.com/privacy"}
        }),
    )
    .await;
    let own = app.policy_sign_in_exp(Some(CONFIDENTIAL)).await;
    assert_eq!(own["signIn"]["identifiers"], json!(["email"]));
    assert_eq!(own["signIn"]["local"], true);
    assert_eq!(own["signIn"]["emailCode"], false);
    assert_eq!(own["signUp"]["mode"], "off");
    assert_eq!(own["signUp"]["enabled"], false);
    assert_eq!(own["signUp"]["identifiers"], json!(["email"]));
    assert_eq!(own["twoFactor"], json!({"enabled": true, "required": true}));
    assert_eq!(
        own["branding"],
        json!({"displayName": "Shop", "primaryColor": "#112233", "privacyUrl": "https://example.com/privacy"})
    );
    // Another application, and no application, keep the global settings.
    for other in [
        app.policy_sign_in_exp(Some(SECOND)).await,
        app.policy_sign_in_exp(None).await,
    ] {
        assert_eq!(other["signIn"]["identifiers"], json!(["username"]));
        assert_eq!(other["signUp"]["mode"], "open");
        assert_eq!(other["signUp"]["enabled"], true);
        assert_eq!(other["twoFactor"]["required"], false);
        assert_eq!(other["branding"], json!({}));
    }
}

#[tokio::test]
async fn registration_off_for_one_application_leaves_the_others_open() {
    let (app, token) = TestApp::policy_app(|_| {}).await;
    app.put_policy(&token, CONFIDENTIAL, json!({"registration": "off"}))
        .await;
    app.put_policy(&token, PUBLIC, json!({"registration": "invitation"}))
        .await;

    app.policy_arrive(&Flow::confidential()).await;
    assert_eq!(
        error_code(app.policy_start("Register").await).await,
        (StatusCode::FORBIDDEN, "session.registration_disabled".into())
    );
    assert_eq!(app.policy_start("SignIn").await.status(), StatusCode::NO_CONTENT);
    let switched = app
        .put_json(
            "/api/experience/interaction-event",
            json!({"interactionEvent": "Register"}),
        )
        .await;
    assert_eq!(
        error_code(switched).await,
        (StatusCode::FORBIDDEN, "session.registration_disabled".into())
    );

    let invited_only = app.new_browser();
    invited_only.policy_arrive(&Flow::public()).await;
    assert_eq!(
        invited_only.policy_start("Register").await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(invited_only.next_step().await["type"], "redeemInvitation");
    let username = invited_only
        .post_json(
            "/api/experience/profile",
            json!({"type": "username", "value": "newcomer"}),
        )
        .await;
    assert_eq!(
        error_code(username).await,
        (StatusCode::FORBIDDEN, "session.registration_invitation_only".into())
    );

    // The global setting (open) still holds for the second application.
    let open = app.new_browser();
    open.policy_arrive(&Flow::second()).await;
    assert_eq!(open.policy_start("Register").await.status(), StatusCode::NO_CONTENT);
    let username = open
        .post_json(
            "/api/experience/profile",
            json!({"type": "username", "value": "newcomer"}),
        )
        .await;
    assert_eq!(username.status(), StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn two_factors_required_by_one_application_only() {
    let (app, token) = TestApp::policy_app(|s| s.two_factor.enabled = true).await;
    app.create_user("jo", "jo@example.com").await;
    app.put_policy(&token, CONFIDENTIAL, json!({"twoFactorRequired": true}))
        .await;

    app.policy_arrive(&Flow::confidential()).await;
    app.identify_with_password("jo", PASSWORD).await;
    assert_eq!(app.next_step().await, json!({"type": "enrollMfa", "factors": ["totp"]}));
    assert_eq!(
        error_code(app.submit().await).await,
        (StatusCode::FORBIDDEN, "session.mfa_enrollment_required".into())
    );

    let other = app.new_browser();
    other.policy_arrive(&Flow::second()).await;
    other.identify_with_password("jo", PASSWORD).await;
    assert_eq!(other.next_step().await["type"], "submit");
    let redirect_to = other.submit().await.json::<Value>().await.unwrap()["redirectTo"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(other.follow(&redirect_to).await.status(), StatusCode::SEE_OTHER);
    // The one-factor session of the second application does not sign jo in to the first.
    let sso = other.start_authorization(&Flow::confidential().params()).await;
    assert_eq!(sso.status(), StatusCode::SEE_OTHER);
    assert!(!location(&sso).starts_with(CONFIDENTIAL_REDIRECT), "{}", location(&sso));
}

#[tokio::test]
async fn an_email_domain_rule_refuses_only_after_the_credentials() {
    let (app, token) = TestApp::policy_app(|_| {}).await;
    app.create_user("alice", "alice@example.com").await;
    app.put_policy(
        &token,
        CONFIDENTIAL,
        json!({"access": {"allowedEmailDomains": ["example.org"]}}),
    )
    .await;

    app.policy_arrive(&Flow::confidential()).await;
    assert_eq!(app.start_sign_in().await.status(), StatusCode::NO_CONTENT);
    // Without the password nothing tells an account of a refused domain apart.
    for (username, password) in [("alice", "wrong password 1"), ("nobody", PASSWORD)] {
        assert_eq!(
            error_code(app.verify_password(username, password).await).await,
            (StatusCode::UNPROCESSABLE_ENTITY, "session.invalid_credentials".into())
        );
    }
    let verified: Value = app.verify_password("alice", PASSWORD).await.json().await.unwrap();
    let identified = app.policy_identify(verified["verificationId"].as_str().unwrap()).await;
    assert_eq!(
        error_code(identified).await,
        (StatusCode::FORBIDDEN, "session.access_denied".into())
    );
    assert_eq!(
        error_code(app.submit().await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "session.not_identified".into())
    );
    // A new account of a refused domain gets no code.
    assert_eq!(app.policy_start("Register").await.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        error_code(app.send_code("bob@example.com", "Register").await).await,
        (StatusCode::FORBIDDEN, "session.email_domain_not_allowed".into())
    );

    // Nor an account without an address, since the application lists the domains it allows.
    let registering = app.new_browser();
    registering.policy_arrive(&Flow::confidential()).await;
    assert_eq!(
        registering.policy_start("Register").await.status(),
        StatusCode::NO_CONTENT
    );
    for (kind, value) in [("username", "newcomer"), ("password", PASSWORD)] {
        let given = registering
            .post_json("/api/experience/profile", json!({"type": kind, "value": value}))
            .await;
        assert_eq!(given.status(), StatusCode::NO_CONTENT);
    }
    assert_eq!(
        error_code(registering.submit().await).await,
        (StatusCode::FORBIDDEN, "session.email_domain_not_allowed".into())
    );

    // The second application keeps the global policy; its session does not open the first.
    let other = app.new_browser();
    other.policy_arrive(&Flow::second()).await;
    let redirect_to = other.sign_in_with_password("alice", PASSWORD).await;
    assert_eq!(other.follow(&redirect_to).await.status(), StatusCode::SEE_OTHER);
    let sso = other.start_authorization(&Flow::confidential().params()).await;
    assert!(!location(&sso).starts_with(CONFIDENTIAL_REDIRECT), "{}", location(&sso));
}

#[tokio::test]
async fn an_ip_rule_refuses_one_application_from_the_first_step() {
    let (app, token) = TestApp::policy_app(|_| {}).await;
    app.create_user("carol", "carol@example.com").await;
    app.put_policy(
        &token,
        CONFIDENTIAL,
        json!({"access": {"blockedIpRanges": ["127.0.0.0/8"]}}),
    )
    .await;

    app.policy_arrive(&Flow::confidential()).await;
    assert_eq!(
        error_code(app.start_sign_in().await).await,
        (StatusCode::FORBIDDEN, "session.access_denied".into())
    );

    let other = app.new_browser();
    other.policy_arrive(&Flow::second()).await;
    other.sign_in_with_password("carol", PASSWORD).await;

    // An allow list that does not name the client refuses it too; a later change applies to
    // the interaction under way.
    app.put_policy(
        &token,
        CONFIDENTIAL,
        json!({"access": {"allowedIpRanges": ["192.0.2.0/24"]}}),
    )
    .await;
    assert_eq!(
        error_code(app.start_sign_in().await).await,
        (StatusCode::FORBIDDEN, "session.access_denied".into())
    );
    app.put_policy(
        &token,
        CONFIDENTIAL,
        json!({"access": {"allowedIpRanges": ["127.0.0.1"]}}),
    )
    .await;
    app.sign_in_with_password("carol", PASSWORD).await;
}

#[tokio::test]
async fn an_application_offers_only_its_connectors() {
    let fed = Federation::with(oidc_connector, |s| s.clients.push(admin_client())).await;
    let app = &fed.app;
    let token = app.admin_token().await;
    app.put_policy(&token, CONFIDENTIAL, json!({"connectors": []})).await;
    let own = app.policy_sign_in_exp(Some(CONFIDENTIAL)).await;
    assert_eq!(own["signIn"]["connectors"], json!([]));
    let other = app.policy_sign_in_exp(Some(SECOND)).await;
    assert_eq!(other["signIn"]["connectors"][0]["id"], CONNECTOR);

    app.policy_arrive(&Flow::confidential()).await;
    assert_eq!(app.start_sign_in().await.status(), StatusCode::NO_CONTENT);
    let refused = app
        .post_json(
            &format!("/api/experience/verification/social/{CONNECTOR}/authorization-uri"),
            json!({"state": UI_STATE, "redirectUri": app.url(&format!("/callback/{CONNECTOR}"))}),
        )
        .await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::NOT_FOUND, "social.connector_not_found".into())
    );
}

/// An application that takes registrations by invitation redeems them while registration is
/// off for the others.
#[tokio::test]
async fn an_application_open_to_invitations_redeems_them_while_the_others_do_not() {
    let (app, token) = TestApp::policy_app(|s| {
        s.registration.enabled = false;
        s.registration.invitation = true;
    })
    .await;
    app.put_policy(&token, CONFIDENTIAL, json!({"registration": "invitation"}))
        .await;
    let code = app.invite("ivy@example.com", chrono::Duration::days(1)).await.code;

    let other = app.new_browser();
    other.policy_arrive(&Flow::second()).await;
    assert_eq!(
        error_code(other.policy_start("Register").await).await,
        (StatusCode::FORBIDDEN, "session.registration_disabled".into())
    );

    app.policy_arrive(&Flow::confidential()).await;
    assert_eq!(app.policy_start("Register").await.status(), StatusCode::NO_CONTENT);
    assert_eq!(app.redeem_invitation(&code).await.status(), StatusCode::OK);

    // A link opened with no sign-in under way goes by the invitation's own application.
    let joining = app
        .invite_to("jo@example.com", chrono::Duration::days(1), Some(CONFIDENTIAL))
        .await
        .unwrap();
    let elsewhere = app.new_browser();
    let answer = elsewhere.ask_invitation_login_initiation(&joining.code).await;
    assert_eq!(answer.status(), StatusCode::OK);
    let plain = app.invite("kim@example.com", chrono::Duration::days(1)).await.code;
    assert_eq!(
        error_code(elsewhere.ask_invitation_login_initiation(&plain).await).await,
        (StatusCode::FORBIDDEN, "session.registration_disabled".into())
    );
}

/// `gatehouse client policy` reads and replaces a policy as the administration API does.
#[tokio::test]
async fn the_cli_reads_and_replaces_a_policy() {
    let (app, token) = TestApp::policy_app(|_| {}).await;
    let file = std::env::temp_dir().join(format!("policy-{}.json", uuid::Uuid::new_v4().simple()));
    std::fs::write(&file, r#"{"registration": "off", "branding": {"displayName": "Shop"}}"#).unwrap();
    let set = app.run_cli(&[
        "--json",
        "client",
        "policy",
        CONFIDENTIAL,
        "--set",
        file.to_str().unwrap(),
    ]);
    assert!(set.status.success(), "{}", String::from_utf8_lossy(&set.stderr));
    let read = app
        .admin_ok(&token, Method::GET, &policy_path(CONFIDENTIAL), None, StatusCode::OK)
        .await;
    assert_eq!(read["registration"], "off");
    assert_eq!(read["branding"]["displayName"], "Shop");
    let shown = app.run_cli(&["--json", "client", "policy", CONFIDENTIAL]);
    let shown: Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(shown["registration"], "off");
    std::fs::write(&file, r#"{"branding": {"primaryColor": "red"}}"#).unwrap();
    let bad = app.run_cli(&["client", "policy", CONFIDENTIAL, "--set", file.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("application.invalid_policy"));
    let unknown = app.run_cli(&["client", "policy", "no-such-app"]);
    assert_eq!(unknown.status.code(), Some(3));
}
