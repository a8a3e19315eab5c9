import Testing
@testable import EpisodeMetrics
import Vocabulary

@Suite struct TrajectoryMetricsTests {
    private func steps(_ actions: [String], errors: Set<Int> = []) -> [StepRecord] {
        actions.enumerated().map {
            StepRecord(index: $0.offset + 1, observation: "", action: $0.element,
                       error: errors.contains($0.offset) ? "no element [99]" : nil, latencyMicroseconds: 0)
        }
    }

    @Test func emptyTrajectory() {
        let m = TrajectoryMetrics(steps: [])
        #expect(m.steps == 0)
        #expect(m.invalidActions == 0)
        #expect(m.invalidActionRate == 0)
        #expect(m.longestRepeatRun == 0)
        #expect(m.repeatedActionShare == 0)
        #expect(m.progress == nil)
        #expect(m.efficiency == nil)
    }

    @Test func invalidActionsCountStepsWithAnError() {
        let m = TrajectoryMetrics(steps: steps(["click [1]", "click [99]", "type [3] [x]", "click [98]"], errors: [1, 3]))
        #expect(m.steps == 4)
        #expect(m.invalidActions == 2)
        #expect(m.invalidActionRate == 0.5)
    }

    @Test func longestRunOfIdenticalConsecutiveActions() {
        // a a b a a a c : runs 2, 1, 3, 1 → longest 3; repeats = 1 + 2 = 3 of 7 steps.
        let m = TrajectoryMetrics(steps: steps(["a", "a", "b", "a", "a", "a", "c"]))
        #expect(m.longestRepeatRun == 3)
        #expect(m.repeatedActionShare == 3.0 / 7.0)
    }

    @Test func whitespaceDoesNotHideALoop() {
        let m = TrajectoryMetrics(steps: steps(["click [12]", " click  [12]", "click [12]\n"]))
        #expect(m.longestRepeatRun == 3)
        #expect(m.repeatedActionShare == 2.0 / 3.0)
    }

    @Test func caseIsSignificant() {
        let m = TrajectoryMetrics(steps: steps(["type [3] [Red]", "type [3] [red]"]))
        #expect(m.longestRepeatRun == 1)
        #expect(m.repeatedActionShare == 0)
    }

    @Test func progressFromKeyNodes() {
        let m = TrajectoryMetrics(steps: steps(["a"]), keyNodesReached: 3, keyNodesTotal: 4)
        #expect(m.progress == 0.75)
        #expect(m.completion == false)
        #expect(m.nearSuccess == true)
        let all = TrajectoryMetrics(steps: steps(["a"]), keyNodesReached: 4, keyNodesTotal: 4)
        #expect(all.progress == 1)
        #expect(all.completion == true)
        #expect(all.nearSuccess == false)
        let single = TrajectoryMetrics(steps: [], keyNodesReached: 0, keyNodesTotal: 1)
        #expect(single.nearSuccess == false)
        #expect(single.progress == 0)
        // More reached than exist is clamped rather than giving progress above 1.
        let clamped = TrajectoryMetrics(steps: [], keyNodesReached: 5, keyNodesTotal: 2)
        #expect(clamped.progress == 1)
    }

    @Test func efficiencyAgainstTheOptimalLength() {
        let m = TrajectoryMetrics(steps: steps(["a", "b", "c", "d", "e", "f", "g", "h"]), optimalSteps: 6)
        #expect(m.efficiency == 0.75)
        let shorter = TrajectoryMetrics(steps: steps(["a", "b"]), optimalSteps: 6)
        #expect(shorter.efficiency == 1)
        #expect(TrajectoryMetrics(steps: steps(["a"])).efficiency == nil)
    }

    @Test func namedValuesAreSortedAndOmitUndefined() {
        let m = TrajectoryMetrics(steps: steps(["a", "a"], errors: [0]), keyNodesReached: 1, keyNodesTotal: 2, optimalSteps: 1)
        let names = m.namedValues.map(\.name)
        #expect(names == names.sorted())
        #expect(names.contains("efficiency"))
        #expect(names.contains("progress"))
        #expect(m.namedValues.first { $0.name == "invalid_action_rate" }?.value == 0.5)
        let bare = TrajectoryMetrics(steps: steps(["a"]))
        #expect(!bare.namedValues.map(\.name).contains("progress"))
        #expect(!bare.namedValues.map(\.name).contains("efficiency"))
    }
}
