//! `/api/admin/invitations`: invitations to register, through the administration API.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::helpers::{CONFIDENTIAL, SECOND, TestApp, error_code};

const INVITATIONS: &str = "/api/admin/invitations";

impl TestApp {
    /// The code of the latest invitation emailed to `email`, from the link in the `count`th
    /// message.
    async fn admin_invitation_code_in_mail(&self, email: &str, count: usize) -> String {
        let mail = self.wait_for_mail(email, count).await;
        let start = mail.body.find("invitation=").expect("an invitation link") + "invitation=".len();
        mail.body[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect()
    }

    async fn admin_invites(&self, token: &str, body: Value) -> Value {
        self.admin_ok(token, Method::POST, INVITATIONS, Some(body), StatusCode::CREATED)
            .await
    }

    /// The ids listed under `status` (all when empty), page after page of `limit`.
    async fn admin_invitation_ids(&self, token: &str, status: &str, limit: u64) -> Vec<String> {
        let mut path = format!("{INVITATIONS}?limit={limit}");
        if !status.is_empty() {
            path.push_str(&format!("&status={status}"));
        }
        let items = self.admin_items(token, &path, None).await;
        if !status.is_empty() {
            assert!(items.iter().all(|i| i["status"] == status));
        }
        items.iter().map(|i| i["id"].as_str().unwrap().to_owned()).collect()
    }
}

#[tokio::test]
async fn an_invitation_is_created_emailed_resent_and_revoked() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let created = app
        .admin_invites(
            &token,
            json!({"email": "rosa@example.com", "name": "Rosa Parks", "locale": "fr", "expiresIn": 3600}),
        )
        .await;
    assert_eq!(created["status"], "pending");
    assert_eq!(created["emailSent"], true);
    assert_eq!(created["email"], "rosa@example.com");
    let id = created["id"].as_str().unwrap().to_owned();
    let code = app.admin_invitation_code_in_mail("rosa@example.com", 1).await;
    assert!(!code.is_empty());
    // The code travels by email only.
    assert!(!created.to_string().contains(&code));

    let resent = app
        .admin_ok(
            &token,
            Method::POST,
            &format!("{INVITATIONS}/{id}/resend"),
            None,
            StatusCode::OK,
        )
        .await;
    assert_eq!(resent["expiresAt"], created["expiresAt"]);
    let new_code = app.admin_invitation_code_in_mail("rosa@example.com", 2).await;
    assert_ne!(new_code, code);
    assert!(!resent.to_string().contains(&new_code));
    // The old link no longer works; the new one does.
    app.start_event("Register").await;
    assert_eq!(
        error_code(app.redeem_invitation(&code).await).await,
        (StatusCode::NOT_FOUND, "invitation.not_found".into())
    );
    assert_eq!(app.redeem_invitation(&new_code).await.status(), StatusCode::OK);

    let revoke = format!("{INVITATIONS}/{id}/revoke");
    app.admin_ok(&token, Method::POST, &revoke, None, StatusCode::NO_CONTENT)
        .await;
    for path in [revoke, format!("{INVITATIONS}/{id}/resend")] {
        let refused = app.admin_call(Method::POST, &path, Some(&token), None).await;
        assert_eq!(
            error_code(refused).await,
            (StatusCode::CONFLICT, "invitation.not_pending".into())
        );
        let missing = app
            .admin_call(Method::POST, &path.replace(&id, "nope"), Some(&token), None)
            .await;
        assert_eq!(
            error_code(missing).await,
            (StatusCode::NOT_FOUND, "invitation.not_found".into())
        );
    }
    assert_eq!(app.mails_to("rosa@example.com").len(), 2);
}

#[tokio::test]
async fn the_status_filter_and_the_pages_agree() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let mut pending = Vec::new();
    for i in 0..3 {
        let created = app
            .admin_invites(&token, json!({"email": format!("p{i}@example.com")}))
            .await;
        pending.push(created["id"].as_str().unwrap().to_owned());
    }
    let revoked = app.admin_invites(&token, json!({"email": "r@example.com"})).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.admin_ok(
        &token,
        Method::POST,
        &format!("{INVITATIONS}/{revoked}/revoke"),
        None,
        StatusCode::NO_CONTENT,
    )
    .await;
    let expired = app
        .invite("e@example.com", chrono::Duration::seconds(-1))
        .await
        .invitation
        .id;
    let used = app
        .invite("u@example.com", chrono::Duration::days(1))
        .await
        .invitation
        .id;
    assert!(
        gatehouse::storage::invitations::consume(&app.state.db, &used, chrono::Utc::now())
            .await
            .unwrap()
    );

    assert_eq!(app.admin_invitation_ids(&token, "pending", 2).await, pending);
    assert_eq!(
        app.admin_invitation_ids(&token, "revoked", 2).await,
        std::slice::from_ref(&revoked)
    );
    assert_eq!(
        app.admin_invitation_ids(&token, "expired", 2).await,
        std::slice::from_ref(&expired)
    );
    assert_eq!(
        app.admin_invitation_ids(&token, "used", 2).await,
        std::slice::from_ref(&used)
    );
    assert_eq!(app.admin_invitation_ids(&token, "", 2).await.len(), 6);
    // Neither an expired nor a used invitation is revoked.
    for id in [expired, used] {
        let refused = app
            .admin_call(Method::POST, &format!("{INVITATIONS}/{id}/revoke"), Some(&token), None)
            .await;
        assert_eq!(
            error_code(refused).await,
            (StatusCode::CONFLICT, "invitation.not_pending".into())
        );
    }
    let unknown = app
        .admin_call(Method::GET, &format!("{INVITATIONS}?status=lost"), Some(&token), None)
        .await;
    assert_eq!(error_code(unknown).await.0, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn pages_of_invitations_are_stable_under_inserts() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    let mut created = Vec::new();
    for i in 0..4 {
        let invited = app
            .admin_invites(&token, json!({"email": format!("n{i}@example.com")}))
            .await;
        created.push(invited["id"].as_str().unwrap().to_owned());
    }
    let first = app
        .admin_ok(
            &token,
            Method::GET,
            &format!("{INVITATIONS}?limit=3"),
            None,
            StatusCode::OK,
        )
        .await;
    let mut seen: Vec<String> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_owned())
        .collect();
    let late = app.admin_invites(&token, json!({"email": "late@example.com"})).await;
    created.push(late["id"].as_str().unwrap().to_owned());
    let cursor = first["nextCursor"].as_str().unwrap();
    let rest = app
        .admin_ok(
            &token,
            Method::GET,
            &format!("{INVITATIONS}?limit=3&cursor={cursor}"),
            None,
            StatusCode::OK,
        )
        .await;
    seen.extend(
        rest["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_owned()),
    );
    assert!(rest.get("nextCursor").is_none());
    assert_eq!(seen, created);
}

#[tokio::test]
async fn a_refused_invitation_says_why() {
    let app = TestApp::spawn_with_admin().await;
    let token = app.admin_token().await;
    app.create_user("alice", "alice@example.com").await;
    let cases = [
        (
            json!({"email": "nope"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "user.invalid_email",
        ),
        (
            json!({"email": "alice@example.com"}),
            StatusCode::CONFLICT,
            "user.email_taken",
        ),
        (
            json!({"email": "x@example.com", "applicationId": "missing"}),
            StatusCode::NOT_FOUND,
            "application.not_found",
        ),
        (
            json!({"email": "x@example.com", "applicationId": SECOND}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "application.no_initiate_login_uri",
        ),
        (
            json!({"email": "x@example.com", "expiresIn": 0}),
            StatusCode::BAD_REQUEST,
            "request.invalid_body",
        ),
    ];
    for (body, status, code) in cases {
        let answer = app
            .admin_call(Method::POST, INVITATIONS, Some(&token), Some(body.clone()))
            .await;
        assert_eq!(error_code(answer).await, (status, code.into()), "{body}");
    }
    let joined = app
        .admin_invites(&token, json!({"email": "x@example.com", "applicationId": CONFIDENTIAL}))
        .await;
    assert_eq!(joined["applicationId"], CONFIDENTIAL);
}
