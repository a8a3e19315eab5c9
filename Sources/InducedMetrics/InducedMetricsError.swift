/// Why a metrics command could not go on. Judge failures on single calls are not
/// errors: they are recorded (a trait's error, a feedback without aspects) and counted.
public enum InducedMetricsError: Error, Equatable, CustomStringConvertible {
    /// A file or stored value that does not read: where, which field, why.
    case invalid(source: String, field: String, reason: String)
    case badJudge(String)
    case nothingToInduce(String)
    case clusteringFailed(String)

    public var description: String {
        switch self {
        case .invalid(let source, let field, let reason): field.isEmpty ? "\(source): \(reason)" : "\(source): \(field): \(reason)"
        case .badJudge(let reason): "--judge: \(reason)"
        case .nothingToInduce(let reason): reason
        case .clusteringFailed(let reason): "clustering the aspects into metrics failed: \(reason)"
        }
    }
}
