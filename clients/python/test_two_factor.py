#!/usr/bin/env python3
"""Two-factor sign-in works for a relying party outside the repository, through a Python client
generated from openapi/openapi.json (issue 14).

Generates the client as test_generated_client.py does (and reuses its helpers), starts the
Gatehouse binary with `[two_factor] enabled = true, required = true` on a temporary SQLite
database with the file mail transport, creates a user with the CLI (its address confirmed), and
drives /oidc/auth -> Experience API -> /oidc/token through the generated functions only:

1. the first sign-in sets up an authenticator app (`enrollMfa`): a code computed here from the
   secret (RFC 6238) confirms it, and the backup codes come back;
2. a sign-in in a new browser passes the `mfa` step with the app's code (a wrong one refused);
3. another passes it with a backup code; the same backup code is refused in a fourth browser;
4. the account API (the token of sign-in 2) turns mailed codes on, and a sign-in passes the
   `mfa` step with the code read from the mail file.

Before each second factor, submit answers 403 and /oidc/auth/resume does not reach the
application with a code; after it, the ID token says amr ["pwd", "otp", "mfa"] and acr 2fa.

Run by `make test-clients` in clients/python/.venv. Options: --spec FILE, --bin FILE, --keep.
"""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import hmac
import re
import secrets
import struct
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urljoin, urlparse

import httpx

from test_generated_client import (
    PASSWORD,
    Browser,
    Failure,
    Generated,
    Server,
    check,
    identify,
    run_against_server,
    say,
    start_event,
)

TWO_FACTOR_CONFIG = "[two_factor]\nenabled = true\nrequired = true\n"
AMR_TWO_FACTORS = ["pwd", "otp", "mfa"]
ACR_TWO_FACTORS = "urn:gatehouse:acr:2fa"


# --------------------------------------------------------------------------------------------
# The authenticator app


def totp(secret: bytes, step: int, digits: int = 6) -> str:
    """RFC 6238 (HOTP of RFC 4226 over the 30-second step): HMAC-SHA-1, dynamic truncation."""
    digest = hmac.new(secret, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 10**digits:0{digits}d}"


# RFC 6238, appendix B (SHA-1, T = 59 s and 1111111109 s), the last 6 of its 8 digits.
assert totp(b"12345678901234567890", 59 // 30, 8) == "94287082"
assert totp(b"12345678901234567890", 1111111109 // 30) == "081804"


class Authenticator:
    """What the user's app does with the secret it was given; each 30-second step's code is
    accepted once at sign-in, so a second sign-in waits for a step after the last one used."""

    def __init__(self, secret_b32: str) -> None:
        self.key = base64.b32decode(secret_b32.upper() + "=" * (-len(secret_b32) % 8))
        self.last_step: int | None = None

    @staticmethod
    def now_step() -> int:
        return int(time.time() // 30)

    def code(self, step: int | None = None) -> str:
        return totp(self.key, self.now_step() if step is None else step)

    def fresh_code(self) -> tuple[str, int]:
        """A code of a step not used yet (waiting for the next step when needed)."""
        step = self.now_step()
        if self.last_step is not None and step <= self.last_step:
            wait = (self.last_step + 1) * 30 - time.time() + 0.5
            say(f"waiting {wait:.0f} s for the next 30-second step (step {self.last_step} was used)")
            time.sleep(max(wait, 0))
            step = self.now_step()
        return self.code(step), step

    def wrong_code(self) -> str:
        """A code no step around now has."""
        now = self.now_step()
        valid = {self.code(s) for s in range(now - 2, now + 3)}
        return next(c for c in (f"{n:06d}" for n in range(123456, 10**6)) if c not in valid)


# --------------------------------------------------------------------------------------------
# Helpers around the generated client


def new_mail_code(server: Server, address: str, seen: set[Path], timeout: float = 15) -> str:
    """The 6-digit code of a message to `address` that is not among `seen` (lettre names the
    files by UUID: newest means not there before)."""
    deadline = time.monotonic() + timeout
    sizes: dict[Path, int] = {}
    while time.monotonic() < deadline:
        for file in sorted(server.mail_dir.glob("*.eml")) if server.mail_dir.exists() else []:
            if file in seen:
                continue
            size = file.stat().st_size
            if size and sizes.get(file) == size:
                message = email.message_from_bytes(file.read_bytes(), policy=email.policy.default)
                if address.lower() in str(message["To"]).lower():
                    body = message.get_body(preferencelist=("plain",))
                    text = body.get_content() if body else ""
                    found = re.search(r"^\s*(\d{6})\s*$", text, re.MULTILINE)
                    if found:
                        return found[1]
            sizes[file] = size
        time.sleep(0.1)
    raise Failure(f"no new message with a code to {address} in {server.mail_dir} within {timeout} s")


def mail_files(server: Server) -> set[Path]:
    return set(server.mail_dir.glob("*.eml")) if server.mail_dir.exists() else set()


def no_code_yet(browser: Browser, code: str) -> None:
    """Before the second factor: submit is refused with `code`, and the resume URL a submit
    would give does not take the browser to the application with an authorization code."""
    browser.refused("POST", "/api/experience/submit", 403, code)
    resume = f"{browser.server.base_url}/oidc/auth/resume"
    r = browser.http.get(resume)
    location = urljoin(resume, r.headers.get("location", "")) if r.is_redirect else ""
    reached = location.startswith(browser.server.redirect_uri) or "code" in parse_qs(urlparse(location).query)
    check(not reached, f"GET {resume} gave the application a code before the second factor: {location}")
    say(f"GET /oidc/auth/resume -> {r.status_code} {urlparse(location).path or '(no redirect)'}, no code")


def two_factor_claims(browser: Browser, user_id: str) -> None:
    claims = browser.claims
    check(claims.get("sub") == user_id, f"ID token sub {claims.get('sub')} is not {user_id}")
    check(claims.get("amr") == AMR_TWO_FACTORS, f"ID token amr {claims.get('amr')!r}, not {AMR_TWO_FACTORS}")
    check(claims.get("acr") == ACR_TWO_FACTORS, f"ID token acr {claims.get('acr')!r}, not {ACR_TWO_FACTORS}")
    say(f"tokens; the ID token says amr {claims['amr']}, acr {claims['acr']}")


class TwoFactorRun:
    """One server, one user, the sign-ins in order."""

    def __init__(self, gen: Generated, server: Server, username: str, address: str, user_id: str) -> None:
        self.gen = gen
        self.m = gen.model
        self.server = server
        self.username = username
        self.address = address
        self.user_id = user_id
        self.app: Authenticator | None = None
        self.backup_codes: list[str] = []

    def browser(self) -> Browser:
        """A new browser (a new cookie jar) at the start of a sign-in."""
        browser = Browser(self.gen, self.server)
        browser.authorize()
        return browser

    def password_handlers(self, browser: Browser) -> dict[str, Callable[[Any], None]]:
        m = self.m

        def verify_password(step: Any) -> None:
            identifier = m("Identifier")(type_=m("IdentifierType")("username"), value=self.username)
            request = m("PasswordVerificationRequest")(identifier=identifier, password=PASSWORD)
            browser.call(
                "POST", "/api/experience/verification/password", 200, m("VerificationIdResponse"), body=request
            )

        return {
            "startInteraction": start_event(browser, "SignIn"),
            "verifyPassword": verify_password,
            "identify": identify(browser),
        }

    def factors(self, step: Any) -> list[str]:
        return [f.value for f in step.factors]

    def mfa_step(self, step: Any, *, with_email: bool = False) -> None:
        factors = self.factors(step)
        wanted = ["totp", "emailCode", "backupCode"] if with_email else ["totp", "backupCode"]
        check(factors == wanted, f"mfa step factors {factors}, not {wanted}")
        check(step.remember_browser is True, f"mfa step rememberBrowser {step.remember_browser!r}")
        masked = step.masked_email if isinstance(step.masked_email, str) else None
        expected_mask = self.address[0] + "***@" + self.address.split("@", 1)[1]
        check(masked == expected_mask, f"mfa step maskedEmail {step.masked_email!r}, not {expected_mask}")
        say(f"nextSteps[0]: mfa, factors {factors}, rememberBrowser, maskedEmail {masked}")

    # ----------------------------------------------------------------------------------------
    # 1. Setting up the app

    def enrol(self) -> None:
        print("first sign-in: two factors required, the user sets up an authenticator app", flush=True)
        m = self.m
        browser = self.browser()

        def enroll_mfa(step: Any) -> None:
            factors = self.factors(step)
            check(factors == ["totp"], f"enrollMfa factors {factors}")
            say("nextSteps[0]: enrollMfa, factors ['totp']")
            no_code_yet(browser, "session.mfa_enrollment_required")
            secret = browser.call("POST", "/api/experience/verification/totp/secret", 200, m("TotpSecret"))
            check(re.fullmatch(r"[A-Z2-7]+=*", secret.secret), f"secret {secret.secret!r} is not base32")
            uri = urlparse(secret.otpauth_uri)
            query = {k: v[0] for k, v in parse_qs(uri.query).items()}
            check(uri.scheme == "otpauth" and uri.netloc == "totp", f"otpauthUri {secret.otpauth_uri}")
            check(query.get("secret") == secret.secret, f"otpauthUri's secret is not {secret.secret}")
            check(unquote(uri.path).endswith(":" + self.username), f"otpauthUri names {unquote(uri.path)}")
            for key, default in (("algorithm", "SHA1"), ("digits", "6"), ("period", "30")):
                check(query.get(key, default) == default, f"otpauthUri {key}={query.get(key)}")
            check(secret.qr.startswith("data:image/svg+xml"), f"qr {secret.qr[:40]!r}")
            self.app = Authenticator(secret.secret)
            say(f"secret {secret.secret[:4]}... ({len(self.app.key) * 8} bits), otpauthUri and an SVG QR code")

            wrong = m("TotpVerifyRequest")(code=self.app.wrong_code(), verification_id=secret.verification_id)
            browser.refused("POST", "/api/experience/verification/totp/verify", 422, "mfa.invalid_code", body=wrong)
            confirming = self.app.now_step()
            right = m("TotpVerifyRequest")(code=self.app.code(confirming), verification_id=secret.verification_id)
            confirmed = browser.call(
                "POST", "/api/experience/verification/totp/verify", 200, m("VerificationIdResponse"), body=right
            )
            check(confirmed.verification_id == secret.verification_id, "the confirmation names another secret")
            # The step that confirmed the app is used up: the next sign-in waits for a later one.
            self.app.last_step = confirming
            say("the app's code, computed here (RFC 6238), confirmed the secret")
            enrol = m("MfaProfileRequest")(type_=m("MfaProfileType")("totp"), verification_id=secret.verification_id)
            codes = browser.call("POST", "/api/experience/profile/mfa", 200, m("BackupCodes"), body=enrol)
            self.backup_codes = list(codes.backup_codes)
            check(len(self.backup_codes) == 10, f"{len(self.backup_codes)} backup codes, not 10")
            check(len(set(self.backup_codes)) == 10, "the backup codes repeat")
            say(f"app added; 10 backup codes ({self.backup_codes[0][:3]}...)")

        seen = browser.drive({**self.password_handlers(browser), "enrollMfa": enroll_mfa})
        check(seen == ["startInteraction", "verifyPassword", "identify", "enrollMfa", "submit"], f"steps: {seen}")
        say(f"steps {' -> '.join(seen)}")
        two_factor_claims(browser, self.user_id)

    # ----------------------------------------------------------------------------------------
    # 2. The app's code

    def sign_in_with_app(self) -> str:
        """The access token (scope `account`) of the sign-in."""
        print("second sign-in, a new browser: the app's code", flush=True)
        m = self.m
        app = self.app
        assert app is not None
        browser = self.browser()

        def mfa(step: Any) -> None:
            self.mfa_step(step)
            no_code_yet(browser, "session.mfa_required")
            wrong = m("TotpVerifyRequest")(code=app.wrong_code())
            browser.refused("POST", "/api/experience/verification/totp/verify", 422, "mfa.invalid_code", body=wrong)
            code, used = app.fresh_code()
            right = m("TotpVerifyRequest")(code=code)
            browser.call(
                "POST", "/api/experience/verification/totp/verify", 200, m("VerificationIdResponse"), body=right
            )
            app.last_step = used
            say(f"the app's code of step {used} passed")

        seen = browser.drive({**self.password_handlers(browser), "mfa": mfa})
        check(seen == ["startInteraction", "verifyPassword", "identify", "mfa", "submit"], f"steps: {seen}")
        say(f"steps {' -> '.join(seen)}")
        two_factor_claims(browser, self.user_id)

        # The same step's code again, in another browser: a replay.
        replay = self.browser()

        def replayed(step: Any) -> None:
            self.mfa_step(step)
            again = m("TotpVerifyRequest")(code=app.code(app.last_step))
            replay.refused("POST", "/api/experience/verification/totp/verify", 422, "mfa.invalid_code", body=again)
            raise _Stop

        self.until(replay, "mfa", replayed)
        log = self.server.log_file.read_text(errors="replace")
        check("mfa.replayed" in log, "the second use of a step's code was not refused as a replay")
        say("the same 30-second code again, in another browser: refused as a replay")
        return browser.access_token

    def until(self, browser: Browser, kind: str, handler: Callable[[Any], None]) -> None:
        """Drives a sign-in up to the step `kind`, where `handler` ends it by raising _Stop."""
        try:
            browser.drive({**self.password_handlers(browser), kind: handler})
        except _Stop:
            return
        raise Failure(f"the sign-in went past {kind}")

    # ----------------------------------------------------------------------------------------
    # 3. A backup code

    def sign_in_with_backup_code(self) -> None:
        print("third sign-in: a backup code", flush=True)
        m = self.m
        browser = self.browser()
        code = self.backup_codes[0]

        def mfa(step: Any) -> None:
            self.mfa_step(step)
            no_code_yet(browser, "session.mfa_required")
            used = browser.call(
                "POST",
                "/api/experience/verification/backup-code/verify",
                200,
                m("BackupCodeVerified"),
                body=m("BackupCodeVerifyRequest")(code=code),
            )
            check(used.verification_id, "no verificationId")
            check(used.remaining == 9, f"remaining {used.remaining}, not 9")
            say("backup code accepted; 9 remaining")

        seen = browser.drive({**self.password_handlers(browser), "mfa": mfa})
        check(seen == ["startInteraction", "verifyPassword", "identify", "mfa", "submit"], f"steps: {seen}")
        two_factor_claims(browser, self.user_id)

        print("fourth sign-in: the same backup code again", flush=True)
        again = self.browser()

        def reused(step: Any) -> None:
            self.mfa_step(step)
            again.refused(
                "POST",
                "/api/experience/verification/backup-code/verify",
                422,
                "mfa.invalid_code",
                body=m("BackupCodeVerifyRequest")(code=code),
            )
            no_code_yet(again, "session.mfa_required")
            raise _Stop

        self.until(again, "mfa", reused)

    # ----------------------------------------------------------------------------------------
    # 4. Mailed codes

    def turn_on_email_code(self, access_token: str) -> None:
        print("the account API turns mailed codes on (the access token of the second sign-in)", flush=True)
        m = self.m
        account = Browser(self.gen, self.server)
        account.api = self.gen.pkg.AuthenticatedClient(
            base_url=self.server.base_url,
            token=access_token,
            raise_on_unexpected_status=True,
            timeout=httpx.Timeout(30),
        )
        before = account.call("GET", "/api/my-account/mfa", 200, m("AccountMfa"))
        check(
            before.enabled is True and before.required is True, f"enabled {before.enabled}, required {before.required}"
        )
        check([f.type_.value for f in before.factors] == ["totp"], f"factors {before.factors!r}")
        check(before.backup_codes_remaining == 9, f"backupCodesRemaining {before.backup_codes_remaining}")
        say("GET /api/my-account/mfa: factors ['totp'], 9 backup codes left")

        on = m("AccountEmailCodeMfaRequest")(enabled=True)
        account.refused("PUT", "/api/my-account/mfa/email-code", 401, "account.verification_required", body=on)
        verified = account.call(
            "POST",
            "/api/my-account/verifications/password",
            200,
            m("AccountVerification"),
            body=m("AccountPasswordRequest")(password=PASSWORD),
        )
        account.call(
            "PUT",
            "/api/my-account/mfa/email-code",
            204,
            body=on,
            gatehouse_verification_id=verified.verification_id,
        )
        after = account.call("GET", "/api/my-account/mfa", 200, m("AccountMfa"))
        kinds = [f.type_.value for f in after.factors]
        check(sorted(kinds) == ["emailCode", "totp"], f"factors after turning mailed codes on: {kinds}")
        say(f"password verification, then PUT /api/my-account/mfa/email-code: factors {kinds}")

    def sign_in_with_email_code(self) -> None:
        print("fifth sign-in: a code mailed to the confirmed address", flush=True)
        m = self.m
        browser = self.browser()

        def mfa(step: Any) -> None:
            self.mfa_step(step, with_email=True)
            no_code_yet(browser, "session.mfa_required")
            seen = mail_files(self.server)
            sent = browser.call("POST", "/api/experience/verification/mfa-email-code", 200, m("VerificationIdResponse"))
            code = new_mail_code(self.server, self.address, seen)
            say(f"code mailed to {self.address}, read from the mail file")
            wrong = f"{(int(code) + 1) % 1_000_000:06d}"
            body = m("MfaEmailCodeVerifyRequest")(verification_id=sent.verification_id, code=wrong)
            browser.refused(
                "POST",
                "/api/experience/verification/mfa-email-code/verify",
                422,
                "verification_code.mismatch",
                body=body,
            )
            body = m("MfaEmailCodeVerifyRequest")(verification_id=sent.verification_id, code=code)
            browser.call(
                "POST",
                "/api/experience/verification/mfa-email-code/verify",
                200,
                m("VerificationIdResponse"),
                body=body,
            )
            say("the mailed code passed")

        seen = browser.drive({**self.password_handlers(browser), "mfa": mfa})
        check(seen == ["startInteraction", "verifyPassword", "identify", "mfa", "submit"], f"steps: {seen}")
        two_factor_claims(browser, self.user_id)


class _Stop(Exception):
    """A handler ends a sign-in that is not meant to complete."""


def two_factor(gen: Generated, binary: Path, folder: Path) -> None:
    print("two-factor sign-in, through the generated client", flush=True)
    server = Server(binary, folder, sign_in_by_email=False, extra_config=TWO_FACTOR_CONFIG)
    try:
        stamp = secrets.token_hex(4)
        username = f"mfa{stamp}"
        address = f"mfa-{stamp}@example.com"
        user_id = server.create_user(username, address, PASSWORD)  # the CLI confirms the address
        server.start()
        run = TwoFactorRun(gen, server, username, address, user_id)
        run.enrol()
        token = run.sign_in_with_app()
        run.sign_in_with_backup_code()
        run.turn_on_email_code(token)
        run.sign_in_with_email_code()
    except Failure:
        print(f"--- {server.log_file} (tail) ---\n{server.log_tail()}", file=sys.stderr)
        raise
    finally:
        server.stop()


def main() -> int:
    return run_against_server(
        __doc__.splitlines()[0],
        "two-factor",
        two_factor,
        "OK: a relying party completes each second factor through the generated Python client",
    )

if __name__ == "__main__":
    sys.exit(main())
