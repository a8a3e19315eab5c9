#!/usr/bin/env python3
import json, os
"""Regenerates tasks/shop/*.json (all but price-of-product-001).

Needs `gauntlet serve shop --port 18081` (seed 1) running: it reads the shop's pages only to
write each task's oracle (the solution may hold concrete values). Every check's gold is a SQL
query evaluated at scoring time, never a value copied from here.
Run from the repository root: python3 scripts/shop-suite/generate.py
"""
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scrape
# Four products per category, from its A-to-Z listing (positions 4-7): the tasks' subjects.
P={c: [scrape.product(s) for s, _ in scrape.listing("/category/" + c + "?sort=name")[3:7]]
   for c in ["sneakers","boots","sandals","electronics","furniture","home-kitchen","toys-games","clothing","sports-outdoors"]}
OUT="tasks/shop"
def prod(cat,i): return P[cat][i]
PID="(SELECT id FROM products WHERE sku = {sku})"
tasks=[]
# Templates whose checks changed since their first release: typed answer matchers and tied gold
# (revision 2), then for every template guards, whole-row state checks, row and column collateral,
# evidence with status and query, and key nodes reached with a successful response (issue 12).
REVISION={"rating-of-product":3,"review-count":3,"stock-of-product":3,"brand-of-product":3,"cheapest-with-filter":3,
          "priciest-with-filter":3,"count-with-filter":3,"order-count":3,"order-status":3}
def T(template, n, goal, params, checks, oracle, key_nodes=None, split=None, answer=None, start="shop:/", limits=None, oracles=None):
    t={"id":f"shop/{template}-{n:03d}","revision":REVISION.get(template,2),"sandboxes":["shop"],"start":start,"goal":goal,"params":params,"seed":1,
       "split":split or ("dev" if n==1 else "test"),"template":template}
    if limits: t["limits"]=limits
    if answer: t["answer"]={"status":answer}
    t["checks"]=checks
    if key_nodes: t["key_nodes"]=key_nodes
    t["oracle"]=oracle
    # Other routes that must pass too (verify's alternative oracles): by category as well as by search.
    if oracles: t["oracles"]=oracles
    tasks.append(t)
def login(email,pw): return ["goto [shop:/login]", f"type textbox 'Email address' [{email}] [0]", f"type textbox 'Password' [{pw}] [0]", "click button 'Sign in'"]
def pw(cid): return "Shop!%04d"%cid
def page(p): return f"goto [shop:/product/{p['slug']}]"
KN_PRODUCT={"name":"product page","url":{"path_prefix":"shop:/product/{slug}"}}
# No collateral check means the default: nothing but the session may change (docs/tasks.md).
# The customer the goal's credentials name; read on the initial instance, where the password is the goal's.
ME="(SELECT id FROM customers WHERE email = {email} AND password = {password})"
# The same customer in allowances, which read both instances (the password may change).
MINE="(SELECT id FROM customers WHERE email = {email})"
def own_cart(owner=None):
    """Allowances for the agent's own carts: a guest's, and the signed-in customer's."""
    own="customer_id IS NULL" if owner is None else f"(customer_id IS NULL OR customer_id = {owner})"
    return [{"table":"carts","rows":own,"update":["coupon_code"],"insert":True,"delete":True},
            {"table":"cart_items","rows":f"cart_id IN (SELECT id FROM carts WHERE {own})","update":["quantity","added_seq"],"insert":True,"delete":True}]
DRAFT_COLS=["address_id","ship_name","ship_line1","ship_line2","ship_city","ship_region","ship_postal_code","ship_country","ship_phone","shipping_method","payment_method","payment_detail"]
def own_draft(owner): return {"table":"checkout_drafts","rows":f"session_token IN (SELECT token FROM sessions WHERE customer_id = {owner})","update":DRAFT_COLS,"insert":True,"delete":True}
def COLL(*allow): return {"collateral":{"allow":[a for x in allow for a in (x if isinstance(x,list) else [x])]}}
PID_NAMED="(SELECT id FROM products WHERE sku = {sku} AND name = {product})"

# ---------- retrieval: product facts ----------
for n,(c,i) in enumerate([("boots",0),("electronics",3)],start=2):
    p=prod(c,i)
    T("price-of-product",n,"How much does the {product} cost?",{"product":p["name"],"sku":p["sku"],"slug":p["slug"]},
      [{"answer":{"currency":{"query":"SELECT '$' || printf('%.2f', price_cents / 100.0) FROM products WHERE sku = {sku}","instance":"initial"}}}],
      ["type searchbox 'Search products' [{product}] [1]", "click link '{product}'", f"stop [{p['price']}]"], [KN_PRODUCT],
      oracles=[scrape.by_category(p)+[f"stop [{p['price']}]"]])
for n,(c,i) in enumerate([("sneakers",3),("home-kitchen",3),("clothing",0)],start=1):
    p=prod(c,i)
    T("rating-of-product",n,"What's the average customer rating of the {product}?",{"product":p["name"],"sku":p["sku"],"slug":p["slug"]},
      [{"answer":{"rating":{"query":f"SELECT round(avg(rating), 2) FROM reviews WHERE product_id = {PID}","instance":"initial"},"tolerance":0.051}}],
      [page(p), f"stop [{p['rating']}]"], [KN_PRODUCT])
for n,(c,i) in enumerate([("sandals",3),("boots",2),("electronics",0)],start=1):
    p=prod(c,i)
    T("review-count",n,"How many people have reviewed the {product}?",{"product":p["name"],"sku":p["sku"],"slug":p["slug"]},
      [{"answer":{"count":{"query":f"SELECT count(*) FROM reviews WHERE product_id = {PID}","instance":"initial"}}}],
      [page(p), f"stop [{p['reviews']}]"], [KN_PRODUCT])
import re
def stocknum(p): return re.search(r"(\d+)",p["stock"]).group(1)
for n,(c,i) in enumerate([("furniture",1),("toys-games",1),("sneakers",1)],start=1):
    p=prod(c,i)
    T("stock-of-product",n,"How many {product} do you still have in stock?",{"product":p["name"],"sku":p["sku"],"slug":p["slug"]},
      [{"answer":{"count":{"query":f"SELECT quantity FROM stock WHERE product_id = {PID}","instance":"initial"}}}],
      [page(p), f"stop [{stocknum(p)}]"], [KN_PRODUCT])
for n,(c,i,spec) in enumerate([("sneakers",0,"Sole"),("boots",1,"Country of origin"),("electronics",1,"Warranty")],start=1):
    p=prod(c,i); val=dict(p["specs"])[spec]
    T("spec-of-product",n,"What does the spec sheet of the {product} say for \"{spec}\"?",{"product":p["name"],"sku":p["sku"],"slug":p["slug"],"spec":spec},
      [{"answer":{"must_include":{"query":f"SELECT value FROM product_specs WHERE product_id = {PID} AND name = {{spec}}","instance":"initial"},
                 "must_exclude":{"query":f"SELECT value FROM product_specs WHERE product_id = {PID} AND value NOT IN (SELECT value FROM product_specs WHERE product_id = {PID} AND name = {{spec}})","instance":"initial"}}}],
      [page(p), f"stop [{val}]"], [KN_PRODUCT])
import urllib.request, urllib.parse, http.cookiejar, html as H
B="http://127.0.0.1:18081/shop"
def session(email,pwd):
    cj=http.cookiejar.CookieJar(); op=urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cj))
    op.open(B+"/login",urllib.parse.urlencode({"email":email,"password":pwd}).encode()); return op
def orders(op):
    h=op.open(B+"/orders").read().decode()
    rows=re.findall(r'<tr><th scope="row">(.*?)</tr>',h)
    out=[]
    for r in rows:
        cells=[H.unescape(re.sub('<[^>]+>','',c)) for c in re.split(r'</t[hd]><td>',r)]
        out.append((re.search(r'#(\d+)',cells[0]).group(1),)+tuple(c.replace('</td>','') for c in cells[1:]))
    return out
def showing(path):
    h=urllib.request.urlopen(B+path).read().decode()
    m=re.search(r'of (\d+) products?',h); return m.group(1) if m else "0"
def first(path):
    import scrape; return scrape.listing(path)[0][1]

# ---------- products (name) ----------
BRAND="SELECT b.name FROM products p JOIN brands b ON b.id = p.brand_id WHERE p.sku = {sku}"
for n,(c,i) in enumerate([("home-kitchen",1),("toys-games",3)],start=1):
    p=prod(c,i)
    T("brand-of-product",n,"Which brand is the {product} from?",{"product":p["name"],"sku":p["sku"],"slug":p["slug"]},
      [{"answer":{"name":{"query":BRAND,"instance":"initial"},"must_exclude":{"query":f"SELECT name FROM brands WHERE name <> ({BRAND})","instance":"initial"}}}],
      [page(p), f"stop [{p['brand']}]"], [KN_PRODUCT])

FILT="WITH m AS (SELECT p.name, p.price_cents FROM products p JOIN categories c ON c.id = p.category_id WHERE c.slug = {category} AND EXISTS (SELECT 1 FROM product_options o WHERE o.product_id = p.id AND o.kind = 'color' AND o.value = {color}) AND p.price_cents <= {max_price} * 100) "
# Every product at the extreme price is right (a tie), and naming one with another price is wrong.
def tied(agg): return {"name":{"query":FILT+f"SELECT name FROM m WHERE price_cents = (SELECT {agg}(price_cents) FROM m)","instance":"initial","any_of_rows":True},
                       "must_exclude":{"query":FILT+f"SELECT name FROM m WHERE price_cents <> (SELECT {agg}(price_cents) FROM m)","instance":"initial"}}
for n,(cat,color,mx) in enumerate([("sneakers","Red",200),("desks","Walnut",1000),("running-shoes","Blue",300)],start=1):
    pass
for n,(cat,label,color,mx) in enumerate([("sneakers","sneakers","Teal",200),("tents","tents","Grey",400),("headphones","headphones","Black",300)],start=1):
    path=f"/category/{cat}?color={color}&max_price={mx}&sort=price_asc"
    try: ans=first(path)
    except Exception as e: print("skip",cat,e); continue
    T("cheapest-with-filter",n,"What's the cheapest {label} you sell in {color} for at most ${max_price}?",{"category":cat,"label":label,"color":color,"max_price":mx},
      [{"answer":tied("min")}],
      [f"goto [shop:{path}]", f"stop [{ans}]"], [{"name":"category page","url":{"path_prefix":"shop:/category/{category}"}}])
for n,(cat,label,color,mx) in enumerate([("boots","boots","Brown",150),("chairs","chairs","Brown",300),("jackets","jackets","Navy",250)],start=1):
    path=f"/category/{cat}?color={color}&max_price={mx}&sort=price_desc"
    try: ans=first(path)
    except Exception as e: print("skip",cat,e); continue
    T("priciest-with-filter",n,"Among the {color} {label} that cost no more than ${max_price}, which one is the most expensive?",{"category":cat,"label":label,"color":color,"max_price":mx},
      [{"answer":tied("max")}],
      [f"goto [shop:{path}]", f"stop [{ans}]"], [{"name":"category page","url":{"path_prefix":"shop:/category/{category}"}}])
CNT="SELECT count(*) FROM products p JOIN categories c ON c.id = p.category_id JOIN brands b ON b.id = p.brand_id WHERE c.slug = {category} AND b.slug = {brand} AND p.price_cents <= {max_price} * 100"
for n,(cat,label,brand,bname,mx) in enumerate([("boots","boots","ridgeback","Ridgeback",120),("sandals","sandals","kestrel","Kestrel",60),("sneakers","sneakers","stridewell","Stridewell",90)],start=1):
    path=f"/category/{cat}?brand={brand}&max_price={mx}"
    T("count-with-filter",n,"How many {brand_name} {label} are there for ${max_price} or less?",{"category":cat,"label":label,"brand":brand,"brand_name":bname,"max_price":mx},
      [{"answer":{"count":{"query":CNT,"instance":"initial"}}}],
      [f"goto [shop:{path}]", f"stop [{showing(path)}]"], [{"name":"category page","url":{"path_prefix":"shop:/category/{category}"}}])

# ---------- orders of a signed-in customer ----------
CUST={4:"leila.brown@example.com",5:"priya.clark@example.com",10:"fatima.young@example.com",14:"henry.thomas@example.com",8:"chen.taylor@example.com",13:"carter.king@example.com",7:"diego.lopez@example.com",2:"logan.anderson@example.com",32:"olivia.scott@example.com",78:"mia.garcia@example.com",93:"leila.clark@example.com",129:"henry.white@example.com",41:"evelyn.walker@example.com"}
ORD={}
for cid,em in CUST.items(): ORD[cid]=orders(session(em,pw(cid)))
def cred(cid): return {"email":CUST[cid],"password":pw(cid)}
GOAL_ME="I'm {email} (password {password}). "
KN_ORDER={"name":"order page","url":{"path_prefix":"shop:/orders/{order}"}}
# An answer about the customer's orders is evidence only with the page that shows it, served 200
# to the signed-in customer (a remembered or guessed answer is not).
SAW_ORDER={"request":{"method":"GET","path":"/orders/{order}","status":200}}
SAW_HISTORY={"request":{"method":"GET","path":"/orders","status":200}}
for n,(cid,k) in enumerate([(4,1),(5,3),(10,0)],start=1):
    o=ORD[cid][k]
    T("order-total",n,GOAL_ME+"How much did I pay in total for order #{order}?",dict(cred(cid),order=o[0]),
      [{"answer":{"currency":{"query":"SELECT '$' || printf('%.2f', total_cents / 100.0) FROM orders WHERE number = {order}","instance":"initial"}}},{"any":[SAW_ORDER,SAW_HISTORY]}],
      login(CUST[cid],pw(cid))+["goto [shop:/orders/{order}]", f"stop [{o[4]}]"], [KN_ORDER])
for n,(cid,k) in enumerate([(4,3),(2,0),(32,0)],start=1):
    o=ORD[cid][k]
    T("order-status",n,GOAL_ME+"What's the status of my order #{order}?",dict(cred(cid),order=o[0]),
      [{"answer":{"status":{"query":"SELECT status FROM orders WHERE number = {order}","instance":"initial"}}},{"any":[SAW_ORDER,SAW_HISTORY]}],
      login(CUST[cid],pw(cid))+["goto [shop:/orders]", f"stop [{o[2]}]"], [{"name":"order history","url":"shop:/orders"}])
for n,(cid,k) in enumerate([(5,0),(10,2),(7,1)],start=1):
    o=ORD[cid][k]
    T("order-date",n,GOAL_ME+"On what date did I place order #{order}?",dict(cred(cid),order=o[0]),
      [{"answer":{"date":{"query":"SELECT date(placed_at) FROM orders WHERE number = {order}","instance":"initial"}}},{"any":[SAW_ORDER,SAW_HISTORY]}],
      login(CUST[cid],pw(cid))+["goto [shop:/orders]", f"stop [{o[1]}]"], [{"name":"order history","url":"shop:/orders"}])
# how many orders
for n,cid in enumerate([4,14],start=1):
    T("order-count",n,GOAL_ME+"How many orders have I placed with you so far?",cred(cid),
      [{"answer":{"count":{"query":"SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = {email}","instance":"initial"}}},SAW_HISTORY],
      login(CUST[cid],pw(cid))+["goto [shop:/orders]", f"stop [{len(ORD[cid])}]"], [{"name":"order history","url":"shop:/orders"}])

# ---------- coupon terms (minimum spend learned by trying) ----------
cheap=prod("toys-games",2)  # $16.99, no options
for n,code in enumerate(["SAVE15","FREESHIP"],start=1):
    mins={"SAVE15":"$120.00","FREESHIP":"$40.00"}[code]
    T("coupon-min-spend",n,"What's the minimum order subtotal needed to use the coupon code {code}?",{"code":code},
      [{"answer":{"currency":{"query":"SELECT '$' || printf('%.2f', min_subtotal_cents / 100.0) FROM coupons WHERE code = {code}","instance":"initial"}}},
       # Learnt by trying that code: the shop's refusal (422) names the minimum.
       {"request":{"method":"POST","path":"/cart/coupon","form":{"code":"{code}"},"status":422}},COLL(own_cart())],
      [page(cheap),"click button 'Add to cart'","type textbox 'Coupon code' [{code}] [0]","click button 'Apply coupon'", f"stop [{mins}]"],
      [{"name":"coupon tried","request":{"method":"POST","path":"/cart/coupon","form":{"code":"{code}"},"status":422}}])
# ---------- shipping rules ----------
SHIP_ORACLE=login(CUST[7],pw(7))+[page(cheap),"click button 'Add to cart'","goto [shop:/checkout]"]
for n,(code,label,ans) in enumerate([("express","express shipping","$14.99"),("next_day","next-day delivery","$29.99")],start=1):
    T("shipping-cost",n,GOAL_ME+"How much does {label} cost at this shop?",dict(cred(7),method=code,label=label),
      [{"answer":{"currency":{"query":"SELECT '$' || printf('%.2f', price_cents / 100.0) FROM shipping_methods WHERE code = {method}","instance":"initial"}}},
       # The checkout, where the shop lists its shipping prices, served to the signed-in customer.
       {"request":{"method":"GET","path":"/checkout","status":200}},COLL(own_cart(MINE),own_draft(MINE))],
      SHIP_ORACLE+[f"stop [{ans}]"], [{"name":"checkout","url":"shop:/checkout"}])
T("free-shipping-threshold",1,"From what order amount is standard shipping free?",{},
  [{"answer":{"currency":{"query":"SELECT '$' || printf('%.2f', free_over_cents / 100.0) FROM shipping_methods WHERE code = 'standard'","instance":"initial"}}}],
  ["stop [$75.00]"], [])

# ---------- mutations: cart ----------
# The agent's cart, whole rows: product and every option column, and the quantity.
CARTQ="SELECT product_id, color, size, material, quantity FROM cart_items"
CART_ALLOW=COLL(own_cart())
def addacts(p,color=None,size=None,material=None,qty=1):
    a=[page(p)]
    if color: a.append(f"select combobox 'Colour' [{color}]")
    if size: a.append(f"select combobox 'Size' [{size}]")
    if material: a.append(f"select combobox 'Material' [{material}]")
    if qty!=1: a.append(f"type spinbutton 'Quantity' [{qty}] [0]")
    a.append("click button 'Add to cart'"); return a
def stopped(a): return a+["stop"]
def sqlv(v): return "NULL" if v is None else "{%s}"%v
def expect_row(color,size,material,qty="{qty}"):
    cols=["{color}" if color else "''","{size}" if size else "''","{material}" if material else "''"]
    return f"SELECT id, {', '.join(cols)}, {qty} FROM products WHERE sku = {{sku}} AND name = {{product}}"
def in_cart(color,size,material,qty="{qty}"):
    return {"state":{"query":CARTQ,"expect_query":expect_row(color,size,material,qty)}}
for n,(c,i,color,size,material,qty,goal) in enumerate([
    ("sneakers",0,"Navy","9",None,2,"I want two pairs of the {product} in {color}, size {size}. Put them in my cart."),
    ("home-kitchen",1,"Olive","Queen",None,1,"Please add the {product} in {color}, size {size}, to my cart."),
    ("furniture",2,None,None,"Walnut",3,"I need three of the {product} in {material}. Add them to my cart."),
    ("sports-outdoors",3,"Navy","20 oz",None,4,"Add 4 of the {product} ({color}, {size}) to my cart.")],start=1):
    p=prod(c,i); params={"product":p["name"],"sku":p["sku"],"slug":p["slug"],"qty":qty}
    for k,v in (("color",color),("size",size),("material",material)):
        if v: params[k]=v
    T("add-to-cart-options",n,goal,params,
      [in_cart(color,size,material),CART_ALLOW],
      stopped(addacts(p,color,size,material,qty)), [KN_PRODUCT,{"name":"in the cart","state":in_cart(color,size,material)["state"]}])
for n,(c,i,opts,code) in enumerate([("furniture",1,{"material":"Walnut"},"FURNITURE20"),("boots",0,{"color":"Grey","size":"12"},"FREESHIP"),("clothing",2,{"color":"Olive","size":"M"},"CLOTHING15")],start=1):
    p=prod(c,i)
    opt=" (" + ", ".join("{%s}"%k for k in opts) + ")"
    coupon_row={"state":{"query":"SELECT c.coupon_code, i.product_id, i.color, i.size, i.material, i.quantity FROM carts c JOIN cart_items i ON i.cart_id = c.id",
                         "expect_query":"SELECT {code}, "+expect_row(opts.get("color"),opts.get("size"),opts.get("material"),"1")[len("SELECT "):]}}
    T("apply-coupon",n,"Add the {product}"+opt+" to my cart and use my coupon {code} on it.",dict({"product":p["name"],"sku":p["sku"],"code":code},**opts),
      [coupon_row,CART_ALLOW],
      addacts(p,**opts)+["type textbox 'Coupon code' [{code}] [0]","click button 'Apply coupon'","stop"], [{"name":"in the cart","state":in_cart(opts.get("color"),opts.get("size"),opts.get("material"),"1")["state"]},{"name":"coupon applied","state":coupon_row["state"]}])

# ---------- navigation ----------
for n,(c,i) in enumerate([("boots",3),("furniture",0),("clothing",3)],start=1):
    p=prod(c,i)
    T("open-product-page",n,"Take me to the page of the {product}.",{"product":p["name"],"slug":p["slug"]},
      [{"url":"shop:/product/{slug}"}],
      ["type searchbox 'Search products' [{product}] [1]","click link '{product}'","stop"], oracles=[scrape.by_category(p)+["stop"]], key_nodes=[{"name":"searched for it","request":{"method":"GET","path":"/search","query":{"q":"{product}"},"status":200}}])
IGN=["page","min_price","rating"]
for n,(cat,label,color,mx) in enumerate([("footwear","footwear","Red",50),("chairs","chairs","Grey",150),("headphones","headphones","Black",100)],start=1):
    T("filtered-listing",n,"Show me {color} {label} under ${max_price}, from the most expensive down.",{"category":cat,"label":label,"color":color,"max_price":mx},
      [{"url":{"equals":"shop:/category/{category}?color={color}&max_price={max_price}&sort=price_desc","ignore_query":IGN}}],
      ["goto [shop:/category/{category}?color={color}&max_price={max_price}&sort=price_desc]","stop"], [{"name":"category page","url":{"path_prefix":"shop:/category/{category}"}}])
for n,(cat,label,mx) in enumerate([("footwear","footwear",50),("electronics","electronics",30),("clothing","clothing",25)],start=1):
    # price_asc is the listing's default, so the URL may carry it or leave it out; nothing else may differ.
    T("listing-under-price",n,"Show me {label} under ${max_price}, cheapest first.",{"category":cat,"label":label,"max_price":mx},
      [{"any":[{"url":{"equals":"shop:/category/{category}?max_price={max_price}&sort=price_asc","ignore_query":IGN}},
               {"url":{"equals":"shop:/category/{category}?max_price={max_price}","ignore_query":IGN}}]}],
      ["goto [shop:/category/{category}]","type spinbutton 'Max price ($)' [{max_price}] [0]","click button 'Apply filters'","stop"], [{"name":"category page","url":{"path_prefix":"shop:/category/{category}"}}])
for n,(cat,label,brand,bname) in enumerate([("running-shoes","running shoes","trailmark","Trailmark"),("tents","tents","outbound","Outbound")],start=1):
    T("brand-listing-by-rating",n,"List the {brand_name} {label} with the best-rated ones first.",{"category":cat,"label":label,"brand":brand,"brand_name":bname},
      [{"url":{"equals":"shop:/category/{category}?brand={brand}&sort=rating","ignore_query":IGN+["max_price"]}}],
      ["goto [shop:/category/{category}?brand={brand}&sort=rating]","stop"], [{"name":"category page","url":{"path_prefix":"shop:/category/{category}"}}])

# ---------- account mutations (signed in) ----------
def acct(cid,extra): d=cred(cid); d.update(extra); return d
for n,(cid,c,i) in enumerate([(8,"sneakers",2),(13,"toys-games",1)],start=1):
    p=prod(c,i)
    # The customer's whole wishlist: what it held, and the product.
    wish={"state":{"query":f"SELECT customer_id, product_id FROM wishlist_items WHERE customer_id = {MINE}",
                   "expect_query":f"SELECT customer_id, product_id FROM wishlist_items WHERE customer_id = {ME} UNION ALL SELECT {ME}, {PID_NAMED}","expect_instance":"initial"}}
    T("add-to-wishlist",n,GOAL_ME+"Save the {product} to my wishlist for later.",acct(cid,{"product":p["name"],"sku":p["sku"],"slug":p["slug"]}),
      [wish,COLL({"table":"wishlist_items","rows":f"customer_id = {MINE}","insert":True})],
      login(CUST[cid],pw(cid))+[page(p),"click button 'Add to wishlist'","stop"], [KN_PRODUCT,{"name":"on the wishlist","state":wish["state"]}])
for n,(cid,c,i,stars,title,body) in enumerate([(10,"home-kitchen",3,"2","Leaks at the seam","It drips from the lid after a week of use."),(14,"sandals",0,"5","Comfy all summer","I wore them every day and my feet never hurt.")],start=1):
    p=prod(c,i)
    # The author comes from the session: the review is the signed-in customer's.
    review={"state":{"query":"SELECT product_id, customer_id, rating, title, body FROM new_reviews",
                     "expect_query":f"SELECT {PID_NAMED}, {ME}, {{rating}}, {{title}}, {{body}}","expect_instance":"initial"}}
    T("write-review",n,GOAL_ME+"Leave a {rating}-star review on the {product}, titled \"{title}\", saying: \"{body}\"",acct(cid,{"product":p["name"],"sku":p["sku"],"slug":p["slug"],"rating":int(stars),"title":title,"body":body}),
      [review,COLL({"table":"new_reviews","rows":f"customer_id = {MINE}","insert":True})],
      login(CUST[cid],pw(cid))+[page(p),f"select combobox 'Rating' [{stars} stars]","type textbox 'Title' [{title}] [0]","type textbox 'Your review' [{body}] [0]","click button 'Submit review'","stop"],
      [KN_PRODUCT,{"name":"review posted","state":review["state"]}])
# The customer's whole row, every column, as it was but for the one the goal changes.
CUSTOMER_COLS=["id","email","password","first_name","last_name","phone","created_at"]
def customer_row(col,value):
    return {"state":{"query":f"SELECT {', '.join(CUSTOMER_COLS)} FROM customers WHERE email = {{email}}",
                     "expect_query":f"SELECT {', '.join(value if c==col else c for c in CUSTOMER_COLS)} FROM customers WHERE id = {ME}","expect_instance":"initial"}}
def customer_may_change(col): return COLL({"table":"customers","rows":f"id = {MINE}","update":[col]})
for n,(cid,phone) in enumerate([(5,"(415) 555-0142"),(13,"(212) 555-0199")],start=1):
    row=customer_row("phone","{phone}")
    T("edit-profile-phone",n,GOAL_ME+"My phone number changed to {phone}. Please update it in my profile.",acct(cid,{"phone":phone}),
      [row,customer_may_change("phone")],
      login(CUST[cid],pw(cid))+["goto [shop:/account]","type textbox 'Phone' [{phone}] [0]","click button 'Save profile'","stop"], [{"name":"profile saved","request":{"method":"POST","path":"/account/profile","status":303}},{"name":"phone saved","state":row["state"]}])
for n,(cid,newpw) in enumerate([(8,"Tulip-Garden-42"),(10,"Blue!Harbor2026")],start=1):
    row=customer_row("password","{new_password}")
    T("change-password",n,GOAL_ME+"Change my password to {new_password}.",acct(cid,{"new_password":newpw}),
      [row,customer_may_change("password")],
      login(CUST[cid],pw(cid))+["goto [shop:/account]","type textbox 'Current password' [{password}] [0]","type textbox 'New password' [{new_password}] [0]","type textbox 'Confirm new password' [{new_password}] [0]","click button 'Change password'","stop"],
      [{"name":"password form accepted","request":{"method":"POST","path":"/account/password","status":303}},{"name":"password changed","state":row["state"]}])
# The customer's whole address book, every column; only what the goal asks may differ.
ADDRESS_COLS=["customer_id","full_name","line1","line2","city","region","postal_code","country","phone","is_default"]
def address_book(expected):
    return {"state":{"query":f"SELECT {', '.join(ADDRESS_COLS)} FROM addresses WHERE customer_id = {MINE}","expect_query":expected,"expect_instance":"initial"}}
def old_addresses(**replace):
    return f"SELECT {', '.join(replace.get(c,c) for c in ADDRESS_COLS)} FROM addresses WHERE customer_id = {ME}"
# Key nodes are what a goal-directed agent earns: not pages any agent given credentials can open
# by URL (the account, the address book, the contact form), but the form accepted and its result.
for n,(cid,name,line1,city,state,code,zipc,default) in enumerate([(14,"Henry Thomas","88 Orchard Lane","Portland","Oregon","OR","97205",True),(4,"Leila Brown","12 Pine Court","Austin","Texas","TX","73301",False)],start=1):
    goal=GOAL_ME+"Add {full_name}, {line1}, {city}, {region} {postal_code} to my address book"+(" and make it my default address." if default else ".")
    book=address_book(old_addresses(is_default="0" if default else "is_default")+f" UNION ALL SELECT {ME}, {{full_name}}, {{line1}}, '', {{city}}, {{region}}, {{postal_code}}, 'US', '', {1 if default else 0}")
    T("add-address",n,goal,acct(cid,{"full_name":name,"line1":line1,"city":city,"region":code,"postal_code":zipc}),
      [book,COLL({"table":"addresses","rows":f"customer_id = {MINE}","insert":True,"update":["is_default"]})],
      login(CUST[cid],pw(cid))+["goto [shop:/account/addresses]","type textbox 'Full name' [{full_name}] [0]","type textbox 'Street address' [{line1}] [0]","type textbox 'City' [{city}] [0]",f"select combobox 'State' [{state}]","type textbox 'ZIP code' [{postal_code}] [0]"]+(["check checkbox 'Make this my default address'"] if default else [])+["click button 'Save address'","stop"],
      [{"name":"address form accepted","request":{"method":"POST","path":"/account/addresses","status":303}},{"name":"address saved","state":book["state"]}])
# The topics of the contact form as the goal names them, and as the shop stores them.
TOPIC={"A question about an order":"order","Returns and refunds":"returns"}
TOPIC_CODE="CASE {topic} " + " ".join(f"WHEN '{k}' THEN '{v}'" for k,v in TOPIC.items()) + " END"
for n,(cid,k,tlabel,msg) in enumerate([(5,0,"A question about an order","One item in this order arrived damaged. What can I do?"),(14,1,"Returns and refunds","I would like to return one item from this order.")],start=1):
    o=ORD[cid][k]
    # The sender is the signed-in customer (the shop ignores a typed name or email then).
    sent={"state":{"query":"SELECT customer_id, name, email, topic, order_number, message FROM contact_messages",
                   "expect_query":f"SELECT id, first_name || ' ' || last_name, email, {TOPIC_CODE}, {{order}}, {{message}} FROM customers WHERE id = {ME}","expect_instance":"initial"}}
    T("contact-about-order",n,GOAL_ME+"Send the shop a message about my order #{order}, under the topic \"{topic}\": \"{message}\"",acct(cid,{"order":o[0],"topic":tlabel,"message":msg}),
      [sent,COLL({"table":"contact_messages","rows":f"customer_id = {MINE}","insert":True})],
      login(CUST[cid],pw(cid))+["goto [shop:/contact]","select combobox 'Topic' [{topic}]","type textbox 'Order number (optional)' [{order}] [0]","type textbox 'Message' [{message}] [0]","click button 'Send message'","stop"],
      [{"name":"message accepted","request":{"method":"POST","path":"/contact","status":303}},{"name":"message sent","state":sent["state"]}])

for n,(cid,line1) in enumerate([(7,"6508 Cedar Lane"),(8,"5954 Pine Road")],start=1):
    book=address_book(old_addresses(is_default="CASE WHEN line1 = {line1} THEN 1 ELSE 0 END"))
    T("set-default-address",n,GOAL_ME+"From now on, ship to {line1} by default.",acct(cid,{"line1":line1}),
      [book,COLL({"table":"addresses","rows":f"customer_id = {MINE}","update":["is_default"]})],
      login(CUST[cid],pw(cid))+["goto [shop:/account/addresses]",f"click button 'Make {line1} the default address'","stop"],
      [{"name":"default set","state":book["state"]}])
for n,(cid,line1,field,label,value,goal) in enumerate([(7,"2577 Oak Avenue","line2","Apartment, suite, etc. (optional)","Apt 4B","My {line1} address is missing the apartment: it's {value}. Please fix it."),
                                                    (8,"3019 Mill Street","phone","Phone (optional)","(303) 555-0187","Update the phone number on my {line1} address to {value}.")],start=1):
    book=address_book(old_addresses(**{field:f"CASE WHEN line1 = {{line1}} THEN {{value}} ELSE {field} END"}))
    T("update-address",n,GOAL_ME+goal,acct(cid,{"line1":line1,"value":value}),
      [book,COLL({"table":"addresses","rows":f"customer_id = {MINE} AND line1 = {{line1}}","update":[field]})],
      login(CUST[cid],pw(cid))+["goto [shop:/account/addresses]",f"click link 'Edit address {line1}'",f"type textbox '{label}' [{value}] [0]","click button 'Save changes'","stop"],
      [{"name":"address updated","state":book["state"]}])
# ---------- purchases ----------
LAST="(SELECT max(id) FROM orders)"
SHIPLBL={"standard":"Standard (5–7 business days): $5.99 (free over $75.00)","express":"Express (2–3 business days): $14.99","next_day":"Next business day: $29.99"}
# The goal's words for each shipping method, and the method the shop stores.
SHIPWORD={"express":"express shipping","standard":"standard shipping","next_day":"next-day delivery"}
METHOD="(CASE {shipping} " + " ".join(f"WHEN '{v}' THEN '{k}'" for k,v in SHIPWORD.items()) + " END)"
ORDER_COLS=["customer_id","status","subtotal_cents","discount_cents","shipping_cents","tax_cents","total_cents","coupon_code","shipping_method",
            "payment_method","payment_detail","ship_name","ship_line1","ship_line2","ship_city","ship_region","ship_postal_code","ship_country"]
def new_order(sub,disc,method,coupon,payment,detail):
    """The whole row of the order the goal asks for, computed on the initial instance by the shop's
    rules (docs/sandboxes.md): shipping free over its threshold after the discount, tax on the
    discounted subtotal rounded to the cent, shipped to the default address."""
    after=f"({sub} - {disc})"
    ship=f"(SELECT CASE WHEN free_over_cents IS NOT NULL AND {after} >= free_over_cents THEN 0 ELSE price_cents END FROM shipping_methods WHERE code = {method})"
    tax=f"(({after} * coalesce((SELECT rate_basis_points FROM tax_rates WHERE region = a.region), 0) + 5000) / 10000)"
    return {"state":{"query":f"SELECT {', '.join(ORDER_COLS)} FROM orders WHERE id = {LAST}",
                     "expect_query":f"SELECT a.customer_id, 'pending', {sub}, {disc}, {ship}, {tax}, {after} + {ship} + {tax}, {coupon}, {method}, {payment}, {detail}, "
                                    f"a.full_name, a.line1, a.line2, a.city, a.region, a.postal_code, a.country FROM addresses a WHERE a.customer_id = {ME} AND a.is_default = 1",
                     "expect_instance":"initial"}}
def order_lines(color,size,qty):
    return {"state":{"query":f"SELECT product_id, sku, name, color, size, material, quantity, unit_price_cents FROM order_items WHERE order_id = {LAST}",
                     "expect_query":f"SELECT id, sku, name, {color}, {size}, '', {qty}, price_cents FROM products WHERE sku = {{sku}} AND name = {{product}}"}}
ONE_MORE={"state":{"query":"SELECT count(*) FROM orders","expect_query":"SELECT count(*) + 1 FROM orders","expect_instance":"initial"}}
def purchase_allow(extra=()):
    return COLL(own_cart(MINE),own_draft(MINE),{"table":"orders","rows":f"customer_id = {MINE}","insert":True},
                {"table":"order_items","rows":f"order_id IN (SELECT id FROM orders WHERE customer_id = {MINE})","insert":True},
                {"table":"stock","rows":"product_id = (SELECT id FROM products WHERE sku = {sku})","update":["quantity"]},*extra)
def drafted(method,payment): return {"name":"checkout details","state":{"query":"SELECT shipping_method, payment_method FROM checkout_drafts","expect_query":f"SELECT {method}, {payment}"}}
def placed(): return {"name":"order placed","state":ONE_MORE["state"]}
for n,(cid,c,i,opts,qty,method,pay) in enumerate([(7,"sneakers",0,{"color":"Red","size":"8"},1,"express","paypal"),(8,"toys-games",3,{},2,"standard","paypal"),(13,"electronics",2,{"color":"Pink"},1,"next_day","paypal")],start=1):
    p=prod(c,i)
    params=acct(cid,{"product":p["name"],"sku":p["sku"],"slug":p["slug"],"qty":qty,"shipping":SHIPWORD[method]})
    params.update(opts)
    # PayPal pays from the signed-in customer's own account (the shop has no field for another's).
    # No task pays by card: the shop keeps only a card's last digits, so a goal's name, expiry and
    # security code would be details no check can read.
    paytxt="pay with PayPal"
    goal=GOAL_ME+"Buy {qty} {product}"+(" (" + ", ".join("{%s}"%k for k in opts) + ")" if opts else "")+f", shipped to my default address with {{shipping}}; {paytxt}. Place the order."
    acts=login(CUST[cid],pw(cid))+addacts(p,qty=qty,**opts)+["goto [shop:/checkout]",f"check radio '{SHIPLBL[method]}'"]
    acts+=["check radio 'PayPal'"]
    acts+=["click button 'Continue to review'","click button 'Place order'","stop"]
    detail="'PayPal (' || {email} || ')'"
    sub=f"({{qty}} * (SELECT price_cents FROM products WHERE sku = {{sku}} AND name = {{product}}))"
    color="{color}" if "color" in opts else "''"; size="{size}" if "size" in opts else "''"
    T("checkout-purchase",n,goal,params,
      [new_order(sub,"0",METHOD,"NULL",f"'{pay}'",detail),order_lines(color,size,"{qty}"),ONE_MORE,purchase_allow()],
      acts, [KN_PRODUCT,{"name":"in the cart","state":in_cart(opts.get("color"),opts.get("size"),None)["state"]},drafted(METHOD,f"'{pay}'"),placed()],
      limits={"steps":40})
for n,(cid,c,i,opts,code) in enumerate([(14,"sneakers",2,{"color":"Teal","size":"10"},"SAVE15"),(5,"clothing",2,{"color":"Olive","size":"M"},"CLOTHING15")],start=1):
    p=prod(c,i)
    params=acct(cid,{"product":p["name"],"sku":p["sku"],"slug":p["slug"],"code":code})
    params.update(opts)
    goal=GOAL_ME+"Order the {product} (" + ", ".join("{%s}"%k for k in opts) + ") with my coupon {code}: standard shipping to my default address, paid with PayPal."
    acts=login(CUST[cid],pw(cid))+addacts(p,**opts)+["goto [shop:/cart]","type textbox 'Coupon code' [{code}] [0]","click button 'Apply coupon'","goto [shop:/checkout]",
          "check radio 'PayPal'","click button 'Continue to review'","click button 'Place order'","stop"]
    price="(SELECT price_cents FROM products WHERE sku = {sku} AND name = {product})"
    # Discount per the shop's rules (docs/sandboxes.md): percent of the subtotal rounded to the cent, or a fixed amount capped at the subtotal.
    disc=f"(SELECT CASE k.kind WHEN 'percent' THEN ({price} * k.value + 50) / 100 ELSE min(k.value, {price}) END FROM coupons k WHERE k.code = {{code}})"
    T("checkout-with-coupon",n,goal,params,
      [new_order(price,disc,"'standard'","{code}","'paypal'","'PayPal (' || {email} || ')'"),order_lines("{color}","{size}","1"),ONE_MORE,
       purchase_allow([{"table":"coupon_redemptions","rows":f"customer_id = {MINE}","insert":True}])],
      acts, [KN_PRODUCT,{"name":"coupon applied","state":{"query":f"SELECT coupon_code FROM carts WHERE customer_id = {MINE}","expect_query":"SELECT {code}"}},drafted("'standard'","'paypal'"),placed()],
      limits={"steps":40})
# ---------- cancel / reorder ----------
PEND={78:"100988",93:"100987",129:"100991"}
ORDER_ROW=["id","number","customer_id","status","placed_at","subtotal_cents","discount_cents","shipping_cents","tax_cents","total_cents","coupon_code","shipping_method","payment_method","payment_detail","ship_line1"]
for n,cid in enumerate([78,93,129],start=1):
    # Every order of the customer, as it was but for this one's status (updated_at is the shop's clock).
    orders_after={"state":{"query":f"SELECT {', '.join(ORDER_ROW)} FROM orders WHERE customer_id = {MINE}",
                           "expect_query":f"SELECT {', '.join('CASE WHEN number = {order} THEN %s ELSE status END' % repr('cancelled') if c=='status' else c for c in ORDER_ROW)} FROM orders WHERE customer_id = {ME}","expect_instance":"initial"}}
    T("cancel-pending-order",n,GOAL_ME+"I changed my mind about order #{order}. Cancel it, please.",acct(cid,{"order":PEND[cid]}),
      [orders_after,COLL({"table":"orders","rows":f"number = {{order}} AND customer_id = {MINE}","update":["status","updated_at"]},
                         {"table":"stock","rows":"product_id IN (SELECT i.product_id FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.number = {order})","update":["quantity"]},
                         {"table":"coupon_redemptions","rows":"order_id = (SELECT id FROM orders WHERE number = {order})","delete":True})],
      login(CUST[cid],pw(cid))+["goto [shop:/orders/{order}]","click button 'Cancel order'","stop"], [KN_ORDER,{"name":"cancelled","state":orders_after["state"]}])
# The signed-in customer's cart, whole lines; however they got there (Reorder, or by hand).
MY_CART=f"SELECT i.product_id, i.color, i.size, i.material, i.quantity FROM cart_items i JOIN carts c ON c.id = i.cart_id WHERE c.customer_id = {MINE}"
for n,(cid,k) in enumerate([(4,0),(10,1)],start=1):
    o=ORD[cid][k]
    cart={"state":{"query":MY_CART,"expect_query":f"SELECT i.product_id, i.color, i.size, i.material, i.quantity FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.number = {{order}} AND o.customer_id = {ME}","expect_instance":"initial"}}
    T("reorder",n,GOAL_ME+"Put everything from my order #{order} back in my cart so I can buy it again.",acct(cid,{"order":o[0]}),
      [cart,COLL(own_cart(MINE))],
      login(CUST[cid],pw(cid))+["goto [shop:/orders/{order}]","click button 'Reorder'","stop"], [KN_ORDER,{"name":"in the cart","state":cart["state"]}])
# ---------- cart lines: change a quantity, remove a line (after a reorder fills the cart) ----------
def order_items(op,number):
    h=op.open(B+f"/orders/{number}").read().decode()
    body=re.search(r'<tbody>(.*?)</tbody>',h,re.S).group(1)
    return [(html_name(m.group(2)),m.group(1),m.group(3),int(m.group(4))) for m in
            re.finditer(r'<tr><th scope="row"><a href="/shop/product/([^"]+)">([^<]+)</a>.*?<span class="sku">SKU (\S+)</span></th><td>[^<]*</td><td>(\d+)</td>',body)]
def html_name(s): return H.unescape(s)
def reorderable(cid,skip):
    """Orders of the customer with two or more distinct in-stock products, each with stock for its quantity."""
    op=session(CUST[cid],pw(cid)); out=[]
    for o in ORD[cid]:
        if o[0] in skip: continue
        items=order_items(op,o[0])
        names=[i[0] for i in items]
        if len(items)<2 or len(set(names))<len(names): continue
        ok=True
        for name,slug,sku,q in items:
            st=scrape.product(slug)["stock"]
            m=re.search(r"(\d+)",st)
            if st.startswith("Out") or (m and int(m.group(1))<max(q,5)): ok=False
        if ok: out.append((o[0],items))
    return out
ORDER_LINES="FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.number = {order} AND o.customer_id = "+ME
for n,(cid,k,qty) in enumerate([(5,0,3),(14,0,2),(7,0,4)],start=1):
    number,items=reorderable(cid,[])[k]
    name,slug,sku,q=items[-1]
    if q==qty: qty+=1
    cart={"state":{"query":MY_CART,"expect_query":"SELECT i.product_id, i.color, i.size, i.material, CASE WHEN i.sku = {sku} AND i.name = {product} THEN {qty} ELSE i.quantity END "+ORDER_LINES,"expect_instance":"initial"}}
    T("update-cart-quantity",n,GOAL_ME+"Reorder my order #{order}, then change the quantity of the {product} in my cart to {qty}.",acct(cid,{"order":number,"product":name,"sku":sku,"qty":qty}),
      [cart,COLL(own_cart(MINE))],
      login(CUST[cid],pw(cid))+["goto [shop:/orders/{order}]","click button 'Reorder'","type spinbutton 'Quantity of {product}' [{qty}] [1]","stop"],
      [KN_ORDER,{"name":"order in the cart","state":{"query":f"SELECT count(*) > 0 FROM cart_items i JOIN carts c ON c.id = i.cart_id WHERE c.customer_id = {MINE}","expect":[[1]]}},{"name":"quantity changed","state":cart["state"]}])
for n,(cid,k) in enumerate([(8,0),(78,0),(4,1)],start=1):
    number,items=reorderable(cid,[])[k]
    name,slug,sku,q=items[0]
    cart={"state":{"query":MY_CART,"expect_query":"SELECT i.product_id, i.color, i.size, i.material, i.quantity "+ORDER_LINES+" AND NOT (i.sku = {sku} AND i.name = {product})","expect_instance":"initial"}}
    T("remove-cart-line",n,GOAL_ME+"Reorder my order #{order}, but take the {product} out of my cart afterwards: I don't need it again.",acct(cid,{"order":number,"product":name,"sku":sku}),
      [cart,COLL(own_cart(MINE))],
      login(CUST[cid],pw(cid))+["goto [shop:/orders/{order}]","click button 'Reorder'","click button 'Remove {product}'","stop"],
      [KN_ORDER,{"name":"order in the cart","state":{"query":f"SELECT count(*) > 0 FROM cart_items i JOIN carts c ON c.id = i.cart_id WHERE c.customer_id = {MINE}","expect":[[1]]}},{"name":"line removed","state":cart["state"]}])
# ---------- infeasible: the answer status is a guard; what earns is evidence that the agent looked ----------
for n,cid in enumerate([2,41],start=1):
    num={2:"100977",41:"100972"}[cid]
    T("cancel-shipped-order",n,GOAL_ME+"Please cancel my order #{order}; I don't need it any more.",acct(cid,{"order":num}),
      # The order page as its owner sees it (200), not the sign-in page a signed-out visit is sent to.
      [{"state":{"query":"SELECT status FROM orders WHERE number = {order}","expect_query":f"SELECT status FROM orders WHERE number = {{order}} AND customer_id = {ME}","expect_instance":"initial"}},
       {"request":{"method":"GET","path":"/orders/{order}","status":200}}],
      login(CUST[cid],pw(cid))+["goto [shop:/orders/{order}]","answer [action_not_allowed] [The order has already shipped and can no longer be cancelled.]"],
      [KN_ORDER], answer="action_not_allowed")
for n,(name,short) in enumerate([("Kestrel Titanium Hover Boots","Titanium Hover Boots"),("Brightwell Quantum Espresso Robot","Quantum Espresso Robot")],start=1):
    # A search for the product (with or without its brand) that the shop answered: not a search for anything.
    searched=[{"request":{"method":"GET","path":"/search","query":{"q":q},"status":200}} for q in ("{product}","{without_brand}")]
    T("nonexistent-product",n,"How much is the {product}?",{"product":name,"without_brand":short},
      [{"any":searched}],["type searchbox 'Search products' [{product}] [1]","answer [not_found]"],[{"name":"searched","request":searched[0]["request"]}], answer="not_found")
for n,(code,why) in enumerate([("HOLIDAY25","The coupon HOLIDAY25 has expired."),("SUMMER40","The coupon SUMMER40 is not active yet.")],start=1):
    # The shop's refusal of that code (422) is the evidence; the product in the cart is the part that can be done.
    tried={"request":{"method":"POST","path":"/cart/coupon","form":{"code":"{code}"},"status":422}}
    T("unusable-coupon",n,"Add the {product} to my cart and apply the coupon {code}.",{"product":cheap["name"],"sku":cheap["sku"],"code":code},
      [{"state":{"query":"SELECT count(*) FROM carts WHERE coupon_code IS NOT NULL","expect":[[0]]}},in_cart(None,None,None,"1"),tried,CART_ALLOW],
      [page(cheap),"click button 'Add to cart'","type textbox 'Coupon code' [{code}] [0]","click button 'Apply coupon'",f"answer [infeasible] [{why}]"],
      [{"name":"in the cart","state":in_cart(None,None,None,"1")["state"]},{"name":"coupon tried","request":tried["request"]}], answer="infeasible")
# ---------- write ----------
import glob
for f in glob.glob(OUT+"/*.json"):
    if not f.endswith("suite.json") and not f.endswith("price-of-product-001.json"): os.remove(f)
for t in tasks:
    open(f"{OUT}/{t['id'].split('/')[1]}.json","w").write(json.dumps(t,indent=2,ensure_ascii=False)+"\n")
print(len(tasks)+1, "tasks", len({t['template'] for t in tasks}), "templates")
