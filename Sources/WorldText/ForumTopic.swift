import Vocabulary

/// What a forum submission is about.
public enum ForumTopic: Sendable, Equatable {
    case product(ItemFacts)
    case brand(BrandFacts)
    case place(PlaceFacts)
    case everyday(EverydayTopic)

    /// The grammar's rule suffix for this kind of topic.
    var key: String {
        switch self {
        case .product: "product"
        case .brand: "brand"
        case .place: "place"
        case .everyday: "everyday"
        }
    }

    /// The facts a grammar may state about the topic; `rng` picks among a product's uses and
    /// an everyday topic's phrasings.
    func facts(rng: inout SeededGenerator) -> Facts {
        switch self {
        case .product(let item):
            return item.facts(rng: &rng)
        case .brand(let brand):
            return brand.facts
        case .place(let place):
            return Facts(["place": place.name, "placeKind": place.kind, "placeKnownFor": place.knownFor])
        case .everyday(let topic):
            return Facts(["topic": rng.pick(topic.phrases) ?? topic.name])
        }
    }
}

extension BrandFacts {
    var facts: Facts {
        Facts(["brand": name, "founded": String(founded), "home": home, "knownFor": knownFor])
    }
}
