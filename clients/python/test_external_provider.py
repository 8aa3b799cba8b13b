#!/usr/bin/env python3
"""A relying party outside the repository can complete a sign-in through an upstream OpenID
provider it runs itself, by the Experience API routes (issue 15).

1. Runs its own minimal OpenID Connect provider in this process (http.server in a thread on
   127.0.0.1): discovery, an ES256 key set, /authorize (no page: it sends the browser straight
   back with a code, as the user the test chose), /token (client_secret_basic, PKCE S256, each
   code once; an ID token with iss, sub, aud, exp, iat, nonce, email, email_verified, name) and
   /userinfo. The test can tell it to misbehave.
2. Starts the Gatehouse binary (GATEHOUSE_BIN, default target/debug/gatehouse) with a
   `[[connectors]]` of kind `oidc` whose issuer is that provider, and generates the Python
   client from openapi/openapi.json as test_generated_client.py does (reusing its helpers).
3. Drives /oidc/auth -> Experience API -> /oidc/token through the generated functions only:
   - sign-up: authorization-uri, the provider, verify, `identityNotLinked` (the email shown
     because the provider verified it), `Register`, identify, submit; the ID token says
     amr ["fed"] and has the provider's address; before identification submit is refused and
     no code reaches the application;
   - a second sign-in, new browser, same upstream subject: straight to `identify`, same sub;
   - an address the provider did not verify is never shown;
   - the provider's failures with their codes: a wrong nonce, a key it does not publish, a
     forged signature under its published key id (`social.invalid_id_token`), `error=
     access_denied` (`social.authorization_denied`), a 500 at its token endpoint
     (`social.upstream_unavailable`), a tampered `state` (`social.state_mismatch`), the same
     callback verified twice (`social.request_not_found`); the interaction survives them all.

Run by `make test-clients` in clients/python/.venv. Options: --spec FILE, --bin FILE, --keep.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin, urlparse

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from test_generated_client import (
    Browser,
    Failure,
    Generated,
    Server,
    b64url,
    check,
    identify,
    run_against_server,
    say,
    start_event,
    toml_str,
)

CONNECTOR = "pyidp"
UPSTREAM_CLIENT_ID = "gatehouse-downstream"
UPSTREAM_CLIENT_SECRET = "py-idp-secret-" + secrets.token_hex(8)
SOCIAL = "/api/experience/verification/social/{connectorId}"


# --------------------------------------------------------------------------------------------
# The upstream provider


class SigningKey:
    """An EC P-256 key that signs compact JWS with ES256 (RFC 7518 §3.4: r || s, 32 bytes each)."""

    def __init__(self, kid: str) -> None:
        self.kid = kid
        self.private = ec.generate_private_key(ec.SECP256R1())

    def jwk(self) -> dict[str, str]:
        numbers = self.private.public_key().public_numbers()
        return {
            "kty": "EC",
            "crv": "P-256",
            "x": b64url(numbers.x.to_bytes(32, "big")),
            "y": b64url(numbers.y.to_bytes(32, "big")),
            "kid": self.kid,
            "alg": "ES256",
            "use": "sig",
        }

    def sign(self, claims: dict[str, Any], kid: str | None = None) -> str:
        header = {"alg": "ES256", "typ": "JWT", "kid": kid or self.kid}
        signing_input = ".".join(b64url(json.dumps(part).encode()) for part in (header, claims))
        der = self.private.sign(signing_input.encode(), ec.ECDSA(hashes.SHA256()))
        r, s = decode_dss_signature(der)
        return f"{signing_input}.{b64url(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}"


@dataclass
class UpstreamUser:
    sub: str
    email: str
    email_verified: bool
    name: str


@dataclass
class Grant:
    """An issued code and the authorization request it answers."""

    user: UpstreamUser
    client_id: str
    redirect_uri: str
    nonce: str | None
    code_challenge: str


@dataclass
class Provider:
    """The provider's state, shared with its request handler; the test sets `user` (who signs
    in at the next /authorize) and `misbehave` (how the next answers go wrong)."""

    redirect_uri: str = ""
    user: UpstreamUser | None = None
    misbehave: str | None = None
    key: SigningKey = field(default_factory=lambda: SigningKey("py-idp-1"))
    # Never published: an attacker's key.
    rogue: SigningKey = field(default_factory=lambda: SigningKey("py-idp-rogue"))
    codes: dict[str, Grant] = field(default_factory=dict)
    tokens: dict[str, UpstreamUser] = field(default_factory=dict)
    authorize_requests: list[dict[str, str]] = field(default_factory=list)
    token_requests: int = 0
    refusals: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    issuer: str = ""

    def id_token(self, grant: Grant) -> str:
        now = int(time.time())
        claims = {
            "iss": self.issuer,
            "sub": grant.user.sub,
            "aud": grant.client_id,
            "iat": now,
            "exp": now + 300,
            "nonce": grant.nonce,
            "email": grant.user.email,
            "email_verified": grant.user.email_verified,
            "name": grant.user.name,
        }
        if self.misbehave == "wrong_nonce":
            claims["nonce"] = b64url(secrets.token_bytes(16))
        if self.misbehave == "unpublished_key":
            return self.rogue.sign(claims)
        if self.misbehave == "forged_signature":
            return self.rogue.sign(claims, kid=self.key.kid)
        return self.key.sign(claims)


class ProviderHandler(BaseHTTPRequestHandler):
    provider: Provider  # set on the subclass made for each server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send_json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def refuse(self, status: int, error: str, why: str) -> None:
        self.provider.refusals.append(f"{self.path.split('?')[0]}: {error} ({why})")
        self.send_json(status, {"error": error, "error_description": why})

    def redirect(self, to: str) -> None:
        self.send_response(302)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        p = self.provider
        url = urlparse(self.path)
        if url.path == "/.well-known/openid-configuration":
            self.send_json(
                200,
                {
                    "issuer": p.issuer,
                    "authorization_endpoint": f"{p.issuer}/authorize",
                    "token_endpoint": f"{p.issuer}/token",
                    "userinfo_endpoint": f"{p.issuer}/userinfo",
                    "jwks_uri": f"{p.issuer}/jwks",
                    "response_types_supported": ["code"],
                    "subject_types_supported": ["public"],
                    "id_token_signing_alg_values_supported": ["ES256"],
                    "token_endpoint_auth_methods_supported": ["client_secret_basic"],
                    "code_challenge_methods_supported": ["S256"],
                },
            )
        elif url.path == "/jwks":
            self.send_json(200, {"keys": [p.key.jwk()]})
        elif url.path == "/authorize":
            self.authorize({k: v[0] for k, v in parse_qs(url.query).items()})
        elif url.path == "/userinfo":
            auth = self.headers.get("Authorization", "")
            user = p.tokens.get(auth.removeprefix("Bearer ")) if auth.startswith("Bearer ") else None
            if user is None:
                self.refuse(401, "invalid_token", "unknown access token")
                return
            self.send_json(
                200, {"sub": user.sub, "email": user.email, "email_verified": user.email_verified, "name": user.name}
            )
        else:
            self.send_json(404, {"error": "not_found"})

    def authorize(self, q: dict[str, str]) -> None:
        """No page: the user the test chose has signed in and agreed. A request this provider
        would not send back (unknown client, another redirect URI) gets an error page."""
        p = self.provider
        with p.lock:
            p.authorize_requests.append(q)
        if q.get("client_id") != UPSTREAM_CLIENT_ID or q.get("redirect_uri") != p.redirect_uri:
            self.refuse(400, "invalid_request", "unknown client or redirect_uri")
            return
        back: dict[str, str] = {"state": q["state"]} if "state" in q else {}
        if p.misbehave == "deny":
            self.redirect(f"{p.redirect_uri}?{urlencode({'error': 'access_denied', **back})}")
            return
        if q.get("response_type") != "code" or "openid" not in q.get("scope", "").split():
            self.refuse(400, "invalid_request", "response_type code and scope openid expected")
            return
        if q.get("code_challenge_method") != "S256" or not q.get("code_challenge"):
            self.refuse(400, "invalid_request", "PKCE S256 required")
            return
        assert p.user is not None, "the test chose no user"
        code = b64url(secrets.token_bytes(24))
        with p.lock:
            p.codes[code] = Grant(p.user, q["client_id"], q["redirect_uri"], q.get("nonce"), q["code_challenge"])
        self.redirect(f"{p.redirect_uri}?{urlencode({'code': code, **back})}")

    def do_POST(self) -> None:
        p = self.provider
        if urlparse(self.path).path != "/token":
            self.send_json(404, {"error": "not_found"})
            return
        with p.lock:
            p.token_requests += 1
        if p.misbehave == "token_500":
            self.send_json(500, {"error": "server_error"})
            return
        length = int(self.headers.get("Content-Length", "0"))
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        # client_secret_basic (RFC 6749 §2.3.1): id and secret form-encoded, then base64.
        auth = self.headers.get("Authorization", "")
        try:
            pair = base64.b64decode(auth.removeprefix("Basic "), validate=True).decode()
        except ValueError:
            pair = ""
        client_id, _, secret = pair.partition(":")
        if not auth.startswith("Basic ") or (client_id, secret) != (UPSTREAM_CLIENT_ID, UPSTREAM_CLIENT_SECRET):
            self.refuse(401, "invalid_client", "client_secret_basic expected")
            return
        if form.get("grant_type") != "authorization_code":
            self.refuse(400, "unsupported_grant_type", form.get("grant_type", "none"))
            return
        with p.lock:
            grant = p.codes.pop(form.get("code", ""), None)  # once
        if grant is None:
            self.refuse(400, "invalid_grant", "unknown or used code")
            return
        if grant.client_id != client_id or grant.redirect_uri != form.get("redirect_uri"):
            self.refuse(400, "invalid_grant", "another client or redirect_uri")
            return
        verifier = form.get("code_verifier", "")
        if b64url(hashlib.sha256(verifier.encode()).digest()) != grant.code_challenge:
            self.refuse(400, "invalid_grant", "PKCE verifier does not match")
            return
        access_token = b64url(secrets.token_bytes(24))
        with p.lock:
            p.tokens[access_token] = grant.user
        self.send_json(
            200,
            {"access_token": access_token, "token_type": "Bearer", "expires_in": 300, "id_token": p.id_token(grant)},
        )


def start_provider() -> tuple[Provider, ThreadingHTTPServer]:
    provider = Provider()
    handler = type("Handler", (ProviderHandler,), {"provider": provider})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    provider.issuer = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, name="py-idp", daemon=True).start()
    return provider, httpd


def connector_config(provider: Provider) -> str:
    return "\n".join(
        [
            "[[connectors]]",
            f"id = {toml_str(CONNECTOR)}",
            'kind = "oidc"',
            'name = "Python IdP"',
            f"issuer = {toml_str(provider.issuer)}",
            f"client_id = {toml_str(UPSTREAM_CLIENT_ID)}",
            f"client_secret = {toml_str(UPSTREAM_CLIENT_SECRET)}",
            'scopes = ["openid", "email", "profile"]',
            "",
        ]
    )


# --------------------------------------------------------------------------------------------
# The relying party's custom UI


class Run:
    def __init__(self, gen: Generated, server: Server, provider: Provider) -> None:
        self.gen = gen
        self.m = gen.model
        self.server = server
        self.provider = provider
        self.callback = f"{server.base_url}/callback/{CONNECTOR}"

    def browser(self) -> Browser:
        """A new browser (a new cookie jar) at the start of a sign-in."""
        browser = Browser(self.gen, self.server)
        browser.authorize()
        return browser

    def to_provider_and_back(self, browser: Browser) -> tuple[str, dict[str, str]]:
        """The button: authorization-uri, the browser at the provider, and back at the callback.
        Returns the verificationId and the callback's query (what `verify` takes)."""
        m = self.m
        ui_state = b64url(secrets.token_bytes(24))
        started = browser.call(
            "POST",
            f"{SOCIAL}/authorization-uri",
            200,
            m("SocialAuthorizationUriResponse"),
            connector_id=CONNECTOR,
            body=m("SocialAuthorizationUriRequest")(state=ui_state, redirect_uri=self.callback),
        )
        check(started.authorization_uri.startswith(f"{self.provider.issuer}/authorize?"), started.authorization_uri)
        before = len(self.provider.authorize_requests)
        r = browser.http.get(started.authorization_uri)
        check(r.status_code == 302, f"the provider answered {r.status_code}: {r.text[:300]} {self.provider.refusals}")
        location = r.headers["location"]
        check(location.startswith(self.callback + "?"), f"the provider sent the browser to {location}")
        sent = self.provider.authorize_requests[before]
        check(sent.get("state") == ui_state, "Gatehouse did not send the UI's state to the provider")
        check(sent.get("nonce") and sent.get("code_challenge_method") == "S256", f"authorization request {sent}")
        connector_data = {k: v[0] for k, v in parse_qs(urlparse(location).query).items()}
        check(connector_data.get("state") == ui_state, f"the callback's state is not the UI's: {location}")
        return started.verification_id, connector_data

    def verify_body(self, verification_id: str, connector_data: dict[str, str]) -> Any:
        m = self.m
        return m("SocialVerifyRequest")(
            verification_id=verification_id,
            connector_data=m("SocialVerifyRequestConnectorData").from_dict(connector_data),
        )

    def social_sign_in(self, browser: Browser) -> Callable[[Any], None]:
        """The handler of `verifyPassword`: the user presses the provider's button instead."""

        def handle(step: Any) -> None:
            verification_id, data = self.to_provider_and_back(browser)
            browser.call(
                "POST", f"{SOCIAL}/verify", 204, connector_id=CONNECTOR, body=self.verify_body(verification_id, data)
            )
            say(f"{CONNECTOR}: authorization-uri -> provider -> callback with code and state -> verify 204")

        return handle

    def no_code_yet(self, browser: Browser, verification_id: str) -> None:
        """Before identification: identify and submit are refused, and the resume URL does not
        take the browser to the application with a code."""
        m = self.m
        browser.refused(
            "POST",
            "/api/experience/identification",
            422,
            "session.identity_not_linked",
            body=m("IdentificationRequest")(verification_id=verification_id),
        )
        browser.refused("POST", "/api/experience/submit", 422, "session.not_identified")
        self.resume_gives_no_code(browser)

    def resume_gives_no_code(self, browser: Browser) -> None:
        resume = f"{self.server.base_url}/oidc/auth/resume"
        r = browser.http.get(resume)
        location = urljoin(resume, r.headers.get("location", "")) if r.is_redirect else ""
        reached = location.startswith(self.server.redirect_uri) or "code" in parse_qs(urlparse(location).query)
        check(not reached, f"GET {resume} gave the application a code before identification: {location}")
        say(f"GET /oidc/auth/resume -> {r.status_code} {urlparse(location).path or '(no redirect)'}, no code")

    def failures_logged(self) -> list[str]:
        """The server's log lines of failed external sign-ins, in order."""
        log = self.server.log_file.read_text(errors="replace")
        return [line for line in log.splitlines() if "external sign-in failed" in line]

    # ----------------------------------------------------------------------------------------

    def sign_up(self, user: UpstreamUser) -> str:
        print("sign-up with an identity the provider verified the address of", flush=True)
        m = self.m
        self.provider.user = user
        browser = self.browser()

        def not_linked(step: Any) -> None:
            check(step.connector_id == CONNECTOR, f"identityNotLinked connectorId {step.connector_id}")
            check(step.email == user.email, f"identityNotLinked email {step.email!r}, not {user.email}")
            check(step.name == user.name, f"identityNotLinked name {step.name!r}")
            check(step.register is True and step.link is True, f"register {step.register}, link {step.link}")
            say(f"nextSteps[0]: identityNotLinked, email {step.email} (verified upstream), register, link")
            self.no_code_yet(browser, step.verification_id)
            switch = m("InteractionEventRequest")(interaction_event=m("InteractionEvent")("Register"))
            browser.call("PUT", "/api/experience/interaction-event", 204, body=switch)

        seen = browser.drive(
            {
                "startInteraction": start_event(browser, "SignIn"),
                "verifyPassword": self.social_sign_in(browser),
                "identityNotLinked": not_linked,
                "identify": identify(browser),
            }
        )
        expected = ["startInteraction", "verifyPassword", "identityNotLinked", "identify", "submit"]
        check(seen == expected, f"steps: {seen}")
        say(f"steps {' -> '.join(seen)}")
        claims = browser.claims
        check(claims.get("amr") == ["fed"], f"ID token amr {claims.get('amr')!r}, not ['fed']")
        check(claims.get("email") == user.email, f"ID token email {claims.get('email')!r}, not {user.email}")
        check(claims.get("email_verified") is True, f"ID token email_verified {claims.get('email_verified')!r}")
        say(f"registered; the ID token says amr {claims['amr']}, email {claims['email']} (verified)")
        return claims["sub"]

    def sign_in_again(self, user: UpstreamUser, sub: str) -> None:
        print("second sign-in, a new browser, the same upstream subject", flush=True)
        self.provider.user = user
        browser = self.browser()

        def identify_linked(step: Any) -> None:
            # Absent (not null: the document says a string when present).
            check(
                type(step.link_verification_id).__name__ == "Unset",
                f"identify step linkVerificationId {step.link_verification_id!r}",
            )
            say("nextSteps[0]: identify (the identity is linked)")
            identify(browser)(step)

        seen = browser.drive(
            {
                "startInteraction": start_event(browser, "SignIn"),
                "verifyPassword": self.social_sign_in(browser),
                "identify": identify_linked,
            }
        )
        check(seen == ["startInteraction", "verifyPassword", "identify", "submit"], f"steps: {seen}")
        say(f"steps {' -> '.join(seen)}")
        check(browser.claims.get("sub") == sub, f"ID token sub {browser.claims.get('sub')} is not {sub}")
        check(browser.claims.get("amr") == ["fed"], f"ID token amr {browser.claims.get('amr')!r}")
        say(f"the same account ({sub}), amr ['fed']")

    def unverified_address(self, user: UpstreamUser) -> None:
        print("an address the provider did not verify is not shown", flush=True)
        self.provider.user = user
        browser = self.browser()
        start_event(browser, "SignIn")(browser.interaction().next_steps[0])
        self.social_sign_in(browser)(None)
        step = browser.interaction().next_steps[0]
        check(step.type_.value == "identityNotLinked", f"nextSteps[0] {step.type_.value}")
        check(not isinstance(step.email, str), f"identityNotLinked shows the unverified address {step.email!r}")
        check(step.name == user.name, f"identityNotLinked name {step.name!r}")
        say("nextSteps[0]: identityNotLinked without an email")

    def failures(self, user: UpstreamUser, sub: str) -> None:
        print("the provider's failures, each with its code, in one interaction", flush=True)
        m = self.m
        p = self.provider
        p.user = user
        browser = self.browser()
        start_event(browser, "SignIn")(browser.interaction().next_steps[0])

        def attempt(misbehave: str | None) -> tuple[str, dict[str, str]]:
            p.misbehave = misbehave
            try:
                return self.to_provider_and_back(browser)
            finally:
                if misbehave == "deny":
                    p.misbehave = None

        def verify_refused(
            misbehave: str | None,
            status: int,
            code: str,
            exchanges: int,
            reason: str | None = None,
            tamper: Callable[[dict[str, str]], None] = lambda data: None,
        ) -> Any:
            """One attempt the provider (or the callback) spoils; `exchanges`: the token
            requests Gatehouse should make for it (none for a refusal or a foreign state);
            `reason`: what the server's log line of the failure says (one code, many causes)."""
            verification_id, data = attempt(misbehave)
            tamper(data)
            before = p.token_requests
            logged = self.failures_logged()
            try:
                error = browser.refused(
                    "POST",
                    f"{SOCIAL}/verify",
                    status,
                    code,
                    connector_id=CONNECTOR,
                    body=self.verify_body(verification_id, data),
                )
            finally:
                p.misbehave = None
            made = p.token_requests - before
            check(made == exchanges, f"{code}: Gatehouse made {made} token requests, not {exchanges}")
            if reason is not None:
                lines = self.failures_logged()[len(logged) :]
                check(
                    len(lines) == 1 and code in lines[0] and reason.lower() in lines[0].lower(),
                    f"{code}: the server logged {lines}, not the reason `{reason}`",
                )
                say(f"  the server's log: {reason}")
            return error

        say("the ID token's nonce is not the request's:")
        verify_refused("wrong_nonce", 502, "social.invalid_id_token", 1, "nonce")
        say("the ID token is signed with a key the provider does not publish:")
        verify_refused("unpublished_key", 502, "social.invalid_id_token", 1, "does not publish")
        say("the ID token names the published key but another key signed it:")
        verify_refused("forged_signature", 502, "social.invalid_id_token", 1, "signature")
        say("the provider sends the user back with error=access_denied:")
        denied = verify_refused("deny", 422, "social.authorization_denied", 0, "access_denied")
        details = denied.details.to_dict() if hasattr(denied.details, "to_dict") else denied.details
        check(
            isinstance(details, dict) and details.get("upstreamError") == "access_denied",
            f"details {details!r}",
        )
        say(f"  details {details}")
        say("the provider's token endpoint answers 500:")
        verify_refused("token_500", 502, "social.upstream_unavailable", 1, "500")
        say("the callback's state is not the request's:")
        verify_refused(
            None, 422, "social.state_mismatch", 0, None, lambda d: d.update(state=b64url(secrets.token_bytes(24)))
        )
        check(not p.refusals, f"the provider refused requests Gatehouse made: {p.refusals}")

        # Still nothing for the application; then a good answer, verified twice.
        browser.refused("POST", "/api/experience/submit", 422, "session.not_identified")
        self.resume_gives_no_code(browser)
        verification_id, data = attempt(None)
        body = self.verify_body(verification_id, data)
        browser.call("POST", f"{SOCIAL}/verify", 204, connector_id=CONNECTOR, body=body)
        say("a good answer: verify 204; the same callback again:")
        before = p.token_requests
        browser.refused("POST", f"{SOCIAL}/verify", 404, "social.request_not_found", connector_id=CONNECTOR, body=body)
        check(p.token_requests == before, "the replayed callback reached the provider's token endpoint")

        # The interaction survived every failure: the verified identity signs in.
        step = browser.interaction().next_steps[0]
        check(step.type_.value == "identify" and step.verification_id == verification_id, f"nextSteps[0] {step!r}")
        identify(browser)(step)
        step = browser.interaction().next_steps[0]
        check(step.type_.value == "submit", f"nextSteps[0] after identify: {step.type_.value}")
        done = browser.call("POST", "/api/experience/submit", 200, m("SubmitResponse"))
        browser.finish(done.redirect_to)
        check(browser.claims.get("sub") == sub, f"ID token sub {browser.claims.get('sub')} is not {sub}")
        say("then identify -> submit: the same account, in the interaction that saw every failure")


def external_provider(gen: Generated, binary: Path, folder: Path) -> None:
    print("sign-in through an OpenID provider run by this script, through the generated client", flush=True)
    provider, httpd = start_provider()
    server = Server(binary, folder, sign_in_by_email=False, extra_config=connector_config(provider))
    try:
        # The operator registers at the provider the redirect URI `connector list` prints.
        listed = [line.split("\t") for line in server.cli("connector", "list").splitlines()]
        check(len(listed) == 1 and listed[0][:2] == [CONNECTOR, "oidc"], f"`gatehouse connector list`: {listed}")
        provider.redirect_uri = listed[0][4]
        check(provider.redirect_uri == f"{server.base_url}/callback/{CONNECTOR}", f"redirect URI {listed[0][4]}")
        say(
            f"provider {provider.issuer} (ES256 key {provider.key.kid}), its client's redirect URI {provider.redirect_uri}"
        )
        server.start()
        run = Run(gen, server, provider)
        stamp = secrets.token_hex(4)
        ada = UpstreamUser(f"ada-{stamp}", f"ada-{stamp}@idp.example", True, "Ada Upstream")
        sub = run.sign_up(ada)
        run.sign_in_again(ada, sub)
        run.unverified_address(UpstreamUser(f"sam-{stamp}", f"sam-{stamp}@idp.example", False, "Sam Unverified"))
        run.failures(ada, sub)
        check(not provider.refusals, f"the provider refused requests Gatehouse made: {provider.refusals}")
        say(
            f"the provider saw {len(provider.authorize_requests)} authorization and "
            f"{provider.token_requests} token requests, and refused none"
        )
    except Failure:
        print(f"--- {server.log_file} (tail) ---\n{server.log_tail()}", file=sys.stderr)
        raise
    finally:
        server.stop()
        httpd.shutdown()


def main() -> int:
    return run_against_server(
        __doc__.splitlines()[0],
        "external-provider",
        external_provider,
        "OK: a relying party signs in through its own OpenID provider with the generated Python client",
    )

if __name__ == "__main__":
    sys.exit(main())
