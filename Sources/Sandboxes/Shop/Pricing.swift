/// Totals, discount, shipping and tax: one function used by the cart, the checkout, and the
/// generator of historical orders, so the numbers agree everywhere.
public struct Pricing {
    struct Line {
        let unitPriceCents: Int
        let quantity: Int
        /// Top-level category of the product, for category-restricted coupons.
        let departmentID: Int
    }

    struct Coupon {
        let code: String
        let kind: String
        let value: Int
        let minSubtotalCents: Int
        let categoryID: Int?
    }

    struct ShippingMethod {
        let code: String
        let name: String
        let priceCents: Int
        let freeOverCents: Int?
    }

    struct Totals: Equatable {
        var subtotal = 0, discount = 0, shipping = 0, tax = 0
        var total: Int { subtotal - discount + shipping + tax }
    }

    static func totals(lines: [Line], coupon: Coupon?, shipping: ShippingMethod?, taxBasisPoints: Int) -> Totals {
        var totals = Totals()
        totals.subtotal = lines.reduce(0) { $0 + $1.unitPriceCents * $1.quantity }
        var freeShipping = false
        if let coupon {
            let eligible = lines.filter { coupon.categoryID == nil || $0.departmentID == coupon.categoryID }
                .reduce(0) { $0 + $1.unitPriceCents * $1.quantity }
            switch coupon.kind {
            case "percent": totals.discount = (eligible * coupon.value + 50) / 100
            case "fixed": totals.discount = min(coupon.value, eligible)
            default: freeShipping = true
            }
        }
        let afterDiscount = totals.subtotal - totals.discount
        if let shipping, !lines.isEmpty {
            let free = freeShipping || (shipping.freeOverCents.map { afterDiscount >= $0 } ?? false)
            totals.shipping = free ? 0 : shipping.priceCents
        }
        totals.tax = (afterDiscount * taxBasisPoints + 5_000) / 10_000
        return totals
    }

    public static func format(_ cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let value = abs(cents)
        let dollars = value / 100
        var grouped = ""
        let digits = Array(String(dollars))
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        let fraction = value % 100
        return "\(sign)$\(grouped).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
