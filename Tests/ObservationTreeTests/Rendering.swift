@testable import ObservationTree

/// The id-less text of a page's body: what these tests compare.
func outline(_ html: String) -> String {
    let tree = ObservationTree.html("<!DOCTYPE html><html><head><title>T</title></head><body>\(html)</body></html>")
    // Drop the root line and its indent so expectations read like the page.
    return tree.text(showIDs: false)
        .split(separator: "\n", omittingEmptySubsequences: false)
        .dropFirst()
        .map { $0.dropFirst(2) }
        .joined(separator: "\n")
}
