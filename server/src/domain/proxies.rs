//! The operator's reverse proxies, and the client address behind them: per-client limits must
//! count the browser, not the proxy every browser comes through.

use std::net::IpAddr;

use ipnet::IpNet;

/// An address (`10.0.0.2`, `::1`, a range of one) or a range (`10.0.0.0/8`).
pub fn parse_range(entry: &str) -> Result<IpNet, String> {
    let entry = entry.trim();
    entry
        .parse::<IpNet>()
        .or_else(|_| entry.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| format!("`{entry}` is neither an IP address nor a range like 10.0.0.0/8"))
}

/// Peers whose `X-Forwarded-For` is believed. Empty (the default): the header is ignored, since
/// anyone can send it.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Each entry an address (`10.0.0.2`, `::1`) or a range (`10.0.0.0/8`).
    pub fn parse<'a>(entries: impl IntoIterator<Item = &'a str>) -> Result<Self, String> {
        entries.into_iter().map(parse_range).collect::<Result<_, _>>().map(Self)
    }

    pub fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client's address: the peer's, unless the peer is a trusted proxy; then the nearest
    /// address in `X-Forwarded-For` (all its values, in order) that is not a trusted proxy,
    /// read from the right, since only the entries our proxies appended can be believed.
    pub fn client_ip(&self, peer: IpAddr, forwarded_for: &[&str]) -> IpAddr {
        let mut client = peer.to_canonical();
        if !self.trusts(client) {
            return client;
        }
        let hops = forwarded_for.iter().rev().flat_map(|value| value.rsplit(','));
        for hop in hops {
            let Ok(ip) = hop.trim().parse::<IpAddr>() else {
                // A garbled entry: the last hop a trusted proxy vouched for is all we know.
                return client;
            };
            client = ip.to_canonical();
            if !self.trusts(client) {
                return client;
            }
        }
        client
    }
}

#[cfg(test)]
mod tests {
    use super::TrustedProxies;

    fn proxies(entries: &[&str]) -> TrustedProxies {
        TrustedProxies::parse(entries.iter().copied()).unwrap()
    }

    fn ip(s: &str) -> std::net::IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn without_trusted_proxies_the_header_is_ignored() {
        assert_eq!(
            TrustedProxies::default().client_ip(ip("10.0.0.2"), &["203.0.113.9"]),
            ip("10.0.0.2")
        );
    }

    #[test]
    fn behind_a_trusted_proxy_the_nearest_untrusted_hop_is_the_client() {
        let trusted = proxies(&["10.0.0.0/8", "::1"]);
        // The client forged the first entry; our proxies appended the rest.
        let header = ["198.51.100.7, 203.0.113.9", "10.1.2.3"];
        assert_eq!(trusted.client_ip(ip("10.0.0.2"), &header), ip("203.0.113.9"));
        assert_eq!(trusted.client_ip(ip("::1"), &["203.0.113.9"]), ip("203.0.113.9"));
        // An IPv4 peer seen on an IPv6 socket is the same peer.
        assert_eq!(
            trusted.client_ip(ip("::ffff:10.0.0.2"), &["203.0.113.9"]),
            ip("203.0.113.9")
        );
    }

    #[test]
    fn an_untrusted_peer_or_a_garbled_header_stops_the_walk() {
        let trusted = proxies(&["10.0.0.2"]);
        assert_eq!(trusted.client_ip(ip("192.0.2.1"), &["203.0.113.9"]), ip("192.0.2.1"));
        assert_eq!(
            trusted.client_ip(ip("10.0.0.2"), &["203.0.113.9, garbage"]),
            ip("10.0.0.2")
        );
        assert_eq!(trusted.client_ip(ip("10.0.0.2"), &[]), ip("10.0.0.2"));
        assert_eq!(trusted.client_ip(ip("10.0.0.2"), &["10.0.0.2"]), ip("10.0.0.2"));
    }

    #[test]
    fn entries_are_addresses_or_ranges() {
        assert!(TrustedProxies::parse(["10.0.0.0/8", "fd00::/8", "192.0.2.4"]).is_ok());
        assert!(TrustedProxies::parse(["proxy.internal"]).is_err());
        assert!(TrustedProxies::parse(["10.0.0.0/33"]).is_err());
    }
}
