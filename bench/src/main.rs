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
    workloads::{Endpoint, Kind, Target},
};

#[derive(Parser)]
struct Args {
    /// The server binary.
    #[arg(long, default_value = "target/release/gatehouse")]
    server: PathBuf,
    /// The peer's entry point (node-oidc-provider); `none` leaves the peer out.
    #[arg(long, default_value = "bench/peer/server.mjs")]
    peer: String,
    /// sqlite, postgres or both.
    #[arg(long, default_value = "both")]
    db: String,
    /// An administrative PostgreSQL URL; fresh databases are created under it.
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432/test")]
    pg_url: String,
    /// Seconds per measurement.
    #[arg(long, default_value_t = 8)]
    seconds: u64,
    /// Closed-loop runs per workload and server, interleaved (A B A B …); the median is reported.
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

/// A fresh database: a file in `dir` for SQLite, a new database on the server for PostgreSQL.
async fn database_url(args: &Args, kind: &str, dir: &std::path::Path, file: &str) -> anyhow::Result<String> {
    if kind == "sqlite" {
        return Ok(format!("sqlite://{}/{file}.db?mode=rwc", dir.display()));
    }
    let name = format!("gatehouse_bench_{}", uuid::Uuid::new_v4().simple());
    let admin = gatehouse::storage::connect(&args.pg_url, 1).await?;
    gatehouse::storage::create_database(&admin, &name).await?;
    let base = args.pg_url.rsplit_once('/').map_or(args.pg_url.as_str(), |(b, _)| b);
    Ok(format!("{base}/{name}"))
}

/// One server under test and a client for it.
pub struct Subject {
    pub server: server::Server,
    pub target: Target,
}

async fn run_database(args: &Args, kind: &str) -> anyhow::Result<Database> {
    let duration = Duration::from_secs(args.seconds);
    let dir = std::env::temp_dir().join(format!("gatehouse-bench-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir)?;
    let url = database_url(args, kind, &dir, "gatehouse").await?;
    let (config, address) = server::write_config(&dir, &url)?;
    eprintln!("[{kind}] seeding {} users", server::USERS);
    let (settings, password_hash) = server::seed(&config).await?;
    let mut subjects = vec![Subject {
        server: server::start(&args.server, &config, &address).await?,
        target: Target::new(Kind::Gatehouse, &address),
    }];
    if args.peer != "none" {
        let url = database_url(args, kind, &dir, "peer").await?;
        // The peer names SQLite `sqlite:/path` and takes no query string.
        let url = match url.strip_prefix("sqlite://") {
            Some(rest) => format!("sqlite:{}", rest.split('?').next().unwrap_or(rest)),
            None => url,
        };
        let server = server::start_peer(std::path::Path::new(&args.peer), &url, &password_hash).await?;
        let target = Target::new(Kind::Peer, &server.address);
        subjects.push(Subject { server, target });
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let idle_rss = subjects
        .iter()
        .map(|s| s.server.memory_mib().map(|m| m.0))
        .collect::<anyhow::Result<Vec<_>>>()?;

    eprintln!("[{kind}] floors");
    let argon2 = floors::argon2(&settings, duration).await?;
    let es256 = floors::es256(duration).await?;
    // The trivial route (`/healthz` on both) is Gatehouse's floor for routes; the peer's is
    // shown beside it.
    let trivial = measure(args, &subjects, 8, |t, _, _| {
        let url = t.url("/healthz");
        move || {
            let (t, url) = (t.clone(), url.clone());
            async move { t.get(&url).await }
        }
    })
    .await?;
    let trivial_floor = trivial[0].throughput;

    eprintln!("[{kind}] workloads");
    let counter = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let sign_in = measure(args, &subjects, 2, |t, _, _| {
        let counter = counter.clone();
        move || {
            let (t, n) = (t.clone(), counter.fetch_add(7919, std::sync::atomic::Ordering::Relaxed));
            async move { t.full_sign_in(n).await.map(|_| ()) }
        }
    })
    .await?;
    // Per server and worker: a refresh token each worker rotates, and an access token.
    let mut refresh_tokens = Vec::new();
    let mut access_tokens = Vec::new();
    for subject in &subjects {
        let (mut refresh, mut access) = (Vec::new(), Vec::new());
        for worker in 0..8 {
            let tokens = subject.target.full_sign_in(worker).await?;
            let refresh_token = tokens["refresh_token"].as_str().unwrap_or_default().to_owned();
            refresh.push(Arc::new(Mutex::new(refresh_token)));
            access.push(tokens["access_token"].as_str().unwrap_or_default().to_owned());
        }
        refresh_tokens.push(refresh);
        access_tokens.push(access);
    }
    let refresh = measure(args, &subjects, 8, |t, subject, worker| {
        let current = refresh_tokens[subject][worker].clone();
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
    let client_credentials = measure(args, &subjects, 8, |t, _, _| {
        move || {
            let t = t.clone();
            async move { t.client_credentials().await }
        }
    })
    .await?;
    let userinfo = measure(args, &subjects, 8, |t, subject, worker| {
        let token = access_tokens[subject][worker].clone();
        move || {
            let (t, token) = (t.clone(), token.clone());
            async move { t.userinfo(&token).await }
        }
    })
    .await?;
    let discovery = measure(args, &subjects, 8, |t, _, _| {
        let url = t.endpoint(Endpoint::Discovery);
        move || {
            let (t, url) = (t.clone(), url.clone());
            async move { t.get(&url).await }
        }
    })
    .await?;
    let jwks = measure(args, &subjects, 8, |t, _, _| {
        let url = t.endpoint(Endpoint::Jwks);
        move || {
            let (t, url) = (t.clone(), url.clone());
            async move { t.get(&url).await }
        }
    })
    .await?;
    let peak_rss = subjects
        .iter()
        .map(|s| s.server.memory_mib().map(|m| m.1))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let rows = vec![
        Row::new("full sign-in (c=2)", sign_in, "argon2", argon2),
        Row::new("refresh_token", refresh, "ES256", es256 / 2.0),
        Row::new("client_credentials", client_credentials, "ES256", es256),
        Row::new("userinfo", userinfo, "trivial", trivial_floor),
        Row::new("discovery", discovery, "trivial", trivial_floor),
        Row::new("jwks", jwks, "trivial", trivial_floor),
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

/// Measures one workload on every subject; `make(target, subject, worker)` builds a worker's
/// operation. Closed-loop runs alternate between subjects (A B A B …) so that the machine's
/// drifts fall on both alike; one `Measured` per subject, in order.
async fn measure<W, F, Fut>(
    args: &Args,
    subjects: &[Subject],
    concurrency: usize,
    make: W,
) -> anyhow::Result<Vec<Measured>>
where
    W: Fn(Target, usize, usize) -> F,
    F: FnMut() -> Fut + Send + 'static,
    Fut: std::future::Future<Output = anyhow::Result<()>> + Send,
{
    let duration = Duration::from_secs(args.seconds);
    let mut runs: Vec<Vec<(Outcome, f64, f64)>> = subjects.iter().map(|_| Vec::new()).collect();
    for _ in 0..args.runs {
        for (index, subject) in subjects.iter().enumerate() {
            let (server, target) = (&subject.server, &subject.target);
            let (cpu, statements) = (server.cpu_ms()?, server.statements(&target.http).await?);
            let outcome = load::closed(concurrency, duration, |worker| make(target.clone(), index, worker)).await;
            let ops = outcome.ops.max(1) as f64;
            let cpu_per_op = (server.cpu_ms()? - cpu) / ops;
            // The metrics requests themselves send no statement: nothing to subtract.
            let statements_per_op = (server.statements(&target.http).await? - statements) / ops;
            runs[index].push((outcome, cpu_per_op, statements_per_op));
        }
    }
    let mut measured = Vec::new();
    for (index, (subject, mut runs)) in subjects.iter().zip(runs).enumerate() {
        runs.sort_by(|a, b| a.0.per_second().total_cmp(&b.0.per_second()));
        let (median, cpu_ms_per_op, statements_per_op) = runs.swap_remove(runs.len() / 2);
        let workers = (0..concurrency * 4)
            .map(|worker| make(subject.target.clone(), index, worker % concurrency))
            .collect();
        let latency = load::open(median.per_second() / 2.0, duration, workers).await;
        measured.push(Measured {
            throughput: median.per_second(),
            p50_ms: latency.p(0.5),
            p99_ms: latency.p(0.99),
            cpu_ms_per_op,
            statements_per_op,
            errors: median.errors + latency.errors,
        });
    }
    Ok(measured)
}
