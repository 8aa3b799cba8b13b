#!/usr/bin/env python3
"""A Python client generated from openapi/openapi.json works, against the real server.

1. Generates a client with openapi-python-client (the version pinned in requirements.txt) into a
   temporary folder and fails on any generator warning (a schema or a response it skipped).
2. Checks the generated code: every operation of the document has a function, every documented
   error status parses as a typed `ErrorBody` whose `code` is the `ErrorCode` enum, and every
   schema has its model.
3. Starts the Gatehouse binary (GATEHOUSE_BIN, default target/debug/gatehouse) on a temporary
   SQLite database with the file mail transport, and drives through the generated functions only:
   - a sign-in by username and password (a server where accounts sign in with a username);
   - a registration by an email code read from the mail file (a server where accounts sign in
     with their email), then a sign-in with that address;
   each from /oidc/auth (PKCE) to the code exchanged at /oidc/token, following nextSteps, with
   error answers (a wrong password, a wrong code, a weak password, no interaction) parsed as
   ErrorBody with their code.

Run by `make test-clients` in clients/python/.venv. Options: --spec FILE (another document, for
experiments), --generate-only (steps 1 and 2), --keep (keep the temporary folder).
"""

from __future__ import annotations

import argparse
import base64
import email
import email.policy
import hashlib
import importlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import typing
from pathlib import Path
from types import ModuleType
from typing import Any, Callable
from urllib.parse import parse_qs, urljoin, urlparse

import httpx

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "gatehouse_experience_client"
PASSWORD = "Harbor-Lantern-Quiet-73!"
# A fixed, public key-encryption key: these databases are throwaway (as in e2e/support/config.ts).
KEK = "Z2F0ZWhvdXNlIGUyZS9iZW5jaCBrZWssIHB1YmxpYyE="


def say(message: str) -> None:
    print(f"  {message}", flush=True)


class Failure(Exception):
    pass


def check(condition: Any, message: str) -> None:
    if not condition:
        raise Failure(message)


# --------------------------------------------------------------------------------------------
# 1. Generation


def generate(spec: Path, workdir: Path) -> Path:
    """Runs the generator; any warning fails. Returns the folder that holds the package."""
    out = workdir / "generated"
    out.mkdir()
    bin_dir = Path(sys.executable).parent
    generator = bin_dir / "openapi-python-client"
    check(generator.exists(), f"{generator} is missing: pip install -r {Path(__file__).parent / 'requirements.txt'}")
    # The venv's bin on PATH: the generator formats its output with ruff, a dependency of its own.
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", "NO_COLOR": "1"}
    result = subprocess.run(
        [str(generator), "generate", "--path", str(spec), "--meta", "none", "--output-path", str(out / PACKAGE)],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
    )
    output = (result.stdout + result.stderr).strip()
    # What it prints when all went well: "Generating <path>", nothing else.
    noise = [line for line in output.splitlines() if line.strip() and not line.startswith("Generating ")]
    if result.returncode != 0 or noise:
        raise Failure(
            f"openapi-python-client did not generate {spec.name} cleanly (exit {result.returncode}); "
            f"what it printed, each distinct line once:\n{summarize(noise)}"
        )
    version = subprocess.run([str(generator), "--version"], capture_output=True, text=True).stdout.strip()
    say(f"{version}: generated without a warning")
    return out


def summarize(lines: list[str]) -> str:
    """The generator repeats a warning per response; each distinct line once, with its count."""
    counts: dict[str, int] = {}
    for line in lines:
        line = re.sub(r" object at 0x[0-9a-f]+", "", line.strip())
        counts[line] = counts.get(line, 0) + 1
    return "\n".join(f"  {n:4d}x {line}" if n > 1 else f"        {line}" for line, n in counts.items())


# --------------------------------------------------------------------------------------------
# 2. The generated code


def template(path: str) -> str:
    """A path with its parameters unnamed: the generator renames `{clientId}` `{client_id}`."""
    return re.sub(r"\{[^}]*\}", "{}", path)


class Generated:
    """The generated package, its operations found by method and path (not by function name)."""

    def __init__(self, folder: Path, spec: dict[str, Any]) -> None:
        sys.path.insert(0, str(folder))
        self.root = folder / PACKAGE
        self.pkg = importlib.import_module(PACKAGE)
        self.models = importlib.import_module(f"{PACKAGE}.models")
        self.spec = spec
        self.ops: dict[tuple[str, str], ModuleType] = {}
        found = re.compile(r'"method":\s*"(\w+)",\s*"url":\s*"([^"]+)"')
        for file in sorted((self.root / "api").rglob("*.py")):
            match = found.search(file.read_text())
            if match:
                name = ".".join(file.relative_to(folder).with_suffix("").parts)
                self.ops[(match[1].upper(), template(match[2]))] = importlib.import_module(name)

    def op(self, method: str, path: str) -> ModuleType:
        module = self.ops.get((method, template(path)))
        check(module is not None, f"no generated function for {method} {path}")
        return module  # type: ignore[return-value]

    def model(self, name: str) -> Any:
        return getattr(self.models, name)


def pascal(schema_name: str) -> str:
    parts = re.split(r"[^A-Za-z0-9]+", schema_name)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def check_generated(gen: Generated) -> None:
    spec = gen.spec
    error_ref = "#/components/schemas/ErrorBody"
    operations = 0
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method not in ("get", "put", "post", "delete", "patch"):
                continue
            module = gen.op(method.upper(), path)
            source = Path(module.__file__).read_text()  # type: ignore[arg-type]
            check(hasattr(module, "sync_detailed"), f"{module.__name__} has no sync_detailed")
            for status, response in operation.get("responses", {}).items():
                schemas = [c.get("schema", {}) for c in response.get("content", {}).values()]
                if any(s.get("$ref") == error_ref for s in schemas):
                    parsed = re.search(
                        rf"status_code == {status}:\s*\n\s*response_{status} = ErrorBody\.from_dict", source
                    )
                    check(parsed, f"{method.upper()} {path}: status {status} does not parse as ErrorBody")
            operations += 1
    say(f"{operations} operations, each a module with its documented errors parsed as ErrorBody")

    send = gen.op("POST", "/api/experience/verification/verification-code")
    hints = typing.get_type_hints(send.sync_detailed)
    check(
        "ErrorBody" in str(hints["return"]) and "VerificationCodeSent" in str(hints["return"]),
        f"send-verification-code returns {hints['return']}",
    )
    check("body" in hints and hints["body"] is gen.model("VerificationCodeRequest"), "send-verification-code body")
    say(
        f"send-verification-code: {send.__name__.rsplit('.', 1)[1]}(body: VerificationCodeRequest) -> {hints['return']}"
    )

    error_body, error_code = gen.model("ErrorBody"), gen.model("ErrorCode")
    code_type = typing.get_type_hints(error_body)["code"]
    check(code_type is error_code, f"ErrorBody.code is {code_type}, not the ErrorCode enum")
    wanted = set(spec["components"]["schemas"]["ErrorCode"]["enum"])
    check({c.value for c in error_code} == wanted, "ErrorCode's members are not the document's codes")
    say(f"ErrorBody.code: ErrorCode, an enum of the {len(wanted)} documented codes")

    missing = []
    for name, schema in spec["components"]["schemas"].items():
        if "anyOf" in schema or "oneOf" in schema:
            continue  # a union: a Python `A | B | ...`, not a class
        if not hasattr(gen.models, pascal(name)):
            missing.append(name)
    check(not missing, f"schemas without a model: {missing}")
    say("every schema has its model")


# --------------------------------------------------------------------------------------------
# 3. Against the server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def toml_str(value: str) -> str:
    return json.dumps(value)  # TOML basic strings accept JSON escapes


class Server:
    """A migrated Gatehouse in `folder`: its config, SQLite database, mail folder and log."""

    def __init__(self, binary: Path, folder: Path, *, sign_in_by_email: bool, extra_config: str = "") -> None:
        self.binary = binary
        self.folder = folder
        folder.mkdir(parents=True)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.mail_dir = folder / "mail"
        self.log_file = folder / "gatehouse.log"
        self.client_id = "python-generated-client"
        # Never fetched: the test reads the code from the redirect's Location.
        self.redirect_uri = f"http://127.0.0.1:{free_port()}/callback"
        self.config = folder / "gatehouse.toml"
        self.config.write_text(
            "\n".join(
                [
                    f"public_url = {toml_str(self.base_url)}",
                    f"listen = {toml_str(f'127.0.0.1:{self.port}')}",
                    "",
                    "[database]",
                    f"url = {toml_str('sqlite://' + str(folder / 'gh.db') + '?mode=rwc')}",
                    "",
                    "[email]",
                    'transport = "file"',
                    f"dir = {toml_str(str(self.mail_dir))}",
                    'from = "Gatehouse Clients Test <no-reply@gatehouse.test>"',
                    "",
                    "[secrets]",
                    f"kek = {toml_str(KEK)}",
                    "",
                    "[password_hashing]",
                    "memory_kib = 1024",
                    "iterations = 1",
                    "parallelism = 1",
                    "",
                    "[registration]",
                    "enabled = true",
                    "open = true",
                    "",
                    "[sign_in]",
                    f"local_by_email = {'true' if sign_in_by_email else 'false'}",
                    "",
                    # A public client: PKCE S256, no secret. First-party: no consent step.
                    "[[clients]]",
                    f"client_id = {toml_str(self.client_id)}",
                    'name = "Python Generated Client"',
                    f"redirect_uris = [{toml_str(self.redirect_uri)}]",
                    "post_logout_redirect_uris = []",
                    'grant_types = ["authorization_code", "refresh_token"]',
                    'scopes = ["openid", "profile", "email", "offline_access", "account"]',
                    "first_party = true",
                    "",
                    extra_config,  # more sections, for another test's server
                ]
            )
        )
        self.process: subprocess.Popen[bytes] | None = None
        self.cli("migrate")

    def cli(self, *args: str) -> str:
        result = subprocess.run([str(self.binary), "--config", str(self.config), *args], capture_output=True, text=True)
        if result.returncode != 0:
            raise Failure(
                f"gatehouse {' '.join(args[:2])} failed ({result.returncode}): {result.stderr or result.stdout}"
            )
        return result.stdout.strip()

    def create_user(self, username: str, email_address: str, password: str) -> str:
        out = self.cli(
            "user",
            "create",
            "--username",
            username,
            "--email",
            email_address,
            "--name",
            "Py Client",
            "--password",
            password,
        )
        return out.splitlines()[-1].strip()  # the id is the last line

    def start(self) -> None:
        log = open(self.log_file, "ab")
        self.process = subprocess.Popen(
            [str(self.binary), "--config", str(self.config), "serve"],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            env={**os.environ, "NO_COLOR": "1", "RUST_LOG": os.environ.get("RUST_LOG", "info")},
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise Failure(f"gatehouse serve exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                if httpx.get(f"{self.base_url}/oidc/.well-known/openid-configuration", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise Failure(f"Gatehouse did not answer discovery within 60 s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def wait_for_code(self, address: str, timeout: float = 15) -> str:
        """The 6-digit code of the first message to `address` (a file counts once its size held)."""
        deadline = time.monotonic() + timeout
        sizes: dict[Path, int] = {}
        while time.monotonic() < deadline:
            for file in sorted(self.mail_dir.glob("*.eml")) if self.mail_dir.exists() else []:
                size = file.stat().st_size
                if size and sizes.get(file) == size:
                    message = email.message_from_bytes(file.read_bytes(), policy=email.policy.default)
                    if address.lower() in str(message["To"]).lower():
                        body = message.get_body(preferencelist=("plain",))
                        text = body.get_content() if body else ""
                        found = re.search(r"^\s*(\d{6})\s*$", text, re.M)
                        check(found, f"no 6-digit code line in {file}:\n{text}")
                        return found[1]  # type: ignore[index]
                sizes[file] = size
            time.sleep(0.1)
        raise Failure(f"no message to {address} in {self.mail_dir} within {timeout} s")


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class Browser:
    """What a browser does around the Experience API: /oidc/auth, following redirectTo, and the
    application's side (the code exchange). Every Experience API call goes through `api`, the
    generated Client, whose httpx client keeps the interaction cookie."""

    def __init__(self, gen: Generated, server: Server) -> None:
        self.gen = gen
        self.server = server
        self.api = gen.pkg.Client(base_url=server.base_url, raise_on_unexpected_status=True, timeout=httpx.Timeout(30))
        self.http: httpx.Client = self.api.get_httpx_client()
        self.verifier = b64url(secrets.token_bytes(32))
        self.state = b64url(secrets.token_bytes(16))

    def authorize(self) -> None:
        r = self.http.get(
            "/oidc/auth",
            params={
                "response_type": "code",
                "client_id": self.server.client_id,
                "redirect_uri": self.server.redirect_uri,
                "scope": "openid profile email account",
                "state": self.state,
                "nonce": b64url(secrets.token_bytes(16)),
                "code_challenge": b64url(hashlib.sha256(self.verifier.encode()).digest()),
                "code_challenge_method": "S256",
            },
        )
        check(r.is_redirect, f"/oidc/auth answered {r.status_code}: {r.text[:500]}")
        check(len(self.http.cookies) > 0, "/oidc/auth set no cookie")

    def call(self, method: str, path: str, status: int, parsed_type: Any = None, **kwargs: Any) -> Any:
        """One generated function; asserts the status and the type of the parsed answer."""
        response = self.gen.op(method, path).sync_detailed(client=self.api, **kwargs)
        if response.status_code != status:
            raise Failure(f"{method} {path} answered {response.status_code}, not {status}: {response.content[:500]!r}")
        if parsed_type is None:
            check(response.parsed is None, f"{method} {path}: a {status} answer parsed as {response.parsed!r}")
        else:
            check(isinstance(response.parsed, parsed_type), f"{method} {path}: parsed {response.parsed!r}")
        return response.parsed

    def refused(self, method: str, path: str, status: int, code: str, **kwargs: Any) -> Any:
        """An error answer: a typed ErrorBody with the ErrorCode `code`."""
        error = self.call(method, path, status, self.gen.model("ErrorBody"), **kwargs)
        error_code = self.gen.model("ErrorCode")
        check(isinstance(error.code, error_code), f"ErrorBody.code is {type(error.code)}, not ErrorCode")
        check(error.code == error_code(code), f"{method} {path}: {error.code.value}, not {code}")
        check(isinstance(error.message, str) and error.message, "ErrorBody.message is empty")
        say(f"{method} {path} -> {status} ErrorBody(code={error.code.value})")
        return error

    def interaction(self) -> Any:
        return self.call("GET", "/api/experience/interaction", 200, self.gen.model("Interaction"))

    def drive(self, handlers: dict[str, Callable[[Any], None]], limit: int = 12) -> list[str]:
        """The loop of docs/custom-ui.md: read nextSteps[0], do it, again; until submit."""
        seen: list[str] = []
        for _ in range(limit):
            step = self.interaction().next_steps[0]
            kind = step.type_.value
            check(
                type(step).__name__ == "NextStep" + kind[:1].upper() + kind[1:] + "Step", f"{kind} parsed as {step!r}"
            )
            seen.append(kind)
            if kind == "submit":
                done = self.call("POST", "/api/experience/submit", 200, self.gen.model("SubmitResponse"))
                self.finish(done.redirect_to)
                return seen
            check(kind in handlers, f"unexpected step {kind} after {seen}")
            handlers[kind](step)
        raise Failure(f"no submit after {limit} steps: {seen}")

    def finish(self, redirect_to: str) -> None:
        """The browser follows redirectTo to the application's redirect_uri; the application
        exchanges the code (PKCE) and reads the ID token."""
        location = urljoin(self.server.base_url, redirect_to)
        for _ in range(5):
            r = self.http.get(location)
            check(r.is_redirect, f"GET {location} answered {r.status_code}: {r.text[:300]}")
            location = urljoin(str(r.url), r.headers["location"])
            if location.startswith(self.server.redirect_uri):
                break
        else:
            raise Failure(f"redirectTo never reached {self.server.redirect_uri}")
        query = parse_qs(urlparse(location).query)
        check(query.get("state") == [self.state] and "code" in query, f"callback without code or state: {location}")
        token = httpx.post(
            f"{self.server.base_url}/oidc/token",
            data={
                "grant_type": "authorization_code",
                "code": query["code"][0],
                "redirect_uri": self.server.redirect_uri,
                "client_id": self.server.client_id,
                "code_verifier": self.verifier,
            },
        )
        check(token.status_code == 200, f"/oidc/token answered {token.status_code}: {token.text}")
        self.access_token = token.json()["access_token"]
        payload = token.json()["id_token"].split(".")[1]
        self.claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def start_event(browser: Browser, event: str) -> Callable[[Any], None]:
    def handle(step: Any) -> None:
        check(event in [e.value for e in step.events], f"{event} is not among {step.events}")
        request = browser.gen.model("InteractionEventRequest")(
            interaction_event=browser.gen.model("InteractionEvent")(event)
        )
        browser.call("PUT", "/api/experience", 204, body=request)

    return handle


def identify(browser: Browser) -> Callable[[Any], None]:
    def handle(step: Any) -> None:
        request = browser.gen.model("IdentificationRequest")(verification_id=step.verification_id)
        browser.call("POST", "/api/experience/identification", 204, body=request)

    return handle


def sign_in_by_username(gen: Generated, binary: Path, folder: Path) -> None:
    print("sign-in by username and password, through the generated client", flush=True)
    server = Server(binary, folder, sign_in_by_email=False)
    try:
        stamp = secrets.token_hex(4)
        username = f"py{stamp}"
        user_id = server.create_user(username, f"py-{stamp}@example.com", PASSWORD)
        server.start()

        # No interaction cookie yet: a typed error.
        nobody = Browser(gen, server)
        nobody.refused("GET", "/api/experience/interaction", 404, "session.not_found")

        browser = Browser(gen, server)
        browser.authorize()
        m = gen.model
        tried_wrong = []

        def verify_password(step: Any) -> None:
            check("username" in [t.value for t in step.identifier_types], f"identifierTypes: {step.identifier_types}")
            identifier = m("Identifier")(type_=m("IdentifierType")("username"), value=username)
            if not tried_wrong:
                tried_wrong.append(True)
                wrong = m("PasswordVerificationRequest")(identifier=identifier, password=PASSWORD + "-not")
                browser.refused(
                    "POST", "/api/experience/verification/password", 422, "session.invalid_credentials", body=wrong
                )
            right = m("PasswordVerificationRequest")(identifier=identifier, password=PASSWORD)
            verified = browser.call(
                "POST", "/api/experience/verification/password", 200, m("VerificationIdResponse"), body=right
            )
            check(verified.verification_id, "no verificationId")

        seen = browser.drive(
            {
                "startInteraction": start_event(browser, "SignIn"),
                "verifyPassword": verify_password,
                "identify": identify(browser),
            }
        )
        check(seen == ["startInteraction", "verifyPassword", "identify", "submit"], f"steps: {seen}")
        say(f"steps {' -> '.join(seen)}")
        check(browser.claims.get("sub") == user_id, f"ID token sub {browser.claims.get('sub')} is not {user_id}")
        say(f"code exchanged; the ID token's sub is the user created with the CLI ({user_id})")
        manage_account(gen, server, browser.access_token, username)
    except Failure:
        print(f"--- {server.log_file} (tail) ---\n{server.log_tail()}", file=sys.stderr)
        raise
    finally:
        server.stop()


def manage_account(gen: Generated, server: Server, access_token: str, username: str) -> None:
    """The application calls the account API with the access token it got (scope `account`),
    through the generated AuthenticatedClient."""
    m = gen.model
    account = Browser(gen, server)
    account.refused("GET", "/api/my-account", 401, "account.invalid_token")
    account.api = gen.pkg.AuthenticatedClient(
        base_url=server.base_url, token=access_token, raise_on_unexpected_status=True, timeout=httpx.Timeout(30)
    )
    me = account.call("GET", "/api/my-account", 200, m("Account"))
    check(me.username == username, f"the account API says {me.username!r}, not {username!r}")
    check(me.can_change.username is False, "a set username must not be changeable")
    patched = account.call(
        "PATCH", "/api/my-account", 200, m("Account"), body=m("AccountUpdateRequest")(name="Py Thon", locale="fr")
    )
    check((patched.name, patched.locale) == ("Py Thon", "fr"), f"PATCH gave {patched.name!r}, {patched.locale!r}")
    sessions = account.call("GET", "/api/my-account/sessions", 200, list)
    check(len(sessions) == 1 and sessions[0].current, f"sessions: {sessions!r}")
    account.refused(
        "PUT",
        "/api/my-account/password",
        401,
        "account.verification_required",
        body=m("AccountPasswordRequest")(password=PASSWORD + "-new"),
    )
    say("the account API answered the generated AuthenticatedClient with the application's token")


def register_by_email(gen: Generated, binary: Path, folder: Path) -> None:
    print("registration by an email code, through the generated client", flush=True)
    server = Server(binary, folder, sign_in_by_email=True)
    try:
        server.start()
        address = f"py-{secrets.token_hex(4)}@example.com"
        browser = Browser(gen, server)
        browser.authorize()
        m = gen.model
        email_identifier = m("Identifier")(type_=m("IdentifierType")("email"), value=address)

        def profile_request(kind: str, **fields: Any) -> Any:
            """One member of the ProfileRequest union (tagged by `type`)."""
            name = f"ProfileRequest{kind.capitalize()}ProfileRequest"
            return m(name)(type_=m(f"{name}Type")(kind), **fields)

        def profile(step: Any) -> None:
            missing = [f.value for f in step.missing]
            if missing[0] == "identifier":
                # The identifier is an email, proved by a code.
                check([t.value for t in step.identifier_types] == ["email"], f"identifierTypes {step.identifier_types}")
                request = m("VerificationCodeRequest")(
                    identifier=email_identifier, interaction_event=m("InteractionEvent")("Register")
                )
                sent = browser.call(
                    "POST",
                    "/api/experience/verification/verification-code",
                    200,
                    m("VerificationCodeSent"),
                    body=request,
                )
                check(sent.verification_id, "no verificationId")
                check(not isinstance(sent.code, str), "the code was answered outside demo_mode")
                say(f"code sent to {address}")
            elif missing[0] == "password":
                policy = step.password_policy
                check(isinstance(policy, m("PasswordPolicy")) and policy.min_length == 8, f"passwordPolicy {policy!r}")
                weak = profile_request("password", value="short")
                error = browser.refused("POST", "/api/experience/profile", 422, "user.weak_password", body=weak)
                check("password.too_short" in json.dumps(error.details), f"details: {error.details!r}")
                strong = profile_request("password", value=PASSWORD)
                browser.call("POST", "/api/experience/profile", 204, body=strong)
            else:
                raise Failure(f"profile step missing {missing}")

        def verify_code(step: Any) -> None:
            check(step.email == address, f"the code went to {step.email}")
            code = server.wait_for_code(address)
            wrong = f"{(int(code) + 1) % 1_000_000:06d}"
            body = m("VerifyCodeRequest")(identifier=email_identifier, verification_id=step.verification_id, code=wrong)
            browser.refused(
                "POST",
                "/api/experience/verification/verification-code/verify",
                422,
                "verification_code.mismatch",
                body=body,
            )
            body = m("VerifyCodeRequest")(identifier=email_identifier, verification_id=step.verification_id, code=code)
            browser.call(
                "POST",
                "/api/experience/verification/verification-code/verify",
                200,
                m("VerificationIdResponse"),
                body=body,
            )
            say("code read from the mail file and verified")

        seen = browser.drive(
            {
                "startInteraction": start_event(browser, "Register"),
                "profile": profile,
                "verifyCode": verify_code,
                "identify": identify(browser),
            }
        )
        check(seen == ["startInteraction", "profile", "verifyCode", "identify", "profile", "submit"], f"steps: {seen}")
        say(f"steps {' -> '.join(seen)}")
        check(browser.claims.get("email") == address, f"ID token email: {browser.claims}")
        check(browser.claims.get("email_verified") is True, f"ID token email_verified: {browser.claims}")
        say(f"registered; the ID token has email {address}, verified")

        # The new account signs in with the address, in another cookie jar.
        again = Browser(gen, server)
        again.authorize()

        def verify_password(step: Any) -> None:
            request = m("PasswordVerificationRequest")(identifier=email_identifier, password=PASSWORD)
            again.call("POST", "/api/experience/verification/password", 200, m("VerificationIdResponse"), body=request)

        seen = again.drive(
            {
                "startInteraction": start_event(again, "SignIn"),
                "verifyPassword": verify_password,
                "identify": identify(again),
            }
        )
        check(again.claims.get("sub") == browser.claims.get("sub"), "signed in to another account")
        say(f"then signs in with the address: {' -> '.join(seen)}")
    except Failure:
        print(f"--- {server.log_file} (tail) ---\n{server.log_tail()}", file=sys.stderr)
        raise
    finally:
        server.stop()


def run_against_server(
    description: str, prefix: str, scenario: Callable[[Generated, Path, Path], None], success: str
) -> int:
    """The command line of a script that generates the client, then runs `scenario` against
    the binary in a temporary folder: `--spec`, `--bin`, `--keep`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi" / "openapi.json")
    parser.add_argument(
        "--bin", type=Path, default=Path(os.environ.get("GATEHOUSE_BIN", ROOT / "target/debug/gatehouse"))
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix=f"gatehouse-python-{prefix}-"))
    try:
        print(f"openapi-python-client on {args.spec}", flush=True)
        spec = json.loads(args.spec.read_text())
        gen = Generated(generate(args.spec, workdir), spec)
        check(args.bin.exists(), f"{args.bin} is missing: build it (cargo build -p gatehouse) or set GATEHOUSE_BIN")
        scenario(gen, args.bin, workdir / f"{prefix}-server")
        print(success)
        return 0
    except Failure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi" / "openapi.json")
    parser.add_argument(
        "--bin", type=Path, default=Path(os.environ.get("GATEHOUSE_BIN", ROOT / "target/debug/gatehouse"))
    )
    parser.add_argument("--generate-only", action="store_true", help="generate and check the code; start no server")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="gatehouse-python-client-"))
    try:
        print(f"openapi-python-client on {args.spec}", flush=True)
        spec = json.loads(args.spec.read_text())
        gen = Generated(generate(args.spec, workdir), spec)
        check_generated(gen)
        if not args.generate_only:
            check(args.bin.exists(), f"{args.bin} is missing: build it (cargo build -p gatehouse) or set GATEHOUSE_BIN")
            sign_in_by_username(gen, args.bin, workdir / "username-server")
            register_by_email(gen, args.bin, workdir / "email-server")
        print("OK: the generated Python client works" + (" (generation only)" if args.generate_only else ""))
        return 0
    except Failure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
