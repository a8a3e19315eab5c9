/// The three kinds of text game. Each has its own generator and command subset.
public enum Family: String, Sendable, CaseIterable, Codable, Comparable {
    /// ALFWorld-style household tasks in one room of receptacles.
    case household
    /// TextCraft-style recipe trees.
    case crafting
    /// TextWorld-style treasure hunts through rooms, doors, keys and containers.
    case exploration

    public static func < (a: Family, b: Family) -> Bool { a.rawValue < b.rawValue }
}

/// Which half of the data a task belongs to. Test tasks use object types and
/// layouts that never appear in train tasks (see `Catalog`).
public enum Split: String, Sendable, CaseIterable, Codable {
    case train
    case test
}
