/// Parsing and checking of submitted admin form values; each returns nil when the value is bad.
enum AdminForm {
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// Cents from dollars written `12`, `12.5` or `12.50` (no sign, no thousands separators).
    static func cents(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), whole >= 0, parts[0].allSatisfy(\.isNumber) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), parts[1].allSatisfy(\.isNumber), let value = Int(parts[1]) else { return nil }
            fraction = parts[1].count == 1 ? value * 10 : value
        }
        guard whole < 10_000_000 else { return nil }
        return whole * 100 + fraction
    }

    /// Dollars as a price field shows them: `24.99`, `30.00`.
    static func dollars(_ cents: Int) -> String {
        "\(cents / 100)." + (cents % 100 < 10 ? "0" : "") + "\(cents % 100)"
    }

    /// A whole number in `range`.
    static func integer(_ text: String, in range: ClosedRange<Int>) -> Int? {
        guard text.allSatisfy(\.isNumber), let value = Int(text), range.contains(value) else { return nil }
        return value
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
            && !text.contains(" ")
    }

    /// Template data for a form with `errors` by field: the summary's entries in `fields` order,
    /// and per field its message and whether it is invalid.
    static func errorData(_ errors: [String: String], fields: [String]) -> [String: Any] {
        var data: [String: Any] = [
            "has_errors": !errors.isEmpty,
            "error_list": fields.compactMap { field in errors[field].map { ["field": field, "message": $0] as [String: Any] } },
        ]
        for field in fields {
            if let message = errors[field] { data["error_\(field)"] = message }
        }
        return data
    }
}
