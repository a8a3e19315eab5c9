#!/usr/bin/env python3
"""Regenerates tasks/cross-site/*.json from the template definitions below.

Needs `gauntlet serve shop admin forum --port PORT` (seed 1) running, and takes PORT as its one
argument: python3 scripts/cross-site-suite/generate.py 18110 (run from the repository root).
It reads the three sites' pages (the admin signed in as the administrator) only to choose each
task's subjects and to write its oracle; every check's gold is a SQL query evaluated at scoring
time, never a value copied from here. It deletes and rewrites every task file, so it can be
re-run after the forum's generated text changes: subjects are found again from the pages.
"""
import html, http.cookiejar, os, re, sys, urllib.error, urllib.parse, urllib.request
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from suite_files import write_suite  # noqa: E402

if len(sys.argv) != 2 or not sys.argv[1].isdigit():
    sys.exit("usage: generate.py PORT   (a running `gauntlet serve shop admin forum --port PORT`)")
ROOT = "http://127.0.0.1:%s" % sys.argv[1]
OUT = "tasks/cross-site"
tasks = []


def opener():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))


PUBLIC = opener()
ADMIN = opener()
ADMIN.open(ROOT + "/admin/login", urllib.parse.urlencode({"username": "admin", "password": "Admin!0001"}).encode())


def get(site, path, session=PUBLIC):
    return session.open("%s/%s%s" % (ROOT, site, path)).read().decode()


def status(site, path):
    try:
        PUBLIC.open("%s/%s%s" % (ROOT, site, path))
        return 200
    except urllib.error.HTTPError as error:
        return error.code


def text(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


def grid(page):
    """The data grid's body rows of an admin page, as lists of cell texts."""
    body = re.search(r'<table class="data-grid">.*?<tbody>(.*?)</tbody>', page, re.S)
    return [[text(c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", r, re.S)] for r in re.findall(r"<tr>(.*?)</tr>", body.group(1), re.S)] if body else []


def dollars(display):
    return float(display.replace("$", "").replace(",", ""))


def money(amount):
    return "${:,.2f}".format(amount)


# ---------- the sites, as the generator reads them ----------
def listing(path):
    """Posts of a forum listing: id, forum, title, link (the shop product's slug or None), author, locked."""
    posts = []
    for block in re.findall(r'<article class="submission".*?</article>', get("forum", path), re.S):
        heading = re.search(r"<h2[^>]*>(.*?)</h2>", block, re.S).group(1)
        link = re.search(r'href="/shop/product/([^"]+)"', heading)
        posts.append(dict(id=int(re.search(r'id="s(\d+)-title"', block).group(1)),
                          forum=re.search(r'to <a href="/forum/f/([^"]+)"', block).group(1),
                          title=text(re.search(r"<a [^>]*>(.*?)</a>", heading, re.S).group(1)),
                          slug=link.group(1) if link else None,
                          author=re.search(r'by <a href="/forum/u/([^"]+)"', block).group(1),
                          locked='<span class="badge">Locked</span>' in block))
    return posts


def speakable(title):
    """A title an action string and a goal can quote as it is."""
    return not re.search(r"[\[\]'\"]", title)


def unique_in_forum(post):
    """No other post of the forum has the same title (the goal names a post by title and forum)."""
    try:
        page = get("forum", "/search?" + urllib.parse.urlencode({"q": post["title"], "forum": post["forum"]}))
    except urllib.error.HTTPError:
        return False
    return len([t for t in re.findall(r'id="s\d+-title"[^>]*>(.*?)</h2>', page, re.S) if text(re.sub(r'<span class="domain">.*?</span>', "", t)) == post["title"]]) <= 1


def product(slug):
    page = get("shop", "/product/" + slug)
    crumbs = re.findall(r'<a href="/shop/category/([^"]+)">', re.search(r'<nav class="breadcrumbs".*?</nav>', page, re.S).group(0))
    reviews = re.search(r"from (\d+) reviews?", page)
    return dict(slug=slug, name=text(re.search(r'<h1 id="product-title">(.*?)</h1>', page, re.S).group(1)),
                price=dollars(text(re.search(r'<p class="price big">.*?<strong>(.*?)</strong>', page, re.S).group(1))),
                category=crumbs[-1], options=bool(re.search(r'<select[^>]*name="(color|size|material)"', page)), reviews=int(reviews.group(1)) if reviews else 0)


def profile(username):
    page = get("forum", "/u/" + username)
    return int(re.search(r"<dt>User number</dt><dd>(\d+)</dd>", page).group(1))


def forum_password(user_id):
    return "Forum!%04d" % user_id


def signs_in(login, password):
    try:
        opener().open(ROOT + "/forum/login", urllib.parse.urlencode({"login": login, "password": password}).encode())
        return True
    except urllib.error.HTTPError:
        return False


CUSTOMERS = []  # id, first, last, email, orders: every shop customer, by id, from the admin's grid
for page in range(1, 4):
    for row in grid(get("admin", "/customers?sort=id&dir=asc&limit=100&page=%d" % page, ADMIN)):
        first, last = row[1].split(" ", 1)
        CUSTOMERS.append(dict(id=int(row[0]), first=first, last=last, email=row[2], orders=int(row[5])))


def forum_account(customer):
    """The customer's forum user id when their forum name follows the convention the goals state
    (first name, underscore, last initial), no other customer shares that name and initial, and
    the account really is theirs (it signs in with their email)."""
    username = "%s_%s" % (customer["first"].lower(), customer["last"][0].lower())
    if not re.fullmatch(r"[a-z]+_[a-z]", username) or status("forum", "/u/" + username) != 200:
        return None
    if sum(1 for c in CUSTOMERS if c["first"] == customer["first"] and c["last"][0] == customer["last"][0]) != 1:
        return None
    uid = profile(username)
    return (username, uid) if signs_in(customer["email"], forum_password(uid)) else None


def customer_orders(customer):
    """The customer's orders, newest first: number, date, status."""
    page = get("admin", "/customers/%d" % customer["id"], ADMIN)
    table = re.search(r'id="customer-orders-heading".*?<tbody>(.*?)</tbody>', page, re.S)
    return [dict(number=c[0], status=c[2].lower()) for c in ([text(x) for x in re.findall(r"<td>(.*?)</td>", r)] for r in re.findall(r"<tr>(.*?)</tr>", table.group(1)))] if table else []


def order_lines(number):
    page = get("admin", "/orders/" + number, ADMIN)
    items = re.search(r'id="items-heading".*?<tbody>(.*?)</tbody>', page, re.S).group(1)
    return [[text(c) for c in re.findall(r"<td>(.*?)</td>", r)] for r in re.findall(r"<tr>(.*?)</tr>", items)]


def product_id_of(sku):
    return int(re.search(r'href="/admin/products/(\d+)"', get("admin", "/products?q=" + sku, ADMIN)).group(1))


def slug_of(pid):
    page = get("admin", "/products/%d" % pid, ADMIN)
    name = text(re.search(r"<h1>(.*?)</h1>", page, re.S).group(1))
    sku = re.search(r'<p class="subtitle">SKU (\S+)', page).group(1)
    return re.sub(r"[^a-z0-9]+", "-", (name + " " + sku).lower()).strip("-")


def first_post(username, ok=lambda p: True):
    """The user's newest post the goal can name: a quotable title, unique in its forum."""
    for post in listing("/u/%s?show=submissions" % username):
        if speakable(post["title"]) and ok(post) and unique_in_forum(post):
            return post
    return None


# ---------- the task file ----------
def T(template, n, sandboxes, start, goal, params, checks, oracle, key_nodes, answer=None):
    task = {"id": "cross-site/%s-%03d" % (template, n), "revision": 1, "sandboxes": sandboxes, "start": start, "goal": goal,
            "params": params, "seed": 1, "split": "dev" if n == 1 else "test", "template": template}
    if answer:
        task["answer"] = {"status": answer}
    task["checks"] = checks
    task["key_nodes"] = key_nodes
    task["oracle"] = oracle
    tasks.append(task)


def seen(sandbox, path, code=200, **query):
    request = {"sandbox": sandbox, "method": "GET", "path": path, "status": code}
    if query:
        request["query"] = query
    return {"request": request}


def allow(*entries):
    return {"collateral": {"allow": list(entries)}}


def node(name, check):
    return dict({"name": name}, **check)


ADMIN_ME = "Sign in to the store admin as admin (password Admin!0001). "
CONVENTION = "(A customer's forum username is their first name and the initial of their last name, as in jane_d for Jane Doe.) "
ADMIN_LOGIN = ["goto [admin:/login]", "type textbox 'User name' [admin] [0]", "type textbox 'Password' [Admin!0001] [0]", "click button 'Sign in'"]


def forum_login(login, password):
    return ["goto [forum:/login]", "type textbox 'Username or email' [%s] [0]" % login, "type textbox 'Password' [%s] [0]" % password, "click button 'Sign in'"]


def shop_login(email, password):
    return ["goto [shop:/login]", "type textbox 'Email address' [%s] [0]" % email, "type textbox 'Password' [%s] [0]" % password, "click button 'Sign in'"]


KN_THREAD = node("forum thread", {"url": {"path_prefix": "forum:/f/{forum}/{post}"}})
KN_PRODUCT = node("shop product page", {"url": {"path_prefix": "shop:/product/{slug}"}})
POST = "(SELECT id FROM submissions WHERE id = {post} AND title = {title} AND forum_id = (SELECT id FROM forums WHERE name = {forum}))"
POST_PRODUCT = "(SELECT product_id FROM submissions WHERE id = " + POST + ")"
AUTHOR_CUSTOMER = "(SELECT customer_id FROM forum_users WHERE id = (SELECT user_id FROM submissions WHERE id = " + POST + "))"
ME_FORUM = "(SELECT id FROM forum_users WHERE username = {username} AND password = {password})"
MINE = "(SELECT id FROM forum_users WHERE username = {username})"
PRICE = "'$' || printf('%.2f', price_cents / 100.0)"
# The forum of a product's subcategory: forum names are the category slugs with underscores.
FORUM_OF = "(SELECT f.id FROM forums f JOIN categories c ON f.name = replace(c.slug, '-', '_') WHERE c.id = (SELECT category_id FROM products WHERE id = %s))"
STAFF_FORUM = []  # forum members who post for the store in the admin+forum tasks: not moderators, not authors of the posts used


# ---------- subjects ----------
POSTS = []
for page in range(1, 25):
    POSTS += listing("/all?sort=new&page=%d" % page)
def body_names(post, item):
    body = re.search(r'<div class="body"><p>(.*?)</p></div>', get("forum", "/f/%s/%d" % (post["forum"], post["id"])), re.S)
    return bool(body) and item["name"] in text(body.group(1))


# Link posts that name the shop product they link to, in the title (else, when too few do, in the
# text): the agent finds the product in the shop by that name, since the link itself points at the
# shop's canonical host, outside any instance.
PRODUCT_POSTS = []
for named_in in (lambda post, item: item["name"] in post["title"], body_names):
    for post in POSTS:
        if len(PRODUCT_POSTS) == 16:
            break
        if post["slug"] and not post["locked"] and speakable(post["title"]) and all(p["id"] != post["id"] for p, _ in PRODUCT_POSTS):
            item = product(post["slug"])
            if named_in(post, item) and item["price"] < 1000 and all(p["slug"] != post["slug"] for p, _ in PRODUCT_POSTS) and unique_in_forum(post):
                PRODUCT_POSTS.append((post, item))
assert len(PRODUCT_POSTS) == 16, "only %d link posts name their product" % len(PRODUCT_POSTS)

MEMBERS = []  # forum users who sign in to comment: authors of recent posts, not the posts' own authors
for post in POSTS:
    if re.fullmatch(r"[a-z]+_[a-z]+\d*", post["author"]) and post["author"] not in [m for m, _ in MEMBERS] \
            and all(post["author"] != p["author"] for p, _ in PRODUCT_POSTS):
        MEMBERS.append((post["author"], profile(post["author"])))
    if len(MEMBERS) == 12:
        break

ACCOUNTS = []  # customers with a forum account named by the convention: (customer, username, forum user id)
for customer in CUSTOMERS:
    account = forum_account(customer)
    if account:
        ACCOUNTS.append((customer,) + account)

# ---------- shop + forum ----------
def price_params(post, item):
    return {"forum": post["forum"], "post": post["id"], "title": post["title"], "slug": item["slug"]}


for n, (post, item) in enumerate(PRODUCT_POSTS[:4], start=1):
    T("thread-product-price", n, ["shop", "forum"], "forum:/",
      "The post \"{title}\" in the {forum} forum is about a product sold at Larkspur Market. What does it cost in the shop today?",
      price_params(post, item),
      [{"answer": {"currency": {"query": "SELECT " + PRICE + " FROM products WHERE id = " + POST_PRODUCT, "instance": "initial"}}}],
      ["goto [forum:/f/%s/%d]" % (post["forum"], post["id"]), "goto [shop:/product/%s]" % item["slug"], "stop [%s]" % money(item["price"])],
      [KN_THREAD, KN_PRODUCT])

for n in range(1, 5):
    (a, x), (b, y) = PRODUCT_POSTS[4 + 2 * (n - 1)], PRODUCT_POSTS[5 + 2 * (n - 1)]
    T("price-difference", n, ["shop", "forum"], "forum:/",
      "Two forum posts talk about products sold at Larkspur Market: \"{title}\" in the {forum} forum and \"{other_title}\" in the {other_forum} forum. "
      "How much more does the dearer of the two products cost than the cheaper one in the shop today?",
      {"forum": a["forum"], "post": a["id"], "title": a["title"], "slug": x["slug"],
       "other_forum": b["forum"], "other_post": b["id"], "other_title": b["title"], "other_slug": y["slug"]},
      [{"answer": {"currency": {"query": "SELECT '$' || printf('%.2f', abs((SELECT price_cents FROM products WHERE id = " + POST_PRODUCT + ") - (SELECT price_cents FROM products WHERE id = "
                                + POST_PRODUCT.replace("{post}", "{other_post}").replace("{title}", "{other_title}").replace("{forum}", "{other_forum}") + ")) / 100.0)",
                                "instance": "initial"}}}],
      ["goto [forum:/f/%s/%d]" % (a["forum"], a["id"]), "goto [shop:/product/%s]" % x["slug"],
       "goto [forum:/f/%s/%d]" % (b["forum"], b["id"]), "goto [shop:/product/%s]" % y["slug"], "stop [%s]" % money(abs(x["price"] - y["price"]))],
      [KN_THREAD, KN_PRODUCT, node("other forum thread", {"url": {"path_prefix": "forum:/f/{other_forum}/{other_post}"}}),
       node("other shop product page", {"url": {"path_prefix": "shop:/product/{other_slug}"}})])

for n, ((post, item), (username, uid)) in enumerate(zip(PRODUCT_POSTS[12:16], MEMBERS), start=1):
    said = "It is %s at Larkspur Market today." % money(item["price"])
    T("reply-with-price", n, ["shop", "forum"], "forum:/",
      "Reply to the post \"{title}\" in the {forum} forum with a comment giving the product's current price in the shop, worded exactly "
      "\"It is $PRICE at Larkspur Market today.\" (with the price as the shop shows it). I'm {username} on the forum (password {password}).",
      dict(price_params(post, item), username=username, password=forum_password(uid)),
      [{"state": {"query": "SELECT submission_id, parent_id, user_id, body FROM new_comments",
                  "expect_query": "SELECT " + POST + ", NULL, " + ME_FORUM + ", 'It is ' || " + PRICE + " || ' at Larkspur Market today.' FROM products WHERE id = " + POST_PRODUCT,
                  "expect_instance": "initial"}},
       allow({"table": "new_comments", "rows": "user_id = " + MINE, "insert": True})],
      forum_login(username, forum_password(uid)) + ["goto [forum:/f/%s/%d]" % (post["forum"], post["id"]), "goto [shop:/product/%s]" % item["slug"],
                                                    "goto [forum:/f/%s/%d]" % (post["forum"], post["id"]), "type textbox 'Comment' [%s] [0]" % said,
                                                    "click button 'Post comment'", "stop"],
      [KN_THREAD, KN_PRODUCT, node("price posted", {"state": {"query": "SELECT count(*) FROM new_comments WHERE submission_id = {post}", "expect": [[1]]}})])

LAST_ORDER = "(SELECT id FROM orders WHERE customer_id = %s ORDER BY placed_at DESC, id DESC LIMIT 1)"
ME_SHOP = "(SELECT id FROM customers WHERE email = {email} AND password = {shop_password})"
ME_FORUM_BY_EMAIL = "(SELECT id FROM forum_users WHERE email = {email} AND password = {forum_password})"
BODIES = ["Arrived quickly and looks just like the photos.", "First impressions are good; I will report back after a month.",
          "Bought it after reading this forum. So far so good.", "Happy with it, and it was easy to set up."]
persona = []
for customer, username, uid in ACCOUNTS:
    orders = customer_orders(customer)
    if orders and len(order_lines(orders[0]["number"])) == 1:
        persona.append((customer, uid, orders[0]["number"]))
    if len(persona) == 4:
        break
for n, ((customer, uid, number), body) in enumerate(zip(persona, BODIES), start=1):
    line = order_lines(number)[0]
    pid = product_id_of(line[1])
    forum = product(slug_of(pid))["category"].replace("-", "_")
    T("post-about-last-order", n, ["shop", "forum"], "shop:/",
      "I'm {email}: my shop password is {shop_password}, and I sign in to the forum with the same email and the password {forum_password}. "
      "Post a text post in the forum for the subcategory of the product in my most recent shop order (the sneakers forum for sneakers, say), "
      "titled \"Just got the \" followed by the product's full name, with the text \"{body}\".",
      {"email": customer["email"], "shop_password": "Shop!%04d" % customer["id"], "forum_password": forum_password(uid), "body": body, "order": number},
      [{"state": {"query": "SELECT forum_id, user_id, title, url, body FROM new_submissions",
                  "expect_query": "SELECT " + FORUM_OF % "i.product_id" + ", " + ME_FORUM_BY_EMAIL + ", 'Just got the ' || i.name, '', {body} FROM order_items i WHERE i.order_id = "
                  + LAST_ORDER % ME_SHOP, "expect_instance": "initial"}},
       seen("shop", "/orders/{order}"),
       allow({"table": "new_submissions", "rows": "user_id = (SELECT id FROM forum_users WHERE email = {email})", "insert": True})],
      shop_login(customer["email"], "Shop!%04d" % customer["id"]) + ["goto [shop:/orders/%s]" % number]
      + forum_login(customer["email"], forum_password(uid)) + ["goto [forum:/f/%s/submit]" % forum, "type textbox 'Title' [Just got the %s] [0]" % line[0],
                                                              "type textbox 'Text (optional with a link)' [%s] [0]" % body, "click button 'Submit'", "stop"],
      [node("shop order page", {"url": {"path_prefix": "shop:/orders/{order}"}}),
       node("post in the right forum", {"state": {"query": "SELECT count(*) FROM new_submissions WHERE forum_id = " + FORUM_OF % ("(SELECT product_id FROM order_items WHERE order_id = " + LAST_ORDER % ME_SHOP + ")"),
                                                  "expect": [[1]]}})])

# ---------- admin + forum ----------
SOLD = ("SELECT i.product_id, i.name, SUM(i.quantity) AS units FROM order_items i JOIN orders o ON o.id = i.order_id "
        "WHERE o.status <> 'cancelled' AND substr(o.placed_at, 1, 10) BETWEEN {from} AND {to} GROUP BY i.product_id")
TOP = "(WITH s AS (" + SOLD + ") SELECT product_id FROM s WHERE units = (SELECT max(units) FROM s))"
PERIODS = [("2024-07-01", "2024-12-31"), ("2025-01-01", "2025-03-31"), ("2025-07-01", "2025-12-31"), ("2026-01-01", "2026-05-31"),
           ("2024-06-01", "2026-05-31"), ("2025-04-01", "2025-09-30"), ("2024-10-01", "2025-03-31"), ("2025-10-01", "2026-03-31"),
           ("2025-01-01", "2025-12-31"), ("2024-06-01", "2024-12-31"), ("2025-06-01", "2025-11-30"), ("2026-02-01", "2026-05-31")]
TOPS = []  # periods whose top seller is unique: (from, to, product id, name)
for frm, to in PERIODS:
    rows = grid(get("admin", "/reports/bestsellers?from=%s&to=%s&sort=units&dir=desc" % (frm, to), ADMIN))
    if len(rows) > 1 and int(rows[0][2]) > int(rows[1][2]):
        TOPS.append((frm, to, product_id_of(rows[0][1]), rows[0][0]))
# The report itself is the evidence: the top seller is known only to one who read it, signed in, for that period.
REPORT_SEEN = seen("admin", "/reports/bestsellers", **{"from": "{from}", "to": "{to}"})
assert len(TOPS) >= 8, "only %d periods have one top seller" % len(TOPS)
posters = [m for m in MEMBERS[4:]]
for n, ((frm, to, pid, name), (username, uid)) in enumerate(zip(TOPS[:4], posters), start=1):
    forum = product(slug_of(pid))["category"].replace("-", "_")
    body = "It sold more units than anything else from %s to %s." % (frm, to)
    T("bestseller-to-forum", n, ["admin", "forum"], "admin:/login",
      ADMIN_ME + "Find the product that sold the most units from {from} to {to} (not counting cancelled orders) in the admin's reports, and announce it "
      "on the forum as {username} (password {password}): a text post in the forum for the product's subcategory, titled \"Best seller: \" followed by "
      "the product's full name, with the text \"{body}\".",
      {"from": frm, "to": to, "username": username, "password": forum_password(uid), "body": body},
      [{"state": {"query": "SELECT forum_id, user_id, title, url, body FROM new_submissions",
                  "expect_query": "SELECT " + FORUM_OF % "p.id" + ", " + ME_FORUM + ", 'Best seller: ' || p.name, '', {body} FROM products p WHERE p.id IN " + TOP,
                  "expect_instance": "initial"}},
       REPORT_SEEN, allow({"table": "new_submissions", "rows": "user_id = " + MINE, "insert": True})],
      ADMIN_LOGIN + ["goto [admin:/reports/bestsellers]", "type textbox 'From (YYYY-MM-DD)' [%s] [0]" % frm, "type textbox 'To (YYYY-MM-DD)' [%s] [0]" % to,
                     "click button 'Apply filters'", "click link 'Units'"]
      + forum_login(username, forum_password(uid)) + ["goto [forum:/f/%s/submit]" % forum, "type textbox 'Title' [Best seller: %s] [0]" % name,
                                                     "type textbox 'Text (optional with a link)' [%s] [0]" % body, "click button 'Submit'", "stop"],
      [node("bestsellers report", {"request": {"sandbox": "admin", "method": "GET", "path": "/reports/bestsellers", "query": {"from": "{from}", "to": "{to}"}, "status": 200}}),
       node("post in the right forum", {"state": {"query": "SELECT count(*) FROM new_submissions WHERE forum_id IN (SELECT " + FORUM_OF % "p.id" + " FROM products p WHERE p.id IN " + TOP + ")",
                                                  "expect": [[1]]}})])

# Posts by customers with a forum account named by the convention, with their orders.
AUTHORED = []  # (customer, username, post, orders)
for customer, username, uid in ACCOUNTS:
    post = first_post(username, lambda p: not p["locked"])
    if post:
        AUTHORED.append((customer, username, post, customer_orders(customer)))
CUSTOMER_SEEN = {"any": [seen("admin", "/customers/{customer_id}"), seen("admin", "/customers")]}
for n, (customer, username, post, orders) in enumerate(AUTHORED[:4], start=1):
    T("author-order-count", n, ["admin", "forum"], "forum:/",
      ADMIN_ME + CONVENTION + "The author of the post \"{title}\" in the {forum} forum is one of our customers. How many orders have they placed with us?",
      {"forum": post["forum"], "post": post["id"], "title": post["title"], "customer_id": customer["id"]},
      [{"answer": {"count": {"query": "SELECT count(*) FROM orders WHERE customer_id = " + AUTHOR_CUSTOMER, "instance": "initial"}}}, CUSTOMER_SEEN],
      ["goto [forum:/f/%s/%d]" % (post["forum"], post["id"])] + ADMIN_LOGIN
      + ["goto [admin:/customers]", "type searchbox 'Name, email or phone' [%s] [1]" % customer["first"], "stop [%d]" % customer["orders"]],
      [KN_THREAD, node("customer grid", {"request": {"sandbox": "admin", "method": "GET", "path": "/customers", "status": 200}})])

ORDER_ROW = "SELECT number, status, subtotal_cents, discount_cents, shipping_cents, tax_cents, total_cents FROM orders WHERE customer_id = " + AUTHOR_CUSTOMER
ORDER = "(SELECT id FROM orders WHERE number = {order})"
pending = [a for a in AUTHORED if sum(1 for o in a[3] if o["status"] == "pending") == 1]
if len(pending) < 3:  # few orders are pending: look further than the first posts
    for customer, username, uid in ACCOUNTS:
        orders = customer_orders(customer)
        if sum(1 for o in orders if o["status"] == "pending") == 1 and all(customer is not a[0] for a in pending):
            post = first_post(username, lambda p: not p["locked"])
            if post:
                pending.append((customer, username, post, orders))
for n, (customer, username, post, orders) in enumerate(pending[:4], start=1):
    number = next(o["number"] for o in orders if o["status"] == "pending")
    T("cancel-author-pending-order", n, ["admin", "forum"], "forum:/",
      ADMIN_ME + CONVENTION + "The author of the post \"{title}\" in the {forum} forum is one of our customers and asked us to cancel their pending order. Cancel it.",
      {"forum": post["forum"], "post": post["id"], "title": post["title"], "order": number},
      [{"state": {"query": ORDER_ROW, "expect_query": ORDER_ROW.replace("number, status", "number, CASE status WHEN 'pending' THEN 'cancelled' ELSE status END"),
                  "expect_instance": "initial"}},
       {"state": {"query": "SELECT s.product_id, s.quantity FROM stock s WHERE s.product_id IN (SELECT product_id FROM order_items WHERE order_id = " + ORDER + ")",
                  "expect_query": "SELECT s.product_id, s.quantity + (SELECT SUM(i.quantity) FROM order_items i WHERE i.order_id = " + ORDER + " AND i.product_id = s.product_id) FROM stock s WHERE s.product_id IN (SELECT product_id FROM order_items WHERE order_id = " + ORDER + ")",
                  "expect_instance": "initial"}},
       allow({"table": "orders", "rows": "number = {order} AND customer_id = " + AUTHOR_CUSTOMER, "update": ["status", "updated_at"]},
             {"table": "stock", "rows": "product_id IN (SELECT product_id FROM order_items WHERE order_id = " + ORDER + ")", "update": ["quantity"]},
             {"table": "coupon_redemptions", "rows": "order_id = " + ORDER, "delete": True})],
      ["goto [forum:/f/%s/%d]" % (post["forum"], post["id"])] + ADMIN_LOGIN
      + ["goto [admin:/customers]", "type searchbox 'Name, email or phone' [%s] [1]" % customer["first"], "goto [admin:/customers/%d]" % customer["id"],
         "goto [admin:/orders/%s]" % number, "click link 'Cancel'", "click button 'Cancel the order'", "stop"],
      [KN_THREAD, node("order page", {"url": {"path_prefix": "admin:/orders/{order}"}}),
       node("order cancelled", {"request": {"sandbox": "admin", "method": "POST", "path": "/orders/{order}/cancel", "status": 303}})])

shipped = [a for a in AUTHORED[4:] if a[3] and a[3][0]["status"] in ("shipped", "delivered") and not any(o["status"] == "pending" for o in a[3])]
for n, (customer, username, post, orders) in enumerate(shipped[:3], start=1):
    T("cancel-author-shipped-order", n, ["admin", "forum"], "forum:/",
      ADMIN_ME + CONVENTION + "The author of the post \"{title}\" in the {forum} forum is one of our customers and asked us to cancel their most recent order. Cancel it.",
      {"forum": post["forum"], "post": post["id"], "title": post["title"], "order": orders[0]["number"]},
      [seen("admin", "/orders/{order}")],
      ["goto [forum:/f/%s/%d]" % (post["forum"], post["id"])] + ADMIN_LOGIN
      + ["goto [admin:/customers/%d]" % customer["id"], "goto [admin:/orders/%s]" % orders[0]["number"],
         "answer [action_not_allowed] [Their most recent order has already shipped, so it can no longer be cancelled.]"],
      [KN_THREAD, node("order page", {"url": {"path_prefix": "admin:/orders/{order}"}})], answer="action_not_allowed")

strangers = []  # authors without a shop account: their forum email is not a customer's
for post in POSTS:
    if post["author"] not in [s["author"] for s in strangers] and not re.fullmatch(r"[a-z]+_[a-z]\d*", post["author"]) and speakable(post["title"]) \
            and signs_in(post["author"].replace("_", ".").rstrip("0123456789") + "@example.net", forum_password(profile(post["author"]))) and unique_in_forum(post):
        strangers.append(post)
    if len(strangers) == 3:
        break
for n, post in enumerate(strangers, start=1):
    T("author-without-account", n, ["admin", "forum"], "forum:/",
      ADMIN_ME + CONVENTION + "How many orders has the author of the post \"{title}\" in the {forum} forum placed with us?",
      {"forum": post["forum"], "post": post["id"], "title": post["title"]},
      [seen("forum", "/f/{forum}/{post}"), seen("admin", "/customers")],
      ["goto [forum:/f/%s/%d]" % (post["forum"], post["id"])] + ADMIN_LOGIN
      + ["goto [admin:/customers]", "type searchbox 'Name, email or phone' [%s] [1]" % post["author"].split("_")[0],
         "answer [not_found] [%s has no customer account in the shop.]" % post["author"]],
      [KN_THREAD, node("customer grid", {"request": {"sandbox": "admin", "method": "GET", "path": "/customers", "status": 200}})], answer="not_found")

# ---------- shop + admin ----------
EDIT_COLS = "SELECT id, price_cents, material, featured, enabled, image_alt FROM admin_products"
NEWEST = "(SELECT p.id FROM products p WHERE p.category_id = (SELECT id FROM categories WHERE slug = {category}) ORDER BY p.created_at DESC, p.id LIMIT 1)"
CATEGORIES = ["sneakers", "desks", "headphones", "tents", "lamps", "jackets", "knives", "monitors"]
newest = []
for category in CATEGORIES:
    slug = re.search(r'class="product-name"><a href="/shop/product/([^"]+)"', get("shop", "/category/%s?sort=newest" % category)).group(1)
    item = product(slug)
    pid = product_id_of(re.search(r"-([a-z]{2}-\d{4})$", slug).group(1).upper())
    if not re.search(r'id="field-featured"[^>]*\bchecked', get("admin", "/products/%d" % pid, ADMIN)):
        newest.append((category, pid, item))
for n, (category, pid, item) in enumerate(newest[:4], start=1):
    T("feature-newest-in-category", n, ["shop", "admin"], "shop:/",
      ADMIN_ME + "Feature the newest arrival of the shop's {category} category on the home page: tick its featured flag in the admin, and change nothing else.",
      {"category": category, "product_id": pid},
      [{"state": {"query": EDIT_COLS + " WHERE id IN (SELECT product_id FROM product_edits)",
                  "expect_query": EDIT_COLS.replace("featured", "1") + " WHERE id = " + NEWEST,
                  "expect_instance": "initial"}},
       allow({"table": "product_edits", "rows": "product_id = {product_id}", "insert": True, "update": ["featured", "updated_at"]})],
      ["goto [shop:/category/%s?sort=newest]" % category] + ADMIN_LOGIN
      + ["goto [admin:/products?q=%s]" % urllib.parse.quote(item["name"]), "goto [admin:/products/%d]" % pid,
         "check checkbox 'Featured on the home page'", "click button 'Save product'", "stop"],
      [node("newest arrivals", {"url": {"path_prefix": "shop:/category/{category}"}}),
       node("product saved", {"request": {"sandbox": "admin", "method": "POST", "path": "/products/{product_id}", "status": 303}})])

plain = []  # products without options, so the cart needs only a quantity: the first of some categories' listings
for category in ["knives", "monitors", "board-games", "puzzles"]:
    for slug in re.findall(r'class="product-name"><a href="/shop/product/([^"]+)"', get("shop", "/category/%s?sort=name" % category))[:4]:
        item = product(slug)
        stock = int(re.search(r'id="field-quantity"[^>]*value="(\d+)"', get("admin", "/products/%d" % product_id_of(slug[-7:].upper()), ADMIN)).group(1))
        if not item["options"] and stock >= 5 and len([p for p in plain if p["category"] == category]) < 2:
            plain.append(item)
pid_sku = []
for item in plain[:4]:
    sku = re.search(r"-([a-z]{2}-\d{4})$", item["slug"]).group(1).upper()
    pid_sku.append((item, sku, product_id_of(sku)))
PID = "(SELECT id FROM admin_products WHERE sku = {sku} AND name = {product})"
for n, ((item, sku, pid), price, qty) in enumerate(zip(pid_sku, ["19.99", "42.50", "88", "7.25"], [2, 3, 2, 4]), start=1):
    T("reprice-then-cart", n, ["shop", "admin"], "admin:/login",
      ADMIN_ME + "Change the price of the {product} (SKU {sku}) to ${price}. Then, in the shop (no need to sign in there), put {qty} of it in the cart "
      "and tell me the cart's subtotal.",
      {"product": item["name"], "sku": sku, "price": price, "qty": qty, "product_id": pid},
      [{"state": {"query": EDIT_COLS + " WHERE id IN (SELECT product_id FROM product_edits)",
                  "expect_query": EDIT_COLS.replace("price_cents", "CAST(round({price} * 100) AS INTEGER)") + " WHERE id = " + PID, "expect_instance": "initial"}},
       {"state": {"query": "SELECT product_id, quantity FROM cart_items", "expect_query": "SELECT id, {qty} FROM admin_products WHERE sku = {sku}", "expect_instance": "initial"}},
       {"answer": {"currency": {"query": "SELECT '$' || printf('%.2f', {qty} * CAST(round({price} * 100) AS INTEGER) / 100.0)"}}},
       allow({"table": "product_edits", "rows": "product_id = {product_id}", "insert": True, "update": ["price_cents", "updated_at"]},
             {"table": "carts", "rows": "customer_id IS NULL", "insert": True},
             {"table": "cart_items", "rows": "cart_id IN (SELECT id FROM carts WHERE customer_id IS NULL)", "insert": True, "delete": True, "update": ["quantity"]})],
      ADMIN_LOGIN + ["goto [admin:/products/%d]" % pid, "type textbox 'Price (dollars)' [%s] [0]" % price, "click button 'Save product'",
                     "goto [shop:/product/%s]" % item["slug"], "type spinbutton 'Quantity' [%d] [0]" % qty, "click button 'Add to cart'",
                     "stop [%s]" % money(qty * round(float(price) * 100) / 100)],
      [node("product saved", {"request": {"sandbox": "admin", "method": "POST", "path": "/products/{product_id}", "status": 303}}),
       node("in the shop's cart", {"state": {"query": "SELECT count(*) FROM cart_items WHERE product_id = {product_id} AND quantity = {qty}", "expect": [[1]]}})])

# ---------- shop + admin + forum ----------
for n, ((frm, to, pid, name), (username, uid)) in enumerate(zip(TOPS[4:8], MEMBERS[8:]), start=1):
    item = product(slug_of(pid))
    forum = item["category"].replace("-", "_")
    said = "It has %d reviews at Larkspur Market." % item["reviews"]
    T("bestseller-reviews-post", n, ["shop", "admin", "forum"], "admin:/login",
      ADMIN_ME + "Find the product that sold the most units from {from} to {to} (not counting cancelled orders) in the admin's reports, look up how many "
      "customer reviews it has in the shop, and post about it on the forum as {username} (password {password}): a text post in the forum for the product's "
      "subcategory, titled \"Top seller: \" followed by the product's full name, with the text \"It has N reviews at Larkspur Market.\" (N being that number).",
      {"from": frm, "to": to, "username": username, "password": forum_password(uid), "slug": item["slug"]},
      [{"state": {"query": "SELECT forum_id, user_id, title, url, body FROM new_submissions",
                  "expect_query": "SELECT " + FORUM_OF % "p.id" + ", " + ME_FORUM + ", 'Top seller: ' || p.name, '', 'It has ' || (SELECT count(*) FROM reviews r WHERE r.product_id = p.id) || "
                  "' reviews at Larkspur Market.' FROM products p WHERE p.id IN " + TOP, "expect_instance": "initial"}},
       REPORT_SEEN, allow({"table": "new_submissions", "rows": "user_id = " + MINE, "insert": True})],
      ADMIN_LOGIN + ["goto [admin:/reports/bestsellers]", "type textbox 'From (YYYY-MM-DD)' [%s] [0]" % frm, "type textbox 'To (YYYY-MM-DD)' [%s] [0]" % to,
                     "click button 'Apply filters'", "click link 'Units'", "goto [shop:/product/%s]" % item["slug"]]
      + forum_login(username, forum_password(uid)) + ["goto [forum:/f/%s/submit]" % forum, "type textbox 'Title' [Top seller: %s] [0]" % name,
                                                     "type textbox 'Text (optional with a link)' [%s] [0]" % said, "click button 'Submit'", "stop"],
      [node("bestsellers report", {"request": {"sandbox": "admin", "method": "GET", "path": "/reports/bestsellers", "query": {"from": "{from}", "to": "{to}"}, "status": 200}}),
       KN_PRODUCT,
       node("post in the right forum", {"state": {"query": "SELECT count(*) FROM new_submissions WHERE forum_id IN (SELECT " + FORUM_OF % "p.id" + " FROM products p WHERE p.id IN " + TOP + ")",
                                                  "expect": [[1]]}})])

RATED = []  # customers' posts whose author's most recent order has one line, of a product with reviews
for customer, username, post, orders in AUTHORED[8:] + AUTHORED[:8]:
    if orders and orders[0]["status"] != "cancelled":
        lines = order_lines(orders[0]["number"])
        if len(lines) == 1:
            item = product(slug_of(product_id_of(lines[0][1])))
            if item["reviews"] > 0:
                RATED.append((customer, post, orders[0]["number"], item))
    if len(RATED) == 4:
        break
LATEST_OF_AUTHOR = "(SELECT id FROM orders WHERE customer_id = " + AUTHOR_CUSTOMER + " ORDER BY placed_at DESC, id DESC LIMIT 1)"
for n, (customer, post, number, item) in enumerate(RATED, start=1):
    rating = re.search(r"([\d.]+) out of 5 stars, from", get("shop", "/product/" + item["slug"])).group(1)
    T("author-purchase-rating", n, ["shop", "admin", "forum"], "forum:/",
      ADMIN_ME + CONVENTION + "The author of the post \"{title}\" in the {forum} forum is one of our customers. What average rating do shoppers give, "
      "in the shop, the product of their most recent order?",
      {"forum": post["forum"], "post": post["id"], "title": post["title"], "order": number, "slug": item["slug"]},
      [{"answer": {"rating": {"query": "SELECT avg(rating) FROM reviews WHERE product_id = (SELECT product_id FROM order_items WHERE order_id = " + LATEST_OF_AUTHOR + ")",
                              "instance": "initial"}, "tolerance": 0.051}},
       seen("admin", "/orders/{order}")],
      ["goto [forum:/f/%s/%d]" % (post["forum"], post["id"])] + ADMIN_LOGIN
      + ["goto [admin:/customers/%d]" % customer["id"], "goto [admin:/orders/%s]" % number, "goto [shop:/product/%s]" % item["slug"],
         "stop [%s out of 5]" % rating],
      [KN_THREAD, node("order page", {"url": {"path_prefix": "admin:/orders/{order}"}}), KN_PRODUCT])

# ---------- write ----------
write_suite(OUT, {"name": "cross-site", "version": "0.1.0",
                  "description": "Tasks that cross the shop, its store admin and the forum on one instance, with a key node per hop.",
                  "splits": ["dev", "test"], "limits": {"steps": 40, "episode_seconds": 300, "step_seconds": 60}}, tasks)
counts = {}
for task in tasks:
    counts[task["template"]] = counts.get(task["template"], 0) + 1
print("wrote %d tasks from %d templates: %s" % (len(tasks), len(counts), ", ".join("%s %d" % kv for kv in counts.items())))
