//! What a back office does with the administration API: get a token by client credentials as
//! an admin client, then call `/api/admin` with it.

use gatehouse::config::ClientSettings;
use reqwest::{Method, Response, StatusCode};
use serde_json::Value;

use crate::helpers::{TestApp, client};

pub const ADMIN: &str = "back-office";
pub const ADMIN_SECRET: &str = "back-office-secret-0123";

/// A confidential client with client credentials alone and the admin flag.
pub fn admin_client() -> ClientSettings {
    ClientSettings {
        redirect_uris: vec![],
        grant_types: vec!["client_credentials".into()],
        admin: true,
        ..client(ADMIN, Some(ADMIN_SECRET), "http://unused.test/")
    }
}

impl TestApp {
    /// An app whose configuration declares an admin client besides the usual ones.
    pub async fn spawn_with_admin() -> Self {
        Self::spawn_with(|s| s.clients.push(admin_client())).await
    }

    /// The token endpoint's answer to a client-credentials request.
    pub async fn client_credentials(&self, client_id: &str, secret: &str, scope: Option<&str>) -> Response {
        let mut form = vec![("grant_type", "client_credentials")];
        if let Some(scope) = scope {
            form.push(("scope", scope));
        }
        self.api
            .post(self.url("/oidc/token"))
            .basic_auth(client_id, Some(secret))
            .form(&form)
            .send()
            .await
            .unwrap()
    }

    /// An access token of the configured admin client, with the scope `admin`.
    pub async fn admin_token(&self) -> String {
        let answer = self.client_credentials(ADMIN, ADMIN_SECRET, Some("admin")).await;
        assert_eq!(answer.status(), StatusCode::OK);
        let body: Value = answer.json().await.unwrap();
        assert_eq!(body["scope"], "admin");
        body["access_token"].as_str().unwrap().to_owned()
    }

    /// A call to the administration API with `token` (none when `None`) and an optional body.
    pub async fn admin_call(&self, method: Method, path: &str, token: Option<&str>, body: Option<Value>) -> Response {
        let mut request = self.api.request(method, self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        request.send().await.unwrap()
    }

    /// Every item of a list at `path` (its query included), page after page from `cursor` (the
    /// first page when `None`), checking that no page is longer than its `limit`.
    pub async fn admin_items(&self, token: &str, path: &str, mut cursor: Option<String>) -> Vec<Value> {
        let limit: Option<usize> = url::Url::parse(&self.url(path))
            .unwrap()
            .query_pairs()
            .find(|(k, _)| k == "limit")
            .and_then(|(_, v)| v.parse().ok());
        let mut items = Vec::new();
        loop {
            let separator = if path.contains('?') { '&' } else { '?' };
            let page_path = match &cursor {
                Some(c) => format!("{path}{separator}cursor={c}"),
                None => path.to_owned(),
            };
            let page = self
                .admin_ok(token, Method::GET, &page_path, None, StatusCode::OK)
                .await;
            let page_items = page["items"].as_array().unwrap();
            assert!(
                limit.is_none_or(|l| page_items.len() <= l),
                "a page longer than its limit"
            );
            items.extend(page_items.iter().cloned());
            match page["nextCursor"].as_str() {
                Some(next) => cursor = Some(next.to_owned()),
                None => return items,
            }
        }
    }

    /// A call with the admin token that must succeed with `status`; its JSON body (or null).
    pub async fn admin_ok(
        &self,
        token: &str,
        method: Method,
        path: &str,
        body: Option<Value>,
        status: StatusCode,
    ) -> Value {
        let answer = self.admin_call(method.clone(), path, Some(token), body).await;
        let got = answer.status();
        let text = answer.text().await.unwrap();
        assert_eq!(got, status, "{method} {path}: {text}");
        serde_json::from_str(&text).unwrap_or(Value::Null)
    }
}
