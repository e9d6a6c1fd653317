// The HTML page's script: draws the embedded events and runs the language switch and filters.

/// The inline scripts of `HTMLExport`'s page.
///
/// They build every element with
/// `textContent` (never markup from data) and link only to http(s) article URLs.
enum HTMLPageScript {
  /// Records uncaught errors on `body[data-errors]`, where a headless check reads them;
  /// a script of its own so it also catches a syntax error in the main script.
  static let errorRecorder = """
    (function () {
      "use strict";
      function record(message) {
        var body = document.body;
        if (!body) { return; }
        body.dataset.errors = (body.dataset.errors ? body.dataset.errors + "\\n" : "") + message;
      }
      window.onerror = function (message, source, line, column) {
        record(String(message) + " (line " + line + ":" + column + ")");
        return false;
      };
      window.addEventListener("unhandledrejection", function (event) {
        record("unhandled rejection: " + event.reason);
      });
    })();

    """

  static let app = #"""
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("linimasa-data").textContent);

    """# + HTMLPageWords.table + #"""
      var SOURCES_SHOWN = 2;
      var FILTERS = ["q", "actor", "type", "from", "to"];
      var state = { lang: "en", actor: "", type: "", q: "", from: "", to: "", event: "" };
      // The URL's fragment holds the page's state: "#lang=id&actor=person:joko-widodo&
      // type=statement&q=KPU&from=2023-11-01&to=2023-11-30" opens the page that way, and
      // "#event=ID" shows one event.
      location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
        var parts = pair.split("="), key = parts[0], value = parts.slice(1).join("=");
        try { value = decodeURIComponent(value); } catch (malformed) { return; }
        if (key === "lang" && WORDS[value]) { state.lang = value; }
        if (FILTERS.indexOf(key) >= 0 || key === "event") { state[key] = value; }
      });
      if (!/^\d{4}-\d{2}-\d{2}$/.test(state.from)) { state.from = ""; }
      if (!/^\d{4}-\d{2}-\d{2}$/.test(state.to)) { state.to = ""; }
      // The fragment for the state now (the event shown stays only until a filter changes).
      function fragment() {
        var pairs = state.lang === "en" ? [] : ["lang=" + state.lang];
        FILTERS.forEach(function (key) { if (state[key]) { pairs.push(key + "=" + encodeURIComponent(state[key])); } });
        if (state.event) { pairs.push("event=" + encodeURIComponent(state.event)); }
        return pairs.length ? "#" + pairs.join("&") : "";
      }
      function saveState() {
        var target = fragment() || location.pathname + location.search;
        if (history.replaceState) { history.replaceState(null, "", target); } else { location.hash = fragment(); }
      }
      var events = data.events || [];
      var cards = [];

      function words() { return WORDS[state.lang]; }
      // An event type in the page's language (the lexicon's name for it), else its id.
      function typeName(type) { return pick((data.types || {})[type], type); }
      function fill(template, values) {
        return template.replace(/\{(\w+)\}/g, function (whole, key) {
          return key in values ? String(values[key]) : whole;
        });
      }
      function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) { node.className = className; }
        if (text !== undefined && text !== null) { node.textContent = String(text); }
        return node;
      }
      function pick(names, fallback) {
        if (names && names[state.lang]) { return names[state.lang]; }
        if (names && names.en) { return names.en; }
        if (names && names.id) { return names.id; }
        return fallback;
      }
      function webURL(url) {
        return typeof url === "string" && /^https?:\/\/\S+$/i.test(url.trim()) ? url.trim() : null;
      }
      function link(url, text) {
        var safe = webURL(url);
        if (!safe) { return el("span", "", text); }
        var anchor = el("a", "", text);
        anchor.href = safe;
        anchor.target = "_blank";
        anchor.rel = "noopener noreferrer";
        return anchor;
      }

      // The numbers the counter and the header show, with "event"/"events" to match.
      function counts(shown) {
        var w = words();
        return {
          n: shown, m: events.length, d: data.documents,
          events: w.event[events.length === 1 ? 0 : 1], documents: w.document[data.documents === 1 ? 0 : 1]
        };
      }
      function byteRange(span) { return words().bytes + " " + span[0] + "\u2013" + span[1]; }
      function parseDate(iso) {
        var parts = String(iso).split("-").map(function (part) { return parseInt(part, 10); });
        return { year: parts[0], month: parts[1], day: parts[2] };
      }
      function dateText(iso) {
        var date = parseDate(iso), w = words();
        if (date.day) { return date.day + " " + w.months[date.month - 1] + " " + date.year; }
        if (date.month) { return w.months[date.month - 1] + " " + date.year; }
        return String(date.year);
      }
      function weekday(iso) {
        var date = parseDate(iso);
        if (!date.day) { return ""; }
        var day = new Date(0);
        day.setUTCFullYear(date.year, date.month - 1, date.day);
        return words().weekdays[day.getUTCDay()];
      }
      function groupLabel(value) {
        var w = words();
        if (!value) { return { main: w.undated, sub: "" }; }
        var ends = value.split("/");
        if (ends.length === 2) {
          var range = dateText(ends[0]) + " \u2013 " + dateText(ends[1]);
          return { main: range, sub: w.precision.range + " \u00b7 " + value };
        }
        var precision = ends[0].length === 4 ? "year" : ends[0].length === 7 ? "month" : "day";
        var kind = precision === "day" ? weekday(value) : w.precision[precision];
        return { main: dateText(value), sub: kind + " \u00b7 " + value };
      }

      function section(title, body) {
        var wrap = el("div", "section");
        wrap.appendChild(el("h4", "section-title", title));
        wrap.appendChild(body);
        return wrap;
      }
      function resolutionBadge(date) {
        var w = words();
        var badge = el("span", "badge resolution " + date.resolution);
        if (date.resolution === "publication") {
          badge.textContent = w.publication;
          badge.title = w.publicationHint;
        } else if (date.resolution === "anchored") {
          badge.textContent = w.anchored + (date.text ? ": \u201c" + date.text + "\u201d" : "");
          badge.title = w.anchoredHint;
        } else if (date.resolution === "explicit" && date.text) {
          badge.textContent = "\u201c" + date.text + "\u201d";
          badge.title = w.explicitHint;
        } else if (date.resolution === "explicit") {
          return null;
        } else {
          badge.textContent = w.unresolved;
        }
        return badge;
      }
      // A direct quotation in quotation marks; a paraphrase (what the article reports
      // someone said) in its own style, never in quotation marks; each labelled as such.
      function quote(claim) {
        var w = words();
        var direct = claim.kind === "direct";
        var box = el("blockquote", "quote " + (direct ? "direct" : "indirect"));
        var kind = el("span", "quote-kind", direct ? w.direct : w.indirect);
        if (claim.stance === "denied") { kind.textContent += " \u00b7 " + w.denies; }
        box.appendChild(kind);
        box.appendChild(el("p", "", direct ? "\u201c" + claim.text + "\u201d" : claim.text));
        var footer = el("footer");
        var speaker = claim.speaker ? pick(claim.speakerNames, claim.speaker) : w.unattributed;
        footer.appendChild(el("span", "speaker", speaker));
        if (claim.document) {
          footer.appendChild(document.createTextNode(" \u00b7 "));
          var outlet = link(documentURLs[claim.document], documentOutlets[claim.document] || claim.document);
          outlet.title = documentLabels[claim.document] || claim.document;
          footer.appendChild(outlet);
          if (claim.span) { footer.appendChild(el("span", "nowrap", " \u00b7 " + byteRange(claim.span))); }
        }
        box.appendChild(footer);
        return box;
      }
      function sourceLabel(source) {
        var parts = [source.source, source.title].filter(function (part) { return part; });
        return parts.length ? parts.join(": ") : source.document;
      }
      function sourceItem(source) {
        var w = words();
        var item = el("li", "source");
        item.appendChild(el("p", "source-text", source.text));
        var meta = el("div", "source-meta");
        meta.appendChild(link(source.url, sourceLabel(source)));
        if (source.published && source.published.value) {
          meta.appendChild(document.createTextNode(" \u00b7 " + w.published + " " + source.published.value));
        }
        meta.appendChild(document.createTextNode(" \u00b7 "));
        meta.appendChild(el("code", "", source.document));
        meta.appendChild(el("span", "nowrap", " " + byteRange(source.span)));
        if (source.copyOf) { meta.appendChild(el("span", "copy", " \u00b7 " + w.copyOf + " " + source.copyOf)); }
        item.appendChild(meta);
        return item;
      }
      function sourceList(sources) {
        var w = words();
        var list = el("ol", "sources");
        sources.slice(0, SOURCES_SHOWN).forEach(function (source) { list.appendChild(sourceItem(source)); });
        if (sources.length <= SOURCES_SHOWN) { return list; }
        var wrap = el("div");
        wrap.appendChild(list);
        var more = el("details", "more-sources");
        more.appendChild(el("summary", "", fill(w.more, { n: sources.length - SOURCES_SHOWN })));
        var rest = el("ol", "sources");
        rest.start = SOURCES_SHOWN + 1;
        sources.slice(SOURCES_SHOWN).forEach(function (source) { rest.appendChild(sourceItem(source)); });
        more.appendChild(rest);
        wrap.appendChild(more);
        return wrap;
      }
      function card(event) {
        var w = words();
        var node = el("article", "event");
        node.id = event.id;
        node.setAttribute("data-event-id", event.id);
        node.setAttribute("data-type", event.type);
        var head = el("div", "event-head");
        var type = el("span", "badge type", typeName(event.type));
        type.style.background = typeColor(event.type, 94);
        type.style.color = typeColor(event.type, 32);
        head.appendChild(type);
        var resolution = resolutionBadge(event.date);
        if (resolution) { head.appendChild(resolution); }
        var count = event.sources.length;
        var counted = count + " " + (count === 1 ? w.source : w.sourcesPlural);
        var independent = event.independentSources + " " + w.independent;
        head.appendChild(el("span", "source-count", counted + " \u00b7 " + independent));
        node.appendChild(head);
        var other = state.lang === "en" ? "id" : "en";
        var headline = event.headline ? (event.headline[state.lang] || event.headline[other]) : "";
        var summary = el("h3", "summary", headline || event.summary[state.lang] || event.type);
        summary.title = event.summary[other] || "";
        node.appendChild(summary);
        if (headline) { node.appendChild(el("p", "gist", event.summary[state.lang] || "")); }
        if (event.actors.length) {
          var actors = el("div", "actors");
          event.actors.forEach(function (actor) {
            var chip = el("span", "actor");
            chip.appendChild(el("span", "", pick(actor.names, actor.entity)));
            chip.appendChild(el("span", "role", w.roles[actor.role] || actor.role));
            chip.title = actor.entity;
            actors.appendChild(chip);
          });
          node.appendChild(section(w.actors, actors));
        }
        if (event.legalReferences.length) {
          var legal = el("ul", "legal");
          event.legalReferences.forEach(function (reference) {
            var item = el("li");
            item.appendChild(el("code", "", reference.id));
            item.appendChild(document.createTextNode(pick(reference.title, "")));
            legal.appendChild(item);
          });
          node.appendChild(section(w.legal, legal));
        }
        if (event.claims.length) {
          var quotes = el("div", "quotes");
          event.claims.forEach(function (claim) { quotes.appendChild(quote(claim)); });
          node.appendChild(section(w.quotes, quotes));
        }
        node.appendChild(section(w.sources, sourceList(event.sources)));
        var permalink = el("a", "event-id", event.id);
        permalink.href = "#" + (state.lang === "en" ? "" : "lang=" + state.lang + "&") + "event=" + encodeURIComponent(event.id);
        permalink.title = w.link;
        permalink.addEventListener("click", function (click) {
          click.preventDefault();
          FILTERS.forEach(function (key) { state[key] = ""; });
          state.event = event.id;
          fillControls();
          applyFilters();
        });
        node.appendChild(permalink);
        return node;
      }
      function typeColor(type, lightness) {
        var hash = 0;
        for (var i = 0; i < type.length; i++) { hash = (hash * 31 + type.charCodeAt(i)) % 360; }
        return "hsl(" + ((hash + 220) % 360) + ", 55%, " + lightness + "%)";
      }

      var documentURLs = {}, documentLabels = {}, documentOutlets = {};
      events.forEach(function (event) {
        event.sources.forEach(function (source) {
          documentURLs[source.document] = source.url;
          documentLabels[source.document] = sourceLabel(source);
          documentOutlets[source.document] = source.source || source.title || source.document;
        });
      });

      // The inputs the run skipped, each with its reason (the tool's words) and code.
      function renderSkipped(w) {
        var section = document.getElementById("skipped");
        section.textContent = "";
        section.hidden = data.skipped.length === 0;
        if (section.hidden) { return; }
        section.appendChild(el("h2", "", w.skipped));
        var list = el("ul");
        data.skipped.forEach(function (skipped) {
          var item = el("li");
          item.appendChild(el("code", "", skipped.path));
          item.appendChild(document.createTextNode(": " + skipped.reason + " (" + skipped.code + ")"));
          list.appendChild(item);
        });
        section.appendChild(list);
      }

      function render() {
        var w = words();
        document.documentElement.lang = state.lang;
        document.title = fill(w.tab, counts(0));
        document.getElementById("page-title").textContent = w.title;
        ["search", "from", "to"].forEach(function (name) {
          document.getElementById("label-" + name).textContent = w[name];
        });
        document.getElementById("stats").textContent = fill(w.stats, counts(0));
        document.getElementById("label-actor").textContent = w.actor;
        document.getElementById("label-type").textContent = w.type;
        document.getElementById("filter-reset").textContent = w.reset;
        var summary = data.summary;
        document.getElementById("page-footer").textContent = fill(w.footer, { g: data.generator }) + " "
          + fill(w.account, { f: summary.files, i: summary.inputsSeen, p: summary.documents, s: summary.skipped });
        renderSkipped(w);
        Array.prototype.forEach.call(document.querySelectorAll(".lang-switch button"), function (button) {
          button.setAttribute("aria-pressed", String(button.getAttribute("data-lang") === state.lang));
        });
        fillFilters();
        var main = document.getElementById("timeline");
        main.textContent = "";
        cards = [];
        var groups = {};
        events.forEach(function (event) {
          var value = event.date.value || "";
          var group = groups["=" + value];
          if (!group) {
            var label = groupLabel(value);
            group = el("section", "group" + (!value ? " undated" : /^\d{4}(-\d{2})?$/.test(value) ? " coarse" : ""));
            group.setAttribute("data-date", value);
            var when = el("div", "when");
            when.appendChild(el("div", "when-main", label.main));
            when.appendChild(el("div", "when-sub", label.sub));
            group.appendChild(when);
            group.appendChild(el("div", "cards"));
            main.appendChild(group);
            groups["=" + value] = group;
          }
          var node = card(event);
          group.lastChild.appendChild(node);
          cards.push({ node: node, group: group, event: event, text: searchText(event), days: dayRange(event) });
        });
        main.appendChild(el("p", "empty", events.length ? w.empty : w.none));
        var outside = document.getElementById("outside");
        outside.textContent = "";
        if ((data.quotes || []).length) {
          var list = el("div", "quotes");
          data.quotes.forEach(function (claim) { list.appendChild(quote(claim)); });
          outside.appendChild(section(w.outside, list));
        }
        applyFilters();
      }

      function fillFilters() {
        var w = words();
        var actorNames = {}, types = {};
        events.forEach(function (event) {
          types[event.type] = (types[event.type] || 0) + 1;
          event.actors.forEach(function (actor) { actorNames[actor.entity] = pick(actor.names, actor.entity); });
        });
        var actorSelect = document.getElementById("filter-actor");
        actorSelect.textContent = "";
        actorSelect.appendChild(new Option(w.allActors, ""));
        Object.keys(actorNames).sort(function (a, b) {
          return actorNames[a].localeCompare(actorNames[b]) || (a < b ? -1 : 1);
        }).forEach(function (entity) { actorSelect.appendChild(new Option(actorNames[entity], entity)); });
        actorSelect.value = state.actor;
        state.actor = actorSelect.value;
        var typeSelect = document.getElementById("filter-type");
        typeSelect.textContent = "";
        typeSelect.appendChild(new Option(w.allTypes, ""));
        Object.keys(types).sort(function (a, b) { return typeName(a).localeCompare(typeName(b)); }).forEach(function (type) {
          typeSelect.appendChild(new Option(typeName(type) + " (" + types[type] + ")", type));
        });
        typeSelect.value = state.type;
        state.type = typeSelect.value;
        fillControls();
      }
      function fillControls() {
        document.getElementById("filter-actor").value = state.actor;
        document.getElementById("filter-type").value = state.type;
        document.getElementById("filter-search").value = state.q;
        document.getElementById("filter-from").value = state.from;
        document.getElementById("filter-to").value = state.to;
      }

      // Everything a search looks through: headlines, summaries, type, actors' names,
      // quotes and source sentences, in both languages, lower-cased.
      function searchText(event) {
        var names = (data.types || {})[event.type] || {};
        var parts = [event.id, event.type, names.en || "", names.id || ""];
        ["en", "id"].forEach(function (lang) {
          parts.push((event.headline || {})[lang] || "", event.summary[lang] || "");
        });
        event.actors.forEach(function (actor) { parts.push(actor.entity, actor.names.en || "", actor.names.id || ""); });
        event.claims.forEach(function (claim) { parts.push(claim.text || ""); });
        event.sources.forEach(function (source) { parts.push(source.text || "", source.source || "", source.title || ""); });
        return parts.join("\n").toLowerCase();
      }
      // The first and last day an event's date covers ("2023-11" covers the whole month);
      // null when it is undated.
      function dayRange(event) {
        var value = event.date.value;
        if (!value) { return null; }
        var ends = value.split("/"), first = ends[0], last = ends[ends.length - 1];
        return {
          first: first.length === 4 ? first + "-01-01" : first.length === 7 ? first + "-01" : first,
          last: last.length === 4 ? last + "-12-31" : last.length === 7 ? last + "-31" : last
        };
      }

      function applyFilters() {
        var shown = 0, visibleGroups = new Set();
        var searched = state.q.toLowerCase().split(/\s+/).filter(function (word) { return word; });
        cards.forEach(function (entry) {
          var event = entry.event;
          var visible = state.event ? event.id === state.event :
            (!state.type || event.type === state.type) &&
            (!state.actor || event.actors.some(function (actor) { return actor.entity === state.actor; })) &&
            searched.every(function (word) { return entry.text.indexOf(word) >= 0; }) &&
            (!state.from || (entry.days !== null && entry.days.last >= state.from)) &&
            (!state.to || (entry.days !== null && entry.days.first <= state.to));
          entry.node.classList.toggle("target", event.id === state.event);
          entry.node.hidden = !visible;
          if (visible) {
            shown += 1;
            visibleGroups.add(entry.group);
          }
        });
        cards.forEach(function (entry) { entry.group.hidden = !visibleGroups.has(entry.group); });
        document.getElementById("counter").textContent = fill(words().shown, counts(shown));
        var empty = document.querySelector("#timeline .empty");
        if (empty) { empty.hidden = shown > 0; }
        saveState();
        var root = document.documentElement;
        // How far the page reaches past the window's width (0: nothing scrolls sideways).
        document.body.setAttribute("data-overflow", String(Math.max(0, root.scrollWidth - root.clientWidth)));
      }

      [["filter-actor", "actor", "change"], ["filter-type", "type", "change"], ["filter-search", "q", "input"],
        ["filter-from", "from", "change"], ["filter-to", "to", "change"]].forEach(function (control) {
        document.getElementById(control[0]).addEventListener(control[2], function (change) {
          state[control[1]] = change.target.value;
          state.event = "";
          applyFilters();
        });
      });
      document.getElementById("filter-reset").addEventListener("click", function () {
        FILTERS.forEach(function (key) { state[key] = ""; });
        state.event = "";
        fillControls();
        applyFilters();
      });
      Array.prototype.forEach.call(document.querySelectorAll(".lang-switch button"), function (button) {
        button.addEventListener("click", function () {
          state.lang = button.getAttribute("data-lang");
          render();
        });
      });
      render();
      if (state.event) {
        var shownEvent = document.getElementById(state.event);
        if (shownEvent && shownEvent.scrollIntoView) { shownEvent.scrollIntoView(); }
      }
    })();

    """#
}
