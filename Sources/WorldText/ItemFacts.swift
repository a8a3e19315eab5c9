/// What the world knows about one product, as its own data says: the only facts prose
/// about it may state. Values are shown verbatim, so text and specification tables agree.
public struct ItemFacts: Sendable, Equatable {
    /// One row of a specification table.
    public struct Spec: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The product's full name, e.g. "Northwind Classic Cotton T-Shirt".
    public var name: String
    /// The kind of thing, e.g. "T-Shirt".
    public var kind: String
    /// Its category, e.g. "T-Shirts", and department, e.g. "Clothing".
    public var category: String
    public var department: String
    public var brand: BrandFacts
    /// The material it is made of; nil when the buyer chooses among `materialChoices`.
    public var material: String?
    public var materialChoices: [String]
    public var priceBand: PriceBand
    /// The specification table, in its order (warranty, weight and dimensions included).
    public var specs: [Spec]
    public var colors: [String]
    public var sizes: [String]
    /// What people use it for, e.g. "long commutes" (see `Uses`).
    public var uses: [String]
    /// The price as the site shows it, e.g. "$49.99", for prose that may quote one (a forum
    /// post saying what someone paid); nil for a shop's own copy, which never states a price
    /// because an admin's price edit would contradict it.
    public var price: String?

    public init(
        name: String, kind: String, category: String, department: String, brand: BrandFacts, material: String?,
        materialChoices: [String] = [], priceBand: PriceBand, specs: [Spec], colors: [String] = [], sizes: [String] = [],
        uses: [String], price: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.category = category
        self.department = department
        self.brand = brand
        self.material = material
        self.materialChoices = materialChoices
        self.priceBand = priceBand
        self.specs = specs
        self.colors = colors
        self.sizes = sizes
        self.uses = uses
        self.price = price
    }

    /// The value of the specification row named `name` (case-insensitive).
    public func spec(_ name: String) -> String? {
        specs.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
