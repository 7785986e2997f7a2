namespace DtiRules.Data.Reports.Html;

/// <summary>
/// The report's inline style and script: nothing is loaded from elsewhere, so the file opens the
/// same offline, from a mail attachment or a USB stick.
/// </summary>
internal static class ReportAssets
{
    /// <summary>
    /// The style. The font stack lists fonts with full Vietnamese coverage (stacked diacritics such as
    /// ễ, ặ, ở) on Windows, macOS, Android and Linux before the generic family.
    /// </summary>
    public const string Style = """
        :root { --ink: #1d2733; --muted: #5b6876; --line: #d5dbe1; --band: #f3f5f7; --accent: #1f6fb2; --up: #1b8a4b; --down: #c0392b; --even: #8a96a3; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.45 "Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
        header, main, footer { max-width: 1280px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 24px; border-bottom: 1px solid var(--line); }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 21px; margin: 32px 0 8px; padding-top: 8px; border-top: 3px solid var(--accent); }
        h3 { font-size: 17px; margin: 20px 0 6px; }
        .meta, .coverage, .hint { color: var(--muted); margin: 4px 0; }
        .notes { margin: 8px 0; padding: 8px 12px 8px 28px; background: #fff8e1; border-left: 4px solid #f0b400; }
        nav { margin: 12px 0 16px; }
        nav a { margin-right: 16px; color: var(--accent); text-decoration: none; font-weight: 600; }
        table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
        th, td { padding: 4px 10px; border-bottom: 1px solid var(--line); text-align: right; white-space: nowrap; }
        th { background: var(--band); position: sticky; top: 0; font-weight: 600; }
        th.text, td.text { text-align: left; }
        td.wrap { white-space: normal; min-width: 320px; }
        .unit-notes dt { font-weight: bold; } .unit-notes dd { white-space: pre-wrap; margin: 0 0 6px 16px; }
        tbody tr:hover { background: #eef5fb; }
        table.sortable th { cursor: pointer; user-select: none; }
        table.sortable th::after { content: " \2195"; color: var(--even); font-size: 12px; }
        table.sortable th[aria-sort="ascending"]::after { content: " \2191"; color: var(--accent); }
        table.sortable th[aria-sort="descending"]::after { content: " \2193"; color: var(--accent); }
        th .label { display: block; font-weight: 400; font-size: 12px; color: var(--muted); }
        .chart { overflow-x: auto; border: 1px solid var(--line); padding: 8px 0; }
        .scroll { overflow-x: auto; max-height: 720px; overflow-y: auto; border: 1px solid var(--line); }
        a { color: var(--accent); }
        details.unit { border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; padding: 4px 12px; }
        details.unit > summary { cursor: pointer; font-weight: 600; padding: 4px 0; }
        details.unit[open] > summary { border-bottom: 1px solid var(--line); margin-bottom: 8px; }
        .profile { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
        .tree { flex: 1 1 560px; min-width: 480px; }
        .tree details { margin-left: 18px; }
        .tree > details { margin-left: 0; }
        .tree summary { cursor: pointer; padding: 1px 0; }
        .tree details.leaf > summary { list-style: none; }
        .tree details.leaf > summary::-webkit-details-marker { display: none; }
        .tree details.leaf > summary::before { content: "\2022  "; color: var(--even); }
        .node-id { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; color: var(--muted); }
        .pts { font-variant-numeric: tabular-nums; margin-left: 6px; }
        .left { color: var(--down); margin-left: 6px; font-size: 13px; }
        .full { color: var(--up); margin-left: 6px; font-size: 13px; }
        .flag { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 8px; background: #fdecea; color: var(--down); font-size: 12px; }
        .prov { margin: 2px 0 4px 18px; color: var(--muted); font-size: 13px; }
        svg text { font-family: inherit; fill: var(--ink); }
        svg .muted { fill: var(--muted); }
        .bar { fill: var(--accent); }
        .track { fill: var(--band); }
        .median { stroke: #f0b400; stroke-width: 3; }
        .best { stroke: var(--up); stroke-width: 3; }
        .waterfall .up rect { fill: var(--up); }
        .waterfall .down rect { fill: var(--down); }
        .waterfall .even rect { fill: var(--even); }
        .waterfall .missing rect { fill-opacity: 0.45; stroke: var(--even); stroke-dasharray: 3 2; }
        .slope line { stroke-width: 1.4; }
        .slope .up line { stroke: var(--up); }
        .slope .down line { stroke: var(--down); }
        .slope .even line { stroke: var(--even); }
        .slope g.unit:hover line { stroke-width: 4; }
        .slope g.unit:hover text { font-weight: 700; }
        .slope circle { fill: #fff; stroke: var(--ink); stroke-width: 1; }
        .legend span { display: inline-block; margin-right: 16px; }
        .swatch { display: inline-block; width: 14px; height: 4px; margin-right: 4px; vertical-align: middle; }
        .change-up { color: var(--up); }
        .change-down { color: var(--down); }
        footer { color: var(--muted); font-size: 13px; padding: 24px; border-top: 1px solid var(--line); margin-top: 32px; }
        @media print { details.unit { break-inside: avoid; } .scroll { max-height: none; overflow: visible; } }
        """;

    /// <summary>
    /// The script: sorts a table by the clicked header (numbers as numbers, empty cells last, text by
    /// Vietnamese collation), and marks the page ready so a headless browser can tell the script ran.
    /// </summary>
    public const string Script = """
        (function () {
          "use strict";
          var root = document.documentElement;
          window.addEventListener("error", function (event) { root.setAttribute("data-report-error", String(event.message)); });
          var collator = new Intl.Collator("vi");
          function key(cell, numeric) {
            var text = cell.getAttribute("data-sort") || cell.textContent.trim();
            if (!numeric) { return text; }
            return text === "" ? null : parseFloat(text.replace("+", ""));
          }
          function sortBy(table, th, column) {
            var numeric = th.getAttribute("data-type") === "number";
            var ascending = th.getAttribute("aria-sort") !== "ascending";
            table.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = key(a.cells[column], numeric), y = key(b.cells[column], numeric);
              if (x === null || y === null) { return x === y ? 0 : (x === null ? 1 : -1); }
              var order = numeric ? x - y : collator.compare(x, y);
              return ascending ? order : -order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
          }
          document.querySelectorAll("table.sortable").forEach(function (table) {
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
              th.setAttribute("tabindex", "0");
              th.addEventListener("click", function () { sortBy(table, th, column); });
              th.addEventListener("keydown", function (event) { if (event.key === "Enter") { sortBy(table, th, column); } });
            });
          });
          if (location.hash.indexOf("#unit-") === 0) {
            var target = document.getElementById(location.hash.slice(1));
            if (target) { target.open = true; }
          }
          document.querySelectorAll("a[href^='#unit-']").forEach(function (link) {
            link.addEventListener("click", function () {
              var target = document.getElementById(link.getAttribute("href").slice(1));
              if (target) { target.open = true; }
            });
          });
          root.setAttribute("data-report-ready", "yes");
        })();
        """;
}
