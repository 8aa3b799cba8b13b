//! The counters and the latency histogram of `/metrics`, in the Prometheus text format. A
//! registry of atomics owned by `AppState` rather than a process-wide one, so that two apps in
//! one process (the tests) count apart. Every label takes its values from a closed set, all
//! written from the start: a series that appears only once something happened would make
//! `rate()` miss the first event, and a value taken from a request could grow without bound.

use std::{
    fmt::{Display, Write},
    sync::atomic::{AtomicU64, Ordering},
    time::Duration,
};

/// An enum whose variants are a label's only values, in the order they are written.
macro_rules! label_values {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $label:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];
            const COUNT: usize = Self::ALL.len();

            pub fn label(self) -> &'static str {
                match self {
                    $(Self::$variant => $label),+
                }
            }
        }
    };
}

label_values! {
    /// What an emailed one-time code is for.
    CodePurpose {
        Registration => "registration",
        PasswordReset => "password_reset",
        SignIn => "sign_in",
        SecondFactor => "second_factor",
        AccountIdentity => "account_identity",
        AccountNewEmail => "account_new_email",
        AccountConfirmEmail => "account_confirm_email",
    }
}

label_values! {
    /// The grants `/oidc/token` answers.
    GrantType {
        AuthorizationCode => "authorization_code",
        RefreshToken => "refresh_token",
        ClientCredentials => "client_credentials",
    }
}

label_values! {
    /// Routes by what they serve: a raw path would make a series per path a scanner tries.
    RouteGroup {
        Oidc => "oidc",
        Experience => "experience",
        Account => "account",
        Admin => "admin",
        Ui => "ui",
        Ops => "ops",
        Other => "other",
    }
}

label_values! {
    SignInResult {
        Success => "success",
        Failure => "failure",
    }
}

/// Upper bounds in seconds: Prometheus's defaults, which span a static page (a millisecond) and
/// a password hash under load (a second or more).
const BUCKETS: [f64; 11] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

#[derive(Default)]
struct Histogram {
    /// Per bucket, not cumulative, so that an observation is one increment; the last slot is
    /// past every bound.
    counts: [AtomicU64; BUCKETS.len() + 1],
    sum_micros: AtomicU64,
}

impl Histogram {
    fn observe(&self, elapsed: Duration) {
        let seconds = elapsed.as_secs_f64();
        let slot = BUCKETS
            .iter()
            .position(|&bound| seconds <= bound)
            .unwrap_or(BUCKETS.len());
        self.counts[slot].fetch_add(1, Ordering::Relaxed);
        let micros = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX);
        self.sum_micros.fetch_add(micros, Ordering::Relaxed);
    }

    /// `_count` is the running total of the buckets read here, not a counter of its own, so
    /// that it equals `+Inf` even while requests end during the scrape.
    fn render(&self, out: &mut String, name: &str, labels: &[(&str, &str)]) {
        let bucket = format!("{name}_bucket");
        let mut total = 0;
        for (slot, count) in self.counts.iter().enumerate() {
            total += count.load(Ordering::Relaxed);
            let le = BUCKETS.get(slot).map_or_else(|| "+Inf".to_owned(), f64::to_string);
            let mut with_le = labels.to_vec();
            with_le.push(("le", le.as_str()));
            sample(out, &bucket, &with_le, total);
        }
        let sum = self.sum_micros.load(Ordering::Relaxed) as f64 / 1e6;
        sample(out, &format!("{name}_sum"), labels, sum);
        sample(out, &format!("{name}_count"), labels, total);
    }
}

/// What `/metrics` reports besides the counters kept elsewhere (SQL statements, undeclared
/// error codes).
#[derive(Default)]
pub struct Metrics {
    sign_ins: [AtomicU64; SignInResult::COUNT],
    registrations: AtomicU64,
    lockouts: AtomicU64,
    codes_sent: [AtomicU64; CodePurpose::COUNT],
    token_grants: [AtomicU64; GrantType::COUNT],
    requests: [Histogram; RouteGroup::COUNT],
}

impl Metrics {
    /// Called for every audit event, so that what the audit log and the metrics count cannot
    /// drift apart; the kinds without a metric are ignored.
    pub fn audit_event(&self, kind: &str) {
        let counter = match kind {
            "sign_in.succeeded" => &self.sign_ins[SignInResult::Success as usize],
            "sign_in.failed" => &self.sign_ins[SignInResult::Failure as usize],
            "registration" => &self.registrations,
            "lockout" => &self.lockouts,
            _ => return,
        };
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// An email with a one-time code was handed to the mailer.
    pub fn code_sent(&self, purpose: CodePurpose) {
        self.codes_sent[purpose as usize].fetch_add(1, Ordering::Relaxed);
    }

    /// `/oidc/token` answered with tokens.
    pub fn token_granted(&self, grant: GrantType) {
        self.token_grants[grant as usize].fetch_add(1, Ordering::Relaxed);
    }

    pub fn observe_request(&self, group: RouteGroup, elapsed: Duration) {
        self.requests[group as usize].observe(elapsed);
    }

    /// Appends the families in the text exposition format.
    pub fn render(&self, out: &mut String) {
        let name = "gatehouse_sign_ins_total";
        header(out, name, "counter", "Sign-ins finished, by result.");
        for result in SignInResult::ALL {
            let value = self.sign_ins[*result as usize].load(Ordering::Relaxed);
            sample(out, name, &[("result", result.label())], value);
        }
        counter(
            out,
            "gatehouse_registrations_total",
            "Accounts created by registration.",
            self.registrations.load(Ordering::Relaxed),
        );
        let name = "gatehouse_codes_sent_total";
        header(
            out,
            name,
            "counter",
            "Emails with a one-time code, by what the code is for.",
        );
        for purpose in CodePurpose::ALL {
            let value = self.codes_sent[*purpose as usize].load(Ordering::Relaxed);
            sample(out, name, &[("purpose", purpose.label())], value);
        }
        counter(
            out,
            "gatehouse_lockouts_total",
            "Identifiers locked after too many failed passwords.",
            self.lockouts.load(Ordering::Relaxed),
        );
        let name = "gatehouse_token_grants_total";
        header(out, name, "counter", "Token responses issued, by grant type.");
        for grant in GrantType::ALL {
            let value = self.token_grants[*grant as usize].load(Ordering::Relaxed);
            sample(out, name, &[("grant_type", grant.label())], value);
        }
        let name = "gatehouse_http_request_duration_seconds";
        header(
            out,
            name,
            "histogram",
            "Time to answer an HTTP request, by route group.",
        );
        for group in RouteGroup::ALL {
            self.requests[*group as usize].render(out, name, &[("group", group.label())]);
        }
    }
}

/// An unlabelled counter with its `HELP` and `TYPE` lines.
pub fn counter(out: &mut String, name: &str, help: &str, value: u64) {
    header(out, name, "counter", help);
    sample(out, name, &[], value);
}

fn header(out: &mut String, name: &str, kind: &str, help: &str) {
    let help = help.replace('\\', r"\\").replace('\n', r"\n");
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} {kind}");
}

fn sample(out: &mut String, name: &str, labels: &[(&str, &str)], value: impl Display) {
    out.push_str(name);
    if !labels.is_empty() {
        let labels: Vec<String> = labels
            .iter()
            .map(|(key, value)| format!("{key}=\"{}\"", escape_label(value)))
            .collect();
        let _ = write!(out, "{{{}}}", labels.join(","));
    }
    let _ = writeln!(out, " {value}");
}

fn escape_label(value: &str) -> String {
    value.replace('\\', r"\\").replace('"', "\\\"").replace('\n', r"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(metrics: &Metrics) -> String {
        let mut out = String::new();
        metrics.render(&mut out);
        out
    }

    fn value(text: &str, series: &str) -> f64 {
        let line = text
            .lines()
            .find(|line| line.strip_prefix(series).is_some_and(|rest| rest.starts_with(' ')))
            .unwrap_or_else(|| panic!("no series {series}"));
        line.rsplit(' ').next().unwrap().parse().unwrap()
    }

    fn bucket(text: &str, group: &str, le: &str) -> f64 {
        value(
            text,
            &format!("gatehouse_http_request_duration_seconds_bucket{{group=\"{group}\",le=\"{le}\"}}"),
        )
    }

    #[test]
    fn audit_kinds_move_their_counters_and_others_nothing() {
        let metrics = Metrics::default();
        for kind in [
            "sign_in.succeeded",
            "sign_in.succeeded",
            "sign_in.failed",
            "registration",
            "lockout",
        ] {
            metrics.audit_event(kind);
        }
        metrics.audit_event("password.changed");
        metrics.audit_event("");
        let text = rendered(&metrics);
        assert_eq!(value(&text, "gatehouse_sign_ins_total{result=\"success\"}"), 2.0);
        assert_eq!(value(&text, "gatehouse_sign_ins_total{result=\"failure\"}"), 1.0);
        assert_eq!(value(&text, "gatehouse_registrations_total"), 1.0);
        assert_eq!(value(&text, "gatehouse_lockouts_total"), 1.0);
    }

    #[test]
    fn every_label_value_is_written_from_the_start() {
        let metrics = Metrics::default();
        metrics.code_sent(CodePurpose::PasswordReset);
        metrics.token_granted(GrantType::RefreshToken);
        metrics.token_granted(GrantType::RefreshToken);
        let text = rendered(&metrics);
        for purpose in CodePurpose::ALL {
            let expected = if *purpose == CodePurpose::PasswordReset {
                1.0
            } else {
                0.0
            };
            let series = format!("gatehouse_codes_sent_total{{purpose=\"{}\"}}", purpose.label());
            assert_eq!(value(&text, &series), expected);
        }
        for grant in GrantType::ALL {
            let expected = if *grant == GrantType::RefreshToken { 2.0 } else { 0.0 };
            let series = format!("gatehouse_token_grants_total{{grant_type=\"{}\"}}", grant.label());
            assert_eq!(value(&text, &series), expected);
        }
        for group in RouteGroup::ALL {
            assert_eq!(bucket(&text, group.label(), "+Inf"), 0.0);
        }
    }

    #[test]
    fn buckets_are_cumulative_and_inf_equals_the_count() {
        let metrics = Metrics::default();
        for millis in [3, 30, 30, 20_000] {
            metrics.observe_request(RouteGroup::Oidc, Duration::from_millis(millis));
        }
        metrics.observe_request(RouteGroup::Ui, Duration::from_millis(5));
        let text = rendered(&metrics);
        let oidc: Vec<f64> = ["0.005", "0.01", "0.025", "0.05", "0.1", "1", "10", "+Inf"]
            .iter()
            .map(|le| bucket(&text, "oidc", le))
            .collect();
        assert_eq!(oidc, [1.0, 1.0, 1.0, 3.0, 3.0, 3.0, 3.0, 4.0]);
        let count = |group: &str| {
            value(
                &text,
                &format!("gatehouse_http_request_duration_seconds_count{{group=\"{group}\"}}"),
            )
        };
        assert_eq!(count("oidc"), 4.0);
        let sum = value(&text, "gatehouse_http_request_duration_seconds_sum{group=\"oidc\"}");
        assert!((sum - 20.063).abs() < 1e-9, "{sum}");
        // A bound is inclusive: 5 ms falls in `le="0.005"`.
        assert_eq!(bucket(&text, "ui", "0.005"), 1.0);
        assert_eq!(count("ui"), 1.0);
        assert_eq!(count("other"), 0.0);
    }

    #[test]
    fn every_family_is_declared_before_its_samples() {
        let metrics = Metrics::default();
        metrics.observe_request(RouteGroup::Admin, Duration::from_millis(1));
        let mut text = String::new();
        counter(&mut text, "gatehouse_db_statements_total", "SQL statements.", 7);
        metrics.render(&mut text);
        let mut declared: Vec<(String, String)> = Vec::new();
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("# TYPE ") {
                let (name, kind) = rest.split_once(' ').unwrap();
                declared.push((name.to_owned(), kind.to_owned()));
                continue;
            }
            if line.starts_with('#') {
                continue;
            }
            let series = line.split([' ', '{']).next().unwrap();
            let (family, kind) = declared.last().unwrap();
            match kind.as_str() {
                "counter" => assert!(series == family && family.ends_with("_total"), "{line}"),
                "histogram" => assert!(
                    ["_bucket", "_sum", "_count"]
                        .iter()
                        .any(|s| series == format!("{family}{s}")),
                    "{line}"
                ),
                other => panic!("unexpected type {other}"),
            }
        }
        let names: Vec<&str> = declared.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(
            names,
            [
                "gatehouse_db_statements_total",
                "gatehouse_sign_ins_total",
                "gatehouse_registrations_total",
                "gatehouse_codes_sent_total",
                "gatehouse_lockouts_total",
                "gatehouse_token_grants_total",
                "gatehouse_http_request_duration_seconds",
            ]
        );
    }

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(escape_label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
        let mut out = String::new();
        sample(&mut out, "x", &[("k", "\"")], 1);
        assert_eq!(out, "x{k=\"\\\"\"} 1\n");
    }
}
