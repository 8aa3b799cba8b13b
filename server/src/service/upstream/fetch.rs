//! One call to a provider: JSON in, JSON out, within the size limit. What failed is said in
//! the error (logged), never what the provider sent in full.

use reqwest::{RequestBuilder, StatusCode};
use serde_json::Value;

use super::{UpstreamError, Upstreams};

/// The parts of a JSON answer a caller looks at.
pub struct Answer {
    pub status: StatusCode,
    pub body: Value,
}

impl Upstreams {
    /// Sends `request` and reads a JSON body of at most `max_response_bytes`. A 5xx, a
    /// timeout or a body that is not JSON is `Unavailable`; 4xx answers are returned, as the
    /// token endpoint explains its refusals in them.
    pub(super) async fn json(&self, what: &str, request: RequestBuilder) -> Result<Answer, UpstreamError> {
        let unavailable = |e: String| UpstreamError::Unavailable(format!("{what}: {e}"));
        let mut response = request
            .header(reqwest::header::ACCEPT, "application/json")
            .send()
            .await
            .map_err(|e| unavailable(describe(e)))?;
        let status = response.status();
        if status.is_server_error() || status.is_redirection() {
            return Err(unavailable(format!("HTTP {status}")));
        }
        if response.content_length().is_some_and(|n| n > self.max_bytes as u64) {
            return Err(unavailable("the answer is too large".into()));
        }
        let mut bytes = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| unavailable(describe(e)))? {
            if bytes.len() + chunk.len() > self.max_bytes {
                return Err(unavailable("the answer is too large".into()));
            }
            bytes.extend_from_slice(&chunk);
        }
        let body = serde_json::from_slice(&bytes).map_err(|_| unavailable(format!("HTTP {status}, not JSON")))?;
        Ok(Answer { status, body })
    }

    pub(super) fn get_request(&self, url: &str) -> RequestBuilder {
        self.http.get(url)
    }

    pub(super) fn post_request(&self, url: &str) -> RequestBuilder {
        self.http.post(url)
    }
}

fn describe(e: reqwest::Error) -> String {
    if e.is_timeout() {
        "timed out".into()
    } else if e.is_connect() {
        "cannot connect".into()
    } else {
        // Without the URL: it may carry a query.
        e.without_url().to_string()
    }
}
