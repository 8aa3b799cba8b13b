//! `make bench`: throughput, latency, CPU, memory and SQL statements per operation of each
//! workload against `gatehouse serve`, as ratios against floors measured in the same run.

mod floors;
mod load;
mod report;
mod server;
mod workloads;

use std::{path::PathBuf, sync::Arc, time::Duration};

use clap::Parser;
use tokio::sync::Mutex;

use crate::{
    load::Outcome,
    report::{Database, Row},
    workloads::Target,
};

#[derive(Parser)]
struct Args {
    /// The server binary.
    #[arg(long, default_value = "target/release/gatehouse")]
    server: PathBuf,
    /// sqlite, postgres or both.
    #[arg(long, default_value = "both")]
    db: String,
    /// An administrative PostgreSQL URL; a fresh database is created under it.
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432/test")]
    pg_url: String,
    /// Seconds per measurement.
    #[arg(long, default_value_t = 8)]
    seconds: u64,
    /// Closed-loop runs per workload; the median is reported.
    #[arg(long, default_value_t = 3)]
    runs: usize,
    #[arg(long, default_value = "bench/results/latest.json")]
    out: PathBuf,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let mut databases = Vec::new();
    for db in ["sqlite", "postgres"] {
        if args.db == db || args.db == "both" {
            databases.push(run_database(&args, db).await?);
        }
    }
    report::print(&databases);
    report::write(&args.out, &databases)?;
    println!("written to {}", args.out.display());
    Ok(())
}

async fn database_url(args: &Args, kind: &str, dir: &std::path::Path) -> anyhow::Result<String> {
    if kind == "sqlite" {
        return Ok(format!("sqlite://{}/bench.db?mode=rwc", dir.display()));
    }
    let name = format!("gatehouse_bench_{}", uuid::Uuid::new_v4().simple());
    let admin = gatehouse::storage::connect(&args.pg_url, 1).await?;
    gatehouse::storage::create_database(&admin, &name).await?;
    let base = args.pg_url.rsplit_once('/').map_or(args.pg_url.as_str(), |(b, _)| b);
    Ok(format!("{base}/{name}"))
}

async fn run_database(args: &Args, kind: &str) -> anyhow::Result<Database> {
    let duration = Duration::from_secs(args.seconds);
    let dir = std::env::temp_dir().join(format!("gatehouse-bench-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir)?;
    let url = database_url(args, kind, &dir).await?;
    let (config, address) = server::write_config(&dir, &url)?;
    eprintln!("[{kind}] seeding {} users", server::USERS);
    let settings = server::seed(&config).await?;
    let server = server::start(&args.server, &config, &address).await?;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let idle_rss = server.memory_mib()?.0;
    let target = Target::new(&address);

    eprintln!("[{kind}] floors");
    let argon2 = floors::argon2(&settings, duration).await?;
    let es256 = floors::es256(duration).await?;
    let trivial = measure(args, &server, &target, 8, |t, _| {
        move || {
            let t = t.clone();
            async move { t.get("/healthz").await }
        }
    })
    .await?;

    eprintln!("[{kind}] workloads");
    let counter = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let sign_in = measure(args, &server, &target, 2, |t, _| {
        let counter = counter.clone();
        move || {
            let (t, n) = (t.clone(), counter.fetch_add(7919, std::sync::atomic::Ordering::Relaxed));
            async move { t.full_sign_in(n).await.map(|_| ()) }
        }
    })
    .await?;
    let mut refresh_tokens = Vec::new();
    let mut access_tokens = Vec::new();
    for worker in 0..8 {
        let tokens = target.full_sign_in(worker).await?;
        refresh_tokens.push(Arc::new(Mutex::new(
            tokens["refresh_token"].as_str().unwrap_or_default().to_owned(),
        )));
        access_tokens.push(tokens["access_token"].as_str().unwrap_or_default().to_owned());
    }
    let refresh = measure(args, &server, &target, 8, |t, worker| {
        let current = refresh_tokens[worker].clone();
        move || {
            let (t, current) = (t.clone(), current.clone());
            async move {
                let mut token = current.lock().await;
                *token = t.refresh(&token).await?;
                Ok(())
            }
        }
    })
    .await?;
    let client_credentials = measure(args, &server, &target, 8, |t, _| {
        move || {
            let t = t.clone();
            async move { t.client_credentials().await }
        }
    })
    .await?;
    let userinfo = measure(args, &server, &target, 8, |t, worker| {
        let token = access_tokens[worker].clone();
        move || {
            let (t, token) = (t.clone(), token.clone());
            async move { t.userinfo(&token).await }
        }
    })
    .await?;
    let discovery = measure(args, &server, &target, 8, |t, _| {
        move || {
            let t = t.clone();
            async move { t.get("/oidc/.well-known/openid-configuration").await }
        }
    })
    .await?;
    let jwks = measure(args, &server, &target, 8, |t, _| {
        move || {
            let t = t.clone();
            async move { t.get("/oidc/jwks").await }
        }
    })
    .await?;
    let peak_rss = server.memory_mib()?.1;
    let rows = vec![
        Row::new("full sign-in (c=2)", sign_in, "argon2", argon2),
        Row::new("refresh_token", refresh, "ES256", es256 / 2.0),
        Row::new("client_credentials", client_credentials, "ES256", es256),
        Row::new("userinfo", userinfo, "trivial", trivial.throughput),
        Row::new("discovery", discovery, "trivial", trivial.throughput),
        Row::new("jwks", jwks, "trivial", trivial.throughput),
        Row::new("trivial route", trivial, "trivial", f64::NAN),
    ];
    Ok(Database {
        name: kind.to_owned(),
        argon2_per_second: argon2,
        es256_per_second: es256,
        idle_rss_mib: idle_rss,
        peak_rss_mib: peak_rss,
        rows,
    })
}

/// Median of closed-loop runs, then an open-loop run at half that throughput for latency.
pub struct Measured {
    pub throughput: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub cpu_ms_per_op: f64,
    pub statements_per_op: f64,
    pub errors: u64,
}

async fn measure<W, F, Fut>(
    args: &Args,
    server: &server::Server,
    target: &Target,
    concurrency: usize,
    make: W,
) -> anyhow::Result<Measured>
where
    W: Fn(Target, usize) -> F,
    F: FnMut() -> Fut + Send + 'static,
    Fut: std::future::Future<Output = anyhow::Result<()>> + Send,
{
    let duration = Duration::from_secs(args.seconds);
    let mut runs: Vec<(Outcome, f64, f64)> = Vec::new();
    for _ in 0..args.runs {
        let (cpu, statements) = (server.cpu_ms()?, server.statements(&target.http).await?);
        let outcome = load::closed(concurrency, duration, |worker| make(target.clone(), worker)).await;
        let ops = outcome.ops.max(1) as f64;
        let cpu_per_op = (server.cpu_ms()? - cpu) / ops;
        // The metrics request itself is one statement-free GET: nothing to subtract.
        let statements_per_op = (server.statements(&target.http).await? - statements) / ops;
        runs.push((outcome, cpu_per_op, statements_per_op));
    }
    runs.sort_by(|a, b| a.0.per_second().total_cmp(&b.0.per_second()));
    let (median, cpu_ms_per_op, statements_per_op) = runs.swap_remove(runs.len() / 2);
    let workers = (0..concurrency * 4)
        .map(|worker| make(target.clone(), worker % concurrency))
        .collect();
    let latency = load::open(median.per_second() / 2.0, duration, workers).await;
    Ok(Measured {
        throughput: median.per_second(),
        p50_ms: latency.p(0.5),
        p99_ms: latency.p(0.99),
        cpu_ms_per_op,
        statements_per_op,
        errors: median.errors + latency.errors,
    })
}
