//! What a client may cost the server: slow or idle connections are closed, the number served at
//! once is capped, slow requests are cut off, and large bodies are refused whatever the
//! protocol.

use std::time::Duration;

use futures::StreamExt;
use gatehouse::config::Span;
use reqwest::StatusCode;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

use crate::helpers::{TestApp, error_code};

const CAP: usize = 4;
/// Far above the one-second timeouts of these tests: they never measure speed.
const BOUND: Duration = Duration::from_secs(10);

async fn with_small_limits() -> TestApp {
    TestApp::spawn_with(|s| {
        s.http.header_read_timeout = Span::from_secs(1);
        s.http.request_timeout = Span::from_secs(1);
        s.http.idle_timeout = Span::from_secs(2);
        s.http.max_connections = CAP;
    })
    .await
}

async fn connect(app: &TestApp) -> TcpStream {
    TcpStream::connect(app.address.trim_start_matches("http://"))
        .await
        .unwrap()
}

/// A connection that sends half a request head and then nothing. A plain socket, so that
/// [`ended_already`] asks the kernel and not the runtime's cached readiness.
fn half_request(app: &TestApp) -> std::net::TcpStream {
    let mut stream = std::net::TcpStream::connect(app.address.trim_start_matches("http://")).unwrap();
    std::io::Write::write_all(&mut stream, b"GET /healthz HTTP/1.1\r\nHost: x\r\n").unwrap();
    stream.set_nonblocking(true).unwrap();
    stream
}

/// Waits for the server to end the connection (possibly after an error answer).
async fn closed_within(stream: &mut TcpStream, bound: Duration) -> bool {
    let mut received = Vec::new();
    // A reset counts as closed too.
    tokio::time::timeout(bound, stream.read_to_end(&mut received))
        .await
        .is_ok()
}

/// Whether the server has already ended the connection or answered on it, without waiting.
fn ended_already(mut stream: &std::net::TcpStream) -> bool {
    let mut byte = [0u8; 1];
    !matches!(std::io::Read::read(&mut stream, &mut byte), Err(e) if e.kind() == std::io::ErrorKind::WouldBlock)
}

fn http2() -> reqwest::Client {
    reqwest::Client::builder()
        .http2_prior_knowledge()
        .timeout(BOUND)
        .build()
        .unwrap()
}

#[tokio::test]
async fn slow_clients_are_cut_off_and_cannot_keep_others_out() {
    let app = with_small_limits().await;
    let slow: Vec<_> = (0..CAP + 2).map(|_| half_request(&app)).collect();
    let health = reqwest::Client::new()
        .get(app.url("/healthz"))
        .timeout(BOUND)
        .send()
        .await
        .expect("/healthz is answered while slow clients hold connections");
    assert_eq!(health.status(), StatusCode::OK);
    // Connections beyond the cap wait to be accepted: this answer needed a slot that a slow
    // connection had to give up first.
    let ended = slow.iter().filter(|s| ended_already(s)).count();
    assert!(ended > slow.len() - CAP, "only {ended} slow connections had ended");
    for stream in slow {
        let mut stream = TcpStream::from_std(stream).unwrap();
        assert!(closed_within(&mut stream, BOUND).await, "a slow connection stays open");
    }
}

#[tokio::test]
async fn a_connection_that_never_completes_a_request_is_closed() {
    let app = with_small_limits().await;
    let mut silent = connect(&app).await;
    // HTTP/2 with prior knowledge: the preface and empty settings, then no request.
    let mut preface_only = connect(&app).await;
    preface_only
        .write_all(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\0\0\0\x04\0\0\0\0\0")
        .await
        .unwrap();
    assert!(
        closed_within(&mut silent, BOUND).await,
        "a silent connection stays open"
    );
    assert!(
        closed_within(&mut preface_only, BOUND).await,
        "an HTTP/2 connection without requests stays open"
    );
}

#[tokio::test]
async fn an_idle_http2_connection_is_closed_after_its_requests() {
    let app = with_small_limits().await;
    let io = hyper_util::rt::TokioIo::new(connect(&app).await);
    let (mut sender, connection) = hyper::client::conn::http2::handshake(hyper_util::rt::TokioExecutor::new(), io)
        .await
        .unwrap();
    let connection = tokio::spawn(connection);
    let request = hyper::Request::get(app.url("/healthz")).body(String::new()).unwrap();
    let response = sender.send_request(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    drop(response);
    let ended = tokio::time::timeout(BOUND, connection).await;
    assert!(ended.is_ok(), "an idle HTTP/2 connection stays open");
    drop(sender);
}

#[tokio::test]
async fn a_request_slower_than_request_timeout_gets_503() {
    let app = with_small_limits().await;
    // HTTP/1.1: a form whose body never arrives in full.
    let mut stream = connect(&app).await;
    stream
        .write_all(
            b"POST /oidc/token HTTP/1.1\r\nHost: x\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\ngrant_type=",
        )
        .await
        .unwrap();
    let mut head = [0u8; 12];
    tokio::time::timeout(BOUND, stream.read_exact(&mut head))
        .await
        .expect("an answer before the body ends")
        .unwrap();
    assert_eq!(&head, b"HTTP/1.1 503");
    // HTTP/2, Experience API: the same, in its JSON shape.
    let stalled =
        futures::stream::once(async { Ok::<_, std::io::Error>(b"{".to_vec()) }).chain(futures::stream::pending());
    let response = http2()
        .put(app.url("/api/experience"))
        .header("content-type", "application/json")
        .body(reqwest::Body::wrap_stream(stalled))
        .send()
        .await
        .expect("an answer before the body ends");
    assert_eq!(
        error_code(response).await,
        (StatusCode::SERVICE_UNAVAILABLE, "request.timeout".into())
    );
}

/// A body of `len` bytes sent as a stream: no `Content-Length`, and over HTTP/2 no
/// `Transfer-Encoding` either.
fn streamed(len: usize) -> reqwest::Body {
    let chunk = 16 * 1024;
    let chunks = (0..len / chunk).map(move |_| Ok::<_, std::io::Error>(vec![b'a'; chunk]));
    reqwest::Body::wrap_stream(futures::stream::iter(chunks))
}

#[tokio::test]
async fn bodies_over_the_limit_are_refused_over_http2_without_a_length() {
    let app = TestApp::spawn().await;
    let client = http2();
    // Below the server's HTTP/2 flow-control window, so that the whole body is sent before
    // the answer, and within the limit it is twice over.
    let len = 2 * app.settings.http.max_body_bytes + 32 * 1024;
    let token = client
        .post(app.url("/oidc/token"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(streamed(len))
        .send()
        .await
        .unwrap();
    assert_eq!(token.version(), reqwest::Version::HTTP_2);
    assert_eq!(token.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let experience = client
        .put(app.url("/api/experience"))
        .header("content-type", "application/json")
        .body(streamed(len))
        .send()
        .await
        .unwrap();
    assert_eq!(
        error_code(experience).await,
        (StatusCode::PAYLOAD_TOO_LARGE, "request.payload_too_large".into())
    );
    // Anything else too: nothing reads a body the size of the limit or more.
    let page = client
        .post(app.url("/sign-in"))
        .body(streamed(len))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::PAYLOAD_TOO_LARGE);
}
