import GRDB
import GRDBSQLite

/// A serialized SQLite database (the bytes of its file), and the two moves on it.
///
/// Cloning an instance is `sqlite3_deserialize` of a copy of a small image: no file system,
/// no page-by-page backup. The image holds only the per-instance (mutable) tables.
public struct SQLiteImage: Sendable, Equatable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Serializes `schema` of the connection.
    public static func serialize(_ db: Database, schema: String = "main") throws -> SQLiteImage {
        var size: sqlite3_int64 = 0
        guard let pointer = sqlite3_serialize(db.sqliteConnection, schema, &size, 0) else {
            throw SandboxError.sqlite("sqlite3_serialize(\(schema)) failed: \(String(cString: sqlite3_errmsg(db.sqliteConnection)))")
        }
        defer { sqlite3_free(pointer) }
        return SQLiteImage(bytes: Array(UnsafeBufferPointer(start: pointer, count: Int(size))))
    }

    /// Replaces `schema` of the connection with a private, resizable copy of this image.
    public func deserialize(into db: Database, schema: String = "main") throws {
        let count = bytes.count
        guard let memory = sqlite3_malloc64(sqlite3_uint64(max(count, 1))) else {
            throw SandboxError.sqlite("out of memory for a \(count)-byte image")
        }
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress { memory.copyMemory(from: base, byteCount: count) }
        }
        // FREEONCLOSE hands the buffer to SQLite; RESIZEABLE lets the instance grow.
        let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        let rc = sqlite3_deserialize(db.sqliteConnection, schema, memory.assumingMemoryBound(to: UInt8.self), sqlite3_int64(count), sqlite3_int64(count), flags)
        guard rc == SQLITE_OK else {
            throw SandboxError.sqlite("sqlite3_deserialize(\(schema)) failed with code \(rc)")
        }
        db.clearSchemaCache()
    }
}
