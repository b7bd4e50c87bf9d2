/// Why an assessment round refuses a step of its workflow; ``code`` is stable, ``description`` the English default.
public enum AssessmentError: Error, Equatable, Sendable, CustomStringConvertible {
    case finalised(round: String)
    case notFinalised(round: String)
    case notInvited(reviewer: String, round: String, invited: [String])
    case alreadyInvited(reviewer: String, round: String)
    case ownCity(reviewer: String, homeCity: String, kind: Assessment.Kind)
    case alreadySubmitted(reviewer: String, sheet: Int, at: Timestamp)
    case nothingToSupersede(reviewer: String)
    case draftOpen(reviewer: String, sheet: Int)
    case noDraft(reviewer: String)
    case incomplete(reviewer: String, missing: [Int])
    case noSubmissions(round: String)
    case newerVersion(round: String, latest: Int)

    /// A stable code for programs and for each surface's message mapping.
    public var code: String {
        switch self {
        case .finalised: "round_finalised"
        case .notFinalised: "round_not_finalised"
        case .notInvited: "reviewer_not_invited"
        case .alreadyInvited: "reviewer_already_invited"
        case .ownCity: "reviewer_from_own_city"
        case .alreadySubmitted: "sheet_submitted"
        case .nothingToSupersede: "nothing_to_supersede"
        case .draftOpen: "draft_open"
        case .noDraft: "no_draft"
        case .incomplete: "sheet_incomplete"
        case .noSubmissions: "no_submissions"
        case .newerVersion: "not_latest_version"
        }
    }

    public var description: String {
        switch self {
        case .finalised(let round):
            "\(round) is finalised and never changes; reopen it to work on a new version"
        case .notFinalised(let round): "\(round) is not finalised; only a finalised round can be reopened"
        case .notInvited(let reviewer, let round, let invited):
            "'\(reviewer)' is not invited to \(round)"
                + (invited.isEmpty ? "; nobody is yet" : "; invited: " + invited.joined(separator: ", "))
        case .alreadyInvited(let reviewer, let round): "'\(reviewer)' is invited to \(round) already"
        case .ownCity(let reviewer, let homeCity, let kind):
            "'\(reviewer)' works for \(homeCity), whose plan this is: only a self-assessment may be rated by the city itself, this round is \(kind.rawValue)"
        case .alreadySubmitted(let reviewer, let sheet, let at):
            "'\(reviewer)' submitted sheet \(sheet) at \(at); a submitted sheet is never edited: start a new sheet that supersedes it (the old one is kept)"
        case .nothingToSupersede(let reviewer):
            "'\(reviewer)' has no submitted sheet to supersede; rate on a draft sheet instead"
        case .draftOpen(let reviewer, let sheet):
            "'\(reviewer)' has draft sheet \(sheet) open already; rate on it instead of superseding"
        case .noDraft(let reviewer): "'\(reviewer)' has no draft sheet to submit; rate first"
        case .incomplete(let reviewer, let missing):
            "the sheet of '\(reviewer)' has no rating for encouragement" + (missing.count == 1 ? " " : "s ")
                + missing.map(String.init).joined(separator: ", ")
                + ": rate each one, or mark it not assessable with the reason"
        case .noSubmissions(let round): "\(round) has no submitted sheet; a round is finalised on submitted ratings"
        case .newerVersion(let round, let latest):
            "\(round) is not the latest version (\(latest) is); work on the latest"
        }
    }
}
