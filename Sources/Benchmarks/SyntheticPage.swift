import SandboxKit
import Vocabulary

/// Deterministic shop-like HTML of about a given size, for `bench observe`: navigation,
/// a search form, product cards with images, prices and add-to-cart forms, a table,
/// hidden content, scripts and styles; the mix real category pages have.
enum SyntheticPage {
    static func make(bytes target: Int, seed: UInt64 = 1) -> String {
        var random = SeededGenerator(seed: seed, stream: "bench-page")
        let adjectives = ["Trail", "Urban", "Summit", "Coastal", "Alpine", "Desert", "Storm", "Breeze"]
        let kinds = ["Runner", "Jacket", "Backpack", "Tent", "Boot", "Fleece", "Lantern", "Bottle"]
        let colours = ["red", "black", "olive", "navy", "sand", "white"]
        var page = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Footwear — Northpeak</title>
            <style>.card{display:grid}.hidden{display:none}</style><script>var cart = [];</script></head><body>
            <header><a href="/">Northpeak</a><nav aria-label="Categories"><ul>
            """
        for i in 0..<30 { page += "<li><a href=\"/category/\(i)\">Category \(i)</a></li>" }
        page += """
            </ul></nav><form role="search" action="/search"><label for="q">Search</label>
            <input id="q" name="q" type="search" placeholder="Search products"><button>Search</button></form></header>
            <main><h1>Footwear</h1><form method="get" action="/category/footwear"><label for="sort">Sort by</label>
            <select id="sort" name="sort"><option value="price">Price</option><option value="rating">Rating</option></select></form>
            <ul class="grid">
            """
        var n = 0
        while page.utf8.count < target - 200 {
            n += 1
            let name = "\(random.pick(adjectives)!) \(random.pick(kinds)!) \(n)"
            let price = Int.random(in: 10...400, using: &random)
            let colour = random.pick(colours)!
            page += """
                <li class="card" id="p\(n)"><a href="/product/\(n)"><img src="/img/\(n).jpg" alt="\(name) in \(colour)"></a>
                <h2><a href="/product/\(n)">\(name)</a></h2><p class="price">$\(price).99</p>
                <span role="img" aria-label="Rated \(Int.random(in: 1...5, using: &random)) out of 5">★★★★☆</span>
                <div class="hidden" style="display:none">internal sku \(n)</div>
                <form method="post" action="/cart/add"><input type="hidden" name="sku" value="SKU-\(n)">
                <label>Qty <input type="number" name="qty" value="1" min="1"></label><button>Add to Cart</button></form>
                <table><tr><th>Colour</th><td>\(colour)</td></tr><tr><th>Weight</th><td>\(price * 3) g</td></tr></table></li>

                """
        }
        page += "</ul></main><footer><p>© Northpeak</p></footer></body></html>"
        return page
    }
}
