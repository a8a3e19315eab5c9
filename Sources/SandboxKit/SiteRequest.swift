import GRDB
import Vocabulary

/// One request inside a website: its `SiteVisit` (the request, its instance's transaction and
/// the visitor's session) and the site's signed-in account, with what every site does with
/// them (parameters, links, redirects, flash messages, the page layout). Lives for the
/// duration of the transaction (`serve`).
public protocol SiteRequest: SendableMetatype {
    /// Where the site keeps its sessions.
    static var sessions: SessionTable { get }
    var visit: SiteVisit { get set }

    /// The site's request for `visit`, with the account signed in to its session.
    init(_ visit: SiteVisit) throws
    /// The page for an error the site answers itself (a malformed parameter, say); nil for any
    /// other, which fails the request.
    func errorPage(for error: any Error) throws -> SandboxResponse?
}

extension SiteRequest {
    /// Answers `request` as this site (a sandbox's `handle`): one transaction on the instance,
    /// the visit routed, an error the site answers itself turned into its page, and the cookie
    /// of a session the visit created set on the response.
    public static func serve(
        _ request: SandboxRequest, context: SandboxContext, route: @escaping @Sendable (inout Self) throws -> SandboxResponse
    ) async throws -> SandboxResponse {
        try await context.transaction { db in
            var site = try Self(SiteVisit(request: request, context: context, db: db, sessions: Self.sessions))
            let response: SandboxResponse
            do {
                response = try route(&site)
            } catch {
                guard let page = try site.errorPage(for: error) else { throw error }
                response = page
            }
            return site.finish(response)
        }
    }

    public func errorPage(for error: any Error) throws -> SandboxResponse? { nil }

    public var request: SandboxRequest { visit.request }
    public var context: SandboxContext { visit.context }
    public var db: Database { visit.db }
    public var form: FormFields { request.form }
    public var query: FormFields { request.query }
    /// The visitor's session token; nil until the visitor has a session.
    public var sessionToken: String? { visit.session.token }

    /// `path` prefixed with the base path.
    public func url(_ path: String) -> String { context.basePath + path }

    public func redirect(_ path: String) -> SandboxResponse { .redirect(to: url(path)) }

    /// The sign-in page, coming back to `next` afterwards (for pages that need an account).
    public func signInRedirect(next: String) -> SandboxResponse {
        redirect("/login?next=" + FormFields.encode(next))
    }

    /// The session token, creating the session (and its cookie) on first need.
    public mutating func ensureSession() throws -> String {
        try visit.session.ensure(db, context: context)
    }

    public mutating func setFlash(_ message: String) throws {
        try visit.session.setFlash(message, db, context: context)
    }

    /// `response` with the cookie of a session this request created.
    public func finish(_ response: SandboxResponse) -> SandboxResponse {
        visit.session.finish(response)
    }

    /// Renders `template` with `data`, then the site's `layout` template around it: `layout`'s
    /// values plus the base path, the rendered content, and the flash message if any.
    public func render(_ template: String, _ data: [String: Any], inLayout layout: [String: Any], status: Int) throws -> SandboxResponse {
        var data = data
        data["base"] = context.basePath
        var layout = layout
        layout["base"] = context.basePath
        layout["content"] = try context.templates.markup(template, data)
        if let flash = visit.session.flash { layout["flash"] = flash }
        return .html(try context.templates.markup("layout", layout), status: status)
    }
}
