/// Where a portable object is, packed in one integer so states hash fast:
/// a receptacle's entity id (≥ 0), carried (-1), or the floor of a room (≤ -2).
public enum Place {
    public static let carried: Int32 = -1
    /// Not in the world at all (an infeasible task's missing object is never created,
    /// but the value keeps decoding total).
    public static let nowhere: Int32 = Int32.min

    public static func floor(_ room: Int) -> Int32 { Int32(-2 - room) }

    /// The room whose floor this is, or nil.
    public static func floorRoom(_ p: Int32) -> Int? { p <= -2 && p != nowhere ? Int(-2 - p) : nil }
}
