import Vocabulary

/// A checker as declared in a task file: a tagged union, one tag per kind.
///
/// The model holds only what the file says, with `{param}` placeholders already
/// filled in; evaluating it against an episode is the `Checkers` module's job.
public indirect enum Check: Sendable, Equatable {
    case all([Check])
    case any([Check])
    case answer(AnswerCheck)
    case url(URLCheck)
    case state(StateCheck)
    case request(RequestCheck)
    case page(PageCheck)
    case collateral(CollateralCheck)

    /// The tag as written in task files.
    public var kind: String {
        switch self {
        case .all: "all"
        case .any: "any"
        case .answer: "answer"
        case .url: "url"
        case .state: "state"
        case .request: "request"
        case .page: "page"
        case .collateral: "collateral"
        }
    }

    public static let kinds = ["all", "any", "answer", "collateral", "page", "request", "state", "url"]
}

/// A gold value: written in the file, or computed from the instance at scoring time.
///
/// Gold values that depend on generated data must be `query`: a hand-copied value
/// goes stale the moment the generator changes.
public enum GoldValue: Sendable, Equatable {
    /// One or more literal values (a JSON string, number or array of them).
    case literal([String])
    /// Every row's first column, read from the instance when the episode is scored.
    case query(sql: String, instance: InstanceSide)
    /// As `query`, for a single-value matcher whose gold can tie (`ORDER BY price LIMIT 1`
    /// over two products at one price): the query returns every tied row, and each row's
    /// value is an equally right answer (`"any_of_rows": true` in task files).
    case anyOfRows(sql: String, instance: InstanceSide)
}

/// The agent's answer text, compared with typed normalizers.
public struct AnswerCheck: Sendable, Equatable {
    public var matchers: [AnswerMatcher]

    public init(matchers: [AnswerMatcher]) {
        self.matchers = matchers
    }
}

/// How an answer is compared with gold. All matchers of one answer check must pass.
public enum AnswerMatcher: Sendable, Equatable {
    /// Same tokens in the same order, ignoring case, punctuation and plural `s`.
    case exact(GoldValue)
    /// Every gold phrase occurs on token boundaries and is not negated.
    case mustInclude(GoldValue)
    /// No gold phrase occurs, except negated ("not blue").
    case mustExclude(GoldValue)
    /// At least one accepted answer occurs; no other listed option does. Without
    /// `options`, naming every accepted answer at once counts as hedging and fails.
    case oneOf(accepted: [String], options: [String])
    /// The answer names exactly one number, within `tolerance` of gold.
    case number(GoldValue, tolerance: Double)
    /// The answer names exactly one amount of money, within `tolerance` of gold.
    case currency(GoldValue, tolerance: Double)
    /// The answer names exactly one count (a number that is not an amount of money).
    case count(GoldValue)
    /// The answer names exactly one rating, within `tolerance` of gold; a scale such as
    /// "out of 5" or "/5" is not a second value.
    case rating(GoldValue, tolerance: Double)
    /// The answer names exactly one phone number with gold's digits.
    case phone(GoldValue)
    /// The answer names gold, affirmed, as a phrase ("The brand is Brightwell.").
    case name(GoldValue)
    /// The answer names exactly one status word, equal to gold up to spelling variants
    /// ("Canceled" is "cancelled").
    case status(GoldValue)
    /// The answer names exactly one calendar date equal to gold.
    case date(GoldValue, order: DateOrder)
    /// The answer names exactly one month (and year, if gold has one) equal to gold.
    case month(GoldValue)
    /// The answer lists the gold items in any order, nothing more, nothing less.
    case set(GoldValue)
    /// The answer lists the gold items in this order, nothing more, nothing less.
    case list(GoldValue)
}

/// How to read an all-numeric date such as `03/05/2024`.
public enum DateOrder: String, Sendable, Equatable, CaseIterable {
    /// Month first (US): 03/05/2024 is March 5. The default.
    case mdy
    /// Day first: 03/05/2024 is 3 May.
    case dmy
}

/// The final URL (or, in a key node, the current URL) compared canonically.
public struct URLCheck: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        /// Same scheme, host, port and path; same query as a multiset.
        case equals(String)
        /// Same scheme, host and port; the path is this one or lies below it
        /// (segment boundary: `/cat` covers `/cat/x`, not `/catalog`); query ignored.
        case pathPrefix(String)
    }

    public var target: Target
    /// Query parameter names left out of the comparison (tracking, paging).
    public var ignoreQuery: [String]

    public init(target: Target, ignoreQuery: [String] = []) {
        self.target = target
        self.ignoreQuery = ignoreQuery
    }
}

/// SQL against the episode's instance, compared with expected rows.
public struct StateCheck: Sendable, Equatable {
    public enum Expectation: Sendable, Equatable {
        /// Literal rows, for values the task itself fixes (a count of 2, a status 'shipped').
        case rows([[SQLValue]])
        /// Rows of a second query, for values that depend on generated data.
        case query(sql: String, instance: InstanceSide)
    }

    public var query: String
    /// The instance `query` reads; `final` unless the file says otherwise.
    public var instance: InstanceSide
    public var expect: Expectation
    /// Whether row order matters; by default rows compare as a multiset.
    public var ordered: Bool

    public init(query: String, instance: InstanceSide = .final, expect: Expectation, ordered: Bool = false) {
        self.query = query
        self.instance = instance
        self.expect = expect
        self.ordered = ordered
    }
}

/// A name/value pair, kept in order: query strings and forms may repeat names.
/// A request in the episode's request log matching this description happened
/// (or, with `absent`, did not).
public struct RequestCheck: Sendable, Equatable {
    /// Sandbox that served the request; any of the task's sandboxes when nil.
    public var sandbox: String?
    /// Upper-case HTTP method; any method when nil.
    public var method: String?
    /// Exact path, compared canonically.
    public var path: String
    /// Query fields that must be present with these values (others may be present too).
    public var query: [NameValue]
    /// Form fields that must be present with these values (others may be present too).
    public var form: [NameValue]
    /// Response status; any when nil.
    public var status: Int?
    /// The path the response redirected to; any when nil.
    public var redirect: String?
    /// Passes when no request matches: "the agent did not delete anything".
    public var absent: Bool

    public init(
        sandbox: String? = nil, method: String? = nil, path: String, query: [NameValue] = [],
        form: [NameValue] = [], status: Int? = nil, redirect: String? = nil, absent: Bool = false
    ) {
        self.sandbox = sandbox
        self.method = method
        self.path = path
        self.query = query
        self.form = form
        self.status = status
        self.redirect = redirect
        self.absent = absent
    }
}

/// XPath over a page fetched from the final instance at scoring time.
public struct PageCheck: Sendable, Equatable {
    public enum Assertion: Sendable, Equatable {
        /// At least one node matches.
        case exists
        /// Exactly this many nodes match.
        case count(Int)
        /// The first matching node's text, whitespace collapsed, equals this.
        case equals(String)
        /// The first matching node's text contains this phrase on token boundaries.
        case includes(String)
    }

    public var url: String
    public var xpath: String
    public var assertion: Assertion

    public init(url: String, xpath: String, assertion: Assertion) {
        self.url = url
        self.xpath = xpath
        self.assertion = assertion
    }
}

/// Everything not allowed must be byte-identical to the initial state, row by row and
/// column by column. Rows are matched by primary key (by rowid where a table has none).
/// The sandbox's session and log tables are always allowed (`CheckContext.sessionTables`).
public struct CollateralCheck: Sendable, Equatable {
    public var allow: [CollateralAllowance]

    public init(allow: [CollateralAllowance]) {
        self.allow = allow
    }
}

/// What may change in one table: which rows (by predicate), how, and which columns.
public struct CollateralAllowance: Sendable, Equatable {
    public var table: String
    /// A SQL predicate over the table's columns; nil allows every row. An updated row must
    /// satisfy it before and after, a removed row before, an added row after.
    public var rows: String?
    /// Columns an update may change; nil allows any column, `[]` no update at all.
    public var update: [String]?
    public var insert: Bool
    public var delete: Bool

    public init(table: String, rows: String? = nil, update: [String]? = nil, insert: Bool = true, delete: Bool = true) {
        self.table = table
        self.rows = rows
        self.update = update
        self.insert = insert
        self.delete = delete
    }

    /// Any change to the table: what a bare table name in `allow` means.
    public static func anyChange(_ table: String) -> CollateralAllowance {
        CollateralAllowance(table: table)
    }

    /// Whether this allowance lets anything of the table change however it likes.
    public var isWholeTable: Bool { rows == nil && update == nil && insert && delete }
}
