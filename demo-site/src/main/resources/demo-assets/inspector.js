// The event inspector: polls /_demo/events and shows Segment's and PostHog's events side by
// side. Event data only ever reaches the page as text (textContent), never as HTML.
(function () {
  "use strict";

  var LIMIT = 300;
  var POLL_MS = 1000;
  var open = {};
  var selected = null;
  var lastSignature = "";
  var latest = null;

  function $(selector) { return document.querySelector(selector); }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function properties(event) {
    var body = event.body || {};
    return body.properties && typeof body.properties === "object" ? body.properties : {};
  }

  function distinctId(event) {
    var body = event.body || {};
    if (event.source === "segment") { return body.userId || body.anonymousId || ""; }
    return properties(event).distinct_id || body.distinct_id || "";
  }

  function sessionId(event) { return properties(event).$session_id || ""; }

  function keyOf(event, index) {
    var body = event.body || {};
    return event.source + ":" + (body.messageId || body.uuid || event.time + ":" + index);
  }

  // A steady colour per id, so the same person or session is easy to spot on both sides.
  function colour(id) {
    var hash = 0;
    for (var i = 0; i < id.length; i++) { hash = (hash * 31 + id.charCodeAt(i)) | 0; }
    return "hsl(" + (Math.abs(hash) % 360) + ", 70%, 85%)";
  }

  function idChip(label, id) {
    var chip = element("span", "id", label + " " + (id.length > 14 ? id.slice(0, 14) + "…" : id));
    chip.title = id;
    chip.style.background = colour(id);
    return chip;
  }

  function isLinked(event) {
    if (!selected) { return false; }
    var d = distinctId(event);
    var s = sessionId(event);
    return (d && d === selected.distinctId) || (s && s === selected.sessionId);
  }

  function card(event, index) {
    var key = keyOf(event, index);
    var node = element("div", "event");
    if (open[key]) { node.className += " open"; }
    if (isLinked(event)) { node.className += " linked"; }
    var head = element("div", "head");
    head.appendChild(element("span", "type", event.type || "(no type)"));
    if (event.source !== "segment") {
      head.appendChild(element("span", "tag " + (event.relayed ? "relayed" : "direct"),
        event.relayed ? "relayed" : "direct"));
    }
    head.appendChild(element("span", "meta", event.time.replace("T", " ").slice(11, 23)
      + " " + event.method + " " + event.path));
    if (distinctId(event)) { head.appendChild(idChip("id", distinctId(event))); }
    if (sessionId(event)) { head.appendChild(idChip("session", sessionId(event))); }
    node.appendChild(head);
    node.appendChild(element("pre", null, JSON.stringify(event.body, null, 2)));
    node.addEventListener("click", function (e) {
      if (e.target.tagName === "PRE") { return; }
      open[key] = !open[key];
      selected = { distinctId: distinctId(event), sessionId: sessionId(event) };
      render(latest, true);
    });
    return node;
  }

  function fill(container, events) {
    container.textContent = "";
    for (var i = events.length - 1; i >= 0; i--) {
      container.appendChild(card(events[i], i));
    }
  }

  function showDropped(data) {
    var dropped = data.dropped || {};
    var note = $("#dropped");
    var parts = [];
    Object.keys(dropped).forEach(function (stream) {
      if (dropped[stream] > 0) { parts.push(dropped[stream] + " old " + stream + " events"); }
    });
    note.hidden = parts.length === 0;
    note.textContent = parts.length === 0 ? "" : "The server keeps the latest " + data.capacity
      + " events per stream and has dropped " + parts.join(" and ") + ".";
  }

  function render(data, force) {
    if (!data) { return; }
    var signature = data.segment.length + "/" + data.posthog.length + "/"
      + JSON.stringify(data.dropped) + "/"
      + (data.segment.length ? data.segment[data.segment.length - 1].time : "") + "/"
      + (data.posthog.length ? data.posthog[data.posthog.length - 1].time : "");
    if (!force && signature === lastSignature) { return; }
    lastSignature = signature;
    fill($("#segment"), data.segment);
    fill($("#posthog"), data.posthog);
    showDropped(data);
    $("#summary").textContent = data.segment.length + " Segment, " + data.posthog.length
      + " PostHog events (latest " + LIMIT + " each)";
  }

  function poll() {
    if ($("#paused").checked) { setTimeout(poll, POLL_MS); return; }
    var request = new XMLHttpRequest();
    request.open("GET", "/_demo/events?limit=" + LIMIT);
    request.onload = function () {
      if (request.status === 200) {
        latest = JSON.parse(request.responseText);
        render(latest, false);
      }
      setTimeout(poll, POLL_MS);
    };
    request.onerror = function () {
      $("#summary").textContent = "The demo server is not answering; retrying…";
      setTimeout(poll, POLL_MS * 3);
    };
    request.send();
  }

  document.addEventListener("DOMContentLoaded", function () {
    $("#clear").addEventListener("click", function () {
      var request = new XMLHttpRequest();
      request.open("DELETE", "/_demo/events");
      request.onload = function () { open = {}; selected = null; lastSignature = ""; };
      request.send();
    });
    poll();
  });
})();
