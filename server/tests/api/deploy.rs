//! The deployment examples in `deploy/`, checked with the real tools: a whole sign-in through
//! nginx with TLS, configured by `deploy/nginx.conf` with only names and ports replaced, and
//! the systemd unit through `systemd-analyze`.

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::Arc,
    time::Duration,
};

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{Flow, TestApp, query_param};

fn deploy_file(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../deploy").join(name)
}

fn tool(name: &str, package: &str) -> PathBuf {
    let found = ["/usr/sbin", "/usr/bin", "/sbin", "/bin"]
        .iter()
        .map(|dir| Path::new(dir).join(name))
        .find(|path| path.is_file());
    found.unwrap_or_else(|| panic!("`{name}` is needed: apt-get install {package} (make test does)"))
}

fn run(command: &mut Command) -> String {
    let out = command.output().expect("the command runs");
    assert!(
        out.status.success(),
        "{command:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// nginx in the foreground with its files in `dir`; stopped when dropped.
struct Nginx(Child);

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `deploy/nginx.conf` for this machine: the test's certificate, ports and name.
fn render_nginx(dir: &Path, port: u16, upstream: u16) -> PathBuf {
    let example = std::fs::read_to_string(deploy_file("nginx.conf")).unwrap();
    let site = example
        .replace("server 127.0.0.1:3000;", &format!("server 127.0.0.1:{upstream};"))
        .replace("listen 443 ssl http2;", &format!("listen 127.0.0.1:{port} ssl http2;"))
        .replace("listen [::]:443 ssl http2;", "")
        .replace("listen 80;", &format!("listen 127.0.0.1:{};", port + 1))
        .replace("listen [::]:80;", "")
        .replace("id.example.com.pem", "cert.pem")
        .replace("/etc/ssl/certs/", &format!("{}/", dir.display()))
        .replace("id.example.com.key", "key.pem")
        .replace("/etc/ssl/private/", &format!("{}/", dir.display()))
        .replace("id.example.com", "localhost");
    assert!(!site.contains("example.com"), "every name was replaced:\n{site}");
    std::fs::write(dir.join("site.conf"), site).unwrap();
    let d = dir.display();
    let main = format!(
        "daemon off;\nmaster_process on;\nworker_processes 1;\npid {d}/nginx.pid;\nerror_log {d}/error.log;\n\
         events {{}}\nhttp {{\n  access_log off;\n  client_body_temp_path {d}/body;\n  proxy_temp_path {d}/proxy;\n\
         fastcgi_temp_path {d}/fastcgi;\n  uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n\
         include {d}/site.conf;\n}}\n"
    );
    let path = dir.join("nginx.conf");
    std::fs::write(&path, main).unwrap();
    path
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
async fn a_sign_in_works_through_the_nginx_example_with_tls() {
    let nginx = tool("nginx", "nginx-light");
    let dir = std::env::temp_dir().join(format!("gatehouse-nginx-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    run(Command::new(tool("openssl", "openssl"))
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
        ])
        .args(["-nodes", "-days", "1", "-subj", "/CN=localhost"])
        .args(["-addext", "subjectAltName=DNS:localhost"])
        // An end-entity certificate, which TLS clients accept as their own trust anchor.
        .args(["-addext", "basicConstraints=critical,CA:FALSE"])
        .args(["-addext", "extendedKeyUsage=serverAuth"])
        .arg("-keyout")
        .arg(dir.join("key.pem"))
        .arg("-out")
        .arg(dir.join("cert.pem")));
    let port = free_port();
    let public_url = format!("https://localhost:{port}");
    let backend = TestApp::spawn_with(|s| {
        s.public_url = public_url.clone();
        s.trusted_proxies = vec!["127.0.0.1".into()];
    })
    .await;
    let upstream = url::Url::parse(&backend.address).unwrap().port().unwrap();
    let config = render_nginx(&dir, port, upstream);
    run(Command::new(&nginx).arg("-t").arg("-c").arg(&config));
    let _nginx = Nginx(
        Command::new(&nginx)
            .arg("-c")
            .arg(&config)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );

    // The browser and the client application see only nginx.
    let certificate = reqwest::Certificate::from_pem(&std::fs::read(dir.join("cert.pem")).unwrap()).unwrap();
    let browser = reqwest::Client::builder()
        .add_root_certificate(certificate)
        .cookie_provider(Arc::new(reqwest::cookie::Jar::default()))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let app = TestApp {
        address: public_url.clone(),
        api: browser,
        state: backend.state.clone(),
        settings: backend.settings.clone(),
    };
    let mut ready = false;
    for _ in 0..50 {
        if let Ok(response) = app.api.get(app.url("/healthz")).send().await {
            ready = response.status() == StatusCode::OK;
            if ready {
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        ready,
        "nginx answers: {:?}",
        std::fs::read_to_string(dir.join("error.log"))
    );

    let discovery = app.get_json("/oidc/.well-known/openid-configuration").await;
    assert_eq!(discovery["issuer"], format!("{public_url}/oidc"));
    app.create_user("alice", "alice@example.com").await;
    let flow = Flow::confidential();
    // Over https the cookies are `__Host-` and Secure: the sign-in works only if they travel.
    let callback = app.authorize_and_sign_in(&flow, "alice").await;
    let code = query_param(&callback, "code").expect("a code");
    let exchanged = app.exchange_code(&flow, &code).await;
    assert_eq!(exchanged.status(), StatusCode::OK);
    let tokens: Value = exchanged.json().await.unwrap();
    assert!(tokens["access_token"].is_string());
    let healthz = app.api.get(app.url("/healthz")).send().await.unwrap();
    assert!(healthz.headers().contains_key("strict-transport-security"));
}

#[test]
fn the_systemd_unit_verifies_and_is_hardened() {
    let analyze = tool("systemd-analyze", "systemd");
    let dir = std::env::temp_dir().join(format!("gatehouse-unit-{}", uuid::Uuid::new_v4().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    let unit = std::fs::read_to_string(deploy_file("gatehouse.service"))
        .unwrap()
        .replace("/usr/local/bin/gatehouse", env!("CARGO_BIN_EXE_gatehouse"));
    let path = dir.join("gatehouse.service");
    std::fs::write(&path, unit).unwrap();
    run(Command::new(&analyze).arg("verify").arg(&path));
    // Exposure 0 (locked down) to 10 (unprotected), in tenths: 2.0 at most.
    run(Command::new(&analyze)
        .args(["security", "--offline=yes", "--threshold=20"])
        .arg(&path));
}
