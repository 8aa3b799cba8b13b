//! The server under test: a `gatehouse serve` process on a fresh database, seeded through the
//! server's own storage code, watched through /proc and /metrics.

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::Duration,
};

use anyhow::{Context, bail};
use gatehouse::{
    app,
    config::Settings,
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
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// Writes the configuration: the default argon2 parameters, the bench client, metrics on.
pub fn write_config(dir: &Path, database_url: &str) -> anyhow::Result<(PathBuf, String)> {
    let port = free_port()?;
    let address = format!("http://127.0.0.1:{port}");
    let path = dir.join("gatehouse.toml");
    let toml = format!(
        "public_url = \"{address}\"\nlisten = \"127.0.0.1:{port}\"\n[log]\nlevel = \"warn\"\n[metrics]\nenabled = true\n\
         [database]\nurl = \"{database_url}\"\n[[clients]]\nclient_id = \"{CLIENT}\"\nclient_secret = \"{SECRET}\"\n\
         redirect_uris = [\"{REDIRECT}\"]\ngrant_types = [\"authorization_code\", \"refresh_token\", \"client_credentials\"]\n"
    );
    std::fs::write(&path, toml)?;
    Ok((path, address))
}

/// Migrates and seeds `USERS` users `user0..` sharing one argon2id hash of `PASSWORD`.
pub async fn seed(config: &Path) -> anyhow::Result<Settings> {
    let settings = Settings::load(Some(config))?;
    let state = app::state(settings.clone()).await?;
    let hash = state.hasher.hash(&SecretString::from(PASSWORD)).await?;
    let tx = storage::begin(&state.db).await?;
    for i in 0..USERS {
        let name = format!("user{i}");
        let user = NewUser {
            username: Some(name.clone()),
            username_normalized: Some(name.clone()),
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
    Ok(settings)
}

pub async fn start(binary: &Path, config: &Path, address: &str) -> anyhow::Result<Server> {
    let child = Command::new(binary)
        .arg("--config")
        .arg(config)
        .arg("serve")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("starting {}", binary.display()))?;
    let server = Server {
        child,
        address: address.to_owned(),
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
    fn pid(&self) -> u32 {
        self.child.id()
    }

    /// User plus system CPU time so far, in milliseconds.
    pub fn cpu_ms(&self) -> anyhow::Result<f64> {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid()))?;
        // Fields after the command name, which may contain spaces, closes with ')'.
        let fields: Vec<&str> = stat
            .rsplit_once(')')
            .context("stat format")?
            .1
            .split_whitespace()
            .collect();
        let ticks: f64 = fields[11].parse::<f64>()? + fields[12].parse::<f64>()?;
        // The kernel's USER_HZ is 100 on every Linux this runs on.
        Ok(ticks * 10.0)
    }

    /// Resident memory now and at its peak, in MiB.
    pub fn memory_mib(&self) -> anyhow::Result<(f64, f64)> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid()))?;
        let field = |name: &str| -> anyhow::Result<f64> {
            let line = status.lines().find(|l| l.starts_with(name)).context("status field")?;
            let kib: f64 = line.split_whitespace().nth(1).context("status value")?.parse()?;
            Ok(kib / 1024.0)
        };
        Ok((field("VmRSS:")?, field("VmHWM:")?))
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
            .find(|l| l.starts_with("gatehouse_db_statements_total "))
            .context("metrics line")?;
        Ok(line.rsplit(' ').next().context("metrics value")?.parse()?)
    }
}
