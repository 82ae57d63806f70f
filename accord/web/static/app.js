/* Accord dashboard: the charts, the network and the live coding page, drawn from the
   API's JSON as plain SVG and DOM. No library, nothing fetched but this server's API. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var QUADS = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

  function svg(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }
  function html(name, attrs, parent, text) {
    var node = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (parent) parent.appendChild(node);
    return node;
  }
  function tip(node, text) { svg("title", {}, node).textContent = text; return node; }
  function signed(x) { return (x > 0 ? "+" : "") + (Math.round(x * 10) / 10).toFixed(1); }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function niceMax(x) {
    if (x <= 0) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(x))), m = x / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  }
  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body.detail || ("HTTP " + r.status));
        return body;
      });
    });
  }
  function message(box, text, cls) { clear(box); html("p", { "class": cls || "muted" }, box, text); }

  /* -- dyad timeline: cooperation up, conflict down; the Goldstein sum below ---------- */
  function drawTimeline(box, data, a, b) {
    clear(box);
    var periods = data.periods;
    if (!periods.length) { message(box, "No dated events between these states."); return; }
    var width = Math.max(box.clientWidth - 20, 600), left = 48, right = 16, top = 16;
    var h1 = 220, gap = 48, h2 = 110, bottom = 36;
    var height = top + h1 + gap + h2 + bottom;
    var plotW = width - left - right, step = plotW / periods.length, barW = Math.max(step * 0.8, 0.8);
    var coopMax = 0, confMax = 0, gMax = 0;
    periods.forEach(function (p) {
      coopMax = Math.max(coopMax, p.cooperation); confMax = Math.max(confMax, p.conflict);
      gMax = Math.max(gMax, Math.abs(p.goldstein));
    });
    var yMax = niceMax(Math.max(coopMax, confMax, 1)), zero = top + h1 / 2, scale = (h1 / 2) / yMax;
    var root = svg("svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height, role: "img",
      "aria-label": "Events between " + a + " and " + b + " per " + data.interval }, box);
    var grid = svg("g", { "class": "grid" }, root), axis = svg("g", { "class": "axis" }, root);
    [-yMax, -yMax / 2, 0, yMax / 2, yMax].forEach(function (v) {
      var y = zero - v * scale;
      svg("line", { x1: left, x2: width - right, y1: y, y2: y }, grid);
      svg("text", { x: left - 6, y: y + 4, "text-anchor": "end" }, axis).textContent = String(Math.abs(v));
    });
    svg("line", { x1: left, x2: width - right, y1: zero, y2: zero }, axis);
    svg("text", { x: left + 4, y: top + 10 }, axis).textContent = "cooperation ↑";
    svg("text", { x: left + 4, y: top + h1 - 4 }, axis).textContent = "conflict ↓";
    var bars = svg("g", { "class": "bars" }, root);
    periods.forEach(function (p, i) {
      if (!p.events) return;
      var x = left + i * step + (step - barW) / 2;
      var label = p.period + ": " + p.events + " events — " + p.cooperation + " cooperation, " + p.conflict +
        " conflict; Goldstein " + signed(p.goldstein) + "; " + a + "→" + b + " " + p.a_to_b + ", " + b + "→" + a + " " + p.b_to_a;
      var y = zero;
      [[p.verbal_cooperation, "q1"], [p.material_cooperation, "q2"]].forEach(function (part) {
        if (!part[0]) return;
        var hgt = part[0] * scale; y -= hgt;
        tip(svg("rect", { x: x, y: y, width: barW, height: hgt, "class": part[1] }, bars), label);
      });
      y = zero;
      [[p.verbal_conflict, "q3"], [p.material_conflict, "q4"]].forEach(function (part) {
        if (!part[0]) return;
        var hgt = part[0] * scale;
        tip(svg("rect", { x: x, y: y, width: barW, height: hgt, "class": part[1] }, bars), label);
        y += hgt;
      });
    });
    /* Goldstein sum per period */
    var gTop = top + h1 + gap, gZero = gTop + h2 / 2, gScale = (h2 / 2) / niceMax(Math.max(gMax, 1));
    svg("line", { x1: left, x2: width - right, y1: gZero, y2: gZero }, axis);
    svg("text", { x: left + 4, y: gTop - 8, "class": "panel-title" }, axis).textContent = "Goldstein sum per " + data.interval;
    svg("text", { x: left - 6, y: gTop + 4, "text-anchor": "end" }, axis).textContent = "+" + niceMax(Math.max(gMax, 1));
    svg("text", { x: left - 6, y: gTop + h2 + 4, "text-anchor": "end" }, axis).textContent = "−" + niceMax(Math.max(gMax, 1));
    var points = periods.map(function (p, i) { return [left + (i + 0.5) * step, gZero - p.goldstein * gScale]; });
    svg("polyline", { "class": "goldstein", points: points.map(function (pt) { return pt[0].toFixed(1) + "," + pt[1].toFixed(1); }).join(" ") }, root);
    periods.forEach(function (p, i) {
      if (!p.events) return;
      tip(svg("circle", { "class": "goldstein-dot", cx: points[i][0], cy: points[i][1], r: 2.5 }, root),
        p.period + ": Goldstein " + signed(p.goldstein));
    });
    /* period labels */
    var every = Math.max(1, Math.ceil(periods.length / Math.floor(plotW / 80)));
    periods.forEach(function (p, i) {
      if (i % every) return;
      var x = left + (i + 0.5) * step;
      svg("line", { x1: x, x2: x, y1: gTop + h2, y2: gTop + h2 + 4 }, axis);
      svg("text", { x: x, y: gTop + h2 + 18, "text-anchor": "middle" }, axis).textContent = p.period;
    });
  }

  function initTimeline() {
    var box = document.getElementById("timeline");
    if (!box) return;
    var interval = document.getElementById("interval"), since = document.getElementById("since");
    var dyad = box.getAttribute("data-dyad"), a = box.getAttribute("data-a"), b = box.getAttribute("data-b");
    function load() {
      var params = new URLSearchParams({ interval: interval.value });
      if (since.value.trim()) params.set("since", since.value.trim());
      var query = params.toString(), base = "/api/dyads/" + encodeURIComponent(dyad) + "/timeline";
      history.replaceState(null, "", window.location.pathname + "?" + query);  /* the page's state is in its URL */
      ["csv", "json"].forEach(function (f) { var link = document.getElementById("timeline-" + f); if (link) link.href = base + "." + f + "?" + query; });
      box.removeAttribute("data-ready");
      getJSON(base + "?" + query).then(function (data) { drawTimeline(box, data, a, b); drawBands(box, data); box.setAttribute("data-ready", "1"); })
        .catch(function (err) { message(box, err.message, "error"); box.setAttribute("data-ready", "1"); });
    }
    interval.addEventListener("change", load);
    since.addEventListener("change", load);
    load();
  }

  /* -- dates at their precision: what a chart of periods cannot place ----------------- */
  function drawBands(box, data) {
    var imprecise = data.imprecise || [], apart = data.apart || [];
    if (!imprecise.length && !apart.length) return;
    var list = html("ul", { "class": "bands" }, box);
    imprecise.forEach(function (x) {
      html("li", { "class": "band imprecise", "data-date": x.date }, list,
        "Known only to the " + x.precision + " " + x.date + ": " + x.events + " event" + (x.events === 1 ? "" : "s") +
        " (" + x.cooperation + " cooperation, " + x.conflict + " conflict), not placed in any " + data.interval);
    });
    apart.forEach(function (x) {
      html("li", { "class": "band apart", "data-date": x.date }, list,
        "Outside the dates of the events (" + (data.first || "") + " to " + (data.last || "") + "): " + x.date + ", " +
        x.events + " event" + (x.events === 1 ? "" : "s") + " recalled");
    });
  }

  /* -- events over time, stacked by quad class (the overview) --------------------------- */
  function drawStacked(box, data) {
    clear(box);
    var periods = data.periods;
    if (!periods.length) { message(box, "No dated events yet."); return; }
    var width = Math.max(box.clientWidth - 20, 600), left = 48, right = 16, top = 12, h = 200, bottom = 30;
    var height = top + h + bottom, plotW = width - left - right, step = plotW / periods.length, barW = Math.max(step * 0.8, 0.8);
    var yMax = niceMax(Math.max.apply(null, periods.map(function (p) { return p.events; }).concat([1]))), scale = h / yMax;
    var root = svg("svg", { width: width, height: height, viewBox: "0 0 " + width + " " + height, role: "img",
      "aria-label": "Events per " + data.interval + " by quad class" }, box);
    var grid = svg("g", { "class": "grid" }, root), axis = svg("g", { "class": "axis" }, root), bars = svg("g", { "class": "bars" }, root);
    [0, yMax / 2, yMax].forEach(function (v) {
      var y = top + h - v * scale;
      svg("line", { x1: left, x2: width - right, y1: y, y2: y }, grid);
      svg("text", { x: left - 6, y: y + 4, "text-anchor": "end" }, axis).textContent = String(v);
    });
    periods.forEach(function (p, i) {
      var x = left + i * step + (step - barW) / 2, y = top + h;
      [[p.verbal_cooperation, 1], [p.material_cooperation, 2], [p.verbal_conflict, 3], [p.material_conflict, 4]].forEach(function (part) {
        if (!part[0]) return;
        var hgt = part[0] * scale; y -= hgt;
        tip(svg("rect", { x: x, y: y, width: barW, height: hgt, "class": "q" + part[1], "data-period": p.period }, bars),
          p.period + ": " + part[0] + " " + QUADS[part[1]] + " (" + p.events + " events)");
      });
    });
    var every = Math.max(1, Math.ceil(periods.length / Math.floor(plotW / 80)));
    periods.forEach(function (p, i) {
      if (i % every) return;
      svg("text", { x: left + (i + 0.5) * step, y: top + h + 18, "text-anchor": "middle" }, axis).textContent = p.period;
    });
    var legend = html("p", { "class": "legend" }, box);
    [1, 2, 3, 4].forEach(function (q) { html("span", { "class": "swatch q" + q }, legend); legend.appendChild(document.createTextNode(" " + QUADS[q] + " ")); });
  }

  function initOverview() {
    var box = document.getElementById("overview-timeline");
    if (!box) return;
    var select = document.getElementById("overview-interval");
    function load() {
      var query = "interval=" + encodeURIComponent(select.value);
      history.replaceState(null, "", window.location.pathname + "?" + query);
      document.getElementById("overview-timeline-csv").href = "/api/timeline.csv?" + query;
      document.getElementById("overview-timeline-json").href = "/api/timeline.json?" + query;
      box.removeAttribute("data-ready");
      getJSON("/api/timeline?" + query).then(function (data) { drawStacked(box, data); drawBands(box, data); box.setAttribute("data-ready", "1"); })
        .catch(function (err) { message(box, err.message, "error"); box.setAttribute("data-ready", "1"); });
    }
    select.addEventListener("change", load);
    load();
  }

  /* -- the map: Natural Earth's outlines shipped with Accord, events at their places ---- */
  function drawMap(box, world, places) {
    clear(box);
    var width = 960, height = 480;
    function project(lon, lat) { return [(lon + 180) / 360 * width, (90 - lat) / 180 * height]; }
    var byCountry = {}, maxCountry = 1;
    places.forEach(function (p) { if (p.lat === null && p.country) { byCountry[p.country] = (byCountry[p.country] || 0) + p.events; maxCountry = Math.max(maxCountry, byCountry[p.country]); } });
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": "Where the events took place" }, box);
    var land = svg("g", { "class": "land" }, root);
    world.features.forEach(function (f) {
      var d = f.geometry.coordinates.map(function (poly) {
        return poly.map(function (ring) {
          return "M" + ring.map(function (pt) { var q = project(pt[0], pt[1]); return q[0].toFixed(1) + "," + q[1].toFixed(1); }).join("L") + "Z";
        }).join("");
      }).join("");
      var n = byCountry[f.properties.iso3] || 0;
      var path = svg("path", { d: d, "class": "country" + (n ? " has-events" : ""), "data-iso3": f.properties.iso3 }, land);
      if (n) { path.setAttribute("fill-opacity", (0.25 + 0.6 * n / maxCountry).toFixed(2)); tip(path, f.properties.iso3 + ": " + n + " events"); }
    });
    var dots = svg("g", { "class": "places" }, root), maxEvents = Math.max.apply(null, places.map(function (p) { return p.events; }).concat([1]));
    places.forEach(function (p) {
      if (p.lat === null || p.lon === null) return;
      var q = project(p.lon, p.lat), share = p.events ? p.cooperation / p.events : 0.5;
      tip(svg("circle", { "class": "place", cx: q[0].toFixed(1), cy: q[1].toFixed(1), r: (3 + 9 * Math.sqrt(p.events / maxEvents)).toFixed(1), fill: mix(share) }, dots),
        p.location + (p.country ? " (" + p.country + ")" : "") + ": " + p.events + " events");
    });
  }

  function initMap() {
    var box = document.getElementById("map");
    if (!box) return;
    Promise.all([getJSON("/static/world.json"), getJSON("/api/places?limit=1000")])
      .then(function (got) { drawMap(box, got[0], got[1].places); box.setAttribute("data-ready", "1"); })
      .catch(function (err) { message(box, err.message, "error"); box.setAttribute("data-ready", "1"); });
  }

  /* -- network of states: a small force layout, drawn once it settles ----------------- */
  function layout(nodes, edges, width, height) {
    var n = nodes.length, index = {};
    nodes.forEach(function (d, i) {
      index[d.state] = i;
      var angle = 2 * Math.PI * i / n;
      d.x = width / 2 + Math.cos(angle) * width / 3; d.y = height / 2 + Math.sin(angle) * height / 3;
    });
    var k = Math.sqrt(width * height / Math.max(n, 1)) * 0.75, temp = width / 8;
    var maxW = Math.max.apply(null, edges.map(function (e) { return e.events; }).concat([1]));
    for (var it = 0; it < 300; it++) {
      var dx = new Float64Array(n), dy = new Float64Array(n);
      for (var i = 0; i < n; i++) for (var j = i + 1; j < n; j++) {
        var x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y, d2 = Math.max(x * x + y * y, 0.01);
        var f = k * k / d2;
        dx[i] += x * f; dy[i] += y * f; dx[j] -= x * f; dy[j] -= y * f;
      }
      edges.forEach(function (e) {
        var s = index[e.source], t = index[e.target];
        var x = nodes[s].x - nodes[t].x, y = nodes[s].y - nodes[t].y, d = Math.sqrt(x * x + y * y) || 0.01;
        var f = d / k * (0.5 + e.events / maxW);
        dx[s] -= x * f; dy[s] -= y * f; dx[t] += x * f; dy[t] += y * f;
      });
      for (i = 0; i < n; i++) {
        dx[i] += (width / 2 - nodes[i].x) * 0.05; dy[i] += (height / 2 - nodes[i].y) * 0.05;
        var len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1, move = Math.min(len, temp);
        nodes[i].x += dx[i] / len * move; nodes[i].y += dy[i] / len * move;
      }
      temp *= 0.985;
    }
    var xs = nodes.map(function (d) { return d.x; }), ys = nodes.map(function (d) { return d.y; });
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs), minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    var pad = 40, sx = (width - 2 * pad) / Math.max(maxX - minX, 1), sy = (height - 2 * pad) / Math.max(maxY - minY, 1);
    nodes.forEach(function (d) { d.x = pad + (d.x - minX) * sx; d.y = pad + (d.y - minY) * sy; });
    return index;
  }

  function mix(share) { /* red (conflict) to green (cooperation) */
    var r = Math.round(192 + (46 - 192) * share), g = Math.round(57 + (139 - 57) * share), b = Math.round(43 + (87 - 43) * share);
    return "rgb(" + r + "," + g + "," + b + ")";
  }

  function drawNetwork(box, data) {
    clear(box);
    if (!data.nodes.length) { message(box, "No events match: nothing to draw."); return; }
    var width = 1000, height = 640;
    var index = layout(data.nodes, data.edges, width, height);
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": "Network of states and organisations" }, box);
    var maxWeight = Math.max.apply(null, data.edges.map(function (e) { return Math.abs(e.weight); }).concat([1]));
    var maxEvents = Math.max.apply(null, data.nodes.map(function (d) { return d.events; }).concat([1]));
    var edges = svg("g", {}, root), nodes = svg("g", {}, root);
    data.edges.forEach(function (e) {
      var s = data.nodes[index[e.source]], t = data.nodes[index[e.target]];
      var share = e.events ? e.cooperation / e.events : 0.5;
      var line = svg("line", { "class": "edge", x1: s.x, y1: s.y, x2: t.x, y2: t.y, stroke: mix(share), "stroke-opacity": 0.65,
        "stroke-width": (1 + 9 * Math.abs(e.weight) / maxWeight).toFixed(2) }, edges);
      tip(line, s.name + " – " + t.name + ": " + e.events + " events (" + e.source + "→" + e.target + " " + e.a_to_b + ", " + e.target + "→" + e.source + " " +
        e.b_to_a + "; " + e.cooperation + " cooperation, " + e.conflict + " conflict), Goldstein sum " + signed(e.goldstein));
      line.addEventListener("click", function () { window.location.href = "/dyads/" + encodeURIComponent(e.dyad); });
    });
    data.nodes.forEach(function (d) {
      var g = svg("g", { "class": "node", transform: "translate(" + d.x.toFixed(1) + "," + d.y.toFixed(1) + ")" }, nodes);
      var r = 5 + 18 * Math.sqrt(d.events / maxEvents);
      var fill = mix(d.events ? d.cooperation / d.events : 0.5);
      var shape = d.kind === "organisation"
        ? svg("rect", { x: (-r).toFixed(1), y: (-r).toFixed(1), width: (2 * r).toFixed(1), height: (2 * r).toFixed(1), fill: fill, "class": "organisation" }, g)
        : svg("circle", { r: r.toFixed(1), fill: fill, "class": "state" }, g);
      tip(shape, d.name + " (" + d.state + ", " + (d.kind || "state") + "): " + d.events + " events with " + d.partners + " partners, Goldstein sum " + signed(d.goldstein));
      svg("text", { x: 0, y: -r - 4, "text-anchor": "middle" }, g).textContent = d.name;
      g.addEventListener("click", function () { window.location.href = "/events?country=" + encodeURIComponent(d.state); });
    });
  }

  function initNetwork() {
    var box = document.getElementById("network"), form = document.getElementById("network-form");
    if (!box || !form) return;
    var error = document.getElementById("network-error");
    function load() {  /* the filters are the page's URL: the form is a GET, this reads what it gave */
      error.hidden = true;
      getJSON("/api/network?" + (box.getAttribute("data-query") || "")).then(function (data) { drawNetwork(box, data); box.setAttribute("data-ready", "1"); })
        .catch(function (err) { error.textContent = err.message; error.hidden = false; box.setAttribute("data-ready", "1"); });
    }
    form.addEventListener("submit", function () {  /* empty fields stay out of the URL */
      Array.prototype.forEach.call(form.elements, function (el) { if (el.name && !String(el.value).trim()) el.disabled = true; });
    });
    load();
  }

  /* -- article: an event's row finds its trigger in the text ---------------------------- */
  function selectEvent(id) {
    document.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
    document.querySelectorAll("tr.selected").forEach(function (r) { r.classList.remove("selected"); });
    var marks = document.querySelectorAll('mark[data-events~="' + CSS.escape(id) + '"]');
    marks.forEach(function (m) { m.classList.add("active"); });
    var row = document.querySelector('tr[data-event="' + CSS.escape(id) + '"]');
    if (row) row.classList.add("selected");
    if (marks.length) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
  }

  function initArticle() {
    var table = document.getElementById("article-events");
    if (!table) return;
    table.querySelectorAll("tr[data-event]").forEach(function (row) {
      function pick(ev) { if (ev.target.closest("a")) return; selectEvent(row.getAttribute("data-event")); }
      row.addEventListener("click", pick);
      row.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(ev); } });
    });
    if (window.location.hash.indexOf("#ev-") === 0) selectEvent(decodeURIComponent(window.location.hash.slice(4)));
  }

  /* -- code a text ------------------------------------------------------------------- */
  function highlight(box, text, marks) {
    clear(box);
    var cuts = { 0: 1 }; cuts[text.length] = 1;
    marks = marks.filter(function (m) { return m.start >= 0 && m.end <= text.length && m.start < m.end; });
    marks.forEach(function (m) { cuts[m.start] = 1; cuts[m.end] = 1; });
    var points = Object.keys(cuts).map(Number).sort(function (x, y) { return x - y; });
    for (var i = 0; i + 1 < points.length; i++) {
      var s = points[i], e = points[i + 1], piece = text.slice(s, e);
      var covering = marks.filter(function (m) { return m.start <= s && e <= m.end; });
      if (!covering.length) { box.appendChild(document.createTextNode(piece)); continue; }
      var kinds = {}, titles = [];
      covering.forEach(function (m) { kinds[m.kind] = 1; if (titles.indexOf(m.title) < 0) titles.push(m.title); });
      html("mark", { "class": "hl " + Object.keys(kinds).sort().join(" "), title: titles.join("\n") }, box, piece);
    }
  }

  function eventTitle(e) {
    var parts = [e.source + " → " + e.target, "CAMEO " + e.cameo];
    if (e.plover) parts.push("PLOVER " + e.plover + (e.plover_mode ? " (" + e.plover_mode + ")" : ""));
    if (e.goldstein !== null && e.goldstein !== undefined) parts.push("Goldstein " + signed(e.goldstein));
    if (e.date) parts.push("date " + e.date);
    return parts.join(" · ");
  }

  function initExtract() {
    var form = document.getElementById("extract-form");
    if (!form) return;
    var status = document.getElementById("extract-status"), error = document.getElementById("extract-error");
    var result = document.getElementById("extract-result"), body = document.getElementById("extract-events");
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var payload = { text: form.elements.text.value };
      if (form.elements.date.value) payload.date = form.elements.date.value;
      status.textContent = "Coding…"; error.hidden = true;
      fetch("/api/extract", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(payload) })
        .then(function (r) { return r.json().then(function (data) { if (!r.ok) throw new Error(data.detail || ("HTTP " + r.status)); return data; }); })
        .then(function (data) {
          status.textContent = "";
          clear(body);
          data.events.forEach(function (e) {
            var row = html("tr", {}, body);
            html("td", { "class": "nowrap" }, row, e.date || "–");
            html("td", { "class": "nowrap" }, row, e.source + "→" + e.target);
            html("td", {}, row, e.cameo);
            html("td", {}, row, (e.plover || "") + (e.plover_mode ? " " + e.plover_mode : ""));
            var q = html("td", {}, row); html("span", { "class": "quad q" + e.quad_class }, q, QUADS[e.quad_class] || "");
            html("td", { "class": "num" }, row, e.goldstein === null ? "" : signed(e.goldstein));
            html("td", {}, row, (e.source_actor || e.source) + " → " + (e.target_actor || e.target) + (e.modality !== "asserted" ? " (" + e.modality + ")" : ""));
            html("td", { "class": "evidence", title: e.sentence }, row, "“" + e.evidence + "”");
          });
          if (!data.events.length) html("td", { colspan: 8, "class": "empty" }, html("tr", {}, body), "No events found in this text.");
          document.getElementById("extract-count").textContent = data.events.length + " found" + (data.published ? ", dated against " + data.published : ", publication date unknown");
          var marks = data.mentions.map(function (m) {
            return { start: m.start, end: m.end, kind: "mention", title: (m.name || m.text) + (m.country ? " (" + m.country + (m.office ? ", " + m.office : "") + ")" : "") + " · " + m.kind };
          }).concat(data.events.map(function (e) { return { start: e.span_start, end: e.span_end, kind: "trigger", title: eventTitle(e) }; }));
          highlight(document.getElementById("extract-text"), data.text, marks);
          result.hidden = false;
          result.setAttribute("data-ready", "1");
        })
        .catch(function (err) { status.textContent = ""; error.textContent = err.message; error.hidden = false; });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initTimeline(); initOverview(); initMap(); initNetwork(); initArticle(); initExtract();
  });
})();
