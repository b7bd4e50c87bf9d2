extension PlanFile {
    /// The plan file without private values, for public surfaces: every version of a measurement or progress update
    /// whose current version is private is left out (so that no superseded public value stands in for it), the
    /// public history of the others kept; assessment rounds and responses, which hold reviewers' working data, are
    /// left out too.
    public func publicRecords() -> PlanFile {
        var result = self
        let measurementFlags = Supersession.currentFlags(measurements, key: \.key, recordedAt: \.recordedAt)
        let hidden = Set(zip(measurements, measurementFlags).filter { $1 && !$0.isPublic }.map { $0.0.key })
        result.measurements = measurements.filter { $0.isPublic && !hidden.contains($0.key) }
        let updateFlags = Supersession.currentFlags(progressUpdates, key: \.key, recordedAt: \.recordedAt)
        let hiddenUpdates = Set(zip(progressUpdates, updateFlags).filter { $1 && !$0.isPublic }.map { $0.0.key })
        result.progressUpdates = progressUpdates.filter { $0.isPublic && !hiddenUpdates.contains($0.key) }
        result.assessments = []
        result.recommendationResponses = []
        return result
    }
}
