//! The audit log: each kind of event recorded by the flow that causes it, with its user,
//! client and address, and no secret in any stored row.

use chrono::{DateTime, Utc};
use gatehouse::{
    service::audit::{self, AuditRecord, Filter},
    storage::{self, Db, audit::NewAuditEvent},
};
use reqwest::{Method, StatusCode, header};
use serde_json::{Value, json};

use crate::{
    account_client::other_code,
    account_federation::{link_as, new_browsers, register_with_upstream, sign_in_with_upstream, unlink},
    account_mfa::{code_now, totp_secret},
    federation::{CONNECTOR, Federation},
    helpers::{CONFIDENTIAL, Flow, PASSWORD, SECOND, SECOND_SECRET, THIRD_PARTY, TestApp, location, query_param},
    mail::code_in,
};

const WRONG: &str = "not the password at all";
const NEW_PASSWORD: &str = "Quartz-Meadow-Lantern 71";
const RESET_PASSWORD: &str = "Harbor-Violet-Engine 42";
const LOCAL: &str = "127.0.0.1";

/// Every event of one kind, oldest first.
pub async fn events(db: &Db, kind: &str) -> Vec<AuditRecord> {
    let filter = Filter {
        kind: Some(kind.into()),
        ..Filter::default()
    };
    audit::page(db, &filter, None, 1000).await.unwrap()
}

/// The one event of this kind.
pub async fn only(db: &Db, kind: &str) -> AuditRecord {
    let mut found = events(db, kind).await;
    assert_eq!(found.len(), 1, "{kind}: {found:?}");
    found.remove(0)
}

/// The last event of this kind.
async fn last(db: &Db, kind: &str) -> AuditRecord {
    events(db, kind)
        .await
        .pop()
        .unwrap_or_else(|| panic!("no {kind} event"))
}

/// (user, client, ip) of an event.
pub fn who(event: &AuditRecord) -> (Option<&str>, Option<&str>, Option<&str>) {
    (
        event.user_id.as_deref(),
        event.client_id.as_deref(),
        event.ip.as_deref(),
    )
}

/// Fails if any column of any stored event holds one of `secrets`.
async fn assert_no_secret_stored(db: &Db, secrets: &[String]) {
    let rows = audit::page(db, &Filter::default(), None, 10_000).await.unwrap();
    assert!(!rows.is_empty());
    for row in &rows {
        let columns = serde_json::to_string(row).unwrap();
        for secret in secrets {
            assert!(secret.len() >= 6, "too short to look for: {secret:?}");
            assert!(!columns.contains(secret.as_str()), "{secret:?} is in {columns}");
        }
    }
}

pub async fn insert_at(db: &Db, kind: &str, user: &str, at: DateTime<Utc>) {
    let event = NewAuditEvent {
        kind,
        user_id: Some(user),
        client_id: None,
        ip: None,
        user_agent: None,
        details: &json!({}),
    };
    storage::audit::insert(db, event, at).await.unwrap();
}

#[tokio::test]
async fn password_sign_ins_their_failures_and_a_lockout_are_recorded() {
    let app = TestApp::spawn_with(|s| s.lockout.max_failed_attempts = 2).await;
    let db = &app.state.db;
    let alice = app.create_user("alice", "alice@example.com").await;
    let bob = app.create_user("bob", "bob@example.com").await;
    app.start_authorization(&Flow::confidential().params()).await;
    assert_eq!(app.start_sign_in().await.status(), StatusCode::NO_CONTENT);
    let agent = format!("AuditTest/1.0 {}", "x".repeat(600));
    let refused = app
        .api
        .post(app.url("/api/experience/verification/password"))
        .header(header::USER_AGENT, &agent)
        .json(&json!({"identifier": {"type": "username", "value": "alice"}, "password": WRONG}))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        app.verify_password("nobody", WRONG).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert!(events(db, "lockout").await.is_empty());
    assert_eq!(
        app.verify_password("alice", WRONG).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        app.verify_password("alice", PASSWORD).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let failed = events(db, "sign_in.failed").await;
    assert_eq!(failed.len(), 4);
    assert_eq!(who(&failed[0]), (Some(alice.as_str()), Some(CONFIDENTIAL), Some(LOCAL)));
    assert_eq!(failed[0].user_agent.as_deref(), Some(&agent[..512]));
    let invalid = json!({"method": "password", "reason": "session.invalid_credentials"});
    assert_eq!(failed[0].details, invalid);
    // An unknown identifier names nobody.
    assert_eq!(who(&failed[1]), (None, Some(CONFIDENTIAL), Some(LOCAL)));
    assert_eq!(failed[1].user_agent, None);
    assert_eq!(failed[2].details, invalid);
    assert_eq!(
        failed[3].details,
        json!({"method": "password", "reason": "lockout.locked"})
    );
    let lockout = only(db, "lockout").await;
    assert_eq!(who(&lockout), (Some(alice.as_str()), None, Some(LOCAL)));
    assert_eq!(lockout.details["identifier_type"], "username");
    assert!(lockout.details["until"].is_string());

    app.sign_in_with_password("bob", PASSWORD).await;
    let signed_in = only(db, "sign_in.succeeded").await;
    assert_eq!(who(&signed_in), (Some(bob.as_str()), Some(CONFIDENTIAL), Some(LOCAL)));
    assert_eq!(
        signed_in.details,
        json!({"method": "password", "connector": null, "second_factor": false})
    );
    // The right password of a disabled account is refused too.
    let carl = app.create_user("carl", "carl@example.com").await;
    gatehouse::service::accounts::disable(&app.state, &carl).await.unwrap();
    assert!(!app.verify_password("carl", PASSWORD).await.status().is_success());
    let disabled = last(db, "sign_in.failed").await;
    assert_eq!(who(&disabled), (Some(carl.as_str()), Some(CONFIDENTIAL), Some(LOCAL)));
    assert_eq!(disabled.details["reason"], "session.user_disabled");
    assert_no_secret_stored(db, &[PASSWORD.into(), WRONG.into()]).await;
}

#[tokio::test]
async fn changes_to_an_account_are_recorded_with_the_application_used() {
    let app = TestApp::spawn_with(|s| s.two_factor.enabled = true).await;
    let db = &app.state.db;
    let alice = app.create_user("alice", "alice@example.com").await;
    let tokens = app.sign_in_for_account(Flow::confidential(), "alice").await;
    let token = tokens.access.as_str();
    let mut secrets = vec![PASSWORD.to_owned(), NEW_PASSWORD.to_owned(), tokens.access.clone()];
    secrets.extend(tokens.refresh.clone());
    let mine = (Some(alice.as_str()), Some(CONFIDENTIAL), Some(LOCAL));

    // Second factors: an app, new backup codes, a wrong code at a sign-in, the app removed.
    let verification = app.verify_account(token).await;
    let setup = totp_secret(&app, token, &verification).await;
    let secret = setup["secret"].as_str().unwrap().to_owned();
    let code = code_now(&secret);
    let body = json!({"verificationId": setup["verificationId"], "code": code});
    let added = app
        .account_call(Method::POST, "/mfa/totp", token, Some(&verification), Some(body))
        .await;
    assert_eq!(added.status(), StatusCode::OK);
    let added: Value = added.json().await.unwrap();
    let enrolled = only(db, "mfa.enrolled").await;
    assert_eq!(who(&enrolled), mine);
    assert_eq!(enrolled.details, json!({"factor": "totp", "backup_codes": true}));
    let regenerated = app
        .account_call(Method::POST, "/mfa/backup-codes", token, Some(&verification), None)
        .await;
    assert_eq!(regenerated.status(), StatusCode::OK);
    let regenerated: Value = regenerated.json().await.unwrap();
    assert_eq!(who(&only(db, "backup_codes.regenerated").await), mine);
    let elsewhere = app.new_browser();
    elsewhere.start_authorization(&Flow::confidential().params()).await;
    elsewhere.identify_with_password("alice", PASSWORD).await;
    let wrong = other_code(&code_now(&secret)).to_owned();
    assert_eq!(
        elsewhere.give_totp(&wrong).await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let refused = only(db, "sign_in.failed").await;
    assert_eq!(who(&refused), mine);
    assert_eq!(refused.details, json!({"method": "totp", "reason": "mfa.invalid_code"}));
    let removed = app
        .account_call(Method::DELETE, "/mfa/totp", token, Some(&verification), None)
        .await;
    assert_eq!(removed.status(), StatusCode::NO_CONTENT);
    let removed = only(db, "mfa.removed").await;
    assert_eq!((who(&removed), &removed.details), (mine, &json!({"factor": "totp"})));
    secrets.extend([
        verification,
        secret,
        code,
        setup["verificationId"].as_str().unwrap().into(),
    ]);
    for codes in [&added["backupCodes"], &regenerated["backupCodes"]] {
        secrets.extend(codes.as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_owned()));
    }

    // The password, then the address.
    let verification = app.verify_account(token).await;
    let changed = app.set_account_password(token, Some(&verification), NEW_PASSWORD).await;
    assert_eq!(changed.status(), StatusCode::NO_CONTENT);
    let changed = only(db, "password.changed").await;
    assert_eq!(
        (who(&changed), &changed.details),
        (mine, &json!({"had_password": true}))
    );
    let verification = app.verify_account_password(token, NEW_PASSWORD).await;
    let change = json!({"email": "alice@new.example"});
    let (id, code) = app
        .account_code_from_mail("/email", token, Some(&verification), Some(change), "alice@new.example")
        .await;
    let body = json!({"verificationId": id, "code": code});
    let confirmed = app
        .account_call(Method::POST, "/email/verify", token, None, Some(body))
        .await;
    assert_eq!(confirmed.status(), StatusCode::OK);
    assert_eq!(who(&only(db, "email.changed").await), mine);
    secrets.extend([verification, id, code]);

    // Another application: a token revoked, then its access withdrawn.
    let second_flow = Flow::second();
    let callback = app.start_authorization(&second_flow.params()).await;
    let callback = url::Url::parse(location(&callback)).unwrap();
    let second_code = query_param(&callback, "code").unwrap();
    let second = app.tokens_for(&second_flow, &second_code).await;
    let refresh = second.refresh.clone().unwrap();
    let revoked = app
        .api
        .post(app.url("/oidc/token/revocation"))
        .basic_auth(SECOND, Some(SECOND_SECRET))
        .form(&[("token", refresh.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), StatusCode::OK);
    let revoked = only(db, "token.revoked").await;
    assert_eq!(who(&revoked), (Some(alice.as_str()), Some(SECOND), Some(LOCAL)));
    assert_eq!(revoked.details["token_type"], "refresh_token");
    let withdrawn = app
        .account_call(Method::DELETE, &format!("/apps/{SECOND}"), token, None, None)
        .await;
    assert_eq!(withdrawn.status(), StatusCode::NO_CONTENT);
    let withdrawn = only(db, "consent.withdrawn").await;
    assert_eq!(who(&withdrawn), (Some(alice.as_str()), Some(SECOND), Some(LOCAL)));
    secrets.extend([second_code, second.access, refresh]);

    // The account goes; its events stay.
    let verification = app.verify_account_password(token, NEW_PASSWORD).await;
    let deleted = app
        .account_call(Method::DELETE, "", token, Some(&verification), None)
        .await;
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    let deleted = only(db, "account.deleted").await;
    assert_eq!((who(&deleted), &deleted.details), (mine, &json!({"by": "user"})));
    secrets.push(verification);
    assert_no_secret_stored(db, &secrets).await;
}

#[tokio::test]
async fn registration_consent_and_a_password_reset_are_recorded() {
    let app = TestApp::spawn().await;
    let db = &app.state.db;
    let alice = app.create_user("alice", "alice@example.com").await;

    app.start_authorization(&Flow::confidential().params()).await;
    let register = json!({"interactionEvent": "Register"});
    assert_eq!(
        app.put_json("/api/experience", register).await.status(),
        StatusCode::NO_CONTENT
    );
    for (kind, value) in [("username", "newbie"), ("password", NEW_PASSWORD)] {
        let given = app
            .post_json("/api/experience/profile", json!({"type": kind, "value": value}))
            .await;
        assert_eq!(given.status(), StatusCode::NO_CONTENT);
    }
    assert_eq!(app.submit().await.status(), StatusCode::OK);
    let registered = only(db, "registration").await;
    assert!(registered.user_id.is_some());
    assert_eq!(
        (registered.client_id.as_deref(), registered.ip.as_deref()),
        (Some(CONFIDENTIAL), Some(LOCAL))
    );
    assert_eq!(
        registered.details,
        json!({"method": "password", "connector": null, "invitation": false})
    );

    let browser = app.new_browser();
    let flow = Flow::third_party();
    browser.start_authorization(&flow.params()).await;
    browser.identify_with_password("alice", PASSWORD).await;
    let allowed = browser
        .api
        .post(browser.url("/api/experience/consent"))
        .send()
        .await
        .unwrap();
    assert_eq!(allowed.status(), StatusCode::NO_CONTENT);
    let submitted: Value = browser.submit().await.json().await.unwrap();
    // Allowed, not yet given: the consent is stored with the code.
    assert!(events(db, "consent.granted").await.is_empty());
    let done = browser.follow(submitted["redirectTo"].as_str().unwrap()).await;
    let callback = url::Url::parse(location(&done)).unwrap();
    let code = query_param(&callback, "code").expect("a code after consent");
    let granted = only(db, "consent.granted").await;
    assert_eq!(who(&granted), (Some(alice.as_str()), Some(THIRD_PARTY), Some(LOCAL)));
    assert_eq!(
        granted.details,
        json!({"scopes": ["email", "offline_access", "openid", "profile"]})
    );
    assert_eq!(
        last(db, "sign_in.succeeded").await.client_id.as_deref(),
        Some(THIRD_PARTY)
    );

    let reset = app.new_browser();
    reset.start_authorization(&Flow::confidential().params()).await;
    reset.reset_password("alice@example.com", RESET_PASSWORD).await;
    let done = only(db, "password.reset").await;
    assert_eq!(who(&done), (Some(alice.as_str()), Some(CONFIDENTIAL), Some(LOCAL)));
    let mut secrets = vec![
        PASSWORD.to_owned(),
        NEW_PASSWORD.to_owned(),
        RESET_PASSWORD.to_owned(),
        code,
    ];
    secrets.extend(app.mails_to("alice@example.com").iter().map(code_in));
    assert_no_secret_stored(db, &secrets).await;
}

#[tokio::test]
async fn sign_up_sign_in_and_links_with_a_provider_are_recorded() {
    let fed = Federation::new().await;
    let db = &fed.app.state.db;
    fed.upstream_user("ada").await;
    fed.upstream_user("grace").await;
    let (ada, ada_tokens) = register_with_upstream(&fed, "ada").await;
    let registered = only(db, "registration").await;
    assert_eq!(who(&registered), (Some(ada.as_str()), Some(CONFIDENTIAL), Some(LOCAL)));
    assert_eq!(
        registered.details,
        json!({"method": "social", "connector": CONNECTOR, "invitation": false})
    );
    assert_eq!(sign_in_with_upstream(&new_browsers(&fed), "ada").await, ada);
    let signed_in = last(db, "sign_in.succeeded").await;
    assert_eq!(who(&signed_in), (Some(ada.as_str()), Some(CONFIDENTIAL), Some(LOCAL)));
    assert_eq!(
        signed_in.details,
        json!({"method": "social", "connector": CONNECTOR, "second_factor": false})
    );

    // Linked and unlinked in the account center.
    let alice = fed.app.create_user("alice", "alice@example.com").await;
    let browsers = new_browsers(&fed);
    let tokens = browsers.app.sign_in_for_account(Flow::confidential(), "alice").await;
    let verification = browsers.app.verify_account(&tokens.access).await;
    let linked = link_as(&browsers, &tokens.access, &verification, "grace").await;
    let event = only(db, "identity.linked").await;
    assert_eq!(who(&event), (Some(alice.as_str()), Some(CONFIDENTIAL), Some(LOCAL)));
    assert_eq!(event.details, json!({"connector": CONNECTOR}));
    let unlinked = unlink(
        &browsers,
        &tokens.access,
        Some(&verification),
        linked["id"].as_str().unwrap(),
    )
    .await;
    assert_eq!(unlinked.status(), StatusCode::NO_CONTENT);
    let event = only(db, "identity.unlinked").await;
    assert_eq!(
        (who(&event), &event.details),
        (
            (Some(alice.as_str()), Some(CONFIDENTIAL), Some(LOCAL)),
            &json!({"connector": CONNECTOR})
        )
    );

    // Linked at a sign-in with the account's password.
    let here = new_browsers(&fed);
    let flow = Flow::confidential();
    here.app.start_authorization(&flow.params()).await;
    let social = here.continue_with_upstream("grace").await;
    let verified: Value = here.app.verify_password("alice", PASSWORD).await.json().await.unwrap();
    let password = verified["verificationId"].as_str().unwrap().to_owned();
    let identified = here
        .app
        .post_json(
            "/api/experience/identification",
            json!({"verificationId": password, "linkVerificationId": social}),
        )
        .await;
    assert_eq!(identified.status(), StatusCode::NO_CONTENT);
    assert_eq!(here.finish_at_relying_party(&flow).await["sub"], alice.as_str());
    let event = last(db, "identity.linked").await;
    assert_eq!(who(&event), (Some(alice.as_str()), Some(CONFIDENTIAL), Some(LOCAL)));
    assert_eq!(event.details, json!({"connector": CONNECTOR, "at": "sign_in"}));
    let signed_in = last(db, "sign_in.succeeded").await;
    assert_eq!(signed_in.user_id.as_deref(), Some(alice.as_str()));
    assert_eq!(signed_in.details["method"], "password");

    let mut secrets = vec![PASSWORD.to_owned(), tokens.access, verification, password, social];
    secrets.extend([ada_tokens.access]);
    secrets.extend(tokens.refresh);
    assert_no_secret_stored(db, &secrets).await;
}
