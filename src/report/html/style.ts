/**
 * The report's only stylesheet, inlined and allowed by its hash in the page's CSP. No web fonts or
 * images: the file must render offline and make no request.
 */
export const REPORT_CSS = `
:root{--fg:#1d2330;--muted:#5b6475;--line:#dde1e8;--bg:#f5f6f8;--card:#fff;--accent:#22446e;
--FAIL:#c62828;--UNKNOWN:#b26a00;--PASS:#2e7d32;--MANUAL:#1565c0;--NOT_APPLICABLE:#8a8f98;--MUTED:#7e57c2;--NOT_CHECKED:#cfd3da;
--critical:#6a1b9a;--high:#c62828;--medium:#e65100;--low:#0277bd;--informational:#607d8b}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
header.top{background:var(--accent);color:#fff;padding:18px 28px}
header.top h1{margin:0 0 8px;font-size:22px;font-weight:600}
header.top dl{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:4px 24px;margin:0}
header.top dt{font-size:11px;text-transform:uppercase;letter-spacing:.04em;opacity:.75}
header.top dd{margin:0 0 6px;font-weight:500;overflow-wrap:anywhere}
nav.toc{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:8px 28px;display:flex;gap:18px;flex-wrap:wrap}
nav.toc a{color:var(--accent);text-decoration:none;font-weight:500}
main{padding:8px 28px 40px;max-width:1500px}
section{margin-top:22px;scroll-margin-top:44px}
h2{font-size:18px;margin:0 0 10px}
h3{font-size:15px;margin:14px 0 6px}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin-bottom:14px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:14px}
.grid .card{margin:0}
.tiles{display:flex;flex-wrap:wrap;gap:10px;margin-bottom:14px}
.tile{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--c,var(--accent));border-radius:6px;padding:8px 14px;min-width:120px}
.tile b{display:block;font-size:22px}
.tile span{color:var(--muted);font-size:12px;text-transform:uppercase}
.tile.st-FAIL{--c:var(--FAIL)}.tile.st-UNKNOWN{--c:var(--UNKNOWN)}.tile.st-PASS{--c:var(--PASS)}.tile.st-MANUAL{--c:var(--MANUAL)}
.tile.st-NOT_APPLICABLE{--c:var(--NOT_APPLICABLE)}.tile.st-MUTED{--c:var(--MUTED)}
svg .st-FAIL,.swatch.st-FAIL{fill:var(--FAIL);background:var(--FAIL)}
svg .st-UNKNOWN,.swatch.st-UNKNOWN{fill:var(--UNKNOWN);background:var(--UNKNOWN)}
svg .st-PASS,.swatch.st-PASS{fill:var(--PASS);background:var(--PASS)}
svg .st-MANUAL,.swatch.st-MANUAL{fill:var(--MANUAL);background:var(--MANUAL)}
svg .st-NOT_APPLICABLE,.swatch.st-NOT_APPLICABLE{fill:var(--NOT_APPLICABLE);background:var(--NOT_APPLICABLE)}
svg .st-MUTED,.swatch.st-MUTED{fill:var(--MUTED);background:var(--MUTED)}
svg .st-NOT_CHECKED,.swatch.st-NOT_CHECKED{fill:var(--NOT_CHECKED);background:var(--NOT_CHECKED)}
svg .sev-critical{fill:var(--critical)}svg .sev-high{fill:var(--high)}svg .sev-medium{fill:var(--medium)}
svg .sev-low{fill:var(--low)}svg .sev-informational{fill:var(--informational)}svg .bar{fill:var(--FAIL)}
svg.trend{width:100%;max-width:600px;height:auto}svg.trend polyline{fill:none;stroke-width:2}svg.trend polyline.sev-critical{stroke:var(--critical)}
svg.trend polyline.sev-high{stroke:var(--high)}svg.trend polyline.sev-medium{stroke:var(--medium)}svg.trend polyline.sev-low{stroke:var(--low)}
svg .empty{fill:#eceef2}
svg.stacked{width:100%;height:18px;display:block;border-radius:4px}
svg.bars{max-width:100%;height:auto}
svg text{font-size:12px;fill:var(--fg)}svg text.value{fill:var(--muted)}
ul.legend{list-style:none;padding:0;margin:6px 0 0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px;color:var(--muted)}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600;white-space:nowrap}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:1px 7px;border-radius:10px;font-size:11px;font-weight:600;color:#fff;background:var(--c,#888);white-space:nowrap}
.st-FAIL>.badge,.badge.st-FAIL{--c:var(--FAIL)}.badge.st-UNKNOWN{--c:var(--UNKNOWN)}.badge.st-PASS{--c:var(--PASS)}
.badge.st-MANUAL{--c:var(--MANUAL)}.badge.st-NOT_APPLICABLE{--c:var(--NOT_APPLICABLE)}.badge.st-MUTED{--c:var(--MUTED)}
.badge.st-NOT_CHECKED{--c:var(--NOT_CHECKED);color:var(--fg)}
.badge.sev-critical{--c:var(--critical)}.badge.sev-high{--c:var(--high)}.badge.sev-medium{--c:var(--medium)}
.badge.sev-low{--c:var(--low)}.badge.sev-informational{--c:var(--informational)}
.pct{font-weight:600}
.meter{display:inline-block;width:90px;height:8px;background:#eceef2;border-radius:4px;vertical-align:middle;margin-right:6px;overflow:hidden}
details.section{border-top:1px solid var(--line)}
details.section>summary{cursor:pointer;padding:6px 0;display:grid;grid-template-columns:minmax(200px,2fr) 3fr 90px;gap:12px;align-items:center}
details.section>summary .counts{font-size:12px;color:var(--muted)}
details.section table{margin:4px 0 12px}
.fw-head{display:flex;align-items:baseline;gap:14px;flex-wrap:wrap}
.fw-head .pct{font-size:20px}
.controls{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:end;margin-bottom:10px}
.controls label{display:flex;flex-direction:column;font-size:11px;color:var(--muted);text-transform:uppercase;gap:2px}
.controls select,.controls input{font:inherit;font-size:13px;padding:4px 6px;border:1px solid #b9c0cc;border-radius:4px;background:#fff;min-width:120px}
.controls input[type=search]{min-width:240px}
.controls input[type=checkbox]{min-width:0;margin:0 2px 0 0}
fieldset.statuses{border:0;padding:0;margin:0;display:flex;gap:4px 12px;flex-wrap:wrap;align-items:center}
fieldset.statuses legend{font-size:11px;color:var(--muted);text-transform:uppercase;padding:0;margin-bottom:2px}
fieldset.statuses label{flex-direction:row;align-items:center;gap:3px;text-transform:none;font-size:13px;color:var(--fg)}
button{font:inherit;font-size:13px;padding:4px 10px;border:1px solid #b9c0cc;border-radius:4px;background:#fff;cursor:pointer}
button:hover{background:#eef1f6}
#findings-table th button{border:0;background:none;padding:0;font-weight:600;font-size:12px;color:var(--muted)}
#findings-table th button[aria-sort=ascending]::after{content:" \\25B2"}
#findings-table th button[aria-sort=descending]::after{content:" \\25BC"}
#findings-table td.res{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;overflow-wrap:anywhere;max-width:420px}
#findings-table tr.row{cursor:pointer}
#findings-table td.nowrap{white-space:nowrap}
#findings-table tr.row:hover{background:#f0f4fa}
#findings-table tr.row td:first-child button{border:0;background:none;padding:0 4px;font-size:12px}
#findings-table tr.detail td{background:#fafbfc}
.detail dl{display:grid;grid-template-columns:140px 1fr;gap:4px 14px;margin:4px 0}
.detail dt{color:var(--muted);font-size:12px}
.detail dd{margin:0;overflow-wrap:anywhere}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f0f2f5;border-radius:4px;padding:6px 8px;margin:0;font-size:12px}
.status-line{margin:8px 0;color:var(--muted)}
.muted{color:var(--muted)}
.empty-note{color:var(--muted);font-style:italic}
@media print{nav.toc,.controls,#show-more{display:none}}
`;
