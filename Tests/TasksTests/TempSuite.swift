import Foundation
import GauntletTesting

/// A suite folder in a fresh temporary directory, written file by file by a test.
struct TempSuite {
    let root: String
    let directory: String

    init(name: String = "shop") throws {
        root = TemporaryFolder.path("tasks")
        directory = root + "/" + name
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = directory + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let suiteJSON = """
        {"name": "shop", "version": "1.0", "description": "Shop tasks", "splits": ["dev", "test"],
         "limits": {"steps": 20, "episode_seconds": 120}}
        """
}
