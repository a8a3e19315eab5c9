import Foundation
@testable import Shop
import Testing

@Suite struct RatingFormatTests {
    /// Every mean rating a product can show (sums of 1–5 stars over up to 200 reviews) formats
    /// exactly as `String(format: "%.1f")` does, ties included (9 / 4 = 2.25 shows as 2.2).
    @Test func oneDecimalMatchesPrintf() {
        var mismatches: [String] = []
        for count in 1...200 {
            for sum in count...(5 * count) {
                let value = Double(sum) * 1.0 / Double(count)
                let expected = String(format: "%.1f", value)
                if ProductListing.oneDecimal(value) != expected { mismatches.append("\(sum)/\(count): \(expected)") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(ProductListing.oneDecimal(2.25) == "2.2")
        #expect(ProductListing.oneDecimal(4.96) == "5.0")
    }
}
