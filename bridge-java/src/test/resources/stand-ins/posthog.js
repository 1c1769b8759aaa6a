// A stand-in for posthog-js, served where the bridge loads it from (or put on the page by
// the page itself). Like the real one, init() with `segment` registers an enrichment
// plugin and calls `loaded` only once Segment has taken it.
// window.standIn.posthog: { loadedAfterMs (-1: only posthogStandIn.finishLoading()) }.
// Calls go to window.calls; init's options to window.posthogInitOptions; captured events,
// after before_send, to window.posthogEvents.
(function () {
  var settings = (window.standIn && window.standIn.posthog) || {};
  var calls = window.calls = window.calls || [];
  var events = window.posthogEvents = [];
  var options = null;
  var distinctId = 'posthog-own-id';

  var plugin = {
    name: 'PostHog JS',
    type: 'enrichment',
    version: '1.0.0',
    isLoaded: function () { return true; },
    load: function () { return Promise.resolve(); },
    page: enrich,
    track: enrich
  };

  function enrich(ctx) {
    ctx.event.properties.$session_id = 'session-1';
    ctx.event.properties.distinct_id = distinctId;
    return ctx;
  }

  function finishLoading() {
    posthog.__loaded = true;
    calls.push('posthog.loaded');
    options.loaded(posthog);
  }

  function scheduleLoaded() {
    if (settings.loadedAfterMs >= 0) setTimeout(finishLoading, settings.loadedAfterMs);
  }

  var posthog = window.posthog = {
    __loaded: false,
    init: function (apiKey, initOptions) {
      calls.push('posthog.init');
      options = initOptions;
      window.posthogInitKey = apiKey;
      window.posthogInitOptions = initOptions;
      if (initOptions.bootstrap && initOptions.bootstrap.distinctID) {
        distinctId = initOptions.bootstrap.distinctID;
      }
      if (initOptions.segment) {
        initOptions.segment.register(plugin).then(scheduleLoaded);
      } else {
        scheduleLoaded();
      }
    },
    capture: function (name, properties) {
      calls.push('posthog.capture ' + name);
      var event = { event: name, properties: Object.assign({}, properties) };
      (options.before_send || []).forEach(function (step) { event = step(event); });
      events.push(event);
    },
    group: function (type, key) {
      calls.push('posthog.group ' + type + ' ' + key);
    },
    register: function (properties) {
      calls.push('posthog.register ' + JSON.stringify(properties));
    },
    get_distinct_id: function () {
      return distinctId;
    }
  };

  window.posthogStandIn = { finishLoading: finishLoading };
})();
