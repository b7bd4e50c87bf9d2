/// Who looks at a round, which decides whose ratings they see.
public enum AssessmentViewer: Equatable, Sendable {
    /// The round's coordinator: every submitted sheet, no drafts.
    case coordinator
    /// An invited reviewer: their own sheets; others' submitted sheets once they have submitted (in a blind round).
    case reviewer(String)
    /// Anyone else: ratings only once the round is finalised.
    case publicReader
}

extension Assessment {
    /// The round as this viewer may see it: sheets they may not see are left out. Drafts are seen only by their
    /// reviewer; before finalisation, a blind round shows a reviewer others' ratings only after their own submission.
    public func visible(to viewer: AssessmentViewer) -> Assessment {
        var shown = self
        shown.sheets = sheets.filter { sheet in
            if case .reviewer(let code) = viewer, code == sheet.reviewer { return true }
            guard sheet.isSubmitted else { return false }
            if status == .finalised { return true }
            switch viewer {
            case .coordinator: return true
            case .publicReader: return false
            case .reviewer(let code):
                return !blind || self.sheets(of: code).contains(where: \.isSubmitted)
            }
        }
        return shown
    }

    /// The viewer an actor name stands for in this round: its coordinator, one of its reviewers, or the public.
    public func viewer(actor: String) -> AssessmentViewer {
        if reviewers.contains(where: { $0.code == actor }) { return .reviewer(actor) }
        return actor == coordinator ? .coordinator : .publicReader
    }
}
