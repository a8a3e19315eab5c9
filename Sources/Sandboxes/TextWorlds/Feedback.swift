/// What the game says back to a command.
public struct Feedback: Sendable, Equatable {
    /// Whether the command changed or inspected the world as asked.
    public let ok: Bool
    /// Why it did not work; nil when it did.
    public let reason: FailureReason?
    /// The game's words, always saying what happened or why not.
    public let text: String

    public static func success(_ text: String) -> Feedback { Feedback(ok: true, reason: nil, text: text) }
    public static func failure(_ reason: FailureReason, _ text: String) -> Feedback {
        Feedback(ok: false, reason: reason, text: text)
    }
}

/// Every way a command can fail. Tests cover each; the text gives the specifics.
public enum FailureReason: String, Sendable, CaseIterable {
    case emptyCommand
    case unknownVerb
    /// The verb is known but the rest does not fit its form.
    case malformed
    /// The verb exists in another family of games but not in this one.
    case notInThisGame
    /// No such thing in sight (unknown names get the same answer, so typing a
    /// name never reveals whether it exists somewhere else).
    case notVisible
    case notAPlace
    case alreadyThere
    /// Household: the agent must first go to that receptacle.
    case notAtReceptacle
    case notOpenable
    case alreadyOpen
    case alreadyClosed
    case locked
    /// The receptacle is closed, so nothing can be taken out or put in.
    case closed
    case notPortable
    case alreadyCarrying
    case handsFull
    case notCarrying
    case notAReceptacle
    /// The tool named cannot do that (heating with a sink).
    case wrongTool
    /// The object cannot take that treatment (heating a book).
    case cannotApply
    /// The object already has that property (heating a hot apple).
    case alreadyDone
    case cannotUse
    case noExit
    case doorClosed
    case notAdjacent
    case notLockable
    case notLocked
    case wrongKey
    case unknownItem
    case notGettable
    case badCount
    case noRecipe
    case wrongIngredients
    case missingIngredients
    case gameOver
}
