/// A place people in the world talk about: a town, a park, a market.
public struct PlaceFacts: Sendable, Equatable {
    public var name: String
    /// What kind of place, e.g. "town", "park", "market", "trail".
    public var kind: String
    /// What it is known for, e.g. "its Saturday market".
    public var knownFor: String

    public init(name: String, kind: String, knownFor: String) {
        self.name = name
        self.kind = kind
        self.knownFor = knownFor
    }

    /// The world's towns, where brands start and people live.
    public static let towns: [PlaceFacts] = [
        PlaceFacts(name: "Ashford", kind: "town", knownFor: "its old mills"),
        PlaceFacts(name: "Bramley", kind: "town", knownFor: "its orchards"),
        PlaceFacts(name: "Cold Harbor", kind: "town", knownFor: "its ferry crossing"),
        PlaceFacts(name: "Dunmore", kind: "town", knownFor: "its cliffs"),
        PlaceFacts(name: "Eastwick", kind: "town", knownFor: "its bakeries"),
        PlaceFacts(name: "Fairhaven", kind: "town", knownFor: "its boatyards"),
        PlaceFacts(name: "Glenrock", kind: "town", knownFor: "its climbing walls"),
        PlaceFacts(name: "Hollis Bay", kind: "town", knownFor: "its surf"),
        PlaceFacts(name: "Ironbridge", kind: "town", knownFor: "its workshops"),
        PlaceFacts(name: "Juniper Falls", kind: "town", knownFor: "its waterfalls"),
        PlaceFacts(name: "Kestrel Point", kind: "town", knownFor: "its lighthouse"),
        PlaceFacts(name: "Larkspur", kind: "city", knownFor: "its covered market"),
        PlaceFacts(name: "Millbrook", kind: "town", knownFor: "its textile history"),
        PlaceFacts(name: "Northgate", kind: "city", knownFor: "its tram lines"),
        PlaceFacts(name: "Oakridge", kind: "town", knownFor: "its furniture makers"),
        PlaceFacts(name: "Port Ellis", kind: "city", knownFor: "its docks"),
        PlaceFacts(name: "Quarry Hill", kind: "town", knownFor: "its stone cottages"),
        PlaceFacts(name: "Riverton", kind: "city", knownFor: "its riverside cafés"),
        PlaceFacts(name: "Silverlake", kind: "town", knownFor: "its lake trails"),
        PlaceFacts(name: "Thornbury", kind: "town", knownFor: "its castle ruins"),
        PlaceFacts(name: "Upton Vale", kind: "town", knownFor: "its farmers' market"),
        PlaceFacts(name: "Westerley", kind: "town", knownFor: "its sea wall"),
    ]

    /// Places to go in and around the towns.
    public static let outings: [PlaceFacts] = [
        PlaceFacts(name: "Harrow Ridge", kind: "trail", knownFor: "a steep first mile and big views"),
        PlaceFacts(name: "Copper Beach", kind: "beach", knownFor: "its rock pools"),
        PlaceFacts(name: "Larkspur Market Hall", kind: "market", knownFor: "its food stalls"),
        PlaceFacts(name: "Elm Park", kind: "park", knownFor: "its Sunday park run"),
        PlaceFacts(name: "Blackwater Reservoir", kind: "lake", knownFor: "its loop path"),
        PlaceFacts(name: "Foxglove Woods", kind: "woodland", knownFor: "bluebells in spring"),
        PlaceFacts(name: "The Old Granary", kind: "café", knownFor: "its cinnamon buns"),
        PlaceFacts(name: "Saltmarsh Campground", kind: "campsite", knownFor: "its sheltered pitches"),
        PlaceFacts(name: "Northgate Library", kind: "library", knownFor: "its quiet study room"),
        PlaceFacts(name: "Pike Summit", kind: "mountain", knownFor: "a scramble near the top"),
        PlaceFacts(name: "Riverside Board Game Café", kind: "café", knownFor: "its huge game shelf"),
        PlaceFacts(name: "Kestrel Point Lighthouse", kind: "landmark", knownFor: "its spiral stairs"),
    ]
}
