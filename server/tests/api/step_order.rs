//! The rule of the Experience API for the order of steps: a registration's fields and
//! verifications may come in any order; a value given is kept until it is given again, and a
//! call that would invalidate one is refused with a code that says why, changing nothing.
//! Every pair of steps is tried in both orders, and at each point `nextSteps` lists `submit`
//! only when submitting succeeds.

use chrono::Duration;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{Flow, TestApp, error_code};

const PASSWORD: &str = "Granite-Orbit-93";

#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    Username,
    Password,
    Email,
    Invitation,
}

/// One registering browser with what its steps give.
struct Registering<'a> {
    app: TestApp,
    username: String,
    email: String,
    invited: Option<&'a str>,
}

impl Registering<'_> {
    async fn take(&self, step: Step) -> reqwest::Response {
        let app = &self.app;
        match step {
            Step::Username => {
                app.post_json(
                    "/api/experience/profile",
                    json!({"type": "username", "value": self.username}),
                )
                .await
            }
            Step::Password => {
                app.post_json(
                    "/api/experience/profile",
                    json!({"type": "password", "value": PASSWORD}),
                )
                .await
            }
            Step::Email => {
                let id = app.prove_mailbox(&self.email, "Register").await;
                app.identify_with(&id).await
            }
            Step::Invitation => {
                let redeemed = app.redeem_invitation(self.invited.unwrap()).await;
                assert_eq!(redeemed.status(), StatusCode::OK, "{:?}", redeemed.text().await);
                let id = redeemed.json::<Value>().await.unwrap()["verificationId"]
                    .as_str()
                    .unwrap()
                    .to_owned();
                app.identify_with(&id).await
            }
        }
    }

    /// Whether the profile holds what `step` gave.
    async fn holds(&self, step: Step) -> bool {
        let profile = self.app.interaction().await.json::<Value>().await.unwrap()["profile"].clone();
        match step {
            Step::Username => profile["username"] == self.username.as_str(),
            Step::Password => profile["passwordSet"] == true,
            Step::Email => profile["email"] == self.email.as_str(),
            Step::Invitation => profile["invited"] == true,
        }
    }
}

async fn steps_listed(app: &TestApp) -> Vec<String> {
    let view: Value = app.interaction().await.json().await.unwrap();
    view["nextSteps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["type"].as_str().unwrap().to_owned())
        .collect()
}

/// `submit` listed means submit succeeds; not listed means it fails and changes nothing.
async fn submit_agrees_with_next_steps(app: &TestApp) {
    let listed = steps_listed(app).await;
    if listed.contains(&"submit".to_owned()) {
        assert_eq!(listed, ["submit"], "submit comes alone");
        let submitted = app.submit().await;
        assert_eq!(submitted.status(), StatusCode::OK, "{:?}", submitted.text().await);
    } else {
        let (status, code) = error_code(app.submit().await).await;
        assert!(status.is_client_error(), "{listed:?}: submit answered {status} {code}");
        assert_eq!(
            steps_listed(app).await,
            listed,
            "a refused submit changed the interaction"
        );
    }
}

const ALL: [Step; 4] = [Step::Username, Step::Password, Step::Email, Step::Invitation];

#[tokio::test]
async fn every_pair_of_registration_steps_keeps_both_in_either_order() {
    let app = TestApp::spawn().await;
    let mut n = 0;
    for first in ALL {
        for second in ALL.into_iter().filter(|s| *s != first) {
            n += 1;
            let email = format!("order{n}@example.com");
            let invitation = app.invite(&email, Duration::days(1)).await;
            let browser = app.new_browser();
            browser.start_event("Register").await;
            let registering = Registering {
                app: browser,
                username: format!("order{n}"),
                email,
                invited: Some(&invitation.code),
            };
            let mut given = Vec::new();
            for step in [first, second] {
                let taken = registering.take(step).await;
                assert_eq!(
                    taken.status(),
                    StatusCode::NO_CONTENT,
                    "{first:?} then {second:?}: {step:?} answered {:?}",
                    taken.text().await
                );
                given.push(step);
                for step in &given {
                    assert!(
                        registering.holds(*step).await,
                        "{first:?} then {second:?}: what {step:?} gave was dropped"
                    );
                }
            }
            submit_agrees_with_next_steps(&registering.app).await;
        }
    }
}

#[tokio::test]
async fn an_invitation_and_a_proved_address_must_agree_in_either_order() {
    let app = TestApp::spawn().await;
    for (n, order) in [[Step::Email, Step::Invitation], [Step::Invitation, Step::Email]]
        .into_iter()
        .enumerate()
    {
        let invitation = app.invite(&format!("invited{n}@example.com"), Duration::days(1)).await;
        let browser = app.new_browser();
        browser.start_event("Register").await;
        let registering = Registering {
            app: browser,
            username: format!("mismatch{n}"),
            email: format!("someone-else{n}@example.com"),
            invited: Some(&invitation.code),
        };
        assert_eq!(registering.take(order[0]).await.status(), StatusCode::NO_CONTENT);
        let refused = registering.take(order[1]).await;
        assert_eq!(
            error_code(refused).await,
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                "session.invitation_email_mismatch".into()
            )
        );
        assert!(
            registering.holds(order[0]).await,
            "{order:?}: the first step was dropped"
        );
        assert!(!registering.holds(order[1]).await);
    }
}

/// The password must not contain the username or the address, whichever comes first: a later
/// identifier it contains is refused, the password stays, and another identifier is taken.
#[tokio::test]
async fn an_identifier_given_after_the_password_is_checked_against_it() {
    let app = TestApp::spawn().await;
    let invitation = app.invite("river@example.com", Duration::days(1)).await;
    let flow = Flow::confidential();
    app.start_authorization(&flow.params()).await;
    app.put_json("/api/experience", json!({"interactionEvent": "Register"}))
        .await;
    let password = |value: &str| json!({"type": "password", "value": value});
    assert_eq!(
        app.post_json("/api/experience/profile", password("Alice-River-41"))
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    let username = |value: &str| json!({"type": "username", "value": value});
    let refused = app.post_json("/api/experience/profile", username("alice")).await;
    assert_eq!(
        error_code(refused).await,
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            "session.identifier_in_password".into()
        )
    );
    let id = app.prove_mailbox("river@example.com", "Register").await;
    let refused = app.identify_with(&id).await;
    assert_eq!(error_code(refused).await.1, "session.identifier_in_password");
    let redeemed: Value = app.redeem_invitation(&invitation.code).await.json().await.unwrap();
    let refused = app.identify_with(redeemed["verificationId"].as_str().unwrap()).await;
    assert_eq!(error_code(refused).await.1, "session.identifier_in_password");
    let view: Value = app.interaction().await.json().await.unwrap();
    assert_eq!(view["profile"]["passwordSet"], true);
    assert!(view["profile"].get("username").is_none());
    assert_eq!(view["profile"]["invited"], false);

    assert_eq!(
        app.post_json("/api/experience/profile", username("bertrand"))
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(steps_listed(&app).await, ["submit"]);
    let claims = app.submit_and_read_id_token(&flow).await;
    assert_eq!(claims["preferred_username"], "bertrand");
}

/// A weak password's answer carries the parameters of the rules it broke, and the profile step
/// the whole policy, so that a UI needs no copy of the server's settings.
#[tokio::test]
async fn the_policy_comes_with_its_parameters() {
    let app = TestApp::spawn_with(|s| {
        s.password.min_length = 12;
        s.password.require_digit = true;
    })
    .await;
    app.start_event("Register").await;
    let step = app.next_step().await;
    assert_eq!(step["type"], "profile");
    assert_eq!(step["passwordPolicy"]["minLength"], 12);
    assert_eq!(step["passwordPolicy"]["requireDigit"], true);
    assert_eq!(step["usernamePolicy"]["maxLength"], 64);
    let weak = app
        .post_json("/api/experience/profile", json!({"type": "password", "value": "short"}))
        .await;
    let body: Value = weak.json().await.unwrap();
    assert_eq!(body["code"], "user.weak_password");
    let rules = body["details"]["rules"].as_array().unwrap();
    assert!(rules.contains(&json!("password.too_short")));
    assert!(rules.contains(&json!("password.needs_digit")));
    assert_eq!(body["details"]["policy"]["minLength"], 12);
}
