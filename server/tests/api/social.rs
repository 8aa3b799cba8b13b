//! Sign-in and sign-up with an external provider, a second real Gatehouse instance playing
//! the provider: `/api/experience/verification/social/...`, then identification.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::{
    federation::{CONNECTOR, Federation, oauth2_connector, oidc_connector},
    helpers::{Flow, PASSWORD, error_code, location},
};

async fn switch_to_register(fed: &Federation) {
    let switched = fed
        .app
        .put_json(
            "/api/experience/interaction-event",
            json!({"interactionEvent": "Register"}),
        )
        .await;
    assert_eq!(switched.status(), StatusCode::NO_CONTENT);
}

async fn identify(fed: &Federation, body: Value) -> reqwest::Response {
    fed.app.post_json("/api/experience/identification", body).await
}

async fn identities_of(fed: &Federation, user_id: &str) -> Vec<gatehouse::storage::identities::LinkedIdentity> {
    gatehouse::storage::identities::list_for_user(&fed.app.state.db, user_id)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_unknown_identity_signs_up_then_signs_in_with_no_code_before() {
    let fed = Federation::new().await;
    fed.upstream_user("ada").await;
    let flow = Flow::confidential();
    fed.app.start_authorization(&flow.params()).await;
    let id = fed.continue_with_upstream("ada").await;
    assert_eq!(
        fed.next_step().await,
        json!({
            "type": "identityNotLinked",
            "verificationId": id,
            "connectorId": CONNECTOR,
            "email": "ada@upstream.example",
            "name": "ada Example",
            "register": true,
            "link": true,
        })
    );
    // Nothing reaches the client until the identity belongs to an account.
    let refused = identify(&fed, json!({"verificationId": id})).await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "session.identity_not_linked".into())
    );
    assert_eq!(
        error_code(fed.app.submit().await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "session.not_identified".into())
    );

    switch_to_register(&fed).await;
    assert_eq!(fed.next_step().await["type"], "identify");
    assert_eq!(
        identify(&fed, json!({"verificationId": id})).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(fed.next_step().await["type"], "submit");
    let claims = fed.finish_at_relying_party(&flow).await;
    assert_eq!(claims["amr"], json!(["fed"]));
    assert_eq!(claims["email"], "ada@upstream.example");
    assert_eq!(claims["email_verified"], true);
    let user_id = claims["sub"].as_str().unwrap().to_owned();
    let linked = identities_of(&fed, &user_id).await;
    assert_eq!(linked.len(), 1);
    assert_eq!(linked[0].connector_id, CONNECTOR);

    // The next sign-in with the same upstream account lands in the same account.
    let again = Flow::confidential().with("prompt", "login");
    fed.app.start_authorization(&again.params()).await;
    let id = fed.continue_with_upstream("ada").await;
    assert_eq!(fed.next_step().await, json!({"type": "identify", "verificationId": id}));
    assert_eq!(
        identify(&fed, json!({"verificationId": id})).await.status(),
        StatusCode::NO_CONTENT
    );
    let claims = fed.finish_at_relying_party(&again).await;
    assert_eq!(claims["sub"], user_id.as_str());
}

#[tokio::test]
async fn an_identity_links_only_after_the_accounts_password() {
    let fed = Federation::new().await;
    fed.upstream_user("grace").await;
    // Same address downstream: still no link by itself.
    let local = fed.app.create_user("grace", "grace@upstream.example").await;
    let flow = Flow::confidential();
    fed.app.start_authorization(&flow.params()).await;
    let social = fed.continue_with_upstream("grace").await;
    let refused = identify(&fed, json!({"verificationId": social})).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(identities_of(&fed, &local).await.is_empty());

    // The user chooses "link": the password of the account, then identification naming both.
    let verified: Value = fed.app.verify_password("grace", PASSWORD).await.json().await.unwrap();
    let password = verified["verificationId"].as_str().unwrap();
    assert_eq!(
        fed.next_step().await,
        json!({"type": "identify", "verificationId": password, "linkVerificationId": social})
    );
    // The link waits for submit.
    let identified = identify(&fed, json!({"verificationId": password, "linkVerificationId": social})).await;
    assert_eq!(identified.status(), StatusCode::NO_CONTENT);
    assert!(identities_of(&fed, &local).await.is_empty());
    let claims = fed.finish_at_relying_party(&flow).await;
    assert_eq!(claims["sub"], local.as_str());
    assert_eq!(claims["amr"], json!(["pwd"]));
    assert_eq!(identities_of(&fed, &local).await.len(), 1);

    // Now the upstream alone signs grace in.
    let again = Flow::confidential().with("prompt", "login");
    fed.app.start_authorization(&again.params()).await;
    let id = fed.continue_with_upstream("grace").await;
    assert_eq!(
        identify(&fed, json!({"verificationId": id})).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(fed.finish_at_relying_party(&again).await["sub"], local.as_str());
}

#[tokio::test]
async fn registering_with_an_address_an_account_has_links_nothing_and_copies_nothing() {
    let fed = Federation::new().await;
    fed.upstream_user("linus").await;
    let local = fed.app.create_user("linus", "linus@upstream.example").await;
    let flow = Flow::confidential();
    fed.app.start_authorization(&flow.params()).await;
    let id = fed.continue_with_upstream("linus").await;
    switch_to_register(&fed).await;
    assert_eq!(
        identify(&fed, json!({"verificationId": id})).await.status(),
        StatusCode::NO_CONTENT
    );
    let claims = fed.finish_at_relying_party(&flow).await;
    assert_ne!(claims["sub"], local.as_str());
    assert_eq!(claims.get("email"), None, "{claims}");
    assert!(identities_of(&fed, &local).await.is_empty());
}

#[tokio::test]
async fn an_unverified_upstream_address_is_never_shown_or_used() {
    let fed = Federation::new().await;
    let upstream_id = fed.upstream_user("mary").await;
    // An address the upstream never confirmed (changed, not yet proved).
    use gatehouse::storage::Conn;
    fed.upstream
        .state
        .db
        .execute_unprepared(&format!(
            "UPDATE users SET email_verified = false WHERE id = '{upstream_id}'"
        ))
        .await
        .unwrap();
    let flow = Flow::confidential();
    fed.app.start_authorization(&flow.params()).await;
    let id = fed.continue_with_upstream("mary").await;
    assert_eq!(fed.next_step().await["email"], Value::Null);
    switch_to_register(&fed).await;
    assert_eq!(
        identify(&fed, json!({"verificationId": id})).await.status(),
        StatusCode::NO_CONTENT
    );
    let claims = fed.finish_at_relying_party(&flow).await;
    assert_eq!(claims.get("email"), None, "{claims}");
}

#[tokio::test]
async fn the_same_upstream_as_plain_oauth2_reads_the_user_from_userinfo() {
    let fed = Federation::with(oauth2_connector, |_| {}).await;
    let upstream_id = fed.upstream_user("alan").await;
    let flow = Flow::confidential();
    fed.app.start_authorization(&flow.params()).await;
    let id = fed.continue_with_upstream("alan").await;
    assert_eq!(fed.next_step().await["email"], "alan@upstream.example");
    switch_to_register(&fed).await;
    assert_eq!(
        identify(&fed, json!({"verificationId": id})).await.status(),
        StatusCode::NO_CONTENT
    );
    let claims = fed.finish_at_relying_party(&flow).await;
    let linked = identities_of(&fed, claims["sub"].as_str().unwrap()).await;
    assert_eq!(linked[0].subject, upstream_id);
}

#[tokio::test]
async fn an_invitee_registers_with_an_external_identity() {
    let fed = Federation::with(crate::federation::oidc_connector, |s| s.registration.open = false).await;
    fed.upstream_user("joan").await;
    let flow = Flow::confidential();
    fed.app.start_authorization(&flow.params()).await;
    let id = fed.continue_with_upstream("joan").await;
    switch_to_register(&fed).await;
    let refused = identify(&fed, json!({"verificationId": id})).await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::FORBIDDEN, "session.registration_invitation_only".into())
    );
    let invited = fed.app.invite("joan@invited.example", chrono::Duration::days(1)).await;
    let redeemed: Value = fed.app.redeem_invitation(&invited.code).await.json().await.unwrap();
    let invitation = redeemed["verificationId"].as_str().unwrap();
    assert_eq!(
        identify(&fed, json!({"verificationId": invitation})).await.status(),
        StatusCode::NO_CONTENT
    );
    // The social verification is still the interaction's: it comes back as the next step.
    let (uri, social) = fed.click_upstream_button().await;
    let data = fed.sign_in_at_upstream(&uri, "joan").await;
    assert_eq!(fed.verify_social(&social, &data).await.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        identify(&fed, json!({"verificationId": social})).await.status(),
        StatusCode::NO_CONTENT
    );
    let claims = fed.finish_at_relying_party(&flow).await;
    // The invited contact's account, at the address it was invited at.
    assert_eq!(claims["email"], "joan@invited.example");
    assert_eq!(identities_of(&fed, claims["sub"].as_str().unwrap()).await.len(), 1);
}

#[tokio::test]
async fn single_provider_mode_goes_straight_to_the_provider_and_back() {
    let fed = Federation::with(oidc_connector, |s| {
        s.sign_in.local = false;
        s.sign_in.login_button_provider = Some(CONNECTOR.into());
    })
    .await;
    fed.upstream_user("hedy").await;
    let flow = Flow::confidential();
    let start = fed.app.start_authorization(&flow.params()).await;
    assert_eq!(start.status(), StatusCode::SEE_OTHER);
    let upstream_uri = location(&start).to_owned();
    assert!(
        upstream_uri.starts_with(&fed.upstream.url("/oidc/auth")),
        "{upstream_uri}"
    );
    let data = fed.sign_in_at_upstream(&upstream_uri, "hedy").await;
    // The server started this request: its `state` is the verification id.
    let id = data["state"].clone();
    assert_eq!(fed.verify_social(&id, &data).await.status(), StatusCode::NO_CONTENT);
    let step = fed.next_step().await;
    assert_eq!(step["type"], "identityNotLinked");
    assert_eq!(step["link"], false);
    assert_eq!(step["register"], true);
    // No password sign-in here.
    assert_eq!(
        error_code(fed.app.verify_password("hedy", PASSWORD).await).await,
        (StatusCode::FORBIDDEN, "session.sign_in_method_disabled".into())
    );
    switch_to_register(&fed).await;
    assert_eq!(
        identify(&fed, json!({"verificationId": id})).await.status(),
        StatusCode::NO_CONTENT
    );
    let claims = fed.finish_at_relying_party(&flow).await;
    assert_eq!(claims["amr"], json!(["fed"]));
}

#[tokio::test]
async fn a_linked_identity_asks_for_the_accounts_second_factor() {
    let fed = Federation::with(oidc_connector, |s| s.two_factor.enabled = true).await;
    fed.upstream_user("ken").await;
    let flow = Flow::confidential();
    fed.app.start_authorization(&flow.params()).await;
    let id = fed.continue_with_upstream("ken").await;
    switch_to_register(&fed).await;
    assert_eq!(
        identify(&fed, json!({"verificationId": id})).await.status(),
        StatusCode::NO_CONTENT
    );
    let user_id = fed.finish_at_relying_party(&flow).await["sub"]
        .as_str()
        .unwrap()
        .to_owned();
    let secret = fed.app.set_up_authenticator(&user_id).await;

    let again = Flow::confidential().with("prompt", "login");
    fed.app.start_authorization(&again.params()).await;
    let id = fed.continue_with_upstream("ken").await;
    assert_eq!(
        identify(&fed, json!({"verificationId": id})).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(fed.next_step().await["type"], "mfa");
    assert_eq!(
        error_code(fed.app.submit().await).await,
        (StatusCode::FORBIDDEN, "session.mfa_required".into())
    );
    let code = crate::mfa::current_code(&secret);
    assert_eq!(fed.app.give_totp(&code).await.status(), StatusCode::OK);
    let claims = fed.finish_at_relying_party(&again).await;
    assert_eq!(claims["amr"], json!(["fed", "otp", "mfa"]));
    assert_eq!(claims["acr"], "urn:gatehouse:acr:2fa");
}

#[tokio::test]
async fn the_pages_may_show_the_connectors_logos_and_list_the_buttons() {
    let fed = Federation::with(
        |up| gatehouse::config::ConnectorSettings {
            logo_url: Some("https://logos.example/upstream.svg".into()),
            ..oidc_connector(up)
        },
        |_| {},
    )
    .await;
    let page = fed.app.follow(&fed.app.url("/sign-in")).await;
    let csp = page.headers()["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("img-src 'self' data: https://logos.example;"), "{csp}");
    let exp = fed.app.get_json("/api/.well-known/sign-in-exp").await;
    assert_eq!(
        exp["signIn"]["connectors"],
        json!([{"id": CONNECTOR, "name": "Upstream", "logoUrl": "https://logos.example/upstream.svg"}])
    );
}
