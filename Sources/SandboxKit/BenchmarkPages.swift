/// A sandbox that names the pages `gauntlet bench sandbox` steps through: for each kind of
/// page, SQL over a fresh instance whose rows (one text column, in order) are paths. The
/// benchmark takes the kinds in turn, reports a step figure per kind, and has every live
/// instance serve `/` and the first page of each kind.
public protocol BenchmarkPages: Sandbox {
    var benchmarkPages: [(kind: String, sql: String)] { get }
    /// A form the benchmark's client posts first, on the step instance and on every live one,
    /// for a site whose pages need a signed-in user (the admin); nil when none do. A sign-in
    /// must answer 303.
    var benchmarkSignIn: (path: String, form: [(String, String)])? { get }
}

extension BenchmarkPages {
    public var benchmarkSignIn: (path: String, form: [(String, String)])? { nil }
}
