//! Request limits shared by every instance (the counters are in the database).

use std::net::IpAddr;

use chrono::{Duration, Utc};

use crate::{service::experience::ExperienceError, state::AppState, storage};

pub struct Limit {
    /// Names the counter: `code_email`, `code_ip`, …
    pub name: &'static str,
    pub window: Duration,
    pub max: u32,
}

/// Counts one hit on every `(limit, subject)`; refused when any is over its limit, with the
/// time until the last of them allows again.
pub async fn hit(state: &AppState, limits: &[(Limit, String)]) -> Result<(), ExperienceError> {
    let now = Utc::now();
    let mut until = None;
    for (limit, subject) in limits {
        let key = format!("{}:{subject}", limit.name);
        if let Some(end) = storage::rate_limits::hit(&state.db, &key, limit.window, limit.max, now).await? {
            until = until.max(Some(end));
        }
    }
    match until {
        None => Ok(()),
        Some(end) => Err(ExperienceError::RateLimited {
            retry_after_secs: (end - now).num_seconds().max(1) as u64,
        }),
    }
}

/// The subject of a per-address limit for a client, when its address is known.
pub fn ip_subject(ip: Option<IpAddr>) -> String {
    ip.map_or_else(|| "unknown".to_owned(), |ip| ip.to_string())
}
