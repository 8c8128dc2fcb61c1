// The playground page: loads the library (Go compiled to WebAssembly, which
// sets globalThis.roles and dispatches the document event "roles-ready"),
// then analyses the text as it is typed and shows the result. Every call of
// the library returns a JSON string; see DESIGN16.md for its shapes and for
// the ids and attributes the browser test reads.
"use strict";

const DEBOUNCE_MS = 150;

// loadToFirstResultMs: from navigation start to the first analysis shown;
// analyses: for each analysis, from calling the library to the DOM updated;
// libraryMs: the part of it spent in the library (call and JSON.parse).
const playgroundStats = { loadToFirstResultMs: null, analyses: [], libraryMs: [] };
window.playgroundStats = playgroundStats;

const $ = (id) => document.getElementById(id);

// el builds an element: el("li", {class: "x", "data-id": "go"}, "text", child...).
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

function percent(x) {
  if (x > 0.999 && x < 1) return "over 99.9 %";
  if (x > 0 && x < 0.001) return "under 0.1 %";
  return (x * 100).toFixed(1) + " %";
}

// call runs one function of the library and parses its JSON answer.
function call(name, ...args) {
  return JSON.parse(globalThis.roles[name](...args));
}

function setStatus(text, isError) {
  const s = $("status");
  if (s.textContent !== text) s.textContent = text;
  s.classList.toggle("error", !!isError);
}

// ---- loading ----------------------------------------------------------

async function loadLibrary() {
  if (globalThis.roles) return;
  const ready = new Promise((resolve) => {
    document.addEventListener("roles-ready", resolve, { once: true });
  });
  const go = new Go();
  let result;
  try {
    result = await WebAssembly.instantiateStreaming(fetch("roles.wasm"), go.importObject);
  } catch (err) {
    const resp = await fetch("roles.wasm");
    if (!resp.ok) throw new Error("could not load roles.wasm: " + resp.status);
    result = await WebAssembly.instantiate(await resp.arrayBuffer(), go.importObject);
  }
  go.run(result.instance);
  if (!globalThis.roles) await ready;
}

async function loadSamples() {
  const resp = await fetch("samples/index.json");
  if (!resp.ok) throw new Error("could not load samples/index.json: " + resp.status);
  return resp.json();
}

async function fetchText(file) {
  const resp = await fetch("samples/" + file);
  if (!resp.ok) throw new Error("could not load samples/" + file + ": " + resp.status);
  return resp.text();
}

// ---- tabs (WAI-ARIA tabs pattern, automatic activation) ----------------

function setupTabs() {
  const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
  const select = (tab, focus) => {
    if (focus !== null) history.replaceState(null, "", "#" + tab.id.slice(4));
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute("aria-selected", String(on));
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute("aria-controls")).hidden = !on;
    }
    if (focus) tab.focus();
    hideTooltip();
    if (tab.id === "tab-compare") renderCompare();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => select(tab, false));
    tab.addEventListener("keydown", (ev) => {
      let next = null;
      if (ev.key === "ArrowRight") next = tabs[(i + 1) % tabs.length];
      else if (ev.key === "ArrowLeft") next = tabs[(i - 1 + tabs.length) % tabs.length];
      else if (ev.key === "Home") next = tabs[0];
      else if (ev.key === "End") next = tabs[tabs.length - 1];
      if (next) {
        ev.preventDefault();
        select(next, true);
      }
    });
  });
  // A link to #compare or #apply opens that tab.
  const fromHash = tabs.find((t) => "#" + t.id.slice(4) === location.hash);
  if (fromHash) select(fromHash, null);
}

// ---- highlights and tooltips --------------------------------------------

const QUALIFIER_WORDS = {
  required: "required",
  preferred: "preferred (nice to have)",
  negated: "ruled out (negated)",
};

const LANG_NAMES = { "": "English or any language", de: "German", fr: "French", es: "Spanish" };

// mentionsOf holds, for each box of highlights, the mentions its marks
// index (data-i), for the tooltips.
const mentionsOf = new WeakMap();

// renderHighlights fills box with text, each mention wrapped in a mark.
// Mentions come by start and do not overlap; one that overlaps the one
// before is skipped and counted in data-skipped. It returns the marks.
function renderHighlights(box, text, mentions) {
  const frag = document.createDocumentFragment();
  let pos = 0;
  let skipped = 0;
  let count = 0;
  mentions.forEach((m, i) => {
    if (!(m.start >= pos && m.end > m.start && m.end <= text.length)) {
      skipped++;
      return;
    }
    if (m.start > pos) frag.append(text.slice(pos, m.start));
    const mark = el("mark", {
      class: `mention kind-${m.kind} q-${m.qualifier}`,
      "data-id": m.id,
      "data-kind": m.kind,
      "data-qualifier": m.qualifier,
      "data-start": m.start,
      "data-end": m.end,
      "data-i": i,
      tabindex: 0,
      "aria-describedby": "tooltip",
    }, text.slice(m.start, m.end));
    frag.append(mark);
    pos = m.end;
    count++;
  });
  if (pos < text.length) frag.append(text.slice(pos));
  box.replaceChildren(frag);
  box.dataset.count = String(count);
  if (skipped) box.dataset.skipped = String(skipped);
  else delete box.dataset.skipped;
  mentionsOf.set(box, mentions);
  return count;
}

function tooltipContent(m) {
  const rows = [
    el("p", { class: "tip-title" }, el("strong", {}, m.name), " ", el("code", {}, m.id)),
    el("p", {}, `${m.kind}, ${QUALIFIER_WORDS[m.qualifier] || m.qualifier}`),
  ];
  if (m.years) rows.push(el("p", {}, `${m.years} years or more`));
  if (m.broader && m.broader.length) {
    rows.push(el("p", {}, "Broader: " + m.broader.map((b) => b.name).join(", ")));
  }
  const lang = m.lang ? ` (${LANG_NAMES[m.lang] || m.lang} name)` : "";
  rows.push(el("p", {}, `Matched the name “${m.matched}”${lang}`));
  return rows;
}

let tooltipFor = null;
let tooltipTimer = 0;

function showTooltip(mark) {
  const box = mark.closest(".highlighted");
  const m = box && mentionsOf.has(box) && mentionsOf.get(box)[Number(mark.dataset.i)];
  if (!m) return;
  clearTimeout(tooltipTimer);
  const tip = $("tooltip");
  tip.replaceChildren(...tooltipContent(m));
  tip.hidden = false;
  tooltipFor = mark;
  const r = mark.getBoundingClientRect();
  const width = tip.offsetWidth;
  const left = Math.max(4, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 4));
  tip.style.left = left + "px";
  const below = r.bottom + window.scrollY + 6;
  const fitsBelow = r.bottom + tip.offsetHeight + 10 < window.innerHeight;
  tip.style.top = (fitsBelow ? below : r.top + window.scrollY - tip.offsetHeight - 6) + "px";
}

function hideTooltip() {
  clearTimeout(tooltipTimer);
  $("tooltip").hidden = true;
  tooltipFor = null;
}

function setupTooltips() {
  const isMark = (t) => t instanceof Element && t.matches("mark.mention");
  document.addEventListener("focusin", (ev) => {
    if (isMark(ev.target)) showTooltip(ev.target);
    else if (tooltipFor) hideTooltip();
  });
  // Focus that leaves a mark for nothing (a click on empty space, the
  // window losing focus) hides its tooltip, unless the pointer holds it.
  document.addEventListener("focusout", (ev) => {
    if (ev.target !== tooltipFor || isMark(ev.relatedTarget)) return;
    if (ev.target.matches(":hover") || $("tooltip").matches(":hover")) return;
    hideTooltip();
  });
  document.addEventListener("pointerover", (ev) => {
    if (isMark(ev.target)) showTooltip(ev.target);
    else if (ev.target.closest && ev.target.closest("#tooltip")) clearTimeout(tooltipTimer);
  });
  document.addEventListener("pointerout", (ev) => {
    if (!tooltipFor || document.activeElement === tooltipFor) return;
    if (isMark(ev.target) || (ev.target.closest && ev.target.closest("#tooltip"))) {
      clearTimeout(tooltipTimer);
      tooltipTimer = setTimeout(hideTooltip, 300);
    }
  });
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && tooltipFor) hideTooltip();
  });
}

function mentionSummary(mentions) {
  if (!mentions.length) return "No mentions.";
  const by = (key) => {
    const c = {};
    for (const m of mentions) c[m[key]] = (c[m[key]] || 0) + 1;
    return c;
  };
  const kinds = by("kind");
  const q = by("qualifier");
  const kindText = Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(", ");
  const qText = ["required", "preferred", "negated"].filter((k) => q[k])
    .map((k) => `${q[k]} ${k === "negated" ? "ruled out" : k}`).join(", ");
  return `${mentions.length} mentions: ${kindText}; ${qText}.`;
}

// ---- decision -----------------------------------------------------------

function leaningWords(x) {
  const a = Math.abs(x);
  if (a < 0.1) return "balanced between developer and engineer";
  const side = x < 0 ? "the back-end developer" : "the back-end engineer";
  if (a < 0.4) return "slightly toward " + side;
  if (a < 0.7) return "toward " + side;
  return "strongly toward " + side;
}

function leaningScale(x) {
  const pos = ((Math.max(-1, Math.min(1, x)) + 1) / 2) * 100;
  const words = `Leaning ${x.toFixed(2)}: ${leaningWords(x)}`;
  const marker = el("span", { class: "scale-marker" });
  marker.style.left = pos + "%"; // through the CSSOM, which a strict CSP allows
  const scale = el("div", { class: "scale", role: "img", "aria-label": words + " (scale from −1, back-end developer, to +1, back-end engineer)" },
    el("div", { class: "scale-track" },
      el("span", { class: "scale-tick" }),
      marker),
    el("div", { class: "scale-labels", "aria-hidden": "true" },
      el("span", {}, "Back-end developer (−1)"),
      el("span", {}, "0"),
      el("span", {}, "Back-end engineer (+1)")));
  return [scale, el("p", { class: "scale-words" }, words + ".")];
}

function signalList(signals, positive, negative) {
  const ul = el("ul", { class: "signals" });
  for (const s of signals) {
    const dir = s.weight >= 0 ? positive : negative;
    const w = (s.weight >= 0 ? "+" : "−") + Math.abs(s.weight).toFixed(2);
    ul.append(el("li", {}, el("span", { class: "sig-name" }, s.name), ` (${s.kind}${s.title ? ", the title" : ""}) `,
      el("span", { class: "sig-weight" }, `${w} toward ${dir}`)));
  }
  return ul;
}

// detailsOpen remembers, by key, which collapsible parts the reader opened
// or closed, so that the next analysis (a keystroke later) keeps them so.
const detailsOpen = new Map();

function collapsible(summary, body, open, key) {
  const isOpen = detailsOpen.has(key) ? detailsOpen.get(key) : !!open;
  const d = el("details", { open: isOpen }, el("summary", {}, summary), body);
  d.addEventListener("toggle", () => { // also fired once for an element made open
    if (d.open !== isOpen || detailsOpen.has(key)) detailsOpen.set(key, d.open);
  });
  return d;
}

function renderDecision(d, seniority) {
  const box = $("decision");
  box.dataset.role = d.role;
  box.dataset.confidence = String(d.confidence);
  box.dataset.leaning = String(d.leaning);
  const parts = [];
  if (d.role) {
    parts.push(el("p", { class: "verdict" }, "About: ", el("strong", {}, d.roleName), ` — confidence ${percent(d.confidence)}`));
  } else {
    parts.push(el("p", { class: "verdict" }, el("strong", {}, "None of the roles"), ` — confidence ${percent(d.confidence)}`));
  }
  if (d.runnerUp) parts.push(el("p", {}, `${d.role ? "Runner-up" : "Closest role"}: ${d.runnerUpName}`));
  if (seniority && seniority.level) parts.push(el("p", {}, `Seniority: ${seniority.level}`));
  const backend = d.role === "backend-developer" || d.role === "backend-engineer" || d.leaningEvidence.length > 0;
  parts.push(el("h3", {}, "Developer or engineer"));
  if (backend) {
    parts.push(...leaningScale(d.leaning));
    if (d.leaningEvidence.length) {
      parts.push(collapsible(`What moved the leaning (${d.leaningEvidence.length})`,
        signalList(d.leaningEvidence, "the engineer", "the developer"), false, "leaning"));
    }
  } else {
    parts.push(el("p", { class: "scale-words" }, `Leaning ${String(d.leaning)}: not back-end work, so no leaning.`));
  }
  if (d.evidence.length) {
    const other = d.runnerUpName || "the runner-up";
    parts.push(collapsible(`Evidence (${d.evidence.length})`,
      signalList(d.evidence, d.roleName || "no role", other), false, "evidence"));
  }
  const fits = el("ol", { class: "fits" });
  for (const f of d.roles.slice(0, 4)) fits.append(el("li", {}, `${f.name}: ${percent(f.fit)}`));
  parts.push(collapsible("Fit of each role (best four)", fits, false, "fits"));
  $("decision-body").replaceChildren(...parts);
}

// ---- coverage, gaps, advice ----------------------------------------------

function skillItems(list, cls) {
  const ul = el("ul", { class: "skills " + cls });
  for (const s of list) {
    const what = s.requirement
      ? el("span", { class: "req req-" + s.requirement }, s.requirement)
      : el("span", { class: "imp" }, s.kind === "role" ? "(the title)" : `(${s.kind})`);
    ul.append(el("li", { "data-id": s.id, "data-kind": s.kind, "data-requirement": s.requirement }, s.name, " ", what));
  }
  if (!list.length) ul.append(el("li", { class: "none" }, "none"));
  return ul;
}

function renderCoverage(coverage, decided) {
  const sections = coverage.map((c) => {
    const open = c.role === decided || (!decided && c === coverage[0]);
    const body = el("div", { class: "cov-body" },
      el("h4", {}, `Matched (${c.matched.length})`), skillItems(c.matched, "matched"),
      el("h4", {}, `Missing (${c.missing.length})`), skillItems(c.missing, "missing"));
    return el("section", { "data-role": c.role, class: "cov" },
      el("h3", {}, c.name, " ", el("span", { class: "score" }, percent(c.score))),
      el("meter", { min: 0, max: 1, value: c.score, "aria-label": `${c.name} coverage` }),
      collapsible(`${c.matched.length} matched, ${c.missing.length} missing`, body, open, "coverage " + c.role));
  });
  $("coverage").replaceChildren(...sections);
}

function optionText(options) {
  const names = options.slice(0, 6).map((o) => o.name);
  const more = options.length > 6 ? ` and ${options.length - 6} more` : "";
  return "Any of: " + names.join(", ") + more;
}

function renderGaps(gaps) {
  $("gaps-intro").textContent = gaps.role
    ? `What the text does not show of ${gaps.roleName}, essential first.`
    : "No role to list gaps for.";
  const items = gaps.items.map((g) => el("li", { "data-id": g.id, "data-requirement": g.requirement },
    el("span", { class: "gap-name" }, g.name), " ",
    el("span", { class: "req req-" + g.requirement }, g.requirement),
    g.importance ? el("span", { class: "imp" }, ` importance ${g.importance}`) : null,
    g.ruledOut ? el("span", { class: "ruled" }, " ⊘ ruled out by the text") : null,
    g.options && g.options.length ? el("div", { class: "options" }, optionText(g.options)) : null));
  if (!items.length && gaps.role) items.push(el("li", { class: "none" }, "No gaps: the text shows every skill of the role."));
  $("gaps").replaceChildren(...items);
}

function renderAdvice(a) {
  const box = $("advice");
  box.dataset.role = a.role;
  const parts = [a.role
    ? el("p", { class: "verdict" }, "Hire a ", el("strong", {}, a.roleName))
    : el("p", {}, "The text says too little about the need to recommend one role.")];
  const scores = a.scores.filter((s) => s.score > 0).slice(0, 4);
  if (scores.length) {
    parts.push(el("ol", { class: "fits" }, ...scores.map((s) => el("li", {}, `${s.name}: score ${s.score}`))));
  }
  if (a.cues.length) {
    const ul = el("ul", { class: "cues" });
    for (const c of a.cues) {
      ul.append(el("li", {}, c.negated ? "⊘ not: " : "", `“${c.phrase}”`, c.count > 1 ? ` ×${c.count}` : ""));
    }
    parts.push(collapsible(`Cues found (${a.cues.length})`, ul, false, "cues"));
  }
  $("advice-body").replaceChildren(...parts);
}

// ---- analysis loop --------------------------------------------------------

let debounceTimer = 0;
let lastRunEnd = -Infinity;

// scheduleAnalysis debounces on both edges: the first input after a pause
// is analysed at once, so a single keystroke or a paste shows at once;
// inputs that follow within DEBOUNCE_MS wait until the typing pauses.
function scheduleAnalysis() {
  if (!debounceTimer && performance.now() - lastRunEnd >= DEBOUNCE_MS) {
    runAnalysis();
    return;
  }
  clearTimeout(debounceTimer);
  setStatus("Analysing…");
  debounceTimer = setTimeout(runAnalysis, DEBOUNCE_MS);
}

function runAnalysis() {
  clearTimeout(debounceTimer);
  debounceTimer = 0;
  const text = $("posting").value;
  const t0 = performance.now();
  let a;
  try {
    a = call("analyze", text, $("lang").value);
  } catch (err) {
    setStatus("Error: " + err.message, true);
    return;
  }
  const t1 = performance.now();
  if (a.error) {
    setStatus("Error: " + a.error.message, true);
    return;
  }
  showAnalysis(text, a);
  const ms = performance.now() - t0;
  lastRunEnd = performance.now();
  playgroundStats.analyses.push(ms);
  playgroundStats.libraryMs.push(t1 - t0);
  if (playgroundStats.loadToFirstResultMs === null) playgroundStats.loadToFirstResultMs = performance.now();
  const box = $("highlighted");
  box.dataset.run = String(Number(box.dataset.run || 0) + 1);
  $("timing").textContent = `analysed in ${Math.round(ms)} ms; first result ${Math.round(playgroundStats.loadToFirstResultMs)} ms after load`;
  setStatus("Ready");
}

// loadedSample is the sample last loaded into the textarea, for the
// language of the text (WCAG 3.1.2): the sample's while the text still
// starts with the sample's first line, else "" (unknown).
let loadedSample = null;

function textLang(text) {
  if (!loadedSample) return "";
  const first = loadedSample.text.split("\n", 1)[0];
  return text.startsWith(first) ? loadedSample.lang : "";
}

function showAnalysis(text, a) {
  hideTooltip();
  const lang = textLang(text);
  $("posting").lang = lang;
  $("highlighted").lang = lang;
  renderHighlights($("highlighted"), text, a.mentions);
  $("mention-summary").textContent = mentionSummary(a.mentions);
  renderDecision(a.decision, a.seniority);
  renderCoverage(a.coverage, a.decision.role);
  renderGaps(a.gaps);
  renderAdvice(a.advice);
}

// ---- compare ----------------------------------------------------------------

function requirementText(rs) {
  return rs && rs.skill ? `${rs.requirement}, importance ${rs.importance}` : "not required";
}

function compareTable(caption, heads, rows) {
  const table = el("table", {},
    el("caption", {}, caption),
    el("thead", {}, el("tr", {}, ...heads.map((h) => el("th", { scope: "col" }, h)))));
  const body = el("tbody");
  for (const r of rows) body.append(el("tr", {}, el("th", { scope: "row" }, r[0]), ...r.slice(1).map((c) => el("td", {}, c))));
  if (!rows.length) body.append(el("tr", {}, el("td", { colspan: heads.length }, "none")));
  table.append(body);
  return el("div", { class: "table-wrap", role: "region", "aria-label": caption, tabindex: 0 }, table);
}

function relationText(from, to, list) {
  return list.map((r) => `${from} ${r.type.replaceAll("-", " ")} ${to}${r.description ? ": " + r.description : ""}`);
}

function renderCompare() {
  if (!globalThis.roles) return;
  const a = $("compare-a").value;
  const b = $("compare-b").value;
  if (!a || !b) return;
  const r = call("compare", a, b, $("lang").value);
  const out = $("compare-result");
  if (r.error) {
    out.replaceChildren(el("p", { class: "error-text" }, r.error.message));
    return;
  }
  const c = r.comparison;
  const A = c.a.name;
  const B = c.b.name;
  const skillRows = (list) => list.map((s) => [s.skill.name, requirementText(s.a), requirementText(s.b)]);
  const heads = ["Skill", A, B];
  const resp = [
    ...c.sharedResponsibilities.map((x) => [x.name, "yes", "yes"]),
    ...c.onlyAResponsibilities.map((x) => [x.name, "yes", "no"]),
    ...c.onlyBResponsibilities.map((x) => [x.name, "no", "yes"]),
  ];
  const rel = [...relationText(A, B, c.aToB || []), ...relationText(B, A, c.bToA || [])];
  out.replaceChildren(
    compareTable(`Skills both require (${c.sharedSkills.length})`, heads, skillRows(c.sharedSkills)),
    compareTable(`Skills only ${A} requires (${c.onlyASkills.length})`, heads, skillRows(c.onlyASkills)),
    compareTable(`Skills only ${B} requires (${c.onlyBSkills.length})`, heads, skillRows(c.onlyBSkills)),
    compareTable(`Responsibilities (${resp.length})`, ["Responsibility", A, B], resp),
    el("h2", {}, "Relations"),
    el("ul", {}, ...(rel.length ? rel.map((t) => el("li", {}, t)) : [el("li", {}, "The taxonomy states no relation between them.")])),
    c.leaning ? el("p", { class: "help" }, "The responsibilities only one of these two carries are the duties that move the developer/engineer leaning.") : null,
  );
}

function setupCompare() {
  const list = call("rolesList", $("lang").value);
  for (const [id, def] of [["compare-a", "backend-developer"], ["compare-b", "backend-engineer"]]) {
    const sel = $(id);
    const keep = sel.value || def;
    sel.replaceChildren(...list.map((r) => el("option", { value: r.id }, r.name)));
    if (list.some((r) => r.id === keep)) sel.value = keep;
    sel.onchange = renderCompare;
  }
  renderCompare();
}

// ---- apply ---------------------------------------------------------------------

// jsonLocations parses JSON text and returns a Map from each value's JSON
// pointer to its place in the text as [start, end) in UTF-16 units (for an
// object member, from its key). It returns null when the text is not JSON.
function jsonLocations(text) {
  const locs = new Map();
  let i = 0;
  const ws = () => { while (i < text.length && " \t\r\n".includes(text[i])) i++; };
  const fail = () => { throw new SyntaxError("bad JSON at " + i); };
  const str = () => {
    if (text[i] !== '"') fail();
    const s = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(s, i));
  };
  const esc = (k) => k.replaceAll("~", "~0").replaceAll("/", "~1");
  const value = (ptr, from) => {
    ws();
    const s = i;
    if (text[i] === "{") {
      i++; ws();
      if (text[i] === "}") i++;
      else for (;;) {
        ws(); const ks = i; const k = str(); ws();
        if (text[i++] !== ":") fail();
        value(ptr + "/" + esc(k), ks); ws();
        if (text[i] === ",") { i++; continue; }
        if (text[i++] !== "}") fail();
        break;
      }
    } else if (text[i] === "[") {
      i++; ws();
      if (text[i] === "]") i++;
      else for (let n = 0; ; n++) {
        value(ptr + "/" + n); ws();
        if (text[i] === ",") { i++; continue; }
        if (text[i++] !== "]") fail();
        break;
      }
    } else if (text[i] === '"') str();
    else {
      const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
      if (!m) fail();
      i += m[0].length;
    }
    locs.set(ptr, [from === undefined ? s : from, i]);
  };
  try {
    value("");
    return locs;
  } catch (err) {
    return null;
  }
}

// lineColumnOffset turns a line and a column in bytes (both from 1) into
// an index in the UTF-16 string text.
function lineColumnOffset(text, line, column) {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) return text.length;
    start = nl + 1;
  }
  const end = text.indexOf("\n", start);
  const lineText = text.slice(start, end < 0 ? text.length : end);
  let bytes = 0;
  let at = start;
  for (const ch of lineText) { // by code point; a column inside one stays before it
    const cp = ch.codePointAt(0);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes > column - 1) break;
    at += ch.length;
  }
  return at;
}

// problemRange finds where a problem is in the input: [start, end) or null.
function problemRange(text, p, locs) {
  if (p.line > 0) {
    // One character, or a caret at the end of a line or of the text.
    const at = Math.min(lineColumnOffset(text, p.line, p.column || 1), text.length);
    return [at, at < text.length && text[at] !== "\n" ? at + 1 : at];
  }
  if (!p.path || !locs) return null;
  let ptr = p.path;
  while (ptr && !locs.has(ptr)) ptr = ptr.slice(0, ptr.lastIndexOf("/"));
  return ptr ? locs.get(ptr) : null;
}

function selectInInput(start, end) {
  const ta = $("apply-input");
  ta.focus();
  ta.setSelectionRange(start, end);
  const lineHeight = parseFloat(getComputedStyle(ta).lineHeight) || 20;
  const lines = ta.value.slice(0, start).split("\n").length - 1;
  ta.scrollTop = Math.max(0, lines * lineHeight - ta.clientHeight / 3);
}

function problemItems(text, problems) {
  const locs = jsonLocations(text);
  return problems.map((p) => {
    const where = p.line > 0 ? `line ${p.line}, column ${p.column}` : (p.path || "the whole document");
    const range = problemRange(text, p, locs);
    const li = el("li", { "data-path": p.path, "data-code": p.code },
      el("code", { class: "ptr" }, where), " ", el("span", { class: "code-tag" }, p.code), " ", el("span", {}, p.message));
    if (range) {
      const btn = el("button", { type: "button", class: "locate", "aria-label": `Show in input: ${where}` }, "Show in input");
      btn.addEventListener("click", () => selectInInput(range[0], range[1]));
      li.append(" ", btn);
    }
    return li;
  });
}

function showApplyErrors(text, error) {
  const box = $("apply-errors-box");
  const problems = error.problems || [];
  $("apply-errors-summary").textContent = error.message.split("\n")[0];
  $("apply-errors").replaceChildren(...problemItems(text, problems));
  box.hidden = false;
}

function appliedAnalysis(r, text) {
  const a = r.analysis;
  const box = el("div", { class: "highlighted applied", role: "region", "aria-label": "Mentions under the overlay" });
  renderHighlights(box, text, a.mentions);
  const d = a.decision;
  return [
    el("h2", {}, "Applied"),
    el("p", {}, `Taxonomy ${r.applied.version}: ${r.applied.roles} roles, ${r.applied.skills} skills.`),
    el("p", { class: "verdict", "data-role": d.role, "data-leaning": String(d.leaning) },
      "The posting from the Analyse tab is about: ", el("strong", {}, d.role ? d.roleName : "none of the roles"),
      ` — confidence ${percent(d.confidence)}, leaning ${d.leaning.toFixed(2)} (${leaningWords(d.leaning)}).`),
    el("p", { class: "help" }, mentionSummary(a.mentions)),
    box,
  ];
}

function resumeResult(res, text) {
  const rows = res.profile.map((p) => [p.name, p.kind, p.years ? String(p.years) : "not stated"]);
  const d = res.decision;
  const cov = res.coverage.slice(0, 4).map((c) => el("li", { "data-role": c.role }, `${c.name}: ${percent(c.score)} covered; essential skills missing: ${c.missing.filter((m) => m.requirement === "essential").map((m) => m.name).join(", ") || "none"}`));
  const parts = [
    el("h2", {}, "Resume"),
    el("p", {}, "Headline: ", el("strong", {}, res.headline || "(none)")),
    el("p", { class: "verdict", "data-role": d.role }, "Decided role: ", el("strong", {}, d.role ? d.roleName : "none of the roles"), ` — confidence ${percent(d.confidence)}`),
    compareTable(`Profile (${rows.length})`, ["Concept", "Kind", "Years"], rows),
    el("h3", {}, "Coverage (best four)"),
    el("ul", {}, ...cov),
  ];
  if (res.unknown.length) {
    parts.push(el("h3", {}, `Not in the taxonomy (${res.unknown.length})`), el("ul", { class: "problems notes" }, ...problemItems(text, res.unknown)));
  }
  return parts;
}

function runApply() {
  const kind = $("apply-kind").value;
  const text = $("apply-input").value;
  $("apply-errors-box").hidden = true;
  $("apply-errors").replaceChildren();
  const r = call("apply", kind, text, $("posting").value, $("lang").value);
  const out = $("apply-result");
  if (r.error) {
    out.replaceChildren();
    showApplyErrors(text, r.error);
    const n = (r.error.problems && r.error.problems.length) || 1;
    setStatus(`${n} ${n === 1 ? "problem" : "problems"} in the ${kind === "resume" ? "JSON Resume" : "overlay"}`, true);
    return;
  }
  out.replaceChildren(...(kind === "overlay" ? appliedAnalysis(r, $("posting").value) : resumeResult(r.resume, text)));
  setStatus("Ready");
}

function setupApply(samples) {
  const group = $("apply-samples");
  for (const s of samples) {
    const btn = el("button", { type: "button", "data-sample": s.id }, s.label);
    btn.addEventListener("click", async () => {
      $("apply-kind").value = s.kind;
      $("apply-input").value = await fetchText(s.file);
      runApply();
    });
    group.append(btn);
  }
  $("apply-run").addEventListener("click", runApply);
}

// ---- start --------------------------------------------------------------------

function setupAnalyze(texts) {
  const sel = $("sample");
  sel.replaceChildren(...texts.map((t) => el("option", { value: t.id }, t.label)));
  const def = texts.find((t) => t.default) || texts[0];
  sel.value = def.id;
  sel.addEventListener("change", async () => {
    const t = texts.find((x) => x.id === sel.value);
    const text = await fetchText(t.file);
    loadedSample = { text, lang: t.lang };
    $("posting").value = text;
    runAnalysis();
  });
  $("posting").addEventListener("input", scheduleAnalysis);
  $("lang").addEventListener("change", () => {
    runAnalysis();
    setupCompare();
  });
  return fetchText(def.file).then((text) => {
    loadedSample = { text, lang: def.lang };
    return text;
  });
}

async function start() {
  setupTabs();
  setupTooltips();
  try {
    const [samples, , ] = await Promise.all([loadSamples(), loadLibrary()]);
    const firstText = await setupAnalyze(samples.texts);
    setupApply(samples.apply);
    const ta = $("posting");
    if (!ta.value) ta.value = firstText;
    runAnalysis();
    setupCompare();
  } catch (err) {
    setStatus("Error: " + err.message, true);
    throw err;
  }
}

start();
