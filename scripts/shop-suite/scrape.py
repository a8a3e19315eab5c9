import re, html, urllib.request, json, sys
B="http://127.0.0.1:18081/shop"
def get(p):
    return urllib.request.urlopen(B+p).read().decode()
def listing(p):
    h=get(p)
    return [(m.group(1), html.unescape(m.group(2))) for m in re.finditer(r'<a href="/shop/product/([^"]+)">([^<]+)</a>', h)]
def product(slug):
    h=get("/product/"+slug)
    d={"slug":slug}
    d["name"]=html.unescape(re.search(r'<h1 id="product-title">([^<]+)',h).group(1))
    d["brand"]=html.unescape(re.search(r'<p class="brand">by (.*?) · SKU (\S+)</p>',h).group(1))
    d["id"]=re.search(r'name="product_id" value="(\d+)"',h).group(1)
    d["sku"]=re.search(r'SKU (\S+)</p>',h).group(1)
    d["price"]=re.search(r'<strong>(\$[\d.,]+)</strong>',h).group(1)
    m=re.search(r'</span> ([\d.]+) out of 5 · <a href="#reviews">(\d+) reviews?',h); d["rating"]=m and m.group(1); d["reviews"]=m and m.group(2)
    d["stock"]=html.unescape(re.sub('<[^>]+>','',re.search(r'<p class="stock">(.*?)</p>',h).group(1)))
    d["specs"]=[(html.unescape(a),html.unescape(b)) for a,b in re.findall(r'<tr><th scope="row">([^<]+)</th><td>([^<]*)</td></tr>',h)]
    d["category"]=re.findall(r'<li><a href="/shop/category/([^"]+)">',re.search(r'<nav class="breadcrumbs".*?</nav>',h,re.S).group(0))[-1]
    d["options"]={k:re.findall(r'<option value="([^"]+)"',v) for k,v in re.findall(r'<select id="[^"]*" name="(color|size|material)"[^>]*>(.*?)</select>',h,re.S)}
    return d
def by_category(p):
    """Another route to a product: its subcategory's listing, paged with Next until it shows."""
    acts=[f"goto [shop:/category/{p['category']}]"]
    for page in range(1,50):
        if any(slug==p["slug"] for slug,_ in listing(f"/category/{p['category']}?page={page}")): return acts+["click link '{product}'"]
        acts.append("click link 'Next'")
    raise RuntimeError("not listed: "+p["slug"])
if __name__=="__main__":
    for a in sys.argv[1:]:
        if a.startswith("/"):
            for s,n in listing(a): print(s,"|",n)
        else: print(json.dumps(product(a)))
