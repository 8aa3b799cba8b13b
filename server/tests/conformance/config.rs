//! The Config OP plan: discovery and keys.

use crate::helpers::TestApp;

#[tokio::test]
async fn oidcc_discovery_endpoint_verification() {
    let app = TestApp::spawn().await;
    let doc = app.get_json("/oidc/.well-known/openid-configuration").await;
    assert_eq!(doc["issuer"], app.issuer().as_str());
    for endpoint in [
        "authorization_endpoint",
        "token_endpoint",
        "userinfo_endpoint",
        "jwks_uri",
        "end_session_endpoint",
        "revocation_endpoint",
        "introspection_endpoint",
    ] {
        let url = doc[endpoint].as_str().unwrap_or_else(|| panic!("{endpoint} missing"));
        assert!(url.starts_with(&app.issuer()), "{endpoint} is under the issuer");
    }
    for required in [
        "response_types_supported",
        "subject_types_supported",
        "id_token_signing_alg_values_supported",
    ] {
        assert!(doc[required].as_array().is_some_and(|a| !a.is_empty()), "{required}");
    }
    assert!(
        doc["scopes_supported"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "openid")
    );
    assert!(
        doc["response_types_supported"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s == "code")
    );
    assert!(doc["claims_supported"].as_array().unwrap().iter().any(|s| s == "sub"));
}

#[tokio::test]
async fn oidcc_discovery_jwks_has_usable_signing_keys() {
    let app = TestApp::spawn().await;
    let doc = app.get_json("/oidc/.well-known/openid-configuration").await;
    let jwks = app.get_json(doc["jwks_uri"].as_str().unwrap()).await;
    for key in jwks["keys"].as_array().unwrap() {
        assert_eq!(key["use"], "sig");
        assert!(key["kid"].as_str().is_some_and(|k| !k.is_empty()));
        let jwk: jsonwebtoken::jwk::Jwk = serde_json::from_value(key.clone()).expect("a valid JWK");
        jsonwebtoken::DecodingKey::from_jwk(&jwk).expect("usable for verification");
    }
    let algs = doc["id_token_signing_alg_values_supported"].as_array().unwrap();
    assert!(
        algs.iter()
            .all(|a| jwks["keys"].as_array().unwrap().iter().any(|k| &k["alg"] == a))
    );
}
