/// Something a surface tells the user after a use case succeeded: the service decides when, each surface how.
public enum Notice: Equatable, Sendable {
    /// A plan was saved as closed while measures are still active: their final status should be recorded, or reports
    /// count them as overdue.
    case closedWithActiveMeasures(plan: String, measures: [String])

    /// A stable code for programs and for each surface's wording.
    public var code: String {
        switch self {
        case .closedWithActiveMeasures: "closed_with_active_measures"
        }
    }

    /// The English default message.
    public var description: String {
        switch self {
        case .closedWithActiveMeasures(let plan, let measures):
            "plan \(plan) is closed with \(measures.count) measure\(measures.count == 1 ? "" : "s") still active ("
                + measures.prefix(10).joined(separator: ", ") + (measures.count > 10 ? ", …" : "")
                + "); record their final status so reports do not count them as overdue"
        }
    }
}

/// A record as saved, with what the user should hear about it.
public struct Saved<R: Sendable>: Sendable {
    /// The record as stored.
    public let record: R
    /// What the user should hear.
    public let notices: [Notice]
}
