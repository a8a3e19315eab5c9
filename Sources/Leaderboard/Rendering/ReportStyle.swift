/// The report's stylesheet, written to `style.css`. Plain CSS; the pages need no script.
enum ReportStyle {
    static let css = """
        :root { --fg: #1d2330; --muted: #5c6577; --line: #d9dde5; --bg: #ffffff; --alt: #f5f7fa;
                --ok: #1f7a3d; --bad: #b42318; --warn: #a15c00; --bar: #4c6ef5; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
               background: var(--bg); margin: 0 auto; max-width: 1200px; padding: 24px 32px 64px; }
        h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 8px; }
        h3 { font-size: 15px; margin: 20px 0 6px; }
        nav { margin-bottom: 16px; font-size: 13px; } nav a { margin-right: 12px; }
        a { color: #2f4fd8; text-decoration: none; } a:hover { text-decoration: underline; }
        p.meta { color: var(--muted); margin: 0 0 16px; } .meta { color: var(--muted); }
        .nowrap { white-space: nowrap; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; }
        th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
        th { background: var(--alt); font-weight: 600; white-space: nowrap; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr:nth-child(even) td { background: #fbfcfd; }
        code, pre { font: 12px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
        code { background: var(--alt); padding: 1px 4px; border-radius: 3px; overflow-wrap: anywhere; }
        pre { background: var(--alt); border: 1px solid var(--line); padding: 8px 10px; overflow: auto; max-height: 480px;
              white-space: pre-wrap; overflow-wrap: anywhere; margin: 6px 0; }
        dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0 16px; }
        dl.fields dt { color: var(--muted); } dl.fields dd { margin: 0; overflow-wrap: anywhere; }
        .status { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12px; font-weight: 600;
                  background: #eef0f4; color: var(--muted); white-space: nowrap; }
        .status.success, .pass { color: var(--ok); } .status.success { background: #e3f4e8; }
        .status.failure, .fail { color: var(--bad); } .status.failure { background: #fde8e6; }
        .status.step_limit, .status.timeout, .status.agent_error, .status.protocol_error, .status.sandbox_error
            { color: var(--warn); background: #fff2dc; }
        .step { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 10px 0; }
        .step h3 { margin: 0 0 4px; font-size: 14px; } .step p { margin: 4px 0; } .step .lat { color: var(--muted); font-weight: normal; }
        .step .error { color: var(--bad); } .step .thought { color: var(--muted); font-style: italic; }
        details summary { cursor: pointer; color: var(--muted); }
        svg.chart { display: block; margin: 8px 0 16px; }
        svg.chart .grid { stroke: var(--line); stroke-width: 1; }
        svg.chart .tick { fill: var(--muted); font-size: 11px; }
        svg.chart .label { fill: var(--fg); font-size: 13px; }
        svg.chart .value { fill: var(--fg); font-size: 12px; }
        svg.chart .bar { fill: var(--bar); opacity: 0.8; }
        svg.chart .whisker { stroke: var(--fg); stroke-width: 1.5; }
        svg.learning .third { fill: var(--alt); }
        svg.learning .running { fill: none; stroke: var(--bar); stroke-width: 2; }
        svg.learning .window { fill: none; stroke: var(--muted); stroke-width: 1.5; stroke-dasharray: 4 3; }
        svg.learning .hit { fill: var(--ok); } svg.learning .miss { fill: none; stroke: var(--bad); stroke-width: 1; }
        .empty { color: var(--muted); font-style: italic; }
        .goal { font-size: 15px; border-left: 4px solid var(--bar); background: var(--alt); padding: 8px 12px; margin: 8px 0 16px;
                white-space: pre-wrap; }
        table.checks pre { margin: 0; max-height: 240px; background: none; border: 0; padding: 0; }
        table.checks td.expect { width: 34%; } table.checks td.actual { width: 24%; }
        h2.subset { color: var(--warn); } tr.earlier td { color: var(--muted); }
        """
}
