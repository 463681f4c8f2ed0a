extension ReferencePage {
    /// How the export endpoints behave beyond their table rows.
    static let exportNotes = """
        ## Export

        ```sh
        curl -s -H "X-API-Key: $KEY" -OJ \\
          'http://127.0.0.1:8000/api/v1/export/chart/chart_…?format=png&width=1200&height=600&scale=2'
        curl -s -H "X-API-Key: $KEY" -OJ \\
          'http://127.0.0.1:8000/api/v1/export/dashboard/dashboard_…?format=pdf&page_size=letter&orientation=landscape'
        ```

        - Every export is computed from the source's current data: the chart's stored question is
          asked again and its stored type, title and options applied. A chart whose source was
          deleted answers `404`; one whose question the current data no longer answers, `422` with
          the engine's message in `details.query` (in a dashboard export, that message fills the
          chart's cell).
        - A chart: `format` `png` (the default; the SVG drawn by librsvg, `scale` 1, 2, 3 or 4 multiplies
          its pixels for HiDPI screens), `pdf` (one vector page the size of the chart), `svg`,
          `csv` (the query's rows; text that a spreadsheet would run as a formula is prefixed
          with `'`), `json` (`{"rows": [...], "chart_data": {...}}`) or `html` (a self-contained
          page, no script and no external reference). `width` and `height` are pixels from
          \(ExportLimits().minimumSize) to \(ExportLimits().maximumSize) (default the chart's own; `AISER_EXPORT_MIN_SIZE`,
          `AISER_EXPORT_MAX_SIZE`); a PNG has at most \(ExportLimits().maximumPixels) pixels (width × height × scale²,
          `AISER_EXPORT_MAX_PIXELS`); `theme` is `light` or `dark`.
        - A dashboard: `format` `pdf` (the default) or `html`. The PDF is vector and paginated
          like `aiser build --pdf`: the title, then the cells in reading order, each chart at its
          grid proportions and never split across pages; every footer holds the dashboard's name
          and the page number. `page_size` is `a4` (default), `letter` or `legal`,
          `orientation` `portrait` (default) or `landscape`; `include_charts=false` lists the
          charts' titles instead of drawing them. The HTML is the dashboard page as one file.
        - Any other value, or a size out of bounds, answers `422` naming the parameter.
        - The answer carries its `Content-Type`, `Content-Disposition: attachment` with a file
          name made from the title (ASCII letters and digits, other runs of characters one `-`,
          e.g. `Revenue-by-region.png`), and an `ETag`; a request with a matching `If-None-Match`
          answers `304 Not Modified` without a body.
        - Chart exports are cached in memory, keyed by the chart's version (every change bumps it),
          the data version of its source's file, the format and the options, so a repeated export
          of an unchanged chart is not drawn again, and a chart update or a data replacement is
          never answered from an older drawing. The `ETag` is a digest of that key, so a matching
          `If-None-Match` answers `304` before anything is computed. `AISER_EXPORT_CACHE_ENTRIES`
          and `AISER_EXPORT_CACHE_MB` bound it; `aiser_export_cache_total{result="hit"|"miss"}` on
          `/metrics` counts its answers. A dashboard export is drawn each time; its `ETag` is a
          digest of its bytes.

        ## Replacing a data source's data

        `PUT /api/v1/data/sources/{data_source_id}/file` takes a multipart `file` like the upload
        (same formats, size limit and all-or-nothing rule: a file that does not load leaves the
        source as it was) and keeps the source's id. The new data is built beside the old and
        renamed into place, then every chart of the source is asked again and stored with the new
        numbers, so charts, dashboards, their pages and exports show the new data. A chart whose
        question the new columns no longer answer keeps its last drawing, and its export answers
        `422` saying so. Users may replace only their own sources, administrators any of the
        organization.

        """
}
