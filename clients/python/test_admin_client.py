#!/usr/bin/env python3
"""A back office outside the repository administers Gatehouse through a Python client generated
from openapi/openapi.json (issue 16).

1. Generates the client with openapi-python-client, as test_generated_client.py does.
2. Starts the Gatehouse binary with one admin client in its configuration and gets a token by
   client credentials with the scope `admin`.
3. Through the generated functions only: creates an application (public, PKCE) and a user with a
   password, reads both back, and sees a refusal parsed as a typed ErrorBody.
4. Signs that user in to that application from /oidc/auth to the code exchange, following
   nextSteps, and checks that the ID token names the user and the application.
5. Reads the audit log through the API: the administrator's two creations and the sign-in.

Run by `make test-clients` in clients/python/.venv.
"""

from __future__ import annotations

import secrets
import sys
from pathlib import Path
from typing import Any

import httpx

from test_generated_client import (
    PASSWORD,
    Browser,
    Failure,
    Generated,
    Server,
    check,
    free_port,
    identify,
    run_against_server,
    say,
    start_event,
    toml_str,
)

ADMIN_ID = "python-back-office"
ADMIN_SECRET = "python-back-office-secret-0123"
ADMIN_CONFIG = "\n".join(
    [
        "[[clients]]",
        f"client_id = {toml_str(ADMIN_ID)}",
        f"client_secret = {toml_str(ADMIN_SECRET)}",
        "redirect_uris = []",
        'grant_types = ["client_credentials"]',
        "admin = true",
        "",
    ]
)


class Admin:
    """The back office: the generated client with its bearer token."""

    def __init__(self, gen: Generated, server: Server) -> None:
        token = httpx.post(
            f"{server.base_url}/oidc/token",
            data={"grant_type": "client_credentials", "scope": "admin"},
            auth=(ADMIN_ID, ADMIN_SECRET),
        )
        check(token.status_code == 200, f"client credentials answered {token.status_code}: {token.text}")
        check(token.json().get("scope") == "admin", f"no admin scope: {token.json()}")
        self.gen = gen
        self.api = gen.pkg.AuthenticatedClient(
            base_url=server.base_url, token=token.json()["access_token"], timeout=httpx.Timeout(30)
        )

    def call(self, method: str, path: str, status: int, parsed_type: Any = None, **kwargs: Any) -> Any:
        response = self.gen.op(method, path).sync_detailed(client=self.api, **kwargs)
        if response.status_code != status:
            raise Failure(f"{method} {path} answered {response.status_code}, not {status}: {response.content[:500]!r}")
        if parsed_type is not None:
            check(isinstance(response.parsed, parsed_type), f"{method} {path}: parsed {response.parsed!r}")
        return response.parsed


def administer_then_sign_in(gen: Generated, binary: Path, folder: Path) -> None:
    print("an application and a user made through the administration API, then a sign-in", flush=True)
    server = Server(binary, folder, sign_in_by_email=False, extra_config=ADMIN_CONFIG)
    try:
        server.start()
        admin = Admin(gen, server)
        m = gen.model

        # Nobody else may: a typed refusal without a token.
        anonymous = gen.pkg.Client(base_url=server.base_url)
        refused = gen.op("GET", "/api/admin/applications").sync_detailed(client=anonymous)
        check(refused.status_code == 401, f"no token answered {refused.status_code}")
        check(refused.parsed.code == m("ErrorCode")("admin.invalid_token"), f"code {refused.parsed.code}")
        say("GET /api/admin/applications without a token -> 401 ErrorBody(code=admin.invalid_token)")

        redirect_uri = f"http://127.0.0.1:{free_port()}/callback"
        body = m("AdminApplicationCreate")(name="Python Shop", redirect_uris=[redirect_uri], public=True)
        created = admin.call("POST", "/api/admin/applications", 201, m("AdminApplicationCreated"), body=body)
        app_id = created.application.id
        check(created.application.public and not created.client_secret, "a public application got a secret")
        listed = admin.call("GET", "/api/admin/applications", 200, m("AdminApplicationPage"))
        check(app_id in [a.id for a in listed.items], "the new application is not listed")
        say(f"application {app_id} created and listed")

        invalid = m("AdminApplicationCreate")(name="Bad", redirect_uris=["not a url"])
        error = admin.call("POST", "/api/admin/applications", 422, m("ErrorBody"), body=invalid)
        check(error.code == m("ErrorCode")("application.invalid_metadata"), f"code {error.code}")
        say("an invalid redirect URI -> 422 ErrorBody(code=application.invalid_metadata)")

        username = f"admin{secrets.token_hex(4)}"
        new_user = m("AdminUserCreate")(username=username, email=f"{username}@example.com", password=PASSWORD)
        user = admin.call("POST", "/api/admin/users", 201, m("AdminUserDetail"), body=new_user)
        got = admin.call("GET", "/api/admin/users/{id}", 200, m("AdminUserDetail"), id=user.id)
        check(got.username == username, f"user read back as {got.username}")
        say(f"user {user.id} created and read back")

        # The user signs in to the new application, as its users will.
        server.client_id, server.redirect_uri = app_id, redirect_uri
        browser = Browser(gen, server)
        browser.authorize()

        def verify_password(step: Any) -> None:
            identifier = m("Identifier")(type_=m("IdentifierType")("username"), value=username)
            request = m("PasswordVerificationRequest")(identifier=identifier, password=PASSWORD)
            browser.call("POST", "/api/experience/verification/password", 200, m("VerificationIdResponse"), body=request)

        seen = browser.drive(
            {
                "startInteraction": start_event(browser, "SignIn"),
                "verifyPassword": verify_password,
                "identify": identify(browser),
            }
        )
        check(browser.claims.get("sub") == user.id, f"ID token sub {browser.claims.get('sub')}")
        check(browser.claims.get("aud") in (app_id, [app_id]), f"ID token aud {browser.claims.get('aud')}")
        say(f"steps {' -> '.join(seen)}; the ID token names the user and the application")

        audit = admin.call("GET", "/api/admin/audit", 200, m("AdminAuditPage"), limit=200)
        kinds = [e.type_ for e in audit.items]
        for kind in ["admin.application.created", "admin.user.created", "sign_in.succeeded"]:
            check(kind in kinds, f"{kind} is not in the audit log: {kinds}")
        say("the audit log has both creations and the sign-in")
    except Failure:
        print(f"--- {server.log_file} (tail) ---\n{server.log_tail()}", file=sys.stderr)
        raise
    finally:
        server.stop()


def main() -> int:
    return run_against_server(
        __doc__.splitlines()[0],
        "admin",
        administer_then_sign_in,
        "OK: a back office administers Gatehouse through the generated Python client",
    )

if __name__ == "__main__":
    sys.exit(main())
