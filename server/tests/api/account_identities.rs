//! `/api/my-account/identities` and `/api/my-account/verifications/social`: linking and
//! unlinking external identities from the account center, and proving it is the user with one,
//! a second real Gatehouse instance playing the provider.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    account_federation::*,
    federation::{CONNECTOR, Federation},
    helpers::{Flow, PASSWORD, error_code, query_param},
};

#[tokio::test]
async fn an_identity_is_linked_after_a_verification_then_signs_in() {
    let fed = Federation::new().await;
    fed.upstream_user("ada").await;
    let alice = fed.app.create_user("alice", "alice@example.com").await;
    let tokens = fed.app.sign_in_for_account(Flow::confidential(), "alice").await;
    let token = tokens.access.as_str();
    let listed = identities(&fed, token).await;
    assert_eq!(listed["identities"], json!([]));
    assert_eq!(listed["connectors"], json!([{"id": CONNECTOR, "name": "Upstream"}]));
    // No identity of the provider to verify with yet.
    assert_eq!(
        error_code(start(&fed, token, "/verifications").await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "account.identity_not_linked".into())
    );

    let (uri, request) = authorization_uri(&fed, token, "/identities").await;
    let data = fed.sign_in_at_upstream(&uri, "ada").await;
    // The provider's answer alone links nothing: the account's owner proves it is them first.
    assert_eq!(
        error_code(link(&fed, token, None, &request, &data).await).await,
        (StatusCode::UNAUTHORIZED, "account.verification_required".into())
    );
    assert_eq!(identities(&fed, token).await["identities"], json!([]));
    let verification = fed.app.verify_account(token).await;
    let linked = link(&fed, token, Some(&verification), &request, &data).await;
    assert_eq!(linked.status(), StatusCode::OK, "{:?}", linked.text().await);
    let linked: Value = linked.json().await.unwrap();
    assert_eq!(linked["connectorId"], CONNECTOR);
    assert_eq!(linked["connectorName"], "Upstream");
    assert_eq!(linked["email"], "ada@upstream.example");
    assert_eq!(linked["canUnlink"], true);
    assert_eq!(identities(&fed, token).await["identities"], json!([linked]));
    let notice = fed.app.wait_for_mail("alice@example.com", 1).await;
    assert!(notice.body.contains("Upstream"), "{notice:?}");
    // Each answer serves once.
    assert_eq!(
        error_code(link(&fed, token, Some(&verification), &request, &data).await).await,
        (StatusCode::NOT_FOUND, "social.request_not_found".into())
    );
    // The caller's token goes on after the new security stamp.
    fed.app.my_account(token).await;

    // The identity now signs alice in, with no password (in another browser, where nobody is
    // signed in at either server).
    assert_eq!(sign_in_with_upstream(&new_browsers(&fed), "ada").await, alice);

    // Linked already: to this account, or to another.
    let again = link_as_refused(&fed, token, &verification, "ada").await;
    assert_eq!(again, (StatusCode::CONFLICT, "account.identity_already_linked".into()));
    fed.app.create_user("bob", "bob@example.com").await;
    let bob = new_browsers(&fed);
    let bob_tokens = bob.app.sign_in_for_account(Flow::confidential(), "bob").await;
    let bob_verification = bob.app.verify_account(&bob_tokens.access).await;
    let taken = link_as_refused(&bob, &bob_tokens.access, &bob_verification, "ada").await;
    assert_eq!(taken, (StatusCode::CONFLICT, "account.identity_already_linked".into()));
    assert_eq!(identities(&bob, &bob_tokens.access).await["identities"], json!([]));
}

#[tokio::test]
async fn several_identities_of_one_provider_are_linked_and_unlinked() {
    let fed = Federation::new().await;
    fed.upstream_user("ada").await;
    fed.upstream_user("grace").await;
    fed.app.create_user("alice", "alice@example.com").await;
    let tokens = fed.app.sign_in_for_account(Flow::confidential(), "alice").await;
    let token = tokens.access.as_str();
    let verification = fed.app.verify_account(token).await;
    let ada = link_as(&fed, token, &verification, "ada").await;
    // Another person at the same provider, in another browser there.
    let elsewhere = new_browsers(&fed);
    let grace = link_as(&elsewhere, token, &verification, "grace").await;
    let listed = identities(&fed, token).await["identities"].clone();
    assert_eq!(listed, json!([ada, grace]));
    assert_eq!(listed[1]["email"], "grace@upstream.example");

    let ada_id = ada["id"].as_str().unwrap();
    assert_eq!(
        error_code(unlink(&fed, token, None, ada_id).await).await,
        (StatusCode::UNAUTHORIZED, "account.verification_required".into())
    );
    assert_eq!(
        error_code(unlink(&fed, token, Some(&verification), "no-such-identity").await).await,
        (StatusCode::NOT_FOUND, "account.identity_not_found".into())
    );
    // Another account's identity is not found either.
    fed.app.create_user("bob", "bob@example.com").await;
    let bob = new_browsers(&fed);
    let bob_tokens = bob.app.sign_in_for_account(Flow::confidential(), "bob").await;
    let bob_verification = bob.app.verify_account(&bob_tokens.access).await;
    assert_eq!(
        error_code(unlink(&bob, &bob_tokens.access, Some(&bob_verification), ada_id).await).await,
        (StatusCode::NOT_FOUND, "account.identity_not_found".into())
    );

    assert_eq!(
        unlink(&fed, token, Some(&verification), ada_id).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(identities(&fed, token).await["identities"], json!([grace]));
    // Three notices: two links, one unlink.
    fed.app.wait_for_mail("alice@example.com", 3).await;
    // The provider proves an identity that is no longer alice's: no verification by it.
    assert_eq!(
        error_code(verify_with_upstream(&fed, token, "ada").await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "account.identity_not_linked".into())
    );
    let verified = verify_with_upstream(&elsewhere, token, "grace").await;
    assert_eq!(verified.status(), StatusCode::OK, "{:?}", verified.text().await);
}

#[tokio::test]
async fn an_account_made_by_an_identity_verifies_with_it_then_sets_a_password() {
    let fed = Federation::new().await;
    fed.upstream_user("joan").await;
    let (joan, tokens) = register_with_upstream(&fed, "joan").await;
    let token = tokens.access.as_str();
    assert_eq!(fed.app.my_account(token).await["hasPassword"], false);
    assert_eq!(sign_in_with_upstream(&new_browsers(&fed), "joan").await, joan);
    let listed = identities(&fed, token).await["identities"].clone();
    assert_eq!(listed[0]["canUnlink"], false);
    let identity = listed[0]["id"].as_str().unwrap().to_owned();
    let refused = fed
        .app
        .account_call(
            Method::POST,
            "/verifications/password",
            token,
            None,
            Some(json!({"password": PASSWORD})),
        )
        .await;
    assert_eq!(
        error_code(refused).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "account.no_password".into())
    );

    // A request made to link cannot serve as a verification.
    let (uri, link_request) = authorization_uri(&fed, token, "/identities").await;
    let data = fed.sign_in_at_upstream(&uri, "joan").await;
    let replayed = fed
        .app
        .account_call(
            Method::POST,
            "/verifications/social",
            token,
            None,
            Some(answer(&link_request, &data)),
        )
        .await;
    assert_eq!(
        error_code(replayed).await,
        (StatusCode::NOT_FOUND, "social.request_not_found".into())
    );

    let verified = verify_with_upstream(&fed, token, "joan").await;
    assert_eq!(verified.status(), StatusCode::OK, "{:?}", verified.text().await);
    let verification = verified.json::<Value>().await.unwrap()["verificationId"]
        .as_str()
        .unwrap()
        .to_owned();
    // A verification request cannot link either.
    let (uri, verify_request) = authorization_uri(&fed, token, "/verifications").await;
    let data = fed.sign_in_at_upstream(&uri, "joan").await;
    assert_eq!(
        error_code(link(&fed, token, Some(&verification), &verify_request, &data).await).await,
        (StatusCode::NOT_FOUND, "social.request_not_found".into())
    );

    // Its last way to sign in stays.
    assert_eq!(
        error_code(unlink(&fed, token, Some(&verification), &identity).await).await,
        (StatusCode::CONFLICT, "account.last_sign_in_method".into())
    );
    let named = fed
        .app
        .account_call(
            Method::POST,
            "/username",
            token,
            None,
            Some(json!({"username": "joan"})),
        )
        .await;
    assert_eq!(named.status(), StatusCode::OK, "{:?}", named.text().await);
    let set = fed.app.set_account_password(token, Some(&verification), PASSWORD).await;
    assert_eq!(set.status(), StatusCode::NO_CONTENT, "{:?}", set.text().await);
    assert_eq!(fed.app.my_account(token).await["hasPassword"], true);
    assert_eq!(identities(&fed, token).await["identities"][0]["canUnlink"], true);
    assert_eq!(
        unlink(&fed, token, Some(&verification), &identity).await.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(identities(&fed, token).await["identities"], json!([]));

    // The password signs joan in now.
    let again = fed.app.new_browser();
    let callback = again.authorize_and_sign_in(&Flow::confidential(), "joan").await;
    assert!(query_param(&callback, "code").is_some());
}

#[tokio::test]
async fn two_identities_unlinked_at_once_leave_one() {
    let fed = Federation::new().await;
    fed.upstream_user("joan").await;
    fed.upstream_user("mary").await;
    let (_, tokens) = register_with_upstream(&fed, "joan").await;
    let token = tokens.access.as_str();
    let verified = verify_with_upstream(&fed, token, "joan").await;
    let verification = verified.json::<Value>().await.unwrap()["verificationId"]
        .as_str()
        .unwrap()
        .to_owned();
    let mary = link_as(&new_browsers(&fed), token, &verification, "mary").await;
    let listed = identities(&fed, token).await["identities"].clone();
    assert_eq!(listed[0]["canUnlink"], true);
    assert_eq!(listed[1], mary);
    let (first, second) = (listed[0]["id"].as_str().unwrap(), listed[1]["id"].as_str().unwrap());
    let (a, b) = tokio::join!(
        unlink(&fed, token, Some(&verification), first),
        unlink(&fed, token, Some(&verification), second)
    );
    let mut statuses = vec![a.status(), b.status()];
    statuses.sort();
    assert_eq!(statuses, vec![StatusCode::NO_CONTENT, StatusCode::CONFLICT]);
    let left = identities(&fed, token).await["identities"].clone();
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(left[0]["canUnlink"], false);
}
