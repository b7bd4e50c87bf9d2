import HRAPCore
import Mustache

extension AnnualReport {
    /// The continuing measures in the report year: how many met all of the year's commitments, the bands, and each
    /// measure with its commitments, share met and note; nil when the plan has no continuing measure that year.
    func commitments() -> MustacheValue {
        let rollUp = progress.commitments(in: input.year)
        guard rollUp.total > 0 else { return .null }
        let current = input.facts.commitments(in: input.year)
        let titles = Dictionary(file.actions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        let rows: [MustacheValue] = rollUp.measures.map { measure in
            let commitment = current[measure.code]
            return .object([
                "code": .string(measure.code),
                "title": titles[measure.code].map { content($0.title, translations: $0.titleTranslations) } ?? .null,
                "commitments": content(commitment?.commitments),
                "met": .string(commitment?.percentMet.map { locale.percent(Double($0) / 100) } ?? "–"),
                "band": text("band.\(measure.band.rawValue)"), "note": content(commitment?.note),
            ])
        }
        return .object([
            "year": .string(String(input.year)), "summary": .string(commitmentSummary(rollUp)), "rows": .list(rows),
        ])
    }

    /// "Continuing measures fully on calendar in 2025: 1 of 2 (80–99 % met: 1)."
    func commitmentSummary(_ rollUp: CommitmentRollUp) -> String {
        let bands = CommitmentRollUp.Band.allCases.filter { $0 != .full }.compactMap { band in
            rollUp.counts[band].map { "\(locale.label("band.\(band.rawValue)")): \($0)" }
        }
        return phrase(
            "commitments.summary",
            [
                "year": String(rollUp.year), "full": String(rollUp.fullyOnCalendar), "total": String(rollUp.total),
                "bands": bands.isEmpty ? "" : " (" + bands.joined(separator: "; ") + ")",
            ])
    }
}
