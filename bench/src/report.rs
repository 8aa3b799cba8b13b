//! The table `make bench` prints and the JSON it writes.

use std::path::Path;

use serde_json::json;

use crate::Measured;

pub struct Row {
    pub name: &'static str,
    pub measured: Measured,
    pub floor_name: &'static str,
    pub floor: f64,
}

impl Row {
    pub fn new(name: &'static str, measured: Measured, floor_name: &'static str, floor: f64) -> Self {
        Self {
            name,
            measured,
            floor_name,
            floor,
        }
    }

    fn ratio(&self) -> f64 {
        self.measured.throughput / self.floor
    }
}

pub struct Database {
    pub name: String,
    pub argon2_per_second: f64,
    pub es256_per_second: f64,
    pub idle_rss_mib: f64,
    pub peak_rss_mib: f64,
    pub rows: Vec<Row>,
}

pub fn print(databases: &[Database]) {
    for db in databases {
        println!(
            "\n{}: argon2 {:.1}/s, ES256 {:.0}/s, RSS idle {:.1} MiB, peak {:.1} MiB",
            db.name, db.argon2_per_second, db.es256_per_second, db.idle_rss_mib, db.peak_rss_mib
        );
        println!(
            "{:<22} {:>10} {:>9} {:>9} {:>11} {:>9} {:>16} {:>7}",
            "workload", "ops/s", "p50 ms", "p99 ms", "CPU ms/op", "SQL/op", "vs floor", "errors"
        );
        for row in &db.rows {
            let m = &row.measured;
            let ratio = if row.floor.is_nan() {
                "-".to_owned()
            } else {
                format!("{:.2} {}", row.ratio(), row.floor_name)
            };
            println!(
                "{:<22} {:>10.1} {:>9.2} {:>9.2} {:>11.2} {:>9.1} {:>16} {:>7}",
                row.name, m.throughput, m.p50_ms, m.p99_ms, m.cpu_ms_per_op, m.statements_per_op, ratio, m.errors
            );
        }
    }
}

pub fn write(path: &Path, databases: &[Database]) -> anyhow::Result<()> {
    let value = json!(
        databases
            .iter()
            .map(|db| json!({
                "database": db.name,
                "argon2_per_second": db.argon2_per_second,
                "es256_per_second": db.es256_per_second,
                "idle_rss_mib": db.idle_rss_mib,
                "peak_rss_mib": db.peak_rss_mib,
                "workloads": db.rows.iter().map(|r| json!({
                    "name": r.name,
                    "ops_per_second": r.measured.throughput,
                    "p50_ms": r.measured.p50_ms,
                    "p99_ms": r.measured.p99_ms,
                    "cpu_ms_per_op": r.measured.cpu_ms_per_op,
                    "statements_per_op": r.measured.statements_per_op,
                    "floor": r.floor_name,
                    "ratio_to_floor": if r.floor.is_nan() { None } else { Some(r.ratio()) },
                    "errors": r.measured.errors,
                })).collect::<Vec<_>>(),
            }))
            .collect::<Vec<_>>()
    );
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, serde_json::to_string_pretty(&value)? + "\n")?;
    Ok(())
}
