//! The registration captcha: an ALTCHA proof of work, signed, expiring, single use.

use base64::{Engine, engine::general_purpose::STANDARD};
use reqwest::StatusCode;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::helpers::{Flow, TestApp, error_code};

/// Solves a challenge as the browser widget does.
fn solve(challenge: &Value) -> String {
    let salt = challenge["salt"].as_str().unwrap();
    let target = challenge["challenge"].as_str().unwrap();
    let max = challenge["maxnumber"].as_u64().unwrap();
    let number = (0..=max)
        .find(|n| format!("{:x}", Sha256::digest(format!("{salt}{n}"))) == target)
        .expect("a solution exists");
    let solution = json!({
        "algorithm": challenge["algorithm"],
        "challenge": target,
        "number": number,
        "salt": salt,
        "signature": challenge["signature"],
    });
    STANDARD.encode(solution.to_string())
}

async fn register_with(app: &TestApp, token: Option<&str>) -> reqwest::Response {
    let mut body = json!({"interactionEvent": "Register"});
    if let Some(token) = token {
        body["captchaToken"] = json!(token);
    }
    app.put_json("/api/experience", body).await
}

#[tokio::test]
async fn registration_needs_a_solved_challenge_once() {
    let app = TestApp::spawn_with(|s| s.registration.captcha = true).await;
    let experience = app.get_json("/api/.well-known/sign-in-exp").await;
    assert_eq!(experience["signUp"]["captcha"], true);
    app.start_authorization(&Flow::confidential().params()).await;
    assert_eq!(
        error_code(register_with(&app, None).await).await,
        (StatusCode::BAD_REQUEST, "captcha.required".into())
    );
    let challenge = app.get_json("/api/experience/captcha").await;
    assert_eq!(challenge["algorithm"], "SHA-256");
    let token = solve(&challenge);
    assert_eq!(register_with(&app, Some(&token)).await.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        error_code(register_with(&app, Some(&token)).await).await.1,
        "captcha.used"
    );
    // Sign-in needs no captcha.
    let signed_in = app
        .put_json("/api/experience", json!({"interactionEvent": "SignIn"}))
        .await;
    assert_eq!(signed_in.status(), StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn a_forged_or_wrong_solution_is_refused() {
    let app = TestApp::spawn_with(|s| s.registration.captcha = true).await;
    app.start_authorization(&Flow::confidential().params()).await;
    let challenge = app.get_json("/api/experience/captcha").await;
    let mut forged = challenge.clone();
    // A challenge the server did not sign, with its easy solution.
    forged["salt"] = json!("00?expires=4102444800");
    forged["challenge"] = json!(format!("{:x}", Sha256::digest("00?expires=41024448007")));
    forged["maxnumber"] = json!(10);
    assert_eq!(
        error_code(register_with(&app, Some(&solve(&forged))).await).await.1,
        "captcha.invalid"
    );
    assert_eq!(
        error_code(register_with(&app, Some("not base64 json")).await).await.1,
        "captcha.invalid"
    );
    let mut wrong: Value = serde_json::from_slice(&STANDARD.decode(solve(&challenge)).unwrap()).unwrap();
    wrong["number"] = json!(wrong["number"].as_u64().unwrap() + 1);
    assert_eq!(
        error_code(register_with(&app, Some(&STANDARD.encode(wrong.to_string()))).await)
            .await
            .1,
        "captcha.invalid"
    );
}

/// `SHA-256(salt + number)` alone does not say where the salt ends: digits moved from the
/// number to the end of the salt keep the hash and rewrite `expires=`.
#[tokio::test]
async fn digits_moved_from_the_number_into_the_salt_cannot_postpone_the_expiry() {
    let app = TestApp::spawn_with(|s| s.registration.captcha = true).await;
    app.start_authorization(&Flow::confidential().params()).await;
    let solution = loop {
        let solution: Value = serde_json::from_slice(
            &STANDARD
                .decode(solve(&app.get_json("/api/experience/captcha").await))
                .unwrap(),
        )
        .unwrap();
        // One digit to move (ten times the expiry: a date around the year 2500), leaving a
        // number with no leading zero.
        let number = solution["number"].as_u64().unwrap().to_string();
        if number.len() >= 2 && (number.len() == 2 || !number[1..].starts_with('0')) {
            break solution;
        }
    };
    let salt = solution["salt"].as_str().unwrap();
    let number = solution["number"].as_u64().unwrap().to_string();
    let (moved, kept) = number.split_at(1);
    let mut spliced = solution.clone();
    spliced["salt"] = json!(format!("{salt}{moved}"));
    spliced["number"] = json!(kept.parse::<u64>().unwrap());
    let expires: i64 = spliced["salt"]
        .as_str()
        .unwrap()
        .rsplit_once("expires=")
        .unwrap()
        .1
        .parse()
        .unwrap();
    assert!(expires > chrono::Utc::now().timestamp() * 9, "{spliced}");
    assert_eq!(
        error_code(register_with(&app, Some(&STANDARD.encode(spliced.to_string()))).await).await,
        (StatusCode::UNPROCESSABLE_ENTITY, "captcha.invalid".into())
    );
    // The genuine solution still works once.
    assert_eq!(
        register_with(&app, Some(&STANDARD.encode(solution.to_string())))
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
}
