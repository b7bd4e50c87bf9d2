import HRAPCore

/// Something done to each section of a plan in turn (import, export).
protocol PlanSectionVisitor {
    /// A section of records kept one row per identity, or (by default) any section.
    mutating func visit<R: PlanRecord>(_ type: R.Type) throws
    /// The measurements; by default as any other section.
    mutating func visitMeasurements() throws
    /// The progress updates; by default as any other section.
    mutating func visitProgressUpdates() throws
}

extension PlanSectionVisitor {
    mutating func visitMeasurements() throws {
        try visit(Measurement.self)
    }

    mutating func visitProgressUpdates() throws {
        try visit(ProgressUpdate.self)
    }
}

/// The plan's sections in file order (``PlanFile/recordSections``): what import and export walk.
enum PlanSections {
    /// Calls the visitor for every section; with `progress` false, leaves out measurements and progress updates.
    static func walk(_ visitor: inout some PlanSectionVisitor, progress: Bool = true) throws {
        for type in PlanFile.recordSections {
            if type == Measurement.self {
                if progress { try visitor.visitMeasurements() }
            } else if type == ProgressUpdate.self {
                if progress { try visitor.visitProgressUpdates() }
            } else {
                try visitor.visit(type)
            }
        }
    }
}
