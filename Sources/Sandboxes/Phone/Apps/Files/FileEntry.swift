/// A file or folder in the Files app (table `files`). The root's children have no parent.
struct FileEntry: Sendable, Equatable {
    var id: Int
    /// The folder it is in; nil at the top level.
    var parentID: Int?
    var name: String
    var isFolder: Bool
    /// 0 for a folder.
    var sizeBytes: Int
    /// Seconds on the phone's clock.
    var modifiedAt: Int

    /// "2.4 MB", "820 KB", "512 B".
    static func sizeLabel(_ bytes: Int) -> String {
        if bytes >= 1_000_000 {
            let tenths = (bytes + 50_000) / 100_000
            return "\(tenths / 10).\(tenths % 10) MB"
        }
        if bytes >= 1000 { return "\((bytes + 500) / 1000) KB" }
        return "\(bytes) B"
    }

    /// The kind the list shows, from the name's extension.
    static func kind(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "File" }
        switch name[name.index(after: dot)...].lowercased() {
        case "pdf": return "PDF document"
        case "jpg", "jpeg", "png": return "Image"
        case "mp3", "m4a": return "Audio"
        case "mp4": return "Video"
        case "docx", "txt", "md": return "Document"
        case "xlsx", "csv": return "Spreadsheet"
        case "zip": return "Archive"
        default: return "File"
        }
    }
}
