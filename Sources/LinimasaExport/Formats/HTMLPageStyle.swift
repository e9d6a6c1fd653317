// The HTML page's stylesheet: a vertical date axis with event cards beside it.

/// The inline CSS of `HTMLExport`'s page.
///
/// Local system fonts only: the page loads nothing.
enum HTMLPageStyle {
  static let css = """
    :root {
      --ink: #1d2433; --muted: #5b6476; --faint: #8a93a5; --line: #d9dee7; --paper: #f5f6f8;
      --card: #ffffff; --accent: #2f5bd3; --accent-soft: #e8eefc; --axis: #c5ccd8;
      --amber: #8a5a00; --amber-soft: #fdf3dc; --teal: #0f6b66; --teal-soft: #e1f4f2;
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; background: var(--paper); color: var(--ink);
      font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
    }
    .top {
      position: sticky; top: 0; z-index: 5; background: rgba(255, 255, 255, 0.96); border-bottom: 1px solid var(--line);
    }
    .top-inner {
      max-width: 1120px; margin: 0 auto; padding: 14px 24px; display: flex; flex-wrap: wrap;
      align-items: center; justify-content: space-between; gap: 12px 24px;
    }
    .brand h1 { margin: 0; font-size: 21px; letter-spacing: -0.01em; }
    .stats { margin: 2px 0 0; color: var(--muted); font-size: 13px; }
    .controls { display: flex; flex-wrap: wrap; align-items: center; gap: 10px 14px; }
    .lang-switch { display: inline-flex; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
    .lang-switch button {
      border: 0; background: #fff; color: var(--muted); font: 600 12px/1 inherit; letter-spacing: 0.06em;
      padding: 8px 12px; cursor: pointer;
    }
    .lang-switch button + button { border-left: 1px solid var(--line); }
    .lang-switch button[aria-pressed="true"] { background: var(--accent); color: #fff; }
    .filter { display: inline-flex; align-items: center; gap: 6px; font-size: 13px; color: var(--muted); }
    .filter input {
      font: inherit; color: var(--ink); background: #fff; border: 1px solid var(--line); border-radius: 8px;
      padding: 5px 8px; max-width: 160px;
    }
    .filter select {
      font: inherit; color: var(--ink); background: #fff; border: 1px solid var(--line); border-radius: 8px;
      padding: 6px 8px; max-width: 220px;
    }
    .reset {
      font: inherit; font-size: 13px; background: none; border: 1px solid var(--line); border-radius: 8px;
      padding: 6px 10px; color: var(--muted); cursor: pointer;
    }
    .reset:hover, .lang-switch button:hover { filter: brightness(0.96); }
    .counter { margin: 0; font-size: 13px; color: var(--ink); font-weight: 600; min-width: 150px; }
    .timeline { position: relative; max-width: 1120px; margin: 0 auto; padding: 28px 24px 40px; }
    .timeline::before {
      content: ""; position: absolute; top: 28px; bottom: 40px; left: calc(24px + 196px); width: 2px;
      background: var(--axis);
    }
    .group { position: relative; display: grid; grid-template-columns: 196px 1fr; gap: 0 32px; margin-bottom: 26px; }
    .group[hidden] { display: none; }
    .group::before {
      content: ""; position: absolute; left: 196px; top: 8px; width: 14px; height: 14px; margin-left: -6px;
      border-radius: 50%; background: var(--paper); border: 3px solid var(--accent);
    }
    .group.coarse::before { border-color: var(--teal); border-radius: 3px; }
    .group.undated::before { border-color: var(--faint); }
    .when { text-align: right; padding: 2px 18px 0 0; position: sticky; top: 86px; align-self: start; }
    .when-main { font-weight: 700; font-size: 15px; line-height: 1.3; }
    .when-sub { color: var(--faint); font-size: 12px; margin-top: 2px; font-variant-numeric: tabular-nums; }
    .cards { display: flex; flex-direction: column; gap: 14px; padding-left: 4px; min-width: 0; }
    .event {
      background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 14px 18px 12px;
      box-shadow: 0 1px 2px rgba(16, 24, 40, 0.05);
    }
    .event[hidden] { display: none; }
    .event-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 8px; margin-bottom: 6px; }
    .badge {
      display: inline-block; font-size: 11px; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase;
      border-radius: 999px; padding: 3px 9px; background: var(--accent-soft); color: var(--accent);
    }
    .badge.resolution {
      text-transform: none; letter-spacing: 0; font-weight: 600; background: #eef0f4; color: var(--muted);
    }
    .badge.publication { background: var(--amber-soft); color: var(--amber); }
    .badge.anchored { background: var(--teal-soft); color: var(--teal); }
    .source-count { margin-left: auto; color: var(--faint); font-size: 12px; }
    .summary { margin: 2px 0 8px; font-size: 17px; line-height: 1.35; font-weight: 650; }
    .gist { margin: -4px 0 8px; color: #555; font-size: 14px; }
    .outside { max-width: 980px; margin: 0 auto; padding: 0 16px 24px; }
    .skipped { max-width: 980px; margin: 0 auto; padding: 0 16px 24px; overflow-wrap: anywhere; }
    .skipped code { font-size: 0.9em; }
    .section-title {
      margin: 12px 0 4px; font-size: 11px; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase;
      color: var(--faint);
    }
    .actors { display: flex; flex-wrap: wrap; gap: 6px; }
    .actor {
      display: inline-flex; align-items: baseline; gap: 6px; font-size: 13px; border: 1px solid var(--line);
      border-radius: 999px; padding: 2px 10px; background: #fafbfc;
    }
    .actor .role { color: var(--faint); font-size: 11px; }
    .legal { margin: 0; padding: 0; list-style: none; font-size: 13.5px; }
    .legal li { margin: 2px 0; }
    .legal code { font-size: 12px; background: #eef0f4; border-radius: 4px; padding: 1px 5px; margin-right: 6px; }
    .quote {
      margin: 6px 0; padding: 6px 12px; border-left: 3px solid var(--accent); background: #f8f9fc;
      border-radius: 0 8px 8px 0;
    }
    .quote.indirect { border-left: 3px dashed var(--axis); background: transparent; }
    .quote p { margin: 0; font-size: 14px; }
    .quote.direct p { font-style: italic; }
    .quote-kind {
      display: block; font-size: 10.5px; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase;
      color: var(--faint); margin-bottom: 1px;
    }
    .quote.direct .quote-kind { color: var(--accent); }
    .quote footer, .source-meta { margin-top: 3px; font-size: 12px; color: var(--muted); }
    .quote .speaker { font-weight: 600; color: var(--ink); }
    .sources { margin: 0; padding: 0; list-style: none; }
    .source { padding: 7px 0 6px; border-top: 1px solid #eef0f4; }
    .source:first-child { border-top: 0; padding-top: 2px; }
    .source-text { margin: 0; font-size: 14px; color: #2b3242; }
    .source-meta code, .event-id {
      font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 11.5px;
    }
    .source-meta .copy { color: var(--amber); }
    .nowrap, .source-meta code { white-space: nowrap; }
    .more-sources { margin-top: 4px; font-size: 13px; }
    .more-sources summary { cursor: pointer; color: var(--accent); font-weight: 600; }
    a { color: var(--accent); text-decoration: none; }
    a:hover { text-decoration: underline; }
    .event-id { display: inline-block; margin-top: 8px; color: var(--faint); overflow-wrap: anywhere; }
    .event.target { outline: 2px solid var(--accent); outline-offset: 2px; }
    .empty { text-align: center; color: var(--muted); padding: 40px 0; }
    .noscript { max-width: 720px; margin: 40px auto; padding: 0 24px; }
    .page-footer { max-width: 1120px; margin: 0 auto; padding: 0 24px 32px; color: var(--faint); font-size: 12px; }
    @media (max-width: 720px) {
      .timeline::before { left: 30px; }
      .group { grid-template-columns: 1fr; padding-left: 28px; }
      .group::before { left: 6px; }
      .when { position: static; text-align: left; padding: 0 0 6px; }
    }
    /* A phone: the header scrolls away with the page, every long word and label wraps. */
    @media (max-width: 520px) {
      .top { position: static; }
      .top-inner { padding: 10px 12px; }
      .timeline { padding: 16px 10px 28px; }
      .timeline::before { left: 16px; }
      .group { padding-left: 18px; }
      .group::before { left: -1px; }
      .event { padding: 12px 12px 10px; }
      .controls { width: 100%; }
      .filter { display: flex; width: 100%; }
      .filter select, .filter input { flex: 1 1 auto; min-width: 0; width: 0; max-width: none; }
      .nowrap, .source-meta code { white-space: normal; }
      .source-meta, .quote footer, .source-text, .summary, .gist { overflow-wrap: anywhere; }
      .source-count { margin-left: 0; }
      .outside, .skipped, .page-footer { padding-left: 12px; padding-right: 12px; }
    }

    """
}
