/// The versioned action vocabulary of the text games.
///
/// ALFWorld renamed `put` to `move` once and every prompt written before broke, so
/// the command set carries a version: a change that makes an old command mean
/// something else, or stop working, needs a new version string.
public enum CommandVocabulary {
    /// 2: `declare infeasible` must name what is missing (`declare infeasible X`).
    public static let version = "textworlds/2"

    /// Every verb the parser knows, with its forms, for `help` and the docs.
    public static let commands: [(verb: String, forms: String)] = [
        ("look", "look"),
        ("inventory", "inventory"),
        ("examine", "examine X"),
        ("go", "go to X | go north|south|east|west"),
        ("open", "open X"),
        ("close", "close X"),
        ("take", "take X | take X from Y"),
        ("move", "move X to Y | put X in Y | put X on Y"),
        ("drop", "drop X"),
        ("heat", "heat X with Y"),
        ("cool", "cool X with Y"),
        ("clean", "clean X with Y"),
        ("slice", "slice X with Y"),
        ("use", "use X"),
        ("unlock", "unlock X with Y"),
        ("get", "get N X"),
        ("craft", "craft N X using [N] A, [N] B"),
        ("declare", "declare infeasible X (X: what is missing)"),
        ("help", "help"),
    ]
}
