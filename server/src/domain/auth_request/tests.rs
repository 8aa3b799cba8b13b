use super::*;

// RFC 7636 appendix B.
const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const CHALLENGE: &str = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

fn client(public: bool) -> Client {
    Client {
        id: "app".into(),
        name: "App".into(),
        secret_hash: (!public).then(|| "hash".into()),
        redirect_uris: vec!["https://app.example/cb".into()],
        post_logout_redirect_uris: vec![],
        grant_types: vec!["authorization_code".into(), "refresh_token".into()],
        scopes: vec!["openid".into(), "profile".into(), "offline_access".into()],
        first_party: true,
        id_token_alg: "ES256".into(),
        initiate_login_uri: None,
        resource_server: false,
        admin: false,
    }
}

fn raw(pairs: &[(&str, &str)]) -> RawAuthRequest {
    RawAuthRequest::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
}

fn base() -> Vec<(&'static str, &'static str)> {
    vec![
        ("client_id", "app"),
        ("redirect_uri", "https://app.example/cb"),
        ("response_type", "code"),
        ("scope", "openid profile email"),
        ("state", "s t&ate"),
        ("code_challenge", CHALLENGE),
        ("code_challenge_method", "S256"),
    ]
}

fn validate(pairs: &[(&str, &str)], public: bool) -> Result<AuthRequest, RedirectError> {
    let request = raw(pairs);
    let client = client(public);
    let uri = request.trusted_redirect_uri(&client).unwrap();
    request.validate(&client, uri)
}

#[test]
fn a_good_request_keeps_state_and_drops_scopes_the_client_lacks() {
    let request = validate(&base(), true).unwrap();
    assert_eq!(request.state.as_deref(), Some("s t&ate"));
    assert_eq!(request.scopes, vec!["openid", "profile"]);
    assert!(verify_pkce(request.code_challenge.as_deref(), Some(VERIFIER)));
    assert!(!verify_pkce(
        request.code_challenge.as_deref(),
        Some(&VERIFIER.replace('d', "e"))
    ));
    assert!(!verify_pkce(request.code_challenge.as_deref(), None));
}

#[test]
fn redirect_uris_match_exactly() {
    let client = client(true);
    for uri in [
        "https://app.example/cb/",
        "https://APP.example/cb",
        "https://app.example/cb?x=1",
        "https://app.example:443/cb",
    ] {
        let mut pairs = base();
        pairs[1] = ("redirect_uri", uri);
        assert_eq!(
            raw(&pairs).trusted_redirect_uri(&client),
            Err(PageError::UnregisteredRedirectUri),
            "{uri}"
        );
    }
    let mut pairs = base();
    pairs.push(("redirect_uri", "https://app.example/cb"));
    assert!(matches!(
        raw(&pairs).trusted_redirect_uri(&client),
        Err(PageError::DuplicateParameter(_))
    ));
}

#[test]
fn public_clients_need_s256() {
    let without: Vec<_> = base()
        .into_iter()
        .filter(|(k, _)| !k.starts_with("code_challenge"))
        .collect();
    assert_eq!(validate(&without, true).unwrap_err().code, "invalid_request");
    assert!(validate(&without, false).unwrap().code_challenge.is_none());
    let mut plain = base();
    plain[6] = ("code_challenge_method", "plain");
    assert_eq!(validate(&plain, false).unwrap_err().code, "invalid_request");
    let no_method: Vec<_> = base()
        .into_iter()
        .filter(|(k, _)| *k != "code_challenge_method")
        .collect();
    assert_eq!(validate(&no_method, true).unwrap_err().code, "invalid_request");
}

#[test]
fn wrong_requests_get_their_rfc_6749_codes() {
    let mut token = base();
    token[2] = ("response_type", "token");
    assert_eq!(validate(&token, true).unwrap_err().code, "unsupported_response_type");
    let mut no_openid = base();
    no_openid[3] = ("scope", "profile");
    assert_eq!(validate(&no_openid, true).unwrap_err().code, "invalid_scope");
    let mut dup = base();
    dup.push(("scope", "openid"));
    assert_eq!(validate(&dup, true).unwrap_err().code, "invalid_request");
    let mut prompt = base();
    prompt.push(("prompt", "none login"));
    assert_eq!(validate(&prompt, true).unwrap_err().code, "invalid_request");
    let mut age = base();
    age.push(("max_age", "-1"));
    assert_eq!(validate(&age, true).unwrap_err().code, "invalid_request");
    let mut unknown = base();
    unknown.push(("foo", "bar"));
    assert!(validate(&unknown, true).is_ok());
}
