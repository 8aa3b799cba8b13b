//! `/api/my-account`: applications with access, deleting the account, CORS and the built-in
//! client of the account pages.

use reqwest::{Method, StatusCode, header};
use serde_json::{Value, json};

use crate::helpers::{Flow, PASSWORD, SECOND, TestApp, error_code, query_param};

#[tokio::test]
async fn apps_with_access_are_listed_and_one_is_withdrawn() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    let here = app.sign_in_for_account(Flow::confidential(), "alice").await;
    let second_flow = Flow::second();
    let callback = app.start_authorization(&second_flow.params()).await;
    let callback = url::Url::parse(crate::helpers::location(&callback)).unwrap();
    let second = app
        .tokens_for(&second_flow, &query_param(&callback, "code").unwrap())
        .await;

    let apps: Value = app
        .account_call(Method::GET, "/apps", &here.access, None, None)
        .await
        .json()
        .await
        .unwrap();
    let apps = apps.as_array().unwrap();
    assert_eq!(apps.len(), 2, "{apps:?}");
    let mine = apps.iter().find(|a| a["current"] == true).unwrap();
    assert_eq!(mine["clientId"], "rp-confidential");
    assert_eq!(mine["origins"], json!(["http://rp.test"]));
    let other = apps.iter().find(|a| a["clientId"] == SECOND).unwrap();
    assert_eq!(other["name"], "rp-second app");
    assert!(other["scopes"].as_array().unwrap().contains(&json!("openid")));

    let withdrawn = app
        .account_call(Method::DELETE, &format!("/apps/{SECOND}"), &here.access, None, None)
        .await;
    assert_eq!(withdrawn.status(), StatusCode::NO_CONTENT);
    let refreshed = app
        .api
        .post(app.url("/oidc/token"))
        .basic_auth(SECOND, second_flow.secret.as_deref())
        .form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", second.refresh.as_deref().unwrap()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refreshed.status(), StatusCode::BAD_REQUEST);
    let me = app
        .api
        .get(app.url("/oidc/me"))
        .bearer_auth(&second.access)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), StatusCode::UNAUTHORIZED);
    let apps: Value = app
        .account_call(Method::GET, "/apps", &here.access, None, None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(apps.as_array().unwrap().len(), 1);
    let again = app
        .account_call(Method::DELETE, &format!("/apps/{SECOND}"), &here.access, None, None)
        .await;
    assert_eq!(
        error_code(again).await,
        (StatusCode::NOT_FOUND, "application.not_found".into())
    );
}

#[tokio::test]
async fn a_deleted_account_cannot_sign_in_and_its_tokens_die() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    let here = app.sign_in_for_account(Flow::confidential(), "alice").await;
    let unverified = app.account_call(Method::DELETE, "", &here.access, None, None).await;
    assert_eq!(error_code(unverified).await.1, "account.verification_required");
    let verification = app.verify_account(&here.access).await;
    let deleted = app
        .account_call(Method::DELETE, "", &here.access, Some(&verification), None)
        .await;
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);

    assert_eq!(
        error_code(app.account_call(Method::GET, "", &here.access, None, None).await)
            .await
            .1,
        "account.invalid_token"
    );
    let me = app
        .api
        .get(app.url("/oidc/me"))
        .bearer_auth(&here.access)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), StatusCode::UNAUTHORIZED);
    let refreshed = app
        .api
        .post(app.url("/oidc/token"))
        .basic_auth("rp-confidential", Some(crate::helpers::CONFIDENTIAL_SECRET))
        .form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", here.refresh.as_deref().unwrap()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refreshed.status(), StatusCode::BAD_REQUEST);
    let fresh = app.new_browser();
    fresh.start_authorization(&Flow::confidential().params()).await;
    fresh.start_sign_in().await;
    assert_eq!(
        error_code(fresh.verify_password("alice", PASSWORD).await).await.1,
        "session.invalid_credentials"
    );
    // The name is free again, and nothing of the account is listed.
    let listed = app.run_cli(&["user", "list", "--json"]);
    assert!(!String::from_utf8_lossy(&listed.stdout).contains("alice"), "{listed:?}");
    app.create_user("alice", "alice@example.com").await;
}

#[tokio::test]
async fn deleting_is_refused_when_the_operator_turned_it_off() {
    let app = TestApp::spawn_with(|s| s.account.allow_delete = false).await;
    app.create_user("alice", "alice@example.com").await;
    let token = app.sign_in_for_account(Flow::confidential(), "alice").await.access;
    assert_eq!(app.my_account(&token).await["canChange"]["delete"], false);
    let verification = app.verify_account(&token).await;
    let refused = app
        .account_call(Method::DELETE, "", &token, Some(&verification), None)
        .await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::FORBIDDEN, "account.delete_disabled".into())
    );
    app.my_account(&token).await;
}

#[tokio::test]
async fn first_party_pages_get_cors_and_others_do_not() {
    let app = TestApp::spawn().await;
    let preflight = |origin: &'static str| {
        app.api
            .request(Method::OPTIONS, app.url("/api/my-account/password"))
            .header(header::ORIGIN, origin)
            .header(header::ACCESS_CONTROL_REQUEST_METHOD, "PUT")
            .header(
                header::ACCESS_CONTROL_REQUEST_HEADERS,
                "authorization, gatehouse-verification-id",
            )
            .send()
    };
    let ours = preflight("http://spa.test").await.unwrap();
    assert_eq!(ours.headers()[header::ACCESS_CONTROL_ALLOW_ORIGIN], "http://spa.test");
    assert!(
        ours.headers()[header::ACCESS_CONTROL_ALLOW_HEADERS]
            .to_str()
            .unwrap()
            .contains("Gatehouse-Verification-Id")
    );
    let theirs = preflight("http://third.test").await.unwrap();
    assert!(theirs.headers().get(header::ACCESS_CONTROL_ALLOW_ORIGIN).is_none());
    // No cookie counts here: a cross-site call with a token is answered, not refused as a forgery.
    let cross = app
        .api
        .get(app.url("/api/my-account"))
        .header(header::ORIGIN, "http://spa.test")
        .header("sec-fetch-site", "cross-site")
        .send()
        .await
        .unwrap();
    assert_eq!(cross.headers()[header::ACCESS_CONTROL_ALLOW_ORIGIN], "http://spa.test");
    assert_eq!(error_code(cross).await.1, "account.invalid_token");
}

#[tokio::test]
async fn the_account_pages_sign_in_through_their_built_in_public_client() {
    let app = TestApp::spawn().await;
    app.create_user("alice", "alice@example.com").await;
    let flow = Flow {
        client_id: "gatehouse-account".into(),
        secret: None,
        redirect_uri: format!("{}/account/callback", app.settings.public_url),
        scope: "openid profile email account".into(),
        ..Flow::public()
    };
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    assert_eq!(callback.path(), "/account/callback");
    let tokens = app.tokens_for(&flow, &query_param(&callback, "code").unwrap()).await;
    assert_eq!(app.my_account(&tokens.access).await["username"], "alice");
    // Without PKCE it is refused, as for any public client.
    let start = app.start_authorization(&flow.without("code_challenge").params()).await;
    assert!(crate::helpers::location(&start).contains("error="));
    // Served (503 only while the app is not built), not the not-found page.
    let page = app.api.get(app.url("/account")).send().await.unwrap();
    assert_ne!(page.status(), StatusCode::NOT_FOUND);
    // Off, the client and the pages are gone.
    let off = app.second_instance_with(|s| s.account.enabled = false).await;
    let start = off.start_authorization(&Flow { ..flow_for(&off) }.params()).await;
    assert_eq!(start.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        off.api.get(off.url("/account")).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
}

fn flow_for(app: &TestApp) -> Flow {
    Flow {
        client_id: "gatehouse-account".into(),
        secret: None,
        redirect_uri: format!("{}/account/callback", app.settings.public_url),
        scope: "openid account".into(),
        ..Flow::public()
    }
}
