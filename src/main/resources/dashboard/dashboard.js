// The live dashboard: draws what the server streams (/events); computes no number of its own.
'use strict';
const state = { lastId: 0, scenes: [], view: 'lanes', paused: false, held: [], cells: {}, lastScene: null, talk: false, chart: null, series: {} };
const $ = (id) => document.getElementById(id);
const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; };
const fmt = (v, digits) => (v === null || v === undefined || Number.isNaN(v)) ? '-' : Number(v).toFixed(digits);
// Beyond loopback the dashboard prints its URL with ?token=...; the page keeps it and sends it with every
// run, stop (header) and stream (query: an EventSource cannot set headers). On loopback there is none.
const token = new URLSearchParams(location.search).get('token') || '';
const post = (path) => fetch(path, { method: 'POST', headers: token ? { 'X-Showcase-Token': token } : {} });
const ms = (v) => v === null || v === undefined ? '-' : (v < 1 ? fmt(v * 1000, 0) + ' µs' : fmt(v, v < 10 ? 1 : 0) + ' ms');

async function loadScenes() {
  const res = await fetch('/scenes');
  state.scenes = await res.json();
  const box = $('buttons');
  state.scenes.forEach((s) => {
    const b = el('button', null, s.title);
    b.id = 'run-' + s.name;
    b.dataset.scene = s.name;
    b.addEventListener('click', () => run(s.name));
    box.appendChild(b);
  });
  showCaption();
}

async function run(name) {
  connect();
  const params = new URLSearchParams({ mode: $('mode').value });
  const carriers = $('carriers').value.trim();
  if (carriers) params.set('carriers', carriers);
  const res = await post('/run/' + encodeURIComponent(name) + '?' + params);
  const body = await res.json();
  $('message').textContent = res.status === 202 ? '' : body.message;
  if (res.status === 202) state.lastScene = name;
}

async function stop() {
  const res = await post('/stop');
  if (res.status !== 202) $('message').textContent = (await res.json()).message;
}

function talkScenes() { return state.scenes.filter((s) => s.talk); }

function nextScene() {
  const talk = talkScenes();
  const i = talk.findIndex((s) => s.name === state.lastScene);
  return talk[(i + 1) % talk.length];
}

function showCaption() {
  const next = nextScene();
  const box = $('caption');
  if (!state.talk || !next) { box.hidden = true; return; }
  box.hidden = false;
  box.textContent = 'Next (N): ' + next.title + '. ' + (next.caption || '');
}

// ---- events -------------------------------------------------------------------------------------
const handlers = {
  'run-start': (d) => {
    state.cells = {}; state.series = {};
    state.view = d.view;
    $('lanes').replaceChildren(); $('results').tBodies[0].replaceChildren(); $('notes').replaceChildren();
    $('picture').hidden = true; $('message').textContent = '';
    document.body.dataset.state = 'running';
    document.body.dataset.runEnded = 'false';
    state.lastScene = d.scenario;
    document.querySelectorAll('.buttons button').forEach((b) => b.classList.toggle('current', b.dataset.scene === d.scenario));
    $('progress').textContent = d.scenario + ': starting (' + d.mode + ', carriers ' + d.carriers.join(',') + ')';
    showView(d.view);
    if (state.talk) $('caption').hidden = true;
  },
  'cell-start': (d) => {
    $('progress').textContent = '[' + (d.index + 1) + '/' + d.total + '] ' + d.scenario + ' ' + d.cell
      + ': measuring (' + d.left + ' left, ' + fmt(d.elapsedS, 0) + ' s elapsed)';
  },
  'lane': (d) => lane(d),
  'in-flight': (d) => inFlight(d),
  'cell': (d) => result(d),
  'scenario': (d) => {
    (d.result.notes || []).forEach((n) => $('notes').appendChild(el('li', null, n)));
    if (d.picture && state.view !== 'lanes') { $('picture').textContent = d.picture; $('picture').hidden = false; }
  },
  'matrix': (d) => matrix(d.rows, d.measured, false),
  'report': (d) => { matrix(d.matrix, null, true); d.notes.forEach((n) => $('notes').appendChild(el('li', null, n))); },
  'env': (d) => env(d),
  'run-end': (d) => {
    freezeChart();
    document.body.dataset.state = 'idle';
    document.body.dataset.runEnded = 'true';
    $('progress').textContent = d.scenario + ': ' + d.status + ' after ' + fmt(d.elapsedS, 1) + ' s' + (d.message ? ': ' + d.message : '');
    showCaption();
  },
};

function apply(name, data) {
  try { handlers[name](data); } catch (e) { console.error(name, e); }
}

// The server ends an idle stream; the page reconnects, asking only for the events it has not seen.
let source = null;
function connect() {
  if (source && source.readyState !== EventSource.CLOSED) return;
  source = new EventSource('/events?since=' + state.lastId + (token ? '&token=' + encodeURIComponent(token) : ''));
  Object.keys(handlers).forEach((name) => source.addEventListener(name, (e) => {
    const id = Number(e.lastEventId) || 0;
    if (id && id <= state.lastId) return;
    state.lastId = Math.max(state.lastId, id);
    const data = JSON.parse(e.data);
    if (state.paused) state.held.push([name, data]); else apply(name, data);
  }));
  source.onopen = () => { document.body.dataset.connected = 'true'; };
  source.onerror = () => { source.close(); document.body.dataset.connected = 'false'; setTimeout(connect, 1500); };
}

function showView(view) {
  $('lanes').hidden = view !== 'lanes';
  $('inflight').hidden = view !== 'in-flight';
  $('matrix').hidden = view !== 'matrix';
  $('env').hidden = view !== 'env';
  $('live-title').textContent = { lanes: 'Carriers, live', 'in-flight': 'In flight, live', matrix: 'The decision matrix, cell by cell',
    env: 'This machine', table: 'Measuring' }[view] || 'Live';
  if (view === 'table') $('lanes').hidden = false;
}

// ---- carrier lanes --------------------------------------------------------------------------------
function lane(d) {
  let cell = state.cells[d.cell];
  if (!cell || d.type === 'recording' && cell.phases.size) cell = state.cells[d.cell] = { phases: new Map(), now: 0 };
  if (d.type === 'recording') return drawCell(d.cell);
  const key = d.task + '/' + d.phase + '/' + d.startMs;
  const p = cell.phases.get(key) || { task: d.task, phase: d.phase, kind: d.kind, carrier: d.carrier, lane: d.lane, start: d.startMs };
  if (d.state === 'ended') p.end = d.endMs;
  cell.phases.set(key, p);
  cell.now = Math.max(cell.now, d.endMs || d.startMs);
  drawCell(d.cell);
}

function drawCell(label) {
  let block = document.getElementById('cell-' + label);
  if (!block) {
    block = el('div', 'cell-block'); block.id = 'cell-' + label;
    $('lanes').appendChild(block);
  }
  const cell = state.cells[label];
  const phases = [...cell.phases.values()];
  const span = Math.max(cell.now, 1) * 1.05;
  const carriers = [...new Set(phases.filter((p) => p.kind === 'cpu').map((p) => p.carrier))]
    .sort((a, b) => laneOf(phases, a) - laneOf(phases, b));
  const rows = [el('div', 'cell-title', label + ': ' + carriers.length + ' carrier lane(s), ' + fmt(cell.now, 0) + ' ms')];
  carriers.forEach((c) => rows.push(track(laneName(phases, c), phases.filter((p) => p.kind === 'cpu' && p.carrier === c), span, cell.now, false)));
  const waits = phases.filter((p) => p.kind === 'wait');
  if (waits.length) rows.push(track('waiting, off carrier', waits, span, cell.now, true));
  block.replaceChildren(...rows);
}

function laneOf(phases, carrier) { const p = phases.find((x) => x.carrier === carrier); return p && p.lane >= 0 ? p.lane : 1000; }
function laneName(phases, carrier) { const n = laneOf(phases, carrier); return n < 1000 ? 'carrier ' + n : carrier; }

function track(name, phases, span, now, waiting) {
  const row = el('div', 'lane' + (waiting ? ' waiting' : ''));
  row.appendChild(el('div', 'lane-label', name));
  const t = el('div', 'lane-track');
  const tasks = [...new Set(phases.map((p) => p.task))];
  phases.forEach((p) => {
    const end = p.end === undefined ? now : p.end;
    const name = waiting || p.phase.startsWith(p.task) ? p.task === p.phase ? p.task : (waiting ? p.task : p.phase) : p.task + ' ' + p.phase;
    const bar = el('div', 'lane-bar ' + p.kind + (p.end === undefined ? ' running' : ''), name);
    bar.title = p.task + ' ' + p.phase + ': ' + fmt(p.start, 0) + '..' + (p.end === undefined ? 'now' : fmt(p.end, 0)) + ' ms';
    bar.style.left = (100 * p.start / span) + '%';
    bar.style.width = (100 * Math.max(end - p.start, 0) / span) + '%';
    if (waiting) { const h = 100 / tasks.length; bar.style.top = (h * tasks.indexOf(p.task)) + '%'; bar.style.bottom = 'auto'; bar.style.height = h + '%'; }
    t.appendChild(bar);
  });
  row.appendChild(t);
  if (waiting) row.style.height = Math.max(40, 26 * tasks.length) + 'px';
  return row;
}

// ---- results --------------------------------------------------------------------------------------
function result(d) {
  const r = d.result;
  const id = 'result-' + d.scenario + '-' + (d.key || d.label);
  let tr = document.getElementById(id);
  const body = $('results').tBodies[0];
  if (!tr) { tr = el('tr', 'result-row'); tr.id = id; tr.dataset.scenario = d.scenario; body.appendChild(tr); }
  // cells end in a shuffled order: the baseline's row still goes first among its scenario's rows
  const lead = [...body.rows].find((row) => row.dataset.scenario === d.scenario);
  if (r.verdict === 'baseline' && lead && lead !== tr) body.insertBefore(tr, lead);
  const wall = r.wallMs || {};
  const verdict = r.verdict || (r.error ? 'failed' : 'pending');
  const first = el('td', null, (state.view === 'matrix' ? d.scenario + ' ' : '') + d.label);
  const reason = el('div', 'reason', r.reason || r.error || '');
  first.appendChild(reason);
  tr.replaceChildren(first, el('td', 'num', ms(wall.median)), el('td', 'num', wall.min === undefined ? '-' : fmt(wall.min, 0) + '..' + fmt(wall.max, 0)),
    el('td', 'num', r.speedup === undefined ? '-' : fmt(r.speedup, r.speedup < 0.1 ? 3 : 2) + 'x'), el('td', 'verdict-' + verdict, verdict));
  tr.dataset.verdict = verdict;
}

// ---- in flight ------------------------------------------------------------------------------------
function inFlight(d) {
  const key = d.cell + (d.variant ? ', ' + d.variant : '') + (d.clients ? ' c=' + d.clients : '') + (d.server ? ' (' + d.server + ' server)' : '');
  const s = state.series[key] || (state.series[key] = { inFlight: [], rate: [], bound: [] });
  s.inFlight.push([d.atMs / 1000, d.inFlight]);
  s.rate.push([d.atMs / 1000, d.perSecond]);
  if (d.littleBound !== undefined) s.bound.push([d.atMs / 1000, d.littleBound]);
  const numbers = $('inflight-numbers');
  numbers.replaceChildren(big(d.inFlight, d.what + ' in flight'), big(fmt(d.perSecond, 0), d.rateWhat + ' per second'),
    big(d.littleBound === undefined ? '-' : fmt(d.littleBound, 0), "Little's bound (in flight / wait)"));
  drawChart(key);
}

function big(value, label) { const b = el('div'); b.appendChild(el('div', 'big', String(value))); b.appendChild(el('div', 'big-label', label)); return b; }

// After a run the chart becomes a still image: ECharts' drawing loop stops, the picture stays.
function freezeChart() {
  if (!state.chart) return;
  const img = el('img', 'chart-still');
  img.src = state.chart.getDataURL({ backgroundColor: '#111' });
  img.alt = 'in flight during the run';
  state.chart.dispose();
  state.chart = null;
  $('inflight-chart').replaceChildren(img);
}

function drawChart(key) {
  if (typeof echarts === 'undefined') return;
  if (!state.chart) $('inflight-chart').replaceChildren();
  if (!state.chart) state.chart = echarts.init($('inflight-chart'), null, { renderer: 'svg' });
  const s = state.series[key];
  state.chart.setOption({
    backgroundColor: '#111', animation: false, textStyle: { fontSize: 20, color: '#fff' },
    title: { text: key, textStyle: { color: '#ffd400', fontSize: 24 } },
    legend: { top: 34, textStyle: { color: '#fff', fontSize: 20 } },
    grid: { left: 90, right: 90, top: 90, bottom: 50 },
    xAxis: { type: 'value', name: 's', axisLabel: { color: '#fff', fontSize: 18 } },
    yAxis: [{ type: 'value', name: 'in flight', axisLabel: { color: '#fff', fontSize: 18 } },
      { type: 'value', name: 'per s', axisLabel: { color: '#fff', fontSize: 18 } }],
    series: [
      { name: 'in flight', type: 'line', showSymbol: false, lineStyle: { width: 4, color: '#39d0ff' }, data: s.inFlight },
      { name: 'per second', type: 'line', yAxisIndex: 1, showSymbol: false, lineStyle: { width: 4, color: '#3ddc84' }, data: s.rate },
      { name: "Little's bound", type: 'line', yAxisIndex: 1, showSymbol: false, lineStyle: { width: 3, type: 'dashed', color: '#ffd400' }, data: s.bound },
    ],
  }, true);
}

// ---- matrix and env ------------------------------------------------------------------------------
function matrix(rows, measured, final) {
  const table = el('table', 'matrix');
  const head = el('tr');
  ['workload', 'single carrier', 'multiple carriers'].forEach((h) => head.appendChild(el('th', null, h)));
  table.appendChild(head);
  Object.values(rows).forEach((row) => {
    const tr = el('tr', 'matrix-row');
    const name = el('td', null, row.title); name.appendChild(el('div', 'reason', row.scenario)); tr.appendChild(name);
    const done = final || (measured || []).includes(row.scenario);
    [row['single-carrier'], row['multi-carrier']].forEach((c) => tr.appendChild(matrixCell(c, done)));
    table.appendChild(tr);
  });
  $('matrix').replaceChildren(table);
  $('matrix').dataset.final = String(final);
}

function matrixCell(c, done) {
  const td = el('td');
  if (!done) { td.appendChild(el('div', 'pending', '…')); } else {
    const mark = el('span', c.mark === '✔' ? 'mark-yes' : c.mark === '✘' ? 'mark-no' : '', (c.mark || '-') + ' ');
    td.appendChild(mark);
    td.appendChild(document.createTextNode(c.speedup === null || c.speedup === undefined ? '-' : fmt(c.speedup, 2) + 'x'));
    td.appendChild(el('div', 'reason', c.reason || ''));
  }
  if (c.seed) td.appendChild(el('div', 'seed', 'seed: ' + (c.seed.helps ? '✔ ' : '✘ ') + c.seed.words));
  return td;
}

function env(d) {
  const rows = [['CPU cores', d.cores], ['carriers (GOMAXPROCS)', d.parallelism + (d.parallelismSet ? ' (set)' : ' (default: = cores)')],
    ['max pool size', d.maxPoolSize], ['JDK', d.jdk], ['preview (StructuredTaskScope)', d.preview ? 'enabled' : 'NOT enabled'],
    ['container CPU limit', d.cpuLimit], ['GC', d.gc], ['OS', d.os]];
  $('env').replaceChildren(...rows.map(([k, v]) => { const p = el('div', 'env-row', k + ': '); p.appendChild(el('b', null, String(v))); return p; }));
}

// ---- keys -----------------------------------------------------------------------------------------
function togglePause() {
  state.paused = !state.paused;
  $('paused').hidden = !state.paused;
  if (!state.paused) { const held = state.held; state.held = []; held.forEach(([n, d]) => apply(n, d)); }
}

document.addEventListener('keydown', (e) => {
  if (e.target.tagName === 'INPUT' || e.target.tagName === 'SELECT') return;
  const key = e.key.toLowerCase();
  if (key === 'n' || key === 'arrowright') { const next = nextScene(); if (next) run(next.name); }
  else if (key === 'p' || key === ' ') { e.preventDefault(); togglePause(); }
  else if (key === 's') stop();
});
$('stop').addEventListener('click', stop);

const asked = new URLSearchParams(location.search);
state.talk = asked.has('talk');
if (['quick', 'standard', 'thorough'].includes(asked.get('mode'))) $('mode').value = asked.get('mode');
if (asked.get('carriers')) $('carriers').value = asked.get('carriers');
loadScenes().then(connect);
