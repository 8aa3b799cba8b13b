//! Our own accept loop, as poem's server has neither a header-read timeout nor a cap on
//! connections. A connection takes a permit before it is accepted, so that clients beyond
//! `http.max_connections` wait in the kernel's listen backlog instead of using up file
//! descriptors; one that sends no request in time, or stays without one, is closed.

use std::{
    convert::Infallible,
    future::Future,
    io,
    net::SocketAddr,
    pin::Pin,
    sync::Arc,
    task::{Context, Poll},
    time::Duration,
};

use http_body_util::combinators::BoxBody;
use hyper::body::{Bytes, Frame, Incoming, SizeHint};
use hyper_util::{
    rt::{TokioExecutor, TokioIo, TokioTimer},
    server::conn::auto,
};
use poem::{
    Addr, Endpoint,
    http::uri::Scheme,
    web::{LocalAddr, RemoteAddr},
};
use tokio::{
    net::{TcpListener, TcpStream},
    sync::{OwnedSemaphorePermit, Semaphore, watch},
};

use crate::config::Settings;

/// How long open connections may finish their requests once shutdown starts.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);
/// How long a closing connection with no request under way is kept for its last frames.
const CLOSING_GRACE: Duration = Duration::from_secs(1);
/// Streams at once on one HTTP/2 connection: RFC 9113 advises no fewer than 100.
const HTTP2_MAX_STREAMS: u32 = 100;
/// Descriptors kept for the database pool's sockets and for files (logs, mail, SQLite).
const SPARE_DESCRIPTORS: u64 = 64;

#[derive(Clone, Copy)]
pub struct Limits {
    header_read: Duration,
    request: Duration,
    idle: Duration,
    max_connections: usize,
}

impl Limits {
    /// The connection cap stays below the descriptor limit (raised to its hard maximum first),
    /// with room for the database pool and the files the server opens.
    pub fn new(settings: &Settings) -> Self {
        let http = &settings.http;
        let room = raise_descriptor_limit()
            .saturating_sub(u64::from(settings.database.max_connections) + SPARE_DESCRIPTORS)
            .max(1);
        let max_connections = match usize::try_from(room) {
            Ok(room) if room < http.max_connections => {
                tracing::warn!(
                    configured = http.max_connections,
                    serving = room,
                    "http.max_connections is above what the open-files limit allows"
                );
                room
            }
            _ => http.max_connections,
        };
        Self {
            header_read: http.header_read_timeout.get(),
            request: http.request_timeout.get(),
            idle: http.idle_timeout.get(),
            max_connections,
        }
    }
}

/// Sets the soft limit on open files to the hard one and returns it.
fn raise_descriptor_limit() -> u64 {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let limit = getrlimit(Resource::Nofile);
    let Some(hard) = limit.maximum else {
        // Unlimited: keep the soft limit, which some systems refuse to make infinite.
        return limit.current.unwrap_or(u64::MAX);
    };
    if limit.current == Some(hard) {
        return hard;
    }
    let raised = rustix::process::Rlimit {
        current: Some(hard),
        maximum: Some(hard),
    };
    match setrlimit(Resource::Nofile, raised) {
        Ok(()) => hard,
        Err(e) => {
            tracing::warn!(error = %e, "could not raise the open-files limit");
            limit.current.unwrap_or(hard)
        }
    }
}

/// Serves `ep` until `shutdown` resolves, then lets open connections finish for a while.
pub async fn serve<E>(
    listener: TcpListener,
    ep: E,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) -> io::Result<()>
where
    E: Endpoint + 'static,
{
    let ep = Arc::new(ep);
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let (stop, stopping) = watch::channel(false);
    tracing::info!(
        addr = %listener.local_addr()?,
        max_connections = limits.max_connections,
        "listening"
    );
    tokio::pin!(shutdown);
    loop {
        let (stream, remote, permit) = tokio::select! {
            () = &mut shutdown => break,
            accepted = accept(&listener, &permits) => accepted,
        };
        let connection = Connection {
            ep: ep.clone(),
            limits,
            remote,
            stopping: stopping.clone(),
        };
        tokio::spawn(connection.serve(stream, permit));
    }
    drop(listener);
    stop.send_replace(true);
    tracing::info!("shutting down: waiting for open connections");
    let all = u32::try_from(limits.max_connections).unwrap_or(u32::MAX);
    if tokio::time::timeout(SHUTDOWN_GRACE, permits.acquire_many(all))
        .await
        .is_err()
    {
        tracing::warn!("connections still open after the shutdown grace period");
    }
    Ok(())
}

async fn accept(listener: &TcpListener, permits: &Arc<Semaphore>) -> (TcpStream, SocketAddr, OwnedSemaphorePermit) {
    let permit = permits
        .clone()
        .acquire_owned()
        .await
        .expect("the connection semaphore is never closed");
    loop {
        match listener.accept().await {
            Ok((stream, remote)) => return (stream, remote, permit),
            // The client left before we took it: nothing to wait for.
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::ConnectionAborted | io::ErrorKind::ConnectionReset
                ) => {}
            // Out of descriptors or memory: the backlog keeps clients until we can take them.
            Err(e) => {
                tracing::warn!(error = %e, "cannot accept connections");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
}

struct Connection<E> {
    ep: Arc<E>,
    limits: Limits,
    remote: SocketAddr,
    stopping: watch::Receiver<bool>,
}

impl<E: Endpoint + 'static> Connection<E> {
    async fn serve(mut self, stream: TcpStream, permit: OwnedSemaphorePermit) {
        // Declared first, dropped last: the slot frees once the socket is closed.
        let _permit = permit;
        let _ = stream.set_nodelay(true);
        let Ok(local) = stream.local_addr() else { return };
        let (activity, watched) = watch::channel(Activity::default());
        let activity = Arc::new(activity);
        let (ep, remote) = (self.ep.clone(), self.remote);
        let service = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
            let in_flight = InFlight::start(&activity);
            let ep = ep.clone();
            let req = poem::Request::from((
                req,
                LocalAddr(Addr::SocketAddr(local)),
                RemoteAddr(Addr::SocketAddr(remote)),
                Scheme::HTTP,
            ));
            async move {
                let response: hyper::Response<BoxBody<Bytes, io::Error>> = ep.get_response(req).await.into();
                Ok::<_, Infallible>(response.map(|body| Counted {
                    body,
                    _in_flight: in_flight,
                }))
            }
        });
        let mut builder = auto::Builder::new(TokioExecutor::new());
        builder
            .http1()
            .timer(TokioTimer::new())
            .header_read_timeout(self.limits.header_read);
        builder
            .http2()
            .timer(TokioTimer::new())
            .max_concurrent_streams(HTTP2_MAX_STREAMS);
        let connection = builder.serve_connection_with_upgrades(TokioIo::new(stream), service);
        tokio::pin!(connection);
        let limits = self.limits;
        tokio::select! {
            _ = &mut connection => return,
            () = idle(watched.clone(), limits.header_read, limits.idle) => {
                tracing::debug!(remote = %self.remote, "closing an idle connection");
            }
            _ = self.stopping.wait_for(|stop| *stop) => {}
        }
        connection.as_mut().graceful_shutdown();
        // Requests under way get their time, and HTTP/2 a moment to say GOAWAY; a client
        // that keeps a connection without using it (a half-sent head) does not hold us.
        tokio::select! {
            _ = &mut connection => {}
            () = idle(watched, CLOSING_GRACE, CLOSING_GRACE) => {}
            () = tokio::time::sleep(limits.request) => {}
        }
    }
}

/// Resolves when a connection has gone without a request for too long: `first` for its first
/// one, `between` from the end of one to the start of the next. The server gives `first` =
/// `header_read_timeout`, so that a connection that never sends a request costs no more than
/// a slow HTTP/1.1 head, whatever the protocol.
async fn idle(mut activity: watch::Receiver<Activity>, first: Duration, between: Duration) {
    let mut allowed = first;
    loop {
        let Ok(seen) = activity.wait_for(|a| a.in_progress == 0).await.map(|a| a.started) else {
            return;
        };
        let next = activity.wait_for(|a| a.started != seen);
        if tokio::time::timeout(allowed, next).await.is_err() {
            return;
        }
        allowed = between;
    }
}

#[derive(Clone, Copy, Default)]
struct Activity {
    in_progress: usize,
    started: u64,
}

/// A request under way on its connection, from its head to the end of its answer.
struct InFlight(Arc<watch::Sender<Activity>>);

impl InFlight {
    fn start(activity: &Arc<watch::Sender<Activity>>) -> Self {
        activity.send_modify(|a| {
            a.in_progress += 1;
            a.started += 1;
        });
        Self(activity.clone())
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.send_modify(|a| a.in_progress -= 1);
    }
}

/// A response body that keeps its request counted as under way until it is sent (or dropped),
/// so that a slow download is not taken for an idle connection.
struct Counted {
    body: BoxBody<Bytes, io::Error>,
    _in_flight: InFlight,
}

impl hyper::body::Body for Counted {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, io::Error>>> {
        Pin::new(&mut self.body).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}
