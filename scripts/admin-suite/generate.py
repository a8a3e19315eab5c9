#!/usr/bin/env python3
"""Regenerates tasks/admin/*.json from the template definitions below.

Needs `gauntlet serve admin --port 18093` (seed 1) running: it reads the admin's pages, signed in
as the administrator, only to choose each task's subject and to write its oracle (the solution
may hold concrete values). Every check's gold is a SQL query evaluated at scoring time, never a
value copied from here. Run from the repository root: python3 scripts/admin-suite/generate.py
"""
import glob, html, http.cookiejar, json, os, re, urllib.error, urllib.parse, urllib.request

B = "http://127.0.0.1:18093/admin"
OUT = "tasks/admin"
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
opener.open(B + "/login", urllib.parse.urlencode({"username": "admin", "password": "Admin!0001"}).encode())

def get(path):
    return opener.open(B + path).read().decode()

def text(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()

def rows(path):
    """The data grid's body rows of a page, as lists of cell texts."""
    page = get(path)
    body = re.search(r'<table class="data-grid">.*?<tbody>(.*?)</tbody>', page, re.S).group(1)
    return [[text(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", r, re.S)] for r in re.findall(r"<tr>(.*?)</tr>", body, re.S)]

def field(page, name):
    return html.unescape(re.search(r'id="field-%s"[^>]*value="([^"]*)"' % name, page).group(1))

def details(page):
    return {text(k): text(v) for k, v in re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", page, re.S)}

tasks = []
def T(template, n, goal, params, checks, oracle, key_nodes=None, answer=None, start="admin:/login", limits=None):
    t = {"id": f"admin/{template}-{n:03d}", "revision": 1, "sandboxes": ["admin"], "start": start, "goal": goal, "params": params,
         "seed": 1, "split": "dev" if n == 1 else "test", "template": template}
    if limits: t["limits"] = limits
    if answer: t["answer"] = {"status": answer}
    t["checks"] = checks
    if key_nodes: t["key_nodes"] = key_nodes
    t["oracle"] = oracle
    tasks.append(t)

STAFF = {"admin": "Admin!0001", "sales": "Admin!0002", "catalog": "Admin!0003"}
def me(user="admin"): return f"Sign in to the store admin as {user} (password {STAFF[user]}). "
def login(user="admin"):
    return [f"type textbox 'User name' [{user}] [0]", f"type textbox 'Password' [{STAFF[user]}] [0]", "click button 'Sign in'"]
def seen(path, status=200, **kw):
    r = {"method": "GET", "path": path, "status": status}
    if kw.get("query"): r["query"] = kw["query"]
    return {"request": r}
def any_of(*checks): return {"any": list(checks)}
def COLL(*allow): return {"collateral": {"allow": list(allow)}}
def node(name, check): return dict({"name": name}, **check)
ORDER = "(SELECT id FROM orders WHERE number = {order})"
PID = "(SELECT id FROM admin_products WHERE sku = {sku} AND name = {product})"
CUST = "(SELECT id FROM customers WHERE email = {email})"
KN_ORDER = {"name": "order page", "url": {"path_prefix": "admin:/orders/{order}"}}
KN_PRODUCT = {"name": "product page", "url": {"path_prefix": "admin:/products/{product_id}"}}
KN_CUSTOMER = {"name": "customer page", "url": {"path_prefix": "admin:/customers/{customer_id}"}}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

# ---------- subjects ----------
def orders(status, count, skip=0):
    return [r[1] for r in rows(f"/orders?status={status}&sort=number&dir=asc&limit=100")][skip:skip + count]  # after the checkbox
class Cycle(list):
    """Few orders have some statuses (5 pending in seed 1): tasks of one template take different
    ones, and tasks of different templates may share one, since each task has its own instance."""
    def __getitem__(self, i):
        if isinstance(i, slice): return [self[k] for k in range(i.start or 0, i.stop)]
        return list.__getitem__(self, i % len(self))
PENDING = Cycle(orders("pending", 16))
PROCESSING = Cycle(orders("processing", 12))
SHIPPED = Cycle(orders("shipped", 8) + orders("delivered", 8))
def product(pid):
    page = get(f"/products/{pid}")
    name = text(re.search(r"<h1>(.*?)</h1>", page, re.S).group(1))
    sku = re.search(r'<p class="subtitle">SKU (\S+)', page).group(1)
    return {"id": pid, "name": name, "sku": sku, "price": field(page, "price"), "quantity": field(page, "quantity"),
            "material": field(page, "material"), "alt": field(page, "image_alt")}
# Products whose names are unique in the catalogue, spread over it.
def unique_products(start, count):
    out = []
    pid = start
    while len(out) < count:
        p = product(pid)
        same = rows("/products?q=" + urllib.parse.quote(p["name"]) + "&limit=100")
        if sum(1 for r in same if r[2] == p["name"]) == 1 and int(p["quantity"]) > 0: out.append(p)
        pid = pid + 97 if pid + 97 <= 2240 else pid + 97 - 2240 + 1
    return out
PRODUCTS = unique_products(11, 40)
def customer(cid):
    page = get(f"/customers/{cid}")
    return {"id": cid, "email": field(page, "email"), "phone": field(page, "phone"), "first": field(page, "first_name"),
            "last": field(page, "last_name"), "since": re.search(r"customer since ([^<]+)</p>", page).group(1),
            "orders": len(re.findall(r'<td><a href="/admin/orders/', page))}
CUSTOMERS = [customer(c) for c in (3, 12, 27, 44, 58, 71, 89, 103, 118, 131, 146, 160, 175, 190, 205, 222)]
def order_view(number): return get(f"/orders/{number}")
def iso(display):
    m = re.match(r"(\w+) (\d+), (\d+)", display)
    return "%s-%02d-%02d" % (m.group(3), MONTHS.index(m.group(1)) + 1, int(m.group(2)))

# ---------- information seeking: orders ----------
for n, number in enumerate(PENDING[:2] + PROCESSING[:1] + SHIPPED[:1], start=1):
    total = re.search(r'<th scope="row">Grand total</th><td>([^<]+)</td>', order_view(number)).group(1)
    T("order-total", n, me() + "What is the grand total of order #{order}?", {"order": number},
      [{"answer": {"currency": {"query": "SELECT '$' || printf('%.2f', total_cents / 100.0) FROM orders WHERE number = {order}", "instance": "initial"}}},
       seen("/orders/{order}")],
      login() + ["goto [admin:/orders/{order}]", f"stop [{total}]"], [KN_ORDER])
for n, number in enumerate([PENDING[2], PROCESSING[1], SHIPPED[1], SHIPPED[9]], start=1):
    status = re.search(r"Status: <strong>([^<]+)</strong>", order_view(number)).group(1)
    T("order-status", n, me() + "What is the status of order #{order}?", {"order": number},
      [{"answer": {"status": {"query": "SELECT status FROM orders WHERE number = {order}", "instance": "initial"}}}, seen("/orders/{order}")],
      login() + ["type searchbox 'Order, name or email' [{order}] [1]", "click link '{order}'", f"stop [{status}]"], [KN_ORDER], start="admin:/orders")
for n, number in enumerate([PENDING[3], PROCESSING[2], SHIPPED[2], SHIPPED[10]], start=1):
    email = details(order_view(number))["Email"]
    T("order-customer-email", n, me() + "Which email address does the customer who placed order #{order} use?", {"order": number},
      [{"answer": {"must_include": {"query": "SELECT c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.number = {order}", "instance": "initial"}}},
       seen("/orders/{order}")],
      login() + ["goto [admin:/orders/{order}]", f"stop [{email}]"], [KN_ORDER])
for n, number in enumerate([PENDING[4], PROCESSING[3], SHIPPED[3], SHIPPED[11]], start=1):
    page = order_view(number)
    items = re.search(r'id="items-heading".*?<tbody>(.*?)</tbody>', page, re.S).group(1)
    units = sum(int(text(r[4])) for r in (re.findall(r"<td>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", items)))
    T("order-units", n, me() + "How many units in total were ordered in order #{order}?", {"order": number},
      [{"answer": {"count": {"query": "SELECT SUM(quantity) FROM order_items WHERE order_id = " + ORDER, "instance": "initial"}}}, seen("/orders/{order}")],
      login() + ["goto [admin:/orders/{order}]", f"stop [{units}]"], [KN_ORDER])
CARRIER = "SELECT s.carrier FROM shipments s WHERE s.order_id = " + ORDER
for n, number in enumerate([SHIPPED[4], SHIPPED[5], SHIPPED[12], SHIPPED[13]], start=1):
    ship = details(order_view(number))["Shipment"]
    carrier, tracking = ship.split(",")[0].split(" ")
    T("order-carrier", n, me() + "Which carrier shipped order #{order}?", {"order": number},
      [{"answer": {"name": {"query": CARRIER, "instance": "initial"},
                   "must_exclude": {"query": f"SELECT DISTINCT carrier FROM shipments WHERE carrier <> ({CARRIER})", "instance": "initial"}}},
       seen("/orders/{order}")],
      login() + ["goto [admin:/orders/{order}]", f"stop [{carrier}]"], [KN_ORDER])
    T("order-tracking", n, me() + "What is the tracking number of the shipment of order #{order}?", {"order": number},
      [{"answer": {"must_include": {"query": "SELECT tracking_number FROM shipments WHERE order_id = " + ORDER, "instance": "initial"}}}, seen("/orders/{order}")],
      login() + ["goto [admin:/orders/{order}]", f"stop [{tracking}]"], [KN_ORDER])
for n, status in enumerate(["pending", "processing", "shipped", "cancelled"], start=1):
    count = re.search(r"(\d+) records found", get(f"/orders?status={status}")).group(1)
    T("orders-with-status", n, me() + "How many orders are {status} right now?", {"status": status},
      [{"answer": {"count": {"query": "SELECT COUNT(*) FROM orders WHERE status = {status}", "instance": "initial"}}},
       seen("/orders", query={"status": "{status}"})],
      login() + ["goto [admin:/orders]", f"select combobox 'Status' [{status.capitalize()}]", "click button 'Apply filters'", f"stop [{count}]"],
      [{"name": "filtered grid", "request": {"method": "GET", "path": "/orders", "query": {"status": "{status}"}, "status": 200}}], start="admin:/login")

# ---------- information seeking: customers ----------
CUSTOMER_SEEN = any_of(seen("/customers/{customer_id}"), seen("/customers", query={"q": "{email}"}))
for n, c in enumerate(CUSTOMERS[:4], start=1):
    T("customer-phone", n, me() + "What phone number do we have for the customer {email}?", {"email": c["email"], "customer_id": c["id"]},
      [{"answer": {"phone": {"query": "SELECT phone FROM customers WHERE email = {email}", "instance": "initial"}}}, CUSTOMER_SEEN],
      login() + ["goto [admin:/customers]", "type searchbox 'Name, email or phone' [{email}] [1]", f"stop [{c['phone']}]"], [
      {"name": "customer found", "request": {"method": "GET", "path": "/customers", "query": {"q": "{email}"}, "status": 200}}])
for n, c in enumerate(CUSTOMERS[4:8], start=1):
    T("customer-order-count", n, me() + "How many orders has the customer {email} placed?", {"email": c["email"], "customer_id": c["id"]},
      [{"answer": {"count": {"query": f"SELECT COUNT(*) FROM orders WHERE customer_id = {CUST}", "instance": "initial"}}}, CUSTOMER_SEEN],
      login() + ["goto [admin:/customers]", "type searchbox 'Name, email or phone' [{email}] [1]", f"stop [{c['orders']}]"],
      [{"name": "customer found", "request": {"method": "GET", "path": "/customers", "query": {"q": "{email}"}, "status": 200}}])
for n, c in enumerate(CUSTOMERS[8:12], start=1):
    T("customer-since", n, me() + "On what date did the customer {email} open their account?", {"email": c["email"], "customer_id": c["id"]},
      [{"answer": {"date": {"query": "SELECT substr(created_at, 1, 10) FROM customers WHERE email = {email}", "instance": "initial"}}}, CUSTOMER_SEEN],
      login() + ["goto [admin:/customers/{customer_id}]", f"stop [{c['since']}]"], [KN_CUSTOMER])

# ---------- information seeking: catalogue ----------
PRODUCT_SEEN = any_of(seen("/products/{product_id}"), seen("/products", query={"q": "{sku}"}))
def pparams(p, **more): return dict({"product": p["name"], "sku": p["sku"], "product_id": p["id"]}, **more)
def named(p, **more): return dict({"product": p["name"], "sku": p["sku"]}, **more)
def find_product(): return ["goto [admin:/products]", "type searchbox 'Name or SKU' [{sku}] [1]", "click link '{product}'"]
for n, p in enumerate(PRODUCTS[:4], start=1):
    T("product-price", n, me() + "What is the price of the {product} (SKU {sku}) in the catalog?", pparams(p),
      [{"answer": {"currency": {"query": "SELECT '$' || printf('%.2f', price_cents / 100.0) FROM admin_products WHERE sku = {sku}", "instance": "initial"}}}, PRODUCT_SEEN],
      login() + find_product() + [f"stop [${p['price']}]"], [KN_PRODUCT])
for n, p in enumerate(PRODUCTS[4:8], start=1):
    T("product-stock", n, me() + "How many units of the {product} (SKU {sku}) are in stock?", pparams(p),
      [{"answer": {"count": {"query": "SELECT quantity FROM stock WHERE product_id = " + PID, "instance": "initial"}}}, PRODUCT_SEEN],
      login() + find_product() + [f"stop [{p['quantity']}]"], [KN_PRODUCT])
for n, threshold in enumerate([0, 2, 5, 10], start=1):
    count = re.search(r"(\d+) records found", get(f"/reports/low-stock?threshold={threshold}")).group(1)
    T("low-stock-count", n, me() + "How many products have {threshold} or fewer units in stock?", {"threshold": threshold},
      [{"answer": {"count": {"query": "SELECT COUNT(*) FROM stock WHERE quantity <= {threshold}", "instance": "initial"}}},
       seen("/reports/low-stock", query={"threshold": str(threshold)})],
      login() + ["goto [admin:/reports/low-stock]", "type textbox 'At most this many units' [{threshold}] [0]", "click button 'Apply filters'", f"stop [{count}]"],
      [{"name": "low-stock report", "url": {"path_prefix": "admin:/reports/low-stock"}}])
for n, (p, rating) in enumerate([(PRODUCTS[8], 5), (PRODUCTS[9], 4), (PRODUCTS[10], 1), (PRODUCTS[11], 3)], start=1):
    count = re.search(r"(\d+) records found", get(f"/reviews?q={p['sku']}&rating={rating}")).group(1)
    T("review-count-by-rating", n, me() + "How many {rating}-star reviews does the {product} (SKU {sku}) have?", named(p, rating=rating),
      [{"answer": {"count": {"query": f"SELECT COUNT(*) FROM admin_reviews WHERE product_id = {PID} AND rating = {{rating}}", "instance": "initial"}}},
       seen("/reviews", query={"rating": str(rating)})],
      login() + ["goto [admin:/reviews]", "type searchbox 'Product, SKU, title or nickname' [{sku}] [0]", f"select combobox 'Rating' [{rating} of 5]",
                 "click button 'Apply filters'", f"stop [{count}]"],
      [{"name": "filtered reviews", "request": {"method": "GET", "path": "/reviews", "query": {"rating": str(rating)}, "status": 200}}])

# ---------- information seeking: reports ----------
SOLD = "SELECT i.product_id, i.name, SUM(i.quantity) AS units FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.status <> 'cancelled' AND substr(o.placed_at, 1, 7) = {month} GROUP BY i.product_id"
for n, month in enumerate(["2026-05", "2026-03", "2025-12", "2025-09"], start=1):
    y, m = month.split("-")
    last = {"02": 28, "04": 30, "06": 30, "09": 30, "11": 30}.get(m, 31)
    top = rows(f"/reports/bestsellers?from={month}-01&to={month}-{last}")[0][0]
    T("bestseller-of-month", n, me() + "Which product sold the most units in {month_name}, not counting cancelled orders?", {"month": month, "month_name": f"{MONTHS[int(m)-1]} {y}"},
      [{"answer": {"name": {"query": f"WITH s AS ({SOLD}) SELECT name FROM s WHERE units = (SELECT MAX(units) FROM s)", "instance": "initial", "any_of_rows": True},
                   "must_exclude": {"query": f"WITH s AS ({SOLD}) SELECT name FROM s WHERE units < (SELECT MAX(units) FROM s) AND name NOT IN (SELECT name FROM s WHERE units = (SELECT MAX(units) FROM s))", "instance": "initial"}}},
       seen("/reports/bestsellers", query={"from": f"{month}-01", "to": f"{month}-{last}"})],
      login() + ["goto [admin:/reports/bestsellers]", f"type textbox 'From (YYYY-MM-DD)' [{month}-01] [0]", f"type textbox 'To (YYYY-MM-DD)' [{month}-{last}] [0]",
                 "click button 'Apply filters'", f"stop [{top}]"],
      [{"name": "bestsellers report", "url": {"path_prefix": "admin:/reports/bestsellers"}}])
for n, month in enumerate(["2026-04", "2026-01", "2025-11", "2025-07"], start=1):
    y, m = month.split("-")
    row = next(r for r in rows("/reports/sales?group=month&limit=100") if r[0] == month)
    params = {"month": month, "month_name": f"{MONTHS[int(m)-1]} {y}"}
    T("revenue-of-month", n, me() + "What was the store's revenue in {month_name}, not counting cancelled orders?", params,
      [{"answer": {"currency": {"query": "SELECT '$' || printf('%.2f', SUM(total_cents) / 100.0) FROM orders WHERE status <> 'cancelled' AND substr(placed_at, 1, 7) = {month}", "instance": "initial"}}},
       seen("/reports/sales")],
      login() + ["goto [admin:/reports/sales]", f"stop [{row[3]}]"], [{"name": "sales report", "url": {"path_prefix": "admin:/reports/sales"}}])
    T("orders-of-month", n, me() + "How many orders were placed in {month_name}, not counting cancelled ones?", params,
      [{"answer": {"count": {"query": "SELECT COUNT(*) FROM orders WHERE status <> 'cancelled' AND substr(placed_at, 1, 7) = {month}", "instance": "initial"}}},
       seen("/reports/sales")],
      login() + ["goto [admin:/reports/sales]", f"stop [{row[1]}]"], [{"name": "sales report", "url": {"path_prefix": "admin:/reports/sales"}}])
TERMS = rows("/reports/search-terms?limit=100")
for n, term in enumerate([TERMS[1], TERMS[6], TERMS[15], TERMS[30]], start=1):
    T("search-term-uses", n, me() + "How many times have shoppers searched for \"{term}\"?", {"term": term[0]},
      [{"answer": {"count": {"query": "SELECT uses FROM search_terms WHERE query = {term}", "instance": "initial"}}}, seen("/reports/search-terms")],
      login() + ["goto [admin:/reports/search-terms]", f"stop [{term[1]}]"], [{"name": "search terms report", "url": {"path_prefix": "admin:/reports/search-terms"}}])
RULES = rows("/coupons?limit=100")
for n, rule in enumerate(RULES[:4], start=1):
    T("rule-minimum-subtotal", n, me() + "What minimum subtotal does the cart price rule {code} require?", {"code": rule[0]},
      [{"answer": {"currency": {"query": "SELECT '$' || printf('%.2f', min_subtotal_cents / 100.0) FROM coupon_rules WHERE code = {code}", "instance": "initial"}}},
       seen("/coupons")],
      login() + ["goto [admin:/coupons]", f"stop [{rule[4]}]"], [{"name": "rules grid", "url": {"path_prefix": "admin:/coupons"}}])

# ---------- navigation ----------
SORTS = {"total": "Grand total", "date": "Purchase date", "customer": "Bill-to name", "number": "Order"}
for n, (status, sort, desc) in enumerate([("pending", "total", True), ("processing", "date", False), ("shipped", "customer", False), ("cancelled", "number", True)], start=1):
    label = SORTS[sort]
    T("orders-grid-view", n, me() + "Show me the {status} orders sorted by {column}, " + ("highest first." if desc else "lowest first."),
      {"status": status, "sort": sort, "column": label.lower(), "dir": "desc" if desc else "asc"},
      [{"url": {"equals": "admin:/orders?status={status}&sort={sort}&dir={dir}", "ignore_query": ["q", "from", "to", "limit", "page"]}}],
      login() + ["goto [admin:/orders]", f"select combobox 'Status' [{status.capitalize()}]", "click button 'Apply filters'"]
      # The grid opens sorted by purchase date, newest first; a header link sorts ascending, then toggles.
      + [f"click link '{label}'"] * ((0 if desc else 1) if sort == "date" else (2 if desc else 1)) + ["stop"],
      [{"name": "filtered grid", "request": {"method": "GET", "path": "/orders", "query": {"status": "{status}"}, "status": 200}}])
for n, (stock, label, sort, column) in enumerate([("out", "Out of stock", "name", "Name"), ("low", "Low stock", "quantity", "Quantity"),
                                                   ("out", "Out of stock", "price", "Price"), ("low", "Low stock", "sku", "SKU")], start=1):
    T("products-grid-view", n, me() + "List the products that are {stock_label}, sorted by {column}, lowest first.",
      {"stock": stock, "stock_label": label.lower(), "sort": sort, "column": column.lower()},
      [{"url": {"equals": "admin:/products?stock={stock}&sort={sort}&dir=asc", "ignore_query": ["q", "status", "limit", "page"]}}],
      login() + ["goto [admin:/products]", f"select combobox 'Stock' [{label}]", "click button 'Apply filters'", f"click link '{column}'", "stop"],
      [{"name": "filtered grid", "request": {"method": "GET", "path": "/products", "query": {"stock": "{stock}"}, "status": 200}}])
for n, c in enumerate(CUSTOMERS[12:16], start=1):
    T("open-customer", n, me() + "Open the account page of the customer {email}.", {"email": c["email"], "customer_id": c["id"]},
      [{"url": "admin:/customers/{customer_id}"}],
      login() + ["goto [admin:/customers]", "type searchbox 'Name, email or phone' [{email}] [1]", f"click link '{c['first']} {c['last']}'", "stop"], [KN_CUSTOMER])
for n, (frm, to, group) in enumerate([("2026-01-01", "2026-03-31", "month"), ("2025-06-01", "2025-06-30", "day"), ("2024-07-01", "2026-05-31", "year"),
                                      ("2025-10-01", "2025-12-31", "month")], start=1):
    T("sales-report-view", n, me() + "Show the sales report by {group} from {from} to {to}.", {"from": frm, "to": to, "group": group},
      [{"url": {"equals": "admin:/reports/sales?from={from}&to={to}&group={group}", "ignore_query": ["sort", "dir", "limit", "page"]}}],
      login() + ["goto [admin:/reports/sales]", "type textbox 'From (YYYY-MM-DD)' [{from}] [0]", "type textbox 'To (YYYY-MM-DD)' [{to}] [0]",
                 f"select combobox 'Show by' [{group.capitalize()}]", "click button 'Apply filters'", "stop"],
      [{"name": "sales report", "url": {"path_prefix": "admin:/reports/sales"}}])

# ---------- content and configuration changes ----------
EDIT_COLS = "SELECT price_cents, material, featured, enabled, image_alt FROM admin_products WHERE sku = {sku} AND name = {product}"
def edits(columns): return {"table": "product_edits", "rows": "product_id = " + PID, "insert": True, "update": columns + ["updated_at"]}
PRODUCT_SAVED = {"name": "product saved", "request": {"method": "POST", "path": "/products/{product_id}", "status": 303}}
for n, (p, price) in enumerate([(PRODUCTS[12], "24.99"), (PRODUCTS[13], "149.00"), (PRODUCTS[14], "7.5"), (PRODUCTS[15], "1200")], start=1):
    T("set-product-price", n, me() + "Change the price of the {product} (SKU {sku}) to ${price}.", pparams(p, price=price),
      [{"state": {"query": EDIT_COLS, "expect_query": "SELECT CAST(round({price} * 100) AS INTEGER), material, featured, enabled, image_alt FROM admin_products WHERE sku = {sku}", "expect_instance": "initial"}},
       COLL(edits(["price_cents"]))],
      login() + find_product() + ["type textbox 'Price (dollars)' [{price}] [0]", "click button 'Save product'", "stop"], [KN_PRODUCT, PRODUCT_SAVED])
for n, (p, qty) in enumerate([(PRODUCTS[16], 0), (PRODUCTS[17], 250), (PRODUCTS[18], 12), (PRODUCTS[19], 3)], start=1):
    T("set-product-stock", n, me() + "Set the stock of the {product} (SKU {sku}) to {qty} units.", pparams(p, qty=qty),
      [{"state": {"query": "SELECT product_id, quantity FROM stock WHERE product_id = " + PID, "expect_query": "SELECT id, {qty} FROM admin_products WHERE sku = {sku}", "expect_instance": "initial"}},
       {"state": {"query": EDIT_COLS, "expect_query": EDIT_COLS, "expect_instance": "initial"}},
       COLL(edits([]), {"table": "stock", "rows": "product_id = " + PID, "update": ["quantity"]})],
      login() + find_product() + ["type textbox 'Quantity in stock' [{qty}] [0]", "click button 'Save product'", "stop"], [KN_PRODUCT, PRODUCT_SAVED])
for n, p in enumerate(PRODUCTS[20:24], start=1):
    T("disable-product", n, me() + "Take the {product} (SKU {sku}) off the shop: disable it.", pparams(p),
      [{"state": {"query": EDIT_COLS, "expect_query": "SELECT price_cents, material, featured, 0, image_alt FROM admin_products WHERE sku = {sku}", "expect_instance": "initial"}},
       COLL(edits(["enabled"]))],
      login() + find_product() + ["select combobox 'Status' [Disabled]", "click button 'Save product'", "stop"], [KN_PRODUCT, PRODUCT_SAVED])
for n, (p, alt) in enumerate([(PRODUCTS[24], "Front view on a white background"), (PRODUCTS[25], "Shown from the side"),
                              (PRODUCTS[26], "Close-up of the material"), (PRODUCTS[27], "In use in a living room")], start=1):
    T("set-image-alt", n, me() + "Set the alt text of the main image of the {product} (SKU {sku}) to \"{alt}\".", pparams(p, alt=alt),
      [{"state": {"query": EDIT_COLS, "expect_query": "SELECT price_cents, material, featured, enabled, {alt} FROM admin_products WHERE sku = {sku}", "expect_instance": "initial"}},
       COLL(edits(["image_alt"]))],
      login() + find_product() + ["type textbox 'Main image alt text' [{alt}] [0]", "click button 'Save product'", "stop"], [KN_PRODUCT, PRODUCT_SAVED])
for n, (p, material) in enumerate([(PRODUCTS[28], "Recycled cotton"), (PRODUCTS[29], "Bamboo"), (PRODUCTS[30], "Stainless steel"), (PRODUCTS[31], "Walnut")], start=1):
    T("set-product-material", n, me() + "The {product} (SKU {sku}) is really made of {material}: correct its material attribute.", pparams(p, material=material),
      [{"state": {"query": EDIT_COLS, "expect_query": "SELECT price_cents, {material}, featured, enabled, image_alt FROM admin_products WHERE sku = {sku}", "expect_instance": "initial"}},
       COLL(edits(["material"]))],
      login() + find_product() + ["type textbox 'Material' [{material}] [0]", "click button 'Save product'", "stop"], [KN_PRODUCT, PRODUCT_SAVED])

ORDER_ROW = "SELECT status, subtotal_cents, discount_cents, shipping_cents, tax_cents, total_cents, coupon_code FROM orders WHERE number = {order}"
def order_done(path): return {"name": "order action done", "request": {"method": "POST", "path": "/orders/{order}/" + path, "status": 303}}
STOCK_OF_ORDER = "SELECT s.product_id, s.quantity FROM stock s WHERE s.product_id IN (SELECT product_id FROM order_items WHERE order_id = " + ORDER + ")"
for n, number in enumerate(PENDING[5:9], start=1):
    T("cancel-order", n, me() + "Cancel order #{order}: the customer asked us to.", {"order": number},
      [{"state": {"query": ORDER_ROW, "expect_query": "SELECT 'cancelled', subtotal_cents, discount_cents, shipping_cents, tax_cents, total_cents, coupon_code FROM orders WHERE number = {order}", "expect_instance": "initial"}},
       {"state": {"query": STOCK_OF_ORDER, "expect_query": "SELECT s.product_id, s.quantity + (SELECT SUM(i.quantity) FROM order_items i WHERE i.order_id = " + ORDER + " AND i.product_id = s.product_id) FROM stock s WHERE s.product_id IN (SELECT product_id FROM order_items WHERE order_id = " + ORDER + ")", "expect_instance": "initial"}},
       COLL({"table": "orders", "rows": "number = {order}", "update": ["status", "updated_at"]},
            {"table": "stock", "rows": "product_id IN (SELECT product_id FROM order_items WHERE order_id = " + ORDER + ")", "update": ["quantity"]},
            {"table": "coupon_redemptions", "rows": "order_id = " + ORDER, "delete": True})],
      login() + ["goto [admin:/orders/{order}]", "click link 'Cancel'", "click button 'Cancel the order'", "stop"], [KN_ORDER, order_done("cancel")])
for n, number in enumerate(PENDING[9:13], start=1):
    T("invoice-order", n, me() + "Invoice order #{order}.", {"order": number},
      [{"state": {"query": ORDER_ROW, "expect_query": "SELECT 'processing', subtotal_cents, discount_cents, shipping_cents, tax_cents, total_cents, coupon_code FROM orders WHERE number = {order}", "expect_instance": "initial"}},
       {"state": {"query": "SELECT order_id, amount_cents FROM invoices WHERE order_id = " + ORDER, "expect_query": "SELECT id, total_cents FROM orders WHERE number = {order}", "expect_instance": "initial"}},
       COLL({"table": "orders", "rows": "number = {order}", "update": ["status", "updated_at"]}, {"table": "invoices", "rows": "order_id = " + ORDER, "insert": True})],
      login() + ["goto [admin:/orders/{order}]", "click button 'Invoice'", "stop"], [KN_ORDER, order_done("invoice")])
for n, (number, carrier, tracking) in enumerate(zip(PROCESSING[4:8], ["UPS", "FedEx", "USPS", "DHL"], ["1Z84F0A20395113", "781234567890", "9400111899223", "JD014600003"]), start=1):
    T("ship-order", n, me() + "Order #{order} has been handed to {carrier} with tracking number {tracking}: record the shipment.", {"order": number, "carrier": carrier, "tracking": tracking},
      [{"state": {"query": ORDER_ROW, "expect_query": "SELECT 'shipped', subtotal_cents, discount_cents, shipping_cents, tax_cents, total_cents, coupon_code FROM orders WHERE number = {order}", "expect_instance": "initial"}},
       {"state": {"query": "SELECT order_id, carrier, tracking_number FROM shipments WHERE order_id = " + ORDER, "expect_query": "SELECT id, {carrier}, {tracking} FROM orders WHERE number = {order}", "expect_instance": "initial"}},
       COLL({"table": "orders", "rows": "number = {order}", "update": ["status", "updated_at"]}, {"table": "shipments", "rows": "order_id = " + ORDER, "insert": True})],
      login() + ["goto [admin:/orders/{order}]", "select combobox 'Carrier' [{carrier}]", "type textbox 'Tracking number' [{tracking}] [0]", "click button 'Submit shipment'", "stop"],
      [KN_ORDER, order_done("ship")])
for n, (number, amount, reason) in enumerate(zip(SHIPPED[6:8] + PROCESSING[8:10], ["10.00", "5.50", "20", "12.25"], ["Damaged packaging", "Late delivery", "Price match", "Missing part"]), start=1):
    T("refund-order", n, me() + "Refund ${amount} on order #{order}; the reason is \"{reason}\".", {"order": number, "amount": amount, "reason": reason},
      [{"state": {"query": "SELECT order_id, amount_cents, reason FROM credit_memos WHERE order_id = " + ORDER, "expect_query": "SELECT id, CAST(round({amount} * 100) AS INTEGER), {reason} FROM orders WHERE number = {order}", "expect_instance": "initial"}},
       COLL({"table": "orders", "rows": "number = {order}", "update": ["updated_at"]}, {"table": "credit_memos", "rows": "order_id = " + ORDER, "insert": True})],
      login() + ["goto [admin:/orders/{order}]", "type textbox 'Amount to refund (dollars)' [{amount}] [0]", "type textbox 'Reason' [{reason}] [0]", "click button 'Refund'", "stop"],
      [KN_ORDER, order_done("refund")])
for n, (number, body, notify) in enumerate(zip([PENDING[13], PROCESSING[10], SHIPPED[14], PENDING[14]],
                                               ["Customer called about the delivery date.", "Gift wrap requested.", "Left at the front desk.", "Address confirmed by phone."],
                                               [True, False, True, False]), start=1):
    T("comment-order", n, me() + "Add the comment \"{body}\" to order #{order}" + (", and notify the customer." if notify else ", without notifying the customer."),
      {"order": number, "body": body, "notify": 1 if notify else 0},
      [{"state": {"query": "SELECT order_id, body, notify_customer FROM order_comments WHERE order_id = " + ORDER, "expect_query": "SELECT id, {body}, {notify} FROM orders WHERE number = {order}", "expect_instance": "initial"}},
       COLL({"table": "order_comments", "rows": "order_id = " + ORDER, "insert": True})],
      login() + ["goto [admin:/orders/{order}]", "type textbox 'Comment' [{body}] [0]"] + (["check checkbox 'Notify the customer by email'"] if notify else [])
      + ["click button 'Submit comment'", "stop"], [KN_ORDER, order_done("comments")])
CUSTOMER_ROW = "SELECT id, email, password, first_name, last_name, phone, created_at FROM customers WHERE email = {email}"
for n, (c, phone) in enumerate(zip(CUSTOMERS[:4], ["(415) 555-0142", "(212) 555-0199", "(303) 555-0110", "(617) 555-0187"]), start=1):
    T("set-customer-phone", n, me() + "The customer {email} has a new phone number, {phone}: update their account.", {"email": c["email"], "phone": phone, "customer_id": c["id"]},
      [{"state": {"query": "SELECT id, email, password, first_name, last_name, phone, created_at FROM customers WHERE id = {customer_id}",
                  "expect_query": "SELECT id, email, password, first_name, last_name, {phone}, created_at FROM customers WHERE email = {email}", "expect_instance": "initial"}},
       COLL({"table": "customers", "rows": "id = {customer_id}", "update": ["phone"]})],
      login() + ["goto [admin:/customers]", "type searchbox 'Name, email or phone' [{email}] [1]", f"click link '{c['first']} {c['last']}'",
                 "type textbox 'Phone' [{phone}] [0]", "click button 'Save customer'", "stop"],
      [KN_CUSTOMER, {"name": "customer saved", "request": {"method": "POST", "path": "/customers/{customer_id}", "status": 303}}])
for n, (c, new) in enumerate(zip(CUSTOMERS[4:8], ["new.address1@example.com", "home.mail@example.net", "work.inbox@example.org", "changed.email@example.com"]), start=1):
    T("set-customer-email", n, me() + "The customer {email} now uses {new_email}: change the email on their account.", {"email": c["email"], "new_email": new, "customer_id": c["id"]},
      [{"state": {"query": "SELECT id, email, password, first_name, last_name, phone, created_at FROM customers WHERE id = {customer_id}",
                  "expect_query": "SELECT id, {new_email}, password, first_name, last_name, phone, created_at FROM customers WHERE email = {email}", "expect_instance": "initial"}},
       COLL({"table": "customers", "rows": "id = {customer_id}", "update": ["email"]})],
      login() + ["goto [admin:/customers/{customer_id}]", "type textbox 'Email' [{new_email}] [0]", "click button 'Save customer'", "stop"],
      [KN_CUSTOMER, {"name": "customer saved", "request": {"method": "POST", "path": "/customers/{customer_id}", "status": 303}}])
REVIEWS = rows("/reviews?rating=1&limit=50")
picked = []
for r in REVIEWS:
    if len(picked) == 4: break
    if r[2] not in {x[2] for x in picked} and len(rows("/reviews?q=" + urllib.parse.quote(r[4]))) == 1: picked.append(r)
for n, r in enumerate(picked, start=1):
    T("reject-review", n, me() + "Reject the review titled \"{title}\" by {author}: it breaks our guidelines.", {"title": r[4], "author": r[3], "review_id": int(r[0])},
      [{"state": {"query": "SELECT review_id, status FROM review_moderation", "expect_query": "SELECT id, 'rejected' FROM admin_reviews WHERE title = {title} AND author = {author}", "expect_instance": "initial"}},
       COLL({"table": "review_moderation", "rows": "review_id = {review_id}", "insert": True})],
      login() + ["goto [admin:/reviews]", "type searchbox 'Product, SKU, title or nickname' [{title}] [1]", "click button 'Reject review {review_id}'", "stop"],
      [{"name": "review found", "request": {"method": "GET", "path": "/reviews", "query": {"q": "{title}"}, "status": 200}}])
RULE_ROW = "SELECT code, description, kind, value, min_subtotal_cents, category_id, starts_at, expires_at, once_per_customer, is_active FROM coupon_rules"
VALUE_CENTS = {"percent": "CAST({value} AS INTEGER)", "fixed": "CAST(round({value} * 100) AS INTEGER)", "free_shipping": "0"}
for n, (code, desc, kind, label, value, minimum) in enumerate([("SPRING15", "15% off spring orders", "percent", "Percent of subtotal", "15", "50"),
                                                              ("TENOFF", "$10 off orders over $80", "fixed", "Fixed amount off", "10", "80"),
                                                              ("SHIPFREE", "Free shipping on everything", "free_shipping", "Free shipping", "", "0"),
                                                              ("VIP20", "20% off for VIP customers", "percent", "Percent of subtotal", "20", "100")], start=1):
    words = {"percent": "a discount of {value} percent", "fixed": "a fixed ${value} off", "free_shipping": "free shipping"}[kind]
    T("create-cart-rule", n, me() + "Create an active cart price rule with the coupon code {code} (description \"{description}\"): " + words
      + ", minimum subtotal ${minimum}, valid from 2026-06-01 to 2026-08-31, for every department, usable more than once.",
      dict({"code": code, "description": desc, "kind": kind, "minimum": minimum}, **({"value": value} if value else {})),
      [{"state": {"query": RULE_ROW + " WHERE code = {code}",
                  "expect_query": "SELECT {code}, {description}, {kind}, " + VALUE_CENTS[kind] + ", CAST(round({minimum} * 100) AS INTEGER), NULL, '2026-06-01 00:00:00', '2026-08-31 23:59:59', 0, 1"}},
       COLL({"table": "coupon_rules", "rows": "code = {code}", "insert": True})],
      login() + ["goto [admin:/coupons]", "click link 'Add new rule'", "type textbox 'Coupon code' [{code}] [0]", "type textbox 'Description' [{description}] [0]",
                 "check checkbox 'Active'", f"select combobox 'Apply' [{label}]"] + (["type textbox 'Discount amount (percent, or dollars for a fixed amount; empty for free shipping)' [{value}] [0]"] if value else [])
      + ["type textbox 'Minimum subtotal (dollars)' [{minimum}] [0]", "type textbox 'From (YYYY-MM-DD)' [2026-06-01] [0]", "type textbox 'To (YYYY-MM-DD)' [2026-08-31] [0]",
         "click button 'Save rule'", "stop"],
      [{"name": "rule form", "url": {"path_prefix": "admin:/coupons/new"}}, {"name": "rule saved", "request": {"method": "POST", "path": "/coupons", "status": 303}}])
for n, rule in enumerate(RULES[4:8], start=1):
    T("deactivate-cart-rule", n, me() + "Deactivate the cart price rule {code}; change nothing else about it.", {"code": rule[0]},
      [{"state": {"query": RULE_ROW + " WHERE code = {code}", "expect_query": "SELECT code, description, kind, value, min_subtotal_cents, category_id, substr(starts_at, 1, 10) || ' 00:00:00', substr(expires_at, 1, 10) || ' 23:59:59', once_per_customer, 0 FROM coupon_rules WHERE code = {code}", "expect_instance": "initial"}},
       COLL({"table": "coupon_rules", "rows": "code = {code}", "update": ["is_active", "starts_at", "expires_at"]})],
      login() + ["goto [admin:/coupons]", "click link '{code}'", "uncheck checkbox 'Active'", "click button 'Save rule'", "stop"],
      [{"name": "rule page", "url": {"path_prefix": "admin:/coupons/{code}"}}, {"name": "rule saved", "request": {"method": "POST", "path": "/coupons/{code}", "status": 303}}])

# ---------- infeasible: the status is a guard; the evidence that the agent looked earns ----------
for n, (user, goal, params, path, steps) in enumerate([
        ("sales", "Change the price of the {product} (SKU {sku}) to $19.99.", named(PRODUCTS[32]), "/products", ["goto [admin:/products]"]),
        ("catalog", "Cancel order #{order}.", {"order": PENDING[15]}, "/orders/{order}", ["goto [admin:/orders/{order}]"]),
        ("sales", "Reject every 1-star review of the {product} (SKU {sku}).", named(PRODUCTS[33]), "/reviews", ["goto [admin:/reviews]"]),
        ("catalog", "What is the phone number of the customer {email}?", {"email": CUSTOMERS[1]["email"]}, "/customers", ["goto [admin:/customers]"])], start=1):
    T("denied-by-role", n, me(user) + goal, params, [seen(path, 403)],
      login(user) + steps + ["answer [permission_denied] [My role may not open that part of the admin.]"],
      [{"name": "tried", "request": {"method": "GET", "path": path, "status": 403}}], answer="permission_denied")
for n, number in enumerate([SHIPPED[15], PROCESSING[11], SHIPPED[8], PROCESSING[10]], start=1):
    T("cancel-non-pending-order", n, me() + "Cancel order #{order}.", {"order": number}, [seen("/orders/{order}")],
      login() + ["goto [admin:/orders/{order}]", "answer [action_not_allowed] [Only pending orders can be cancelled.]"], [KN_ORDER], answer="action_not_allowed")
for n, number in enumerate(["099999", "104412", "200001", "100000"], start=1):
    T("missing-order", n, me() + "What is the status of order #{order}?", {"order": number},
      [any_of(seen("/orders/{order}", 404), seen("/orders", query={"q": "{order}"}))],
      login() + ["goto [admin:/orders]", "type searchbox 'Order, name or email' [{order}] [1]", "answer [not_found]"],
      [{"name": "searched", "request": {"method": "GET", "path": "/orders", "query": {"q": "{order}"}, "status": 200}}], answer="not_found", start="admin:/orders")

# ---------- write ----------
for f in glob.glob(OUT + "/*.json"):
    if not f.endswith("suite.json"): os.remove(f)
for t in tasks:
    open(f"{OUT}/{t['id'].split('/')[1]}.json", "w").write(json.dumps(t, indent=2, ensure_ascii=False) + "\n")
print(len(tasks), "tasks", len({t["template"] for t in tasks}), "templates")
