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
# Templates whose checks changed since their first release (typed answer matchers, tied gold).
REVISION={"rating-of-product":2,"review-count":2,"stock-of-product":2,"brand-of-product":2,"cheapest-with-filter":2,
          "priciest-with-filter":2,"count-with-filter":2,"order-count":2,"order-status":2}
def T(template, n, goal, params, checks, oracle, key_nodes=None, split=None, answer=None, start="shop:/", limits=None):
    t={"id":f"shop/{template}-{n:03d}","revision":REVISION.get(template,1),"sandboxes":["shop"],"start":start,"goal":goal,"params":params,"seed":1,
       "split":split or ("dev" if n==1 else "test"),"template":template}
    if limits: t["limits"]=limits
    if answer: t["answer"]={"status":answer}
    t["checks"]=checks
    if key_nodes: t["key_nodes"]=key_nodes
    t["oracle"]=oracle
    tasks.append(t)
def login(email,pw): return ["goto [shop:/login]", f"type textbox 'Email address' [{email}] [0]", f"type textbox 'Password' [{pw}] [0]", "click button 'Sign in'"]
def pw(cid): return "Shop!%04d"%cid
def page(p): return f"goto [shop:/product/{p['slug']}]"
KN_PRODUCT={"name":"product page","url":{"path_prefix":"shop:/product/{slug}"}}
KN_LOGIN={"name":"signed in","request":{"method":"POST","path":"/login","status":303}}
RO={"collateral":{"allow":[]}}

# ---------- retrieval: product facts ----------
for n,(c,i) in enumerate([("boots",0),("electronics",3)],start=2):
    p=prod(c,i)
    T("price-of-product",n,"How much does the {product} cost?",{"product":p["name"],"sku":p["sku"],"slug":p["slug"]},
      [{"answer":{"currency":{"query":"SELECT '$' || printf('%.2f', price_cents / 100.0) FROM products WHERE sku = {sku}","instance":"initial"}}},RO],
      ["type searchbox 'Search products' [{product}] [1]", "click link '{product}'", f"stop [{p['price']}]"], [KN_PRODUCT])
for n,(c,i) in enumerate([("sneakers",3),("home-kitchen",3),("clothing",0)],start=1):
    p=prod(c,i)
    T("rating-of-product",n,"What's the average customer rating of the {product}?",{"product":p["name"],"sku":p["sku"],"slug":p["slug"]},
      [{"answer":{"rating":{"query":f"SELECT round(avg(rating), 2) FROM reviews WHERE product_id = {PID}","instance":"initial"},"tolerance":0.051}},RO],
      [page(p), f"stop [{p['rating']}]"], [KN_PRODUCT])
for n,(c,i) in enumerate([("sandals",3),("boots",2),("electronics",0)],start=1):
    p=prod(c,i)
    T("review-count",n,"How many people have reviewed the {product}?",{"product":p["name"],"sku":p["sku"],"slug":p["slug"]},
      [{"answer":{"count":{"query":f"SELECT count(*) FROM reviews WHERE product_id = {PID}","instance":"initial"}}},RO],
      [page(p), f"stop [{p['reviews']}]"], [KN_PRODUCT])
import re
def stocknum(p): return re.search(r"(\d+)",p["stock"]).group(1)
for n,(c,i) in enumerate([("furniture",1),("toys-games",1),("sneakers",1)],start=1):
    p=prod(c,i)
    T("stock-of-product",n,"How many {product} do you still have in stock?",{"product":p["name"],"sku":p["sku"],"slug":p["slug"]},
      [{"answer":{"count":{"query":f"SELECT quantity FROM stock WHERE product_id = {PID}","instance":"initial"}}},RO],
      [page(p), f"stop [{stocknum(p)}]"], [KN_PRODUCT])
for n,(c,i,spec) in enumerate([("sneakers",0,"Sole"),("boots",1,"Country of origin"),("electronics",1,"Warranty")],start=1):
    p=prod(c,i); val=dict(p["specs"])[spec]
    T("spec-of-product",n,"What does the spec sheet of the {product} say for \"{spec}\"?",{"product":p["name"],"sku":p["sku"],"slug":p["slug"],"spec":spec},
      [{"answer":{"must_include":{"query":f"SELECT value FROM product_specs WHERE product_id = {PID} AND name = {{spec}}","instance":"initial"},
                 "must_exclude":{"query":f"SELECT value FROM product_specs WHERE product_id = {PID} AND value NOT IN (SELECT value FROM product_specs WHERE product_id = {PID} AND name = {{spec}})","instance":"initial"}}},RO],
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
      [{"answer":{"name":{"query":BRAND,"instance":"initial"},"must_exclude":{"query":f"SELECT name FROM brands WHERE name <> ({BRAND})","instance":"initial"}}},RO],
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
      [{"answer":tied("min")},RO],
      [f"goto [shop:{path}]", f"stop [{ans}]"], [{"name":"category page","url":{"path_prefix":"shop:/category/{category}"}}])
for n,(cat,label,color,mx) in enumerate([("boots","boots","Brown",150),("chairs","chairs","Brown",300),("jackets","jackets","Navy",250)],start=1):
    path=f"/category/{cat}?color={color}&max_price={mx}&sort=price_desc"
    try: ans=first(path)
    except Exception as e: print("skip",cat,e); continue
    T("priciest-with-filter",n,"Among the {color} {label} that cost no more than ${max_price}, which one is the most expensive?",{"category":cat,"label":label,"color":color,"max_price":mx},
      [{"answer":tied("max")},RO],
      [f"goto [shop:{path}]", f"stop [{ans}]"], [{"name":"category page","url":{"path_prefix":"shop:/category/{category}"}}])
CNT="SELECT count(*) FROM products p JOIN categories c ON c.id = p.category_id JOIN brands b ON b.id = p.brand_id WHERE c.slug = {category} AND b.slug = {brand} AND p.price_cents <= {max_price} * 100"
for n,(cat,label,brand,bname,mx) in enumerate([("boots","boots","ridgeback","Ridgeback",120),("sandals","sandals","kestrel","Kestrel",60),("sneakers","sneakers","stridewell","Stridewell",90)],start=1):
    path=f"/category/{cat}?brand={brand}&max_price={mx}"
    T("count-with-filter",n,"How many {brand_name} {label} are there for ${max_price} or less?",{"category":cat,"label":label,"brand":brand,"brand_name":bname,"max_price":mx},
      [{"answer":{"count":{"query":CNT,"instance":"initial"}}},RO],
      [f"goto [shop:{path}]", f"stop [{showing(path)}]"], [{"name":"category page","url":{"path_prefix":"shop:/category/{category}"}}])

# ---------- orders of a signed-in customer ----------
CUST={4:"leila.brown@example.com",5:"priya.clark@example.com",10:"fatima.young@example.com",14:"henry.thomas@example.com",8:"chen.taylor@example.com",13:"carter.king@example.com",7:"diego.lopez@example.com",2:"logan.anderson@example.com",32:"olivia.scott@example.com",78:"mia.garcia@example.com",93:"leila.clark@example.com",129:"henry.white@example.com",41:"evelyn.walker@example.com"}
ORD={}
for cid,em in CUST.items(): ORD[cid]=orders(session(em,pw(cid)))
def cred(cid): return {"email":CUST[cid],"password":pw(cid)}
GOAL_ME="I'm {email} (password {password}). "
KN_ORDER={"name":"order page","url":{"path_prefix":"shop:/orders/{order}"}}
for n,(cid,k) in enumerate([(4,1),(5,3),(10,0)],start=1):
    o=ORD[cid][k]
    T("order-total",n,GOAL_ME+"How much did I pay in total for order #{order}?",dict(cred(cid),order=o[0]),
      [{"answer":{"currency":{"query":"SELECT '$' || printf('%.2f', total_cents / 100.0) FROM orders WHERE number = {order}","instance":"initial"}}},{"collateral":{"allow":["sessions","carts"]}}],
      login(CUST[cid],pw(cid))+["goto [shop:/orders/{order}]", f"stop [{o[4]}]"], [KN_LOGIN,KN_ORDER])
for n,(cid,k) in enumerate([(4,3),(2,0),(32,0)],start=1):
    o=ORD[cid][k]
    T("order-status",n,GOAL_ME+"What's the status of my order #{order}?",dict(cred(cid),order=o[0]),
      [{"answer":{"status":{"query":"SELECT status FROM orders WHERE number = {order}","instance":"initial"}}},{"collateral":{"allow":["sessions","carts"]}}],
      login(CUST[cid],pw(cid))+["goto [shop:/orders]", f"stop [{o[2]}]"], [KN_LOGIN,{"name":"order history","url":"shop:/orders"}])
for n,(cid,k) in enumerate([(5,0),(10,2),(7,1)],start=1):
    o=ORD[cid][k]
    T("order-date",n,GOAL_ME+"On what date did I place order #{order}?",dict(cred(cid),order=o[0]),
      [{"answer":{"date":{"query":"SELECT date(placed_at) FROM orders WHERE number = {order}","instance":"initial"}}},{"collateral":{"allow":["sessions","carts"]}}],
      login(CUST[cid],pw(cid))+["goto [shop:/orders]", f"stop [{o[1]}]"], [KN_LOGIN,{"name":"order history","url":"shop:/orders"}])
# how many orders
for n,cid in enumerate([4,14],start=1):
    T("order-count",n,GOAL_ME+"How many orders have I placed with you so far?",cred(cid),
      [{"answer":{"count":{"query":"SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = {email}","instance":"initial"}}},{"collateral":{"allow":["sessions","carts"]}}],
      login(CUST[cid],pw(cid))+["goto [shop:/orders]", f"stop [{len(ORD[cid])}]"], [KN_LOGIN,{"name":"order history","url":"shop:/orders"}])

# ---------- coupon terms (minimum spend learned by trying) ----------
cheap=prod("toys-games",2)  # $16.99, no options
for n,code in enumerate(["SAVE15","FREESHIP"],start=1):
    mins={"SAVE15":"$120.00","FREESHIP":"$40.00"}[code]
    T("coupon-min-spend",n,"What's the minimum order subtotal needed to use the coupon code {code}?",{"code":code},
      [{"answer":{"currency":{"query":"SELECT '$' || printf('%.2f', min_subtotal_cents / 100.0) FROM coupons WHERE code = {code}","instance":"initial"}}},{"collateral":{"allow":["sessions","carts","cart_items"]}}],
      [page(cheap),"click button 'Add to cart'","type textbox 'Coupon code' [{code}] [0]","click button 'Apply coupon'", f"stop [{mins}]"],
      [{"name":"coupon tried","request":{"method":"POST","path":"/cart/coupon"}}])
# ---------- shipping rules ----------
SHIP_ORACLE=login(CUST[7],pw(7))+[page(cheap),"click button 'Add to cart'","goto [shop:/checkout]"]
for n,(code,label,ans) in enumerate([("express","express shipping","$14.99"),("next_day","next-day delivery","$29.99")],start=1):
    T("shipping-cost",n,GOAL_ME+"How much does {label} cost at this shop?",dict(cred(7),method=code,label=label),
      [{"answer":{"currency":{"query":"SELECT '$' || printf('%.2f', price_cents / 100.0) FROM shipping_methods WHERE code = {method}","instance":"initial"}}},{"collateral":{"allow":["sessions","carts","cart_items","checkout_drafts"]}}],
      SHIP_ORACLE+[f"stop [{ans}]"], [{"name":"checkout","url":"shop:/checkout"}])
T("free-shipping-threshold",1,"From what order amount is standard shipping free?",{},
  [{"answer":{"currency":{"query":"SELECT '$' || printf('%.2f', free_over_cents / 100.0) FROM shipping_methods WHERE code = 'standard'","instance":"initial"}}},RO],
  ["stop [$75.00]"], [])

# ---------- mutations: cart ----------
CARTQ="SELECT product_id, color, size, material, quantity FROM cart_items"
CART_ALLOW={"collateral":{"allow":["sessions","carts","cart_items"]}}
KN_ADD={"name":"added to cart","request":{"method":"POST","path":"/cart/add","status":303}}
def addacts(p,color=None,size=None,material=None,qty=1):
    a=[page(p)]
    if color: a.append(f"select combobox 'Colour' [{color}]")
    if size: a.append(f"select combobox 'Size' [{size}]")
    if material: a.append(f"select combobox 'Material' [{material}]")
    if qty!=1: a.append(f"type spinbutton 'Quantity' [{qty}] [0]")
    a.append("click button 'Add to cart'"); return a
def stopped(a): return a+["stop"]
def sqlv(v): return "NULL" if v is None else "{%s}"%v
def expect_row(p,color,size,material,qty):
    cols=["{color}" if color else "''","{size}" if size else "''","{material}" if material else "''"]
    return f"SELECT id, {', '.join(cols)}, {{qty}} FROM products WHERE sku = {{sku}}"
for n,(c,i,color,size,material,qty,goal) in enumerate([
    ("sneakers",0,"Navy","9",None,2,"I want two pairs of the {product} in {color}, size {size}. Put them in my cart."),
    ("home-kitchen",1,"Olive","Queen",None,1,"Please add the {product} in {color}, size {size}, to my cart."),
    ("furniture",2,None,None,"Walnut",3,"I need three of the {product} in {material}. Add them to my cart."),
    ("sports-outdoors",3,"Navy","20 oz",None,4,"Add 4 of the {product} ({color}, {size}) to my cart.")],start=1):
    p=prod(c,i); params={"product":p["name"],"sku":p["sku"],"slug":p["slug"],"qty":qty}
    for k,v in (("color",color),("size",size),("material",material)):
        if v: params[k]=v
    T("add-to-cart-options",n,goal,params,
      [{"state":{"query":CARTQ,"expect_query":expect_row(p,color,size,material,qty)}},{"request":{"method":"POST","path":"/cart/add","status":303}},CART_ALLOW],
      stopped(addacts(p,color,size,material,qty)), [KN_PRODUCT,KN_ADD])
for n,(c,i,opts,code) in enumerate([("furniture",1,{"material":"Walnut"},"FURNITURE20"),("boots",0,{"color":"Grey","size":"12"},"FREESHIP"),("clothing",2,{"color":"Olive","size":"M"},"CLOTHING15")],start=1):
    p=prod(c,i)
    T("apply-coupon",n,"Add the {product} to my cart ("+", ".join(opts.values())+") and use my coupon {code} on it.",{"product":p["name"],"sku":p["sku"],"code":code},
      [{"state":{"query":"SELECT c.coupon_code, i.product_id FROM carts c JOIN cart_items i ON i.cart_id = c.id","expect_query":"SELECT {code}, id FROM products WHERE sku = {sku}"}},{"request":{"method":"POST","path":"/cart/coupon","status":303}},CART_ALLOW],
      addacts(p,**opts)+["type textbox 'Coupon code' [{code}] [0]","click button 'Apply coupon'","stop"], [KN_ADD,{"name":"coupon applied","request":{"method":"POST","path":"/cart/coupon","status":303}}])

# ---------- navigation ----------
for n,(c,i) in enumerate([("boots",3),("furniture",0),("clothing",3)],start=1):
    p=prod(c,i)
    T("open-product-page",n,"Take me to the page of the {product}.",{"product":p["name"],"slug":p["slug"]},
      [{"url":"shop:/product/{slug}"}],
      ["type searchbox 'Search products' [{product}] [1]","click link '{product}'","stop"], [{"name":"search","url":{"path_prefix":"shop:/search"}}])
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
    T("add-to-wishlist",n,GOAL_ME+"Save the {product} to my wishlist for later.",acct(cid,{"product":p["name"],"sku":p["sku"],"slug":p["slug"]}),
      [{"state":{"query":"SELECT w.product_id FROM wishlist_items w JOIN customers c ON c.id = w.customer_id WHERE c.email = {email} AND w.product_id = "+PID,"expect_query":"SELECT id FROM products WHERE sku = {sku}"}},
       {"request":{"method":"POST","path":"/wishlist/add","status":303}},{"collateral":{"allow":["sessions","carts","wishlist_items"]}}],
      login(CUST[cid],pw(cid))+[page(p),"click button 'Add to wishlist'","stop"], [KN_LOGIN,KN_PRODUCT,{"name":"wishlist add","request":{"method":"POST","path":"/wishlist/add"}}])
for n,(cid,c,i,stars,title) in enumerate([(10,"home-kitchen",3,"2","Leaks at the seam"),(14,"sandals",0,"5","Comfy all summer")],start=1):
    p=prod(c,i)
    T("write-review",n,GOAL_ME+"Leave a {rating}-star review on the {product}, titled \"{title}\", saying what I think of it.",acct(cid,{"product":p["name"],"sku":p["sku"],"slug":p["slug"],"rating":int(stars),"title":title}),
      [{"state":{"query":"SELECT product_id, rating, title FROM new_reviews","expect_query":"SELECT id, {rating}, {title} FROM products WHERE sku = {sku}"}},
       {"request":{"method":"POST","path":f"/product/{p['slug']}/reviews","status":303}},{"collateral":{"allow":["sessions","carts","new_reviews"]}}],
      login(CUST[cid],pw(cid))+[page(p),f"select combobox 'Rating' [{stars} stars]","type textbox 'Title' [{title}] [0]","type textbox 'Your review' [It does what I needed, more or less as described.] [0]","click button 'Submit review'","stop"],
      [KN_LOGIN,KN_PRODUCT,{"name":"review posted","request":{"method":"POST","path":f"/product/{p['slug']}/reviews"}}])
ACC_ALLOW=lambda *t: {"collateral":{"allow":["sessions","carts"]+list(t)}}
for n,(cid,phone) in enumerate([(5,"(415) 555-0142"),(13,"(212) 555-0199")],start=1):
    T("edit-profile-phone",n,GOAL_ME+"My phone number changed to {phone}. Please update it in my profile.",acct(cid,{"phone":phone}),
      [{"state":{"query":"SELECT phone FROM customers WHERE email = {email}","expect":[[phone]]}},{"request":{"method":"POST","path":"/account/profile","status":303}},ACC_ALLOW("customers")],
      login(CUST[cid],pw(cid))+["goto [shop:/account]","type textbox 'Phone' [{phone}] [0]","click button 'Save profile'","stop"], [KN_LOGIN,{"name":"profile saved","request":{"method":"POST","path":"/account/profile"}}])
for n,(cid,newpw) in enumerate([(8,"Tulip-Garden-42"),(10,"Blue!Harbor2026")],start=1):
    T("change-password",n,GOAL_ME+"Change my password to {new_password}.",acct(cid,{"new_password":newpw}),
      [{"state":{"query":"SELECT password FROM customers WHERE email = {email}","expect":[[newpw]]}},{"request":{"method":"POST","path":"/account/password","status":303}},ACC_ALLOW("customers")],
      login(CUST[cid],pw(cid))+["goto [shop:/account]","type textbox 'Current password' [{password}] [0]","type textbox 'New password' [{new_password}] [0]","type textbox 'Confirm new password' [{new_password}] [0]","click button 'Change password'","stop"],
      [KN_LOGIN,{"name":"password form sent","request":{"method":"POST","path":"/account/password"}}])
for n,(cid,name,line1,city,state,code,zipc,default) in enumerate([(14,"Henry Thomas","88 Orchard Lane","Portland","Oregon","OR","97205",True),(4,"Leila Brown","12 Pine Court","Austin","Texas","TX","73301",False)],start=1):
    goal=GOAL_ME+"Add {full_name}, {line1}, {city}, {region} {postal_code} to my address book"+(" and make it my default address." if default else ".")
    T("add-address",n,goal,acct(cid,{"full_name":name,"line1":line1,"city":city,"region":code,"postal_code":zipc}),
      [{"state":{"query":"SELECT a.full_name, a.line1, a.city, a.region, a.postal_code, a.is_default FROM addresses a JOIN customers c ON c.id = a.customer_id WHERE c.email = {email} AND a.line1 = {line1}","expect":[[name,line1,city,code,zipc,1 if default else 0]]}},
       {"request":{"method":"POST","path":"/account/addresses","status":303}},ACC_ALLOW("addresses")],
      login(CUST[cid],pw(cid))+["goto [shop:/account/addresses]","type textbox 'Full name' [{full_name}] [0]","type textbox 'Street address' [{line1}] [0]","type textbox 'City' [{city}] [0]",f"select combobox 'State' [{state}]","type textbox 'ZIP code' [{postal_code}] [0]"]+(["check checkbox 'Make this my default address'"] if default else [])+["click button 'Save address'","stop"],
      [KN_LOGIN,{"name":"address saved","request":{"method":"POST","path":"/account/addresses"}}])
for n,(cid,k,topic,tlabel,msg) in enumerate([(5,0,"order","A question about an order","One item in this order arrived damaged. What can I do?"),(14,1,"returns","Returns and refunds","I would like to return one item from this order.")],start=1):
    o=ORD[cid][k]
    T("contact-about-order",n,GOAL_ME+"Send the shop a message about my order #{order} ("+("question" if topic=="order" else "return")+"): \"{message}\"",acct(cid,{"order":o[0],"message":msg}),
      [{"state":{"query":"SELECT m.topic, m.order_number, m.message FROM contact_messages m","expect":[[topic,o[0],msg]]}},{"request":{"method":"POST","path":"/contact","status":303}},ACC_ALLOW("contact_messages")],
      login(CUST[cid],pw(cid))+["goto [shop:/contact]",f"select combobox 'Topic' [{tlabel}]","type textbox 'Order number (optional)' [{order}] [0]","type textbox 'Message' [{message}] [0]","click button 'Send message'","stop"],
      [KN_LOGIN,{"name":"message sent","request":{"method":"POST","path":"/contact"}}])

for n,(cid,line1) in enumerate([(7,"6508 Cedar Lane"),(8,"5954 Pine Road")],start=1):
    T("set-default-address",n,GOAL_ME+"From now on, ship to {line1} by default.",acct(cid,{"line1":line1}),
      [{"state":{"query":"SELECT a.line1 FROM addresses a JOIN customers c ON c.id = a.customer_id WHERE c.email = {email} AND a.is_default = 1","expect":[[line1]]}},ACC_ALLOW("addresses")],
      login(CUST[cid],pw(cid))+["goto [shop:/account/addresses]",f"click button 'Make {line1} the default address'","stop"],
      [KN_LOGIN,{"name":"address book","url":"shop:/account/addresses"}])
for n,(cid,line1,field,label,value,goal) in enumerate([(7,"2577 Oak Avenue","line2","Apartment, suite, etc. (optional)","Apt 4B","My {line1} address is missing the apartment: it's {value}. Please fix it."),
                                                    (8,"3019 Mill Street","phone","Phone (optional)","(303) 555-0187","Update the phone number on my {line1} address to {value}.")],start=1):
    T("update-address",n,GOAL_ME+goal,acct(cid,{"line1":line1,"value":value}),
      [{"state":{"query":f"SELECT a.{field} FROM addresses a JOIN customers c ON c.id = a.customer_id WHERE c.email = {{email}} AND a.line1 = {{line1}}","expect":[[value]]}},
       {"state":{"query":"SELECT count(*) FROM addresses","expect_query":"SELECT count(*) FROM addresses","expect_instance":"initial"}},ACC_ALLOW("addresses")],
      login(CUST[cid],pw(cid))+["goto [shop:/account/addresses]",f"click link 'Edit address {line1}'",f"type textbox '{label}' [{value}] [0]","click button 'Save changes'","stop"],
      [KN_LOGIN,{"name":"edit form","url":{"path_prefix":"shop:/account/addresses"}}])
# ---------- purchases ----------
LAST="(SELECT max(id) FROM orders)"
SHIPLBL={"standard":"Standard (5–7 business days): $5.99 (free over $75.00)","express":"Express (2–3 business days): $14.99","next_day":"Next business day: $29.99"}
for n,(cid,c,i,opts,qty,method,pay) in enumerate([(7,"sneakers",0,{"color":"Red","size":"8"},1,"express","paypal"),(8,"toys-games",3,{},2,"standard","card"),(13,"electronics",2,{"color":"Pink"},1,"next_day","paypal")],start=1):
    p=prod(c,i)
    params=acct(cid,{"product":p["name"],"sku":p["sku"],"qty":qty,"method":method})
    mlabel={"express":"express shipping","standard":"standard shipping","next_day":"next-day delivery"}[method]
    paytxt="pay with PayPal (same email as my account)" if pay=="paypal" else "pay by card: Visa 4111 1111 1111 1111, exp 12/29, CVC 123, name on card as on my account"
    goal=GOAL_ME+f"Buy {qty} {{product}}"+(" ("+", ".join(opts.values())+")" if opts else "")+f", shipped to my default address with {mlabel}; {paytxt}. Place the order."
    acts=login(CUST[cid],pw(cid))+addacts(p,qty=qty,**opts)+["goto [shop:/checkout]",f"check radio '{SHIPLBL[method]}'"]
    if pay=="paypal": acts+=["check radio 'PayPal'",f"type textbox 'PayPal email' [{CUST[cid]}] [0]"]
    else: acts+=["type textbox 'Name on card' [Chen Taylor] [0]","type textbox 'Card number' [4111 1111 1111 1111] [0]","type textbox 'Expiry date (MM/YY)' [12/29] [0]","type textbox 'Security code' [123] [0]"]
    acts+=["click button 'Continue to review'","click button 'Place order'","stop"]
    params["payment"]=pay
    T("checkout-purchase",n,goal,params,
      [{"state":{"query":f"SELECT o.customer_id, o.status, o.shipping_method, o.payment_method, o.subtotal_cents, o.shipping_cents, o.ship_line1 FROM orders o WHERE o.id = {LAST}",
                 "expect_query":f"SELECT c.id, 'pending', {{method}}, {{payment}}, {{qty}} * p.price_cents, CASE WHEN {{method}} = 'standard' AND {{qty}} * p.price_cents >= s.free_over_cents THEN 0 ELSE s.price_cents END, a.line1 FROM customers c JOIN addresses a ON a.customer_id = c.id AND a.is_default = 1, products p, shipping_methods s WHERE c.email = {{email}} AND p.sku = {{sku}} AND s.code = {{method}}"}},
       {"state":{"query":f"SELECT product_id, quantity, unit_price_cents FROM order_items WHERE order_id = {LAST}","expect_query":"SELECT id, {qty}, price_cents FROM products WHERE sku = {sku}"}},
       {"state":{"query":"SELECT count(*) FROM orders","expect_query":"SELECT count(*) + 1 FROM orders","expect_instance":"initial"}},
       {"request":{"method":"POST","path":"/checkout/place","status":303}},
       {"collateral":{"allow":["sessions","carts","cart_items","checkout_drafts","orders","order_items","stock"]}}],
      acts, [KN_LOGIN,KN_ADD,{"name":"checkout details","request":{"method":"POST","path":"/checkout"}},{"name":"order placed","request":{"method":"POST","path":"/checkout/place"}}],
      limits={"steps":40})
SUB="(SELECT quantity * unit_price_cents FROM order_items WHERE order_id = (SELECT max(id) FROM orders))"
for n,(cid,c,i,opts,code) in enumerate([(14,"sneakers",2,{"color":"Teal","size":"10"},"SAVE15"),(5,"clothing",2,{"color":"Olive","size":"M"},"CLOTHING15")],start=1):
    p=prod(c,i)
    params=acct(cid,{"product":p["name"],"sku":p["sku"],"code":code})
    goal=GOAL_ME+"Order the {product} ("+", ".join(opts.values())+") with my coupon {code}: standard shipping to my default address, paid with PayPal (my account email)."
    acts=login(CUST[cid],pw(cid))+addacts(p,**opts)+["goto [shop:/cart]","type textbox 'Coupon code' [{code}] [0]","click button 'Apply coupon'","goto [shop:/checkout]",
          "check radio 'PayPal'",f"type textbox 'PayPal email' [{CUST[cid]}] [0]","click button 'Continue to review'","click button 'Place order'","stop"]
    # Discount per the shop's rules (docs/sandboxes.md): percent of the subtotal rounded to the cent, or a fixed amount capped at the subtotal.
    disc="(SELECT CASE k.kind WHEN 'percent' THEN CAST(round(p.price_cents * k.value / 100.0) AS INTEGER) ELSE min(k.value, p.price_cents) END FROM coupons k WHERE k.code = {code})"
    T("checkout-with-coupon",n,goal,params,
      [{"state":{"query":f"SELECT o.customer_id, o.status, o.coupon_code, o.subtotal_cents, o.discount_cents, o.payment_method, o.ship_line1 FROM orders o WHERE o.id = {LAST}",
                 "expect_query":f"SELECT c.id, 'pending', {{code}}, p.price_cents, {disc}, 'paypal', a.line1 FROM customers c JOIN addresses a ON a.customer_id = c.id AND a.is_default = 1, products p WHERE c.email = {{email}} AND p.sku = {{sku}}"}},
       {"state":{"query":f"SELECT total_cents FROM orders WHERE id = {LAST}","expect_query":f"SELECT subtotal_cents - discount_cents + shipping_cents + tax_cents FROM orders WHERE id = {LAST}"}},
       {"state":{"query":f"SELECT product_id, quantity, unit_price_cents FROM order_items WHERE order_id = {LAST}","expect_query":"SELECT id, 1, price_cents FROM products WHERE sku = {sku}"}},
       {"request":{"method":"POST","path":"/cart/coupon","form":{"code":"{code}"},"status":303}},
       {"request":{"method":"POST","path":"/checkout/place","status":303}},
       {"collateral":{"allow":["sessions","carts","cart_items","checkout_drafts","orders","order_items","stock","coupon_redemptions"]}}],
      acts, [KN_LOGIN,KN_ADD,{"name":"coupon applied","request":{"method":"POST","path":"/cart/coupon","status":303}},{"name":"order placed","request":{"method":"POST","path":"/checkout/place"}}],
      limits={"steps":40})
# ---------- cancel / reorder ----------
PEND={78:"100988",93:"100987",129:"100991"}
for n,cid in enumerate([78,93,129],start=1):
    T("cancel-pending-order",n,GOAL_ME+"I changed my mind about order #{order}. Cancel it, please.",acct(cid,{"order":PEND[cid]}),
      [{"state":{"query":"SELECT status FROM orders WHERE number = {order}","expect":[["cancelled"]]}},{"request":{"method":"POST","path":"/orders/{order}/cancel","status":303}},
       {"collateral":{"allow":["sessions","carts","orders","stock","coupon_redemptions"]}}],
      login(CUST[cid],pw(cid))+["goto [shop:/orders/{order}]","click button 'Cancel order'","stop"], [KN_LOGIN,KN_ORDER,{"name":"cancel sent","request":{"method":"POST","path":"/orders/{order}/cancel"}}])
for n,(cid,k) in enumerate([(4,0),(10,1)],start=1):
    o=ORD[cid][k]
    T("reorder",n,GOAL_ME+"Put everything from my order #{order} back in my cart so I can buy it again.",acct(cid,{"order":o[0]}),
      [{"state":{"query":"SELECT product_id, color, size, material, quantity FROM cart_items","expect_query":"SELECT i.product_id, i.color, i.size, i.material, i.quantity FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.number = {order}","expect_instance":"initial"}},
       {"request":{"method":"POST","path":"/orders/{order}/reorder","status":303}},CART_ALLOW],
      login(CUST[cid],pw(cid))+["goto [shop:/orders/{order}]","click button 'Reorder'","stop"], [KN_LOGIN,KN_ORDER,{"name":"reorder sent","request":{"method":"POST","path":"/orders/{order}/reorder"}}])
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
CART_LINES="SELECT product_id, color, size, material, quantity FROM cart_items"
ORDER_LINES="FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.number = {order}"
KN_REORDER={"name":"reorder sent","request":{"method":"POST","path":"/orders/{order}/reorder","status":303}}
for n,(cid,k,qty) in enumerate([(5,0,3),(14,0,2),(7,0,4)],start=1):
    number,items=reorderable(cid,[])[k]
    name,slug,sku,q=items[-1]
    if q==qty: qty+=1
    T("update-cart-quantity",n,GOAL_ME+"Reorder my order #{order}, then change the quantity of the {product} in my cart to {qty}.",acct(cid,{"order":number,"product":name,"sku":sku,"qty":qty}),
      [{"state":{"query":CART_LINES,"expect_query":"SELECT i.product_id, i.color, i.size, i.material, CASE WHEN i.sku = {sku} THEN {qty} ELSE i.quantity END "+ORDER_LINES,"expect_instance":"initial"}},
       {"request":{"method":"POST","path":"/orders/{order}/reorder","status":303}},
       {"request":{"method":"POST","path":"/cart/update","form":{"quantity":"{qty}"},"status":303}},CART_ALLOW],
      login(CUST[cid],pw(cid))+["goto [shop:/orders/{order}]","click button 'Reorder'","type spinbutton 'Quantity of {product}' [{qty}] [1]","stop"],
      [KN_LOGIN,KN_REORDER,{"name":"quantity updated","request":{"method":"POST","path":"/cart/update","status":303}}])
for n,(cid,k) in enumerate([(8,0),(78,0),(4,1)],start=1):
    number,items=reorderable(cid,[])[k]
    name,slug,sku,q=items[0]
    T("remove-cart-line",n,GOAL_ME+"Reorder my order #{order}, but take the {product} out of my cart afterwards: I don't need it again.",acct(cid,{"order":number,"product":name,"sku":sku}),
      [{"state":{"query":CART_LINES,"expect_query":"SELECT i.product_id, i.color, i.size, i.material, i.quantity "+ORDER_LINES+" AND i.sku <> {sku}","expect_instance":"initial"}},
       {"request":{"method":"POST","path":"/orders/{order}/reorder","status":303}},
       # Setting the quantity to 0 removes a line too.
       {"any":[{"request":{"method":"POST","path":"/cart/remove","status":303}},{"request":{"method":"POST","path":"/cart/update","form":{"quantity":"0"},"status":303}}]},CART_ALLOW],
      login(CUST[cid],pw(cid))+["goto [shop:/orders/{order}]","click button 'Reorder'","click button 'Remove {product}'","stop"],
      [KN_LOGIN,KN_REORDER,{"name":"line removed","request":{"method":"POST","path":"/cart/remove","status":303}}])
# ---------- infeasible ----------
for n,cid in enumerate([2,41],start=1):
    num={2:"100977",41:"100972"}[cid]
    T("cancel-shipped-order",n,GOAL_ME+"Please cancel my order #{order}; I don't need it any more.",acct(cid,{"order":num}),
      [{"state":{"query":"SELECT status FROM orders WHERE number = {order}","expect_query":"SELECT status FROM orders WHERE number = {order}","expect_instance":"initial"}},
       {"request":{"method":"GET","path":"/orders/{order}"}},{"collateral":{"allow":["sessions","carts"]}}],
      login(CUST[cid],pw(cid))+["goto [shop:/orders/{order}]","answer [action_not_allowed] [The order has already shipped and can no longer be cancelled.]"],
      [KN_LOGIN,KN_ORDER], answer="action_not_allowed")
for n,name in enumerate(["Kestrel Titanium Hover Boots","Brightwell Quantum Espresso Robot"],start=1):
    T("nonexistent-product",n,"How much is the {product}?",{"product":name},
      [{"request":{"method":"GET","path":"/search"}},RO],["type searchbox 'Search products' [{product}] [1]","answer [not_found]"],[{"name":"searched","url":{"path_prefix":"shop:/search"}}], answer="not_found")
for n,(code,why) in enumerate([("HOLIDAY25","The coupon HOLIDAY25 has expired."),("SUMMER40","The coupon SUMMER40 is not active yet.")],start=1):
    T("unusable-coupon",n,"Add the {product} to my cart and apply the coupon {code}.",{"product":cheap["name"],"code":code},
      [{"state":{"query":"SELECT count(*) FROM carts WHERE coupon_code IS NOT NULL","expect":[[0]]}},{"request":{"method":"POST","path":"/cart/coupon","form":{"code":"{code}"}}},CART_ALLOW],
      [page(cheap),"click button 'Add to cart'","type textbox 'Coupon code' [{code}] [0]","click button 'Apply coupon'",f"answer [infeasible] [{why}]"],
      [{"name":"coupon tried","request":{"method":"POST","path":"/cart/coupon"}}], answer="infeasible")
# ---------- write ----------
import glob
for f in glob.glob(OUT+"/*.json"):
    if not f.endswith("suite.json") and not f.endswith("price-of-product-001.json"): os.remove(f)
for t in tasks:
    open(f"{OUT}/{t['id'].split('/')[1]}.json","w").write(json.dumps(t,indent=2,ensure_ascii=False)+"\n")
print(len(tasks)+1, "tasks", len({t['template'] for t in tasks}), "templates")
