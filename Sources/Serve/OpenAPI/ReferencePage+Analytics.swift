extension ReferencePage {
    /// How the analytics and AI endpoints behave beyond their table rows.
    static let analyticsNotes = """

        ## Charts, analyses, workflows and the model

        - `POST /api/v1/analytics/chart` answers `query` over one data source (`data_source`: its id,
          else the newest source of that name in your organization) with the offline NL engine. Every
          number is computed by SQL with bound values. A question the engine cannot map with
          confidence answers `422 VALIDATION_ERROR` with the engine's message (what it did not
          understand, the columns you can ask about) in `details.query`. `chart_type` is `auto` or a
          chart type that overrides the engine's choice. `options` is kept as sent; its chart options
          (`theme`, `legend`, `stacked`, `normalized`, `horizontal`, `colors`, `width`, `height`,
          `numberFormat`, … as in `chart_data.options`) are applied. `insights` are the texts;
          `insight_details` adds each one's `kind`, the named `values` behind it and `confidence`.
          Each chart counts in its user's `charts_created`.
        - `chart_url` is `/charts/{chart_id}` on this server, absolute under `AISER_PUBLIC_URL`
          when that is set: a self-contained HTML page (no
          JavaScript). It answers members of the chart's organization (bearer token, API key, or
          the session cookie of the `/login` page), whoever holds a valid embed token of the chart
          (`/charts/{chart_id}?token=…`, checked as on `/embed`; see Live embeds) and, only while
          the chart's `settings.public` is `true` (set on create or with `PUT`, off by default),
          anyone with the link; turning it off revokes the link. Without credentials the answer is a 401 page linking to
          `/login?next=…`, whether or not the id exists; a member of another organization gets the
          404 page of an unknown id. Deleting the chart removes the page. `PUT` changes `title`,
          `options` and `settings` and the page re-renders with them. Users may change and delete
          only their own charts, administrators any chart of the organization.
        - `GET /login` is a small sign-in form for people opening these pages in a browser: it
          posts to itself, sets the `HttpOnly`, `SameSite=Lax` cookie `aiser_session` (`Secure`
          with `AISER_ENV=production`) for as long as a refresh token lives, and redirects to
          `next` (a path on this server only). Only the pages read that cookie, never `/api/v1`.
          `POST /logout` revokes the session. Both forms carry the token of the `SameSite=Strict`
          cookie `aiser_csrf`, and a form from another origin is refused with a 403 page.
        - `POST /api/v1/ai/intelligent-analysis` analyses one numeric column: `analysis_type`
          `drivers` runs the key-driver analysis (`results.primary_drivers`, insights,
          recommendations); `trend` (linear fit with slope and p-value), `forecast` (automatic
          ARIMA, 12 periods, 95 % interval) and `anomalies` (IQR rule) run over the table's date
          column with gaps filled (`results.output`, insights); `comparison` compares the column
          across the groups of the text column the question names (else the one with the largest
          effect): each group's count, mean, median and share, with the one-way ANOVA F test and
          η² (`results.output`, insights, recommendations). `auto` picks the type from the
          question's words (forecast, predict, next → `forecast`; unusual, outlier → `anomalies`;
          compare, versus, differ → `comparison`; trend, growth, over time → `trend`; else
          `drivers`). The column is `target`, else the measure the NL engine reads from `query`, else the one
          numeric column whose name appears in it. `options.confidence_threshold` keeps drivers at
          least that confident.
        - `POST /api/v1/ai/workflow` runs the workflow document of `aiser workflow` over the source
          named by a step's `data_source` parameter (or a top-level `data_source`). An invalid step
          answers `422` with the step and field as the `details` key, e.g.
          `steps[1].parameters.window_size`. `options.parallel_execution` runs adjacent
          report-only steps concurrently (`parallel_groups` lists them); with
          `options.save_intermediate_results: false` only the final `result` is kept.
        - `GET /api/v1/ai/models` lists the built-in offline engine, cost 0. Its `accuracy` is the
          share of exactly-correct answers on the locked split of the development set
          (`Tests/EngineTests/Fixtures/ask/`), a constant that `DevelopmentSetTests` checks against
          the current run; `response_time` is the mean seconds of the questions this server has
          answered since it started (`null` before the first).

        """
}
