//! Each preset expands to the endpoints and mapping the README documents for it.

use secrecy::SecretString;

use super::*;

fn declared(id: &str, preset: &str) -> ConnectorSettings {
    ConnectorSettings {
        id: id.into(),
        preset: Some(preset.into()),
        client_id: "client".into(),
        client_secret: Some(SecretString::from("secret")),
        ..ConnectorSettings::default()
    }
}

fn discovery(c: &Connector) -> (&str, &ExplicitEndpoints) {
    match &c.endpoints {
        Endpoints::Discovery { issuer, overrides } => (issuer, overrides),
        Endpoints::Explicit(_) => panic!("{} should use discovery", c.id),
    }
}

#[test]
fn google_uses_discovery_and_the_standard_claims() {
    let c = resolve(0, &declared("google", "google")).unwrap();
    assert_eq!(c.kind, ConnectorKind::Oidc);
    assert_eq!(c.name, "Google");
    assert_eq!(discovery(&c).0, "https://accounts.google.com");
    assert_eq!(c.scopes, ["openid", "email", "profile"]);
    assert_eq!(c.claims.subject, "sub");
    assert_eq!(c.claims.email_verified.as_deref(), Some("email_verified"));
    assert_eq!(c.token_auth, TokenAuth::Basic);
    assert!(!c.use_userinfo);
}

#[test]
fn microsoft_takes_a_tenant_or_a_b2c_authority_and_never_trusts_its_email() {
    let common = resolve(0, &declared("entra", "microsoft")).unwrap();
    assert_eq!(discovery(&common).0, "https://login.microsoftonline.com/common/v2.0");
    assert!(common.tenant_issuer);
    assert_eq!(common.claims.email_verified, None);

    let tenant = resolve(
        0,
        &ConnectorSettings {
            tenant: Some("contoso.onmicrosoft.com".into()),
            ..declared("entra", "microsoft")
        },
    )
    .unwrap();
    assert_eq!(
        discovery(&tenant).0,
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0"
    );

    let b2c = "https://contoso.b2clogin.com/contoso.onmicrosoft.com/B2C_1_signin/v2.0";
    let b2c = resolve(
        0,
        &ConnectorSettings {
            authority: Some(format!("{b2c}/")),
            ..declared("b2c", "microsoft")
        },
    )
    .unwrap();
    assert_eq!(
        discovery(&b2c).0,
        "https://contoso.b2clogin.com/contoso.onmicrosoft.com/B2C_1_signin/v2.0"
    );
}

#[test]
fn github_is_oauth2_with_its_user_and_verified_email_endpoints() {
    let c = resolve(0, &declared("github", "github")).unwrap();
    assert_eq!(c.kind, ConnectorKind::Oauth2);
    let Endpoints::Explicit(e) = &c.endpoints else {
        panic!("github has explicit endpoints")
    };
    assert_eq!(
        e.authorization.as_deref(),
        Some("https://github.com/login/oauth/authorize")
    );
    assert_eq!(e.token.as_deref(), Some("https://github.com/login/oauth/access_token"));
    assert_eq!(e.userinfo.as_deref(), Some("https://api.github.com/user"));
    assert_eq!(e.emails.as_deref(), Some("https://api.github.com/user/emails"));
    assert_eq!(c.scopes, ["read:user", "user:email"]);
    assert_eq!(c.claims.subject, "id");
    assert_eq!(c.claims.username, "login");
    assert_eq!(c.claims.email_verified, None);
    assert_eq!(c.token_auth, TokenAuth::Post);
    assert!(c.use_userinfo);
}

#[test]
fn gitlab_defaults_to_gitlab_com_and_takes_a_self_managed_issuer() {
    let c = resolve(0, &declared("gitlab", "gitlab")).unwrap();
    assert_eq!(discovery(&c).0, "https://gitlab.com");
    assert_eq!(c.scopes, ["openid", "profile", "email"]);
    let own = resolve(
        0,
        &ConnectorSettings {
            issuer: Some("https://git.example.com".into()),
            ..declared("gitlab", "gitlab")
        },
    )
    .unwrap();
    assert_eq!(discovery(&own).0, "https://git.example.com");
}

#[test]
fn given_values_win_over_the_preset() {
    let c = resolve(
        0,
        &ConnectorSettings {
            name: Some("Work account".into()),
            scopes: Some(vec!["openid".into()]),
            claims: ClaimSettings {
                email_verified: Some("xms_edov".into()),
                ..ClaimSettings::default()
            },
            ..declared("entra", "microsoft")
        },
    )
    .unwrap();
    assert_eq!(c.name, "Work account");
    assert_eq!(c.scopes, ["openid"]);
    assert_eq!(c.claims.email_verified.as_deref(), Some("xms_edov"));
}

#[test]
fn a_generic_oauth2_connector_needs_its_endpoints() {
    let bare = ConnectorSettings {
        id: "corp".into(),
        kind: Some("oauth2".into()),
        client_id: "c".into(),
        ..ConnectorSettings::default()
    };
    let e = resolve(2, &bare).unwrap_err();
    assert_eq!(e.key, "connectors[2].authorization_endpoint");
    let full = ConnectorSettings {
        authorization_endpoint: Some("https://corp.example/authorize".into()),
        token_endpoint: Some("https://corp.example/token".into()),
        userinfo_endpoint: Some("https://corp.example/me".into()),
        ..bare
    };
    let c = resolve(2, &full).unwrap();
    assert_eq!(c.claims.subject, "id");
}

#[test]
fn bad_declarations_name_their_key() {
    let cases: Vec<(ConnectorSettings, &str)> = vec![
        (declared("Bad Id", "google"), "connectors[0].id"),
        (declared("x", "facebook"), "connectors[0].preset"),
        (
            ConnectorSettings {
                kind: Some("oauth2".into()),
                ..declared("x", "google")
            },
            "connectors[0].kind",
        ),
        (
            ConnectorSettings {
                tenant: Some("t".into()),
                ..declared("x", "google")
            },
            "connectors[0].tenant",
        ),
        (
            ConnectorSettings {
                issuer: Some("http://upstream.example".into()),
                ..declared("x", "gitlab")
            },
            "connectors[0].issuer",
        ),
        (
            ConnectorSettings {
                scopes: Some(vec!["email".into()]),
                ..declared("x", "google")
            },
            "connectors[0].scopes",
        ),
        (
            ConnectorSettings {
                token_endpoint_auth_method: Some("private_key_jwt".into()),
                ..declared("x", "google")
            },
            "connectors[0].token_endpoint_auth_method",
        ),
        (
            ConnectorSettings {
                id: "x".into(),
                client_id: "c".into(),
                ..ConnectorSettings::default()
            },
            "connectors[0].kind",
        ),
    ];
    for (declaration, key) in cases {
        assert_eq!(resolve(0, &declaration).unwrap_err().key, key);
    }
}

#[test]
fn loopback_upstreams_may_use_http() {
    let c = ConnectorSettings {
        id: "local".into(),
        kind: Some("oidc".into()),
        issuer: Some("http://127.0.0.1:4000/oidc".into()),
        client_id: "c".into(),
        ..ConnectorSettings::default()
    };
    assert_eq!(discovery(&resolve(0, &c).unwrap()).0, "http://127.0.0.1:4000/oidc");
}

#[test]
fn ids_are_unique() {
    let e = resolve_all(&[declared("a", "google"), declared("a", "gitlab")]).unwrap_err();
    assert_eq!(e.key, "connectors[1].id");
}
