// The demo shop's behaviour. Pages name their role in <body data-page="...">; everything is
// wired here rather than in inline handlers, so pages also work under a strict CSP.
(function () {
  "use strict";

  var PRODUCTS = {
    "tee": { name: "Hedgehog T-shirt", price: 25, category: "Apparel" },
    "mug": { name: "Event Mug", price: 12, category: "Kitchen" },
    "stickers": { name: "Sticker Pack", price: 5, category: "Accessories" }
  };
  var COMPANIES = {
    "acme": { name: "Acme Inc", plan: "enterprise", employees: 1200 },
    "globex": { name: "Globex", plan: "startup", employees: 40 }
  };

  function $(selector) { return document.querySelector(selector); }

  function on(selector, event, handler) {
    var element = $(selector);
    if (element) { element.addEventListener(event, handler); }
  }

  function show(selector, text) {
    var element = $(selector);
    if (element) { element.textContent = text; }
  }

  function cart() {
    try { return JSON.parse(localStorage.getItem("demo-cart") || "[]"); } catch (e) { return []; }
  }

  // An event sent while the page loads waits until the bridge has settled, so that, like
  // the first pageview, it carries PostHog's session; sent earlier it would go out bare.
  function trackOnceLinked(event, properties) {
    var bridge = window.posthogSegmentBridge;
    if (!bridge) { analytics.track(event, properties); return; }
    bridge.onLinked(function () { analytics.track(event, properties); });
  }

  function saveCart(items) { localStorage.setItem("demo-cart", JSON.stringify(items)); }

  function productProperties(sku) {
    var p = PRODUCTS[sku];
    return { product_id: sku, name: p.name, price: p.price, category: p.category,
      currency: "USD" };
  }

  function markCurrentLink() {
    var links = document.querySelectorAll("header nav a");
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute("href") === location.pathname) {
        links[i].className = "current";
      }
    }
  }

  function home() {
    var grid = $("#products");
    Object.keys(PRODUCTS).forEach(function (sku) {
      var card = document.createElement("a");
      card.className = "card";
      card.href = "/product.html?sku=" + sku;
      var title = document.createElement("h3");
      title.textContent = PRODUCTS[sku].name;
      var price = document.createElement("div");
      price.className = "price";
      price.textContent = "$" + PRODUCTS[sku].price;
      card.appendChild(title);
      card.appendChild(price);
      grid.appendChild(card);
    });
  }

  function product() {
    var sku = new URLSearchParams(location.search).get("sku");
    if (!PRODUCTS[sku]) { sku = "tee"; }
    show("#name", PRODUCTS[sku].name);
    show("#price", "$" + PRODUCTS[sku].price);
    trackOnceLinked("Product Viewed", productProperties(sku));
    on("#add", "click", function () {
      var items = cart();
      items.push(sku);
      saveCart(items);
      analytics.track("Product Added", Object.assign({ quantity: 1 }, productProperties(sku)));
      show("#status", PRODUCTS[sku].name + " is in your cart (" + items.length + " items).");
    });
  }

  function renderCart() {
    var body = $("#cart-items");
    body.textContent = "";
    var items = cart();
    items.forEach(function (sku, index) {
      var row = document.createElement("tr");
      [PRODUCTS[sku].name, "$" + PRODUCTS[sku].price].forEach(function (text) {
        var cell = document.createElement("td");
        cell.textContent = text;
        row.appendChild(cell);
      });
      var remove = document.createElement("button");
      remove.className = "secondary";
      remove.textContent = "Remove";
      remove.addEventListener("click", function () {
        items.splice(index, 1);
        saveCart(items);
        analytics.track("Product Removed", productProperties(sku));
        renderCart();
      });
      var cell = document.createElement("td");
      cell.appendChild(remove);
      row.appendChild(cell);
      body.appendChild(row);
    });
    show("#total", "$" + total(items));
    return items;
  }

  function total(items) {
    return items.reduce(function (sum, sku) { return sum + PRODUCTS[sku].price; }, 0);
  }

  function cartPage() {
    var items = renderCart();
    trackOnceLinked("Cart Viewed", { products: items.map(productProperties) });
    on("#checkout", "click", function () {
      var bought = cart();
      if (bought.length === 0) { show("#status", "Your cart is empty."); return; }
      analytics.track("Order Completed", { order_id: "demo-" + Date.now(), total: total(bought),
        currency: "USD", products: bought.map(productProperties) });
      saveCart([]);
      renderCart();
      show("#status", "Thank you! Order sent to Segment.");
    });
  }

  function login() {
    analytics.ready(function () {
      show("#current", analytics.user().id() || "nobody (anonymous)");
    });
    on("#login-form", "submit", function (event) {
      event.preventDefault();
      var userId = $("#user-id").value.trim();
      analytics.identify(userId, { name: $("#user-name").value.trim(),
        email: $("#user-email").value.trim(), plan: $("#user-plan").value });
      show("#current", userId);
      show("#status", "identify(\"" + userId + "\") sent.");
    });
    on("#logout", "click", function () {
      analytics.track("Signed Out");
      analytics.reset();
      if (window.posthog && typeof window.posthog.reset === "function") { window.posthog.reset(); }
      show("#current", "nobody (anonymous)");
      show("#status", "reset(): the next events get a new anonymous id.");
    });
  }

  function team() {
    on("#team-form", "submit", function (event) {
      event.preventDefault();
      var id = $("#company").value;
      var company = COMPANIES[id];
      if (window.posthogSegmentBridge) { window.posthogSegmentBridge.group("company", id); }
      analytics.group(id, company);
      show("#status", "Now in " + company.name + ": later events carry $groups.company = "
        + id + ".");
    });
    on("#team-event", "click", function () {
      analytics.track("Report Shared", { report: "Weekly active users" });
      show("#status", "Report Shared sent.");
    });
  }

  function spa() {
    var views = { overview: "Overview", reports: "Reports", settings: "Settings" };
    function render() {
      var view = location.pathname.replace(/^\/spa\/?/, "") || "overview";
      show("#view", views[view] || "Overview");
    }
    var links = document.querySelectorAll("[data-view]");
    for (var i = 0; i < links.length; i++) {
      links[i].addEventListener("click", function (event) {
        event.preventDefault();
        history.pushState({}, "", "/spa/" + this.getAttribute("data-view"));
        render();
      });
    }
    window.addEventListener("popstate", render);
    render();
  }

  function serverEvent() {
    on("#server-form", "submit", function (event) {
      event.preventDefault();
      var user = analytics.user ? analytics.user() : null;
      var payload = { event: $("#event-name").value.trim(),
        userId: user ? user.id() : null, anonymousId: user ? user.anonymousId() : null,
        properties: { plan: $("#event-plan").value, source: "demo form" } };
      var request = new XMLHttpRequest();
      request.open("POST", "/_demo/server-event");
      request.setRequestHeader("Content-Type", "application/json");
      request.onload = function () {
        show("#status", "Backend answered: " + request.responseText);
      };
      request.onerror = function () { show("#status", "The backend could not be reached."); };
      request.send(JSON.stringify(payload));
    });
  }

  var pages = { home: home, product: product, cart: cartPage, login: login, team: team,
    spa: spa, "server-event": serverEvent };
  document.addEventListener("DOMContentLoaded", function () {
    markCurrentLink();
    var page = pages[document.body.getAttribute("data-page")];
    if (page) { page(); }
  });
})();
