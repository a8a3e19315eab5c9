import SandboxKit
import Vocabulary

/// Field checks shared by the shop's forms. Each returns an error message or nil.
enum FormRules {
    static func email(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return "Enter an email address." }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !value.contains(" ") else {
            return "Enter a valid email address, like name@example.com."
        }
        return nil
    }

    static func password(_ value: String?) -> String? {
        guard let value, value.count >= 8 else { return "Use at least 8 characters for the password." }
        guard value.contains(where: \.isNumber), value.contains(where: \.isLetter) else { return "Use letters and at least one number in the password." }
        return nil
    }

    /// Error messages in the order the fields appear on the form (unknown fields last, by name).
    static func ordered(_ problems: [String: String], fields: [String]) -> [String] {
        let known = fields.compactMap { problems[$0] }
        let rest = problems.keys.filter { !fields.contains($0) }.sorted().compactMap { problems[$0] }
        return known + rest
    }

    static let addressFields = ["full_name", "line1", "line2", "city", "region", "postal_code", "phone"]

    static func luhn(_ digits: String) -> Bool {
        var sum = 0
        for (index, character) in digits.reversed().enumerated() {
            guard var digit = character.wholeNumberValue else { return false }
            if index % 2 == 1 {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
        }
        return sum % 10 == 0
    }

    static func cardBrand(_ digits: String) -> String {
        if digits.hasPrefix("4") { return "Visa" }
        if digits.hasPrefix("5") || digits.hasPrefix("2") { return "Mastercard" }
        if digits.hasPrefix("34") || digits.hasPrefix("37") { return "Amex" }
        if digits.hasPrefix("6") { return "Discover" }
        return "Card"
    }
}

/// A postal address from a form, validated the same way in checkout and the address book.
struct AddressInput {
    var fullName = "", line1 = "", line2 = "", city = "", region = "", postalCode = "", phone = ""

    init() {}

    init(form: FormFields) {
        fullName = form.nonEmpty("full_name") ?? ""
        line1 = form.nonEmpty("line1") ?? ""
        line2 = form.nonEmpty("line2") ?? ""
        city = form.nonEmpty("city") ?? ""
        region = form.nonEmpty("region") ?? ""
        postalCode = form.nonEmpty("postal_code") ?? ""
        phone = form.nonEmpty("phone") ?? ""
    }

    func problems() -> [String: String] {
        var problems: [String: String] = [:]
        if fullName.isEmpty { problems["full_name"] = "Enter the recipient's full name." }
        if line1.isEmpty { problems["line1"] = "Enter the street address." }
        if city.isEmpty { problems["city"] = "Enter the city." }
        if !ShopTaxonomy.regions.contains(where: { $0.code == region }) { problems["region"] = "Choose a state we ship to." }
        if postalCode.count != 5 || !postalCode.allSatisfy(\.isNumber) { problems["postal_code"] = "Enter a 5-digit ZIP code." }
        if !phone.isEmpty && phone.filter(\.isNumber).count < 10 { problems["phone"] = "Enter a phone number with at least 10 digits, or leave it empty." }
        return problems
    }

    /// Template data: values plus the region select options.
    func templateData(errors: [String: String]) -> [String: Any] {
        [
            "full_name": fullName, "line1": line1, "line2": line2, "city": city, "postal_code": postalCode, "phone": phone,
            "regions": ShopTaxonomy.regions.map { ["code": $0.code, "name": $0.name, "selected": $0.code == region] as [String: Any] },
            "errors": errors,
        ]
    }

    static func text(_ parts: [String]) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
