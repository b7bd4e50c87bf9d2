import HRAPCore
import Mustache

extension PublicPage {
    /// An action's page: where it stands, its lead and partner units, its budget, its indicators, and its status
    /// history as a dated timeline (every public version, corrections marked, evidence linked); nil for an unknown
    /// code.
    public func action(_ code: String) -> MustacheValue? {
        guard let action = file.actions.first(where: { $0.code == code }),
            case .object(var details) = actionRow(action)
        else { return nil }
        let units = Dictionary(file.orgUnits.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        details["description"] = report.content(action.description)
        let partners = action.partnerUnits.compactMap { units[$0].map { report.content($0.name) } }
        details["partners"] = .list(partners)
        details["has_partners"] = .bool(!partners.isEmpty)
        details["objective"] =
            file.objectives.first { $0.code == action.objective }
            .map {
                .object([
                    "code": .string($0.code), "title": report.content($0.title, translations: $0.titleTranslations),
                ])
            } ?? .null
        let indicators = file.indicators.filter { $0.action == code }
        details["indicators"] = .list(indicators.map(indicatorRow))
        details["has_indicators"] = .bool(!indicators.isEmpty)
        let lines = file.budgetLines.filter { $0.action == code }.sorted { $0.fiscalYear < $1.fiscalYear }
        details["budget"] = .list(
            lines.map { line in
                .object([
                    "year": .string(String(line.fiscalYear)), "currency": .string(line.currency),
                    "planned": report.number(line.planned, decimals: 0),
                    "allocated": report.number(line.allocated, decimals: 0),
                    "spent": report.number(line.spent, decimals: 0), "funded": report.content(line.fundedLabel),
                ])
            })
        details["has_budget"] = .bool(!lines.isEmpty)
        let timeline = timeline(of: code)
        details["timeline"] = .list(timeline)
        details["has_timeline"] = .bool(!timeline.isEmpty)
        var members = common()
        members["action"] = .object(details)
        return .object(members)
    }

    /// The public progress updates of an action, newest first, each marked current or corrected.
    private func timeline(of code: String) -> [MustacheValue] {
        let updates = file.progressUpdates.filter { $0.action == code && $0.date <= report.asOf }
        let current = Supersession.currentFlags(updates, key: \.key, recordedAt: \.recordedAt)
        let order = updates.indices.sorted { left, right in
            (updates[left].date, updates[left].recordedAt?.secondsSince1970 ?? .min)
                > (updates[right].date, updates[right].recordedAt?.secondsSince1970 ?? .min)
        }
        return order.map { index in
            let update = updates[index]
            return .object([
                "date": report.date(update.date), "iso_date": .string(update.date.description),
                "status": report.text("web.action_status.\(update.status.rawValue)"),
                "percent": update.percentComplete.map { .string(report.locale.percent(Double($0) / 100)) } ?? .null,
                "narrative": report.content(update.narrative),
                "evidence": .list(update.evidenceURLs.map(Self.link)),
                "has_evidence": .bool(!update.evidenceURLs.isEmpty),
                "recorded": update.recordedAt.map { report.date($0.date) } ?? .null,
                "current": .bool(current[index]),
            ])
        }
    }

    /// A link a page may show: only `http` and `https` addresses become links; anything else is shown as text.
    static func link(_ url: String) -> MustacheValue {
        let lower = url.lowercased()
        let safe = lower.hasPrefix("https://") || lower.hasPrefix("http://")
        return .object(["text": .string(url), "href": safe ? .string(url) : .null])
    }
}
