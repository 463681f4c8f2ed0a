extension ReferencePage {
    /// How live embeds behave beyond their table rows.
    static let embedNotes = """

        ## Live embeds

        An organization administrator first says which sites may frame its content, then mints a
        token for one chart or dashboard:

        ```sh
        curl -s -X PUT http://127.0.0.1:8000/api/v1/organizations/$ORG -H "X-API-Key: $KEY" \\
          -H 'Content-Type: application/json' \\
          -d '{"settings": {"embed": {"allowed_origins": ["https://blog.example.com"]}}}'
        curl -s -X POST http://127.0.0.1:8000/api/v1/embed/tokens -H "X-API-Key: $KEY" \\
          -H 'Content-Type: application/json' \\
          -d '{"resource_type": "chart", "resource_id": "chart_…", "expires_in": 86400}'
        ```

        and pastes the answer's `iframe_html`, or its `url` with the embedding script:

        ```html
        <script src="https://aiser.example.com/embed.js" async></script>
        <div data-aiser-embed="https://aiser.example.com/embed/chart/chart_…?token=…"></div>
        ```

        - `allowed_origins`: at most \(EmbedOrigins.maximum) origins, each `scheme://host[:port]` exactly (no
          path, query or wildcard; `https` in production). Each bad entry answers `422` naming it, e.g.
          `settings.embed.allowed_origins[1]`. None by default: the embed pages then send
          `frame-ancestors 'self'` and no other site can frame them.
        - Tokens are minted by organization administrators and by the chart's or dashboard's owner,
          for a resource of their organization (others: 404). `expires_in` is 60 seconds up to
          `AISER_EMBED_MAX_SECONDS` (the default and the most); `theme` (`light`, `dark`, `auto`) and
          `params` are locked into the token.
        - `params` are locked filter values, as a signed embed locks parameters in Metabase: up to
          \(EmbedTokenRequest.maximumParams) `column: value` pairs, and every chart the token shows is
          asked again with `column = value` in place of any condition its question puts on that
          column. A token minted with `{"region": "North"}` shows North's numbers only — on the
          embed page, in its live updates and on its `/charts/{id}` or `/dashboards/{id}` page —
          and nothing in the embedding URL can change or remove it. Each name must be a column of
          the data source of the chart (for a dashboard, of each of its charts) and each value fit
          the column's type (integers and decimals as numbers, booleans `true`/`false`/`1`/`0`,
          dates as `YYYY-MM-DD`, text as stored); otherwise minting answers `422` naming it, e.g.
          `details["params.colour"]`. Should a replacement later drop the column, the chart shows
          a message instead of unfiltered numbers.
        - The token also opens the ordinary pages of its resource: `/charts/{id}?token=…` and
          `/dashboards/{id}?token=…` check it as `/embed` does and show its `params`' view. A
          present token decides alone: a bad one answers the 401 page even to a member.
        - An embed token is a JWT (HS256) signed with a key derived from `AISER_SECRET` and
          `AISER_EMBED_KEY_LABEL`, never the login key: it is refused on `/api/v1`, and a login token is
          refused on `/embed`. It names the resource type, id and organization; a token for another
          resource, or whose organization no longer owns it, answers a plain 404 page; a forged,
          expired or revoked one a plain 401 page. Neither says why.
        - `POST /api/v1/embed/revoke` bumps the resource's embed generation: every token minted
          before is refused and its open live streams close. Changing `AISER_EMBED_KEY_LABEL` refuses
          every token of every resource.
        - The page (`/embed/chart/{id}`, `/embed/dashboard/{id}`) has the drawing inline as SVG (the
          renderer and stylesheet of `aiser build`), sets no cookie, sends `Referrer-Policy:
          no-referrer` and a `Content-Security-Policy` allowing only its own inline script and
          `frame-ancestors 'self'` plus the allowed origins. Its script opens
          `/embed/{type}/{id}/events?token=…` and reports its height to `embed.js` by `postMessage`.
        - Live updates are Server-Sent Events: a `render` event carries the new drawing (its `id` is
          the drawing's version; a reconnect with `Last-Event-ID` gets only what changed) whenever the
          chart is updated, its source's file is replaced or the dashboard changes; a dashboard with
          `settings.auto_refresh` is re-queried every `refresh_interval` seconds. A heartbeat comment
          comes every `AISER_EMBED_HEARTBEAT_SECONDS`; a `close` event ends the stream when the token
          expires (within a heartbeat) or is revoked, or the resource is deleted. At most
          `AISER_EMBED_STREAMS_PER_TOKEN` streams per token and `AISER_EMBED_STREAMS_PER_ORGANIZATION`
          per organization (more: 429). An update is drawn once per scope (resource, theme and
          `params`) and the same bytes are written to every stream of it, so 100 open views of a
          chart cost one query and one drawing per change. A reader more than
          `AISER_EMBED_STREAM_BUFFER` updates behind, or whose socket takes no write for
          `AISER_EMBED_WRITE_SECONDS`, is dropped and reconnects. `aiser_embed_streams_open` in `/metrics` counts the open streams.

        """
}
