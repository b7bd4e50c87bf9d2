/// Every problem of a reviewer's rating sheet for a round, all at once, in the order of the input: what reading it
/// found, then each entry reading found clean checked against the round's framework, the evidence the plan holds
/// and the recommendations of its earlier rounds, and every encouragement or recommendation rated twice.
public struct RatingSheetCheck: Sendable {
    public let round: Assessment
    public let framework: Framework
    public let evidence: EvidenceIndex
    /// The recommendations of the plan's other finalised rounds (what follow-ups may rate).
    public let earlier: [RecommendationReference: Recommendation]

    /// Creates a check.
    public init(
        round: Assessment, framework: Framework, evidence: EvidenceIndex,
        earlier: [RecommendationReference: Recommendation]
    ) {
        (self.round, self.framework, self.evidence, self.earlier) = (round, framework, evidence, earlier)
    }

    /// The problems of `sheet`, with `readProblems` (those found reading it) merged in.
    public func problems(of sheet: RatingSheetFile, readProblems: [ValidationProblem]) -> [ValidationProblem] {
        let locations = sheet.ratings.map(\.location) + sheet.followUps.map(\.location)
        return Self.merge(readProblems, locations: locations) { clean in
            let ratings = sheet.ratings.filter { clean.contains($0.location) }
            let followUps = sheet.followUps.filter { clean.contains($0.location) }
            return round.problems(of: ratings.map(\.value), framework: framework, evidence: evidence) {
                ratings[$0].location
            }
                + round.problems(of: followUps.map(\.value), earlier: earlier, evidence: evidence) {
                    followUps[$0].location
                }
                + Self.repeated(sheet.ratings.map { (String($0.value.encouragement), $0.location) }, "encouragement")
                + Self.repeated(sheet.followUps.map { ($0.value.recommendation, $0.location) }, "recommendation")
        }
    }

    /// The problems found while reading plus those `check` finds in the entries reading found clean, in input order
    /// (problems that name no entry first).
    static func merge(
        _ read: [ValidationProblem], locations: [String], check: (Set<String>) -> [ValidationProblem]
    ) -> [ValidationProblem] {
        func entry(_ problem: ValidationProblem) -> String? {
            locations.first {
                problem.path == $0 || problem.path.hasPrefix($0 + ".") || problem.path.hasPrefix($0 + "[")
            }
        }
        let flawed = Set(read.compactMap(entry))
        let order = Dictionary(locations.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let all = read + check(Set(locations).subtracting(flawed))
        return all.enumerated().sorted { lhs, rhs in
            let left = entry(lhs.element).flatMap { order[$0] } ?? -1
            let right = entry(rhs.element).flatMap { order[$0] } ?? -1
            return (left, lhs.offset) < (right, rhs.offset)
        }.map(\.element)
    }

    private static func repeated(_ keys: [(String, String)], _ what: String) -> [ValidationProblem] {
        var seen: [String: String] = [:]
        return keys.compactMap { key, location in
            defer { seen[key] = seen[key] ?? location }
            return seen[key].map {
                ValidationProblem(
                    path: location, code: .duplicate, message: "\(what) \(key) is rated twice (also at \($0))")
            }
        }
    }
}

extension Assessment {
    /// Refuses a framework other than the one the round rates against.
    public func checkRated(against framework: Framework) throws(ValidationError) {
        guard framework.id == self.framework, framework.version == frameworkVersion else {
            let message = "\(label) rates against \(self.framework) v\(frameworkVersion), not \(framework.label)"
            throw ValidationError(
                source: label, problems: [.init(path: "framework", code: .inconsistent, message: message)])
        }
    }
}
