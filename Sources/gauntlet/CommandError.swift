/// A failure while running a command, as opposed to a mistake in its arguments:
/// printed as `Error: …` without the usage text, exit status 1.
struct CommandError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
