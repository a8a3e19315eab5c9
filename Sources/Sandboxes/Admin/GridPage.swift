import SandboxKit
import Vocabulary

/// The sorting, paging and page-size parameters every admin grid takes, checked (a malformed
/// value is a 400 page), and the table data the `grid` partial renders.
struct GridPage {
    struct Column {
        let key: String
        let label: String
        /// The SQL it sorts by, nil when the column does not sort.
        let orderSQL: String?
    }

    static let pageSizes = [20, 50, 100]

    let columns: [Column]
    let sort: String
    let descending: Bool
    let page: Int
    let limit: Int

    init(_ admin: AdminRequest, columns: [Column], defaultSort: String, defaultDescending: Bool) throws {
        self.columns = columns
        sort = try admin.choice("sort", columns.filter { $0.orderSQL != nil }.map(\.key), fallback: defaultSort)
        let direction = try admin.choice("dir", ["asc", "desc"], fallback: sort == defaultSort && defaultDescending ? "desc" : "asc")
        descending = direction == "desc"
        page = try admin.integer("page", in: 1...100_000, fallback: 1)
        let limitText = try admin.choice("limit", Self.pageSizes.map(String.init), fallback: "20")
        limit = Int(limitText) ?? 20
    }

    /// `ORDER BY … LIMIT … OFFSET …` for the current sort and page (ties broken by `tieSQL`).
    func orderSQL(tie tieSQL: String) -> String {
        let column = columns.first { $0.key == sort }?.orderSQL ?? tieSQL
        return "ORDER BY \(column) \(descending ? "DESC" : "ASC"), \(tieSQL) LIMIT \(limit) OFFSET \((page - 1) * limit)"
    }

    /// A page past the last one (when there are rows) is an unknown page: 404.
    func check(total: Int) throws {
        let pages = max(1, (total + limit - 1) / limit)
        guard page <= pages else {
            throw AdminRequest.Refusal(status: 404, message: "There is no page \(page); the list has \(pages) page\(pages == 1 ? "" : "s").")
        }
    }

    /// Table and pager data. `filters` are the query pairs kept across sorting and paging;
    /// each row is its cells in column order (`text`, optional `url`), plus an optional `select` value.
    func templateData(_ admin: AdminRequest, path: String, filters: [NameValue], total: Int, rows: [[String: Any]]) -> [String: Any] {
        func link(sort: String, descending: Bool, page: Int) -> String {
            var pairs = filters
            pairs.append(.init(name: "sort", value: sort))
            pairs.append(.init(name: "dir", value: descending ? "desc" : "asc"))
            if limit != 20 { pairs.append(.init(name: "limit", value: String(limit))) }
            if page > 1 { pairs.append(.init(name: "page", value: String(page))) }
            return admin.url(path) + "?" + FormFields(pairs: pairs).urlEncoded
        }
        let pages = max(1, (total + limit - 1) / limit)
        let headers = columns.map { column -> [String: Any] in
            var header: [String: Any] = ["label": column.label]
            if column.orderSQL != nil {
                let current = column.key == sort
                header["sort_url"] = link(sort: column.key, descending: current ? !descending : false, page: 1)
                header["aria_sort"] = current ? (descending ? "descending" : "ascending") : "none"
            }
            return header
        }
        let first = total == 0 ? 0 : (page - 1) * limit + 1
        return [
            "headers": headers, "rows": rows, "total": total, "has_rows": !rows.isEmpty,
            "range_first": first, "range_last": min(total, page * limit), "page": page, "page_count": pages,
            "prev_url": page > 1 ? link(sort: sort, descending: descending, page: page - 1) : "", "has_prev": page > 1,
            "next_url": page < pages ? link(sort: sort, descending: descending, page: page + 1) : "", "has_next": page < pages,
            "limits": Self.pageSizes.map { ["value": $0, "selected": $0 == limit] as [String: Any] },
            "sort": sort, "dir": descending ? "desc" : "asc",
        ]
    }

    /// A row's cell: text, and a link when `url` is given.
    static func cell(_ text: String, url: String? = nil) -> [String: Any] {
        var cell: [String: Any] = ["text": text]
        if let url { cell["url"] = url }
        return cell
    }
}
