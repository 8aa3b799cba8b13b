//! Request limits shared by every instance (the counters are in the database).

use std::net::IpAddr;

use chrono::{DateTime, Duration, Utc};

use crate::{
    config::RateLimitSetting, service::InternalError, service::experience::ExperienceError, state::AppState, storage,
};

pub struct Limit {
    /// Names the counter: `code_email`, `code_ip`, …
    pub name: &'static str,
    pub window: Duration,
    pub max: u32,
}

impl Limit {
    pub fn from_setting(name: &'static str, setting: &RateLimitSetting) -> Self {
        Self {
            name,
            window: setting.window.chrono(),
            max: setting.max,
        }
    }
}

/// A hit that was counted, and can be given back.
pub struct Counted {
    key: String,
    window_start: DateTime<Utc>,
}

/// Over a limit: when to try again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exceeded {
    pub retry_after_secs: u64,
}

impl From<Exceeded> for ExperienceError {
    fn from(e: Exceeded) -> Self {
        Self::RateLimited {
            retry_after_secs: e.retry_after_secs,
        }
    }
}

/// Counts one hit on every `(limit, subject)`, each in one statement; refused when any is over
/// its limit, with the time until the last of them allows again.
pub async fn count(
    state: &AppState,
    limits: &[(Limit, String)],
) -> Result<Result<Vec<Counted>, Exceeded>, InternalError> {
    let now = Utc::now();
    let mut until = None;
    let mut over = Vec::new();
    let mut counted = Vec::with_capacity(limits.len());
    for (limit, subject) in limits {
        let key = format!("{}:{subject}", limit.name);
        let hit = storage::rate_limits::hit(&state.db, &key, limit.window, now).await?;
        if i64::from(hit.hits) > i64::from(limit.max) {
            until = until.max(Some(hit.window_start + limit.window));
            over.push(limit.name);
        }
        counted.push(Counted {
            key,
            window_start: hit.window_start,
        });
    }
    Ok(match until {
        None => Ok(counted),
        Some(end) => {
            // By the limits' names: a subject may be an email address.
            let limits = over.join(",");
            tracing::warn!(
                reason = "rate_limit.exceeded",
                limits,
                "request refused over a rate limit"
            );
            Err(Exceeded {
                retry_after_secs: (end - now).num_seconds().max(1) as u64,
            })
        }
    })
}

/// [`count`] for the Experience API, whose callers have nothing to give back.
pub async fn hit(state: &AppState, limits: &[(Limit, String)]) -> Result<(), ExperienceError> {
    count(state, limits).await??;
    Ok(())
}

/// Gives back hits that turned out not to count (a correct password).
pub async fn refund(state: &AppState, counted: &[Counted]) -> Result<(), InternalError> {
    for hit in counted {
        storage::rate_limits::refund(&state.db, &hit.key, hit.window_start).await?;
    }
    Ok(())
}

/// The subject of a per-address limit for a client, when its address is known. IPv6 clients
/// are counted by /64, the block one subscriber usually gets: one machine can use every
/// address in it.
pub fn ip_subject(ip: Option<IpAddr>) -> String {
    match ip.map(|ip| ip.to_canonical()) {
        None => "unknown".to_owned(),
        Some(IpAddr::V4(v4)) => v4.to_string(),
        Some(IpAddr::V6(v6)) => {
            let block = u128::from(v6) & !((1u128 << 64) - 1);
            format!("{}/64", std::net::Ipv6Addr::from(block))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_clients_of_one_block_share_a_subject() {
        let a: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff:ffff:ffff:fffe".parse().unwrap();
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(ip_subject(Some(a)), ip_subject(Some(b)));
        assert_eq!(ip_subject(Some(a)), "2001:db8:1:2::/64");
        assert_ne!(ip_subject(Some(a)), ip_subject(Some(other)));
    }

    #[test]
    fn ipv4_clients_are_counted_by_address() {
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(ip_subject(Some(mapped)), "192.0.2.7");
        assert_eq!(ip_subject(Some("192.0.2.8".parse().unwrap())), "192.0.2.8");
        assert_eq!(ip_subject(None), "unknown");
    }
}
