//! One application's sign-in policy: what it overrides of the global settings (every field
//! optional: `None` keeps the setting), its branding and its access rules. Built only through
//! `AppPolicy::new`, also when read back from the database, so a stored policy is always valid.

use std::net::IpAddr;

use ipnet::IpNet;
use serde::{Deserialize, Serialize};

use super::{identifier::IdentifierType, proxies::parse_range};

const MAX_DISPLAY_NAME_CHARS: usize = 100;
const MAX_URL_BYTES: usize = 2048;
/// A logo inlined as a `data:` URL stays well under the request body limit.
const MAX_DATA_URL_BYTES: usize = 32 * 1024;
const MAX_RULES: usize = 100;

/// Who may register through the application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RegistrationMode {
    Open,
    /// Only with an invitation code.
    Invitation,
    Off,
}

impl RegistrationMode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Invitation => "invitation",
            Self::Off => "off",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Branding {
    pub display_name: Option<String>,
    /// `https:` or an inline `data:image/…`, so the page never loads from a plain-text origin.
    pub logo_url: Option<String>,
    /// `#rrggbb`.
    pub primary_color: Option<String>,
    pub terms_url: Option<String>,
    pub privacy_url: Option<String>,
}

/// Who may sign in or register through the application. A refusal wins over an allowance;
/// a non-empty allow list refuses everything it does not name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct AccessRules {
    /// Lowercase domains; each also covers its subdomains.
    pub allowed_email_domains: Vec<String>,
    pub blocked_email_domains: Vec<String>,
    /// Canonical CIDR ranges (`10.0.0.0/8`).
    pub allowed_ip_ranges: Vec<String>,
    pub blocked_ip_ranges: Vec<String>,
}

/// The fields as given, before validation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PolicyDraft {
    pub identifiers: Option<Vec<IdentifierType>>,
    pub password: Option<bool>,
    pub email_code: Option<bool>,
    pub connectors: Option<Vec<String>>,
    pub registration: Option<RegistrationMode>,
    pub two_factor_required: Option<bool>,
    pub branding: Branding,
    pub access: AccessRules,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "PolicyDraft", into = "PolicyDraft")]
pub struct AppPolicy(PolicyDraft);

/// A field of the policy is not valid; `field` is its camelCase path (`branding.logoUrl`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct PolicyError {
    pub field: &'static str,
    pub message: String,
}

impl PolicyError {
    pub fn new(field: &'static str, message: impl Into<String>) -> Self {
        Self {
            field,
            message: message.into(),
        }
    }
}

impl TryFrom<PolicyDraft> for AppPolicy {
    type Error = PolicyError;

    fn try_from(draft: PolicyDraft) -> Result<Self, PolicyError> {
        Self::new(draft)
    }
}

impl From<AppPolicy> for PolicyDraft {
    fn from(policy: AppPolicy) -> Self {
        policy.0
    }
}

impl std::ops::Deref for AppPolicy {
    type Target = PolicyDraft;

    fn deref(&self) -> &PolicyDraft {
        &self.0
    }
}

impl AppPolicy {
    /// Checks and normalises every field (domains lowercased, ranges canonical, lists
    /// deduplicated). Connector ids are checked against the configuration by the caller.
    pub fn new(mut d: PolicyDraft) -> Result<Self, PolicyError> {
        if let Some(ids) = &mut d.identifiers {
            dedup(ids);
            if ids.is_empty() {
                return Err(PolicyError::new("identifiers", "list at least one, or leave it out"));
            }
        }
        if let Some(ids) = &mut d.connectors {
            dedup(ids);
        }
        let b = &mut d.branding;
        b.display_name = trimmed(b.display_name.take());
        if let Some(name) = &b.display_name
            && (name.chars().count() > MAX_DISPLAY_NAME_CHARS || name.chars().any(char::is_control))
        {
            return Err(PolicyError::new(
                "branding.displayName",
                "at most 100 characters, without control characters",
            ));
        }
        b.logo_url = trimmed(b.logo_url.take());
        if let Some(url) = &b.logo_url
            && !is_logo_url(url)
        {
            return Err(PolicyError::new(
                "branding.logoUrl",
                "an https URL or a data:image URL (at most 32 KiB)",
            ));
        }
        b.primary_color = trimmed(b.primary_color.take()).map(|c| c.to_ascii_lowercase());
        if let Some(color) = &b.primary_color
            && !is_color(color)
        {
            return Err(PolicyError::new("branding.primaryColor", "a colour like #1a73e8"));
        }
        for (field, url) in [
            ("branding.termsUrl", &mut b.terms_url),
            ("branding.privacyUrl", &mut b.privacy_url),
        ] {
            *url = trimmed(url.take());
            if let Some(u) = url.as_deref()
                && !is_page_url(u)
            {
                return Err(PolicyError::new(field, "an https (or http) URL"));
            }
        }
        let a = &mut d.access;
        a.allowed_email_domains = domains("access.allowedEmailDomains", &a.allowed_email_domains)?;
        a.blocked_email_domains = domains("access.blockedEmailDomains", &a.blocked_email_domains)?;
        a.allowed_ip_ranges = ranges("access.allowedIpRanges", &a.allowed_ip_ranges)?;
        a.blocked_ip_ranges = ranges("access.blockedIpRanges", &a.blocked_ip_ranges)?;
        Ok(Self(d))
    }
}

impl AccessRules {
    /// Whether an account with this address (or none) may use the application.
    pub fn allows_email(&self, email: Option<&str>) -> bool {
        let domain = email
            .and_then(|e| e.rsplit_once('@'))
            .map(|(_, d)| d.trim_end_matches('.').to_lowercase());
        let covered = |list: &[String]| {
            domain
                .as_deref()
                .is_some_and(|d| list.iter().any(|rule| covers_domain(rule, d)))
        };
        !covered(&self.blocked_email_domains)
            && (self.allowed_email_domains.is_empty() || covered(&self.allowed_email_domains))
    }

    /// Whether a client at `ip` may use the application; an unknown address passes only
    /// when nothing is required of it.
    pub fn allows_ip(&self, ip: Option<IpAddr>) -> bool {
        let ip = ip.map(|ip| ip.to_canonical());
        let covered = |list: &[String]| {
            ip.is_some_and(|ip| {
                list.iter()
                    .filter_map(|r| r.parse::<IpNet>().ok())
                    .any(|net| net.contains(&ip))
            })
        };
        !covered(&self.blocked_ip_ranges) && (self.allowed_ip_ranges.is_empty() || covered(&self.allowed_ip_ranges))
    }
}

fn covers_domain(rule: &str, domain: &str) -> bool {
    domain == rule || domain.strip_suffix(rule).is_some_and(|prefix| prefix.ends_with('.'))
}

fn dedup<T: PartialEq + Clone>(list: &mut Vec<T>) {
    let mut seen: Vec<T> = Vec::with_capacity(list.len());
    list.retain(|item| {
        if seen.contains(item) {
            false
        } else {
            seen.push(item.clone());
            true
        }
    });
}

fn trimmed(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

fn is_logo_url(url: &str) -> bool {
    if let Some(rest) = url.strip_prefix("data:image/") {
        return url.len() <= MAX_DATA_URL_BYTES && rest.contains(',') && !rest.chars().any(char::is_whitespace);
    }
    url.len() <= MAX_URL_BYTES && url::Url::parse(url).is_ok_and(|u| u.scheme() == "https" && u.host().is_some())
}

fn is_page_url(url: &str) -> bool {
    url.len() <= MAX_URL_BYTES
        && url::Url::parse(url).is_ok_and(|u| matches!(u.scheme(), "https" | "http") && u.host().is_some())
}

fn is_color(color: &str) -> bool {
    color.len() == 7 && color.starts_with('#') && color[1..].chars().all(|c| c.is_ascii_hexdigit())
}

fn domains(field: &'static str, list: &[String]) -> Result<Vec<String>, PolicyError> {
    if list.len() > MAX_RULES {
        return Err(PolicyError::new(field, "at most 100 entries"));
    }
    let mut out = Vec::new();
    for raw in list {
        let domain = raw.trim().trim_start_matches('@').trim_end_matches('.').to_lowercase();
        let valid = !domain.is_empty()
            && domain.len() <= 253
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        if !valid {
            return Err(PolicyError::new(
                field,
                format!("`{raw}` is not a domain like example.com"),
            ));
        }
        if !out.contains(&domain) {
            out.push(domain);
        }
    }
    Ok(out)
}

fn ranges(field: &'static str, list: &[String]) -> Result<Vec<String>, PolicyError> {
    if list.len() > MAX_RULES {
        return Err(PolicyError::new(field, "at most 100 entries"));
    }
    let mut out = Vec::new();
    for raw in list {
        let net = parse_range(raw).map_err(|message| PolicyError::new(field, message))?;
        let canonical = net.trunc().to_string();
        if !out.contains(&canonical) {
            out.push(canonical);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(allowed: &[&str], blocked: &[&str]) -> AccessRules {
        let draft = PolicyDraft {
            access: AccessRules {
                allowed_email_domains: allowed.iter().map(|s| s.to_string()).collect(),
                blocked_email_domains: blocked.iter().map(|s| s.to_string()).collect(),
                ..AccessRules::default()
            },
            ..PolicyDraft::default()
        };
        AppPolicy::new(draft).unwrap().access.clone()
    }

    #[test]
    fn a_domain_rule_covers_its_subdomains_and_a_refusal_wins() {
        let r = rules(&["Example.com"], &["@blocked.example.com"]);
        assert!(r.allows_email(Some("a@example.com")));
        assert!(r.allows_email(Some("a@mail.EXAMPLE.com")));
        assert!(!r.allows_email(Some("a@x.blocked.example.com")));
        assert!(!r.allows_email(Some("a@notexample.com")));
        assert!(!r.allows_email(None));
        assert!(rules(&[], &["spam.test"]).allows_email(None));
    }

    #[test]
    fn ip_ranges_are_canonical_and_checked() {
        let draft = PolicyDraft {
            access: AccessRules {
                blocked_ip_ranges: vec!["127.0.0.1/8".into(), "::1".into()],
                ..AccessRules::default()
            },
            ..PolicyDraft::default()
        };
        let policy = AppPolicy::new(draft).unwrap();
        assert_eq!(policy.access.blocked_ip_ranges, ["127.0.0.0/8", "::1/128"]);
        assert!(!policy.access.allows_ip(Some("127.0.0.1".parse().unwrap())));
        assert!(!policy.access.allows_ip(Some("::ffff:127.0.0.2".parse().unwrap())));
        assert!(policy.access.allows_ip(Some("192.0.2.1".parse().unwrap())));
        assert!(policy.access.allows_ip(None));
    }

    #[test]
    fn invalid_fields_are_named() {
        let field = |draft: PolicyDraft| AppPolicy::new(draft).unwrap_err().field;
        let branding = |b: Branding| PolicyDraft {
            branding: b,
            ..PolicyDraft::default()
        };
        assert_eq!(
            field(branding(Branding {
                logo_url: Some("http://example.com/logo.png".into()),
                ..Branding::default()
            })),
            "branding.logoUrl"
        );
        assert_eq!(
            field(branding(Branding {
                primary_color: Some("blue".into()),
                ..Branding::default()
            })),
            "branding.primaryColor"
        );
        assert_eq!(
            field(PolicyDraft {
                identifiers: Some(vec![]),
                ..PolicyDraft::default()
            }),
            "identifiers"
        );
        let ok = branding(Branding {
            logo_url: Some("data:image/png;base64,iVBORw0KGgo=".into()),
            primary_color: Some("#1A73E8".into()),
            ..Branding::default()
        });
        assert_eq!(
            AppPolicy::new(ok).unwrap().branding.primary_color.as_deref(),
            Some("#1a73e8")
        );
    }

    #[test]
    fn a_stored_policy_is_validated_when_read() {
        let bad = r##"{"branding":{"primaryColor":"red"}}"##;
        assert!(serde_json::from_str::<AppPolicy>(bad).is_err());
        let good = serde_json::to_string(&AppPolicy::default()).unwrap();
        assert_eq!(serde_json::from_str::<AppPolicy>(&good).unwrap(), AppPolicy::default());
    }
}
