import Foundation

/// Fresh, uniquely named paths under the system's temporary folder, so tests running in
/// parallel never share a file.
public enum TemporaryFolder {
    /// Creates an empty folder `gauntlet-NAME-UUID` and returns its path.
    public static func make(_ name: String) throws -> String {
        let folder = path(name)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A path `gauntlet-NAME-UUID` (with `fileExtension` appended, if any) that does not exist yet.
    public static func path(_ name: String, fileExtension: String? = nil) -> String {
        let file = "gauntlet-\(name)-\(UUID().uuidString)" + (fileExtension.map { "." + $0 } ?? "")
        return FileManager.default.temporaryDirectory.appendingPathComponent(file).path
    }
}
