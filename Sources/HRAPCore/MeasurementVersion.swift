/// One stored version of a measurement and whether a later correction superseded it.
public struct MeasurementVersion: Equatable, Sendable {
    /// The row id.
    public var id: Int64
    public var measurement: Measurement
    /// False when a later measurement with the same key supersedes this one.
    public var isCurrent: Bool

    /// Creates the value from its parts.
    public init(id: Int64, measurement: Measurement, isCurrent: Bool) {
        self.id = id
        self.measurement = measurement
        self.isCurrent = isCurrent
    }
}
