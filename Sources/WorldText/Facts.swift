/// The facts a grammar may state, by name: values inserted verbatim (`{$name}`), never
/// respelled or given typos, so prose agrees with the data it was written from.
public struct Facts: Sendable, Equatable {
    private var values: [String: String] = [:]

    public init() {}

    public init(_ pairs: KeyValuePairs<String, String?>) {
        for (name, value) in pairs { self[name] = value }
    }

    /// A missing or empty value leaves the fact unbound.
    public subscript(name: String) -> String? {
        get { values[name] }
        set { values[name] = newValue.flatMap { $0.isEmpty ? nil : $0 } }
    }

    public func has(_ name: String) -> Bool { values[name] != nil }
}
