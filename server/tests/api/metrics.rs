//! `/metrics`: the counters follow what clients and users did, and every request lands in one
//! route group of the latency histogram.

use std::collections::HashMap;

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{CONFIDENTIAL, CONFIDENTIAL_SECRET, Flow, TestApp, query_param};

const DURATION: &str = "gatehouse_http_request_duration_seconds";
const GROUPS: [&str; 7] = ["oidc", "experience", "account", "admin", "ui", "ops", "other"];

/// Every sample of one scrape, by series as written (`name{labels}`).
async fn scrape(app: &TestApp) -> HashMap<String, f64> {
    let response = app.api.get(app.url("/metrics")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await.unwrap();
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| {
            let (series, value) = line.rsplit_once(' ').unwrap();
            (series.to_owned(), value.parse().unwrap())
        })
        .collect()
}

fn moved(before: &HashMap<String, f64>, after: &HashMap<String, f64>, series: &str) -> f64 {
    let value = |samples: &HashMap<String, f64>| *samples.get(series).unwrap_or_else(|| panic!("no {series}"));
    value(after) - value(before)
}

fn requests(group: &str) -> String {
    format!("{DURATION}_count{{group=\"{group}\"}}")
}

async fn token_request(app: &TestApp, form: &[(&str, &str)]) -> reqwest::Response {
    app.api
        .post(app.url("/oidc/token"))
        .basic_auth(CONFIDENTIAL, Some(CONFIDENTIAL_SECRET))
        .form(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn grants_codes_and_requests_are_counted() {
    let app = TestApp::spawn_with(|s| s.metrics.enabled = true).await;
    app.create_user("alice", "alice@example.com").await;
    let before = scrape(&app).await;

    let flow = Flow::confidential();
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    let code = query_param(&callback, "code").unwrap();
    let tokens: Value = app.exchange_code(&flow, &code).await.json().await.unwrap();
    let refresh_token = tokens["refresh_token"].as_str().unwrap();
    let refreshed = token_request(
        &app,
        &[("grant_type", "refresh_token"), ("refresh_token", refresh_token)],
    )
    .await;
    assert_eq!(refreshed.status(), StatusCode::OK);
    let service = token_request(&app, &[("grant_type", "client_credentials")]).await;
    assert_eq!(service.status(), StatusCode::OK);
    // Refused: no tokens, so no grant counted.
    let replayed = app.exchange_code(&flow, &code).await;
    assert_eq!(replayed.status(), StatusCode::BAD_REQUEST);

    // Browsers without the SSO session that signed alice in.
    let newcomer = app.new_browser();
    newcomer.start_event("Register").await;
    newcomer.code_sent("new@example.com", "Register").await;
    let forgetful = app.new_browser();
    forgetful.start_event("ForgotPassword").await;
    forgetful.code_sent("alice@example.com", "ForgotPassword").await;
    // No account, so no mail: the answer is the same, the counter is not.
    forgetful.code_sent("nobody@example.com", "ForgotPassword").await;

    // Whatever they answer (the pages need the built app): every answer is timed.
    for path in ["/healthz", "/sign-in", "/api/openapi.json", "/no/such/page"] {
        app.api.get(app.url(path)).send().await.unwrap();
    }
    let after = scrape(&app).await;

    let grants = |grant: &str| {
        moved(
            &before,
            &after,
            &format!("gatehouse_token_grants_total{{grant_type=\"{grant}\"}}"),
        )
    };
    assert_eq!(grants("authorization_code"), 1.0);
    assert_eq!(grants("refresh_token"), 1.0);
    assert_eq!(grants("client_credentials"), 1.0);
    let codes = |purpose: &str| {
        moved(
            &before,
            &after,
            &format!("gatehouse_codes_sent_total{{purpose=\"{purpose}\"}}"),
        )
    };
    assert_eq!(codes("registration"), 1.0);
    assert_eq!(codes("password_reset"), 1.0);
    assert_eq!(codes("second_factor"), 0.0);
    assert_eq!(codes("account_new_email"), 0.0);
    // The first scrape is timed once it has answered, so it shows in the second.
    assert_eq!(moved(&before, &after, &requests("ops")), 2.0);
    assert_eq!(moved(&before, &after, &requests("ui")), 1.0);
    assert_eq!(moved(&before, &after, &requests("other")), 2.0);
    assert_eq!(moved(&before, &after, &requests("account")), 0.0);
    assert_eq!(moved(&before, &after, &requests("admin")), 0.0);
    // The authorization request, its resumption after sign-in and four token requests.
    assert!(moved(&before, &after, &requests("oidc")) >= 6.0);
    assert!(moved(&before, &after, &requests("experience")) >= 8.0);
    assert!(moved(&before, &after, &format!("{DURATION}_sum{{group=\"oidc\"}}")) > 0.0);
}

#[tokio::test]
async fn the_histogram_has_cumulative_buckets_for_a_fixed_set_of_groups() {
    let app = TestApp::spawn_with(|s| s.metrics.enabled = true).await;
    for path in [
        "/healthz",
        "/oidc/jwks",
        "/assets/nothing.js",
        "/wp-login.php",
        "/api/experience/interaction",
    ] {
        app.api.get(app.url(path)).send().await.unwrap();
    }
    let samples = scrape(&app).await;
    let mut groups: Vec<&str> = samples
        .keys()
        .filter_map(|series| series.strip_prefix(&format!("{DURATION}_count{{group=\"")))
        .map(|rest| rest.trim_end_matches("\"}"))
        .collect();
    groups.sort_unstable();
    let mut expected = GROUPS.to_vec();
    expected.sort_unstable();
    assert_eq!(groups, expected);
    for group in GROUPS {
        let prefix = format!("{DURATION}_bucket{{group=\"{group}\",le=\"");
        let mut buckets: Vec<(f64, f64)> = samples
            .iter()
            .filter_map(|(series, count)| {
                let le = series.strip_prefix(&prefix)?.strip_suffix("\"}")?;
                let bound = if le == "+Inf" {
                    f64::INFINITY
                } else {
                    le.parse().unwrap()
                };
                Some((bound, *count))
            })
            .collect();
        buckets.sort_by(|a, b| a.0.total_cmp(&b.0));
        assert_eq!(buckets.len(), 12, "{group}");
        assert!(
            buckets.windows(2).all(|pair| pair[0].1 <= pair[1].1),
            "{group}: {buckets:?}"
        );
        assert_eq!(
            buckets.last().unwrap(),
            &(f64::INFINITY, samples[&requests(group)]),
            "{group}"
        );
    }
    assert_eq!(samples[&requests("ops")], 1.0);
    assert_eq!(samples[&requests("oidc")], 1.0);
    assert_eq!(samples[&requests("ui")], 1.0);
    assert_eq!(samples[&requests("other")], 1.0);
    assert_eq!(samples[&requests("experience")], 1.0);
}

#[tokio::test]
async fn account_codes_and_calls_have_their_own_labels() {
    let app = TestApp::spawn_with(|s| s.metrics.enabled = true).await;
    app.create_user("alice", "alice@example.com").await;
    let token = app.sign_in_for_account(Flow::confidential(), "alice").await.access;
    let before = scrape(&app).await;
    app.account_code_from_mail("/verifications/email-code", &token, None, None, "alice@example.com")
        .await;
    app.my_account(&token).await;
    let after = scrape(&app).await;
    let codes = |purpose: &str| {
        moved(
            &before,
            &after,
            &format!("gatehouse_codes_sent_total{{purpose=\"{purpose}\"}}"),
        )
    };
    assert_eq!(codes("account_identity"), 1.0);
    assert_eq!(codes("registration"), 0.0);
    assert_eq!(moved(&before, &after, &requests("account")), 2.0);
    assert_eq!(moved(&before, &after, &requests("experience")), 0.0);
}
