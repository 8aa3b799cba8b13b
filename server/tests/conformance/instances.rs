//! Several instances on one database: every piece of state is in the database, so a flow may
//! hop between instances, and single-use things stay single-use across them.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::{
    helpers::{CONFIDENTIAL, CONFIDENTIAL_SECRET, Flow, PASSWORD, location, query_param},
    rp::{app_with_alice, redeem},
};

#[tokio::test]
async fn a_flow_whose_steps_alternate_between_two_instances_works() {
    let a = app_with_alice().await;
    let b = a.second_instance().await;
    let flow = Flow::confidential();
    let start = a.start_authorization(&flow.params()).await;
    assert_eq!(start.status(), StatusCode::SEE_OTHER);
    assert_eq!(b.start_sign_in().await.status(), StatusCode::NO_CONTENT);
    let verified: Value = a.verify_password("alice", PASSWORD).await.json().await.unwrap();
    let identified = b
        .post_json(
            "/api/experience/identification",
            json!({"verificationId": verified["verificationId"]}),
        )
        .await;
    assert_eq!(identified.status(), StatusCode::NO_CONTENT);
    let submitted: Value = a.submit().await.json().await.unwrap();
    let done = b.follow(&b.here(submitted["redirectTo"].as_str().unwrap())).await;
    let callback = url::Url::parse(location(&done)).unwrap();
    let tokens = redeem(&a, &flow, &callback).await;
    let me = b
        .api
        .get(b.url("/oidc/me"))
        .bearer_auth(tokens.access_token())
        .send()
        .await
        .unwrap();
    assert_eq!(
        me.status(),
        StatusCode::OK,
        "a token of one instance works at the other"
    );
    // SSO across instances.
    let second = b.start_authorization(&Flow::second().params()).await;
    assert!(query_param(&url::Url::parse(location(&second)).unwrap(), "code").is_some());
}

#[tokio::test]
async fn parallel_redemptions_spread_over_two_instances_give_one_success() {
    let a = app_with_alice().await;
    let b = a.second_instance().await;
    let flow = Flow::confidential();
    let callback = a.authorize_and_sign_in(&flow, "alice").await;
    let code = query_param(&callback, "code").unwrap();
    let attempts = (0..10).map(|i| {
        let app = if i % 2 == 0 { &a } else { &b };
        app.exchange_code(&flow, &code)
    });
    let statuses: Vec<StatusCode> = futures::future::join_all(attempts)
        .await
        .iter()
        .map(|r| r.status())
        .collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == StatusCode::OK).count(),
        1,
        "{statuses:?}"
    );

    let flow = Flow::confidential().with("prompt", "login");
    let callback = a.authorize_and_sign_in(&flow, "alice").await;
    let tokens: Value = a
        .exchange_code(&flow, &query_param(&callback, "code").unwrap())
        .await
        .json()
        .await
        .unwrap();
    let refresh = tokens["refresh_token"].as_str().unwrap();
    let attempts = (0..10).map(|i| {
        let app = if i % 2 == 0 { &a } else { &b };
        app.api
            .post(app.url("/oidc/token"))
            .basic_auth(CONFIDENTIAL, Some(CONFIDENTIAL_SECRET))
            .form(&[("grant_type", "refresh_token"), ("refresh_token", refresh)])
            .send()
    });
    let statuses: Vec<StatusCode> = futures::future::join_all(attempts)
        .await
        .into_iter()
        .map(|r| r.unwrap().status())
        .collect();
    assert!(
        statuses.iter().filter(|s| **s == StatusCode::OK).count() <= 1,
        "{statuses:?}"
    );
}
