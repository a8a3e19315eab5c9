import Testing
@testable import TextWorlds

/// One example of every failure reason, so adding a reason without a test fails here.
@Suite struct FailureCoverageTests {
    enum Fixture { case household, exploration, crafting }

    static let examples: [(FailureReason, Fixture, [String], String)] = [
        (.emptyCommand, .household, [], ""),
        (.unknownVerb, .household, [], "sing"),
        (.malformed, .household, [], "take"),
        (.notInThisGame, .household, [], "drop apple 1"),
        (.notVisible, .household, [], "take unicorn 1"),
        (.notAPlace, .household, [], "go to apple 1"),
        (.alreadyThere, .household, ["go to desk 1"], "go to desk 1"),
        (.notAtReceptacle, .household, [], "open fridge 1"),
        (.notOpenable, .household, ["go to desk 1"], "open desk 1"),
        (.alreadyOpen, .household, ["go to fridge 1", "open fridge 1"], "open fridge 1"),
        (.alreadyClosed, .household, ["go to fridge 1"], "close fridge 1"),
        (.locked, .exploration, ["go east"], "go north"),
        (.closed, .household, ["go to fridge 1"], "take mug 1 from fridge 1"),
        (.notPortable, .household, ["go to desk 1"], "take desklamp 1"),
        (.alreadyCarrying, .household, ["go to desk 1", "take book 1"], "take book 1"),
        (.handsFull, .household, ["go to desk 1", "take book 1", "go to countertop 1"], "take apple 1 from countertop 1"),
        (.notCarrying, .household, [], "heat apple 1 with microwave 1"),
        (.notAReceptacle, .household, ["go to desk 1", "take book 1"], "move book 1 to desklamp 1"),
        (.wrongTool, .household, ["go to desk 1", "take book 1"], "heat book 1 with desk 1"),
        (.cannotApply, .household, ["go to desk 1", "take book 1", "go to microwave 1"], "heat book 1 with microwave 1"),
        (.alreadyDone, .household, ["go to countertop 1", "take knife 1", "slice apple 1 with knife 1"], "slice apple 1 with knife 1"),
        (.cannotUse, .household, ["go to desk 1"], "use book 1"),
        (.noExit, .exploration, [], "go south"),
        (.doorClosed, .exploration, ["take brass key", "go east", "unlock iron door with brass key"], "go north"),
        (.notAdjacent, .exploration, [], "go to vault"),
        (.notLockable, .exploration, ["take brass key"], "unlock wooden table with brass key"),
        (.notLocked, .exploration, ["take brass key", "go east", "unlock iron door with brass key"], "unlock iron door with brass key"),
        (.wrongKey, .exploration, ["take rusty key", "go east"], "unlock iron door with rusty key"),
        (.unknownItem, .crafting, [], "get 1 unobtainium"),
        (.notGettable, .crafting, [], "get 1 planks"),
        (.badCount, .crafting, [], "get 99 log"),
        (.noRecipe, .crafting, [], "craft 1 log using 1 planks"),
        (.wrongIngredients, .crafting, [], "craft 4 planks using 1 stick"),
        (.missingIngredients, .crafting, [], "craft 4 planks using 1 log"),
        (.gameOver, .household, ["declare infeasible apple"], "look"),
    ]

    @Test func everyReasonHasAnExample() {
        let covered = Set(Self.examples.map(\.0))
        let missing = FailureReason.allCases.filter { !covered.contains($0) }
        #expect(missing.isEmpty, "no example for \(missing)")
    }

    @Test func everyExampleFailsForItsReasonWithWords() {
        for (reason, fixture, setup, line) in Self.examples {
            var w: World
            switch fixture {
            case .household: w = Fixtures.household()
            case .exploration: w = Fixtures.exploration()
            case .crafting: w = Fixtures.crafting()
            }
            for s in setup {
                let f = w.apply(s)
                #expect(f.ok, "setup \(s): \(f.text)")
            }
            let before = w.state
            let f = w.apply(line)
            #expect(!f.ok && f.reason == reason, "\(line): expected \(reason), got \(String(describing: f.reason)) \(f.text)")
            #expect(f.text.count > 10 && f.text != "Nothing happens.")
            #expect(w.state == before)
        }
    }
}
