//! Who the client is, for per-client limits.

use poem::Request;

use crate::state::AppState;

/// The client's address, which per-client limits count against: the peer's, or behind a
/// trusted proxy the one its `X-Forwarded-For` names.
pub(crate) fn client_ip(state: &AppState, req: &Request) -> Option<std::net::IpAddr> {
    let peer = req.remote_addr().as_socket_addr()?.ip();
    let forwarded: Vec<&str> = req
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    Some(state.proxies.client_ip(peer, &forwarded))
}
