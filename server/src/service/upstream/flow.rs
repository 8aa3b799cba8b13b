//! The authorization code flow with a provider: the URL the browser goes to (PKCE S256,
//! `state`, `nonce`), then the exchange of the code it brings back for who the user is.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use jsonwebtoken::{Algorithm, DecodingKey, Validation, decode, decode_header};
use reqwest::header::AUTHORIZATION;
use secrecy::ExposeSecret;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use super::{UpstreamError, Upstreams, metadata::Metadata, profile};
use crate::{
    crypto::token::random_token,
    domain::connector::{Connector, ConnectorKind, ExternalIdentity, TokenAuth},
};

/// Signature algorithms accepted from providers; never `none` or a shared-secret MAC.
const ALGORITHMS: [Algorithm; 7] = [
    Algorithm::RS256,
    Algorithm::RS384,
    Algorithm::RS512,
    Algorithm::PS256,
    Algorithm::PS384,
    Algorithm::ES256,
    Algorithm::ES384,
];

/// Clock difference allowed with the provider.
const LEEWAY_SECONDS: u64 = 60;

/// The authorization request, and what its answer is checked against.
pub struct AuthorizationRequest {
    pub uri: String,
    pub nonce: String,
    pub code_verifier: String,
}

/// What the browser brought back to the redirect URI.
#[derive(Debug, Default)]
pub struct Callback {
    pub code: Option<String>,
    pub error: Option<String>,
}

pub async fn authorization_uri(
    upstreams: &Upstreams,
    connector: &Connector,
    redirect_uri: &str,
    state: &str,
    reauthenticate: bool,
) -> Result<AuthorizationRequest, UpstreamError> {
    let metadata = upstreams.metadata(connector).await?;
    let nonce = random_token();
    let code_verifier = random_token();
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(code_verifier.as_bytes()));
    let mut uri = url::Url::parse(&metadata.authorization)
        .map_err(|_| UpstreamError::InvalidResponse("the authorization endpoint is not a URL".into()))?;
    {
        let mut query = uri.query_pairs_mut();
        query
            .append_pair("response_type", "code")
            .append_pair("client_id", &connector.client_id)
            .append_pair("redirect_uri", redirect_uri)
            .append_pair("scope", &connector.scopes.join(" "))
            .append_pair("state", state)
            .append_pair("code_challenge", &challenge)
            .append_pair("code_challenge_method", "S256");
        if connector.kind == ConnectorKind::Oidc {
            query.append_pair("nonce", &nonce);
            // A proof of "it is you now": the provider's own session does not count.
            if reauthenticate {
                query.append_pair("prompt", "login");
            }
        }
    }
    Ok(AuthorizationRequest {
        uri: uri.into(),
        nonce,
        code_verifier,
    })
}

/// Exchanges the code and reads who the user is: the ID token (checked) for OIDC, then the
/// user endpoint where configured, then the verified-address list where there is one.
pub async fn complete(
    upstreams: &Upstreams,
    connector: &Connector,
    redirect_uri: &str,
    nonce: &str,
    code_verifier: &str,
    callback: Callback,
) -> Result<ExternalIdentity, UpstreamError> {
    if let Some(error) = callback.error {
        // Only the code is kept: the description is the provider's text, shown to nobody.
        let code: String = error
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
            .take(64)
            .collect();
        return Err(UpstreamError::Denied(code));
    }
    let code = callback
        .code
        .filter(|c| !c.is_empty())
        .ok_or_else(|| UpstreamError::InvalidResponse("the callback carries no code".into()))?;
    let metadata = upstreams.metadata(connector).await?;
    let tokens = upstreams
        .exchange(connector, &metadata, redirect_uri, &code, code_verifier)
        .await?;
    let access_token = tokens
        .get("access_token")
        .and_then(Value::as_str)
        .ok_or_else(|| UpstreamError::InvalidResponse("the token answer has no access_token".into()))?
        .to_owned();
    let mut claims = Map::new();
    if connector.kind == ConnectorKind::Oidc {
        let id_token = tokens
            .get("id_token")
            .and_then(Value::as_str)
            .ok_or_else(|| UpstreamError::InvalidResponse("the token answer has no id_token".into()))?;
        claims = upstreams.id_token_claims(connector, &metadata, id_token, nonce).await?;
    }
    if connector.use_userinfo {
        let url = metadata
            .userinfo
            .as_deref()
            .ok_or_else(|| UpstreamError::InvalidResponse("the provider has no userinfo endpoint".into()))?;
        let info = upstreams.bearer_get("userinfo", url, &access_token).await?;
        let Value::Object(info) = info else {
            return Err(UpstreamError::InvalidResponse("userinfo is not an object".into()));
        };
        // OpenID Connect Core §5.3.2: userinfo about anyone else is not used.
        if connector.kind == ConnectorKind::Oidc && info.get("sub") != claims.get("sub") {
            return Err(UpstreamError::InvalidResponse("userinfo names another subject".into()));
        }
        for (name, value) in info {
            claims.entry(name).or_insert(value);
        }
    }
    let mut identity = profile::identity(connector, &claims)?;
    if let Some(url) = &metadata.emails {
        let list = upstreams.bearer_get("emails", url, &access_token).await?;
        if let Some(address) = profile::verified_address(&list) {
            identity.email = Some(address);
            identity.email_verified = true;
        }
    }
    Ok(identity)
}

impl Upstreams {
    async fn exchange(
        &self,
        connector: &Connector,
        metadata: &Metadata,
        redirect_uri: &str,
        code: &str,
        code_verifier: &str,
    ) -> Result<Map<String, Value>, UpstreamError> {
        let mut form = vec![
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri),
            ("code_verifier", code_verifier),
        ];
        let mut request = self.post_request(&metadata.token);
        let secret = connector.client_secret.as_ref().map(|s| s.expose_secret());
        match (connector.token_auth, secret) {
            (TokenAuth::Basic, Some(secret)) => {
                // RFC 6749 §2.3.1: both parts form-encoded before base64.
                let encode = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
                let pair = format!("{}:{}", encode(&connector.client_id), encode(secret));
                request = request.header(
                    AUTHORIZATION,
                    format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(pair)),
                );
            }
            (TokenAuth::Post, Some(secret)) => {
                form.push(("client_id", &connector.client_id));
                form.push(("client_secret", secret));
            }
            (_, None) => form.push(("client_id", &connector.client_id)),
        }
        let answer = self.json("token", request.form(&form)).await?;
        let Value::Object(body) = answer.body else {
            return Err(UpstreamError::InvalidResponse(
                "the token answer is not an object".into(),
            ));
        };
        if !answer.status.is_success() || body.contains_key("error") {
            let error = body.get("error").and_then(Value::as_str).unwrap_or("no error code");
            return Err(UpstreamError::InvalidResponse(format!(
                "the token endpoint refused the code ({}, {error})",
                answer.status
            )));
        }
        Ok(body)
    }

    async fn bearer_get(&self, what: &str, url: &str, token: &str) -> Result<Value, UpstreamError> {
        let answer = self.json(what, self.get_request(url).bearer_auth(token)).await?;
        if !answer.status.is_success() {
            return Err(UpstreamError::InvalidResponse(format!(
                "{what}: HTTP {}",
                answer.status
            )));
        }
        Ok(answer.body)
    }

    /// OpenID Connect Core §3.1.3.7: signature by a published key, `iss`, `aud` (and `azp`),
    /// `exp`, and the `nonce` of this request.
    async fn id_token_claims(
        &self,
        connector: &Connector,
        metadata: &Metadata,
        token: &str,
        nonce: &str,
    ) -> Result<Map<String, Value>, UpstreamError> {
        let bad = |why: &str| UpstreamError::InvalidIdToken(why.to_owned());
        let header = decode_header(token).map_err(|_| bad("not a JWT"))?;
        if !ALGORITHMS.contains(&header.alg) {
            return Err(bad("signed with an algorithm we do not accept"));
        }
        let jwk = self.signing_key(metadata, header.kid.as_deref()).await?;
        if let Some(alg) = jwk.common.key_algorithm
            && format!("{alg:?}") != format!("{:?}", header.alg)
        {
            return Err(bad("the key is for another algorithm"));
        }
        let key = DecodingKey::from_jwk(&jwk).map_err(|_| bad("the provider's key is not usable"))?;
        let mut validation = Validation::new(header.alg);
        validation.set_audience(&[&connector.client_id]);
        validation.leeway = LEEWAY_SECONDS;
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        let claims = decode::<Map<String, Value>>(token, &key, &validation)
            .map_err(|e| bad(&format!("{:?}", e.kind())))?
            .claims;
        let issuer = metadata
            .issuer
            .as_deref()
            .ok_or_else(|| bad("the provider's issuer is not known"))?;
        let expected = match claims.get("tid").and_then(Value::as_str) {
            Some(tid) if connector.tenant_issuer => issuer.replace("{tenantid}", tid),
            _ => issuer.to_owned(),
        };
        if claims.get("iss").and_then(Value::as_str) != Some(expected.as_str()) {
            return Err(bad("issued by another issuer"));
        }
        let several_audiences = claims.get("aud").and_then(Value::as_array).is_some_and(|a| a.len() > 1);
        if let Some(azp) = claims.get("azp").and_then(Value::as_str)
            && (several_audiences && azp != connector.client_id)
        {
            return Err(bad("authorized for another party"));
        }
        if claims.get("nonce").and_then(Value::as_str) != Some(nonce) {
            return Err(bad("the nonce is not this request's"));
        }
        Ok(claims)
    }
}
