/// The Markdown reference page `site/pages/reference/server.md`, generated from the same tables the
/// code uses: settings, permission matrix, rate limits, error codes and routes.
import HTTPTypes

enum ReferencePage {
    static func markdown(routes: [Route]) -> String {
        var out = """
            ---
            title: Server (aiser serve)
            ---

            # `aiser serve`

            The REST API of Aiser: upload data, manage users, organizations and API keys, and authenticate
            with JWT access tokens or API keys. Everything lives in one data directory: a SQLite metadata
            database (`aiser.sqlite`, WAL mode, numbered migrations), one SQLite file per data source under
            `sources/`, and in development the generated signing secret `secret.key` (mode 0600).

            The multipart body of an upload is parsed as it arrives and its file written once to a
            staging file (a body that ends before its closing boundary, or a part header that is not
            plain ASCII, answers 422); the file is then loaded into SQLite with the CLI's loader. An
            upload answers as soon as its data is committed; the source can be asked about at once.
            Its NL artefacts (the vocabulary of its table and, from 200,000 rows, a month-grain rollup)
            are then built in the background — a CSV or TSV scanned by the columnar engine, which
            with `AISER_UPLOAD_PRELOAD=true` starts loading the file while it is ingested — and kept
            beside the data as `sources/<id>.artefacts.sqlite`, stamped with the data version they
            were built from: a restart reuses them, and new data (a replacement) rebuilds them. The
            profile (`…/schema`) is computed after them; the schema endpoint waits for it. These
            background jobs run one at a time on a thread of their own, outside the heavy-work
            workers and queue below, so they never take a request's place. A question asked while
            its source's artefacts are pending waits for them for at most half its time limit, then
            is answered without them — the same answer, computed from the table.

            This page is generated from the server's own tables (`ReferencePage.swift`); a test fails when it
            drifts.

            ## Start the server and make a first authenticated call

            \(walkthrough)

            ## Settings

            Each setting is an environment variable; the first three are also flags of `aiser serve`.

            | Variable | Flag | Default | Meaning |
            |----------|------|---------|---------|

            """
        for s in Setting.all {
            out +=
                "| `\(s.environmentKey)` | \(s.flag.map { "`\($0)`" } ?? "") | `\(s.defaultValue)` | \(s.summary) |\n"
        }
        out += """

            Blocking work never runs on Swift's cooperative threads, which serve every request: metadata
            writes, lists, counts and searches and password hashing run on a pool of \(MetadataStore.threads) threads,
            uploads, questions and analyses on a pool of one thread per core (at least 2). Work beyond that
            waits in the pool's queue. Keyed lookups of the metadata database (a credential, a user, a chart
            by id), which never wait for a lock in WAL mode, run on the request's thread.

            ## Roles and permissions

            Every user belongs to one organization with the role `admin`, `user` or `viewer`. A platform
            administrator (created by `AISER_ADMIN_EMAIL` or `aiser user create --admin`) holds every
            permission and manages all organizations. Objects of other organizations answer 404 exactly like
            ids that do not exist. An API key acts as its creator, narrowed to the key's `role` when given.
            Each endpoint's access (the Access column below) is checked before anything else, so a caller
            lacking the permission gets 403 whatever the id; the refresh endpoint refuses access tokens and
            API keys.

            | Permission | viewer | user | admin | platform admin |
            |------------|--------|------|-------|----------------|

            """
        for p in Permission.allCases {
            let cells = Role.allCases.map { p.isGranted(to: $0, platformAdmin: false) ? "yes" : "–" }
            out += "| \(p.rawValue) | \(cells.joined(separator: " | ")) | yes |\n"
        }
        out += """

            ## Rate limits

            Counted per API key or user, and per client address for unauthenticated calls
            (`X-Forwarded-For` is only believed from `AISER_TRUSTED_PROXIES`). Every `/api/v1` response
            carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset`; a refused call gets
            429 with `retry_after` in the body and a `Retry-After` header. `/healthz` and `/readyz` are not
            limited.

            Heavy work (an upload's ingest, a question, an analysis, a workflow) runs on at most
            `AISER_HEAVY_WORKERS` workers, `AISER_HEAVY_PER_ORGANIZATION` per organization; a freed
            worker goes to the waiting organization that runs the fewest. Beyond that it waits in a queue
            of `AISER_HEAVY_QUEUE` (`AISER_HEAVY_QUEUE_PER_ORGANIZATION` per organization). A full queue,
            or a question, analysis or workflow past `AISER_HEAVY_TIME_LIMIT` seconds (waiting
            included), is answered 503 `SERVICE_UNAVAILABLE` with `retry_after` and a `Retry-After`
            header. Everything else, `/healthz` included, never waits behind heavy work.

            | Category | Requests per window (default \(RateLimits().windowSeconds) s) | Variable |
            |----------|-------------------------------------|----------|

            """
        for c in RateCategory.allCases {
            out += "| \(c.title) | \(c.defaultLimit) | `AISER_RATE_LIMIT_\(c.rawValue.uppercased())` |\n"
        }
        out += """

            ## Errors

            Every error answers `{"success": false, "error": {"code", "message", "details", "timestamp", "request_id"}}`.

            | Code | HTTP status | Meaning |
            |------|-------------|---------|

            """
        for e in ErrorCode.allCases {
            out += "| `\(e.rawValue)` | \(e.status.code) | \(e.summary) |\n"
        }
        out += """

            ## Endpoints

            The full contract is the OpenAPI 3.1 document at `GET /api/v1/openapi.json`.

            | Method | Path | Access | Rate category | Summary |
            |--------|------|--------|---------------|---------|

            """
        for r in routes {
            let access: String
            switch r.access {
            case .public_: access = "public"
            case .refreshToken: access = "refresh token"
            case .page: access = "members, embed token or public sharing"
            case .embedToken: access = "embed token"
            case .authenticated(let p): access = p.rawValue
            }
            out += "| \(r.method.rawValue) | `\(r.path)` | \(access) | \(r.category?.title ?? "–") | \(r.summary) |\n"
        }
        return out + analyticsNotes + dashboardNotes + exportNotes + embedNotes
    }

    static let walkthrough = """
        ```sh
        # 1. Start the server; the first start creates the platform administrator.
        export AISER_ADMIN_EMAIL=admin@example.com AISER_ADMIN_PASSWORD='a long admin password'
        aiser serve --port 8000 --data-dir ./aiser-data &

        # 2. Log in: the answer holds an access token (1 hour) and a refresh token.
        TOKEN=$(curl -s -X POST http://127.0.0.1:8000/api/v1/auth/login \\
          -H 'Content-Type: application/json' \\
          -d '{"email": "admin@example.com", "password": "a long admin password"}' \\
          | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["access_token"])')

        # 3. Call the API with it.
        curl -s http://127.0.0.1:8000/api/v1/users -H "Authorization: Bearer $TOKEN"

        # 4. For scripts and SDKs, create an API key (the secret is shown once) and use it instead.
        curl -s -X POST http://127.0.0.1:8000/api/v1/api-keys -H "Authorization: Bearer $TOKEN" \\
          -H 'Content-Type: application/json' -d '{"name": "my script"}'
        curl -s http://127.0.0.1:8000/api/v1/users -H "X-API-Key: aiser_sk_…"
        ```

        In production set `AISER_ENV=production` and a random `AISER_SECRET` of at least 32 bytes
        (for example `openssl rand -hex 32`); the server refuses to start otherwise. Users can also be
        created offline with `aiser user create --email … --password … [--admin] [--organization …]`.
        """
}
