extension ReferencePage {
    /// How the dashboard endpoints and the dashboard page behave beyond their table rows.
    static let dashboardNotes = """
        ## Dashboards

        A dashboard places charts of your organization on a 12-column grid:

        ```sh
        curl -s -X POST http://127.0.0.1:8000/api/v1/dashboards -H "X-API-Key: $KEY" \\
          -H 'Content-Type: application/json' -d '{
            "name": "Sales",
            "layout": [
              {"chart_id": "chart_…", "position": {"x": 0, "y": 0, "w": 6, "h": 4}},
              {"chart_id": "chart_…", "position": {"x": 6, "y": 0, "w": 6, "h": 4}}
            ],
            "settings": {"theme": "auto"}
          }'
        ```

        - `layout` holds at most \(DashboardValidation.maximumItems) items, each a `chart_id` and a `position` in grid
          units: whole numbers, `0 ≤ x ≤ 11`, `1 ≤ w`, `x + w ≤ 12`, `1 ≤ h ≤ \(DashboardValidation.maximumHeight)`,
          `0 ≤ y ≤ \(DashboardValidation.maximumRow)`; no two items may share a cell (touching edges is fine), and
          every `chart_id` must be a chart of your organization. Each fault answers
          `422 VALIDATION_ERROR` with one `details` entry naming the item and field, e.g.
          `layout[1].position.w` or `layout[0].chart_id`.
        - `settings`: `auto_refresh` (default `false`), `refresh_interval` in seconds
          (\(DashboardValidation.refreshIntervals.lowerBound)–\(DashboardValidation.refreshIntervals.upperBound), default 300), `theme` (`light`, `dark` or `auto`, default
          `light`) and `public` (default `false`). `PUT` changes only the fields given; within
          `settings`, only the keys given.
        - `GET /api/v1/dashboards/{dashboard_id}` gives each layout item its chart's `title` and
          `chart_data`. When a chart was deleted, its item stays where it was with
          `status: "chart_deleted"` and a `message`, and the page shows the message in its cell.
        - `GET /api/v1/dashboards` pages through the organization's dashboards (`search` in the
          name, `sort_by` `created_at`, `updated_at` or `name`).
        - `dashboard_url` is `/dashboards/{dashboard_id}`, absolute under `AISER_PUBLIC_URL` when
          set: the grid drawn with the page template and stylesheet of `aiser build` (dark mode and
          print rules included, no JavaScript). It answers members of the dashboard's
          organization (bearer token, API key or the `/login` session cookie), whoever holds a
          valid embed token of the dashboard (`?token=…`; see Live embeds) and, only while
          `settings.public` is `true`, anyone with the link; turning `public` off revokes the
          link. Without credentials it answers a 401 page linking to `/login`; a member of another
          organization, the 404 page of an unknown id. Users may change and delete only their own dashboards,
          administrators any of the organization.

        """
}
