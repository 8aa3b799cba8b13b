//! What an application does with the account API: sign the user in with the scope
//! `account`, then call `/api/my-account` with the access token.

use reqwest::{Method, Response, StatusCode};
use serde_json::{Value, json};

use crate::{
    helpers::{Flow, PASSWORD, TestApp, query_param},
    mail::code_in,
};

/// The tokens of one sign-in.
#[derive(Debug, Clone)]
pub struct Tokens {
    pub access: String,
    pub refresh: Option<String>,
}

impl TestApp {
    /// Signs `username` in through `flow` in this browser, asking for `account` (and
    /// `offline_access`, for a refresh token), and exchanges the code.
    pub async fn sign_in_for_account(&self, flow: Flow, username: &str) -> Tokens {
        let flow = Flow {
            scope: "openid profile email offline_access account".into(),
            ..flow
        };
        let callback = self.authorize_and_sign_in(&flow, username).await;
        let code = query_param(&callback, "code").expect("a code");
        self.tokens_for(&flow, &code).await
    }

    /// Exchanges a code of `flow` for tokens.
    pub async fn tokens_for(&self, flow: &Flow, code: &str) -> Tokens {
        let exchanged = self.exchange_code(flow, code).await;
        assert_eq!(exchanged.status(), StatusCode::OK);
        let body: Value = exchanged.json().await.unwrap();
        Tokens {
            access: body["access_token"].as_str().unwrap().to_owned(),
            refresh: body["refresh_token"].as_str().map(str::to_owned),
        }
    }

    /// A call to the account API with the token, a verification and a body, as given.
    pub async fn account_call(
        &self,
        method: Method,
        path: &str,
        token: &str,
        verification: Option<&str>,
        body: Option<Value>,
    ) -> Response {
        let mut request = self
            .api
            .request(method, self.url(&format!("/api/my-account{path}")))
            .bearer_auth(token);
        if let Some(id) = verification {
            request = request.header("Gatehouse-Verification-Id", id);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        request.send().await.unwrap()
    }

    /// `GET /api/my-account`, which must succeed.
    pub async fn my_account(&self, token: &str) -> Value {
        let response = self.account_call(Method::GET, "", token, None, None).await;
        assert_eq!(response.status(), StatusCode::OK, "{:?}", response.text().await);
        response.json().await.unwrap()
    }

    /// Proves it is the user with their password: the verification id.
    pub async fn verify_account_password(&self, token: &str, password: &str) -> String {
        let response = self
            .account_call(
                Method::POST,
                "/verifications/password",
                token,
                None,
                Some(json!({ "password": password })),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{:?}", response.text().await);
        response.json::<Value>().await.unwrap()["verificationId"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// Proves it is the user with the default test password.
    pub async fn verify_account(&self, token: &str) -> String {
        self.verify_account_password(token, PASSWORD).await
    }

    /// Posts to `path` (a code is mailed to `email`) and reads the code from the mail:
    /// `(verification id, code)`.
    pub async fn account_code_from_mail(
        &self,
        path: &str,
        token: &str,
        verification: Option<&str>,
        body: Option<Value>,
        email: &str,
    ) -> (String, String) {
        let before = self.mails_to(email).len();
        let response = self.account_call(Method::POST, path, token, verification, body).await;
        assert_eq!(response.status(), StatusCode::OK, "{:?}", response.text().await);
        let id = response.json::<Value>().await.unwrap()["verificationId"]
            .as_str()
            .unwrap()
            .to_owned();
        (id, code_in(&self.wait_for_mail(email, before + 1).await))
    }

    /// Sends back a code of an identity verification by email.
    pub async fn verify_account_code(&self, token: &str, verification_id: &str, code: &str) -> Response {
        let body = json!({"verificationId": verification_id, "code": code});
        self.account_call(
            Method::POST,
            "/verifications/email-code/verify",
            token,
            None,
            Some(body),
        )
        .await
    }

    /// `PUT /api/my-account/password` with this verification.
    pub async fn set_account_password(&self, token: &str, verification: Option<&str>, password: &str) -> Response {
        let body = json!({ "password": password });
        self.account_call(Method::PUT, "/password", token, verification, Some(body))
            .await
    }
}

/// A code other than `code`: a wrong one.
pub fn other_code(code: &str) -> &'static str {
    if code == "000000" { "111111" } else { "000000" }
}
