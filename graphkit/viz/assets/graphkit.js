/* graphkit stance graph page.
 * Data comes from the JSON block #gk-data; every piece of it reaches the DOM through
 * textContent / createElement, never innerHTML. Links only for http(s) URLs.
 * Filters (polarity group, relation, claims, quad class, date window) test each statement:
 * an edge is shown while at least one of its statements passes every filter. Once the
 * window is narrower than the full date range, undated statements are hidden; once a quad
 * box is unticked, statements without a quad class are hidden. Days are read only when
 * they start with YYYY-MM-DD.
 * Exposes window.graphkit = {network, nodes, edges, nodesView, edgesView, ready, ...}. */
(function () {
  "use strict";
  var t0 = performance.now();
  var data = JSON.parse(document.getElementById("gk-data").textContent);
  function dict() { return Object.create(null); }  /* maps keyed by data: no prototype */
  var COLORS = dict();
  data.legend.edges.forEach(function (e) { COLORS[e.label] = e.color; });
  var SHAPE_GLYPHS = {
    dot: "\u25CF", square: "\u25A0", triangle: "\u25B2", triangleDown: "\u25BC",
    star: "\u2605", diamond: "\u25C6", hexagon: "\u2B22"
  };
  var MAX_STATEMENTS = 200;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function isHttp(url) { return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url); }

  var DAY = /^\d{4}-\d{2}-\d{2}/;
  function dayOf(value) {
    return typeof value === "string" && DAY.test(value) ? value.slice(0, 10) : null;
  }
  var articleDays = data.articles.map(function (a) { return dayOf(a.day); });
  var RANGE = data.dates && dayOf(data.dates[0]) && dayOf(data.dates[1]) ?
    [dayOf(data.dates[0]), dayOf(data.dates[1])] : null;

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var state = {
    groups: dict(), relations: dict(), claims: true, keep: null, match: null,
    quads: dict(), allQuads: true, from: null, to: null, window: false
  };
  data.groups.forEach(function (g) { state.groups[g] = true; });
  data.relations.forEach(function (r) { state.relations[r] = true; });
  data.quads.forEach(function (q) { state.quads[q[0]] = true; });

  /* Does statement s of edge e pass every filter (the edge's group and claim included)? */
  function statementPasses(e, s) {
    if (!state.groups[e.group] || (e.claim && !state.claims)) { return false; }
    if (!state.relations[s.relation]) { return false; }
    if (!state.allQuads && state.quads[s.quad] !== true) { return false; }
    if (state.window) {
      var day = articleDays[s.article];
      if (!day) { return false; }
      if ((state.from && day < state.from) || (state.to && day > state.to)) { return false; }
    }
    return true;
  }
  function passing(e) {
    return e.stmts.map(function (i) { return data.statements[i]; })
      .filter(function (s) { return statementPasses(e, s); });
  }
  function edgeVisible(e) {
    if (!e.stmts.some(function (i) { return statementPasses(e, data.statements[i]); })) {
      return false;
    }
    if (state.keep) { return state.match[e.from] === true || state.match[e.to] === true; }
    return true;
  }
  function nodeVisible(n) { return state.keep ? state.keep[n.id] === true : true; }

  var nodesView = new vis.DataView(nodes, { filter: nodeVisible });
  var edgesView = new vis.DataView(edges, { filter: edgeVisible });
  var container = document.getElementById("gk-network");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, data.options);

  var api = {
    network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    data: data, ready: false, readyMs: null, showEdge: showEdge, showNode: showNode,
    refresh: refresh, statementPasses: statementPasses
  };
  window.graphkit = api;

  function stats() {
    var s = document.getElementById("gk-stats");
    var shown = 0;
    edgesView.forEach(function (e) { shown += passing(e).length; });
    s.textContent = nodesView.length + " of " + nodes.length + " actors \u00B7 " +
      edgesView.length + " of " + edges.length + " edges \u00B7 " + shown + " of " +
      data.meta.statements + " statements";
  }

  /* ---- filters ---- */
  function computeSearch() {
    var q = document.getElementById("gk-search").value.trim().toLowerCase();
    var note = document.getElementById("gk-search-note");
    state.keep = null; state.match = null; note.hidden = true;
    if (!q) { return; }
    var match = dict(); var found = 0;
    nodes.forEach(function (n) {
      if (String(n.label).toLowerCase().indexOf(q) >= 0) { match[n.id] = true; found++; }
    });
    if (!found) {   /* an empty result would blank the graph: keep it and say so */
      note.textContent = "No actor matches \u201C" + q + "\u201D; showing all.";
      note.hidden = false;
      return;
    }
    var keep = dict();
    Object.keys(match).forEach(function (id) { keep[id] = true; });
    state.match = match; state.keep = keep;
    edges.forEach(function (e) {
      if (edgeVisible(e)) { keep[e.from] = true; keep[e.to] = true; }
    });
    note.textContent = found + " actor" + (found === 1 ? "" : "s") + " match, with their neighbours.";
    note.hidden = false;
  }
  var current = null;  /* the panel's subject, re-drawn when a filter changes */
  function refresh() {
    computeSearch();
    nodesView.refresh();
    edgesView.refresh();
    stats();
    if (current) { current[0](current[1]); }
  }

  function checkbox(parent, label, checked, color, onchange) {
    var lab = el("label");
    var box = el("input");
    box.type = "checkbox"; box.checked = checked;
    box.addEventListener("change", function () { onchange(box.checked); refresh(); });
    lab.appendChild(box);
    if (color) { var sw = el("span", "gk-swatch"); sw.style.background = color; lab.appendChild(sw); }
    lab.appendChild(document.createTextNode(label));
    parent.appendChild(lab);
    return box;
  }
  var groupBoxes = dict();
  data.groups.forEach(function (g) {
    groupBoxes[g] = checkbox(document.getElementById("gk-groups"), g, true, COLORS[g],
      function (on) { state.groups[g] = on; });
  });
  var relBoxes = dict();
  var relList = document.getElementById("gk-rel-list");
  data.relations.forEach(function (r) {
    relBoxes[r] = checkbox(relList, r, true, null, function (on) { state.relations[r] = on; });
  });
  function setAllRelations(on) {
    data.relations.forEach(function (r) { state.relations[r] = on; relBoxes[r].checked = on; });
    refresh();
  }
  document.getElementById("gk-rel-all").addEventListener("click", function () { setAllRelations(true); });
  document.getElementById("gk-rel-none").addEventListener("click", function () { setAllRelations(false); });
  var claimsBox = document.getElementById("gk-claims");
  claimsBox.addEventListener("change", function () { state.claims = claimsBox.checked; refresh(); });
  var quadBoxes = dict();
  var quadSet = document.getElementById("gk-quads");
  function allQuadsOn() {
    return data.quads.every(function (q) { return state.quads[q[0]]; });
  }
  data.quads.forEach(function (q) {
    quadBoxes[q[0]] = checkbox(quadSet, q[0] + " " + q[1], true, null, function (on) {
      state.quads[q[0]] = on; state.allQuads = allQuadsOn();
    });
  });
  quadSet.hidden = data.quads.length === 0;
  var fromBox = document.getElementById("gk-from");
  var toBox = document.getElementById("gk-to");
  function readDates() {
    state.from = dayOf(fromBox.value); state.to = dayOf(toBox.value);
    state.window = RANGE !== null && ((state.from !== null && state.from > RANGE[0]) ||
      (state.to !== null && state.to < RANGE[1]));
  }
  function resetDates() {
    if (!RANGE) { return; }
    fromBox.value = RANGE[0]; toBox.value = RANGE[1];
    readDates();
  }
  if (RANGE) {
    [fromBox, toBox].forEach(function (box) {
      box.min = RANGE[0]; box.max = RANGE[1];
      box.addEventListener("change", function () { readDates(); refresh(); });
    });
    resetDates();
    document.getElementById("gk-dates").hidden = false;
  }
  var search = document.getElementById("gk-search");
  var searchTimer = null;
  search.addEventListener("input", function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(refresh, 150);
  });
  var physicsBox = document.getElementById("gk-physics");
  physicsBox.checked = !!data.meta.physics;
  physicsBox.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physicsBox.checked } });
  });
  document.getElementById("gk-fit").addEventListener("click", function () { network.fit(); });
  document.getElementById("gk-reset").addEventListener("click", function () {
    search.value = ""; claimsBox.checked = true; state.claims = true;
    data.groups.forEach(function (g) { state.groups[g] = true; groupBoxes[g].checked = true; });
    data.quads.forEach(function (q) { state.quads[q[0]] = true; quadBoxes[q[0]].checked = true; });
    state.allQuads = true;
    resetDates();
    setAllRelations(true);
    network.fit();
  });

  /* ---- legend ---- */
  function legendItem(parent, swatch, label) {
    var row = el("div", "gk-legend-item");
    row.appendChild(swatch);
    row.appendChild(el("span", null, label));
    parent.appendChild(row);
  }
  var legend = document.getElementById("gk-legend");
  data.legend.nodes.forEach(function (item) {
    var glyph = el("span", null, SHAPE_GLYPHS[item.shape || "dot"] || SHAPE_GLYPHS.dot);
    glyph.style.color = item.color;
    legendItem(legend, glyph, item.label);
  });
  data.legend.shapes.forEach(function (item) {
    legendItem(legend, el("span", null, SHAPE_GLYPHS[item.shape] || SHAPE_GLYPHS.dot), item.label);
  });
  var SVG = "http://www.w3.org/2000/svg";
  data.legend.edges.forEach(function (item) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "34"); svg.setAttribute("height", "10");
    var line = document.createElementNS(SVG, "line");
    line.setAttribute("x1", "1"); line.setAttribute("y1", "5");
    line.setAttribute("x2", "27"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", item.color); line.setAttribute("stroke-width", "3");
    if (item.dashes) { line.setAttribute("stroke-dasharray", item.dashes.join(" ")); }
    var head = document.createElementNS(SVG, "path");
    head.setAttribute("d", "M27 1 L33 5 L27 9 Z"); head.setAttribute("fill", item.color);
    svg.appendChild(line); svg.appendChild(head);
    legendItem(legend, svg, item.label);
  });
  legendItem(legend, el("span", null, "\u2014"), "width grows with the number of statements");

  /* ---- side panel ---- */
  var panel = document.getElementById("gk-panel");
  function nodeLabel(id) { var n = nodes.get(id); return n ? n.label : String(id); }

  function statementCard(s) {
    var card = el("div", "gk-stmt");
    card.setAttribute("data-key", s.key);
    var head = el("div", "gk-stmt-head");
    var dot = el("span", "gk-dot"); dot.style.background = COLORS[s.group] || "#888";
    head.appendChild(dot);
    head.appendChild(el("span", "gk-rel", s.relation));
    if (s.negated) { head.appendChild(el("span", "gk-flag gk-flag-negated", "negated")); }
    if (!s.negated && !s.asserted) {
      head.appendChild(el("span", "gk-flag gk-flag-claim",
        s.attributed_to ? "claim attributed to " + s.attributed_to : "not asserted"));
    }
    if (s.speaker) { head.appendChild(el("span", "gk-flag", "speaker: " + s.speaker)); }
    if (s.confidence !== null && s.confidence !== undefined) {
      head.appendChild(el("span", "gk-flag", "confidence " + Number(s.confidence).toFixed(2)));
    }
    card.appendChild(head);
    var ev = el("p", "gk-evidence");
    s.evidence.forEach(function (piece) {
      if (piece[1]) {
        var m = el("mark", "gk-" + piece[1], piece[0]);
        m.title = piece[1];
        ev.appendChild(m);
      } else {
        ev.appendChild(document.createTextNode(piece[0]));
      }
    });
    card.appendChild(ev);
    var src = el("div", "gk-source");
    var art = data.articles[s.article] || {};
    if (art.title) { src.appendChild(el("span", "gk-article-title", art.title)); }
    if (art.date) { src.appendChild(document.createTextNode(" \u00B7 " + art.date)); }
    if (isHttp(art.url)) {
      src.appendChild(document.createTextNode(" \u00B7 "));
      var a = el("a", null, "open article");
      a.href = art.url; a.target = "_blank"; a.rel = "noopener noreferrer";
      src.appendChild(a);
    } else if (art.doc) {
      src.appendChild(document.createTextNode(" \u00B7 " + art.doc));
    }
    card.appendChild(src);
    return card;
  }

  function showEdge(id) {
    var e = edges.get(id);
    if (!e) { return; }
    current = [showEdge, id];
    clear(panel);
    panel.setAttribute("data-edge", id);
    panel.removeAttribute("data-node");
    panel.appendChild(el("h2", null, nodeLabel(e.from) + " \u2192 " + nodeLabel(e.to)));
    var shown = passing(e);
    var hidden = e.stmts.length - shown.length;
    panel.setAttribute("data-hidden", String(hidden));
    panel.appendChild(el("p", "gk-note", e.group + (e.claim ? " claims" : "") + " \u00B7 " +
      e.stmts.length + " statement" + (e.stmts.length === 1 ? "" : "s") +
      (hidden ? " \u00B7 " + hidden + " hidden by filters" : "")));
    var list = el("div", "gk-stmts");
    panel.appendChild(list);
    function more(from) {
      shown.slice(from, from + MAX_STATEMENTS).forEach(function (s) { list.appendChild(statementCard(s)); });
      if (shown.length > from + MAX_STATEMENTS) {
        var btn = el("button", null, "show more (" + (shown.length - from - MAX_STATEMENTS) + ")");
        btn.type = "button";
        btn.addEventListener("click", function () { btn.remove(); more(from + MAX_STATEMENTS); });
        list.appendChild(btn);
      }
    }
    more(0);
  }

  function stanceRow(parent, e, other, arrow) {
    var row = el("div", "gk-stance");
    var dot = el("span", "gk-dot"); dot.style.background = COLORS[e.group] || "#888";
    row.appendChild(dot);
    var counts = dict();
    passing(e).forEach(function (s) { counts[s.relation] = (counts[s.relation] || 0) + 1; });
    var rels = Object.keys(counts).sort().map(function (r) {
      return counts[r] > 1 ? r + " \u00D7" + counts[r] : r;
    }).join(", ");
    row.appendChild(document.createTextNode(arrow + " " + nodeLabel(other) + ": " + rels +
      (e.claim ? " (claim)" : "") + (e.group === "negated" ? " (negated)" : "")));
    row.addEventListener("click", function () { network.selectEdges([e.id]); showEdge(e.id); });
    parent.appendChild(row);
  }

  function showNode(id) {
    var n = nodes.get(id);
    if (!n) { return; }
    current = [showNode, id];
    clear(panel);
    panel.setAttribute("data-node", id);
    panel.removeAttribute("data-edge");
    panel.removeAttribute("data-hidden");
    panel.appendChild(el("h2", null, n.label));
    var facts = [n.actorType || "actor"];
    if (n.iso3) { facts.push(n.iso3); }
    if (n.wikidata) { facts.push("Wikidata " + n.wikidata); }
    panel.appendChild(el("p", "gk-note", facts.join(" \u00B7 ")));
    var out = edgesView.get({ filter: function (e) { return e.from === id; } });
    var inc = edgesView.get({ filter: function (e) { return e.to === id && e.from !== id; } });
    panel.appendChild(el("h3", null, "Stances taken (" + out.length + ")"));
    out.forEach(function (e) { stanceRow(panel, e, e.to, "\u2192"); });
    panel.appendChild(el("h3", null, "Stances received (" + inc.length + ")"));
    inc.forEach(function (e) { stanceRow(panel, e, e.from, "\u2190"); });
  }

  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); } else if (params.edges.length) { showEdge(params.edges[0]); }
  });
  /* Hovering an edge previews its statements while nothing is selected (a click pins). */
  network.on("hoverEdge", function (params) {
    if (!network.getSelectedNodes().length && !network.getSelectedEdges().length) {
      showEdge(params.edge);
    }
  });

  function markReady() {
    if (api.ready) { return; }
    api.ready = true;
    api.readyMs = performance.now() - t0;
    document.body.setAttribute("data-ready", "1");
  }
  if (data.meta.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      physicsBox.checked = false;
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", markReady);
  }
  stats();
})();
