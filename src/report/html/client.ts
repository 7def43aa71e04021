/**
 * The report page's only script, inlined and allowed by its SHA-256 hash in the page's CSP.
 *
 * It reads the findings once from the `bulwark-data` JSON block and keeps them in memory; filters
 * and sorting run over that array and only a page of rows (200, then "Show more") is in the DOM,
 * so 100,000 findings stay responsive. Every value is put into the page with textContent or as an
 * attribute through the DOM API, never as markup, so a hostile resource name stays text. Links are
 * made only from https URLs.
 *
 * Plain ES2017 in a string (no template literals inside), so the page needs no bundler and the hash
 * is of exactly these bytes.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
'use strict';
var data = JSON.parse(document.getElementById('bulwark-data').textContent);
var STATUSES = data.statuses, SEVERITIES = data.severities, FRAMEWORKS = data.frameworks;
var STR = data.strings, CHECKS = data.checks, F = data.findings;
var PAGE = 200;
var LABEL = { NOT_APPLICABLE: 'N/A' };
function label(s) { return LABEL[s] || s; }

function title(f) { return f[8] && f[8].title !== undefined ? f[8].title : CHECKS[f[0]].title; }
function service(f) { return f[8] && f[8].service !== undefined ? f[8].service : CHECKS[f[0]].service; }
function frameworks(f) { return f[8] && f[8].frameworks ? f[8].frameworks : CHECKS[f[0]].frameworks; }

var $ = function (id) { return document.getElementById(id); };
var body = $('findings-body'), count = $('f-count'), more = $('show-more');
var sel = { severity: $('f-severity'), service: $('f-service'), region: $('f-region'), framework: $('f-framework') };
var controlInput = $('f-control'), textInput = $('f-text'), form = $('filters');

function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function badge(cls, text) { return el('span', 'badge ' + cls, text); }
function fill(select, values, show) {
  values.forEach(function (v) {
    var o = el('option', null, show ? show(v) : v);
    o.value = v;
    select.appendChild(o);
  });
}
function uniqueSorted(fn) {
  var seen = Object.create(null), out = [];
  for (var i = 0; i < F.length; i++) { var v = fn(F[i]); if (!seen[v]) { seen[v] = 1; out.push(v); } }
  return out.sort();
}

fill(sel.severity, SEVERITIES);
fill(sel.service, uniqueSorted(service));
fill(sel.region, uniqueSorted(function (f) { return STR[f[3]]; }));
fill(sel.framework, FRAMEWORKS.slice());

// Lower-cased search text per finding, built on the first free-text search only.
var hay = null;
function haystack(i) {
  if (!hay) {
    hay = new Array(F.length);
    for (var j = 0; j < F.length; j++) {
      var f = F[j];
      hay[j] = (f[6] + '\n' + f[7] + '\n' + CHECKS[f[0]].id + '\n' + title(f) + '\n' + STR[f[4]]).toLowerCase();
    }
  }
  return hay[i];
}

var SORT_KEYS = {
  status: function (f) { return f[1]; },
  severity: function (f) { return f[2]; },
  check: function (f) { return CHECKS[f[0]].id; },
  service: service,
  region: function (f) { return STR[f[3]]; },
  resource: function (f) { return f[6]; }
};
var sortKey = null, sortDir = 1;
var view = [], shown = 0, expanded = Object.create(null);

function currentFilter() {
  var statuses = {};
  form.querySelectorAll('input[name=status]').forEach(function (b) { if (b.checked) statuses[STATUSES.indexOf(b.value)] = true; });
  return {
    statuses: statuses,
    severity: sel.severity.value === '' ? -1 : SEVERITIES.indexOf(sel.severity.value),
    service: sel.service.value,
    region: sel.region.value,
    framework: sel.framework.value,
    control: controlInput.value.trim().toLowerCase(),
    text: textInput.value.trim().toLowerCase()
  };
}

function matchesControl(f, q) {
  var fws = frameworks(f);
  var list = q.framework ? [q.framework] : FRAMEWORKS;
  for (var i = 0; i < list.length; i++) {
    var ids = fws[list[i]] || [];
    for (var j = 0; j < ids.length; j++) if (ids[j].toLowerCase() === q.control) return true;
  }
  return false;
}

function apply() {
  var q = currentFilter();
  var out = [];
  for (var i = 0; i < F.length; i++) {
    var f = F[i];
    if (!q.statuses[f[1]]) continue;
    if (q.severity >= 0 && f[2] !== q.severity) continue;
    if (q.service && service(f) !== q.service) continue;
    if (q.region && STR[f[3]] !== q.region) continue;
    if (q.framework && !(frameworks(f)[q.framework] || []).length) continue;
    if (q.control && !matchesControl(f, q)) continue;
    if (q.text && haystack(i).indexOf(q.text) < 0) continue;
    out.push(i);
  }
  if (sortKey) {
    var key = SORT_KEYS[sortKey], dir = sortDir;
    var keys = new Array(F.length);
    out.forEach(function (i) { keys[i] = key(F[i]); });
    out.sort(function (a, b) { return keys[a] < keys[b] ? -dir : keys[a] > keys[b] ? dir : a - b; });
  }
  view = out;
  shown = 0;
  body.replaceChildren();
  renderMore();
}

function renderMore() {
  var end = Math.min(view.length, shown + PAGE);
  var frag = document.createDocumentFragment();
  for (var k = shown; k < end; k++) {
    frag.appendChild(row(view[k]));
    if (expanded[view[k]]) frag.appendChild(detail(view[k]));
  }
  body.appendChild(frag);
  shown = end;
  more.hidden = shown >= view.length;
  more.textContent = 'Show ' + Math.min(PAGE, view.length - shown) + ' more';
  count.textContent = 'Showing ' + shown + ' of ' + view.length + ' matching findings (' + F.length + ' in total).';
}

function row(i) {
  var f = F[i], st = STATUSES[f[1]], sev = SEVERITIES[f[2]];
  var tr = el('tr', 'row');
  tr.dataset.i = String(i);
  var toggle = el('button', null, expanded[i] ? '\u25BE' : '\u25B8');
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', expanded[i] ? 'true' : 'false');
  toggle.setAttribute('aria-label', 'Details');
  var td = el('td'); td.appendChild(toggle); tr.appendChild(td);
  td = el('td', 'st'); td.appendChild(badge('st-' + st, label(st))); tr.appendChild(td);
  td = el('td'); td.appendChild(badge('sev-' + sev, sev)); tr.appendChild(td);
  td = el('td', 'check');
  td.appendChild(el('div', null, CHECKS[f[0]].id));
  td.appendChild(el('div', 'muted', title(f)));
  tr.appendChild(td);
  tr.appendChild(el('td', 'nowrap', service(f)));
  tr.appendChild(el('td', 'nowrap', STR[f[3]]));
  tr.appendChild(el('td', 'res', f[6]));
  return tr;
}

function pair(dl, name, value) {
  if (value === undefined || value === null || value === '') return;
  dl.appendChild(el('dt', null, name));
  var dd = el('dd');
  if (typeof value === 'string') dd.textContent = value; else dd.appendChild(value);
  dl.appendChild(dd);
}

function isHttps(url) {
  try { var u = new URL(url); return u.protocol === 'https:' && !!u.hostname; } catch (e) { return false; }
}

function detail(i) {
  var f = F[i], c = CHECKS[f[0]], x = f[8] || {};
  var tr = el('tr', 'detail');
  var td = el('td');
  td.colSpan = 7;
  var dl = el('dl');
  pair(dl, 'Reason', f[7]);
  pair(dl, 'Check', c.id + ': ' + title(f));
  pair(dl, 'Resource', f[6]);
  pair(dl, 'Resource type', STR[f[4]]);
  pair(dl, 'Account', STR[f[5]]);
  var fws = frameworks(f), refs = [];
  FRAMEWORKS.forEach(function (fw) { if ((fws[fw] || []).length) refs.push(fw + ': ' + fws[fw].join(', ')); });
  pair(dl, 'Frameworks', refs.join('; '));
  if (x.muted) {
    var m = x.muted;
    pair(dl, 'Muted', 'was ' + label(m.originalStatus) + ' - ' + m.reason + ' (rule ' + m.rule + (m.expires ? ', expires ' + m.expires : '') + ')');
  }
  if (x.errors && x.errors.length) {
    var t = el('table'), head = el('tr');
    ['Action', 'Region', 'Kind', 'Target', 'Message'].forEach(function (h) { head.appendChild(el('th', null, h)); });
    t.appendChild(head);
    x.errors.forEach(function (e) {
      var r = el('tr');
      [e.action, e.region, e.kind, e.target, e.message].forEach(function (v) { r.appendChild(el('td', null, v)); });
      t.appendChild(r);
    });
    pair(dl, 'Failed reads', t);
  }
  pair(dl, 'Rationale', c.rationale);
  pair(dl, 'Remediation', c.remediation.summary);
  if (c.remediation.cli) pair(dl, 'CLI', el('pre', null, c.remediation.cli));
  if (c.remediation.console) pair(dl, 'Console', el('pre', null, c.remediation.console));
  if (c.remediation.docs && isHttps(c.remediation.docs)) {
    var a = el('a', null, c.remediation.docs);
    a.href = c.remediation.docs;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    pair(dl, 'Documentation', a);
  } else {
    pair(dl, 'Documentation', c.remediation.docsText);
  }
  td.appendChild(dl);
  tr.appendChild(td);
  return tr;
}

body.addEventListener('click', function (ev) {
  var tr = ev.target.closest('tr.row');
  if (!tr || (ev.target.closest('a'))) return;
  if (window.getSelection && String(window.getSelection()) !== '' && !ev.target.closest('button')) return;
  var i = Number(tr.dataset.i), btn = tr.querySelector('button');
  if (expanded[i]) {
    delete expanded[i];
    var next = tr.nextElementSibling;
    if (next && next.classList.contains('detail')) next.remove();
    btn.textContent = '\u25B8';
    btn.setAttribute('aria-expanded', 'false');
  } else {
    expanded[i] = true;
    tr.after(detail(i));
    btn.textContent = '\u25BE';
    btn.setAttribute('aria-expanded', 'true');
  }
});

document.querySelectorAll('#findings-table th button[data-sort]').forEach(function (b) {
  b.addEventListener('click', function () {
    var key = b.getAttribute('data-sort');
    sortDir = sortKey === key ? -sortDir : 1;
    sortKey = key;
    document.querySelectorAll('#findings-table th button[data-sort]').forEach(function (o) { o.setAttribute('aria-sort', 'none'); });
    b.setAttribute('aria-sort', sortDir > 0 ? 'ascending' : 'descending');
    apply();
  });
});

var timer = 0;
// Text fields apply as one types (debounced); their 'change' on blur would re-render the rows under
// the pointer and swallow the click that caused the blur.
form.addEventListener('change', function (ev) {
  if (ev.target !== textInput && ev.target !== controlInput) apply();
});
form.addEventListener('submit', function (ev) { ev.preventDefault(); apply(); });
form.addEventListener('input', function (ev) {
  if (ev.target !== textInput && ev.target !== controlInput) return;
  clearTimeout(timer);
  timer = setTimeout(apply, 150);
});
form.addEventListener('reset', function () { setTimeout(apply, 0); });
more.addEventListener('click', renderMore);

document.querySelectorAll('button.show-control').forEach(function (b) {
  b.addEventListener('click', function () {
    form.reset();
    sel.framework.value = b.getAttribute('data-framework');
    controlInput.value = b.getAttribute('data-control');
    apply();
    $('findings').scrollIntoView();
  });
});

apply();
})();
`;
