//! `/api/my-account`: who may call it, the profile, the set-once username.

use reqwest::{Method, StatusCode, header};
use secrecy::SecretString;
use serde_json::{Value, json};

use crate::helpers::{CONFIDENTIAL, CONFIDENTIAL_SECRET, Flow, PASSWORD, TestApp, error_code, query_param};

/// An account with an email and a password but no username, as an invitation or an external
/// identity leaves it.
pub async fn create_user_without_username(app: &TestApp, email: &str) -> String {
    let hash = app.state.hasher.hash(&SecretString::from(PASSWORD)).await.unwrap();
    let user = gatehouse::storage::users::insert(
        &app.state.db,
        gatehouse::storage::users::NewUser {
            id: None,
            username: None,
            username_normalized: None,
            username_skeleton: None,
            email: Some(email.into()),
            email_normalized: Some(email.to_lowercase()),
            email_verified: true,
            name: None,
            password_hash: Some(hash),
            security_stamp: uuid::Uuid::new_v4().to_string(),
        },
    )
    .await
    .unwrap()
    .unwrap();
    user.id
}

#[tokio::test]
async fn a_first_party_token_with_the_account_scope_reads_the_profile() {
    let app = TestApp::spawn().await;
    let id = app.create_user("alice", "alice@example.com").await;
    let tokens = app.sign_in_for_account(Flow::confidential(), "alice").await;
    let me = app.my_account(&tokens.access).await;
    assert_eq!(me["id"], id.as_str());
    assert_eq!(me["username"], "alice");
    assert_eq!(me["name"], "alice Example");
    assert_eq!(me["email"], "alice@example.com");
    assert_eq!(me["emailVerified"], true);
    assert_eq!(me["hasPassword"], true);
    assert!(me["createdAt"].as_str().is_some());
    assert_eq!(
        me["canChange"],
        json!({"name": true, "locale": true, "username": false, "email": true, "password": true, "delete": true})
    );
}

#[tokio::test]
async fn tokens_without_the_scope_from_a_third_party_or_of_no_user_are_refused() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;

    let missing = app.account_call(Method::GET, "", "", None, None).await;
    assert!(
        missing.headers()[header::WWW_AUTHENTICATE]
            .to_str()
            .unwrap()
            .starts_with("Bearer")
    );
    assert_eq!(
        error_code(missing).await,
        (StatusCode::UNAUTHORIZED, "account.invalid_token".into())
    );
    let forged = app.account_call(Method::GET, "", "not.a.token", None, None).await;
    assert_eq!(
        error_code(forged).await,
        (StatusCode::UNAUTHORIZED, "account.invalid_token".into())
    );

    // Signed in without asking for `account`.
    let flow = Flow::confidential();
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    let plain = app.tokens_for(&flow, &query_param(&callback, "code").unwrap()).await;
    let refused = app.account_call(Method::GET, "", &plain.access, None, None).await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::FORBIDDEN, "account.insufficient_scope".into())
    );

    // A third-party client with the scope: the user consented, the API still refuses it.
    let flow = Flow {
        scope: "openid account".into(),
        ..Flow::third_party()
    };
    app.start_authorization(&flow.params()).await;
    let allowed = app.api.post(app.url("/api/experience/consent")).send().await.unwrap();
    assert_eq!(allowed.status(), StatusCode::NO_CONTENT);
    let submitted: Value = app.submit().await.json().await.unwrap();
    let done = app.follow(submitted["redirectTo"].as_str().unwrap()).await;
    let callback = url::Url::parse(crate::helpers::location(&done)).unwrap();
    let third = app.tokens_for(&flow, &query_param(&callback, "code").unwrap()).await;
    let refused = app.account_call(Method::GET, "", &third.access, None, None).await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::FORBIDDEN, "account.third_party_client".into())
    );

    // A client's own token names no user.
    let client_token: Value = app
        .api
        .post(app.url("/oidc/token"))
        .basic_auth(CONFIDENTIAL, Some(CONFIDENTIAL_SECRET))
        .form(&[("grant_type", "client_credentials"), ("scope", "account")])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    if let Some(token) = client_token["access_token"].as_str() {
        let refused = app.account_call(Method::GET, "", token, None, None).await;
        assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    }
}

#[tokio::test]
async fn a_disabled_user_or_account_center_refuses_the_token() {
    let app = TestApp::spawn().await;
    let id = app.create_user("alice", "alice@example.com").await;
    let tokens = app.sign_in_for_account(Flow::confidential(), "alice").await;
    let off = app.second_instance_with(|s| s.account.enabled = false).await;
    let refused = off.account_call(Method::GET, "", &tokens.access, None, None).await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::FORBIDDEN, "account.disabled".into())
    );
    let disabled = app.run_cli(&["user", "disable", &id]);
    assert!(disabled.status.success(), "{disabled:?}");
    let refused = app.account_call(Method::GET, "", &tokens.access, None, None).await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::UNAUTHORIZED, "account.invalid_token".into())
    );
}

#[tokio::test]
async fn the_name_and_language_change_and_clear() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    let token = app.sign_in_for_account(Flow::confidential(), "alice").await.access;
    let changed = app
        .account_call(
            Method::PATCH,
            "",
            &token,
            None,
            Some(json!({"name": "  Alice Liddell ", "locale": "fr-CA"})),
        )
        .await;
    assert_eq!(changed.status(), StatusCode::OK);
    let changed: Value = changed.json().await.unwrap();
    assert_eq!(
        (changed["name"].clone(), changed["locale"].clone()),
        (json!("Alice Liddell"), json!("fr-CA"))
    );
    // Absent leaves a field, an empty string clears it.
    let cleared: Value = app
        .account_call(Method::PATCH, "", &token, None, Some(json!({"locale": ""})))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(cleared["name"], "Alice Liddell");
    assert!(cleared.get("locale").is_none());
    // The ID token's claims follow.
    let me: Value = app
        .api
        .get(app.url("/oidc/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["name"], "Alice Liddell");

    let bad = app
        .account_call(Method::PATCH, "", &token, None, Some(json!({"locale": "<b>"})))
        .await;
    assert_eq!(
        error_code(bad).await,
        (StatusCode::BAD_REQUEST, "request.invalid_body".into())
    );
    let bad = app
        .account_call(Method::PATCH, "", &token, None, Some(json!({"name": "a\u{7}b"})))
        .await;
    assert_eq!(
        error_code(bad).await,
        (StatusCode::BAD_REQUEST, "request.invalid_body".into())
    );
    // The schema's patterns (and `null`, which is not a string) are refused before the
    // account is touched.
    let null = app
        .account_call(Method::PATCH, "", &token, None, Some(json!({"name": null})))
        .await;
    assert_eq!(
        error_code(null).await,
        (StatusCode::BAD_REQUEST, "request.invalid_body".into())
    );
    let bad = app
        .account_call(Method::PATCH, "", &token, None, Some(json!({"name": 12})))
        .await;
    assert_eq!(
        error_code(bad).await,
        (StatusCode::BAD_REQUEST, "request.invalid_body".into())
    );
}

#[tokio::test]
async fn fields_the_operator_keeps_are_refused_by_name() {
    let app = TestApp::spawn_with(|s| s.account.editable = vec!["locale".into()]).await;
    app.create_user("alice", "alice@example.com").await;
    let token = app.sign_in_for_account(Flow::confidential(), "alice").await.access;
    assert_eq!(app.my_account(&token).await["canChange"]["name"], false);
    let refused = app
        .account_call(Method::PATCH, "", &token, None, Some(json!({"name": "Mallory"})))
        .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(
        (body["code"].clone(), body["details"]["field"].clone()),
        (json!("account.field_not_editable"), json!("name"))
    );
    let verification = app.verify_account(&token).await;
    let refused = app
        .account_call(
            Method::PUT,
            "/password",
            &token,
            Some(&verification),
            Some(json!({"password": "Another good one 2"})),
        )
        .await;
    assert_eq!(error_code(refused).await.1, "account.field_not_editable");
}

#[tokio::test]
async fn a_username_is_set_once_and_never_changed() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    create_user_without_username(&app, "bob@example.com").await;
    let by_email = app.second_instance_with(|s| s.sign_in.local_by_email = true).await;
    let token = sign_in_by_email(&by_email, "bob@example.com").await;
    let me = by_email.my_account(&token).await;
    assert_eq!(me["canChange"]["username"], true);

    let taken = by_email
        .account_call(
            Method::POST,
            "/username",
            &token,
            None,
            Some(json!({"username": "ALICE"})),
        )
        .await;
    assert_eq!(
        error_code(taken).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "user.username_taken".into())
    );
    let mixed = by_email
        .account_call(
            Method::POST,
            "/username",
            &token,
            None,
            Some(json!({"username": "bоb"})),
        )
        .await;
    assert_eq!(error_code(mixed).await.1, "user.username_mixed_script");
    let set: Value = by_email
        .account_call(
            Method::POST,
            "/username",
            &token,
            None,
            Some(json!({"username": "bob"})),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (set["username"].clone(), set["canChange"]["username"].clone()),
        (json!("bob"), json!(false))
    );
    let again = by_email
        .account_call(
            Method::POST,
            "/username",
            &token,
            None,
            Some(json!({"username": "robert"})),
        )
        .await;
    assert_eq!(
        error_code(again).await,
        (StatusCode::CONFLICT, "account.username_already_set".into())
    );
    // The new username signs in.
    let other = app.new_browser();
    other.start_authorization(&Flow::confidential().params()).await;
    other.identify_with_password("bob", PASSWORD).await;
}

/// Signs in by email address (an instance with `sign_in.local_by_email`): the access token.
pub async fn sign_in_by_email(app: &TestApp, email: &str) -> String {
    let flow = Flow {
        scope: "openid account".into(),
        ..Flow::confidential()
    };
    app.start_authorization(&flow.params()).await;
    assert_eq!(app.start_sign_in().await.status(), StatusCode::NO_CONTENT);
    let verified: Value = app
        .post_json(
            "/api/experience/verification/password",
            json!({"identifier": {"type": "email", "value": email}, "password": PASSWORD}),
        )
        .await
        .json()
        .await
        .unwrap();
    let identified = app
        .post_json(
            "/api/experience/identification",
            json!({"verificationId": verified["verificationId"]}),
        )
        .await;
    assert_eq!(identified.status(), StatusCode::NO_CONTENT);
    let submitted: Value = app.submit().await.json().await.unwrap();
    let done = app.follow(submitted["redirectTo"].as_str().unwrap()).await;
    let callback = url::Url::parse(crate::helpers::location(&done)).unwrap();
    app.tokens_for(&flow, &query_param(&callback, "code").unwrap())
        .await
        .access
}
