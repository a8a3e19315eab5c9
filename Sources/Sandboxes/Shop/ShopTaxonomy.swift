/// The vocabulary the catalog generator draws from: departments, product types, brands,
/// adjectives, names and places. These are word lists, not rows: every row is generated.
enum ShopTaxonomy {
    struct Leaf {
        let name: String
        let slug: String
        let code: String
        /// Product type nouns, e.g. "Chef Knife"; one is chosen per product.
        let nouns: [String]
        let materials: [String]
        /// Price range in whole dollars.
        let priceRange: ClosedRange<Int>
        let sizes: [String]?
        let hasColors: Bool
        /// True when the material is a buyer's choice (an option), not a fixed property.
        let materialIsOption: Bool
        /// Category-specific specification names and values.
        let specs: [(String, [String])]
    }

    struct Department {
        let name: String
        let slug: String
        let blurb: String
        let brands: [String]
        let leaves: [Leaf]
    }

    static let apparelSizes = ["XS", "S", "M", "L", "XL", "XXL"]
    static let shoeSizes = ["6", "7", "8", "9", "10", "11", "12", "13"]

    static let departments: [Department] = [
        Department(
            name: "Clothing", slug: "clothing", blurb: "Everyday wear, layers and outerwear.",
            brands: ["Northwind", "Harbor & Pine", "Alder Row", "Blue Fjord", "Cedar Lane", "Mistral"],
            leaves: [
                Leaf(name: "T-Shirts", slug: "t-shirts", code: "TS", nouns: ["T-Shirt", "Crew Tee", "V-Neck Tee", "Pocket Tee"], materials: ["Cotton", "Organic Cotton", "Linen Blend", "Bamboo Jersey"], priceRange: 12...45, sizes: apparelSizes, hasColors: true, materialIsOption: false, specs: [("Fit", ["Regular", "Slim", "Relaxed"]), ("Care", ["Machine wash cold", "Hand wash", "Machine wash warm"])]),
                Leaf(name: "Jeans", slug: "jeans", code: "JN", nouns: ["Jeans", "Straight Jeans", "Slim Jeans", "Bootcut Jeans"], materials: ["Denim", "Stretch Denim", "Selvedge Denim"], priceRange: 35...140, sizes: ["28", "30", "32", "34", "36", "38"], hasColors: true, materialIsOption: false, specs: [("Fit", ["Slim", "Straight", "Relaxed", "Tapered"]), ("Rise", ["Low", "Mid", "High"])]),
                Leaf(name: "Jackets", slug: "jackets", code: "JK", nouns: ["Rain Jacket", "Bomber Jacket", "Puffer Jacket", "Field Jacket"], materials: ["Nylon", "Wool", "Recycled Polyester", "Waxed Cotton"], priceRange: 60...320, sizes: apparelSizes, hasColors: true, materialIsOption: false, specs: [("Waterproof", ["Yes", "No", "Water resistant"]), ("Insulation", ["None", "Synthetic", "Down"])]),
                Leaf(name: "Dresses", slug: "dresses", code: "DR", nouns: ["Wrap Dress", "Midi Dress", "Shirt Dress", "Maxi Dress"], materials: ["Linen", "Viscose", "Cotton", "Silk"], priceRange: 40...210, sizes: apparelSizes, hasColors: true, materialIsOption: false, specs: [("Length", ["Knee", "Midi", "Maxi"]), ("Care", ["Dry clean", "Machine wash cold"])]),
                Leaf(name: "Sweaters", slug: "sweaters", code: "SW", nouns: ["Crewneck Sweater", "Cardigan", "Turtleneck", "Quarter-Zip Sweater"], materials: ["Merino Wool", "Cashmere", "Cotton", "Alpaca Blend"], priceRange: 45...260, sizes: apparelSizes, hasColors: true, materialIsOption: false, specs: [("Knit", ["Fine", "Chunky", "Cable"]), ("Care", ["Hand wash", "Dry clean"])]),
            ]),
        Department(
            name: "Footwear", slug: "footwear", blurb: "Shoes for running, hiking and every day.",
            brands: ["Stridewell", "Trailmark", "Pace & Co.", "Kestrel", "Ridgeback", "Solemate"],
            leaves: [
                Leaf(name: "Sneakers", slug: "sneakers", code: "SN", nouns: ["Sneakers", "Low-Top Sneakers", "High-Top Sneakers", "Court Sneakers"], materials: ["Leather", "Canvas", "Suede", "Knit Mesh"], priceRange: 45...180, sizes: shoeSizes, hasColors: true, materialIsOption: false, specs: [("Sole", ["Rubber", "EVA foam", "Gum rubber"]), ("Closure", ["Laces", "Slip-on", "Hook and loop"])]),
                Leaf(name: "Boots", slug: "boots", code: "BT", nouns: ["Chelsea Boots", "Hiking Boots", "Work Boots", "Ankle Boots"], materials: ["Leather", "Suede", "Nubuck", "Waxed Leather"], priceRange: 70...290, sizes: shoeSizes, hasColors: true, materialIsOption: false, specs: [("Sole", ["Vibram rubber", "Rubber lug", "Leather"]), ("Waterproof", ["Yes", "No"])]),
                Leaf(name: "Sandals", slug: "sandals", code: "SD", nouns: ["Slide Sandals", "Sport Sandals", "Flip-Flops", "Strap Sandals"], materials: ["Leather", "Cork", "Rubber", "Webbing"], priceRange: 18...110, sizes: shoeSizes, hasColors: true, materialIsOption: false, specs: [("Footbed", ["Contoured cork", "Memory foam", "Flat"])]),
                Leaf(name: "Running Shoes", slug: "running-shoes", code: "RS", nouns: ["Running Shoes", "Trail Running Shoes", "Racing Flats", "Daily Trainers"], materials: ["Engineered Mesh", "Knit Mesh", "Ripstop"], priceRange: 60...220, sizes: shoeSizes, hasColors: true, materialIsOption: false, specs: [("Drop", ["4 mm", "6 mm", "8 mm", "10 mm"]), ("Cushioning", ["Light", "Moderate", "Max"])]),
            ]),
        Department(
            name: "Home & Kitchen", slug: "home-kitchen", blurb: "Cook, brew, sleep and light up your home.",
            brands: ["Hearthstone", "Copperleaf", "Maison Ardent", "Brightwell", "Oakhaven", "Kiln & Co."],
            leaves: [
                Leaf(name: "Cookware", slug: "cookware", code: "CW", nouns: ["Frying Pan", "Saucepan", "Dutch Oven", "Stockpot", "Wok"], materials: ["Stainless Steel", "Cast Iron", "Carbon Steel", "Hard-Anodized Aluminum"], priceRange: 25...340, sizes: nil, hasColors: false, materialIsOption: false, specs: [("Capacity", ["1.5 qt", "3 qt", "5.5 qt", "8 qt"]), ("Induction compatible", ["Yes", "No"])]),
                Leaf(name: "Knives", slug: "knives", code: "KN", nouns: ["Chef Knife", "Santoku Knife", "Paring Knife", "Bread Knife", "Knife Block Set"], materials: ["German Steel", "Damascus Steel", "Japanese VG-10 Steel", "Ceramic"], priceRange: 19...380, sizes: nil, hasColors: false, materialIsOption: false, specs: [("Blade length", ["3.5 in", "6 in", "8 in", "10 in"]), ("Handle", ["Pakkawood", "Polymer", "Olive wood"])]),
                Leaf(name: "Coffee Makers", slug: "coffee-makers", code: "CM", nouns: ["Drip Coffee Maker", "Pour-Over Set", "French Press", "Espresso Machine", "Moka Pot"], materials: ["Stainless Steel", "Glass", "Aluminum", "Ceramic"], priceRange: 22...690, sizes: nil, hasColors: true, materialIsOption: false, specs: [("Capacity", ["2 cups", "4 cups", "8 cups", "12 cups"]), ("Power", ["None", "900 W", "1200 W", "1500 W"])]),
                Leaf(name: "Bedding", slug: "bedding", code: "BD", nouns: ["Duvet Cover", "Sheet Set", "Quilt", "Pillowcase Pair"], materials: ["Percale Cotton", "Sateen Cotton", "Linen", "Tencel"], priceRange: 29...260, sizes: ["Twin", "Full", "Queen", "King"], hasColors: true, materialIsOption: false, specs: [("Thread count", ["200", "300", "400", "600"]), ("Care", ["Machine wash warm", "Machine wash cold"])]),
                Leaf(name: "Lamps", slug: "lamps", code: "LP", nouns: ["Table Lamp", "Floor Lamp", "Desk Lamp", "Pendant Light"], materials: ["Brass", "Ceramic", "Oak", "Matte Steel"], priceRange: 35...420, sizes: nil, hasColors: true, materialIsOption: false, specs: [("Bulb", ["E26 LED", "Integrated LED", "GU10"]), ("Dimmable", ["Yes", "No"])]),
            ]),
        Department(
            name: "Electronics", slug: "electronics", blurb: "Audio, peripherals and power.",
            brands: ["Voltaic", "Soundcraft Labs", "Nimbus", "Arclight", "Pixelon", "Quanta"],
            leaves: [
                Leaf(name: "Headphones", slug: "headphones", code: "HP", nouns: ["Over-Ear Headphones", "Wireless Earbuds", "On-Ear Headphones", "Studio Headphones"], materials: ["Aluminum", "Polycarbonate", "Protein Leather"], priceRange: 25...450, sizes: nil, hasColors: true, materialIsOption: false, specs: [("Battery life", ["8 h", "20 h", "30 h", "40 h"]), ("Connectivity", ["Bluetooth 5.3", "Wired 3.5 mm", "Bluetooth and wired"]), ("Noise cancelling", ["Yes", "No"])]),
                Leaf(name: "Speakers", slug: "speakers", code: "SP", nouns: ["Bluetooth Speaker", "Bookshelf Speakers", "Soundbar", "Smart Speaker"], materials: ["Wood", "Fabric", "Aluminum", "ABS Plastic"], priceRange: 30...600, sizes: nil, hasColors: true, materialIsOption: false, specs: [("Output", ["10 W", "20 W", "50 W", "120 W"]), ("Connectivity", ["Bluetooth", "Wi-Fi and Bluetooth", "Optical and HDMI"])]),
                Leaf(name: "Keyboards", slug: "keyboards", code: "KB", nouns: ["Mechanical Keyboard", "Wireless Keyboard", "Compact Keyboard", "Ergonomic Keyboard"], materials: ["Aluminum", "ABS Plastic", "PBT Plastic"], priceRange: 25...260, sizes: nil, hasColors: true, materialIsOption: false, specs: [("Switches", ["Linear", "Tactile", "Clicky", "Membrane"]), ("Layout", ["Full size", "TKL", "75%", "65%"])]),
                Leaf(name: "Monitors", slug: "monitors", code: "MN", nouns: ["27-inch Monitor", "24-inch Monitor", "Ultrawide Monitor", "Portable Monitor"], materials: ["Aluminum", "Plastic"], priceRange: 120...1100, sizes: nil, hasColors: false, materialIsOption: false, specs: [("Resolution", ["1920 x 1080", "2560 x 1440", "3840 x 2160", "3440 x 1440"]), ("Refresh rate", ["60 Hz", "75 Hz", "144 Hz", "165 Hz"])]),
                Leaf(name: "Chargers", slug: "chargers", code: "CH", nouns: ["USB-C Charger", "Wireless Charging Pad", "Power Bank", "Charging Cable"], materials: ["Braided Nylon", "Aluminum", "Plastic"], priceRange: 9...120, sizes: nil, hasColors: true, materialIsOption: false, specs: [("Power", ["20 W", "30 W", "65 W", "100 W"]), ("Ports", ["1", "2", "3", "4"])]),
            ]),
        Department(
            name: "Sports & Outdoors", slug: "sports-outdoors", blurb: "Gear for trails, camps and workouts.",
            brands: ["Summit Ridge", "Wildtrack", "Granite Peak", "Riverstone", "Outbound", "Tern"],
            leaves: [
                Leaf(name: "Backpacks", slug: "backpacks", code: "BP", nouns: ["Daypack", "Hiking Backpack", "Travel Backpack", "Laptop Backpack"], materials: ["Ripstop Nylon", "Canvas", "Recycled Polyester", "Cordura"], priceRange: 30...280, sizes: nil, hasColors: true, materialIsOption: false, specs: [("Volume", ["18 L", "24 L", "30 L", "45 L"]), ("Laptop sleeve", ["Yes", "No"])]),
                Leaf(name: "Tents", slug: "tents", code: "TN", nouns: ["2-Person Tent", "4-Person Tent", "Ultralight Tent", "Family Tent"], materials: ["Ripstop Nylon", "Polyester", "Silnylon"], priceRange: 90...650, sizes: nil, hasColors: true, materialIsOption: false, specs: [("Seasons", ["3-season", "4-season"]), ("Weight", ["1.1 kg", "2.3 kg", "3.8 kg", "6.5 kg"])]),
                Leaf(name: "Yoga Mats", slug: "yoga-mats", code: "YM", nouns: ["Yoga Mat", "Travel Yoga Mat", "Thick Exercise Mat", "Yoga Mat Bundle"], materials: ["Natural Rubber", "TPE", "Cork", "PVC"], priceRange: 18...140, sizes: nil, hasColors: true, materialIsOption: false, specs: [("Thickness", ["1.5 mm", "4 mm", "6 mm", "10 mm"])]),
                Leaf(name: "Water Bottles", slug: "water-bottles", code: "WB", nouns: ["Insulated Bottle", "Sport Bottle", "Filter Bottle", "Tumbler"], materials: ["Stainless Steel", "Tritan", "Glass", "Aluminum"], priceRange: 12...60, sizes: ["12 oz", "20 oz", "32 oz", "40 oz"], hasColors: true, materialIsOption: false, specs: [("Keeps cold", ["12 h", "24 h", "36 h"]), ("Dishwasher safe", ["Yes", "No"])]),
            ]),
        Department(
            name: "Furniture", slug: "furniture", blurb: "Seating, desks and storage.",
            brands: ["Oakhaven", "Linden Works", "Studio Norr", "Fernwood", "Atelier Blanc", "Millrace"],
            leaves: [
                Leaf(name: "Chairs", slug: "chairs", code: "CR", nouns: ["Office Chair", "Dining Chair", "Lounge Chair", "Bar Stool"], materials: ["Oak", "Walnut", "Steel", "Mesh"], priceRange: 60...890, sizes: nil, hasColors: true, materialIsOption: true, specs: [("Max load", ["100 kg", "120 kg", "150 kg"]), ("Assembly", ["Required", "None"])]),
                Leaf(name: "Desks", slug: "desks", code: "DK", nouns: ["Standing Desk", "Writing Desk", "Corner Desk", "Computer Desk"], materials: ["Oak", "Walnut", "Bamboo", "Laminate"], priceRange: 120...1200, sizes: nil, hasColors: false, materialIsOption: true, specs: [("Width", ["100 cm", "120 cm", "140 cm", "160 cm"]), ("Height adjustable", ["Yes", "No"])]),
                Leaf(name: "Bookcases", slug: "bookcases", code: "BC", nouns: ["Bookcase", "Ladder Shelf", "Cube Storage", "Wall Shelf"], materials: ["Oak", "Pine", "Walnut", "Steel"], priceRange: 45...720, sizes: nil, hasColors: false, materialIsOption: true, specs: [("Shelves", ["3", "4", "5", "6"]), ("Assembly", ["Required", "None"])]),
            ]),
        Department(
            name: "Toys & Games", slug: "toys-games", blurb: "Board games, puzzles and play.",
            brands: ["Meeple House", "Brightbox", "Puzzlewright", "Tinker Toys Co.", "Wonderkin", "Fable Games"],
            leaves: [
                Leaf(name: "Board Games", slug: "board-games", code: "BG", nouns: ["Strategy Game", "Party Game", "Cooperative Game", "Family Board Game"], materials: ["Cardboard", "Wood", "Recycled Cardboard"], priceRange: 15...120, sizes: nil, hasColors: false, materialIsOption: false, specs: [("Players", ["1-4", "2-4", "2-6", "3-8"]), ("Playing time", ["20 min", "45 min", "90 min", "120 min"]), ("Ages", ["8+", "10+", "12+", "14+"])]),
                Leaf(name: "Puzzles", slug: "puzzles", code: "PZ", nouns: ["Jigsaw Puzzle", "3D Puzzle", "Puzzle Box", "Brain Teaser Set"], materials: ["Cardboard", "Wood", "Metal"], priceRange: 10...80, sizes: nil, hasColors: false, materialIsOption: false, specs: [("Pieces", ["300", "500", "1000", "2000"]), ("Ages", ["6+", "10+", "12+"])]),
            ]),
    ]

    static let adjectives = [
        "Classic", "Everyday", "Ultralight", "Premium", "Essential", "Heritage", "Urban", "Coastal", "Alpine",
        "Modern", "Vintage", "Compact", "Deluxe", "Signature", "Weekend", "Studio", "Horizon", "Summit", "Nordic", "Pro",
    ]

    static let colors = [
        "Black", "White", "Navy", "Grey", "Red", "Green", "Blue", "Beige", "Brown", "Olive", "Burgundy", "Pink", "Yellow", "Teal",
    ]

    static let firstNames = [
        "Emma", "Liam", "Olivia", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella", "Lucas", "Mia", "Mason", "Amelia",
        "Ethan", "Harper", "Logan", "Evelyn", "Aiden", "Abigail", "Carter", "Emily", "Jayden", "Ella", "Daniel", "Grace",
        "Mateo", "Chloe", "Henry", "Priya", "Omar", "Yuki", "Sofia", "Diego", "Fatima", "Chen", "Ana", "Kwame", "Leila",
    ]
    static let lastNames = [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez",
        "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris",
        "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Patel", "Kim", "Okafor", "Rossi",
    ]
    static let streets = [
        "Maple Street", "Oak Avenue", "Cedar Lane", "Pine Road", "Elm Street", "Washington Avenue", "Lakeview Drive",
        "Hillcrest Road", "Sunset Boulevard", "Park Place", "River Road", "Main Street", "Highland Avenue", "Mill Street",
    ]

    /// US regions with sales tax in basis points, and cities with postal code prefixes.
    static let regions: [(code: String, name: String, taxBasisPoints: Int, cities: [(String, String)])] = [
        ("CA", "California", 725, [("San Francisco", "941"), ("Los Angeles", "900"), ("San Diego", "921")]),
        ("NY", "New York", 400, [("New York", "100"), ("Buffalo", "142"), ("Albany", "122")]),
        ("TX", "Texas", 625, [("Austin", "787"), ("Houston", "770"), ("Dallas", "752")]),
        ("WA", "Washington", 650, [("Seattle", "981"), ("Spokane", "992"), ("Tacoma", "984")]),
        ("OR", "Oregon", 0, [("Portland", "972"), ("Eugene", "974"), ("Salem", "973")]),
        ("FL", "Florida", 600, [("Miami", "331"), ("Orlando", "328"), ("Tampa", "336")]),
        ("IL", "Illinois", 625, [("Chicago", "606"), ("Springfield", "627"), ("Peoria", "616")]),
        ("MA", "Massachusetts", 625, [("Boston", "021"), ("Cambridge", "021"), ("Worcester", "016")]),
        ("CO", "Colorado", 290, [("Denver", "802"), ("Boulder", "803"), ("Aurora", "800")]),
        ("GA", "Georgia", 400, [("Atlanta", "303"), ("Savannah", "314"), ("Athens", "306")]),
        ("PA", "Pennsylvania", 600, [("Philadelphia", "191"), ("Pittsburgh", "152"), ("Erie", "165")]),
        ("NJ", "New Jersey", 663, [("Newark", "071"), ("Jersey City", "073"), ("Trenton", "086")]),
        ("MT", "Montana", 0, [("Billings", "591"), ("Missoula", "598"), ("Bozeman", "597")]),
    ]

    static let couponWords = ["WELCOME", "SAVE", "SPRING", "SUMMER", "AUTUMN", "WINTER", "FLASH", "HOLIDAY", "VIP", "FRESH", "WEEKEND", "THANKS"]
}
