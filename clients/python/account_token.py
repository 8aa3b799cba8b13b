"""Signs a user in through the authorization code flow (PKCE) and the Experience API, as a
first-party application asking for the scope `account` does, and prints the access token:
fuzz-api.sh gives it to schemathesis so that the account API is fuzzed past authentication.

Usage: account_token.py BASE_URL CLIENT_ID REDIRECT_URI USERNAME PASSWORD
"""

import base64
import hashlib
import secrets
import sys
from urllib.parse import parse_qs, urljoin, urlparse

import httpx


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def main() -> None:
    base, client_id, redirect_uri, username, password = sys.argv[1:6]
    verifier = b64url(secrets.token_bytes(32))
    with httpx.Client(base_url=base, follow_redirects=False, timeout=30) as http:
        start = http.get(
            "/oidc/auth",
            params={
                "response_type": "code",
                "client_id": client_id,
                "redirect_uri": redirect_uri,
                "scope": "openid account",
                "state": "fuzz",
                "code_challenge": b64url(hashlib.sha256(verifier.encode()).digest()),
                "code_challenge_method": "S256",
            },
        )
        assert start.is_redirect, start.text
        http.put("/api/experience", json={"interactionEvent": "SignIn"}).raise_for_status()
        verified = http.post(
            "/api/experience/verification/password",
            json={"identifier": {"type": "username", "value": username}, "password": password},
        )
        verified.raise_for_status()
        http.post(
            "/api/experience/identification", json={"verificationId": verified.json()["verificationId"]}
        ).raise_for_status()
        submitted = http.post("/api/experience/submit")
        submitted.raise_for_status()
        back = http.get(urljoin(base, submitted.json()["redirectTo"]))
        code = parse_qs(urlparse(back.headers["location"]).query)["code"][0]
        token = http.post(
            "/oidc/token",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect_uri,
                "client_id": client_id,
                "code_verifier": verifier,
            },
        )
        token.raise_for_status()
        print(token.json()["access_token"])


if __name__ == "__main__":
    main()
