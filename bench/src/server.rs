//! The servers under test: a `gatehouse serve` process on a fresh database, seeded through the
//! server's own storage code, and the peer (`bench/peer/`, node-oidc-provider in a node:cluster
//! of one worker per core), each watched through /proc (its whole process tree) and /metrics.

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::Duration,
};

use anyhow::{Context, bail};
use gatehouse::{
    app,
    config::Settings,
    domain::username::Username,
    storage::{self, users::NewUser},
};
use secrecy::SecretString;

pub const CLIENT: &str = "bench-rp";
pub const SECRET: &str = "bench-secret-0123456789";
pub const REDIRECT: &str = "http://bench.test/callback";
pub const PASSWORD: &str = "bench password 1";
pub const USERS: usize = 10_000;

pub struct Server {
    child: Child,
    pub address: String,
    /// The /metrics line that counts SQL statements.
    metric: &'static str,
}

impl Drop for Server {
    /// SIGTERM first, so the peer's primary stops its workers, then SIGKILL.
    fn drop(&mut self) {
        let _ = Command::new("kill").arg(self.child.id().to_string()).status();
        for _ in 0..60 {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// Writes the configuration: the default argon2 parameters, the bench client, metrics on, and
/// per-client limits out of the way (every bench request comes from one loopback address).
pub fn write_config(dir: &Path, database_url: &str) -> anyhow::Result<(PathBuf, String)> {
    let port = free_port()?;
    let address = format!("http://127.0.0.1:{port}");
    let path = dir.join("gatehouse.toml");
    let toml = format!(
        "public_url = \"{address}\"\nlisten = \"127.0.0.1:{port}\"\n[log]\nlevel = \"warn\"\n[metrics]\nenabled = true\n\
         [database]\nurl = \"{database_url}\"\n[secrets]\nkek = \"Z2F0ZWhvdXNlIGUyZS9iZW5jaCBrZWssIHB1YmxpYyE=\"\n\
         [rate_limits]\npassword_per_ip = {{ max = 100000000, window = \"1m\" }}\n\
         authorization_per_ip = {{ max = 100000000, window = \"1m\" }}\n[[clients]]\nclient_id = \"{CLIENT}\"\nclient_secret = \"{SECRET}\"\n\
         redirect_uris = [\"{REDIRECT}\"]\ngrant_types = [\"authorization_code\", \"refresh_token\", \"client_credentials\"]\n"
    );
    std::fs::write(&path, toml)?;
    Ok((path, address))
}

/// Migrates and seeds `USERS` users `user0..` sharing one argon2id hash of `PASSWORD`; returns
/// the settings and that hash, which the peer's accounts use too.
pub async fn seed(config: &Path) -> anyhow::Result<(Settings, String)> {
    let settings = Settings::load(Some(config))?;
    let state = app::state(settings.clone()).await?;
    let hash = state.hasher.hash(&SecretString::from(PASSWORD)).await?;
    let tx = storage::begin(&state.db).await?;
    for i in 0..USERS {
        let name = format!("user{i}");
        let username = Username::parse(&name)?;
        let user = NewUser {
            id: None,
            username: Some(name.clone()),
            username_normalized: Some(username.normalized().to_owned()),
            username_skeleton: Some(username.skeleton()),
            email: Some(format!("{name}@bench.test")),
            email_normalized: Some(format!("{name}@bench.test")),
            email_verified: true,
            name: None,
            password_hash: Some(hash.clone()),
            security_stamp: name,
        };
        storage::users::insert(&tx, user).await?;
    }
    storage::commit(tx).await?;
    Ok((settings, hash))
}

pub async fn start(binary: &Path, config: &Path, address: &str) -> anyhow::Result<Server> {
    let mut command = Command::new(binary);
    command.arg("--config").arg(config).arg("serve");
    launch(command, address, "gatehouse_db_statements_total").await
}

/// The peer on `database` (`sqlite:/path` or a PostgreSQL URL), with the same client, users and
/// password hash.
pub async fn start_peer(script: &Path, database: &str, password_hash: &str) -> anyhow::Result<Server> {
    let port = free_port()?;
    let address = format!("http://127.0.0.1:{port}");
    let mut command = Command::new("node");
    command
        .arg(script)
        .env("PEER_PORT", port.to_string())
        .env("PEER_ISSUER", &address)
        .env("PEER_DATABASE", database)
        .env("PEER_PASSWORD_HASH", password_hash)
        .env("PEER_USERS", USERS.to_string())
        .env("PEER_CLIENT_ID", CLIENT)
        .env("PEER_CLIENT_SECRET", SECRET)
        .env("PEER_REDIRECT_URI", REDIRECT);
    launch(command, &address, "peer_db_statements_total").await
}

async fn launch(mut command: Command, address: &str, metric: &'static str) -> anyhow::Result<Server> {
    let child = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("starting {command:?}"))?;
    let server = Server {
        child,
        address: address.to_owned(),
        metric,
    };
    let client = reqwest::Client::new();
    for _ in 0..200 {
        if client
            .get(format!("{address}/healthz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return Ok(server);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    bail!("the server did not start")
}

impl Server {
    /// The server's process and its children (the peer's cluster workers).
    fn processes(&self) -> Vec<u32> {
        let root = self.child.id();
        let mut pids = vec![root];
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse::<u32>().ok()) else {
                continue;
            };
            if stat_fields(pid).is_ok_and(|f| f.get(1).and_then(|p| p.parse::<u32>().ok()) == Some(root)) {
                pids.push(pid);
            }
        }
        pids
    }

    /// User plus system CPU time so far of the whole tree, in milliseconds.
    pub fn cpu_ms(&self) -> anyhow::Result<f64> {
        let mut ticks = 0.0;
        for pid in self.processes() {
            let fields = stat_fields(pid)?;
            ticks += fields[11].parse::<f64>()? + fields[12].parse::<f64>()?;
        }
        // The kernel's USER_HZ is 100 on every Linux this runs on.
        Ok(ticks * 10.0)
    }

    /// Resident memory now and at its peak, in MiB, summed over the tree (the sum of each
    /// process's peak, an upper bound of the tree's peak).
    pub fn memory_mib(&self) -> anyhow::Result<(f64, f64)> {
        let (mut now, mut peak) = (0.0, 0.0);
        for pid in self.processes() {
            let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
            let field = |name: &str| -> anyhow::Result<f64> {
                let line = status.lines().find(|l| l.starts_with(name)).context("status field")?;
                let kib: f64 = line.split_whitespace().nth(1).context("status value")?.parse()?;
                Ok(kib / 1024.0)
            };
            now += field("VmRSS:")?;
            peak += field("VmHWM:")?;
        }
        Ok((now, peak))
    }

    pub async fn statements(&self, client: &reqwest::Client) -> anyhow::Result<f64> {
        let text = client
            .get(format!("{}/metrics", self.address))
            .send()
            .await?
            .text()
            .await?;
        let line = text
            .lines()
            .find(|l| l.strip_prefix(self.metric).is_some_and(|rest| rest.starts_with(' ')))
            .context("metrics line")?;
        Ok(line.rsplit(' ').next().context("metrics value")?.parse()?)
    }
}

/// The fields of /proc/PID/stat after the command name (which may hold spaces and ends at the
/// last ')'): state, ppid, … utime is index 11, stime 12.
fn stat_fields(pid: u32) -> anyhow::Result<Vec<String>> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    Ok(stat
        .rsplit_once(')')
        .context("stat format")?
        .1
        .split_whitespace()
        .map(str::to_owned)
        .collect())
}
