//! The table `make bench` prints and the JSON it writes.

use std::path::Path;

use serde_json::{Value, json};

use crate::Measured;

pub struct Row {
    pub name: &'static str,
    /// Gatehouse, then the peer when it ran this workload.
    pub measured: Vec<Measured>,
    pub floor_name: &'static str,
    pub floor: f64,
}

impl Row {
    pub fn new(name: &'static str, measured: Vec<Measured>, floor_name: &'static str, floor: f64) -> Self {
        Self {
            name,
            measured,
            floor_name,
            floor,
        }
    }

    fn ours(&self) -> &Measured {
        &self.measured[0]
    }

    fn peer(&self) -> Option<&Measured> {
        self.measured.get(1)
    }

    fn ratio_to_floor(&self) -> Option<f64> {
        (!self.floor.is_nan()).then(|| self.ours().throughput / self.floor)
    }

    /// Throughput against the peer's, and the peer's CPU and statements against ours: above 1
    /// is better for Gatehouse on all three.
    fn ratios_to_peer(&self) -> Option<(f64, f64, f64)> {
        let (ours, peer) = (self.ours(), self.peer()?);
        Some((
            ours.throughput / peer.throughput,
            peer.cpu_ms_per_op / ours.cpu_ms_per_op,
            peer.statements_per_op / ours.statements_per_op,
        ))
    }
}

pub struct Database {
    pub name: String,
    pub argon2_per_second: f64,
    pub es256_per_second: f64,
    /// Gatehouse, then the peer.
    pub idle_rss_mib: Vec<f64>,
    pub peak_rss_mib: Vec<f64>,
    pub rows: Vec<Row>,
}

/// A ratio of two counts; `same` when both are zero (no statement on either side).
fn ratio(value: f64) -> String {
    if value.is_finite() {
        format!("{value:.2}")
    } else if value.is_nan() {
        "same".to_owned()
    } else {
        "-".to_owned()
    }
}

pub fn print(databases: &[Database]) {
    for db in databases {
        let rss = |v: &[f64], i: usize| v.get(i).map_or("-".to_owned(), |m| format!("{m:.1}"));
        println!(
            "\n{}: floors argon2 {:.1}/s, ES256 {:.0}/s; RSS MiB idle {} (peer {}), peak {} (peer {})",
            db.name,
            db.argon2_per_second,
            db.es256_per_second,
            rss(&db.idle_rss_mib, 0),
            rss(&db.idle_rss_mib, 1),
            rss(&db.peak_rss_mib, 0),
            rss(&db.peak_rss_mib, 1),
        );
        println!(
            "{:<20} {:>9} {:>7} {:>7} {:>7} {:>6} {:>14} | {:>9} {:>7} {:>7} {:>6} | {:>6} {:>6} {:>6} {:>4}",
            "workload",
            "ops/s",
            "p50 ms",
            "p99 ms",
            "CPU ms",
            "SQL",
            "vs floor",
            "peer op/s",
            "p99 ms",
            "CPU ms",
            "SQL",
            "×ops",
            "×CPU",
            "×SQL",
            "err"
        );
        for row in &db.rows {
            let m = row.ours();
            let floor = row
                .ratio_to_floor()
                .map_or("-".to_owned(), |r| format!("{r:.2} {}", row.floor_name));
            let peer = row
                .peer()
                .map_or(format!("{:>9} {:>7} {:>7} {:>6}", "-", "-", "-", "-"), |p| {
                    format!(
                        "{:>9.1} {:>7.2} {:>7.2} {:>6.1}",
                        p.throughput, p.p99_ms, p.cpu_ms_per_op, p.statements_per_op
                    )
                });
            let (x_ops, x_cpu, x_sql) = row
                .ratios_to_peer()
                .map_or(("-".into(), "-".into(), "-".into()), |(o, c, s)| {
                    (ratio(o), ratio(c), ratio(s))
                });
            let errors: u64 = row.measured.iter().map(|m| m.errors).sum();
            println!(
                "{:<20} {:>9.1} {:>7.2} {:>7.2} {:>7.2} {:>6.1} {:>14} | {peer} | {:>6} {:>6} {:>6} {:>4}",
                row.name,
                m.throughput,
                m.p50_ms,
                m.p99_ms,
                m.cpu_ms_per_op,
                m.statements_per_op,
                floor,
                x_ops,
                x_cpu,
                x_sql,
                errors
            );
        }
    }
    println!(
        "\n×ops: our throughput / the peer's; ×CPU and ×SQL: the peer's CPU ms and statements per op / ours \
         (above 1 favours Gatehouse; 'same' where neither sends a statement)"
    );
}

fn measured(m: &Measured) -> Value {
    json!({
        "ops_per_second": m.throughput,
        "p50_ms": m.p50_ms,
        "p99_ms": m.p99_ms,
        "cpu_ms_per_op": m.cpu_ms_per_op,
        "statements_per_op": m.statements_per_op,
        "errors": m.errors,
    })
}

fn finite(value: f64) -> Option<f64> {
    value.is_finite().then_some(value)
}

pub fn write(path: &Path, databases: &[Database]) -> anyhow::Result<()> {
    let value = json!(
        databases
            .iter()
            .map(|db| json!({
                "database": db.name,
                "argon2_per_second": db.argon2_per_second,
                "es256_per_second": db.es256_per_second,
                "idle_rss_mib": db.idle_rss_mib.first(),
                "peak_rss_mib": db.peak_rss_mib.first(),
                "peer_idle_rss_mib": db.idle_rss_mib.get(1),
                "peer_peak_rss_mib": db.peak_rss_mib.get(1),
                "workloads": db.rows.iter().map(|r| {
                    let to_peer = r.ratios_to_peer();
                    json!({
                        "name": r.name,
                        "gatehouse": measured(r.ours()),
                        "peer": r.peer().map(measured),
                        "floor": r.floor_name,
                        "ratio_to_floor": r.ratio_to_floor(),
                        "throughput_vs_peer": to_peer.and_then(|t| finite(t.0)),
                        "peer_cpu_vs_ours": to_peer.and_then(|t| finite(t.1)),
                        "peer_statements_vs_ours": to_peer.and_then(|t| finite(t.2)),
                    })
                }).collect::<Vec<_>>(),
            }))
            .collect::<Vec<_>>()
    );
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, serde_json::to_string_pretty(&value)? + "\n")?;
    Ok(())
}
