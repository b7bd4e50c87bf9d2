/// The rules of a round's workflow, checked before anything is written. Pure: the caller passes the state in.
extension Assessment {
    /// Refuses any change to a finalised round.
    public func ensureWritable() throws(AssessmentError) {
        if status == .finalised { throw .finalised(round: label) }
    }

    /// The invited reviewer with this code.
    public func reviewer(_ code: String) throws(AssessmentError) -> Reviewer {
        guard let reviewer = reviewers.first(where: { $0.code == code }) else {
            throw .notInvited(reviewer: code, round: label, invited: reviewers.map(\.code))
        }
        return reviewer
    }

    /// Checks that a reviewer may be invited: the round is not finalised, the reviewer is new to it, and works for
    /// another government unless the round is a self-assessment.
    public func checkInvitation(_ reviewer: Reviewer, government: Government) throws(AssessmentError) {
        try ensureWritable()
        if reviewers.contains(where: { $0.code == reviewer.code }) {
            throw .alreadyInvited(reviewer: reviewer.code, round: label)
        }
        try checkIndependence(reviewer, government: government)
    }

    /// Refuses a reviewer of the plan's own government outside self-assessments.
    public func checkIndependence(_ reviewer: Reviewer, government: Government) throws(AssessmentError) {
        if kind != .self, reviewer.worksFor(government) {
            throw .ownCity(reviewer: reviewer.code, homeCity: reviewer.homeCity, kind: kind)
        }
    }

    /// The reviewer's sheets, oldest first.
    public func sheets(of reviewer: String) -> [ReviewSheet] { sheets.filter { $0.reviewer == reviewer } }

    /// Each reviewer's latest submitted sheet: the ratings that count.
    public var submittedSheets: [ReviewSheet] {
        reviewers.compactMap { reviewer in sheets(of: reviewer.code).last(where: \.isSubmitted) }
    }

    /// The number of the sheet a reviewer's ratings go on, and whether it must be started: the open draft, the first
    /// sheet, or (with `supersede`) a new sheet after a submitted one.
    public func sheetForRating(by code: String, supersede: Bool, government: Government) throws(AssessmentError) -> (
        number: Int, isNew: Bool
    ) {
        try ensureWritable()
        try checkIndependence(try reviewer(code), government: government)
        let own = sheets(of: code)
        guard let last = own.last else {
            if supersede { throw .nothingToSupersede(reviewer: code) }
            return (1, true)
        }
        if let submitted = last.submittedAt {
            guard supersede else { throw .alreadySubmitted(reviewer: code, sheet: last.number, at: submitted) }
            return (last.number + 1, true)
        }
        if supersede { throw .draftOpen(reviewer: code, sheet: last.number) }
        return (last.number, false)
    }

    /// Every problem of ratings for this round: encouragements outside the framework, evidence the plan does not
    /// hold, and each rating's own rules. `path` names the n-th rating in the caller's input.
    public func problems(
        of ratings: [Rating], framework: Framework, evidence index: EvidenceIndex, path: (Int) -> String
    ) -> [ValidationProblem] {
        let numbers = Set(framework.encouragements.map(\.number))
        var problems: [ValidationProblem] = []
        for (position, rating) in ratings.enumerated() {
            let at = path(position)
            problems += Rating.schema.check(rating, path: at)
            if !numbers.contains(rating.encouragement) {
                problems.append(
                    .init(
                        path: at + ".encouragement", code: .unknownReference,
                        message:
                            "\(framework.label) has no encouragement \(rating.encouragement); it has 1–\(numbers.max() ?? 0)"
                    ))
            }
            problems += evidenceProblems(rating.evidence, index, path: at)
        }
        return problems
    }

    /// Every problem of follow-up ratings: each must name a recommendation of an earlier round of the plan.
    public func problems(
        of followUps: [FollowUpRating], earlier: [RecommendationReference: Recommendation],
        evidence index: EvidenceIndex,
        path: (Int) -> String
    ) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        for (position, followUp) in followUps.enumerated() {
            let at = path(position)
            problems += FollowUpRating.schema.check(followUp, path: at)
            if let reference = RecommendationReference(followUp.recommendation) {
                if reference.round == code {
                    problems.append(
                        .init(
                            path: at + ".recommendation", code: .notAllowed,
                            message: "a round follows up recommendations of earlier rounds, not its own"))
                } else if earlier[reference] == nil {
                    let known = earlier.keys.map(\.description).sorted()
                    problems.append(
                        .init(
                            path: at + ".recommendation", code: .unknownReference,
                            message: "no finalised round of the plan has recommendation '\(reference)'"
                                + (known.isEmpty ? "" : "; known: " + known.joined(separator: ", "))))
                }
            }
            problems += evidenceProblems(followUp.evidence, index, path: at)
        }
        return problems
    }

    private func evidenceProblems(_ evidence: [Evidence], _ index: EvidenceIndex, path: String) -> [ValidationProblem] {
        evidence.enumerated().compactMap { position, item in
            index.problem(with: item).map {
                ValidationProblem(path: "\(path).evidence[\(position)]", code: .unknownReference, message: $0)
            }
        }
    }

    /// The number of the draft a reviewer may submit: it must rate (or mark not assessable) every encouragement.
    public func checkSubmission(by code: String, framework: Framework) throws(AssessmentError) -> Int {
        try ensureWritable()
        _ = try reviewer(code)
        guard let last = sheets(of: code).last else { throw .noDraft(reviewer: code) }
        if let submitted = last.submittedAt {
            throw .alreadySubmitted(reviewer: code, sheet: last.number, at: submitted)
        }
        let rated = Set(last.currentRatings.keys)
        let missing = framework.encouragements.map(\.number).filter { !rated.contains($0) }
        guard missing.isEmpty else { throw .incomplete(reviewer: code, missing: missing) }
        return last.number
    }

    /// Checks that the round may be finalised: it has at least one submitted sheet.
    public func checkClosing() throws(AssessmentError) {
        try ensureWritable()
        if submittedSheets.isEmpty { throw .noSubmissions(round: label) }
    }

    /// The next version of a finalised round: in review again, with its reviewers, submitted sheets and
    /// recommendations copied; drafts left behind stay with the old version.
    public func reopened(at time: Timestamp) throws(AssessmentError) -> Assessment {
        guard status == .finalised else { throw .notFinalised(round: label) }
        var next = self
        next.version += 1
        next.status = .inReview
        next.openedAt = time
        next.finalisedAt = nil
        next.finalisedBy = nil
        next.sheets = sheets.filter(\.isSubmitted)
        return next
    }
}
