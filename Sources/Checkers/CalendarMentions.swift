import Tasks

/// Dates and months named in an answer.
///
/// Understood date forms: ISO `2024-03-05`; `March 5, 2024`, `Mar 5th 2024`;
/// `5 March 2024`, `5th of Mar, 2024`; and all-numeric `03/05/2024` (also with `-`
/// or `.`), read month-first unless the check says `date_order: dmy`.
struct CalendarDate: Hashable, CustomStringConvertible {
    var year: Int
    var month: Int
    var day: Int

    var description: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.days(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    static func days(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// A gold date, ISO only (validated when the task loads).
    static func iso(_ s: String) -> CalendarDate? {
        let parts = s.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }
}

/// A month, with its year when one is given.
struct CalendarMonth: Hashable, CustomStringConvertible {
    var month: Int
    var year: Int?

    var description: String {
        let name = CalendarMentions.monthNames[month - 1].capitalized
        return year.map { "\(name) \($0)" } ?? name
    }

    /// A gold month: a month name or `YYYY-MM`.
    static func gold(_ s: String) -> CalendarMonth? {
        if let m = CalendarMentions.month(named: s.lowercased()) { return CalendarMonth(month: m, year: nil) }
        let parts = s.split(separator: "-")
        if parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) {
            return CalendarMonth(month: m, year: y)
        }
        return nil
    }
}

enum CalendarMentions {
    static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// 1–12 for a full month name or its three-letter abbreviation (and "sept").
    static func month(named raw: String) -> Int? {
        let w = raw.lowercased()
        if let i = monthNames.firstIndex(of: w) { return i + 1 }
        if w == "sept" { return 9 }
        if w.count == 3, let i = monthNames.firstIndex(where: { $0.hasPrefix(w) }) { return i + 1 }
        return nil
    }

    /// A word token as a month; "may" counts only when written "May", as the verb is common.
    private static func month(word: String) -> Int? {
        guard let m = month(named: word) else { return nil }
        if m == 5 && word == "may" { return nil }
        return m
    }

    private struct Word {
        var text: String
        var isNumber: Bool
    }

    /// Words and numbers with their separators kept, since `03/05/2024` and
    /// `2024-03` are read from the characters between the digits.
    private static func pieces(_ text: String) -> [(text: String, sepAfter: String)] {
        var out: [(String, String)] = []
        var current = ""
        var sep = ""
        for c in text {
            if c.isLetter || c.isNumber {
                if !sep.isEmpty || current.isEmpty {
                    if !current.isEmpty { out.append((current, sep)) }
                    current = ""
                    sep = ""
                }
                if let last = current.last, last.isNumber != c.isNumber {
                    out.append((current, ""))
                    current = ""
                }
                current.append(c)
            } else {
                sep.append(c)
            }
        }
        if !current.isEmpty { out.append((current, sep)) }
        return out
    }

    static func dates(in text: String, order: DateOrder) -> [CalendarDate] {
        scanDates(pieces(text), order: order).map(\.date)
    }

    /// Dates with the piece indices they cover, so month scanning can skip them.
    private static func scanDates(_ p: [(text: String, sepAfter: String)], order: DateOrder)
        -> [(date: CalendarDate, pieces: Range<Int>)]
    {
        var out: [(CalendarDate, Range<Int>)] = []
        var i = 0
        func num(_ k: Int) -> Int? { k < p.count ? Int(p[k].text) : nil }
        func len(_ k: Int) -> Int { k < p.count ? p[k].text.count : 0 }
        func ordinalSuffix(_ k: Int) -> Bool { k < p.count && ["st", "nd", "rd", "th"].contains(p[k].text.lowercased()) }
        while i < p.count {
            let sep = p[i].sepAfter.trimming(" ")
            // 2024-03-05
            if len(i) == 4, let y = num(i), let m = num(i + 1), let d = num(i + 2),
                sep == "-", p[i + 1].sepAfter == "-", len(i + 1) <= 2, len(i + 2) <= 2
            {
                if let date = CalendarDate(year: y, month: m, day: d) { out.append((date, i..<(i + 3))) }
                i += 3
                continue
            }
            // 03/05/2024, 3.5.2024, 03-05-2024
            if len(i) <= 2, let a = num(i), let b = num(i + 1), let y = num(i + 2),
                ["/", "-", "."].contains(sep), p[i + 1].sepAfter.trimming(" ") == sep, len(i + 1) <= 2, len(i + 2) == 4
            {
                let (m, d) = order == .mdy ? (a, b) : (b, a)
                if let date = CalendarDate(year: y, month: m, day: d) { out.append((date, i..<(i + 3))) }
                i += 3
                continue
            }
            // March 5, 2024 / Mar 5th 2024
            if let m = month(word: p[i].text) {
                var k = i + 1
                if let d = num(k), len(k) <= 2 {
                    k += 1
                    if ordinalSuffix(k) { k += 1 }
                    if let y = num(k), len(k) == 4 {
                        if let date = CalendarDate(year: y, month: m, day: d) { out.append((date, i..<(k + 1))) }
                        i = k + 1
                        continue
                    }
                }
            }
            // 5 March 2024 / 5th of March, 2024
            if let d = num(i), len(i) <= 2 {
                var k = i + 1
                if ordinalSuffix(k) { k += 1 }
                if k < p.count, p[k].text.lowercased() == "of" { k += 1 }
                if k < p.count, let m = month(word: p[k].text), let y = num(k + 1), len(k + 1) == 4 {
                    if let date = CalendarDate(year: y, month: m, day: d) { out.append((date, i..<(k + 2))) }
                    i = k + 2
                    continue
                }
            }
            i += 1
        }
        return out
    }

    /// Months named in `text`: the months of full dates, month words (with a
    /// following year when there is one) and `YYYY-MM`.
    static func months(in text: String, order: DateOrder = .mdy) -> [CalendarMonth] {
        let p = pieces(text)
        let found = scanDates(p, order: order)
        var out = found.map { CalendarMonth(month: $0.date.month, year: $0.date.year) }
        var covered = Set<Int>()
        for f in found { covered.formUnion(f.pieces) }
        var i = 0
        while i < p.count {
            if covered.contains(i) {
                i += 1
                continue
            }
            if let m = month(word: p[i].text) {
                if i + 1 < p.count, !covered.contains(i + 1), p[i + 1].text.count == 4, let y = Int(p[i + 1].text) {
                    out.append(CalendarMonth(month: m, year: y))
                    i += 2
                } else {
                    out.append(CalendarMonth(month: m, year: nil))
                    i += 1
                }
                continue
            }
            if p[i].text.count == 4, let y = Int(p[i].text), p[i].sepAfter == "-", i + 1 < p.count,
                p[i + 1].text.count == 2, let m = Int(p[i + 1].text), (1...12).contains(m)
            {
                out.append(CalendarMonth(month: m, year: y))
                i += 2
                continue
            }
            i += 1
        }
        return out
    }
}

extension String {
    func trimming(_ set: String) -> String {
        var s = self[...]
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
