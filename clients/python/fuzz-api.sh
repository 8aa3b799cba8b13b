#!/usr/bin/env bash
# Schemathesis against a real server, from the published /api/openapi.json: no 5xx, nothing
# valid per the schema refused, nothing invalid taken, 405 + Allow for undeclared methods.
# Usage: fuzz-api.sh GATEHOUSE_BIN SCHEMATHESIS [extra schemathesis flags]
set -euo pipefail
bin=$1 st=$2
shift 2
dir=$(mktemp -d)
trap '[ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
GATEHOUSE__SECRETS__KEK=$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())')
export GATEHOUSE__SECRETS__KEK
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat >"$dir/gatehouse.toml" <<TOML
public_url = "http://127.0.0.1:$port"
listen = "127.0.0.1:$port"
[endpoints]
api_docs = true
[database]
url = "sqlite://$dir/gatehouse.db?mode=rwc"
[email]
dir = "$dir/mail"
# The application whose token fuzzes the account API: first-party, public, never redirected to.
[[clients]]
client_id = "fuzz"
redirect_uris = ["http://127.0.0.1:9/callback"]
# The back office whose token fuzzes the administration API.
[[clients]]
client_id = "fuzz-admin"
client_secret = "fuzz-admin-secret-0123456789"
redirect_uris = []
grant_types = ["client_credentials"]
admin = true
TOML
"$bin" --config "$dir/gatehouse.toml" migrate >/dev/null
"$bin" --config "$dir/gatehouse.toml" serve >"$dir/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
# A signed-in user's token, so that the account API is fuzzed past authentication.
password="Sturdy passphrase 2026!"
printf '%s' "$password" | GATEHOUSE__LOG__LEVEL=error "$bin" --config "$dir/gatehouse.toml" user create --username fuzz \
    --email fuzz@example.com --password-stdin >/dev/null
token=$("$(dirname "$st")/python" "$(dirname "$0")/account_token.py" "http://127.0.0.1:$port" fuzz \
    http://127.0.0.1:9/callback fuzz "$password")
"$st" run "http://127.0.0.1:$port/api/openapi.json" --checks all --max-examples 60 \
    --exclude-path-regex '^/api/admin/' -H "Authorization: Bearer $token" "$@"
# The administration API with an admin client's token, so that it is fuzzed past authentication.
admin_token=$(curl -fs -u fuzz-admin:fuzz-admin-secret-0123456789 -d grant_type=client_credentials \
    "http://127.0.0.1:$port/oidc/token" | "$(dirname "$st")/python" -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')
"$st" --config-file "$(dirname "$0")/schemathesis-admin.toml" \
    run "http://127.0.0.1:$port/api/openapi.json" --checks all --max-examples 60 \
    --include-path-regex '^/api/admin/' -H "Authorization: Bearer $admin_token" "$@"
