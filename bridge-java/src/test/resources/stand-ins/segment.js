// A stand-in for Segment's analytics.js 2.0, as much of it as the bridge touches: the
// snippet's stub queue, then the loaded instance that replaces window.analytics, with
// ready(), register(plugin), addSourceMiddleware(fn) and user().
// window.standIn.segment: { readyAfterMs (-1: only segmentStandIn.becomeReady()),
// classic (no register), syncReady (ready() calls back at once), loseReady (drops the
// ready() calls queued on the stub), userId, anonymousId }. Calls go to window.calls;
// delivered events, after middleware and enrichment plugins, to window.segmentEvents.
(function () {
  var settings = (window.standIn && window.standIn.segment) || {};
  var calls = window.calls = window.calls || [];
  var events = window.segmentEvents = [];
  var queue = [];
  var stub = window.analytics = [];
  ['ready', 'page', 'track', 'identify', 'group', 'register', 'addSourceMiddleware']
    .forEach(function (method) {
      stub[method] = function () {
        if (method === 'page' || method === 'track') calls.push('analytics.' + method);
        queue.push([method, Array.prototype.slice.call(arguments)]);
        return stub;
      };
    });

  function loadedInstance() {
    var middlewares = [];
    var plugins = [];
    var instance = {
      initialized: true,
      ready: function (callback) {
        if (settings.syncReady) callback();
        else Promise.resolve().then(callback);
      },
      page: function (name, properties) {
        calls.push('analytics.page');
        deliver({ type: 'page', name: name, properties: properties || {} });
      },
      track: function (event, properties) {
        calls.push('analytics.track');
        deliver({ type: 'track', event: event, properties: properties || {} });
      },
      addSourceMiddleware: function (fn) {
        calls.push('analytics.addSourceMiddleware');
        middlewares.push(fn);
        return Promise.resolve(instance);
      },
      user: function () {
        return {
          id: function () { return settings.userId || null; },
          anonymousId: function () { return settings.anonymousId || 'anon-1'; }
        };
      }
    };
    if (!settings.classic) {
      instance.register = function (plugin) {
        calls.push('analytics.register ' + plugin.name);
        plugins.push(plugin);
        return Promise.resolve(instance);
      };
    }

    function deliver(event) {
      runMiddlewares(0, event);
    }

    function runMiddlewares(index, event) {
      if (index === middlewares.length) {
        enrichAndSend(event);
        return;
      }
      middlewares[index]({
        payload: { obj: event },
        next: function (payload) { runMiddlewares(index + 1, payload.obj); }
      });
    }

    function enrichAndSend(event) {
      plugins.forEach(function (plugin) {
        if (plugin.type === 'enrichment' && typeof plugin[event.type] === 'function') {
          plugin[event.type]({ event: event });
        }
      });
      events.push(event);
    }

    return instance;
  }

  window.segmentStandIn = {
    becomeReady: function () {
      var instance = loadedInstance();
      window.analytics = instance;
      calls.push('segment ready');
      if (settings.loseReady) {
        queue = queue.filter(function (call) { return call[0] !== 'ready'; });
      }
      queue.forEach(function (call) { instance[call[0]].apply(instance, call[1]); });
      queue = [];
    }
  };
  if (settings.readyAfterMs >= 0) {
    setTimeout(window.segmentStandIn.becomeReady, settings.readyAfterMs);
  }
})();
